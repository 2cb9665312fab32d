#!/usr/bin/env python3
"""A site published under a path (url: "https://example.org/sous-dossier/"), served at that path
in headless Debian Chromium: the DSFR stylesheet applies (the header's font is Marianne, its
logo drawn), every address of the home page, a project sheet, /projets/ and /a-propos/ (links,
images with each width of their srcset, stylesheets, scripts) answers 200 and stays under the
path, and the search from /recherche/ finds a project and links to its page under the path.

Usage: subpath_check.py ROOT BASE_URL PATH   (ROOT served at BASE_URL, the site in ROOT/PATH)
Exit 1 on any failure."""
import sys, time
from pathlib import Path
from urllib.parse import urlsplit
import urllib.request
import chromium

failures = []


def fail(message):
    failures.append(message)
    print(f"  FAILED: {message}")


def status(url):
    try:
        with urllib.request.urlopen(urllib.request.Request(url, method="GET"), timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def main():
    root, base, path = Path(sys.argv[1]), sys.argv[2].rstrip("/"), "/" + sys.argv[3].strip("/")
    site = root / path.lstrip("/")
    sheet = sorted(p.parent.name for p in (site / "projets").glob("*/index.html") if p.parent.name != "page")[0]
    driver = chromium.start("--window-size=1280,900")
    checked = set()
    try:
        for page in ["/", f"/projets/{sheet}/", "/projets/", "/a-propos/"]:
            driver.get(base + path + page)
            time.sleep(0.3)
            font = driver.execute_script("return getComputedStyle(document.querySelector('.fr-header__service-title') || document.body).fontFamily")
            if "Marianne" not in font:
                fail(f"{path}{page}: the DSFR stylesheet is not applied (font: {font})")
            addresses = driver.execute_script("""var found = [];
document.querySelectorAll('a[href], link[href]').forEach(function (e) { found.push(e.href); });
document.querySelectorAll('img[src], script[src], source[srcset], img[srcset]').forEach(function (e) {
  if (e.src) found.push(e.src);
  (e.getAttribute('srcset') || '').split(',').forEach(function (c) { var u = c.trim().split(' ')[0]; if (u) found.push(new URL(u, location.href).href); });
});
return found;""")
            for address in addresses:
                parts = urlsplit(address)
                if parts.netloc != urlsplit(base).netloc or address.split("#")[0] in checked:
                    continue
                checked.add(address.split("#")[0])
                if not parts.path.startswith(path + "/"):
                    fail(f"{path}{page}: {parts.path} is outside {path}/")
                elif (code := status(address.split("#")[0])) != 200:
                    fail(f"{path}{page}: {parts.path} answers {code}")
        word = "cloud"
        driver.get(f"{base}{path}/recherche/?q={word}")
        links = []
        for _ in range(100):
            links = [a.get_attribute("href") for a in driver.find_elements("css selector", "#recherche-resultats li a")]
            if links:
                break
            time.sleep(0.1)
        if not links:
            fail(f"{path}/recherche/?q={word}: no result (state: {driver.find_element('id', 'recherche-etat').text})")
        for link in links:
            if not urlsplit(link).path.startswith(path + "/") or status(link) != 200:
                fail(f"{path}/recherche/?q={word}: the result {link} is not a page under {path}/")
    finally:
        driver.quit()
    print(f"{len(checked)} addresses of 4 pages under {path}/, search « cloud »: {len(links)} result(s)")
    if failures:
        print(f"subpath: FAILED: {len(failures)} problem(s): {failures[0]}" + (" …" if len(failures) > 1 else ""))
        sys.exit(1)
    print(f"subpath: ok (the site under {path}/: stylesheet applied, every address under the path answers 200, search results under the path)")


if __name__ == "__main__":
    main()
