"""JSON Schema files for site_data/*.yml, made from the pydantic models in `sitedata`, so editors
can check the YAML as it is typed. `python -m briefing.schema` (PYTHONPATH=hooks) writes
schema/<name>.schema.json; `--check` only reports whether the files are up to date (exit 1 if not).
The schemas help editing; `make check` stays the authority.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pydantic import BaseModel

from .kinds import KINDS
from .sitedata import BoilerplateRules, SourceMeta

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "schema"
DEAL_DATE = {"pattern": r"^\d{4}-\d{2}(-\d{2})?$", "description": "YYYY-MM-DD or YYYY-MM"}


def _schema(model: type[BaseModel], shape: str, filename: str) -> dict:
    """shape: 'list' (entity files), 'map' (seed id → model) or 'object' (the model itself)."""
    body = model.model_json_schema(ref_template="#/definitions/{model}")
    defs = body.pop("$defs", {})
    if model.__name__ == "DealEntry":
        next(t for t in body["properties"]["date"]["anyOf"] if t.get("type") == "string").update(DEAL_DATE)
    head = {"$schema": "http://json-schema.org/draft-07/schema#", "title": f"site_data/{filename}"}
    if shape == "object":
        return {**head, **{k: v for k, v in body.items() if k != "title"}, "definitions": defs}
    ref = {"$ref": f"#/definitions/{model.__name__}"}
    top = (
        {"type": "array", "items": ref}
        if shape == "list"
        else {"type": "object", "additionalProperties": {"anyOf": [ref, {"type": "null"}]}}
    )
    return {**head, **top, "definitions": {**defs, model.__name__: body}}


def schemas() -> dict[str, dict]:
    """File name (e.g. 'officials.schema.json') → schema, for every modelled file in site_data/."""
    out = {
        "sources.schema.json": _schema(SourceMeta, "map", "sources.yml"),
        "boilerplate.schema.json": _schema(BoilerplateRules, "object", "boilerplate.yml"),
    }
    for kind in KINDS:
        out[kind.registry.replace(".yml", ".schema.json")] = _schema(kind.entry, "list", kind.registry)
    return dict(sorted(out.items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m briefing.schema", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=SCHEMA_DIR)
    parser.add_argument("--check", action="store_true", help="fail if a schema file is missing or stale")
    args = parser.parse_args(argv)
    stale = 0
    for name, schema in schemas().items():
        path, text = args.out / name, json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        stale += 1
        if args.check:
            print(f"{path}: out of date. Run: PYTHONPATH=hooks python -m briefing.schema", file=sys.stderr)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"{path}: written")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
