#!/usr/bin/env python3
"""The pages as the search index reads them: a copy of SITE's HTML pages into COPY where, in the
text (never inside a tag), a French elision is set apart from its word (« l’intérieur » becomes
« l’ intérieur », « d’euros » « d’ euros »), so that Pagefind, which keeps « l’intérieur » as one
word, also indexes « intérieur » and « euros ». The search page puts the words back together in
what it shows (assets/recherche.js). The site itself is not touched.
Usage: search-text.py SITE COPY"""
import re, sys
from pathlib import Path

ELISION = re.compile(r"(?<![\w’'])((?:[LlDdJjMmNnSsTtCc]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu|[Qq]uoiqu)[’'])(?=\w)")
TAG = re.compile(r"(<[^>]*>)")

site, copy = Path(sys.argv[1]), Path(sys.argv[2])
for page in site.rglob("*.html"):
    relative = page.relative_to(site)
    if relative.parts[0] == "pagefind":
        continue
    parts = TAG.split(page.read_text(encoding="utf-8"))
    text = "".join(part if i % 2 else ELISION.sub(r"\1 ", part) for i, part in enumerate(parts))
    target = copy / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
