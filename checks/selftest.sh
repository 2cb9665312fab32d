#!/usr/bin/env bash
# Prove that every checker passes the known-good fixture site (the table checker: the example
# site built by ftap) and FAILS, with its own message, when one thing is broken. One line per
# case, in the order of this file; exit 1 if any case did not behave. Cases run SELFTEST_JOBS at a
# time (the number of processors by default): each has its own copy of a site, server and browser.
set -euo pipefail
CHECKS=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
mkdir "$work/results"
jobs=${SELFTEST_JOBS:-$(nproc)}
cases=0
# A broken case needs only its first failure: axe stops at the first page with a violation.
export AXE_FIRST_FAILURE=1

# A fresh copy of the fixture, with the open-data schemas the site publishes today.
copy() {
  cp -r "$CHECKS/fixture-site" "$work/$1"
  cp "$CHECKS/../templates/static/donnees/"{projets,agregats}.schema.json "$work/$1/donnees/"
  echo "$work/$1"
}

# The line of the next case, printed with the others at the end, in order.
record() {
  cases=$((cases + 1))
  printf '%s\n' "$@" > "$work/results/$(printf %03d $cases)"
}

# [VARIABLE=value …] expect pass|fail CHECKER SITE WHAT [PATTERN [NOT_PATTERN]]
# fail: the checker must exit non-zero, print PATTERN (grep -E), and not print NOT_PATTERN.
# Variables set before expect reach the checker (TABLE_FOCUS: the one part a case breaks).
# Runs in the background once a place among the jobs is free; nothing may change SITE after.
expect() {
  while (( $(jobs -rp | wc -l) >= jobs )); do wait -n || true; done
  cases=$((cases + 1))
  run_case "$(printf %03d $cases)" "$@" &
}

run_case() {
  local number=$1 want=$2 checker=$3 site=$4 what=$5 pattern=${6:-} not=${7:-} rc=0 ok=no started=$SECONDS
  local log="$work/results/$number.log" result="$work/results/$number"
  "$CHECKS/run-$checker.sh" "$site" > "$log" 2>&1 || rc=$?
  if [[ $want = pass ]]; then
    [[ $rc = 0 ]] && ok=yes
  elif [[ $rc != 0 ]] && grep -q -E -- "$pattern" "$log"; then
    [[ -n $not ]] && grep -q -E -- "$not" "$log" || ok=yes
  fi
  local shown; shown=$(grep -m1 -E -- "${pattern:-^$checker: }" "$log" | sed 's/^ *//' | cut -c1-110 || true)
  if [[ $ok = yes ]]; then
    printf 'ok    %-9s %-4s %s  <- %s [%d s]\n' "$checker" "$want" "$what" "$shown" $((SECONDS - started)) > "$result"
  else
    { printf 'WRONG %-9s did not %s: %s (exit %s); its output:\n' "$checker" "$want" "$what" "$rc"
      sed 's/^/      | /' "$log" | tail -n 30; } > "$result"
  fi
}

echo "== checkers-selftest: known-good fixture, then one break per case =="
good=$(copy good)
for c in vnu axe links feeds opendata sitemap media; do expect pass "$c" "$good" "the known-good fixture"; done

s=$(copy img-alt)
sed -i 's|</h1>|</h1>\n      <p><img src="/style.css" width="40" height="40"></p>|' "$s/index.html"
expect fail vnu "$s" '<img> without alt' 'An "img" element must have an "alt" attribute'
expect fail axe "$s" '<img> without alt' 'image-alt'

s=$(copy no-lang)
sed -i 's|<html lang="fr"|<html|' "$s/temoignages/index.html"
expect fail vnu "$s" 'no lang attribute (a warning only)' 'warning: Consider adding a "lang" attribute'

s=$(copy dark-contrast)
echo ':root[data-fr-theme="dark"] main p { color: #3a3a3a; }' >> "$s/style.css"
expect fail axe "$s" 'low contrast in the dark theme only' 'color-contrast' '^light .*: [1-9][0-9]* violation'

s=$(copy media-ok)
mkdir -p "$s/media" && printf '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9"><title>Carré</title><rect width="9" height="9"/></svg>' > "$s/media/carre.svg"
expect pass media "$s" 'an inert SVG under media/'

s=$(copy media-svg-script)
mkdir -p "$s/media" && printf '<svg xmlns="http://www.w3.org/2000/svg" onload="document.title=1"><script>document.title=2</script></svg>' > "$s/media/dessin.svg"
expect fail media "$s" 'an SVG with a script and onload under media/' 'dessin.svg .*<script>.*onload'

s=$(copy media-html)
mkdir -p "$s/media" && printf '<!doctype html><title>x</title><p><a href="javascript:void(0)">x</a></p>' > "$s/media/page.html"
expect fail media "$s" 'an HTML page with a javascript: link under media/' 'page.html .*javascript:'

# A page with a platform's video behind « Charger la vidéo » (videos.js, as ftap writes it).
video_page() {
  mkdir -p "$1/videos" && cp "$CHECKS/../templates/static/assets/videos.js" "$1/videos.js"
  sed -e 's|<h1>.*</h1>|<h1>Vidéo</h1>\n      <figure><div class="ftap-video__frame" data-player="https://www.youtube-nocookie.com/embed/aaaaaaaaaaa" data-title="Essai"><p>Cette vidéo est diffusée par YouTube.</p><button type="button" class="ftap-video__load" hidden>Charger la vidéo</button></div><figcaption>Essai</figcaption></figure>\n      <script src="/videos.js" defer></script>|' \
    "$1/index.html" > "$1/videos/index.html"
}
s=$(copy video-ok); video_page "$s"
expect pass photos-videos "$s" 'a video loaded only on « Charger la vidéo »'

s=$(copy video-early); video_page "$s"
sed -i 's|<p>Cette vidéo|<img src="https://www.youtube-nocookie.com/vi/aaaaaaaaaaa/0.jpg" alt=""><p>Cette vidéo|' "$s/videos/index.html"
expect fail photos-videos "$s" 'the platform asked for a still image before the click' 'request\(s\) to www.youtube-nocookie.com before the reader asked'

s=$(copy video-iframe); video_page "$s"
sed -i 's|<figcaption>Essai|<iframe title="Essai" src="about:blank"></iframe><figcaption>Essai|' "$s/videos/index.html"
expect fail photos-videos "$s" 'a player <iframe> in the page before the click' 'an <iframe> is in the page before'

s=$(copy video-wide); video_page "$s"
sed -i 's|<figcaption>Essai|<div style="width: 1500px; height: 10px"></div><figcaption>Essai|' "$s/videos/index.html"
expect fail photos-videos "$s" 'something 1,500 px wide beside the video' 'at 375 px: the page scrolls sideways'

s=$(copy missing-kind)
rm "$s/temoignages/index.html"
expect fail axe "$s" 'a kind of page is missing' 'MISSING page kind: /temoignages/index.html'

s=$(copy broken-link)
sed -i 's|</h1>|</h1>\n      <p><a href="/projets/inexistant/">Projet disparu</a></p>|' "$s/projets/index.html"
expect fail links "$s" 'broken internal link' 'Error: 404'

s=$(copy no-index)
rm "$s/appels/2019/index.html"
expect fail links "$s" 'linked folder without index.html' 'Error: 404'

s=$(copy broken-anchor)
sed -i 's|href="#sources"|href="#source"|' "$s/projets/tri-courrier-assiste/index.html"
expect fail links "$s" 'broken #anchor (a warning)' "Anchor .source. .*not found"

s=$(copy atom-date)
sed -i '0,/<updated>[^<]*</s||<updated>15/01/2024<|' "$s/atom.xml"
expect fail feeds "$s" 'atom.xml <updated>15/01/2024' 'element "updated" invalid'

s=$(copy atom-id)
sed -i '0,/<id>/s|<id>[^<]*</id>||' "$s/atom.xml"
expect fail feeds "$s" 'atom.xml feed without <id>' 'missing required element "id"'

s=$(copy rss-date)
sed -i '0,/<pubDate>/s|<pubDate>[^<]*<|<pubDate>2019-11-19<|' "$s/rss.xml"
expect fail feeds "$s" 'rss.xml pubDate 2019-11-19' 'not an RFC 822 date'

s=$(copy atom-stylesheet)
sed -i '1a <?xml-stylesheet type="text/xsl" href="/assets/flux.xsl"?>' "$s/atom.xml"
expect fail feeds "$s" 'atom.xml asking a browser for XSLT' 'holds an <\?xml-stylesheet\?> instruction'

s=$(copy subscription-entries)
sed -i 's|Premiers lauréats du fonds||' "$s/actualites/s-abonner/index.html"
expect fail feeds "$s" 'subscription page without the latest entries' "does not show the latest entry 'Premiers lauréats du fonds'"

s=$(copy jsonfeed-date)
sed -i '0,/"date_published"/s|"date_published": "[^"]*"|"date_published": "15/01/2024"|' "$s/feed.json"
expect fail feeds "$s" 'feed.json date_published 15/01/2024' "'15/01/2024' is not a 'date-time'"

s=$(copy csv-enum)
sed -i 's|,universite,|,universitaire,|' "$s/donnees/projets.csv"
expect fail opendata "$s" 'projets.csv porteur_type outside its enum' 'constraint-error'

s=$(copy execution-negative)
sed -i 's|,245000000,|,-245000000,|' "$s/donnees/execution-budgetaire.csv"
expect fail opendata "$s" 'execution-budgetaire.csv negative amount' 'FAILED: execution-budgetaire.csv \(frictionless\)$'

s=$(copy agregats-accorde)
sed -i 's|"detaille":|"accorde":|' "$s/donnees/agregats.json"
expect fail opendata "$s" 'agregats.json with the former accorde' "'accorde' was unexpected|'detaille' is a required property"

s=$(copy tableur-commas)
{ printf '\xef\xbb\xbf'; cat "$s/donnees/projets.csv"; } > "$s/donnees/projets-tableur.csv"
expect fail opendata "$s" 'projets-tableur.csv separated by commas' 'FAILED: projets-tableur.csv \(frictionless\)$'

s=$(copy tableur-bom)
tail -c +4 "$s/donnees/projets-tableur.csv" > "$s/t.csv" && mv "$s/t.csv" "$s/donnees/projets-tableur.csv"
expect fail opendata "$s" 'projets-tableur.csv without its byte-order mark' 'no byte-order mark'

s=$(copy json-resume)
python3 - "$s/donnees/projets.json" <<'PY'
import json, sys; p = sys.argv[1]; d = json.load(open(p))
d["projets"][0]["resume"] = "x" * 301
json.dump(d, open(p, "w"), ensure_ascii=False)
PY
expect fail opendata "$s" 'projets.json resume of 301 characters' 'is too long'

s=$(copy agregats-type)
sed -i '0,/"universite"/s|"universite"|"universites"|' "$s/donnees/agregats.json"
expect fail opendata "$s" 'agregats.json unknown beneficiary type' "'universites' is not one of"

s=$(copy sitemap-date)
sed -i '0,/<lastmod>/s|<lastmod>[^<]*<|<lastmod>15/01/2024<|' "$s/sitemap.xml"
expect fail sitemap "$s" 'sitemap.xml lastmod 15/01/2024' "lastmod.*not a valid value"

s=$(copy sitemap-loc)
rm -r "$s/plan-du-site"
expect fail sitemap "$s" '<loc> of a page that does not exist' 'no page for .*/plan-du-site/'

# The table, weight, styles and search checkers need the real pages, scripts, stylesheet and index:
# the example content, built by ftap (make test builds the binary first; FTAP names another one).
# That the weight, styles and search checkers pass on it, check-site has shown: only their
# failures are proven here.
FTAP=${FTAP:-$CHECKS/../.build/debug/ftap}
built() { cp -r "$work/example" "$work/$1"; echo "$work/$1"; }
if [[ -x $FTAP ]] && "$FTAP" build --content "$CHECKS/../content" --templates "$CHECKS/../templates" \
     --output "$work/example" > "$work/log" 2>&1; then
  expect pass table "$work/example" "the example site built by ftap"

  s="$work/subpath-root"; mkdir -p "$s" && cp -r "$work/example" "$s/sous-dossier"
  expect fail subpath "$s" 'a site built for the root of its host, served under /sous-dossier/' 'the DSFR stylesheet is not applied'


  PY=${PYTHON_VENV:-$CHECKS/../.venv}/bin/python
  if PYTHON=$PY "$CHECKS/../scripts/index-search.sh" "$work/example" > "$work/log" 2>&1; then
    s=$(built search-elisions)
    rm -rf "$s/pagefind" && "$PY" -m pagefind --site "$s" --force-language fr --silent
    expect fail search "$s" 'an index that keeps « l’intérieur » as one word' "'intérieur' misses"
  else
    record "WRONG search    could not index the example site"
  fi

  s=$(built weight-sibling)
  rm "$s/index.html.br"
  expect fail weight "$s" 'a page without its .br sibling' 'index.html.br missing'

  s=$(built weight-stale-sibling)
  printf 'autre chose' | gzip -n > "$s/dsfr/dsfr.min.css.gz"
  expect fail weight "$s" 'a .gz sibling that is not its file' 'dsfr.min.css.gz is not dsfr/dsfr.min.css'

  s=$(built weight-unused)
  cp "$s/assets/ftap.css" "$s/dsfr/inutile.css"
  expect fail weight "$s" 'a file under /dsfr/ that nothing requests' 'never requested: 1 file.*dsfr/inutile.css'

  s=$(built weight-heavy)
  rm -rf "$s/pagefind"  # room under the site's 2.5 MB for the script added
  head -c 60000 /dev/urandom | base64 -w0 > "$s/assets/lourd.js"
  sed -i 's|</body>|<script src="/assets/lourd.js"></script></body>|' "$s/index.html"
  "${PYTHON_VENV:-$CHECKS/../.venv}/bin/python" "$CHECKS/../scripts/precompress.py" "$s/index.html" "$s/assets/lourd.js"
  expect fail weight "$s" 'a home page with 80 kB more of script' 'home page first visit without its fonts .* > 52 kB'

  s=$(built styles-rule)
  sed -i 's/\.fr-header__service-title{font-size:1\.125rem;font-weight:700;line-height:1\.5rem}//' "$s/dsfr/dsfr.min.css"
  expect fail styles "$s" 'a rule missing from the site stylesheet' '/ at 1280 px: .*fr-header__(brand|service-title)'

  s=$(built table-address)
  sed -i 's/history.replaceState(/void (/' "$s/assets/filtres.js"
  TABLE_FOCUS=table expect fail table "$s" 'filters and sort not written into the address' 'the address does not hold the state'

  s=$(built table-sort)
  sed -i "s/var sign = sort.order === 'decroissant' ? -1 : 1;/var sign = 1;/" "$s/assets/filtres.js"
  TABLE_FOCUS=table expect fail table "$s" 'a descending sort that shows the smallest first' 'not the largest amount'

  s=$(built table-total)
  sed -i "/getElementById('total-montant')/d" "$s/assets/filtres.js"
  TABLE_FOCUS=table expect fail table "$s" 'a total row the filters do not update' 'total row'

  s=$(built wide-page)
  sed -i 's|</h1>|</h1><p style="width: 480px">Une ligne trop large pour un téléphone</p>|' "$s/404.html"
  TABLE_FOCUS=widths:404 expect fail table "$s" 'a page 480 px wide on a 375 px phone' '375 px: /404.html .*scrolls horizontally'

  s=$(built table-unstacked)
  sed -i 's/<table class="ftap-stackable">/<table>/' "$s/chiffres-cles/index.html"
  TABLE_FOCUS='widths:key figures' expect fail table "$s" 'key-figures tables in columns on a 320 px phone' '320 px: /chiffres-cles/ .*of a cell is cut'

  s=$(built table-labels-read)
  sed -i 's|attr(data-label) "\\a0: " / ""|attr(data-label) "\\a0: "|' "$s/assets/ftap.css"
  TABLE_FOCUS='widths:call year' expect fail table "$s" 'labels of stacked cells read by screen readers' 'a cell is read differently on a phone: « Projets'

  s=$(built print-header)
  sed -i 's/}\.fr-header, \.fr-footer,/}.fr-footer,/' "$s/assets/ftap.css"
  expect fail print "$s" 'a printed page with the site header' 'the header \(\.fr-header\) is printed'

  s=$(built print-addresses)
  sed -i 's/note.parentNode.insertBefore(box, note);/void box;/' "$s/assets/impression.js"
  expect fail print "$s" 'printed key figures without their sources addresses' '/chiffres-cles/: the printed page does not give the address https://'

  s=$(built print-long)
  sed -i 's/html{font-size: 10.5px;}/html{font-size: 16px;}/' "$s/assets/ftap.css"
  expect fail print "$s" 'key figures printed in screen-sized type' '/chiffres-cles/: [4-9] A4 pages printed, more than 3'

  s=$(built table-nowrap)
  sed -i 's/fr-table fr-table--multiline/fr-table/' "$s/chiffres-cles/index.html"
  TABLE_FOCUS='widths:key figures' expect fail table "$s" 'tables whose cells do not wrap, wider than their frame at 1280 px' '1280 px: /chiffres-cles/ .*scrolls in its frame'
else
  record "WRONG table     could not build the example site with $FTAP (run make build first):" \
    "$(sed 's/^/      | /' "$work/log" 2>/dev/null | tail -n 5 || true)"
fi

wait
wrong=0
for number in $(seq -f %03g 1 "$cases"); do
  result="$work/results/$number"
  [[ -s $result ]] || printf 'WRONG case %s gave no result\n' "$number" > "$result"
  cat "$result"
  grep -q '^WRONG' "$result" && wrong=$((wrong + 1))
done
echo
if [[ $wrong = 0 ]]; then echo "checkers-selftest: $cases cases, all as expected ($jobs at a time)"; else
  echo "checkers-selftest: $wrong of $cases cases WRONG"; exit 1; fi
