"""The kinds of entity the site has topic pages for, in the order the site shows them.

Every list of kinds in the generator (pages, navigation, site data files, schemas, the quality
script, tests) comes from `KINDS`. To add a kind: write its module here (an `EntityKind`
subclass with its entry model, index columns and page details), add it to `KINDS`, and teach
recognition and the model how to find it.
"""

from __future__ import annotations

from .base import EntityKind
from .country import COUNTRY, PLACE_TYPES, PlaceType
from .deal import DEAL
from .expert import EXPERT
from .mineral import MINERAL
from .official import OFFICIAL
from .organisation import ORGANISATION
from .policy import POLICY

KINDS: tuple[EntityKind, ...] = (DEAL, POLICY, COUNTRY, MINERAL, ORGANISATION, EXPERT, OFFICIAL)
PEOPLE: tuple[EntityKind, ...] = tuple(k for k in KINDS if k.person)
BY_NAME: dict[str, EntityKind] = {k.name: k for k in KINDS}

__all__ = [
    "BY_NAME",
    "COUNTRY",
    "DEAL",
    "EXPERT",
    "KINDS",
    "MINERAL",
    "OFFICIAL",
    "ORGANISATION",
    "PEOPLE",
    "PLACE_TYPES",
    "POLICY",
    "EntityKind",
    "PlaceType",
]
