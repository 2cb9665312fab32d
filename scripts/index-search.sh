#!/usr/bin/env bash
# The site's search index: Pagefind over SITE's pages in French only (one WebAssembly file, not a
# second one for pages of no language), read from a copy whose French elisions are set apart from
# their words (scripts/search-text.py: « intérieur » is found in « l’intérieur »), written into
# SITE/pagefind/ without the user-interface bundles Pagefind writes beside it (the site has its own
# search page, /recherche/, and assets/recherche.js), with the .gz and .br siblings of its text
# files that ftap writes for the rest of the site.
# Usage: scripts/index-search.sh SITE    (PYTHON: the environment with pagefind and brotli)
set -euo pipefail
site=${1:?usage: scripts/index-search.sh SITE}
py=${PYTHON:-.venv/bin/python}
here=$(dirname "$0")
copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
"$py" "$here/search-text.py" "$site" "$copy"
rm -rf "$site/pagefind"
"$py" -m pagefind --site "$copy" --output-path "$site/pagefind" --force-language fr --silent
rm -f "$site"/pagefind/pagefind-{ui,modular-ui,component-ui}.{js,css} "$site"/pagefind/pagefind-highlight.js \
      "$site"/pagefind/wasm.unknown.pagefind
"$py" "$here/precompress.py" "$site"/pagefind/*.js "$site"/pagefind/*.json
