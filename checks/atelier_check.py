#!/usr/bin/env python3
"""ftap atelier in front of headless Debian Chromium, on a copy of the example content whose sheet
« cloud-etat » gets a payment above its grant:
- axe-core (WCAG 2.1 A/AA and best practices), light and dark theme, on the list of the content,
  the creation screen and that sheet's form with its error; neither scrolls sideways at 375 or 1,280 pixels;
- the form shows the error beside the payments and in the summary at the top;
- as an author would: a payment of « 40 000 000 » typed, its error shown beside the payments and in
  the summary as it is typed (nothing written), then « 5 000 000 », the error gone, and the form sent
  with its « Enregistrer » button; the file then holds « montant: 5000000 », the error is gone from the
  form; a PDF chosen with the document's file input is written into media/documents/ and named in the
  sheet; and `ftap check` accepts the content again.

Usage: atelier_check.py FTAP CONTENT_FOLDER TEMPLATES
Exit 1 on any failure."""
import re, shutil, socket, subprocess, sys, tempfile, time
from pathlib import Path
from axe_selenium_python import Axe
from selenium.webdriver.common.by import By
import chromium

NO_TRANSITIONS = """
  const s = document.createElement('style');
  s.textContent = '*, *::before, *::after { transition: none !important; animation: none !important; }';
  document.head.appendChild(s);"""
failures = []


def fail(message):
    failures.append(message)
    print(f"  FAILED: {message}")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(driver, script, seconds=5.0):
    end = time.time() + seconds
    while time.time() < end:
        if driver.execute_script(script):
            return True
        time.sleep(0.1)
    return False


def check_page(driver, url, what):
    for width in (1280, 375):
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False})
        driver.get(url)
        scroll, inner = driver.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
        if scroll > inner:
            fail(f"{what} at {width} px scrolls sideways: {scroll} px for {inner}")
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    driver.get(url)
    driver.execute_script(NO_TRANSITIONS)
    for theme in ("light", "dark"):
        driver.execute_script(f"document.documentElement.setAttribute('data-fr-theme', '{theme}')")
        axe = Axe(driver)
        axe.inject()
        result = axe.run(options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]}})
        violations = result["violations"]
        print(f"{theme:5} {what}: {len(violations)} violation(s), {len(result['passes'])} passes")
        for v in violations:
            fail(f"{what} ({theme}): [{v['impact']}] {v['id']}: {v['help']} -> {[n['target'] for n in v['nodes'][:3]]}")


def main():
    ftap, content_folder, templates = sys.argv[1:4]
    work = Path(tempfile.mkdtemp(prefix="ftap-atelier-"))
    server = driver = None
    try:
        content = work / "content"
        shutil.copytree(content_folder, content)
        sheet = content / "projets" / "cloud-etat.md"
        text = sheet.read_text(encoding="utf-8")
        if "\nmontant: 24300000\n" not in text:
            sys.exit("atelier: content/projets/cloud-etat.md no longer reads « montant: 24300000 »")
        sheet.write_text(text.replace("\nmontant: 24300000\n", "\nmontant: 24300000\nversements:\n  - date: 2019-01-15\n    montant: 30000000\n"), encoding="utf-8")
        port = free_port()
        server = subprocess.Popen([ftap, "atelier", "--content", str(content), "--templates", templates, "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        driver = chromium.start("--hide-scrollbars")
        check_page(driver, f"{base}/", "the list")
        check_page(driver, f"{base}/nouveau/projets", "the creation screen")
        form = f"{base}/modifier/projets/cloud-etat"
        check_page(driver, form, "a sheet's form with an error")
        driver.get(form)
        page = driver.page_source
        if 'fr-fieldset--error" id="champ-versements"' not in page or "1 problème à corriger" not in page:
            fail("the form does not show the payment's error beside the payments and in the summary")
        # As the author types, the error follows the value, and nothing is written.
        amount = driver.find_element(By.ID, "champ-versements-0-montant")
        before = sheet.read_text(encoding="utf-8")
        amount.clear()
        amount.send_keys("40 000 000")
        if not wait_for(driver, "return document.getElementById('resume-erreurs').textContent.indexOf('(40') >= 0"):
            fail("typing a payment of 40 000 000 € does not show its error in the summary")
        if "fr-fieldset--error" not in (driver.find_element(By.ID, "champ-versements").get_attribute("class") or ""):
            fail("typing a payment above the grant does not mark the payments' fieldset")
        if sheet.read_text(encoding="utf-8") != before:
            fail("typing in the form wrote the file")
        amount.clear()
        amount.send_keys("5 000 000")
        if not wait_for(driver, "return document.getElementById('resume-erreurs').textContent === ''"):
            fail("fixing the payment as typed does not clear the summary")
        else:
            print("typed 40 000 000: the error shown beside the payments and in the summary; typed 5 000 000: cleared; file untouched")
        driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
        for _ in range(50):
            if "montant: 5000000" in sheet.read_text(encoding="utf-8"):
                break
            time.sleep(0.1)
        saved = sheet.read_text(encoding="utf-8")
        if "\n  - date: 2019-01-15\n    montant: 5000000\n" not in saved:
            excerpt = re.findall(r"versements:.*?---", saved, re.S)[:1]
            fail(f"the file was not saved with the payment typed: {excerpt}")
        driver.get(form)
        if "problème à corriger" in driver.page_source:
            fail("the form still shows an error after the fix")
        # A document chosen on the author's computer, sent with the form.
        document = work / "Règlement de l'appel 2025.pdf"
        document.write_bytes(b"%PDF-1.4\n%%EOF\n")
        driver.get(form)
        driver.find_element(By.ID, "champ-documents-0-titre").send_keys("Règlement de l'appel 2025")
        driver.find_element(By.ID, "champ-documents-0-televersement").send_keys(str(document))
        driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
        uploaded = content / "media" / "documents" / "reglement-de-l-appel-2025.pdf"
        for _ in range(50):
            if uploaded.exists() and "fichier: /media/documents/reglement-de-l-appel-2025.pdf" in sheet.read_text(encoding="utf-8"):
                break
            time.sleep(0.1)
        if not uploaded.exists() or uploaded.read_bytes() != document.read_bytes():
            fail("the document chosen in the browser is not in media/documents/ as reglement-de-l-appel-2025.pdf")
        elif "fichier: /media/documents/reglement-de-l-appel-2025.pdf" not in sheet.read_text(encoding="utf-8"):
            fail("the sheet does not name the document sent")
        else:
            print("a document chosen in the browser was written to media/documents/reglement-de-l-appel-2025.pdf and named in the sheet")
        checked = subprocess.run([ftap, "check", "--content", str(content), "--templates", templates], capture_output=True, text=True)
        if checked.returncode != 0:
            fail(f"ftap check refuses the saved content: {checked.stderr[-400:]}")
        else:
            print("the payment typed in the browser was saved as « montant: 5000000 », and ftap check accepts the content")
    finally:
        if driver:
            driver.quit()
        if server:
            server.terminate()
            server.wait()
        shutil.rmtree(work, ignore_errors=True)
    if failures:
        print(f"atelier: FAILED: {len(failures)} problem(s): {failures[0]}")
        sys.exit(1)
    print("atelier: ok (axe 0 on the list, the creation screen and a form with an error, light and dark; no sideways scrolling at 375 and 1,280 px; a payment fixed and a document sent in the browser are saved and check)")


if __name__ == "__main__":
    main()
