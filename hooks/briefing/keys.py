"""Entity keys: the one place that writes and reads the prefixed strings that name entities.

A key is `<prefix>:<name>`: `country:chile` and `mineral:cobalt` (the kind's name, see
`EntityKind.key`), `person:ana-ruiz` for people (an expert and an official share one key space,
since a person's kind is decided after all their sightings), and `org:<name as written>` for an
organisation that is a deal's party but has no page.
"""

from __future__ import annotations

_ORG = "org:"
_PERSON = "person:"


def org_key(name: str) -> str:
    return f"{_ORG}{name}"


def is_org(key: str) -> bool:
    return key.startswith(_ORG)


def org_name(key: str) -> str:
    """The organisation's name as the article wrote it."""
    return key.removeprefix(_ORG)


def person_key(slug: str) -> str:
    return f"{_PERSON}{slug}"


def is_person(key: str) -> bool:
    return key.startswith(_PERSON)
