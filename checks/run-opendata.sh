#!/usr/bin/env bash
# Open data: projets.csv against its Table Schema (frictionless), projets.json and agregats.json
# against the JSON Schemas the site publishes beside them.
set -euo pipefail
NAME=opendata; source "$(dirname "$0")/lib.sh"
heading "opendata: /donnees/projets.csv (frictionless, schema.json), projets.json and agregats.json (JSON Schema)"
D="$SITE/donnees"; failed=()
for f in projets.csv schema.json projets.json projets.schema.json agregats.json agregats.schema.json; do
  [[ -f $D/$f ]] || failed+=("/donnees/$f missing")
done
if [[ ${#failed[@]} = 0 ]]; then
  echo "-- frictionless validate projets.csv --schema schema.json"
  # Relative paths: frictionless refuses absolute or parent paths in a descriptor unless --trusted.
  (cd "$D" && frictionless validate projets.csv --schema schema.json) || failed+=("projets.csv (frictionless)")
  echo "-- JSON Schema (draft 2020-12)"
  "$PY" "$CHECKS/validate_json.py" "$D/projets.schema.json" "$D/projets.json" || failed+=("projets.json (jsonschema)")
  "$PY" "$CHECKS/validate_json.py" "$D/agregats.schema.json" "$D/agregats.json" || failed+=("agregats.json (jsonschema)")
fi
finish "${failed[@]}"
