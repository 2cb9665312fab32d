#!/usr/bin/env python3
"""Photos and platform videos as a reader gets them, in headless Debian Chromium (Selenium, as
axe_check.py), on every page of the site that shows a photo of media/ (<picture>) or a video:

- reflow (WCAG 1.4.10): at 375 and at 1,280 CSS pixels wide, the page never scrolls sideways
  (its scrolling element is no wider than the window);
- consent before a platform's player (.ftap-video__frame): while the page loads, and until the
  reader clicks « Charger la vidéo », no request goes to the player's server (read from the
  DevTools network log) and no <iframe> is in the page; after the click, the player's <iframe>
  is there, its address the one the page announced, and the browser asked that server for it.

Usage: photos_videos_check.py SITE_DIR BASE_URL [--require-video]   (SITE_DIR served at BASE_URL)
--require-video: a site without any platform video fails (the generated site must hold one).
Exit 1 on any failure."""
import json, sys, time
from pathlib import Path
from urllib.parse import urlsplit
from selenium.webdriver.common.by import By
import chromium

WIDTHS = (375, 1280)
MAX_PAGES = 40
failures = []


def fail(message):
    failures.append(message)
    print(f"  FAILED: {message}")


def pages_with_media(site: Path):
    found = []
    for path in sorted(site.rglob("*.html")):
        text = path.read_text(encoding="utf-8", errors="replace")
        main = text[text.find("<main"):text.find("</main>")] if "<main" in text else ""
        if "<picture" in main or "ftap-video" in main:
            found.append((path.stat().st_size, str(path.relative_to(site)), "ftap-video__frame" in main))
    # Every page with a video; then the largest pages with photos.
    videos = [p for _, p, v in found if v]
    photos = [p for _, p, v in sorted(found, reverse=True) if p not in videos]
    return videos, photos[:max(0, MAX_PAGES - len(videos))]


def url_of(base, page):
    return base + "/" + page.removesuffix("index.html")


def wait_for_scripts(driver):
    for _ in range(60):
        if driver.execute_script("return document.readyState") == "complete":
            break
        time.sleep(0.05)


def check_reflow(driver, base, page):
    for width in WIDTHS:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})
        driver.get(url_of(base, page))
        wait_for_scripts(driver)
        scroll, client = driver.execute_script(
            "var e = document.scrollingElement; return [e.scrollWidth, e.clientWidth];")
        if scroll > client:
            widest = driver.execute_script("""var w = null, r = 0;
document.querySelectorAll('main *').forEach(function (e) { var b = e.getBoundingClientRect().right; if (b > r) { r = b; w = e; } });
return w ? w.tagName.toLowerCase() + (w.className ? '.' + String(w.className).split(' ').join('.') : '') + ' ' + Math.round(r) + ' px' : '';""")
            fail(f"/{page} at {width} px: the page scrolls sideways ({scroll} px of content for {client} px; widest: {widest})")
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def requests_so_far(driver):
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def check_consent(driver, base, page):
    driver.get(url_of(base, page))
    wait_for_scripts(driver)
    time.sleep(0.3)
    frames = driver.find_elements(By.CSS_SELECTOR, ".ftap-video__frame")
    before = requests_so_far(driver)
    for index, frame in enumerate(frames):
        player = frame.get_attribute("data-player") or ""
        host = urlsplit(player).hostname
        if not host:
            fail(f"/{page}: video {index + 1} names no player (data-player)")
            continue
        early = [u for u in before if urlsplit(u).hostname == host]
        if early:
            fail(f"/{page}: {len(early)} request(s) to {host} before the reader asked for the video: {early[0]}")
    if driver.find_elements(By.CSS_SELECTOR, "main iframe"):
        fail(f"/{page}: an <iframe> is in the page before the reader asked for a video")
    if not frames:
        return 0
    # The first video, loaded as a reader would: the button, then its player.
    frame = frames[0]
    player = frame.get_attribute("data-player")
    host = urlsplit(player).hostname
    buttons = frame.find_elements(By.CSS_SELECTOR, ".ftap-video__load")
    if not buttons or not buttons[0].is_displayed() or "Charger la vidéo" not in buttons[0].text:
        fail(f"/{page}: no « Charger la vidéo » button shown for the first video")
        return len(frames)
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", buttons[0])
    buttons[0].click()
    src = None
    for _ in range(60):
        iframes = driver.find_elements(By.CSS_SELECTOR, "main iframe")
        if iframes:
            src = iframes[0].get_attribute("src")
            break
        time.sleep(0.05)
    if not src or not src.startswith(player):
        fail(f"/{page}: after the click, no player from {player} (found: {src})")
    time.sleep(0.3)
    if not any(urlsplit(u).hostname == host for u in requests_so_far(driver)):
        fail(f"/{page}: after the click, the browser did not ask {host} for the player")
    return len(frames)


def main():
    site, base = Path(sys.argv[1]), sys.argv[2].rstrip("/")
    require_video = "--require-video" in sys.argv[3:]
    videos, photos = pages_with_media(site)
    if require_video and not videos:
        fail("no page holds a platform video (.ftap-video__frame), and this site must")
    driver = chromium.start("--window-size=1280,900", performance_log=True)
    players = 0
    try:
        for page in videos + photos:
            check_reflow(driver, base, page)
        for page in videos:
            players += check_consent(driver, base, page)
    finally:
        driver.quit()
    print(f"{len(videos) + len(photos)} page(s) with photos or videos at {' and '.join(map(str, WIDTHS))} px; "
          f"{players} platform video(s) on {len(videos)} page(s)")
    if failures:
        print(f"photos-videos: FAILED: {len(failures)} problem(s): {failures[0]}" + (" …" if len(failures) > 1 else ""))
        sys.exit(1)
    print("photos-videos: ok (no sideways scrolling; no request to a video platform before « Charger la vidéo », its player after)")


if __name__ == "__main__":
    main()
