#!/usr/bin/env bash
# Fetches the DSFR 1.14.4 build shipped by the PyPI package django-dsfr 3.6.1 into an ignored
# cache, and unpacks the files the site uses into templates/static/dsfr/ (ignored by git too).
set -euo pipefail
version=3.6.1
target=${1:-templates/static/dsfr}
cache=.cache/dsfr
stamp="$target/.django-dsfr-$version"
[ -f "$stamp" ] && exit 0
mkdir -p "$cache"
wheel="$cache/django_dsfr-$version-py3-none-any.whl"
if [ ! -f "$wheel" ]; then
    python3 -m pip download --quiet --no-deps --only-binary=:all: "django-dsfr==$version" -d "$cache"
fi
rm -rf "$target" "$cache/unpacked"
python3 - "$wheel" "$cache/unpacked" <<'PY'
import sys, zipfile
wheel, out = sys.argv[1], sys.argv[2]
prefix = "dsfr/static/dsfr/dist/"
keep = ("dsfr.min.css", "dsfr.module.min.js", "dsfr.nomodule.min.js", "fonts/", "icons/", "favicon/",
        "utility/icons/icons.min.css")
with zipfile.ZipFile(wheel) as z:
    for name in z.namelist():
        rest = name[len(prefix):] if name.startswith(prefix) else None
        if rest and rest.startswith(keep):
            z.extract(name, out)
PY
mkdir -p "$(dirname "$target")"
mv "$cache/unpacked/dsfr/static/dsfr/dist" "$target"
rm -rf "$cache/unpacked"
touch "$stamp"
echo "DSFR 1.14.4 (django-dsfr $version) installé dans $target"
