#!/usr/bin/env bash
# The /projets/ table in headless Chromium (sort, two filters, the address reloaded, the empty
# result) and no horizontal scrolling at 375 and 1,280 px on one page of every kind.
set -euo pipefail
NAME=table; source "$(dirname "$0")/lib.sh"
heading "table: /projets/ table (sort, filters, address) and page widths at 375 and 1280 px, headless Chromium"
start_server "$SITE"
"$PY" "$CHECKS/table_check.py" "$SITE" "$BASE" || { rc=$?; [[ $rc = 1 ]] || echo "table: FAILED, the checker crashed (exit $rc)"; exit 1; }
