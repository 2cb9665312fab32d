#!/usr/bin/env bash
# LinkChecker 10.6 over HTTP, internal links and anchors ([AnchorCheck]); no errors, no warnings.
# SITE_PATH=/sous-dossier: the site is SITE/sous-dossier/, published under that path (SITE is the
# host's root), and the check starts there. LINKS_DEPTH=N reads pages down to N links from the
# start (every link of those pages still checked): for a generated site whose thousands of sheet
# pages are one template, checked whole on the example site.
set -euo pipefail
NAME=links; source "$(dirname "$0")/lib.sh"
heading "links: LinkChecker, internal links and #anchors of $SITE (external links not fetched)"
# As root, linkchecker drops its privileges to "nobody" (after reading its config): it must not
# read SITE from disk (file:// would also break root-relative links), so SITE is served over HTTP.
SITE_PATH=${SITE_PATH:-}
[[ -f $SITE$SITE_PATH/index.html ]] || { echo "links: FAILED: no $SITE_PATH/index.html to start from"; exit 1; }
tmp=$(mktemp -d); at_exit "rm -rf $tmp"
cat > "$tmp/linkcheckerrc" <<'RC'
[checking]
maxrequestspersecond=1000
threads=10
[filtering]
checkextern=0
[AnchorCheck]
RC
start_server "$SITE"
# Start from the home page and from the pages no link reaches (404.html).
starts=("$BASE$SITE_PATH/")
[[ -f $SITE$SITE_PATH/404.html ]] && starts+=("$BASE$SITE_PATH/404.html")
log="$tmp/log"
linkchecker="${LINKCHECKER_VENV:-$VENV}/bin/linkchecker"
[[ -x $linkchecker ]] || { echo "links: FAILED: no linkchecker at $linkchecker: run 'make checkers-setup'"; exit 2; }
# The config is read before privileges are dropped; nobody must be able to read the log's folder.
chmod 755 "$tmp"
depth=()
[[ -n ${LINKS_DEPTH:-} ]] && depth=(--recursion-level "$LINKS_DEPTH") && echo "links: pages read down to $LINKS_DEPTH links from the start (LINKS_DEPTH)"
if "$linkchecker" -f "$tmp/linkcheckerrc" --no-status -o text "${depth[@]}" "${starts[@]}" > "$log" 2>&1; then
  tail -n 3 "$log" | grep -E 'links? in|found' || true
  echo "links: ok"
else
  cat "$log"
  summary=$(grep -o -E '[0-9]+ warnings? found\. [0-9]+ errors? found' "$log" || echo "linkchecker exited with an error")
  echo "links: FAILED, $summary"
  exit 1
fi
