#!/usr/bin/env python3
"""The screenshots of the guide's chapter « Proposer une modification », taken from a real build:
  .venv/bin/python scripts/captures-guide.py [FTAP]      (FTAP: .build/debug/ftap by default)

A copy of the example content with one amount changed for the exercise (« Création d'un cloud
d'État » : 24,3 M€ → 25 M€, a figure that is not real, said so in the guide) is compared with the
example content by `ftap diff`, as the merge request's job does (scripts/apercu.sh), and built for
the preview's address https://example.org/mr-1/. Writes, in docs/images/:
- apercu-demande.png: the changed sheet in the preview, as GitLab Pages serves it under /mr-1/;
- resume-demande.png: the report of `ftap diff`, its Markdown shown as a forge shows a comment
  (Python-Markdown, installed into .venv when missing).
Chromium and the checkers' environment come from `make checkers-setup`."""
import html, os, shutil, subprocess, sys, tempfile, time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "checks"))
import chromium  # noqa: E402

IMAGES = ROOT / "docs" / "images"
SHEET = "content/projets/cloud-etat.md"
COMMENT_STYLE = """
body { margin: 0; background: #f6f8fa; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; }
.comment { margin: 16px; background: #fff; border: 1px solid #d1d9e0; border-radius: 6px; }
.comment header { padding: 8px 16px; background: #f6f8fa; border-bottom: 1px solid #d1d9e0; border-radius: 6px 6px 0 0; color: #59636e; }
.comment header b { color: #1f2328; }
.comment main { padding: 0 16px 8px; }
h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; }
h3 { font-size: 1.25em; }
code { background: #eff1f3; padding: .2em .4em; border-radius: 6px; font-size: 85%; }
"""


def markdown_module():
    try:
        import markdown
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check", "markdown==3.7"], check=True)
        import markdown
    return markdown


def atelier(ftap, environment):
    """The atelier on a copy of the example content whose sheet « cloud-etat » has, for the
    exercise, a payment above its grant: the list, the sheet's form with the error, and its text
    with the preview under it."""
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        shutil.copytree(ROOT / "content", work / "content")
        sheet = work / SHEET
        sheet.write_text(sheet.read_text(encoding="utf-8").replace(
            "\nmontant: 24300000\n", "\nmontant: 24300000\nversements:\n  - date: 2019-01-15\n    montant: 30000000\n"), encoding="utf-8")
        server = subprocess.Popen([ftap, "atelier", "--content", str(work / "content"), "--templates", str(ROOT / "templates"), "--port", "8787"],
                                  env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            time.sleep(1.5)
            driver = chromium.start("--hide-scrollbars", "--window-size=1280,900")
            try:
                driver.get("http://127.0.0.1:8787/")
                time.sleep(0.3)
                driver.save_screenshot(str(IMAGES / "atelier-liste.png"))
                driver.get("http://127.0.0.1:8787/modifier/projets/cloud-etat")
                time.sleep(0.3)
                driver.save_screenshot(str(IMAGES / "atelier-formulaire.png"))
                driver.execute_script("document.getElementById('champ-texte').scrollIntoView()")
                time.sleep(0.3)
                driver.save_screenshot(str(IMAGES / "atelier-texte.png"))
            finally:
                driver.quit()
        finally:
            server.terminate()


def main():
    ftap = str(Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / ".build/debug/ftap").resolve())
    environment = dict(os.environ, SOURCE_DATE_EPOCH=os.environ.get("SOURCE_DATE_EPOCH", str(int(time.time()))))
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        shutil.copytree(ROOT / "content", work / "avant")
        shutil.copytree(ROOT / "content", work / "content")
        sheet = work / SHEET
        text = sheet.read_text(encoding="utf-8")
        if "\nmontant: 24300000\n" not in text:
            sys.exit(f"captures-guide: {SHEET} no longer reads « montant: 24300000 »: choose the exercise again")
        sheet.write_text(text.replace("\nmontant: 24300000\n", "\nmontant: 25000000\n"), encoding="utf-8")
        report = subprocess.run([ftap, "diff", str(work / "avant"), str(work / "content"), "--templates", str(ROOT / "templates")],
                                check=True, capture_output=True, text=True, env=environment).stdout
        settings = work / "content/site.yml"
        settings.write_text("\n".join('url: "https://example.org/mr-1/"' if line.startswith("url:") else line
                                      for line in settings.read_text(encoding="utf-8").splitlines()) + "\n", encoding="utf-8")
        subprocess.run([ftap, "build", "--content", str(work / "content"), "--templates", str(ROOT / "templates"),
                        "--output", str(work / "root/mr-1")], check=True, capture_output=True, env=environment)
        body = markdown_module().markdown(report)
        (work / "resume.html").write_text(
            f'<!doctype html><html lang="fr"><meta charset="utf-8"><title>Résumé</title><style>{COMMENT_STYLE}</style>'
            f'<div class="comment"><header><b>github-actions</b> a commenté</header><main>{body}</main></div></html>',
            encoding="utf-8")
        portfile = work / "port"
        server = subprocess.Popen([sys.executable, str(ROOT / "checks/serve.py"), str(work / "root"), str(portfile)])
        try:
            for _ in range(100):
                if portfile.exists() and portfile.read_text():
                    break
                time.sleep(0.05)
            base = f"http://127.0.0.1:{portfile.read_text().strip()}"
            driver = chromium.start("--hide-scrollbars", "--window-size=1280,900")
            try:
                IMAGES.mkdir(parents=True, exist_ok=True)
                driver.get(f"{base}/mr-1/projets/cloud-etat/")
                time.sleep(0.5)
                driver.save_screenshot(str(IMAGES / "apercu-demande.png"))
                driver.get((work / "resume.html").as_uri())
                metrics = {"width": 900, "height": 900, "deviceScaleFactor": 1, "mobile": False}
                driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
                metrics["height"] = driver.execute_script("return Math.ceil(document.querySelector('.comment').getBoundingClientRect().bottom) + 16")
                driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
                driver.save_screenshot(str(IMAGES / "resume-demande.png"))
            finally:
                driver.quit()
        finally:
            server.terminate()
    atelier(ftap, environment)
    print("captures-guide: docs/images/apercu-demande.png, docs/images/resume-demande.png, docs/images/atelier-liste.png, docs/images/atelier-formulaire.png, docs/images/atelier-texte.png")
    print(html.unescape(report))


if __name__ == "__main__":
    main()
