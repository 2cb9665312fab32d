#!/usr/bin/env bash
# What a merge request's pipeline runs once ftap is built (scripts/ci.sh apercu), on both forges:
#   scripts/apercu.sh FTAP BASE_REF [URL]
# ftap-diff.md: what the request changes to the public account, from the content of BASE_REF (the
# target branch) to the content checked out (`ftap diff`, French Markdown); then public/: the site
# as the request would publish it, built for its preview's address URL when given (a GitLab Pages
# parallel deployment, https://…/mr-12/), else for site.yml's.
set -euo pipefail
ftap=$(readlink -f "${1:?usage: apercu.sh FTAP BASE_REF [URL]}")
base=${2:?usage: apercu.sh FTAP BASE_REF [URL]}
url=${3:-}
work=.build/apercu
rm -rf "$work" && mkdir -p "$work/avant"
git archive "$base" content | tar -x -C "$work/avant"
"$ftap" diff "$work/avant/content" content --templates templates > ftap-diff.md
cat ftap-diff.md
content=content
if [ -n "$url" ]; then
  cp -r content "$work/content"
  sed -i "s|^url: .*|url: \"$url\"|" "$work/content/site.yml"
  content=$work/content
fi
"$ftap" build --content "$content" --templates templates --output public
