#!/usr/bin/env bash
# The binary of make dist runs where Swift is not installed: ldd lists no Swift library, and, in
# a mount namespace where the toolchain's folder is an empty tmpfs (and swift off the PATH),
# `ftap check` and `ftap build` succeed on the example content. The namespace needs root with
# CAP_SYS_ADMIN (a developer's machine, make test's); in a container without it (a forge's runner)
# only ldd is checked, said so, and the pipelines run dist/ftap in an image without Swift (the
# job « essayer-sans-swift » on GitLab, « Essayer sans Swift » on GitHub).
set -euo pipefail
binary=$(readlink -f "${1:?usage: dist-check.sh dist/ftap}")
root=$(cd "$(dirname "$0")/.." && pwd)
if ldd "$binary" | grep -i swift; then echo "dist-check: FAILED: the binary needs the Swift libraries above"; exit 1; fi
toolchain=$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")
if ! unshare --mount true 2>/dev/null; then
  echo "dist-check: ok for ldd (no Swift library); the toolchain cannot be hidden here (no mount namespace in this container)"
  exit 0
fi
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cp -r "$root/content" "$root/templates" "$work/"
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
' dist-check "$toolchain" "$work" "$binary" || { echo "dist-check: FAILED (toolchain $toolchain hidden)"; exit 1; }
echo "dist-check: ok (no Swift library in ldd; check and build of the example content with $toolchain hidden)"
