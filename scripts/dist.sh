#!/usr/bin/env bash
# make dist: ftap for Linux x86_64 that runs without Swift. The Swift runtime and Foundation are
# linked statically (--static-swift-stdlib); the C libraries stay the system's, named as the
# Debian/Ubuntu packages that hold them (dist/DEPENDANCES.txt, from the binary's own NEEDED list
# and dpkg). Writes dist/ftap, dist/ftap.sha256 and dist/DEPENDANCES.txt, then checks the binary
# with the toolchain hidden (scripts/dist-check.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
"$SWIFT" build -c release --static-swift-stdlib --product ftap
rm -rf dist && mkdir -p dist
cp .build/release/ftap dist/ftap
strip --strip-unneeded dist/ftap
(cd dist && sha256sum ftap > ftap.sha256)
packages=$(readelf -d dist/ftap | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | while read -r library; do
  dpkg -S "*/$library" 2>/dev/null | head -n 1 | cut -d: -f1
done | sort -u | tr '\n' ' ')
{
  echo "# Paquets dont ftap a besoin sur $(. /etc/os-release && echo "$PRETTY_NAME") (le système où il a été construit) :"
  echo "sudo apt-get install --no-install-recommends ${packages% }"
} > dist/DEPENDANCES.txt
echo "dist: dist/ftap ($(du -h dist/ftap | cut -f1)), $(cut -d' ' -f1 dist/ftap.sha256)"
cat dist/DEPENDANCES.txt
scripts/dist-check.sh dist/ftap
