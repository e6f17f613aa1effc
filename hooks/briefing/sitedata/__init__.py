"""Stage 0: curated site data (`site_data/*.yml`) loaded into typed, validated records.

Contributors edit these files in pull requests, so every problem becomes a `Problem` that names
the file and line and says how to fix it; nothing here may end in a traceback.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import BaseModel, Field, ValidationError, field_validator

from ..errors import Problem
from ..kinds import KINDS, EntityKind
from ..records import EntityEntry, Slug, Strict

class SourceMeta(Strict):
    """Metadata of one article; anything missing is shown as unknown, never guessed."""

    title: str | None = None
    publisher: str | None = None
    date: dt.date | None = None
    url: str | None = Field(default=None, pattern=r"^https?://\S+$")
    language: str | None = Field(default=None, pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
    slug: Slug | None = None

    @field_validator("date")
    @classmethod
    def _plausible_date(cls, value: dt.date | None) -> dt.date | None:
        """A news article from before 1900 or after 2100 is a typo ("0202-03-14" for 2022)."""
        if value is not None and not 1900 <= value.year <= 2100:
            raise ValueError(f"{value.isoformat()} is not a plausible date for a news article (a typo in the year?)")
        return value


class BoilerplateRules(Strict):
    """Page chrome that scrapers leave around an article (see site_data/boilerplate.yml)."""

    drop_lines: list[str] = []
    section_labels: list[str] = []
    footer_patterns: list[str] = []
    max_footer_line_length: int = 300
    keep_lines: list[str] = []
    keep_patterns: list[str] = []

    @field_validator("footer_patterns", "keep_patterns")
    @classmethod
    def _patterns_compile(cls, patterns: list[str]) -> list[str]:
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"'{pattern}' is not a valid regular expression ({exc})") from None
        return patterns
    caption_overlap: float = Field(default=0.75, ge=0, le=1)


class CountryReference(Strict):
    """reference/countries.yml: extra names for ISO countries, and words that are not places."""

    aliases: dict[Annotated[str, Field(pattern=r"^[A-Z]{2}$")], list[Annotated[str, Field(min_length=1)]]] = {}
    metonyms: dict[str, str] = {}
    capital_exceptions: list[str] = []
    ambiguous_names: list[str] = []


class RegionReference(Strict):
    name: str = Field(min_length=1)
    aliases: list[str] = []
    demonyms: list[str] = []
    description: str | None = None


class MineralGroup(Strict):
    name: str = Field(min_length=1)
    slug: Slug | None = None
    aliases: list[str] = []
    case_sensitive_aliases: list[str] = []
    description: str | None = None


class MineralReference(Strict):
    spellings: dict[str, str] = {}
    groups: list[MineralGroup] = []
    products: dict[str, str] = {}
    non_elements: list[str] = []


class CriticalMinerals(Strict):
    source: str | None = None
    url: str | None = None
    minerals: list[str] = []


# How each reference file must look; a mistake is a file:line problem, never a traceback later.
REFERENCE_MODELS = {"countries": CountryReference, "minerals": MineralReference, "critical_minerals": CriticalMinerals}


@dataclass
class SiteData:
    sources: dict[str, SourceMeta] = field(default_factory=dict)
    source_lines: dict[str, int] = field(default_factory=dict)
    entries: dict[EntityKind, list[tuple[EntityEntry, int]]] = field(default_factory=dict)
    boilerplate: BoilerplateRules = field(default_factory=BoilerplateRules)
    reference: dict[str, Any] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


class _LineDict(dict):
    line: int = 0
    key_lines: dict


class _LineLoader(yaml.SafeLoader):
    """SafeLoader that remembers the line of every mapping and key, for error messages."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise yaml.constructor.ConstructorError(
                    None, None, "found a key that is not plain text (a list or mapping used as a key)",
                    key_node.start_mark)
            if key_node.value in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"found the key '{key_node.value}' twice in one mapping", key_node.start_mark)
            seen.add(key_node.value)
        mapping = _LineDict(super().construct_mapping(node, deep=deep))
        mapping.line = node.start_mark.line + 1
        mapping.key_lines = {k.value: k.start_mark.line + 1 for k, _ in node.value}
        return mapping


def _construct_line_map(loader: _LineLoader, node) -> _LineDict:
    return loader.construct_mapping(node, deep=True)


_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_line_map)

# Dates stay strings so the schema decides what a valid date is.
_LineLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_yaml(path: Path, display: str, problems: list[Problem]) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        problems.append(Problem(display, None, f"is not UTF-8 text ({exc.reason}).", "Save the file as UTF-8."))
        return None
    except OSError as exc:  # a folder, a broken link, no permission
        problems.append(Problem(display, None, f"cannot be read ({exc.strerror or exc}).",
                                "It must be a readable YAML file."))
        return None
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        what = getattr(exc, "problem", None) or str(exc)
        return problems.append(Problem(display, line, f"YAML syntax error: {what}.",
                                       "Check indentation and quote values that contain ': ' or '#'."))


def _validation_problems(exc: ValidationError, record: _LineDict, display: str, label: str,
                         offset: int = 0) -> list[Problem]:
    problems = []
    for err in exc.errors():
        loc = err["loc"]
        key = loc[0] if loc else None
        line = _line_of(record, loc) + offset if isinstance(record, _LineDict) else None
        if err["type"] == "extra_forbidden":
            allowed = ", ".join(n for n in _model_fields(label))
            problems.append(Problem(display, line, f"unknown key '{key}' in {label}.", f"Allowed keys: {allowed}."))
        elif err["type"] == "missing":
            problems.append(Problem(display, line, f"{label} is missing the required key '{key}'.",
                                    f"Add '{key}: ...'."))
        else:
            where = ".".join(str(p) for p in loc)
            problems.append(Problem(display, line, f"'{where}' of {label} {_plain(err)}.", _fix(err, where)))
    return problems


def _line_of(record: _LineDict, loc: tuple) -> int:
    """The line of the deepest key of `loc` that the YAML has ("aliases" → "KR" → the KR line)."""
    line, node = record.line, record
    for part in loc:
        if not isinstance(node, _LineDict) or part not in node:
            break
        line = node.key_lines.get(part, line)
        node = node[part]
    return line


def _model_fields(label: str) -> list[str]:
    """Allowed keys for an error message; the label starts with what was being read."""
    models: dict[str, type[BaseModel]] = {"source": SourceMeta, "front": SourceMeta,
                                          "boilerplate": BoilerplateRules,
                                          **{kind.name: kind.entry for kind in KINDS}}
    return list(models.get(label.split(" ")[0], EntityEntry).model_fields)


_PLAIN = {
    "string_pattern_mismatch": "must be lower-case letters, digits and hyphens",
    "list_type": "must be a list",
    "string_type": "must be text",
    "too_short": "must not be empty",
    "string_too_long": "is too long",
    "literal_error": "must be one of the allowed values",
}
_FIELD_FIXES = {"iso": "Example: iso: JP.", "language": "Example: language: en.", "url": "Example: url: https://example.com/a."}
_FIXES = {
    "list_type": "Write it as a list: [First, Second].",
    "string_pattern_mismatch": "Example: slug: south-korea.",
    "too_short": "Add at least one value.",
}


_PATTERNS = {"iso": "must be a two-letter ISO 3166 code in capitals", "language": "must be a language code",
             "url": "must be a web address starting with http:// or https://"}


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


def load_site_data(root: Path, display_root: str = "site_data") -> SiteData:
    """Read every file in site_data/, collecting all problems instead of stopping at the first."""
    data = SiteData()
    _load_sources(root, display_root, data)
    _load_boilerplate(root, display_root, data)
    for kind in KINDS:
        data.entries[kind] = _load_entries(root / kind.registry, f"{display_root}/{kind.registry}", kind, data.problems)
    ref_dir = root / "reference"
    for path in sorted(ref_dir.glob("*.yml")) if ref_dir.is_dir() else []:
        display = f"{display_root}/reference/{path.name}"
        loaded = read_yaml(path, display, data.problems)
        if loaded is not None and _reference_ok(path.stem, loaded, display, data.problems):
            data.reference[path.stem] = loaded
    return data


def _reference_ok(name: str, loaded: Any, display: str, problems: list[Problem]) -> bool:
    if name == "regions":
        if not isinstance(loaded, list):
            problems.append(Problem(display, 1, "must be a list of regions.", "Start each entry with '- name: ...'."))
            return False
        found = []
        for i, item in enumerate(loaded):
            try:
                RegionReference.model_validate(item)
            except ValidationError as exc:
                found += _validation_problems(exc, item, display, f"region {i + 1}")
        problems.extend(found)
        return not found
    model = REFERENCE_MODELS.get(name)
    if model is None:
        return True
    if not isinstance(loaded, dict):
        problems.append(Problem(display, 1, "must be a mapping of reference lists.", "See the comments in the file."))
        return False
    try:
        model.model_validate(loaded)
    except ValidationError as exc:
        problems.extend(_validation_problems(exc, loaded, display, f"reference/{name}"))
        return False
    return True


def _load_sources(root: Path, display_root: str, data: SiteData) -> None:
    path = root / "sources.yml"
    display = f"{display_root}/sources.yml"
    raw = read_yaml(path, display, data.problems) if path.exists() else None
    if raw is None:
        return
    if not isinstance(raw, dict):
        data.problems.append(Problem(display, 1, "must map each seed id to its metadata.",
                                     "Write 'seed-id:' then indented 'title: ...' lines."))
        return
    for seed_id, meta in raw.items():
        line = raw.key_lines.get(seed_id)
        meta = meta if meta is not None else _LineDict()
        if not isinstance(meta, dict):
            data.problems.append(Problem(display, line, f"metadata of '{seed_id}' must be a mapping.",
                                         "Indent 'title:', 'publisher:', 'date:' under the seed id."))
            continue
        try:
            data.sources[str(seed_id)] = SourceMeta.model_validate(dict(meta))
            data.source_lines[str(seed_id)] = line
        except ValidationError as exc:
            data.problems.extend(_validation_problems(exc, meta, display, f"source '{seed_id}'"))


def _load_boilerplate(root: Path, display_root: str, data: SiteData) -> None:
    path = root / "boilerplate.yml"
    display = f"{display_root}/boilerplate.yml"
    raw = read_yaml(path, display, data.problems) if path.exists() else None
    if raw is None:
        return
    try:
        data.boilerplate = BoilerplateRules.model_validate(dict(raw))
    except (ValidationError, TypeError, ValueError) as exc:
        if isinstance(exc, ValidationError):
            data.problems.extend(_validation_problems(exc, raw, display, "boilerplate rules"))
        else:
            data.problems.append(Problem(display, 1, "must be a mapping of rule lists.", ""))


def _load_entries(path: Path, display: str, kind: EntityKind, problems: list[Problem]) -> list[tuple[EntityEntry, int]]:
    if not path.exists():
        return []
    raw = read_yaml(path, display, problems)
    if raw is None:
        return []
    if not isinstance(raw, list):
        problems.append(Problem(display, getattr(raw, "line", 1), f"must be a list of {kind} entries.",
                                "Start each entry with '- name: ...'."))
        return []
    model = kind.entry
    entries = []
    for item in raw:
        if not isinstance(item, dict):
            problems.append(Problem(display, None, f"each {kind} entry must be a mapping, got {item!r}.",
                                    "Start each entry with '- name: ...'."))
            continue
        article_word = "an" if kind.name[0] in "aeiou" else "a"
        label = f"{kind} '{item['name']}'" if item.get('name') else f"{article_word} {kind} entry"
        try:
            entries.append((model.model_validate(dict(item)), item.line))
        except ValidationError as exc:
            problems.extend(_validation_problems(exc, item, display, label))
    return entries
