#!/usr/bin/env python3
"""A feed opened in a browser reads as a page. Usage: check_feed_page.py URL FEED_FILE

Loads URL (the served feed) in headless Chromium, which applies the feed's XSLT stylesheet,
and checks that the DOM is the stylesheet's page (its main element carries data-ftap-flux)
and that every item title of FEED_FILE (Atom or RSS) is text of that page."""
import subprocess, sys, xml.etree.ElementTree as ET
from html.parser import HTMLParser

A = "{http://www.w3.org/2005/Atom}"


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.marked, self.text = False, []

    def handle_starttag(self, tag, attrs):
        if tag == "main" and any(name == "data-ftap-flux" for name, _ in attrs):
            self.marked = True

    def handle_data(self, data):
        self.text.append(data)


url, feed = sys.argv[1], sys.argv[2]
root = ET.parse(feed).getroot()
titles = [t.strip() for t in [e.findtext(A + "title") for e in root.findall(A + "entry")]
          + [i.findtext("title") for i in root.iter("item")] if t]
run = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", url],
                     capture_output=True, text=True, timeout=120)
page = Page()
page.feed(run.stdout)
text = " ".join(" ".join(page.text).split())
problems = []
declared = "<?xml-stylesheet" in open(feed, encoding="utf-8").read(500)
# Chromium has announced the end of XSLT. A browser that shows the raw XML (its XML viewer) with
# the stylesheet link present no longer applies XSLT at all: say so, but do not fail the build
# on a browser change; a broken stylesheet (« Error loading stylesheet ») or a missing link fails.
ignored = "does not appear to have any style information" in run.stdout or "webkit-xml-viewer" in run.stdout
if not page.marked and declared and ignored and "Error loading stylesheet" not in run.stdout:
    print(f"{url}: WARNING this browser no longer applies XSLT; the feed links its stylesheet, "
          "and /actualites/s-abonner/ explains the feeds")
    sys.exit(0)
if not page.marked:
    problems.append("the browser did not show the feed's stylesheet page (no <main data-ftap-flux>): "
                    "is the <?xml-stylesheet?> link missing, or is the stylesheet broken?")
else:
    problems += [f"item title not shown as text: {t!r}" for t in titles if " ".join(t.split()) not in text]
print(f"{url}: {len(titles)} item title(s), {'page shown' if page.marked else 'no page'}")
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
