#!/usr/bin/env bash
# Builds the base of the kit's container image without pulling anything: a root assembled from this Debian host —
# a JRE 17 jlinked from the JDK, the shared libraries it and bash load, bash and the coreutils the launchers use,
# helm 3, helm 4 and zot (static Go binaries from provisioning) — turned into an image with `docker import`.
# Jib (the distribution module's `image` profile) then layers the kit on top of it.
#   tools/kit-base-image.sh IMAGE BUILD_LABEL HELM3 HELM4 ZOT     (provision.sh calls it)
set -euo pipefail
image=$1 build=$2 helm3=$3 helm4=$4 zot=$5

# Java SE and the JDK modules the kit uses (EC crypto for TLS, zip file systems, the token service's HTTP server).
modules=java.se,jdk.crypto.ec,jdk.unsupported,jdk.zipfs,jdk.httpserver,jdk.net
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
[ -x "$java_home/bin/jlink" ] || { echo "no jlink in $java_home (a JDK 17 is needed to build the image)" >&2; exit 1; }

root=$(mktemp -d)
trap 'rm -rf "$root" "$root.tar"' EXIT
"$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --output "$root/opt/java"
mkdir -p "$root/usr/bin" "$root/usr/local/bin" "$root/tmp" "$root/etc" "$root/root"
chmod 1777 "$root/tmp"
for command in bash env dirname readlink sed cat ls mkdir rm; do
  cp -L "$(command -v "$command")" "$root/usr/bin/"
done
ln -s usr/bin "$root/bin"
cp "$helm3" "$root/usr/local/bin/helm3"
cp "$helm4" "$root/usr/local/bin/helm4"
cp "$zot" "$root/usr/local/bin/zot"

# Every shared library the JRE and the commands link, at the path the dynamic loader looks for it; plus glibc's
# name-service modules, which getaddrinfo loads at run time (ldd does not list them).
{
  find "$root/opt/java" "$root/usr/bin" -type f \( -name '*.so' -o -perm -u+x \) -print0 \
    | xargs -0 ldd 2>/dev/null | awk '/=> \// {print $3} /^\t\/lib/ {print $1}'
  ls /lib/x86_64-linux-gnu/libnss_files.so.* /lib/x86_64-linux-gnu/libnss_dns.so.* /lib/x86_64-linux-gnu/libresolv.so.*
} | sort -u | while read -r lib; do
  [ -e "$lib" ] && cp -L --parents "$lib" "$root/"
done
[ -e /lib64/ld-linux-x86-64.so.2 ] && cp -L --parents /lib64/ld-linux-x86-64.so.2 "$root/"
printf 'root:x:0:0:root:/root:/bin/bash\n' >"$root/etc/passwd"
printf 'hosts: files dns\n' >"$root/etc/nsswitch.conf"

tar -C "$root" -cf "$root.tar" .
docker import \
  --change "ENV PATH=/opt/java/bin:/usr/local/bin:/usr/bin" --change "ENV JAVA_HOME=/opt/java" \
  --change "ENV HOME=/root" --change "ENV TCK_HELM3=/usr/local/bin/helm3" --change "ENV TCK_HELM4=/usr/local/bin/helm4" \
  --change "ENV TCK_ZOT=/usr/local/bin/zot" --change "LABEL dev.helmoci.tck.build=$build" \
  "$root.tar" "$image" >/dev/null
