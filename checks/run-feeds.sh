#!/usr/bin/env bash
# Feeds: atom.xml (jing + RFC 4287 schema), atom.xml and rss.xml (feedparser, RSS rules),
# feed.json (JSON Feed 1.1 schema); atom.xml and rss.xml plain (no XSLT instruction), and
# /actualites/s-abonner/ in headless Chromium showing the latest entries and the feeds' addresses.
set -euo pipefail
NAME=feeds; source "$(dirname "$0")/lib.sh"
heading "feeds: /atom.xml (RELAX NG, RFC 4287), /rss.xml (RSS 2.0 rules), /feed.json (JSON Feed 1.1)"
failed=()
for f in atom.xml rss.xml feed.json; do [[ -f $SITE/$f ]] || failed+=("/$f missing"); done
if [[ ${#failed[@]} = 0 ]]; then
  echo "-- jing -c schemas/atom.rnc atom.xml"
  # The jing wrapper warns about optional jars on stderr ("Unable to locate ..."): drop that noise.
  out=$(jing -c "$CHECKS/schemas/atom.rnc" "$SITE/atom.xml" 2>&1) || failed+=("atom.xml schema (jing)")
  grep -v 'Unable to locate' <<<"$out" || true
  echo "-- feedparser, Atom and RSS rules"
  "$PY" "$CHECKS/check_feeds.py" "$SITE/atom.xml" "$SITE/rss.xml" || failed+=("atom.xml/rss.xml rules")
  echo "-- feed.json against schemas/jsonfeed-1.1.schema.json"
  "$PY" "$CHECKS/validate_json.py" "$CHECKS/schemas/jsonfeed-1.1.schema.json" "$SITE/feed.json" \
    || failed+=("feed.json schema (jsonschema)")
  echo "-- atom.xml and rss.xml plain; /actualites/s-abonner/ in headless Chromium (latest entries, addresses)"
  start_server "$SITE"
  "$PY" "$CHECKS/check_feed_subscription.py" "$BASE" "$SITE" || failed+=("feeds for people")
fi
finish "${failed[@]}"
