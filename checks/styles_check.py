#!/usr/bin/env python3
"""The site's DSFR stylesheet, made by ftap from the classes its pages carry, must look exactly like
the DSFR's full one: in headless Chromium, each page kind (and the phone menu, opened) is shown
twice, once as built and once with the DSFR's full stylesheet, icon stylesheet and script instead,
and every element's computed style (and its ::before and ::after) must be the same in both, at
1,280 and 375 px. Icons differ only in how they are addressed (written into the stylesheet, or a
file), so a mask or background image is compared as « set » or « none ».

Usage: styles_check.py SITE DSFR_DIR   (DSFR_DIR: the full DSFR, templates/static/dsfr)
exit 1 on the first page view whose look changes (the others are not looked at), naming the
element and the properties."""
import functools, http.server, os, re, shutil, sys, tempfile, threading, time
from pathlib import Path
import chromium

site, kit = Path(sys.argv[1]), Path(sys.argv[2])
if not (kit / "dsfr.min.css").exists() or not (site / "dsfr" / "dsfr.min.css").exists():
    print("styles: no DSFR stylesheet in the site or the kit: nothing to compare")
    print("styles: ok")
    sys.exit(0)

# The same site with the DSFR's full files: hard links, but for the stylesheet and the script.
reference = Path(tempfile.mkdtemp(prefix="ftap-styles-")) / "site"
shutil.copytree(site, reference, copy_function=os.link)
for sibling in (reference / "dsfr").glob("dsfr.*.*"):
    if sibling.suffix in (".gz", ".br"):
        sibling.unlink()
full = (kit / "dsfr.min.css").read_text(encoding="utf-8")
icons = kit / "utility" / "icons" / "icons.min.css"
if icons.exists():
    full += "\n" + icons.read_text(encoding="utf-8").replace("../../icons/", "icons/")
for path in ("dsfr/dsfr.min.css", "dsfr/dsfr.module.min.js"):
    (reference / path).unlink()
(reference / "dsfr" / "dsfr.min.css").write_text(full, encoding="utf-8")
shutil.copyfile(kit / "dsfr.module.min.js", reference / "dsfr" / "dsfr.module.min.js")
if (kit / "icons").exists():
    shutil.copytree(kit / "icons", reference / "dsfr" / "icons", dirs_exist_ok=True)

class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

def serve(root):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}"

built, full_base = serve(site), serve(reference)

def first(pattern):
    for page in sorted(site.glob(pattern)):
        return "/" + str(page.parent.relative_to(site)) + "/"
    return None

pages = [p for p in [
    "/", first("projets/*/index.html"), "/projets/", "/chiffres-cles/", first("actualites/*/index.html"),
    "/actualites/", "/temoignages/", "/donnees/", "/ministeres/", first("ministeres/*/index.html"),
    first("appels/*/index.html"), first("beneficiaires/*/index.html"), "/recherche/", "/plan-du-site/",
    first("a-propos/index.html"), "/actualites/s-abonner/", "/404.html",
] if p and (site / p.strip("/") / ("" if p.endswith(".html") else "index.html")).exists()]

PROPERTIES = """display position top right bottom left float clear box-sizing width height min-width max-width
min-height max-height margin-top margin-right margin-bottom margin-left padding-top padding-right padding-bottom
padding-left border-top-width border-right-width border-bottom-width border-left-width border-top-style
border-right-style border-bottom-style border-left-style border-top-color border-right-color border-bottom-color
border-left-color border-top-left-radius border-top-right-radius border-bottom-left-radius border-bottom-right-radius
box-shadow outline-style outline-width outline-color outline-offset color background-color background-image
background-position background-size background-repeat opacity visibility overflow-x overflow-y z-index font-family
font-size font-weight font-style line-height letter-spacing text-align text-decoration-line text-decoration-color
text-decoration-thickness text-underline-offset text-transform text-indent white-space word-break overflow-wrap
text-overflow hyphens vertical-align list-style-type flex-direction flex-wrap flex-grow flex-shrink flex-basis
justify-content align-items align-self align-content order row-gap column-gap grid-template-columns
grid-template-rows grid-column grid-row transform mask-image -webkit-mask-image mask-size -webkit-mask-size
content cursor pointer-events clip-path filter table-layout border-collapse border-spacing caption-side
""".split()

# Each element's computed style, and its ::before and ::after when they are drawn: the hashes of
# the properties above, or the values themselves for the element numbered `arguments[1]`.
SNAPSHOT = r"""
const properties = arguments[0], detailed = arguments[1];
const images = /^(mask-image|-webkit-mask-image|background-image)$/;
function describe(style) {
  return properties.map(name => {
    let value = style.getPropertyValue(name);
    if (images.test(name)) value = value.includes('url(') ? 'set' : value;
    return name + ':' + value;
  }).join(';');
}
function pseudo(e, which) {
  const style = getComputedStyle(e, which);
  return style.content === 'none' || style.content === 'normal' ? '' : describe(style);
}
function hash(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) { h ^= text.charCodeAt(i); h = Math.imul(h, 16777619); }
  return h >>> 0;
}
return [...document.querySelectorAll('body *')].map((e, index) => {
  const id = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '');
  const styles = [describe(getComputedStyle(e)), pseudo(e, '::before'), pseudo(e, '::after')];
  return detailed === index ? [id, ...styles] : [id, ...styles.map(hash)];
});
"""

driver = chromium.start("--force-prefers-reduced-motion")

def snapshot(base, path, width, open_menu, detailed=-1, dark=False):
    """Each element's name and the hashes of its styles; the styles themselves for element `detailed`."""
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}]})
    driver.set_window_size(width, 900)
    driver.get(base + path)
    for _ in range(40):  # the DSFR's script has started (it sets data-fr-js), or 2 s have passed
        if driver.execute_script("return document.documentElement.getAttribute('data-fr-js') === 'true'"):
            break
        time.sleep(0.05)
    time.sleep(0.05)
    if open_menu:
        driver.find_element("id", "bouton-menu").click()
        time.sleep(0.5)
    return driver.execute_script(SNAPSHOT, PROPERTIES, detailed)

def difference(a, b):
    da, db = dict(p.split(":", 1) for p in a.split(";") if p), dict(p.split(":", 1) for p in b.split(";") if p)
    return [f"{k}: {da.get(k)} ≠ {db.get(k)}" for k in sorted(set(da) | set(db)) if da.get(k) != db.get(k)]

# Every page kind at 1,280 and 375 px, the home page's menu opened on a phone, and four pages in
# the dark theme.
views = [(path, width, False, False) for width in (1280, 375) for path in pages] + [("/", 375, True, False)] \
    + [(path, 1280, False, True) for path in pages[:4]]
failures, compared = [], 0
try:
    for path, width, open_menu, dark in views:
        mine = snapshot(built, path, width, open_menu, dark=dark)
        theirs = snapshot(full_base, path, width, open_menu, dark=dark)
        compared += 1
        where = f"{path} at {width} px" + (" (menu open)" if open_menu else "") + (" (dark theme)" if dark else "")
        if len(mine) != len(theirs):
            failures.append(f"{where}: {len(mine)} elements ≠ {len(theirs)} with the full DSFR")
            continue
        for index, (a, b) in enumerate(zip(mine, theirs)):
            if a == b:
                continue
            element, *styles = snapshot(built, path, width, open_menu, index, dark)[index]
            _, *reference_styles = snapshot(full_base, path, width, open_menu, index, dark)[index]
            changed = [f"{part} {d}" for part, s, r in zip(("", "::before", "::after"), styles, reference_styles)
                       if s != r for d in difference(s, r)[:4]]
            failures.append(f"{where}: {element}: {'; '.join(changed[:4]) or 'element ' + a[0] + ' ≠ ' + b[0]}")
            break
        if failures:
            break
finally:
    driver.quit()
    shutil.rmtree(reference.parent, ignore_errors=True)

print(f"styles: {compared} page views compared with the DSFR's full stylesheet and script")
for failure in failures[:10]:
    print("  " + failure)
if failures:
    print("styles: FAILED: the site's stylesheet changes the look of the page above")
    sys.exit(1)
print("styles: ok")
