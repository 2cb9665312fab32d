#!/usr/bin/env bash
# Site search: the Pagefind index answers a query from the /recherche/ page in headless Chromium.
set -euo pipefail
NAME=search; source "$(dirname "$0")/lib.sh"
heading "search: Pagefind index queried from /recherche/ in headless Chromium"
start_server "$SITE"
"$PY" "$CHECKS/search_check.py" "$SITE" "$BASE" || exit 1
