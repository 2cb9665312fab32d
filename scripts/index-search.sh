#!/usr/bin/env bash
# The site's search index: Pagefind over SITE, in French only (one WebAssembly file, not a second
# one for pages of no language), without the user-interface bundles Pagefind writes beside it
# (the site has its own search page, /recherche/, and assets/recherche.js), and with the .gz and
# .br siblings of its text files that ftap writes for the rest of the site.
# Usage: scripts/index-search.sh SITE    (PYTHON: the environment with pagefind and brotli)
set -euo pipefail
site=${1:?usage: scripts/index-search.sh SITE}
py=${PYTHON:-.venv/bin/python}
"$py" -m pagefind --site "$site" --force-language fr --silent
rm -f "$site"/pagefind/pagefind-{ui,modular-ui,component-ui}.{js,css} "$site"/pagefind/pagefind-highlight.js \
      "$site"/pagefind/wasm.unknown.pagefind
"$py" "$(dirname "$0")/precompress.py" "$site"/pagefind/*.js "$site"/pagefind/*.json
