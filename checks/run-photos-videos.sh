#!/usr/bin/env bash
# Photos and platform videos in headless Chromium: no page with a photo or a video scrolls
# sideways at 375 or 1,280 px, and no request reaches a video platform before the reader clicks
# « Charger la vidéo » (photos_videos_check.py, issue 25). PHOTOS_VIDEOS_REQUIRE_VIDEO=1: the
# site must hold a platform video (the generated site does).
set -euo pipefail
NAME=photos-videos; source "$(dirname "$0")/lib.sh"
heading "photos-videos: reflow at 375 and 1,280 px, video players only after « Charger la vidéo »"
start_server "$SITE"
flags=(); [[ ${PHOTOS_VIDEOS_REQUIRE_VIDEO:-} = 1 ]] && flags+=(--require-video)
"$PY" "$CHECKS/photos_videos_check.py" "$SITE" "$BASE" "${flags[@]}" || { rc=$?; [[ $rc = 1 ]] || echo "photos-videos: FAILED, the checker crashed (exit $rc)"; exit 1; }
