#!/usr/bin/env bash
# The /projets/ table in headless Chromium (sort, two filters, the address reloaded, the empty
# result), no horizontal scrolling and no table cell cut at 320, 375 and 1,280 px on one page of every kind.
set -euo pipefail
NAME=table; source "$(dirname "$0")/lib.sh"
heading "table: /projets/ table (sort, filters, address) and page widths and table cells at 320, 375 and 1280 px, headless Chromium"
start_server "$SITE"
"$PY" "$CHECKS/table_check.py" "$SITE" "$BASE" || { rc=$?; [[ $rc = 1 ]] || echo "table: FAILED, the checker crashed (exit $rc)"; exit 1; }
