#!/usr/bin/env bash
# axe-core 4.10 in headless Chromium: one page of every kind of SITE, light and dark theme.
set -euo pipefail
NAME=axe; source "$(dirname "$0")/lib.sh"
heading "axe: axe-core accessibility (WCAG 2.1 A/AA + best practices), light and dark theme"
start_server "$SITE"
"$PY" "$CHECKS/axe_check.py" "$SITE" "$BASE" || { rc=$?; [[ $rc = 1 ]] || echo "axe: FAILED, the checker crashed (exit $rc)"; exit 1; }
