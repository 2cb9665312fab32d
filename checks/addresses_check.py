#!/usr/bin/env python3
"""Issue 28's first « Done when », as an author and a reader meet it: the example content built
once, its adresses.json kept; then one sheet renamed with `anciennes_adresses`, one removed
without anything, one withdrawn in `retraits.yml`; `ftap build --precedent` must refuse with
one error, `adresse-disparue`, naming the removed sheet's address, and nothing else. With the
removed sheet put back, the build passes, and in headless Chromium the renamed sheet's old
address leads to the new one, the withdrawn address shows its day and reason, and neither is
in the sitemap (redirects_check.py).
Usage: addresses_check.py FTAP CONTENT TEMPLATES    exit 1 on any failure."""
import json, re, shutil, subprocess, sys, tempfile, time
from pathlib import Path
import redirects_check

ftap, content, templates = (str(Path(p).resolve()) for p in sys.argv[1:4])
problems = []


def build(work: Path, output: str, *extra):
    return subprocess.run([ftap, "build", "--content", "content", "--templates", templates, "--output", output, *extra],
                          cwd=work, capture_output=True, text=True)


def unreferenced_sheets(folder: Path):
    """Sheets no other file names: renaming or removing one breaks no reference."""
    texts = {p: p.read_text(encoding="utf-8") for p in folder.rglob("*.md")}
    sheets = sorted(p for p in texts if p.parent.name == "projets")
    return [p for p in sheets if not any(p.stem in t for q, t in texts.items() if q != p)]


with tempfile.TemporaryDirectory() as tmp:
    work = Path(tmp)
    shutil.copytree(content, work / "content")
    first = build(work, "v1")
    if first.returncode != 0:
        sys.exit(f"addresses: the example content does not build: {first.stderr[-2000:]}")
    shutil.copy(work / "v1" / "adresses.json", work / "precedent.json")

    renamed, removed, withdrawn = unreferenced_sheets(work / "content")[:3]
    kept_text = removed.read_text(encoding="utf-8")
    new_name = renamed.with_name(renamed.stem + "-renomme.md")
    text = renamed.read_text(encoding="utf-8")
    new_name.write_text(text.replace("---\n", f"---\nanciennes_adresses:\n  - /projets/{renamed.stem}/\n", 1), encoding="utf-8")
    renamed.unlink()
    removed.unlink()
    withdrawn.unlink()
    reason = "La fiche reprenait un montant qu'aucune source ne publie ; elle sera republiée une fois le montant confirmé."
    (work / "content" / "retraits.yml").write_text(
        f"# Adresses retirées exprès\n- adresse: /projets/{withdrawn.stem}/\n  date: 2025-11-20\n  motif: \"{reason}\"\n", encoding="utf-8")

    refused = build(work, "v2", "--precedent", "precedent.json")
    errors = [line for line in refused.stderr.splitlines() if ": erreur: " in line]
    expected = f"content/projets/{removed.name}: erreur: l'adresse « /projets/{removed.stem}/ », publiée par la version précédente du site, n'existerait plus"
    if refused.returncode != 1 or len(errors) != 1 or not errors[0].startswith(expected) or not errors[0].endswith("[adresse-disparue]"):
        problems.append(f"--precedent: expected exit 1 and one error « {expected} … [adresse-disparue] », got exit {refused.returncode}: {errors}")
    if (work / "v2").exists():
        problems.append("a refused build wrote its output folder")

    removed.write_text(kept_text, encoding="utf-8")
    fixed = build(work, "v2", "--precedent", "precedent.json")
    if fixed.returncode != 0:
        problems.append(f"with the removed sheet put back, the build fails: {fixed.stderr[-2000:]}")
    else:
        site = work / "v2"
        portfile = work / "port"
        server = subprocess.Popen([sys.executable, str(Path(__file__).with_name("serve.py")), str(site), str(portfile)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            for _ in range(100):
                if portfile.exists() and portfile.read_text().strip():
                    break
                time.sleep(0.05)
            base = f"http://127.0.0.1:{portfile.read_text().strip()}"
            found, moved, gone = redirects_check.problems_of(site, base)
            problems += found
            if (moved, gone) != (1, 1):
                problems.append(f"expected one former address and one withdrawn address, found {moved} and {gone}")
            listed = json.loads((site / "adresses.json").read_text(encoding="utf-8"))
            if [r["adresse"] for r in listed["retraits"]] != [f"/projets/{withdrawn.stem}/"]:
                problems.append(f"adresses.json's withdrawals: {listed['retraits']}")
        finally:
            server.terminate()
            server.wait()

for problem in problems:
    print(f"  {problem}")
print(f"addresses: renamed {renamed.stem}, removed {removed.stem}, withdrew {withdrawn.stem}: "
      + (f"{len(problems)} problem(s)" if problems else "one adresse-disparue for the removed sheet only; in Chromium the old address redirects, the withdrawn one shows its reason, neither in the sitemap"))
sys.exit(1 if problems else 0)
