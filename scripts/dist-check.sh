#!/usr/bin/env bash
# The archive of make dist runs where Swift is not installed: unpacked as an author would, its
# bin/ftap lists no Swift library in ldd, and, in a mount namespace where the toolchain's folder is
# an empty tmpfs (and swift off the PATH), `ftap check` and `ftap build` succeed on the example
# content whose templates have no DSFR (the archive's share/ftap/dsfr gives the site its look).
# The namespace needs root with
# CAP_SYS_ADMIN (a developer's machine, make test's); in a container without it (a forge's runner)
# only ldd is checked, said so, and the pipelines run dist/ftap in an image without Swift (the
# job « essayer-sans-swift » on GitLab, « Essayer sans Swift » on GitHub).
set -euo pipefail
archive=$(readlink -f "${1:?usage: dist-check.sh dist/ftap-linux-x86_64.tar.gz}")
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
mkdir "$work/installed" && tar -xzf "$archive" -C "$work/installed"
binary="$work/installed/bin/ftap"
[[ -f $work/installed/share/ftap/dsfr/dsfr.min.css ]] || { echo "dist-check: FAILED: no share/ftap/dsfr/dsfr.min.css in the archive"; exit 1; }
if ldd "$binary" | grep -i swift; then echo "dist-check: FAILED: the binary needs the Swift libraries above"; exit 1; fi
toolchain=$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")
if ! unshare --mount true 2>/dev/null; then
  echo "dist-check: ok for ldd (no Swift library); the toolchain cannot be hidden here (no mount namespace in this container)"
  exit 0
fi
cp -r "$root/content" "$root/templates" "$work/"
rm -rf "$work/templates/static/dsfr"
# The toolchain's folder hidden, swift gone from the PATH: only the system's libraries remain.
unshare --mount --propagation private bash -c '
  set -euo pipefail
  mount -t tmpfs tmpfs "$1"
  cd "$2"
  export PATH=/usr/sbin:/usr/bin:/sbin:/bin
  if command -v swift >/dev/null; then echo "dist-check: FAILED: swift still found"; exit 1; fi
  "$3" check --content content --templates templates
  "$3" build --content content --templates templates --output public
  test -f public/index.html
  grep -q "fr-header" public/dsfr/dsfr.min.css
' dist-check "$toolchain" "$work" "$binary" || { echo "dist-check: FAILED (toolchain $toolchain hidden)"; exit 1; }
echo "dist-check: ok (no Swift library in ldd; check and build of the example content with $toolchain hidden, the DSFR from the archive)"
