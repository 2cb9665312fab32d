#!/usr/bin/env bash
# sitemap.xml against the sitemaps.org 0.9 XSD (xmllint), and every <loc> is a file of SITE; the
# former addresses of _redirects out of it, each followed in headless Chromium to its new address;
# the withdrawn addresses of adresses.json out of it, each showing its reason.
set -euo pipefail
NAME=sitemap; source "$(dirname "$0")/lib.sh"
heading "sitemap: /sitemap.xml against the sitemaps.org 0.9 schema, every <loc> exists; former addresses redirect"
failed=()
if [[ ! -f $SITE/sitemap.xml ]]; then failed+=("/sitemap.xml missing"); else
  xmllint --noout --schema "$CHECKS/schemas/sitemap.xsd" "$SITE/sitemap.xml" || failed+=("sitemap.xml schema (xmllint)")
  "$PY" - "$SITE" <<'PY' || failed+=("<loc> without a page")
import sys, xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit, unquote
site = Path(sys.argv[1])
locs = [e.text.strip() for e in ET.parse(site / "sitemap.xml").iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
# The base URL may have a path prefix (https://host/ftap/): the home page's, the shortest path.
prefix = min((urlsplit(l).path for l in locs), key=len, default="/")
prefix = prefix if prefix.endswith("/") else "/"
missing = []
for loc in locs:
    path = unquote(urlsplit(loc).path)
    rel = path[len(prefix):] if path.startswith(prefix) else None
    target = None if rel is None else site / rel / "index.html" if rel == "" or rel.endswith("/") else site / rel
    if target is None or not target.is_file():
        missing.append(loc)
print(f"{len(locs)} <loc>, {len(missing)} without a page in the site")
for loc in missing[:20]:
    print(f"  no page for {loc}")
sys.exit(1 if missing else 0)
PY
fi
# The former addresses of renamed items, followed in Chromium to the new ones, and the withdrawn
# addresses, showing their reason: none in the sitemap.
if [[ -s $SITE/_redirects ]] || grep -q '"adresse":' "$SITE/adresses.json" 2>/dev/null; then
  start_server "$SITE"
  "$PY" "$CHECKS/redirects_check.py" "$SITE" "$BASE" || failed+=("former addresses")
fi
finish "${failed[@]}"
