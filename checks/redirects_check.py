#!/usr/bin/env python3
"""The former addresses of renamed items (`anciennes_adresses`), as `_redirects` lists them: each
has its page, which headless Chromium follows to the new address (served by a plain static server,
as a host without `_redirects` serves it); none is in the sitemap nor in adresses.json's
addresses (it is among its redirections).
Usage: redirects_check.py SITE BASE_URL    exit 1 on any failure; nothing to check without _redirects."""
import json, sys, time
from pathlib import Path
import chromium

site, base = Path(sys.argv[1]), sys.argv[2].rstrip("/")
rules = [line.split() for line in (site / "_redirects").read_text(encoding="utf-8").splitlines() if line.strip()] \
    if (site / "_redirects").exists() else []
if not rules:
    print("redirects: no former address to follow")
    sys.exit(0)
sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
addresses = json.loads((site / "adresses.json").read_text(encoding="utf-8"))
redirected = {r["de"]: r["vers"] for r in addresses.get("redirections", [])}
problems = []
driver = chromium.start()
try:
    for old, new, status in rules[:10]:
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
finally:
    driver.quit()
for problem in problems:
    print(f"  {problem}")
print(f"redirects: {min(len(rules), 10)} former address(es) followed in Chromium" + (f", {len(problems)} problem(s)" if problems else ""))
sys.exit(1 if problems else 0)
