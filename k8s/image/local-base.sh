#!/usr/bin/env bash
# Builds a minimal base image tarball (the `docker save` format Jib reads with tar://) from this
# machine's JDK 17: a jlinked runtime in /opt/java plus the shared libraries it links. For
# machines that reach no container registry:
#   k8s/image/local-base.sh backend/target/local-base.tar
#   ./mvnw -Pimage package -Ddutyboard.image.base=tar://$PWD/backend/target/local-base.tar
set -euo pipefail
out=$(realpath -m "${1:-backend/target/local-base.tar}")
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/rootfs

mkdir -p "$root/opt" "$root/etc" "$root/tmp"
chmod 1777 "$root/tmp"
"$java_home/bin/jlink" --add-modules ALL-MODULE-PATH --strip-debug --no-man-pages \
  --no-header-files --output "$root/opt/java"
# The C libraries the runtime links, at their own paths (the dynamic loader included).
for binary in "$root/opt/java/bin/java" "$root"/opt/java/lib/*.so "$root/opt/java/lib/server/libjvm.so"; do
  ldd "$binary" | awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\// {print $1}'
done | sort -u | while read -r lib; do
  mkdir -p "$root$(dirname "$lib")"
  cp -L "$lib" "$root$lib"
done
printf 'root:x:0:0:root:/root:/sbin/nologin\ndutyboard:x:185:185:Dutyboard:/deployments:/sbin/nologin\n' >"$root/etc/passwd"
printf 'root:x:0:\ndutyboard:x:185:\n' >"$root/etc/group"

tar --numeric-owner --owner=0 --group=0 --sort=name --mtime=@0 -C "$root" -cf "$work/layer.tar" .
diff_id=$(sha256sum "$work/layer.tar" | cut -d' ' -f1)
cat >"$work/config.json" <<JSON
{"architecture":"amd64","os":"linux",
 "config":{"Env":["PATH=/opt/java/bin:/usr/bin:/bin","JAVA_HOME=/opt/java"]},
 "rootfs":{"type":"layers","diff_ids":["sha256:$diff_id"]}}
JSON
echo '[{"Config":"config.json","RepoTags":["dutyboard/local-base:17"],"Layers":["layer.tar"]}]' >"$work/manifest.json"
mkdir -p "$(dirname "$out")"
tar -C "$work" -cf "$out" manifest.json config.json layer.tar
echo "$out"
