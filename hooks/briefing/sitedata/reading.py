"""YAML read with the line of every key, and pydantic's errors turned into `Problem`s that name
the file, the line and the fix (a contributor never sees a traceback)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from ..errors import Problem
from ..kinds import KINDS
from ..records import EntityEntry
from .models import BoilerplateRules, SourceMeta


class LineDict(dict):
    line: int = 0
    key_lines: dict


class LineLoader(yaml.SafeLoader):
    """SafeLoader that remembers the line of every mapping and key, for error messages."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise yaml.constructor.ConstructorError(
                    None,
                    None,
                    "found a key that is not plain text (a list or mapping used as a key)",
                    key_node.start_mark,
                )
            if key_node.value in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"found the key '{key_node.value}' twice in one mapping", key_node.start_mark
                )
            seen.add(key_node.value)
        mapping = LineDict(yaml.constructor.SafeConstructor.construct_mapping(self, node, deep=deep))
        mapping.line = node.start_mark.line + 1
        mapping.key_lines = {k.value: k.start_mark.line + 1 for k, _ in node.value}
        return mapping


def _construct_line_map(loader: LineLoader, node) -> LineDict:
    return loader.construct_mapping(node, deep=True)


LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_line_map)

# Dates stay strings so the schema decides what a valid date is.
LineLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

# libyaml parses in C where the wheel has it (a large corpus's site data loads about eight times
# faster); the constructor and resolver stay the ones above, so values and lines are the same. A
# syntax error is read again by the Python parser, whose messages say what it expected and found.
try:
    from yaml.cyaml import CParser
except ImportError:  # a PyYAML built without libyaml
    FastLineLoader = LineLoader
else:

    class FastLineLoader(CParser, LineLoader):
        def __init__(self, stream):
            CParser.__init__(self, stream)
            yaml.constructor.SafeConstructor.__init__(self)
            yaml.resolver.Resolver.__init__(self)


def read_yaml(path: Path, display: str, problems: list[Problem]) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        problems.append(Problem(display, None, f"is not UTF-8 text ({exc.reason}).", "Save the file as UTF-8."))
        return None
    except OSError as exc:  # a folder, a broken link, no permission
        problems.append(
            Problem(display, None, f"cannot be read ({exc.strerror or exc}).", "It must be a readable YAML file.")
        )
        return None
    try:
        try:
            return yaml.load(text, Loader=FastLineLoader)  # noqa: S506 - a SafeLoader subclass
        except yaml.YAMLError:
            return yaml.load(text, Loader=LineLoader)  # noqa: S506 - the same, for its clearer message
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        what = getattr(exc, "problem", None) or str(exc)
        return problems.append(
            Problem(
                display,
                line,
                f"YAML syntax error: {what}.",
                "Check indentation and quote values that contain ': ' or '#'.",
            )
        )


def validation_problems(
    exc: ValidationError, record: LineDict, display: str, label: str, offset: int = 0
) -> list[Problem]:
    problems = []
    for err in exc.errors():
        loc = err["loc"]
        key = loc[0] if loc else None
        line = _line_of(record, loc) + offset if isinstance(record, LineDict) else None
        if err["type"] == "extra_forbidden":
            allowed = ", ".join(n for n in _model_fields(label))
            problems.append(Problem(display, line, f"unknown key '{key}' in {label}.", f"Allowed keys: {allowed}."))
        elif err["type"] == "missing":
            problems.append(
                Problem(display, line, f"{label} is missing the required key '{key}'.", f"Add '{key}: ...'.")
            )
        else:
            where = ".".join(str(p) for p in loc)
            problems.append(Problem(display, line, f"'{where}' of {label} {_plain(err)}.", _fix(err, where)))
    return problems


def _line_of(record: LineDict, loc: tuple) -> int:
    """The line of the deepest key of `loc` that the YAML has ("aliases" → "KR" → the KR line)."""
    line, node = record.line, record
    for part in loc:
        if not isinstance(node, LineDict) or part not in node:
            break
        line = node.key_lines.get(part, line)
        node = node[part]
    return line


def _model_fields(label: str) -> list[str]:
    """Allowed keys for an error message; the label starts with what was being read."""
    models: dict[str, type[BaseModel]] = {
        "source": SourceMeta,
        "front": SourceMeta,
        "boilerplate": BoilerplateRules,
        **{kind.name: kind.entry for kind in KINDS},
    }
    return list(models.get(label.split(" ")[0], EntityEntry).model_fields)


_PLAIN = {
    "string_pattern_mismatch": "must be lower-case letters, digits and hyphens",
    "list_type": "must be a list",
    "string_type": "must be text",
    "too_short": "must not be empty",
    "string_too_long": "is too long",
    "literal_error": "must be one of the allowed values",
}
_FIELD_FIXES = {
    "iso": "Example: iso: JP.",
    "language": "Example: language: en.",
    "url": "Example: url: https://example.com/a.",
}
_FIXES = {
    "list_type": "Write it as a list: [First, Second].",
    "string_pattern_mismatch": "Example: slug: south-korea.",
    "too_short": "Add at least one value.",
}


_PATTERNS = {
    "iso": "must be a two-letter ISO 3166 code in capitals",
    "language": "must be a language code",
    "url": "must be a web address starting with http:// or https://",
}


def _plain(err: dict) -> str:
    kind = err["type"]
    field = str(err["loc"][0]) if err["loc"] else ""
    if kind == "string_pattern_mismatch" and field in _PATTERNS:
        return _PATTERNS[field]
    if kind.startswith("date") or kind.startswith("datetime"):
        return "is not a date"
    if kind in _PLAIN:
        return _PLAIN[kind] + (f" ({err['ctx']['expected']})" if kind == "literal_error" else "")
    msg = err["msg"].removeprefix("Value error, ")
    return msg[0].lower() + msg[1:] if msg else "is not valid"


def _fix(err: dict, where: str) -> str:
    if err["type"].startswith("date") or err["type"].startswith("datetime") or "date" in where:
        return "Write dates as YYYY-MM-DD, e.g. 2025-03-14."
    if where in _FIELD_FIXES:
        return _FIELD_FIXES[where]
    return _FIXES.get(err["type"], "See CONTRIBUTING.md for the expected form.")
