#!/bin/sh
# Dumps readiness.jsa, the class-data-sharing archive the launcher uses, from a training scan during `package`:
# `readiness scan --checks tls.protocols,tls.ciphers,tls.certificate.trust,tls.certificate.hostname` against
# TrainingTlsServer (the JDK's TLS stack on a loopback port, with a key pair keytool makes for it), so that the
# archive holds what a real scan loads. Without keytool or when the server does not start, the scan runs against a
# closed port instead and the archive holds less. The training scan ends in FAIL or ERROR by design: its exit code
# is printed, not returned. Usage: train-class-data.sh <java.home> <target directory> <directory of this script>
java_home=$1
target=$2
build=$3
cd "$target" || exit 0
rm -rf readiness.jsa cds-training
mkdir cds-training
url=https://127.0.0.1:1/
server=
if "$java_home/bin/keytool" -genkeypair -keystore cds-training/server.p12 -storetype PKCS12 -storepass training \
    -keypass training -alias server -keyalg RSA -keysize 2048 -dname CN=localhost -ext san=dns:localhost \
    -validity 2 >/dev/null 2>&1; then
  "$java_home/bin/java" "$build/TrainingTlsServer.java" cds-training/server.p12 training cds-training/port \
    >cds-training/server.log 2>&1 &
  server=$!
  waited=0
  while [ ! -s cds-training/port ] && [ "$waited" -lt 300 ] && kill -0 "$server" 2>/dev/null; do
    sleep 0.1
    waited=$((waited + 1))
  done
  if [ -s cds-training/port ]; then
    url=https://localhost:$(cat cds-training/port)/
  fi
fi
"$java_home/bin/java" -XX:ArchiveClassesAtExit=readiness.jsa -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
  -jar "$target/readiness.jar" scan --url "$url" --format json --out cds-training/report \
  --checks tls.protocols,tls.ciphers,tls.certificate.trust,tls.certificate.hostname
echo "training scan of $url: exit $?"
if [ -n "$server" ]; then
  kill "$server" 2>/dev/null
fi
exit 0
