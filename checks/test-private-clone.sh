#!/usr/bin/env bash
# LinkChecker, run as root, drops its privileges to "nobody". A checkout in a folder that nobody
# cannot enter (under /root, or made by mktemp -d: mode 700) once made it fail with
# "PermissionError" on a file of its own environment. This clones the repository into such a
# folder and runs the link checker of the clone on the built site SITE, copied into the clone.
set -euo pipefail
site=$(cd "${1:?usage: $0 SITE [make variables]}" && pwd)
shift
repo=$(cd "$(dirname "$0")/.." && pwd)
private=$(mktemp -d)
trap 'rm -rf "$private"' EXIT
chmod 700 "$private"
git clone -q "$repo" "$private/ftap"
cp -r "$site" "$private/ftap/public"
# The clone uses this checkout's checkers' environment (remaking it cost 25 s): LinkChecker's own,
# the one that once failed, is outside any checkout when run as root (LINKCHECKER_VENV), and
# without privileges to drop it runs from the environment as it is; what is under test is the
# clone's site, log and config in the private folder.
echo "private-clone: link check of a clone in $private (mode $(stat -c %a "$private")), as $(id -un)"
if make -C "$private/ftap" --no-print-directory check-links SITE=public PYTHON_VENV="$repo/.venv" "$@"; then
  echo "private-clone: ok"
else
  echo "private-clone: FAILED"
  exit 1
fi
