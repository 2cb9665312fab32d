#!/usr/bin/env bash
# Fetches the DSFR 1.14.4 build shipped by the PyPI package django-dsfr 3.6.1 into an ignored
# cache, and unpacks the files the site uses into templates/static/dsfr/ (ignored by git too):
# the full stylesheet and the icons, the core's, the scheme's and each component's module script
# (ftap makes the site's stylesheet and script from them at each build; no script for browsers
# without modules), the Marianne faces the site's pages use in WOFF2 only (regular, medium, bold,
# and the italic of emphasis; no Light, no Spectral, no WOFF copies), the SVG and touch icons.
set -euo pipefail
version=3.6.1
target=${1:-templates/static/dsfr}
cache=.cache/dsfr
stamp="$target/.django-dsfr-$version-3"
[ -f "$stamp" ] && exit 0
mkdir -p "$cache"
wheel="$cache/django_dsfr-$version-py3-none-any.whl"
if [ ! -f "$wheel" ]; then
    python3 -m pip download --quiet --no-deps --only-binary=:all: "django-dsfr==$version" -d "$cache"
fi
rm -rf "$target" "$cache/unpacked"
python3 - "$wheel" "$cache/unpacked" <<'PY'
import re, sys, zipfile
wheel, out = sys.argv[1], sys.argv[2]
prefix = "dsfr/static/dsfr/dist/"
fonts = ("Regular", "Medium", "Bold", "Regular_Italic")
keep = ("dsfr.min.css", "dsfr.module.min.js", "icons/", "favicon/favicon.svg", "favicon/apple-touch-icon.png",
        "utility/icons/icons.min.css", "core/core.module.min.js", "scheme/scheme.module.min.js") \
    + tuple(f"fonts/Marianne-{face}.woff2" for face in fonts)
component_script = re.compile(r"component/(\w+)/\1\.module\.min\.js")
with zipfile.ZipFile(wheel) as z:
    for name in z.namelist():
        rest = name[len(prefix):] if name.startswith(prefix) else None
        if rest and (rest.startswith(keep) or component_script.fullmatch(rest)) and not rest.endswith("/"):
            z.extract(name, out)
PY
mkdir -p "$(dirname "$target")"
mv "$cache/unpacked/dsfr/static/dsfr/dist" "$target"
rm -rf "$cache/unpacked"
touch "$stamp"
echo "DSFR 1.14.4 (django-dsfr $version) installé dans $target"
