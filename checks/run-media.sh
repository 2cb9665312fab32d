#!/usr/bin/env bash
# Media: every file under media/ opened in headless Chromium holds nothing that runs script.
set -euo pipefail
NAME=media; source "$(dirname "$0")/lib.sh"
heading "media: every file of /media/ opened in headless Chromium, nothing that runs script"
start_server "$SITE"
"$PY" "$CHECKS/media_check.py" "$SITE" "$BASE" || exit 1
