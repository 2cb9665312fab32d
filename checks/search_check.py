#!/usr/bin/env python3
"""Site search end to end: in headless Chromium, open /recherche/?q=WORD for a word of the first
project page's title and expect that page among the results (Pagefind index built by make site),
labelled « Projet · Appel YYYY », and no listing page (lists, site map, home) among them; then
French words through elisions and accents (« intérieur » in « l’intérieur », typed with or without
its accent, « euros » in « d’euros », « État », « millions »): every page whose indexed text holds
the word is found, no page without it, and the search page shows the true count.
Usage: search_check.py SITE BASE_URL    exit 1 when the search misses a page or miscounts."""
import re, sys, time
from pathlib import Path
import chromium

site, base = Path(sys.argv[1]), sys.argv[2].rstrip("/")
if not (site / "pagefind" / "pagefind.js").exists():
    print("search: FAILED: no Pagefind index (pagefind/pagefind.js); run: scripts/index-search.sh SITE")
    sys.exit(1)
pages = sorted(p for p in site.glob("projets/*/index.html") if 'http-equiv="refresh"' not in p.read_text(encoding="utf-8"))
if not pages:
    print("search: FAILED: no project page to search for")
    sys.exit(1)
target = "/" + str(pages[0].parent.relative_to(site)) + "/"
title = re.search(r"<h1[^>]*>(.*?)</h1>", pages[0].read_text(encoding="utf-8"), re.S).group(1)
word = max(re.findall(r"\w+", re.sub(r"&[#\w]+;", " ", title)), key=len)

driver = chromium.start()
try:
    driver.get(f"{base}/recherche/?q={word}")
    links, labels = [], {}
    for _ in range(100):
        state = driver.find_element("id", "recherche-etat").text
        items = driver.find_elements("css selector", "#recherche-resultats li")
        links = [i.find_element("css selector", "a").get_attribute("href") for i in items]
        labels = {i.find_element("css selector", "a").get_attribute("href"):
                  (i.find_elements("css selector", ".fr-badge")[0].text if i.find_elements("css selector", ".fr-badge") else "")
                  for i in items}
        if links or "Aucun" in state or "pas disponible" in state:
            break
        time.sleep(0.1)
finally:
    driver.quit()
found = [l for l in links if l.rstrip("/").endswith(target.rstrip("/"))]
print(f"search {word!r}: {len(links)} result(s); {target} {'found' if found else 'NOT found'}")
if not found:
    print(f"search: FAILED: {target} not found for {word!r} ({state})")
    sys.exit(1)
label = labels.get(found[0], "")
if not re.fullmatch(r"PROJET · APPEL \d{4}|Projet · Appel \d{4}", label):
    print(f"search: FAILED: the result {target} is labelled {label!r}, not « Projet · Appel AAAA »")
    sys.exit(1)
listing = re.compile(r"/(projets|actualites|plan-du-site|rectificatifs|ministeres|beneficiaires/[^/]+|appels/\d{4})/(page/\d+/)?$|^https?://[^/]+/$")
listed = [l for l in links if listing.search(l)]
if listed:
    print(f"search: FAILED: listing pages among the results for {word!r}: {listed}")
    sys.exit(1)
print(f"search: title word found, labelled {label!r}, no listing page")

# French words through elisions and accents: each word finds every page whose indexed text holds
# it (computed here from the built pages: the text of data-pagefind-body without the
# data-pagefind-ignore parts, cut at every non-letter, the elision's apostrophe included, without
# accents or case), no page without a word of its stem, and the page says how many it found; a
# word no page holds (a generated site) must find nothing, and at least one word must be held.
import unicodedata
from bs4 import BeautifulSoup

def fold(text):
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn").lower()

def indexed_words(page):
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    body = soup.find(attrs={"data-pagefind-body": True})
    if body is None:
        return None
    for ignored in body.find_all(attrs={"data-pagefind-ignore": True}):
        ignored.decompose()
    return set(re.findall(r"[^\W_]+", fold(body.get_text(" "))))

words_of = {}
for page in site.rglob("*.html"):
    if page.relative_to(site).parts[0] == "pagefind":
        continue
    words = indexed_words(page)
    if words is not None:
        url = "/" + str(page.parent.relative_to(site)) + "/" if page.name == "index.html" else "/" + str(page.relative_to(site))
        words_of[url.replace("/./", "/")] = words

driver = chromium.start()
failures, held = [], 0
try:
    for word in ("intérieur", "interieur", "euros", "État", "millions"):
        key = fold(word)
        stem = key[:-1] if key.endswith("s") else key
        expected = {url for url, words in words_of.items() if key in words}
        stemmed = {url for url, words in words_of.items() if any(w.startswith(stem) for w in words)}
        driver.get(f"{base}/recherche/?q={word}")
        for _ in range(100):
            state = driver.find_element("id", "recherche-etat").text
            if "résultat" in state or "pas disponible" in state:
                break
            time.sleep(0.1)
        found = driver.execute_async_script("""const done = arguments[1];
            import('/pagefind/pagefind.js').then(pf => pf.search(arguments[0]))
              .then(s => Promise.all(s.results.map(r => r.data()))).then(d => done(d.map(x => x.url)))
              .catch(e => done(String(e)));""", word)
        found = {re.sub(r"^https?://[^/]+", "", u) for u in found} if isinstance(found, list) else set()
        shown = re.match(r"(\d+) résultats? pour", state)
        print(f"search {word!r}: {len(found)} found, {len(expected)} pages hold the word, the page says {state!r}")
        held += bool(expected)
        if not expected and (found or "Aucun résultat" not in state):
            failures.append(f"{word!r}: no page holds it, yet the search says {state!r}")
        if expected - found:
            failures.append(f"{word!r} misses {sorted(expected - found)[:5]}")
        if found - stemmed:
            failures.append(f"{word!r} finds pages without it: {sorted(found - stemmed)[:5]}")
        if expected and (not shown or int(shown.group(1)) != len(found)):
            failures.append(f"{word!r}: the page says {state!r} for {len(found)} found")
finally:
    driver.quit()
if not held:
    failures.append("no page holds any of the words: the test proves nothing on this site")
if failures:
    print("search: FAILED: " + "; ".join(failures))
    sys.exit(1)
print("search: ok (intérieur, euros, État, millions: every page that holds them, and the count shown)")
