#!/usr/bin/env python3
"""Every file under SITE/media/ opened in headless Debian Chromium, as a visitor following a link
to it would: the document Chromium builds from it (an image, an SVG, a text, a page) must hold
nothing that runs script: no <script>, no event handler attribute (onload, onclick, ...), no
javascript:, data: or vbscript: address, no <iframe>, <frame>, <object>, <embed>,
<foreignObject> or <meta http-equiv="refresh">, and no <animate>/<set> that could change a link.

Usage: media_check.py SITE_DIR BASE_URL   (SITE_DIR served at BASE_URL)
Exit 1 when a file holds one of them. A site without media passes, and says so."""
import sys
from pathlib import Path
from urllib.parse import quote
import chromium

# Run in the document of each file once it is loaded: what in it could run script.
SCAN = r"""
const found = [];
const active = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'foreignobject', 'applet', 'animate', 'set', 'handler', 'listener']);
for (const el of document.querySelectorAll('*')) {
  const name = el.localName.toLowerCase();
  if (active.has(name)) found.push('<' + name + '>');
  if (name === 'meta' && /refresh/i.test(el.getAttribute('http-equiv') || '')) found.push('<meta http-equiv=refresh>');
  for (const a of el.attributes) {
    if (/^on/i.test(a.localName)) found.push(name + ' ' + a.name + '=...');
    if (/^\s*(javascript|vbscript|data)\s*:/i.test(a.value) && a.localName !== 'content') found.push(name + ' ' + a.name + '="' + a.value.slice(0, 30) + '"');
  }
}
return [document.contentType, found];
"""


def main():
    site, base = Path(sys.argv[1]), sys.argv[2].rstrip("/")
    files = sorted(p for p in (site / "media").rglob("*") if p.is_file()) if (site / "media").is_dir() else []
    if not files:
        print("media: no file under media/ in this site")
        print("media: ok (0 files)")
        return
    # A PDF, a video or an archive is shown or offered for download, never run: nothing is saved.
    driver = chromium.start(prefs={"download_restrictions": 3})
    bad = 0
    try:
        for path in files:
            relative = path.relative_to(site).as_posix()
            driver.get("about:blank")
            driver.get(f"{base}/{quote(relative)}")
            if driver.current_url == "about:blank":
                # Offered for download (a CSV, an archive): Chromium opens no document from it.
                print(f"  /{relative}: offered for download, not opened")
                continue
            kind, found = driver.execute_script(SCAN)
            if found:
                bad += 1
                print(f"  /{relative} ({kind}): {', '.join(sorted(set(found))[:6])}")
            else:
                print(f"  /{relative} ({kind}): inert")
    finally:
        driver.quit()
    if bad:
        print(f"media: {bad} file(s) that could run script on the site's origin")
        sys.exit(1)
    print(f"media: ok ({len(files)} files, none could run script)")


if __name__ == "__main__":
    main()
