#!/usr/bin/env python3
"""Validate JSON files against a JSON Schema (draft 2020-12), formats checked.
Usage: validate_json.py SCHEMA FILE [FILE...]   -> exit 1 on any error."""
import json, sys
from jsonschema import Draft202012Validator

checker = Draft202012Validator.FORMAT_CHECKER
# Without rfc3339-validator and rfc3987, jsonschema silently skips these formats.
missing = {"date-time", "date", "uri"} - set(checker.checkers)
if missing:
    sys.exit(f"validate_json: format checks unavailable: {sorted(missing)} (run make checkers-setup)")

schema_path, files = sys.argv[1], sys.argv[2:]
with open(schema_path, encoding="utf-8") as f:
    schema = json.load(f)
Draft202012Validator.check_schema(schema)
validator = Draft202012Validator(schema, format_checker=checker)
bad = 0
for path in files:
    try:
        with open(path, encoding="utf-8") as f:
            errors = sorted(validator.iter_errors(json.load(f)), key=lambda e: list(e.absolute_path))
    except (OSError, ValueError) as e:
        print(f"{path}: unreadable: {e}")
        bad += 1
        continue
    print(f"{path}: {'ok' if not errors else f'{len(errors)} error(s) against {schema_path}'}")
    for e in errors[:50]:
        msg = e.message if len(e.message) <= 200 else e.message[:80] + " [...] " + e.message[-100:]
        print(f"  /{'/'.join(map(str, e.absolute_path))}: {msg}")
    bad += bool(errors)
sys.exit(1 if bad else 0)
