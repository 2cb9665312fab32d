#!/usr/bin/env bash
# Run every checker on SITE. All of them run even when one fails; summary at the end, exit 1 if any failed.
set -euo pipefail
CHECKS=$(cd "$(dirname "$0")" && pwd)
SITE=${1:?usage: check-site.sh SITE}
log=$(mktemp); trap 'rm -f "$log"' EXIT
summary=(); failures=0; start=$SECONDS
# CHECKS_SKIP names checkers to leave out (the weight budgets and the printed key figures' three
# pages are the example site's, not a generated site's of hundreds of sheets).
for c in vnu axe links feeds opendata sitemap search table print media photos-videos weight styles; do
  [[ " ${CHECKS_SKIP:-} " == *" $c "* ]] && { summary+=("$c: skipped (CHECKS_SKIP)"); continue; }
  t=$SECONDS
  if "$CHECKS/run-$c.sh" "$SITE" 2>&1 | tee "$log"; then rc=0; else rc=$?; fi
  line=$(tail -n 1 "$log")
  [[ $line == "$c: "* ]] || line="$c: FAILED (exit $rc)"
  [[ $rc = 0 ]] || { failures=$((failures + 1)); [[ $line != "$c: ok"* ]] || line="$c: FAILED (exit $rc)"; }
  summary+=("$line  [$((SECONDS - t)) s]")
done
printf '\n== check-site summary for %s (%d s) ==\n' "$SITE" $((SECONDS - start))
printf '%s\n' "${summary[@]}"
if [[ $failures = 0 ]]; then echo "check-site: all checkers passed"; else
  echo "check-site: $failures checker(s) FAILED"; exit 1; fi
