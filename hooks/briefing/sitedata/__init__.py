"""Stage 0: curated site data (`site_data/*.yml`) loaded into typed, validated records.

Contributors edit these files in pull requests, so every problem becomes a `Problem` that names
the file and line and says how to fix it; nothing here may end in a traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..errors import Problem
from ..kinds import KINDS, EntityKind
from ..records import EntityEntry
from .models import (
    REFERENCE_LISTS,
    REFERENCE_MODELS,
    BoilerplateRules,
    CountryReference,
    CriticalMinerals,
    MineralGroup,
    MineralReference,
    RegionReference,
    SiteData,
    SourceMeta,
)
from .reading import LineDict, LineLoader, read_yaml, validation_problems

__all__ = [
    "REFERENCE_MODELS",
    "BoilerplateRules",
    "CountryReference",
    "CriticalMinerals",
    "LineDict",
    "LineLoader",
    "MineralGroup",
    "MineralReference",
    "RegionReference",
    "SiteData",
    "SourceMeta",
    "load_site_data",
    "read_yaml",
    "validation_problems",
]


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
        validated = _validated_reference(path.stem, loaded, display, data.problems) if loaded is not None else None
        if validated is not None:
            setattr(data.reference, path.stem, validated)
    return data


def _validated_reference(name: str, loaded: Any, display: str, problems: list[Problem]) -> Any:
    """The file as its model (regions: a list of them); None, with problems, if it is wrong.
    A file no model describes is not read."""
    if name in REFERENCE_LISTS:
        model, called = REFERENCE_LISTS[name]
        if not isinstance(loaded, list):
            problems.append(
                Problem(display, 1, f"must be a list of {called}s.", "Start each entry with '- name: ...'.")
            )
            return None
        items, found = [], []
        for i, item in enumerate(loaded):
            try:
                items.append(model.model_validate(item))
            except ValidationError as exc:
                found += validation_problems(exc, item, display, f"{called} {i + 1}")
        problems.extend(found)
        return None if found else items
    model = REFERENCE_MODELS.get(name)
    if model is None:
        return None
    if not isinstance(loaded, dict):
        problems.append(Problem(display, 1, "must be a mapping of reference lists.", "See the comments in the file."))
        return None
    try:
        return model.model_validate(loaded)
    except ValidationError as exc:
        problems.extend(validation_problems(exc, loaded, display, f"reference/{name}"))
        return None


def _load_sources(root: Path, display_root: str, data: SiteData) -> None:
    path = root / "sources.yml"
    display = f"{display_root}/sources.yml"
    raw = read_yaml(path, display, data.problems) if path.exists() else None
    if raw is None:
        return
    if not isinstance(raw, dict):
        data.problems.append(
            Problem(
                display,
                1,
                "must map each seed id to its metadata.",
                "Write 'seed-id:' then indented 'title: ...' lines.",
            )
        )
        return
    for seed_id, meta in raw.items():
        line = raw.key_lines.get(seed_id)
        meta = meta if meta is not None else LineDict()
        if not isinstance(meta, dict):
            data.problems.append(
                Problem(
                    display,
                    line,
                    f"metadata of '{seed_id}' must be a mapping.",
                    "Indent 'title:', 'publisher:', 'date:' under the seed id.",
                )
            )
            continue
        try:
            data.sources[str(seed_id)] = SourceMeta.model_validate(dict(meta))
            data.source_lines[str(seed_id)] = line
        except ValidationError as exc:
            data.problems.extend(validation_problems(exc, meta, display, f"source '{seed_id}'"))


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
            data.problems.extend(validation_problems(exc, raw, display, "boilerplate rules"))
        else:
            data.problems.append(Problem(display, 1, "must be a mapping of rule lists.", ""))


def _load_entries(path: Path, display: str, kind: EntityKind, problems: list[Problem]) -> list[tuple[EntityEntry, int]]:
    if not path.exists():
        return []
    raw = read_yaml(path, display, problems)
    if raw is None:
        return []
    if not isinstance(raw, list):
        problems.append(
            Problem(
                display,
                getattr(raw, "line", 1),
                f"must be a list of {kind} entries.",
                "Start each entry with '- name: ...'.",
            )
        )
        return []
    model = kind.entry
    entries = []
    for item in raw:
        if not isinstance(item, dict):
            problems.append(
                Problem(
                    display,
                    None,
                    f"each {kind} entry must be a mapping, got {item!r}.",
                    "Start each entry with '- name: ...'.",
                )
            )
            continue
        article_word = "an" if kind.name[0] in "aeiou" else "a"
        label = f"{kind} '{item['name']}'" if item.get("name") else f"{article_word} {kind} entry"
        try:
            entries.append((model.model_validate(dict(item)), item.line))
        except ValidationError as exc:
            problems.extend(validation_problems(exc, item, display, label))
    return entries
