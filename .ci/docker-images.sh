#!/usr/bin/env bash
# Builds the images the container tests and the Testcontainers example use, locally and without a registry: a root
# file system made of Debian's static busybox (package busybox-static) and a page for busybox httpd, imported twice:
#   readiness/httpd:root     no USER, so its processes run as root
#   readiness/httpd:nonroot  USER 10001:10001
# Both serve /www on port 8080 with busybox httpd. Needs a Docker daemon; rebuilding is cheap and idempotent.
set -euo pipefail

busybox=${BUSYBOX:-/bin/busybox}
if ! "$busybox" --list >/dev/null 2>&1; then
  echo "docker-images.sh: no static busybox at $busybox (apt-get install busybox-static, or set BUSYBOX)" >&2
  exit 1
fi
if ! timeout 20 docker info >/dev/null 2>&1; then
  echo "docker-images.sh: no Docker daemon answers (start one with: dockerd >/tmp/dockerd.log 2>&1 &)" >&2
  exit 1
fi

rootfs=$(mktemp -d)
trap 'rm -rf "$rootfs"' EXIT
mkdir -p "$rootfs/bin" "$rootfs/etc" "$rootfs/www" "$rootfs/tmp" "$rootfs/home/app"
chmod 1777 "$rootfs/tmp"
cp "$busybox" "$rootfs/bin/busybox"
for applet in $("$busybox" --list); do
  [ "$applet" = busybox ] || ln -s busybox "$rootfs/bin/$applet"
done
printf 'root:x:0:0:root:/root:/bin/sh\napp:x:10001:10001:app:/home/app:/bin/sh\n' >"$rootfs/etc/passwd"
printf 'root:x:0:\napp:x:10001:\n' >"$rootfs/etc/group"
printf '<!doctype html><title>readiness</title><p>served by busybox httpd</p>\n' >"$rootfs/www/index.html"
chown -R 10001:10001 "$rootfs/home/app"

build() {
  local tag=$1
  shift
  tar --numeric-owner -C "$rootfs" -c . | docker import \
    --change 'CMD ["/bin/httpd", "-f", "-p", "8080", "-h", "/www"]' \
    --change 'EXPOSE 8080' \
    --change 'WORKDIR /' \
    "$@" - "$tag" >/dev/null
  echo "built $tag"
}
build readiness/httpd:root
build readiness/httpd:nonroot --change 'USER 10001:10001'
