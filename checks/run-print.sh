#!/usr/bin/env bash
# Printing in headless Chromium: /chiffres-cles/, a project sheet, a news item and the home page
# printed to A4 PDF (DevTools protocol), read back with pypdf: no header, menu or footer; every
# source's address, the page's address and the date of printing; /chiffres-cles/ in at most
# 3 pages (print_check.py, issue 23).
set -euo pipefail
NAME=print; source "$(dirname "$0")/lib.sh"
heading "print: pages printed to A4 PDF in headless Chromium"
start_server "$SITE"
"$PY" "$CHECKS/print_check.py" "$SITE" "$BASE" || { rc=$?; [[ $rc = 1 ]] || echo "print: FAILED, the checker crashed (exit $rc)"; exit 1; }
