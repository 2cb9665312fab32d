#!/usr/bin/env python3
"""Site search end to end: in headless Chromium, open /recherche/?q=WORD for a word of the first
project page's title and expect that page among the results (Pagefind index built by make site),
labelled « Projet · Appel YYYY », and no listing page (lists, site map, home) among them.
Usage: search_check.py SITE BASE_URL    exit 1 when the search finds nothing."""
import re, sys, time
from pathlib import Path
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

site, base = Path(sys.argv[1]), sys.argv[2].rstrip("/")
if not (site / "pagefind" / "pagefind.js").exists():
    print("search: FAILED: no Pagefind index (pagefind/pagefind.js); run: scripts/index-search.sh SITE")
    sys.exit(1)
pages = sorted(site.glob("projets/*/index.html"))
if not pages:
    print("search: FAILED: no project page to search for")
    sys.exit(1)
target = "/" + str(pages[0].parent.relative_to(site)) + "/"
title = re.search(r"<h1[^>]*>(.*?)</h1>", pages[0].read_text(encoding="utf-8"), re.S).group(1)
word = max(re.findall(r"\w+", re.sub(r"&[#\w]+;", " ", title)), key=len)

options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
    options.add_argument(a)
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
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
listing = re.compile(r"/(projets|actualites|plan-du-site|ministeres|beneficiaires/[^/]+|appels/\d{4})/(page/\d+/)?$|^https?://[^/]+/$")
listed = [l for l in links if listing.search(l)]
if listed:
    print(f"search: FAILED: listing pages among the results for {word!r}: {listed}")
    sys.exit(1)
print(f"search: ok (labelled {label!r}, no listing page)")
