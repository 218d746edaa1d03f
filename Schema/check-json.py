#!/usr/bin/env python3
"""Validate Newsmark JSON (.json) and JSON Lines (.jsonl) files against newsmark.schema.json.

Usage: check-json.py FILE...   (needs the `jsonschema` package: pip install jsonschema)
Prints one line per problem (FILE[:LINE]: PATH: message) and exits 1 if any file is invalid.
"""
import json
import pathlib
import sys

import jsonschema

SCHEMA = json.loads((pathlib.Path(__file__).parent / "newsmark.schema.json").read_text(encoding="utf-8"))


def path_of(error):
    path = "$"
    for part in error.absolute_path:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def check(validator, document, where):
    problems = 0
    for error in sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path))):
        print(f"{where}: {path_of(error)}: {error.message}")
        problems += 1
    return problems


def main(paths):
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    validator = jsonschema.Draft202012Validator(SCHEMA)
    problems = documents = 0
    for name in paths:
        path = pathlib.Path(name)
        with path.open(encoding="utf-8") as handle:
            if path.suffix == ".jsonl":
                for number, line in enumerate(handle, start=1):
                    if line.strip():
                        documents += 1
                        problems += check(validator, json.loads(line), f"{name}:{number}")
            else:
                documents += 1
                problems += check(validator, json.load(handle), name)
    print(f"{documents} documents, {problems} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
