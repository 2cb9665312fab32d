#!/usr/bin/env bash
# The site's DSFR stylesheet (made by ftap from the classes its pages carry) against the DSFR's
# full one: every element of every page kind looks the same, at 1,280 and 375 px (styles_check.py).
set -euo pipefail
NAME=styles; source "$(dirname "$0")/lib.sh"
heading "styles: computed styles with the site's DSFR subset = with the DSFR's full stylesheet"
"$PY" "$CHECKS/styles_check.py" "$SITE" "${DSFR_KIT:-$(dirname "$CHECKS")/templates/static/dsfr}" || exit 1
