#!/bin/sh
# Trains the archive the launcher uses from a training scan during `package`:
# `readiness scan --checks tls.protocols,tls.ciphers,tls.certificate.trust,tls.certificate.hostname` against
# TrainingTlsServer (the JDK's TLS stack on a loopback port, with a key pair keytool makes for it), so that the
# archive holds what a real scan loads. With a JDK before 25 it dumps readiness.jsa (class-data sharing,
# -XX:ArchiveClassesAtExit); with JDK 25 or later readiness.aot (the AOT cache, -XX:AOTCacheOutput). A second JDK
# home, when given, trains the other archive too (so one build serves JDK 17 and JDK 25 users). Without keytool or
# when the server does not start, the scan runs against a closed port instead and the archive holds less. The
# training scan ends in FAIL or ERROR by design: its exit code is printed, not returned.
# Usage: train-class-data.sh <java.home> <target directory> <directory of this script> [<second java.home>]
java_home=$1
target=$2
build=$3
second_java_home=${4:-}
cd "$target" || exit 0
rm -rf readiness.jsa readiness.aot cds-training
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
train() {
  major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null)
  if [ "${major:-0}" -ge 25 ]; then
    archive=-XX:AOTCacheOutput=readiness.aot
  else
    archive=-XX:ArchiveClassesAtExit=readiness.jsa
  fi
  "$1/bin/java" "$archive" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    -jar "$target/readiness.jar" scan --url "$url" --format json --out cds-training/report \
    --checks tls.protocols,tls.ciphers,tls.certificate.trust,tls.certificate.hostname
  echo "training scan of $url with $1 (JDK ${major:-?}, $archive): exit $?"
}
train "$java_home"
if [ -n "$second_java_home" ] && [ -x "$second_java_home/bin/java" ] && [ "$second_java_home" != "$java_home" ]; then
  train "$second_java_home"
fi
if [ -n "$server" ]; then
  kill "$server" 2>/dev/null
fi
exit 0
