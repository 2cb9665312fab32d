#!/usr/bin/env python3
"""axe-core 4.10 (bundled in axe-selenium-python 3.0.0, offline) in headless Debian Chromium,
on one page of every kind of the site, and on the views a page's script shows from its address
(the table of /projets/), in the light and in the dark DSFR theme.

Usage: axe_check.py SITE_DIR BASE_URL   (SITE_DIR served at BASE_URL)
Exit 1 on any violation or on a missing kind of page; with AXE_FIRST_FAILURE=1 (the self-test),
at the first page with a violation, or before opening any page when a kind is missing."""
import json, os, sys, time
from pathlib import Path
from axe_selenium_python import Axe
import chromium

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
# "*" stands for the first sub-folder (sorted) that has an index.html, pagination excluded.
KINDS = ["index.html", "projets/index.html", "projets/*/index.html", "appels/*/index.html",
         "beneficiaires/*/index.html", "ministeres/index.html", "ministeres/*/index.html", "chiffres-cles/index.html", "actualites/index.html",
         "actualites/*/index.html", "actualites/s-abonner/index.html", "temoignages/index.html", "donnees/index.html",
         "rectificatifs/index.html", "accessibilite/index.html", "404.html"]
# Views that a page's script shows from its address, checked when the page has them: the table
# of /projets/ (hidden until filtres.js runs, so the plain page never shows it to axe).
VIEWS = [("projets/index.html", "vue=tableau", 'id="tableau-projets"')]
# The dark theme as a reader gets it: the system asks for dark, and the DSFR's script, which
# reads that preference once the page has started, sets data-fr-theme (waited for below); on a
# page without that script (the checkers' fixture), the attributes are set by hand.
DARK = """document.documentElement.setAttribute('data-fr-scheme', 'dark');
          document.documentElement.setAttribute('data-fr-theme', 'dark');"""
# Transitions would let axe read colours half-way between the two themes.
NO_TRANSITIONS = """const s = document.createElement('style');
  s.textContent = '*, *::before, *::after { transition: none !important; animation: none !important; }';
  document.head.appendChild(s);"""


def find_page(site: Path, kind: str):
    if "*" not in kind:
        return kind if (site / kind).is_file() else None
    parent = kind.split("/*/")[0]
    # A former address's page (http-equiv refresh) sends the browser on, a withdrawn address's
    # says it was withdrawn: neither is a page of the kind (the withdrawn one is checked apart).
    subs = [p for p in (site / parent).glob("*") if (p / "index.html").is_file() and p.name != "page"
            and not any(m in (p / "index.html").read_text(encoding="utf-8") for m in ('http-equiv="refresh"', "ftap-withdrawn"))]
    return f"{parent}/{sorted(subs)[0].name}/index.html" if subs else None


def main():
    site, base = Path(sys.argv[1]), sys.argv[2].rstrip("/")
    pages, missing = [], []
    for kind in KINDS:
        page = find_page(site, kind)
        (pages.append(page) if page else missing.append(kind))
    # A page with a platform's video, its notice and its transcript, when the site has one.
    for path in sorted(site.glob("actualites/*/index.html")) + sorted(site.glob("projets/*/index.html")):
        if "ftap-video__frame" in path.read_text(encoding="utf-8"):
            pages.append(str(path.relative_to(site)))
            break
    # A withdrawn address's page (retraits.yml), when the site has one.
    addresses = site / "adresses.json"
    withdrawn = json.loads(addresses.read_text(encoding="utf-8")).get("retraits", []) if addresses.is_file() else []
    if withdrawn:
        pages.append(withdrawn[0]["adresse"].lstrip("/") + "index.html")
    for page, query, marker in VIEWS:
        if (site / page).is_file() and marker in (site / page).read_text(encoding="utf-8"):
            pages.append(f"{page}?{query}")
    for kind in missing:
        print(f"MISSING page kind: /{kind}")
    # The self-test needs only the first failure of a site broken on purpose (AXE_FIRST_FAILURE=1).
    first_failure = os.environ.get("AXE_FIRST_FAILURE") == "1"
    if first_failure and missing:
        print(f"axe: {len(missing)} missing page kind(s) (first failure: not run)")
        sys.exit(1)

    driver = chromium.start("--window-size=1280,1024")
    violations, version = 0, "?"
    try:
        for page in pages:
            for theme in ("light", "dark"):
                driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                                       {"features": [{"name": "prefers-color-scheme", "value": theme}]})
                driver.get(f"{base}/{page}")
                driver.execute_script(NO_TRANSITIONS)
                actual = driver.execute_script("return document.documentElement.getAttribute('data-fr-theme')")
                has_dsfr_script = driver.execute_script("return !!document.querySelector('script[src*=\"dsfr.module\"]')")
                for _ in range(40 if has_dsfr_script else 0):
                    if actual == theme:
                        break
                    time.sleep(0.05)
                    actual = driver.execute_script("return document.documentElement.getAttribute('data-fr-theme')")
                if theme == "dark" and actual != "dark":
                    driver.execute_script(DARK)
                    time.sleep(0.05)
                    actual = driver.execute_script("return document.documentElement.getAttribute('data-fr-theme')")
                if theme == "dark":
                    if actual != "dark":
                        print(f"  dark theme not applied on /{page}: data-fr-theme={actual!r}")
                        violations += 1
                axe = Axe(driver)
                axe.inject()
                res = axe.run(options='{"runOnly": {"type": "tag", "values": %s}}' % str(TAGS).replace("'", '"'))
                version = res["testEngine"]["version"]
                found = res["violations"]
                violations += len(found)
                print(f"{theme:5} /{page}: {len(found)} violation(s), {len(res['passes'])} passes")
                for v in found:
                    targets = [t for n in v["nodes"] for t in n["target"]]
                    print(f"      [{v['impact']}] {v['id']}: {v['help']} -> {targets[:5]}")
            if first_failure and violations:
                break
    finally:
        driver.quit()
    print(f"(axe-core {version}, tags {', '.join(TAGS)})")
    problems = []
    if violations:
        problems.append(f"{violations} violation(s)")
    if missing:
        problems.append(f"{len(missing)} missing page kind(s)")
    print(f"axe: {', '.join(problems) if problems else 'ok'} ({len(pages)} pages x 2 themes)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
