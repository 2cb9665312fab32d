#!/usr/bin/env bash
# What a reader downloads, measured in headless Chromium on a server that serves precompressed
# siblings as GitLab Pages does: the home page's first visit, each page kind as a second page,
# the deployed size and files nothing requests (weight_check.py, goals of issue 23).
set -euo pipefail
NAME=weight; source "$(dirname "$0")/lib.sh"
heading "weight: bytes on the wire in headless Chromium, as served by GitLab Pages"
start_server "$SITE" --like-gitlab-pages
"$PY" "$CHECKS/weight_check.py" "$SITE" "$BASE" ${WEIGHT_REPORT:+--report "$WEIGHT_REPORT"} || exit 1
