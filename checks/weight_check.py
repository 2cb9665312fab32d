#!/usr/bin/env python3
"""What a reader downloads: in headless Chromium (fresh profile, DevTools protocol), the home page's
first visit, then each page kind as a second page (the home's files in the cache; the photos of
media/ it shows counted apart, as content), on a server that
serves precompressed siblings as GitLab Pages does (serve.py --like-gitlab-pages); and what is
deployed: the site's size, media apart, every file under /dsfr/ and /assets/ that no page,
stylesheet or script can request, and the .gz and .br siblings (each text file of at least 512
bytes has both, and each decompresses to its file's bytes).

The home page's budget is split: the Marianne fonts (WOFF2 files, which their licence does not let
us cut down to the characters the site uses) against --home-fonts and --home-fonts-kb, everything
else against --home-kb (52 kB: 50 until every page loaded the 0.9 kB script that prints the
sources' addresses and the date); the total is printed. The site's size, --site-mb, grows with
the example content (2.5 MB: 2 until the content's 67th page, a transcript of 18 kB, left it at
2.00 MB, its stylesheets, scripts and search index unchanged).

Usage: weight_check.py SITE BASE_URL [--home-kb 52] [--home-fonts 3] [--home-fonts-kb 130]
       [--home-requests 12] [--second-kb 15] [--site-mb 2.5] [--report FILE]
       exit 1 past a goal. Sizes are bytes on the wire (headers included); the site's size is
       counted without the siblings (a reader gets one of the three forms of a file), and printed with them."""
import argparse, gzip, json, re, sys, time
import brotli
from pathlib import Path
import chromium

parser = argparse.ArgumentParser()
parser.add_argument("site", type=Path)
parser.add_argument("base")
parser.add_argument("--home-kb", type=float, default=52)
parser.add_argument("--home-fonts", type=int, default=3)
parser.add_argument("--home-fonts-kb", type=float, default=130)
parser.add_argument("--home-requests", type=int, default=12)
parser.add_argument("--second-kb", type=float, default=15)
parser.add_argument("--site-mb", type=float, default=2.5)
parser.add_argument("--report")
args = parser.parse_args()
site, base = args.site, args.base.rstrip("/")
KB = 1000

def first(pattern):
    """The address of the first page (in path order) whose folder matches pattern."""
    for page in sorted(site.glob(pattern)):
        return "/" + str(page.parent.relative_to(site)) + "/"
    return None

second_pages = [p for p in [
    first("projets/*/index.html"), "/projets/", "/chiffres-cles/", first("actualites/*/index.html"),
    "/actualites/", "/temoignages/", "/donnees/", "/ministeres/", first("ministeres/*/index.html"),
    first("appels/*/index.html"), first("beneficiaires/*/index.html"), "/recherche/", "/plan-du-site/",
    first("a-propos/index.html"), "/actualites/s-abonner/",
] if p and (site / p.strip("/") / "index.html").exists()]

lines, failures = [], []
def say(line):
    print(line)
    lines.append(line)


files = [p for p in site.rglob("*") if p.is_file()]
deployed = sum(p.stat().st_size for p in files if not p.relative_to(site).parts[0] == "media")
plain = sum(p.stat().st_size for p in files
            if p.relative_to(site).parts[0] != "media" and p.suffix not in (".gz", ".br"))
say(f"deployed: {plain / 1e6:.2f} MB, media apart and without the .gz and .br siblings "
    f"({deployed / 1e6:.2f} MB with them, {len(files)} files)")
if plain > args.site_mb * 1e6:
    failures.append(f"deployed site {plain / 1e6:.2f} MB > {args.site_mb:g} MB")

# Every text file worth it has its two siblings, each the file's bytes once decompressed.
TEXT = (".html", ".css", ".js", ".json", ".xml", ".csv", ".svg", ".txt", ".xsl", ".webmanifest")
present = {p.relative_to(site).as_posix() for p in files}
wrong = []
for p in files:
    name = p.relative_to(site).as_posix()
    if name.endswith((".gz", ".br")):
        if name[:-3] not in present:
            wrong.append(f"{name} without {name[:-3]}")
        continue
    if not name.endswith(TEXT) or p.stat().st_size < 512:
        continue
    data = p.read_bytes()
    for suffix, decode in ((".gz", gzip.decompress), (".br", brotli.decompress)):
        sibling = p.with_name(p.name + suffix)
        if not sibling.exists():
            wrong.append(f"{name}{suffix} missing")
        elif decode(sibling.read_bytes()) != data:
            wrong.append(f"{name}{suffix} is not {name}")
if wrong:
    say(f"precompressed siblings: {len(wrong)} problem(s): {', '.join(sorted(wrong)[:8])}")
    failures.append(f"{len(wrong)} precompressed sibling(s) missing or wrong")

# Every file under /dsfr/ and /assets/ must be requested by something: a page, a stylesheet, a script.
referenced = set()
for p in files:
    if p.suffix in (".html", ".css", ".js", ".xml", ".json", ".webmanifest"):
        text = p.read_text(encoding="utf-8", errors="replace")
        for ref in re.findall(r"""(?:href|src)=["']([^"']+)|url\(["']?([^"')]+)|import[^"']*["']([^"']+)""", text):
            target = next(r for r in ref if r).split("?")[0].split("#")[0]
            if target.startswith(("http:", "https:", "data:", "mailto:")):
                continue
            resolved = (site / target.lstrip("/")) if target.startswith("/") else (p.parent / target)
            referenced.add(resolved.resolve())
unused = [str(p.relative_to(site)) for p in files
          if p.relative_to(site).parts[0] in ("dsfr", "assets") and p.suffix not in (".gz", ".br")
          and p.resolve() not in referenced]
if unused:
    say(f"deployed but never requested: {len(unused)} file(s): {', '.join(sorted(unused)[:12])}")
    failures.append(f"{len(unused)} file(s) under /dsfr/ or /assets/ that nothing requests")


# The browser measures only a site whose files are right.
if failures:
    say("weight: bytes on the wire not measured: the files above must be right first")
else:
    driver = chromium.start("--window-size=1280,900", performance_log=True)

    def visit(path):
        """Loads path and waits until the network is quiet; returns [(url, bytes on the wire, status)]."""
        driver.get_log("performance")
        driver.get(base + path)
        quiet_since, seen = time.monotonic(), 0
        while time.monotonic() - quiet_since < 0.3:
            time.sleep(0.1)
            count = driver.execute_script("return performance.getEntriesByType('resource').length")
            if count != seen:
                seen, quiet_since = count, time.monotonic()
        urls, sizes, statuses = {}, {}, {}
        for entry in driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            method, params = message["method"], message.get("params", {})
            if method == "Network.requestWillBeSent" and not params["request"]["url"].startswith("data:"):
                urls[params["requestId"]] = params["request"]["url"]
            elif method == "Network.responseReceived":
                response = params["response"]
                statuses[params["requestId"]] = "cache" if response.get("fromDiskCache") or response.get("fromMemoryCache") else response["status"]
            elif method == "Network.loadingFinished":
                sizes[params["requestId"]] = params["encodedDataLength"]
        return [(urls[r], sizes.get(r, 0), statuses.get(r, "?")) for r in urls
                if statuses.get(r) != "cache" and r in sizes]


    try:
        driver.execute_cdp_cmd("Network.enable", {})
        home = visit("/")
        total = sum(size for _, size, _ in home)
        fonts = [(url, size) for url, size, _ in home if url.split("?")[0].endswith(".woff2")]
        font_bytes = sum(size for _, size in fonts)
        say(f"home, first visit: {total / KB:.1f} kB in {len(home)} request(s): "
            f"{font_bytes / KB:.1f} kB of {len(fonts)} font(s), {(total - font_bytes) / KB:.1f} kB of the rest")
        for url, size, status in sorted(home, key=lambda r: -r[1]):
            say(f"  {size / KB:7.1f} kB  {status}  {url.removeprefix(base)}")
        if total - font_bytes > args.home_kb * KB:
            failures.append(f"home page first visit without its fonts {(total - font_bytes) / KB:.1f} kB > {args.home_kb:g} kB")
        if len(fonts) > args.home_fonts or font_bytes > args.home_fonts_kb * KB:
            failures.append(f"home page first visit loads {len(fonts)} font(s), {font_bytes / KB:.1f} kB "
                            f"(at most {args.home_fonts}, {args.home_fonts_kb:g} kB)")
        if len(home) > args.home_requests:
            failures.append(f"home page first visit {len(home)} requests > {args.home_requests}")
        for path in second_pages:
            driver.execute_cdp_cmd("Network.clearBrowserCache", {})
            visit("/")
            requested = [request for request in visit(path) if request[1] > 0]
            # The photos an author put in the page are its content, counted apart (as in the site's size).
            second = [request for request in requested if not request[0].removeprefix(base).startswith("/media/")]
            media = sum(size for url, size, _ in requested if url.removeprefix(base).startswith("/media/"))
            total = sum(size for _, size, _ in second)
            detail = ", ".join(f"{url.removeprefix(base)} {size / KB:.1f}" for url, size, _ in second)
            say(f"second page {path}: {total / KB:.1f} kB ({detail})" + (f", and {media / KB:.1f} kB of media" if media else ""))
            if total > args.second_kb * KB:
                failures.append(f"second page {path} {total / KB:.1f} kB > {args.second_kb:g} kB")
    finally:
        driver.quit()

if args.report:
    Path(args.report).write_text("\n".join(lines) + "\n", encoding="utf-8")
if failures:
    print("weight: FAILED: " + ", ".join(failures))
    sys.exit(1)
print("weight: ok")
