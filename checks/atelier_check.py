#!/usr/bin/env python3
"""ftap atelier in front of headless Debian Chromium, on a copy of the example content whose sheet
« cloud-etat » gets a payment above its grant:
- axe-core (WCAG 2.1 A/AA and best practices), light and dark theme, on the list of the content,
  the creation screen, that sheet's form with its error, a deletion page, a renaming page and the page of changes (the copy
  is a git repository); neither scrolls sideways at 375 or 1,280 pixels;
- the form shows the error beside the payments and in the summary at the top;
- choosing « Brouillon » in the list's state filter shows the drafts only;
- content files opened in their forms and saved without change are the same bytes (the first of
  each kind and every file whose header a form could rewrite: all 68 in Swift, `FormTests`);
- as an author would, on that sheet: a payment of « 40 000 000 » typed, its error shown beside the
  payments and in the summary as it is typed (nothing written), then « 5 000 000 », the error gone,
  and the form sent with its « Enregistrer » button; then a PDF chosen with the document's file
  input; each time the file is exactly the expected text and the PDF is in media/documents/;
- a new project sheet created from its title, filled through its form (lists, a milestone, a
  payment above the grant whose error shows beside the payments, fixed, a source, the draft switch,
  the text) and saved: the file is exactly the expected text;
- a news item edited: the new sheet ticked among its projects, a sentence added to its text; the
  file is exactly the expected text;
- `ftap check` accepts the content written in the browser.

Usage: atelier_check.py FTAP CONTENT_FOLDER TEMPLATES
Exit 1 on any failure."""
import datetime, os, re, shutil, socket, subprocess, sys, tempfile, time
from pathlib import Path
from axe_selenium_python import Axe
from selenium.webdriver.common.by import By
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.support.ui import Select
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
        try:
            if driver.execute_script(script):
                return True
        except WebDriverException:
            pass  # a page being replaced answers nothing yet
        time.sleep(0.1)
    return False


def click_to_next_page(driver, element):
    """Clicks a button that sends a form, and waits for the page that answers it."""
    driver.execute_script("window.atelierPreviousPage = true")
    element.click()
    return wait_for(driver, "return !window.atelierPreviousPage && document.readyState === 'complete'", 10)


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


def type_into(driver, element_id, text):
    element = driver.find_element(By.ID, element_id)
    element.clear()
    element.send_keys(text)


def set_date(driver, element_id, iso):
    """A date field, set as its picker would (typing into it depends on the browser's language)."""
    driver.execute_script("const e = document.getElementById(arguments[0]); e.value = arguments[1];"
                          "e.dispatchEvent(new Event('input', {bubbles: true})); e.dispatchEvent(new Event('change', {bubbles: true}));",
                          element_id, iso)


def tick(driver, label_text):
    """Ticks the box whose label holds `label_text`, by clicking its label as an author would."""
    for label in driver.find_elements(By.CSS_SELECTOR, ".fr-checkbox-group label, .fr-toggle label"):
        if label_text in label.text:
            label.click()
            return
    fail(f"no box labelled « {label_text} »")


def submit(driver, path, expected, what):
    """Sends the form with its button and waits for the file to read `expected`; says the difference."""
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    for _ in range(50):
        if path.exists() and path.read_text(encoding="utf-8") == expected:
            print(f"{what}: the file is exactly the expected text")
            return True
        time.sleep(0.1)
    written = path.read_text(encoding="utf-8") if path.exists() else "(no file)"
    expected_lines, written_lines = expected.split("\n"), written.split("\n")
    first = next((i for i, (a, b) in enumerate(zip(expected_lines, written_lines)) if a != b), min(len(expected_lines), len(written_lines)))
    fail(f"{what}: the file differs from the expected text at line {first + 1}: expected {expected_lines[first:first + 3]}, written {written_lines[first:first + 3]}")
    return False


def files_to_save(content):
    """The files the browser saves unchanged: the first of each kind, and every file whose header
    a form could rewrite differently (a comment, a `|` block, single quotes, a value written on
    the key's line of a list). Every file goes through the form in Swift (`FormTests`); the
    browser adds its own encoding (multipart, CRLF in text areas), which these cover, at a second
    each."""
    chosen = []
    for folder in sorted(d.name for d in content.iterdir() if d.is_dir() and d.name != "media"):
        paths = sorted((content / folder).glob("*.md"))
        for index, path in enumerate(paths):
            header = path.read_text(encoding="utf-8").split("\n---", 1)[0]
            if index == 0 or re.search(r"(^|\s)#|: [|>]-?$|: '|: \[", header, re.M):
                chosen.append((folder, path))
    return chosen


def save_every_file_unchanged(driver, base, content):
    """Content files opened in their forms and saved with « Enregistrer », nothing changed: the
    same bytes."""
    count = 0
    for folder, path in files_to_save(content):
        if True:
            before = path.read_bytes()
            driver.get(f"{base}/modifier/{folder}/{path.stem}")
            if not click_to_next_page(driver, driver.find_element(By.CSS_SELECTOR, "form button[type=submit]")):
                fail(f"{folder}/{path.name}: saving shows no page")
            if path.read_bytes() != before:
                fail(f"{folder}/{path.name} opened and saved without change is not the same bytes")
            count += 1
    print(f"{count} content files (the first of each kind, and those a form could rewrite) opened in their forms and saved without change: the same bytes")


def edit_sheet(driver, base, content, work):
    """The payment typed above the grant, then fixed and saved; then a document sent."""
    sheet = content / "projets" / "cloud-etat.md"
    form = f"{base}/modifier/projets/cloud-etat"
    driver.get(form)
    page = driver.page_source
    if 'fr-fieldset--error" id="champ-versements"' not in page or "1 problème à corriger" not in page:
        fail("the form does not show the payment's error beside the payments and in the summary")
    before = sheet.read_text(encoding="utf-8")
    type_into(driver, "champ-versements-0-montant", "40 000 000")
    if not wait_for(driver, "return document.getElementById('resume-erreurs').textContent.indexOf('(40') >= 0"):
        fail("typing a payment of 40 000 000 € does not show its error in the summary")
    if "fr-fieldset--error" not in (driver.find_element(By.ID, "champ-versements").get_attribute("class") or ""):
        fail("typing a payment above the grant does not mark the payments' fieldset")
    if sheet.read_text(encoding="utf-8") != before:
        fail("typing in the form wrote the file")
    type_into(driver, "champ-versements-0-montant", "5 000 000")
    if not wait_for(driver, "return document.getElementById('resume-erreurs').textContent === ''"):
        fail("fixing the payment as typed does not clear the summary")
    else:
        print("typed 40 000 000: the error shown beside the payments and in the summary; typed 5 000 000: cleared; file untouched")
    fixed = before.replace("    montant: 30000000\n", "    montant: 5000000\n")
    submit(driver, sheet, fixed, "the sheet with its payment fixed")
    driver.get(form)
    if "problème à corriger" in driver.page_source:
        fail("the form still shows an error after the fix")
    # A document chosen on the author's computer, sent with the form.
    document = work / "Règlement de l'appel 2025.pdf"
    document.write_bytes(b"%PDF-1.4\n%%EOF\n")
    driver.find_element(By.ID, "champ-documents-0-titre").send_keys("Règlement de l'appel 2025")
    driver.find_element(By.ID, "champ-documents-0-fichier-televersement").send_keys(str(document))
    with_document = fixed.replace("\nbrouillon:", "\ndocuments:\n  - titre: \"Règlement de l'appel 2025\"\n    fichier: /media/documents/reglement-de-l-appel-2025.pdf\nbrouillon:") \
        if "\nbrouillon:" in fixed else fixed.replace("\n---\n", "\ndocuments:\n  - titre: \"Règlement de l'appel 2025\"\n    fichier: /media/documents/reglement-de-l-appel-2025.pdf\n---\n", 1)
    submit(driver, sheet, with_document, "the sheet with a document sent")
    uploaded = content / "media" / "documents" / "reglement-de-l-appel-2025.pdf"
    if not uploaded.exists() or uploaded.read_bytes() != document.read_bytes():
        fail("the document chosen in the browser is not in media/documents/ as reglement-de-l-appel-2025.pdf")


NEW_SHEET = """---
titre: "Fiche d'exercice de l'atelier"
resume: "Fiche écrite par le test de l'atelier : ses chiffres ne sont pas réels."
programme: france-experimentation
appel: 2024
porteur:
  nom: "Direction de l'exercice"
  type: administration-centrale
montant: 1200000
leviers:
  - systemes-information
statut: en-cours
jalons:
  - date: 2025-06-30
    libelle: "Première version"
    etat: atteint
versements:
  - date: 2025-02-03
    montant: 600000
objectifs: []
sources:
  - titre: "Exercice de l'atelier (pas une vraie source)"
    url: "https://www.modernisation.gouv.fr/"
mise_a_jour: {today}
identifiant: "fiche-d-exercice-de-l-atelier"
brouillon: false
---
Un paragraphe écrit dans l'atelier.

- un point ;
- un autre.
"""


def create_sheet(driver, base, content, today):
    """A project sheet created from its title and filled through its form, as an author would."""
    driver.get(f"{base}/nouveau/projets")
    driver.find_element(By.ID, "champ-titre").send_keys("Fiche d'exercice de l'atelier")
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    if not wait_for(driver, "return location.pathname === '/modifier/projets/fiche-d-exercice-de-l-atelier'"):
        fail(f"creating a sheet from its title does not open its form: {driver.current_url}")
        return
    type_into(driver, "champ-resume", "Fiche écrite par le test de l'atelier : ses chiffres ne sont pas réels.")
    Select(driver.find_element(By.ID, "champ-programme")).select_by_value("france-experimentation")
    type_into(driver, "champ-appel", "2024")
    type_into(driver, "champ-porteur-nom", "Direction de l'exercice")
    Select(driver.find_element(By.ID, "champ-porteur-type")).select_by_value("administration-centrale")
    type_into(driver, "champ-montant", "1 200 000")
    if not wait_for(driver, "return document.getElementById('champ-montant-lu').textContent === 'Lu : 1\\u202f200\\u202f000\\u00a0€'"):
        fail("the amount typed is not read back as « 1 200 000 € » beside its field")
    tick(driver, "(systemes-information)")
    Select(driver.find_element(By.ID, "champ-statut")).select_by_value("en-cours")
    set_date(driver, "champ-jalons-0-date", "2025-06-30")
    type_into(driver, "champ-jalons-0-libelle", "Première version")
    Select(driver.find_element(By.ID, "champ-jalons-0-etat")).select_by_value("atteint")
    set_date(driver, "champ-versements-0-date", "2025-02-03")
    type_into(driver, "champ-versements-0-montant", "2 000 000")
    if not wait_for(driver, "return document.getElementById('champ-versements').className.indexOf('fr-fieldset--error') >= 0"
                            " && document.getElementById('resume-erreurs').textContent.indexOf('dépasse le montant accordé') >= 0"):
        fail("a payment above the new sheet's grant shows no error beside the payments")
    type_into(driver, "champ-versements-0-montant", "600 000")
    if not wait_for(driver, "return document.getElementById('resume-erreurs').textContent === ''"):
        fail(f"the new sheet still shows errors: {driver.find_element(By.ID, 'resume-erreurs').text}")
    type_into(driver, "champ-sources-0-titre", "Exercice de l'atelier (pas une vraie source)")
    type_into(driver, "champ-sources-0-url", "https://www.modernisation.gouv.fr/")
    tick(driver, "mais pas publiée")
    type_into(driver, "champ-texte", "Un paragraphe écrit dans l'atelier.\n\n- un point ;\n- un autre.")
    submit(driver, content / "projets" / "fiche-d-exercice-de-l-atelier.md", NEW_SHEET.format(today=today), "a sheet created and filled in the browser")


def edit_news(driver, base, content):
    """A news item: the new sheet ticked among its projects, a sentence added to its text."""
    news = content / "actualites" / "ftap-2021-12-laureats.md"
    before = news.read_text(encoding="utf-8")
    if "\nprojets:\n  - inrap-big-data-ia\n---\n" not in before:
        sys.exit("atelier: content/actualites/ftap-2021-12-laureats.md no longer lists « inrap-big-data-ia » alone")
    driver.get(f"{base}/modifier/actualites/ftap-2021-12-laureats")
    tick(driver, "Fiche d'exercice de l'atelier (fiche-d-exercice-de-l-atelier)")
    driver.find_element(By.ID, "champ-texte").send_keys("\nPhrase ajoutée dans l'atelier.\n")
    if not wait_for(driver, "return document.getElementById('apercu-texte').textContent.indexOf('Phrase ajoutée dans l\u2019atelier.') >= 0"):
        fail("the preview of the text does not follow what is typed")
    expected = before.replace("\n  - inrap-big-data-ia\n---\n", "\n  - inrap-big-data-ia\n  - fiche-d-exercice-de-l-atelier\n---\n") + "\nPhrase ajoutée dans l'atelier.\n"
    submit(driver, news, expected, "a news item given a project and a sentence")


def main():
    ftap, content_folder, templates = sys.argv[1:4]
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH") or time.time())
    today = datetime.datetime.fromtimestamp(epoch, datetime.timezone.utc).date().isoformat()
    environment = dict(os.environ, SOURCE_DATE_EPOCH=str(epoch))
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
        # The copy in a git repository of its own, as authors' content is, for the page of changes.
        git = ["git", "-C", str(work), "-c", "user.name=Atelier", "-c", "user.email=atelier@example.org", "-c", "commit.gpgsign=false"]
        subprocess.run(["git", "init", "-q", str(work)], check=True)
        subprocess.run(git + ["add", "content"], check=True)
        subprocess.run(git + ["commit", "-q", "-m", "Contenu d'exemple"], check=True)
        port = free_port()
        server = subprocess.Popen([ftap, "atelier", "--content", str(content), "--templates", templates, "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=environment)
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        driver = chromium.start("--hide-scrollbars")
        check_page(driver, f"{base}/", "the list")
        driver.get(f"{base}/")
        Select(driver.find_element(By.ID, "etat")).select_by_value("brouillon")
        if not wait_for(driver, "return location.search.indexOf('etat=brouillon') >= 0 && document.readyState === 'complete'"):
            fail("choosing a state in the list does not filter it")
        badges = {b.text.strip().lower() for b in driver.find_elements(By.CSS_SELECTOR, ".fr-badge")}
        if badges != {"brouillon"}:
            fail(f"the list filtered on drafts shows {badges}")
        check_page(driver, f"{base}/nouveau/projets", "the creation screen")
        check_page(driver, f"{base}/modifier/projets/cloud-etat", "a sheet's form with an error")
        check_page(driver, f"{base}/supprimer/projets/inrap-big-data-ia", "the deletion page of a sheet a news item refers to")
        check_page(driver, f"{base}/renommer/projets/cloud-etat", "the renaming page of a sheet two news items refer to")
        save_every_file_unchanged(driver, base, content)
        edit_sheet(driver, base, content, work)
        create_sheet(driver, base, content, today)
        edit_news(driver, base, content)
        checked = subprocess.run([ftap, "check", "--content", str(content), "--templates", templates], capture_output=True, text=True, env=environment)
        if checked.returncode != 0:
            fail(f"ftap check refuses the content written in the browser: {checked.stderr[-400:]}")
        else:
            print("ftap check accepts the content written in the browser")
        check_page(driver, f"{base}/changements", "the page of changes")
        changes = driver.page_source
        for name in ("projets/cloud-etat.md", "projets/fiche-d-exercice-de-l-atelier.md", "actualites/ftap-2021-12-laureats.md"):
            if name not in changes:
                fail(f"the page of changes does not name {name}")
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
    print("atelier: ok (axe 0 on the list, the creation screen, a form with an error, a deletion page, a renaming page and the page of changes, light and dark; no sideways scrolling "
          "at 375 and 1,280 px; files saved unchanged are the same bytes; a sheet edited, a sheet created and a news item edited in the browser are exactly the expected "
          "files, a document sent is in media/, and ftap check accepts them)")


if __name__ == "__main__":
    main()
