#!/usr/bin/env bash
# Open data: projets.csv, projets-tableur.csv and execution-budgetaire.csv against their Table
# Schemas (frictionless; the spreadsheet file must also start with the UTF-8 byte-order mark and be
# read with ';'), projets.json and agregats.json against the JSON Schemas the site publishes beside them.
set -euo pipefail
NAME=opendata; source "$(dirname "$0")/lib.sh"
heading "opendata: /donnees/projets.csv, projets-tableur.csv and execution-budgetaire.csv (frictionless), projets.json, agregats.json and /adresses.json (JSON Schema)"
D="$SITE/donnees"; failed=()
for f in projets.csv schema.json projets-tableur.csv schema-tableur.json execution-budgetaire.csv schema-execution-budgetaire.json \
         projets.json projets.schema.json agregats.json agregats.schema.json; do
  [[ -f $D/$f ]] || failed+=("/donnees/$f missing")
done
if [[ ${#failed[@]} = 0 ]]; then
  # Relative paths: frictionless refuses absolute or parent paths in a descriptor unless --trusted.
  echo "-- frictionless validate projets.csv --schema schema.json"
  (cd "$D" && frictionless validate projets.csv --schema schema.json --dialect '{"delimiter": ","}') \
    || failed+=("projets.csv (frictionless)")
  # frictionless reads a file with or without the byte-order mark alike: check it here.
  echo "-- projets-tableur.csv starts with the UTF-8 byte-order mark"
  if [[ $(head -c 3 "$D/projets-tableur.csv" | od -An -tx1 | tr -d ' ') = efbbbf ]]; then echo ok; else
    echo "projets-tableur.csv: no byte-order mark (EF BB BF) at the start"; failed+=("projets-tableur.csv (byte-order mark)"); fi
  # The delimiter is given, not sniffed: a comma-separated file under this name must fail.
  echo "-- frictionless validate projets-tableur.csv --schema schema-tableur.json (delimiter ';')"
  (cd "$D" && frictionless validate projets-tableur.csv --schema schema-tableur.json --dialect '{"delimiter": ";"}') \
    || failed+=("projets-tableur.csv (frictionless)")
  echo "-- frictionless validate execution-budgetaire.csv --schema schema-execution-budgetaire.json"
  (cd "$D" && frictionless validate execution-budgetaire.csv --schema schema-execution-budgetaire.json --dialect '{"delimiter": ","}') \
    || failed+=("execution-budgetaire.csv (frictionless)")
  echo "-- JSON Schema (draft 2020-12)"
  "$PY" "$CHECKS/validate_json.py" "$D/projets.schema.json" "$D/projets.json" || failed+=("projets.json (jsonschema)")
  "$PY" "$CHECKS/validate_json.py" "$D/agregats.schema.json" "$D/agregats.json" || failed+=("agregats.json (jsonschema)")
  # The addresses the site promises to keep, when it publishes them with their schema.
  if [[ -f $SITE/adresses.json && -f $D/adresses.schema.json ]]; then
    "$PY" "$CHECKS/validate_json.py" "$D/adresses.schema.json" "$SITE/adresses.json" || failed+=("adresses.json (jsonschema)")
  fi
fi
finish "${failed[@]}"
