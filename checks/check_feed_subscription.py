#!/usr/bin/env python3
"""Feeds are for feed readers, the subscription page for people.
Usage: check_feed_subscription.py BASE_URL SITE

Fails when atom.xml or rss.xml asks a browser to style it (an <?xml-stylesheet?> instruction:
browsers are dropping XSLT), and when /actualites/s-abonner/, opened in headless Chromium with
its scripts run, does not show the latest entries of atom.xml (up to six titles, as text) and
the address of each feed."""
import subprocess, sys, xml.etree.ElementTree as ET
from html.parser import HTMLParser

A = "{http://www.w3.org/2005/Atom}"
LATEST = 6


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.text, self.hidden_buttons, self.buttons = [], 0, 0

    def handle_starttag(self, tag, attrs):
        if tag == "button" and any(name == "data-copier" for name, _ in attrs):
            self.buttons += 1
            self.hidden_buttons += any(name == "hidden" for name, _ in attrs)

    def handle_data(self, data):
        self.text.append(data)


base, site = sys.argv[1], sys.argv[2]
problems = []
for name in ("atom.xml", "rss.xml"):
    with open(f"{site}/{name}", encoding="utf-8") as feed:
        if "<?xml-stylesheet" in feed.read(1000):
            problems.append(f"{name} holds an <?xml-stylesheet?> instruction: browsers are dropping XSLT, "
                            "the feed is for feed readers (people go to /actualites/s-abonner/)")
root = ET.parse(f"{site}/atom.xml").getroot()
address = (root.find(A + "link[@rel='self']").get("href") if root.find(A + "link[@rel='self']") is not None else "")
titles = [" ".join((e.findtext(A + "title") or "").split()) for e in root.findall(A + "entry")][:LATEST]
run = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=3000",
                      "--dump-dom", base + "/actualites/s-abonner/"], capture_output=True, text=True, timeout=120)
page = Page()
page.feed(run.stdout)


def plain(text):
    """Compared without spaces of any kind and with straight apostrophes: the page is typeset
    (« d’euros », no-break spaces, « 4<sup>e</sup> »), the feed is not."""
    return "".join(text.replace("\u2019", "'").split())


text = plain("".join(page.text))
problems += [f"/actualites/s-abonner/ does not show the latest entry {t!r}" for t in titles if plain(t) not in text]
if address and plain(address) not in text:
    problems.append(f"/actualites/s-abonner/ does not show the Atom feed's address {address!r}")
if page.buttons and page.hidden_buttons:
    problems.append(f"{page.hidden_buttons} « Copier » button(s) still hidden: the page's script did not run")
print(f"/actualites/s-abonner/: {len(titles)} latest entr{'y' if len(titles) == 1 else 'ies'} looked for, "
      f"{page.buttons} copy button(s)")
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
