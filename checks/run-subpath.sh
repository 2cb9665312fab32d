#!/usr/bin/env bash
# A site built with a url that has a path, served under that path: the stylesheet applies, every
# address answers 200 under the path, the search works (subpath_check.py), then LinkChecker from
# the path (run-links.sh with SITE_PATH). Usage: run-subpath.sh ROOT [PATH] (the site in ROOT/PATH,
# sous-dossier by default).
set -euo pipefail
NAME=subpath; source "$(dirname "$0")/lib.sh"
path=${2:-sous-dossier}
heading "subpath: the site under /$path/ in headless Chromium"
start_server "$SITE"
"$PY" "$CHECKS/subpath_check.py" "$SITE" "$BASE" "$path" || { rc=$?; [[ $rc = 1 ]] || echo "subpath: FAILED, the checker crashed (exit $rc)"; exit 1; }
SITE_PATH="/$path" "$CHECKS/run-links.sh" "$SITE" | tail -n 2
