#!/usr/bin/env python3
"""Puts ftap-diff.md on the pull request as one comment, updated at each push rather than
repeated: the comment that starts with the marker below is edited, else one is written.
A pull request from a fork gets a read-only token: the comment is then skipped, said in the log
(the job summary still shows the report).

Usage: commentaire_github.py FILE   (in GitHub Actions: GITHUB_TOKEN, GITHUB_REPOSITORY,
GITHUB_EVENT_PATH, GITHUB_API_URL)"""
import json, os, sys, urllib.error, urllib.request

MARKER = "<!-- ftap diff -->"


def call(method, url, token, body=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method, headers={
        "Authorization": f"Bearer {token}", "Accept": "application/vnd.github+json", "User-Agent": "ftap"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read() or b"null")


def main():
    text = open(sys.argv[1], encoding="utf-8").read()
    token, repository = os.environ["GITHUB_TOKEN"], os.environ["GITHUB_REPOSITORY"]
    api = os.environ.get("GITHUB_API_URL", "https://api.github.com")
    number = json.load(open(os.environ["GITHUB_EVENT_PATH"], encoding="utf-8"))["pull_request"]["number"]
    body = {"body": f"{MARKER}\n{text}"}
    try:
        comments = call("GET", f"{api}/repos/{repository}/issues/{number}/comments?per_page=100", token)
        mine = next((c for c in comments if c.get("body", "").startswith(MARKER)), None)
        if mine:
            call("PATCH", f"{api}/repos/{repository}/issues/comments/{mine['id']}", token, body)
            print(f"Commentaire mis à jour : {mine['html_url']}")
        else:
            made = call("POST", f"{api}/repos/{repository}/issues/{number}/comments", token, body)
            print(f"Commentaire écrit : {made['html_url']}")
    except urllib.error.HTTPError as error:
        if error.code in (403, 404):
            print(f"Pas de commentaire sur la demande (jeton en lecture seule, HTTP {error.code}) : le résumé du travail montre le rapport.")
            return
        raise


if __name__ == "__main__":
    main()
