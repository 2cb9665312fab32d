#!/usr/bin/env bash
# The merge-request jobs' commands (scripts/apercu.sh) on the example content: a repository whose
# last commit raises one amount; ftap-diff.md must name that change with both values, and the
# preview built for https://example.org/mr-1/ must link under /mr-1/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
ftap=$root/${1:-.build/debug/ftap}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cd "$work"
git init -q -b main && git config user.email test@exemple.fr && git config user.name test
cp -r "$root/content" . && mkdir templates && cp -r "$root/templates/"*.mustache "$root/templates/partials" templates/
mkdir -p templates/static && cp -r "$root/templates/static/assets" "$root/templates/static/donnees" templates/static/
git add -A && git commit -q -m avant
# The DSFR is fetched by the job (make dsfr), never committed.
cp -r "$root/templates/static/dsfr" templates/static/
sed -i 's/^montant: 24300000$/montant: 25000000/' content/projets/cloud-etat.md
git commit -q -am "Cloud d'État : 25 M€"
"$root/scripts/apercu.sh" "$ftap" HEAD~1 "https://example.org/mr-1/" > log 2>&1 || { cat log; echo "apercu: FAILED (exit)"; exit 1; }
nbsp=$(printf '\xc2\xa0')
expected="- Projet « Création d'un cloud d'État » — montant accordé : 24,3${nbsp}M€ → 25${nbsp}M€"
grep -qF -- "$expected" ftap-diff.md || { cat ftap-diff.md; echo "apercu: FAILED: ftap-diff.md does not say « $expected »"; exit 1; }
grep -q 'href="/mr-1/projets/cloud-etat/"' public/projets/index.html || { echo "apercu: FAILED: the preview does not link under /mr-1/"; exit 1; }
echo "apercu: ok (ftap-diff.md names the amount changed, 24,3 M€ → 25 M€; the preview links under /mr-1/)"
