#!/usr/bin/env python3
"""The addresses the site keeps without their content: the former addresses of renamed items
(`anciennes_adresses`, listed in `_redirects`), each followed in headless Chromium to the new
address (served by a plain static server, as a host without `_redirects` serves it); and the
addresses withdrawn on purpose (`retraits.yml`, listed in adresses.json), each showing in
Chromium its day and reason. None is in the sitemap nor among adresses.json's addresses.
Usage: redirects_check.py SITE BASE_URL    exit 1 on any failure; nothing to check without either."""
import json, sys, time
from pathlib import Path
import chromium

LIMIT = 10


def problems_of(site: Path, base: str, driver_factory=chromium.start):
    """The problems found, and how many addresses of each sort were followed."""
    base = base.rstrip("/")
    rules = [line.split() for line in (site / "_redirects").read_text(encoding="utf-8").splitlines() if line.strip()] \
        if (site / "_redirects").exists() else []
    addresses = json.loads((site / "adresses.json").read_text(encoding="utf-8"))
    withdrawn = addresses.get("retraits", [])
    if not rules and not withdrawn:
        return [], 0, 0
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    redirected = {r["de"]: r["vers"] for r in addresses.get("redirections", [])}
    problems = []
    driver = driver_factory()
    try:
        for old, new, status in rules[:LIMIT]:
            if status != "301":
                problems.append(f"{old}: status {status}, not 301")
            if f"{old}</loc>" in sitemap:
                problems.append(f"{old} is in the sitemap")
            if old in addresses["adresses"] or redirected.get(old) != new:
                problems.append(f"{old} is not a redirection to {new} in adresses.json")
            driver.get(base + old)
            for _ in range(50):
                if driver.execute_script("return location.pathname") == new:
                    break
                time.sleep(0.1)
            landed = driver.execute_script("return location.pathname")
            if landed != new:
                problems.append(f"{old} leads the browser to {landed}, not {new}")
        for item in withdrawn[:LIMIT]:
            address = item["adresse"]
            if f"{address}</loc>" in sitemap:
                problems.append(f"{address} (withdrawn) is in the sitemap")
            if address in addresses["adresses"]:
                problems.append(f"{address} (withdrawn) is among adresses.json's addresses")
            driver.get(base + address)
            shown = driver.execute_script("return document.querySelector('main') ? document.querySelector('main').innerText : ''")
            landed = driver.execute_script("return location.pathname")
            day = item["date"]
            if landed != address:
                problems.append(f"{address} (withdrawn) leads the browser to {landed}")
            if "Ce contenu a été retiré le" not in shown or " ".join(item["motif"].split()) not in " ".join(shown.replace("\u202f", " ").replace("\u00a0", " ").split()).replace("’", "'"):
                problems.append(f"{address} (withdrawn on {day}) does not show « Ce contenu a été retiré le » and its reason: {shown[:200]!r}")
            robots = driver.execute_script("const m = document.querySelector('meta[name=robots]'); return m ? m.content : ''")
            if robots != "noindex":
                problems.append(f"{address} (withdrawn) is not marked noindex for search engines")
    finally:
        driver.quit()
    return problems, min(len(rules), LIMIT), min(len(withdrawn), LIMIT)


def main():
    site, base = Path(sys.argv[1]), sys.argv[2]
    problems, moved, withdrawn = problems_of(site, base)
    if not moved and not withdrawn:
        print("redirects: no former nor withdrawn address to follow")
        return 0
    for problem in problems:
        print(f"  {problem}")
    print(f"redirects: {moved} former address(es) and {withdrawn} withdrawn address(es) followed in Chromium"
          + (f", {len(problems)} problem(s)" if problems else ""))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
