#!/usr/bin/env python3
"""Feed checks that the schemas cannot express. Usage: check_feeds.py ATOM RSS

- feedparser reads both feeds without error (bozo = not well-formed);
- Atom: the two Schematron rules of RFC 4287 Appendix B (author, alternate link or content);
- RSS 2.0: channel title/link/description; each item a guid and an RFC 822 pubDate."""
import re, sys, xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime
import feedparser

A = "{http://www.w3.org/2005/Atom}"
RFC822 = re.compile(r"((Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                    r" \d{4} \d\d:\d\d(:\d\d)? ([+-]\d{4}|UT|GMT|[ECMP][SD]T)")
problems = []


def parse(path):
    d = feedparser.parse(path)
    print(f"{path}: feedparser {d.version or 'unknown format'}, {len(d.entries)} entries"
          + (f", BOZO {d.bozo_exception!r}" if d.bozo else ""))
    if d.bozo:
        problems.append(f"{path}: not a well-formed feed ({d.bozo_exception})")
    return ET.parse(path).getroot() if not d.bozo else None


def check_atom(feed):
    entries = feed.findall(A + "entry")
    if feed.find(A + "author") is None and any(e.find(A + "author") is None for e in entries):
        problems.append("atom: an atom:feed must have an atom:author unless all its entries have one")
    for e in entries:
        links = [l.get("rel", "alternate") for l in e.findall(A + "link")]
        if "alternate" not in links and e.find(A + "content") is None:
            problems.append(f"atom: entry {e.findtext(A + 'id')}: needs a rel=alternate link or a content")


def rfc822(value):
    if not RFC822.fullmatch(value or ""):
        return "not an RFC 822 date"
    try:
        d = parsedate_to_datetime(value)
    except (TypeError, ValueError) as e:
        return f"invalid date ({e})"
    if "," in value and value[:3] != d.strftime("%a"):
        return f"wrong day of the week, {d:%Y-%m-%d} is a {d:%A}"
    return None


def check_rss(rss):
    channel = rss.find("channel")
    if rss.tag != "rss" or rss.get("version") != "2.0" or channel is None:
        problems.append("rss: root must be <rss version=\"2.0\"> with a <channel>")
        return
    for tag in ("title", "link", "description"):
        if not (channel.findtext(tag) or "").strip():
            problems.append(f"rss: channel has no <{tag}>")
    for i, item in enumerate(channel.findall("item"), 1):
        where = f"rss: item {i} ({item.findtext('title')!r})"
        if not (item.findtext("guid") or "").strip():
            problems.append(f"{where}: no <guid>")
        error = rfc822((item.findtext("pubDate") or "").strip())
        if error:
            problems.append(f"{where}: pubDate {item.findtext('pubDate')!r}: {error}")


atom, rss = parse(sys.argv[1]), parse(sys.argv[2])
if atom is not None:
    check_atom(atom)
if rss is not None:
    check_rss(rss)
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
