#!/usr/bin/env python3
"""The project table of /projets/ and the width of every kind of page, in headless Debian Chromium
(Selenium, as axe_check.py).

1. /projets/ (a single-page list): switch to the table; sort by amount granted until the column
   says « descending » (aria-sort), and expect the largest amount in the first row, amounts never
   rising and unpublished amounts last; apply two filters (the first row's call year and type of
   carrier) and expect exactly the matching rows and cards, the count in the live region and a
   total row that adds up the rows shown; reload the address and expect the same rows in the same
   order, the same filters, sort and view; open a combination of filters that matches nothing and
   expect the message and its « Effacer les filtres » button, which brings every row back.
   A list cut into pages has no table and no filters: expect none, and its links to the per-year,
   per-type and per-ministry pages.
2. One page of every kind (the largest of its kind, the most likely to be wide), and the table
   view of /projets/, at 320, 375 and 1,280 CSS pixels: expect no horizontal scrolling
   (document.documentElement.scrollWidth <= window.innerWidth), and name the widest elements
   when there is. Then every table cell: its content (the box of everything in it) must be
   whole in what the reader sees, the window and every frame around it that clips or scrolls
   (the DSFR's .fr-table__container): a cell cut at the screen's edge or hidden past a frame's
   scroll (« 68,8 » without « M€ ») fails, at every width. And no table may scroll in its frame
   at 1,280 pixels (its cells do not wrap, or it has too many columns). On a phone the tables are
   shown as stacked rows: Chromium's accessibility tree must still hold the same tables, rows and
   cells as at 1,280 pixels, and no cell's name may include the label shown before its value.

Usage: table_check.py SITE_DIR BASE_URL   (SITE_DIR served at BASE_URL)
Exit 1 on any failure or on a missing kind of page.
TABLE_FOCUS (the self-test's cases, each proving one failure is found): "table" checks only the
/projets/ table's sort, filters and address; "widths:KIND,KIND" only the widths of those kinds."""
import os, re, sys, time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select
import chromium

WIDTHS = (320, 375, 1280)
# "*" stands for the largest sub-folder page of that folder (pagination excluded); "free page"
# for the largest page at the top level that is not a section of the site.
KINDS = [("home", "index.html"), ("project", "projets/*/index.html"), ("projects list", "projets/index.html"),
         ("call year", "appels/*/index.html"), ("beneficiary type", "beneficiaires/*/index.html"),
         ("ministry list", "ministeres/index.html"), ("ministry", "ministeres/*/index.html"),
         ("news list", "actualites/index.html"), ("news item", "actualites/*/index.html"),
         ("testimonials", "temoignages/index.html"), ("key figures", "chiffres-cles/index.html"),
         ("open data", "donnees/index.html"), ("feed subscription", "actualites/s-abonner/index.html"),
         ("search", "recherche/index.html"), ("site map", "plan-du-site/index.html"),
         ("free page", "FREE"), ("404", "404.html")]
SECTIONS = {"projets", "appels", "beneficiaires", "ministeres", "actualites", "temoignages", "chiffres-cles",
            "donnees", "recherche", "plan-du-site", "assets", "dsfr", "media", "pagefind"}
NARROW, NO_BREAK = "\u202f", "\u00a0"

failures = []
# What the first part checked, for the last line.
checked = ["sort, filters and address of the /projets/ table"]


def fail(message):
    failures.append(message)
    print(f"  FAILED: {message}")


def find_page(site: Path, pattern: str):
    if pattern == "FREE":
        pages = [p for p in site.glob("*/index.html") if p.parent.name not in SECTIONS]
    elif "*" in pattern:
        parent = pattern.split("/*/")[0]
        pages = [p / "index.html" for p in (site / parent).glob("*")
                 if (p / "index.html").is_file() and p.name not in ("page", "s-abonner")]
    else:
        return pattern if (site / pattern).is_file() else None
    if not pages:
        return None
    largest = max(sorted(pages), key=lambda p: p.stat().st_size)
    return str(largest.relative_to(site))


def url_of(base, page):
    path = "/" + page.removesuffix("index.html")
    return base + path


# The site's French figures (Rendering/FrenchFormat.swift), to read the total row.
def integer(n):
    return f"{n:,}".replace(",", NARROW)


def compact_euros(amount):
    for unit, suffix in ((10**9, "Md€"), (10**6, "M€")):
        if amount >= unit:
            hundredths = (amount * 100 + unit // 2) // unit
            fraction = f"{hundredths % 100:02d}".rstrip("0")
            return integer(hundredths // 100) + ("," + fraction if fraction else "") + NO_BREAK + suffix
    return integer(amount) + NO_BREAK + "€"


def readable(value):
    """A value for a message: the site's no-break spaces as plain spaces."""
    return str(value).replace(NARROW, " ").replace(NO_BREAK, " ")


def count(n, singular, plural):
    return f"{integer(n)} {plural if n >= 2 else singular}"


def wait_for_script(driver, seconds=3.0):
    """The table's script has run when the filter form is shown."""
    end = time.time() + seconds
    while time.time() < end:
        if driver.execute_script("var f = document.getElementById('filtres'); return !!f && !f.hidden"):
            return True
        time.sleep(0.05)
    return False


ROWS_JS = """return Array.from(document.querySelectorAll('#lignes-projets tr')).map(function (r) {
  return {href: r.querySelector('a').getAttribute('href'), hidden: r.hidden, annee: r.dataset.annee, type: r.dataset.type,
          ministere: r.dataset.ministere, levier: r.dataset.leviers, programme: r.dataset.programme, statut: r.dataset.statut,
          montant: r.dataset.montant, verse: r.dataset.verse, amountText: r.cells[6].textContent.trim()};
});"""
CARDS_JS = """return Array.from(document.querySelectorAll('#liste-projets > li')).filter(function (li) { return !li.hidden; })
  .map(function (li) { return li.querySelector('a').getAttribute('href'); });"""
STATE_JS = """var t = document.getElementById('tableau-projets'), l = document.getElementById('liste-projets');
return {table: !t.hidden && t.offsetParent !== null, cards: !l.hidden && l.offsetParent !== null,
        sorted: Array.from(document.querySelectorAll('#tableau-projets th[aria-sort]')).map(function (h) { return [h.dataset.tri, h.getAttribute('aria-sort')]; }),
        status: document.getElementById('filtres-resultat').textContent.trim(),
        empty: !document.getElementById('filtres-vide').hidden,
        paidColumn: !!document.getElementById('total-verse'),
        total: [document.getElementById('total-projets').textContent, document.getElementById('total-montant').textContent,
                (document.getElementById('total-verse') || {textContent: ''}).textContent,
                (document.getElementById('total-verse-note') || {textContent: ''}).textContent]};"""


def shown(rows):
    return [r["href"] for r in rows if not r["hidden"]]


def matches(row, filters):
    for name, value in filters.items():
        if name == "levier":
            if value not in row["levier"].split():
                return False
        elif row[name] != value:
            return False
    return True


def check_rows(driver, filters, what):
    """The rows and cards shown are exactly those the filters match; the count and total agree."""
    rows = driver.execute_script(ROWS_JS)
    state = driver.execute_script(STATE_JS)
    expected = [r["href"] for r in rows if matches(r, filters)]
    if shown(rows) != expected:
        fail(f"{what}: rows shown {len(shown(rows))}, rows matching {filters}: {len(expected)}")
    if sorted(driver.execute_script(CARDS_JS)) != sorted(expected):
        fail(f"{what}: the cards shown are not the rows shown")
    visible = [r for r in rows if not r["hidden"]]
    # An empty data-verse is a sheet that reports no payment: not zero, left out of the sum, which
    # then says how many sheets it comes from (« non renseigné » when none reports any).
    paid = [int(r["verse"]) for r in visible if r["verse"]]
    published = [int(r["montant"]) for r in visible if r["montant"]]
    # No « Versé » column at all when no sheet of the list reports a payment.
    reporting = any(r["verse"] for r in rows)
    if state["paidColumn"] != reporting:
        fail(f"{what}: a « Versé » column {'missing' if reporting else 'shown though no sheet reports a payment'}")
    total = [count(len(visible), "projet", "projets"),
             compact_euros(sum(published)) if published or not visible else "non publié",
             (compact_euros(sum(paid)) if paid else "non renseigné") if reporting else "",
             f"d\u2019après {count(len(paid), 'fiche', 'fiches')} sur {integer(len(visible))}" if paid and len(paid) < len(visible) else ""]
    if visible and state["total"] != total:
        fail(f"{what}: total row « {readable(' | '.join(state['total']))} », expected « {readable(' | '.join(total))} »")
    wanted = f"{count(len(visible), 'projet affiché', 'projets affichés')} sur {integer(len(rows))}"
    if visible and state["status"] != wanted:
        fail(f"{what}: the live region says « {readable(state['status'])} », expected « {readable(wanted)} »")
    return rows, state


def check_table(driver, site: Path, base: str):
    html = (site / "projets/index.html").read_text(encoding="utf-8")
    if "fr-pagination" in html:
        print("/projets/ is cut into pages: no table and no filters expected")
        checked[0] = "/projets/ cut into pages: no table, no filters, its links"
        if 'id="tableau-projets"' in html or 'id="filtres"' in html:
            fail("a paged /projets/ has the table or the filters (they would see one page only)")
        for kind, pattern in (("per-year", r'href="/appels/\d{4}/"'), ("per-type", r'href="/beneficiaires/[a-z-]+/"'),
                              ("per-ministry", r'href="/ministeres/[a-z0-9-]+/"')):
            if not re.search(pattern, html):
                fail(f"the paged /projets/ has no link to the {kind} pages")
        return
    for kind, pattern in (("per-year", r'href="/appels/\d{4}/"'), ("per-type", r'href="/beneficiaires/[a-z-]+/"')):
        if not re.search(pattern, html):
            fail(f"/projets/ has no link to the {kind} pages (the way without JavaScript)")
    if 'id="tableau-projets"' not in html:
        fail("/projets/ has no project table (#tableau-projets)")
        return

    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 1280, "height": 1000, "deviceScaleFactor": 1, "mobile": False})
    driver.get(f"{base}/projets/")
    if not wait_for_script(driver):
        fail("/projets/: the filters were never shown (filtres.js did not run)")
        return
    # A filter offers a choice, or is not shown (« Tous » and a single value filter nothing).
    for name, options, visible in driver.execute_script(
            "return Array.from(document.querySelectorAll('#filtres select')).map(function (s) {"
            " return [s.name, s.options.length - 1, s.offsetParent !== null]; });"):
        if visible != (options > 1):
            fail(f"/projets/: the filter {name} with {options} value(s) is {'shown' if visible else 'hidden'}")
    rows = driver.execute_script(ROWS_JS)
    state = driver.execute_script(STATE_JS)
    if not state["cards"] or state["table"]:
        fail(f"/projets/ without a view in the address should show the cards, not the table ({state})")
    if len(shown(rows)) != len(rows):
        fail(f"/projets/ without filters shows {len(shown(rows))} rows of {len(rows)}")

    # The table view, then the sort by amount granted, largest first.
    driver.find_element(By.CSS_SELECTOR, "label[for=vue-tableau]").click()
    state = driver.execute_script(STATE_JS)
    if not state["table"] or state["cards"]:
        fail(f"the « Tableau » switch did not show the table instead of the cards ({state})")
    button = driver.find_element(By.CSS_SELECTOR, "#tableau-projets th[data-tri=montant] button")
    for _ in range(3):
        if ["montant", "descending"] in driver.execute_script(STATE_JS)["sorted"]:
            break
        button.click()
    state = driver.execute_script(STATE_JS)
    if state["sorted"] != [["montant", "descending"]]:
        fail(f"the amount column is not sorted descending after its button (aria-sort: {state['sorted']})")
    rows = driver.execute_script(ROWS_JS)
    amounts = [int(r["montant"]) if r["montant"] else None for r in rows]
    published = [a for a in amounts if a is not None]
    if published and amounts[0] != max(published):
        fail(f"sorted by amount descending, the first row has « {readable(rows[0]['amountText'])} », not the largest amount ({readable(compact_euros(max(published)))})")
    else:
        print(f"sorted by amount, descending: first row {rows[0]['href']} ({readable(rows[0]['amountText'])})")
    if published != sorted(published, reverse=True) or amounts[:len(published)] != published:
        fail("sorted by amount descending, the amounts are not in order with the unpublished ones last")

    # Two filters: the first row's call year and type of carrier.
    first = rows[0]
    filters = {"annee": first["annee"], "type": first["type"]}
    for name, value in filters.items():
        Select(driver.find_element(By.ID, f"filtre-{name}")).select_by_value(value)
    rows, state = check_rows(driver, filters, f"filters {filters}")
    before = shown(rows)
    heading = driver.execute_script("return document.getElementById('titre-liste').textContent.trim()")
    if heading != "Projets sélectionnés par les filtres":
        fail(f"filters {filters}: the list is still headed « {heading} »")
    query = parse_qs(urlsplit(driver.current_url).query)
    wanted = {"annee": [filters["annee"]], "type": [filters["type"]], "tri": ["montant"], "ordre": ["decroissant"], "vue": ["tableau"]}
    if query != wanted:
        fail(f"the address does not hold the state: {driver.current_url} (expected the parameters {wanted})")
    print(f"filters {filters}: {len(before)} row(s) of {len(rows)}; address {urlsplit(driver.current_url).query}")

    # The same address, reloaded, shows the same rows in the same order.
    address = driver.current_url
    driver.get("about:blank")
    driver.get(address)
    if not wait_for_script(driver):
        fail("after a reload the filters were never shown")
        return
    rows, state = check_rows(driver, filters, "after a reload")
    if shown(rows) != before:
        fail(f"after a reload of {address}: {len(shown(rows))} row(s) shown, not the same {len(before)} in the same order")
    if state["sorted"] != [["montant", "descending"]] or not state["table"]:
        fail(f"after a reload the sort or the view is lost (aria-sort: {state['sorted']}, table shown: {state['table']})")
    for name, value in filters.items():
        if driver.find_element(By.ID, f"filtre-{name}").get_attribute("value") != value:
            fail(f"after a reload the filter {name} is not {value!r}")
    if shown(rows) == before:
        print(f"reloaded {urlsplit(address).path}?{urlsplit(address).query}: same {len(before)} row(s), same order")

    # Filters that match nothing: the message, then its button brings every row back.
    offered = {name: [o.get_attribute("value") for o in Select(driver.find_element(By.ID, f"filtre-{name}")).options if o.get_attribute("value")]
               for name in ("annee", "type", "ministere", "statut", "programme", "levier")}
    none = next(({a: x, b: y} for a in offered for b in offered if a < b for x in offered[a] for y in offered[b]
                 if not any(matches(r, {a: x, b: y}) for r in rows)), None)
    if none is None:
        print("no two filters match nothing here: the empty result is not checked")
        return
    driver.get(f"{base}/projets/?" + "&".join(f"{k}={v}" for k, v in none.items()) + "&vue=tableau")
    wait_for_script(driver)
    state = driver.execute_script(STATE_JS)
    clear = driver.find_elements(By.ID, "filtres-vide-effacer")
    if not state["empty"] or state["table"] or not clear or clear[0].text.strip() != "Effacer les filtres":
        fail(f"filters {none} match nothing, but no message with « Effacer les filtres » is shown ({state})")
        return
    clear[0].click()
    rows = driver.execute_script(ROWS_JS)
    left = {k: v for k, v in parse_qs(urlsplit(driver.current_url).query).items() if k in offered}
    if len(shown(rows)) != len(rows) or left or driver.execute_script(STATE_JS)["empty"]:
        fail(f"« Effacer les filtres » left {len(shown(rows))} row(s) of {len(rows)}, address {driver.current_url}")
    else:
        print(f"filters {none}: nothing matches, message shown; « Effacer les filtres » shows the {len(rows)} rows again")


WIDEST_JS = """var w = window.innerWidth, out = [];
document.querySelectorAll('body *').forEach(function (e) {
  var r = e.getBoundingClientRect();
  if (r.right <= w + 0.5 || r.width === 0) return;
  for (var p = e.parentElement; p; p = p.parentElement) {
    var s = getComputedStyle(p);
    if (s.overflowX !== 'visible' && p.scrollWidth > p.clientWidth + 1) return;  // scrolls in its own frame
  }
  if (Array.prototype.some.call(e.children, function (c) { return c.getBoundingClientRect().right > w + 0.5; })) return;
  out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '') + ' (right edge ' + Math.round(r.right) + ' px)');
});
return out.slice(0, 4);"""

# Every shown table whose frame (the nearest ancestor that clips or scrolls, the DSFR's
# .fr-table__container) is narrower than the table: it scrolls inside its frame.
FRAMES_JS = """var out = [];
document.querySelectorAll('table').forEach(function (t) {
  for (var p = t.parentElement; p && p !== document.body; p = p.parentElement) {
    var x = getComputedStyle(p).overflowX;
    if (x === 'visible') continue;
    if (p.clientWidth > 0 && p.scrollWidth > p.clientWidth + 1) {
      var box = t.closest('.fr-table'), caption = t.querySelector('caption');
      out.push({name: box && box.id ? '#' + box.id : (caption ? '« ' + caption.textContent.trim().slice(0, 50) + ' »' : 'table'),
                scroll: p.scrollWidth, client: p.clientWidth});
    }
    break;
  }
});
return out;"""


# Every shown cell whose text is not whole inside the window and the frames that clip it. What an
# element inside the cell hides on purpose (the text of the DSFR's sort buttons) does not count,
# nor what is visually hidden for screen readers only (a clipping box of a pixel or two).
CUT_JS = """var out = [], w = window.innerWidth;
function clip(from, to, box) {
  for (var p = from; p && p !== to; p = p.parentElement) {
    if (getComputedStyle(p).overflowX === 'visible') continue;
    var r = p.getBoundingClientRect(), l = r.left + p.clientLeft;
    box = {left: Math.max(box.left, l), right: Math.min(box.right, l + p.clientWidth), tiny: box.tiny || p.clientWidth <= 2};
  }
  return box;
}
document.querySelectorAll('td, th').forEach(function (cell) {
  if (cell.offsetParent === null) return;
  var walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT), node, worst = null;
  while ((node = walker.nextNode())) {
    if (!node.textContent.trim()) continue;
    var range = document.createRange(); range.selectNodeContents(node);
    var r = range.getBoundingClientRect();
    if (r.width === 0) continue;
    var meant = clip(node.parentElement, cell, {left: r.left, right: r.right, tiny: false});
    if (meant.tiny || meant.right - meant.left <= 0) continue;
    var seen = clip(cell, document.documentElement, {left: 0, right: w, tiny: false});
    if (seen.tiny) return;
    if (meant.left < seen.left - 1 || meant.right > seen.right + 1) {
      var shown = Math.max(0, Math.min(meant.right, seen.right) - Math.max(meant.left, seen.left));
      if (!worst || shown / (meant.right - meant.left) < worst.ratio)
        worst = {ratio: shown / (meant.right - meant.left), text: node.textContent.trim().replace(/\\s+/g, ' ').slice(0, 40),
                 shown: Math.round(shown), width: Math.round(meant.right - meant.left)};
    }
  }
  if (worst) {
    var table = cell.closest('table'), frame = cell.closest('.fr-table'), caption = table && table.querySelector('caption');
    worst.table = frame && frame.id ? '#' + frame.id : (caption ? '« ' + caption.textContent.trim().slice(0, 40) + ' »' : 'table');
    out.push(worst);
  }
});
return out;"""


def table_roles(driver):
    """The tables, rows and cells of the accessibility tree: their count, and the cells' names in
    order (a label shown on a phone must not become part of what is read: « Montant accordé :
    35 M€ » would be heard after its column heading)."""
    tree = driver.execute_cdp_cmd("Accessibility.getFullAXTree", {})
    count, names = {"table": 0, "row": 0, "cell": 0}, []
    for node in tree["nodes"]:
        role = node.get("role", {}).get("value")
        if node.get("ignored"):
            continue
        if role in ("cell", "columnheader", "rowheader"):
            count["cell"] += 1
            names.append(node.get("name", {}).get("value", ""))
        elif role in count:
            count[role] += 1
    return count, names


def check_widths(driver, site: Path, base: str, kinds=None):
    pages, missing = [], []
    for kind, pattern in KINDS:
        if kinds is not None and kind not in kinds:
            continue
        page = find_page(site, pattern)
        (pages.append((kind, url_of(base, page))) if page else missing.append(kind))
    html = (site / "projets/index.html").read_text(encoding="utf-8") if (site / "projets/index.html").is_file() else ""
    if 'id="tableau-projets"' in html and kinds is None:
        pages.append(("projects table", f"{base}/projets/?vue=tableau"))
    for kind in missing:
        fail(f"MISSING page kind: {kind}")
    print("pages: " + ", ".join(f"{kind} {url[len(base):]}" for kind, url in pages))
    framed, checked_cells, roles = [], {}, {}
    for width in sorted(WIDTHS, reverse=True):
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False})
        wide = []
        for kind, url in pages:
            driver.get(url)
            # The DSFR's script marks the page when it has run (it may change the layout).
            for _ in range(40):
                if driver.execute_script("return document.documentElement.hasAttribute('data-fr-js')"):
                    break
                time.sleep(0.05)
            scroll, inner = driver.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
            if inner != width:
                fail(f"{width} px: the window of {url} is {inner} px wide")
            if scroll > inner:
                wide.append(kind)
                fail(f"{width} px: {url[len(base):]} ({kind}) scrolls horizontally: {scroll} px of content for {inner} px; "
                     f"widest: {', '.join(driver.execute_script(WIDEST_JS)) or '?'}")
            cells = driver.execute_script("return document.querySelectorAll('td, th').length")
            if cells:
                roles[(url, width)] = table_roles(driver)
                wide_roles = roles.get((url, WIDTHS[-1]))
                if wide_roles is not None and roles[(url, width)][0] != wide_roles[0]:
                    fail(f"{width} px: {url[len(base):]} ({kind}): screen readers lose the tables' structure: "
                         f"{roles[(url, width)][0]} against {wide_roles[0]} at {WIDTHS[-1]} px")
                elif wide_roles is not None and roles[(url, width)][1] != wide_roles[1]:
                    changed = next(f"« {readable(a)} » instead of « {readable(b)} »" for a, b in zip(roles[(url, width)][1], wide_roles[1]) if a != b)
                    fail(f"{width} px: {url[len(base):]} ({kind}): a cell is read differently on a phone: {changed}")
            checked_cells[width] = checked_cells.get(width, 0) + cells
            cut = driver.execute_script(CUT_JS)
            for c in cut[:3]:
                fail(f"{width} px: {url[len(base):]} ({kind}): table {c['table']}: the text « {readable(c['text'])} » of a cell is cut, "
                     f"{c['shown']} of its {c['width']} px shown")
            if len(cut) > 3:
                fail(f"{width} px: {url[len(base):]} ({kind}): {len(cut) - 3} more cut cells")
            if width >= 1280:
                for frame in driver.execute_script(FRAMES_JS):
                    framed.append(frame)
                    fail(f"{width} px: {url[len(base):]} ({kind}): table {frame['name']} scrolls in its frame: "
                         f"{frame['scroll']} px of content for {frame['client']} px")
        print(f"{width} px: {len(pages) - len(wide)} of {len(pages)} pages without horizontal scrolling; "
              f"{checked_cells.get(width, 0)} table cells looked at")
    print("tables: no cell cut at " + ", ".join(f"{w}" for w in WIDTHS) + " px" if not any("is cut" in f for f in failures) else "tables: cells cut (above)")
    print(f"tables: none scrolls in its frame at 1280 px" if not framed else f"tables: {len(framed)} scroll in their frame at 1280 px")


def main():
    site, base = Path(sys.argv[1]), sys.argv[2].rstrip("/")
    # Hidden scrollbars: the page's width is the window's, whatever the page's height.
    focus = os.environ.get("TABLE_FOCUS", "")
    kinds = set(focus.removeprefix("widths:").split(",")) if focus.startswith("widths:") else None
    if focus:
        print(f"focus: {focus} (TABLE_FOCUS)")
    driver = chromium.start("--hide-scrollbars")
    try:
        if not kinds:
            if (site / "projets/index.html").is_file():
                check_table(driver, site, base)
            else:
                fail("no /projets/ page")
        if focus != "table":
            check_widths(driver, site, base, kinds)
    finally:
        driver.quit()
    if failures:
        print(f"table: FAILED: {len(failures)} problem(s): {failures[0]}" + (" …" if len(failures) > 1 else ""))
        sys.exit(1)
    print(f"table: ok ({checked[0]}; no horizontal scrolling and no table cell cut at 320, 375 and 1280 px; no table scrolling in its frame at 1280 px)")


if __name__ == "__main__":
    main()
