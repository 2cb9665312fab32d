#!/usr/bin/env python3
"""ftap serve in front of headless Debian Chromium: a sheet's title is changed 20 times while its
page is open, and each time the page shows the new title by itself (the page's script hears of
the new build and reloads). Prints the time from each save to the new text on screen, their
median and maximum, as an author would wait for them.

Usage: preview_reload_check.py FTAP CONTENT_FOLDER TEMPLATES [--saves 20]
Exit 1 when a save is not shown within 10 s. Speed is reported, never asserted."""
import argparse, re, shutil, socket, statistics, subprocess, sys, tempfile, time
from pathlib import Path
import chromium


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("ftap")
    ap.add_argument("content")
    ap.add_argument("templates")
    ap.add_argument("--saves", type=int, default=20)
    a = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ftap-preview-reload-"))
    server = driver = None
    try:
        content = work / "content"
        shutil.copytree(a.content, content)
        sheet = sorted((content / "projets").glob("*.md"))[0]
        original = sheet.read_text(encoding="utf-8")
        if not re.search(r'^titre: "', original, re.M):
            sys.exit(f"preview-reload: {sheet.name} has no double-quoted « titre: » line to change")
        port = free_port()
        server = subprocess.Popen([a.ftap, "serve", "--content", str(content), "--templates", a.templates,
                                   "--output", str(work / "public"), "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # The text counts as shown once it is in the page, as a reader sees it, not once every
        # stylesheet, script and font has loaded after it.
        driver = chromium.start(page_load_strategy="none")
        url = f"http://127.0.0.1:{port}/projets/{sheet.stem}/"
        for _ in range(300):
            try:
                driver.get(url)
                if "/__ftap/generation" in driver.page_source:
                    break
            except Exception:
                pass
            time.sleep(0.1)
        else:
            sys.exit("preview-reload: the preview never served the page")
        delays, missed = [], 0
        for index in range(a.saves):
            marker = f"Essai de relecture {index}"
            text = re.sub(r'^titre: "', f'titre: "{marker} — ', original, count=1, flags=re.M)
            saved = time.monotonic()
            sheet.write_text(text, encoding="utf-8")
            shown = None
            while time.monotonic() - saved < 10:
                try:
                    if marker in driver.execute_script("return document.body ? document.body.innerText : ''"):
                        shown = time.monotonic() - saved
                        break
                except Exception:
                    pass  # the page is reloading
                time.sleep(0.01)
            if shown is None:
                missed += 1
                print(f"  save {index}: not shown after 10 s")
            else:
                delays.append(shown)
                print(f"  save {index}: shown after {shown:.3f} s")
        if delays:
            print(f"preview-reload: from save to screen, median {statistics.median(delays):.3f} s, "
                  f"maximum {max(delays):.3f} s ({len(delays)} saves)")
        if missed:
            print(f"preview-reload: FAILED: {missed} of {a.saves} saves never shown")
            sys.exit(1)
        print(f"preview-reload: ok ({a.saves} saves, each shown by itself)")
    finally:
        if driver:
            driver.quit()
        if server:
            server.terminate()
            server.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
