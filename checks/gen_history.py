#!/usr/bin/env python3
"""Make a generated content folder (gen_content.py) a git repository of two commits, the second
raising the amount of its first sheet, so that its page shows « Modifié le » and its
« Historique des montants » to the checkers (vnu, axe) as the real site's pages do.
Usage: gen_history.py CONTENT"""
import os, re, subprocess, sys
from pathlib import Path

content = Path(sys.argv[1])
sheet = content / "projets" / "projet-de-test-0001.md"


def git(*arguments, date="2024-01-10"):
    env = dict(os.environ, GIT_AUTHOR_NAME="Test", GIT_AUTHOR_EMAIL="test@example.org", GIT_COMMITTER_NAME="Test",
               GIT_COMMITTER_EMAIL="test@example.org", GIT_AUTHOR_DATE=f"{date}T12:00:00+01:00",
               GIT_COMMITTER_DATE=f"{date}T12:00:00+01:00", GIT_CONFIG_NOSYSTEM="1", GIT_CONFIG_GLOBAL="/dev/null")
    subprocess.run(["git", "-C", str(content), *arguments], env=env, check=True, stdout=subprocess.DEVNULL)


git("init", "-q", "-b", "main")
git("add", "-A")
git("commit", "-q", "-m", "Contenu de test")
text = sheet.read_text(encoding="utf-8")
match = re.search(r"^montant: ([0-9_]+)$", text, re.M)
if not match:
    sys.exit(f"gen_history: no amount in {sheet}")
raised = int(match.group(1).replace("_", "")) + 100_000
sheet.write_text(text[:match.start(1)] + str(raised) + text[match.end(1):], encoding="utf-8")
git("commit", "-q", "-a", "-m", "Montant relevé", date="2024-06-03")
print(f"gen_history: {sheet.name}'s amount raised to {raised} in a second commit")
