#!/usr/bin/env python3
"""Printing, in headless Debian Chromium (Selenium, as axe_check.py): pages printed to PDF on A4
through the DevTools protocol (Page.printToPDF, the page's own @page rules), the PDF read back
with pypdf.

For /chiffres-cles/, the largest project sheet, the largest news item and the home page:
- the header, the menu, the footer and the « Suivez-nous » block are not printed (in the print
  media, they and their content have no box);
- the PDF's text holds every address the page's <main> links to on another site (its sources),
  the page's own address (its canonical link) and « imprimée le » with today's date in French,
  and these come last, after the page's content;
- /chiffres-cles/ takes at most 3 A4 pages; every page count is printed.

Usage: print_check.py SITE_DIR BASE_URL   (SITE_DIR served at BASE_URL)
Exit 1 on any failure or on a missing page."""
import base64, io, re, sys, time
from datetime import date
from pathlib import Path
import pypdf
import chromium

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
A4 = {"paperWidth": 8.27, "paperHeight": 11.69, "preferCSSPageSize": True, "printBackground": False}
MAX_PAGES = {"chiffres-cles/index.html": 3}
HIDDEN = {"header": ".fr-header", "menu": ".fr-nav", "footer": ".fr-footer", "« Suivez-nous » block": ".fr-follow"}

failures = []


def fail(message):
    failures.append(message)
    print(f"  FAILED: {message}")


def largest(site: Path, folder: str):
    pages = [p / "index.html" for p in (site / folder).glob("*")
             if (p / "index.html").is_file() and p.name not in ("page", "s-abonner")]
    return str(max(sorted(pages), key=lambda p: p.stat().st_size).relative_to(site)) if pages else None


def today_in_french():
    d = date.today()
    return f"{'1er' if d.day == 1 else d.day}\u00a0{MONTHS[d.month - 1]} {d.year}"


def squeezed(text):
    """Text without any white space: a long address may be broken over lines in the PDF."""
    return re.sub(r"\s+", "", text)


def check_page(driver, base, page):
    path = "/" + page.removesuffix("index.html")
    url = base + path
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    driver.get(url)
    for _ in range(40):
        if driver.execute_script("return document.documentElement.hasAttribute('data-fr-js')"):
            break
        time.sleep(0.05)
    addresses = driver.execute_script("""var seen = [];
document.querySelectorAll('main a[href^="http://"], main a[href^="https://"]').forEach(function (a) {
  var h = a.getAttribute('href'); if (seen.indexOf(h) < 0) seen.push(h); });
return seen;""")
    canonical = driver.execute_script("var l = document.querySelector('link[rel=canonical]'); return l ? l.href : ''")
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    for name, selector in HIDDEN.items():
        shown = driver.execute_script(
            "return Array.from(document.querySelectorAll(arguments[0])).some(function (e) { return e.getClientRects().length > 0; })", selector)
        if shown:
            fail(f"{path}: the {name} ({selector}) is printed")
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    pdf = base64.b64decode(driver.execute_cdp_cmd("Page.printToPDF", A4)["data"])
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    pages = len(reader.pages)
    width, height = (round(float(v) * 25.4 / 72) for v in reader.pages[0].mediabox[2:])
    if (width, height) != (210, 297):
        fail(f"{path}: printed on {width} × {height} mm, not A4")
    text = "\n".join(p.extract_text() for p in reader.pages)
    flat = squeezed(text)
    missing = [a for a in addresses if squeezed(a) not in flat]
    for a in missing[:3]:
        fail(f"{path}: the printed page does not give the address {a}")
    if len(missing) > 3:
        fail(f"{path}: {len(missing) - 3} more addresses not printed")
    ending = squeezed(reader.pages[-1].extract_text())
    if not canonical or squeezed(canonical) not in ending:
        fail(f"{path}: its address ({canonical or 'no canonical link'}) is not printed at the end")
    printed = squeezed(f"imprimée le {today_in_french()}")
    if printed not in ending:
        fail(f"{path}: « imprimée le {today_in_french()} » is not printed at the end")
    limit = MAX_PAGES.get(page)
    verdict = f"at most {limit}" if limit else "no limit"
    print(f"{path}: {pages} A4 page(s) ({verdict}), {len(addresses)} address(es) of other sites, "
          f"{len(addresses) - len(missing)} printed")
    if limit and pages > limit:
        fail(f"{path}: {pages} A4 pages printed, more than {limit}")
    return pages


def main():
    site, base = Path(sys.argv[1]), sys.argv[2].rstrip("/")
    pages = ["chiffres-cles/index.html", largest(site, "projets"), largest(site, "actualites"), "index.html"]
    if None in pages or not all((site / p).is_file() for p in pages if p):
        fail(f"MISSING page: {pages}")
        pages = [p for p in pages if p and (site / p).is_file()]
    driver = chromium.start()
    counts = {}
    try:
        for page in pages:
            counts[page] = check_page(driver, base, page)
    finally:
        driver.quit()
    if failures:
        print(f"print: FAILED: {len(failures)} problem(s): {failures[0]}" + (" …" if len(failures) > 1 else ""))
        sys.exit(1)
    print("print: ok (" + ", ".join(f"/{p.removesuffix('index.html')} {n} p." for p, n in counts.items())
          + "; no header, menu or footer; sources' addresses, page address and date of printing)")


if __name__ == "__main__":
    main()
