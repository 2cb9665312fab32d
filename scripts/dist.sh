#!/usr/bin/env bash
# make dist: ftap for Linux x86_64 that runs without Swift. The Swift runtime and Foundation are
# linked statically (--static-swift-stdlib); the C libraries stay the system's, named as the
# Debian/Ubuntu packages that hold them (dist/DEPENDANCES.txt, from the binary's own NEEDED list
# and dpkg). Writes dist/ftap, and the archive that is published,
# dist/ftap-linux-x86_64.tar.gz (bin/ftap and the DSFR it uses when a templates folder has none,
# share/ftap/dsfr/: unpacked into ~/.local, /usr/local or a container image), with its SHA-256
# and dist/DEPENDANCES.txt; then checks the archive with the toolchain hidden (scripts/dist-check.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
"$SWIFT" build -c release --static-swift-stdlib --product ftap
rm -rf dist && mkdir -p dist
cp .build/release/ftap dist/ftap
strip --strip-unneeded dist/ftap
archive=ftap-linux-x86_64.tar.gz
stage=$(mktemp -d); trap 'rm -rf "$stage"' EXIT
install -D -m 755 dist/ftap "$stage/bin/ftap"
mkdir -p "$stage/share/ftap" && cp -r templates/static/dsfr "$stage/share/ftap/dsfr"
find "$stage/share" -name '.*' -delete
# The same commit gives the same archive: names sorted, no owner, dates of the commit, no gzip date.
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@${SOURCE_DATE_EPOCH:-0}" -C "$stage" -cf - bin share \
  | gzip -n -9 > "dist/$archive"
(cd dist && sha256sum "$archive" > "$archive.sha256")
packages=$(readelf -d dist/ftap | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | while read -r library; do
  dpkg -S "*/$library" 2>/dev/null | head -n 1 | cut -d: -f1
done | sort -u | tr '\n' ' ')
{
  echo "# Paquets dont ftap a besoin sur $(. /etc/os-release && echo "$PRETTY_NAME") (le système où il a été construit) :"
  echo "sudo apt-get install --no-install-recommends ${packages% }"
} > dist/DEPENDANCES.txt
echo "dist: dist/$archive ($(du -h "dist/$archive" | cut -f1)), $(cut -d' ' -f1 "dist/$archive.sha256")"
cat dist/DEPENDANCES.txt
scripts/dist-check.sh "dist/$archive"
