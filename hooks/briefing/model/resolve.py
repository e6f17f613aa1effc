"""Entities from reference data and the registry: places and minerals matched by ISO code or
name, and people resolved to one entity per real person (registry names first, then full
names, then surnames)."""

from __future__ import annotations

import re
from collections import defaultdict

from ..keys import person_key
from ..kinds import BY_NAME, COUNTRY, EXPERT, MINERAL, OFFICIAL, PEOPLE, PlaceType
from ..kinds.person import stated_place
from ..recognise.gazetteer import Gazetteer
from ..recognise.people import PersonSighting
from ..recognise.person_names import SURNAME_PARTICLES, in_full, surname
from ..sitedata import SiteData
from ..slugs import slugify
from .briefing import Entity


def curate_places_and_minerals(site: SiteData, gaz: Gazetteer, entities: dict[str, Entity]) -> dict[str, str]:
    """Registry entries for places and minerals: match reference data by ISO code or name, add aliases."""
    aliases: dict[str, str] = {}
    iso_keys = {p.iso: k for k, p in gaz.places.items() if p.iso}
    for kind, table in ((COUNTRY, gaz.places), (MINERAL, gaz.minerals)):
        for entry, line in site.entries.get(kind, []):
            key = (
                iso_keys.get(getattr(entry, "iso", None))
                or gaz.proper.get(entry.name)
                or gaz.common.get(entry.name.casefold())
                or kind.key(entry.slug or slugify(entry.name))
            )
            entity = entities.setdefault(
                key, reference_entity(key, gaz) if key in table else Entity(kind, key, entry.name)
            )
            entity.name, entity.description = entry.name, entry.description or entity.description
            entity.slug = entry.slug or ""
            entity.curated_in = f"site_data/{kind.registry}:{line}"
            if kind is COUNTRY and key not in table:
                entity.fields["type"] = getattr(entry, "type", PlaceType.COUNTRY)
            for alias in [entry.name, *entry.aliases]:
                aliases[alias] = key
    return aliases


def reference_entity(key: str, gaz: Gazetteer) -> Entity:
    if key in gaz.places:
        p = gaz.places[key]
        return Entity(
            COUNTRY,
            key,
            p.name,
            description=p.description,
            fields={"type": p.type, "iso": p.iso, "capital": p.capital, "region": p.region},
        )
    if key in gaz.minerals:
        m = gaz.minerals[key]
        return Entity(
            MINERAL,
            key,
            m.name,
            description=m.description,
            fields={
                "symbol": m.symbol,
                "atomic_number": m.atomic_number,
                "rare_earth": m.rare_earth,
                "critical": m.critical,
                "group": m.group,
            },
        )
    kind = BY_NAME[key.split(":", 1)[0]]
    return Entity(kind, key, key.split(":", 1)[1].replace("-", " ").title())


def resolve_people(
    sightings: list[PersonSighting],
    site: SiteData,
    gaz: Gazetteer,
    entities: dict[str, Entity],
    place_aliases: dict[str, str],
) -> tuple[dict[str, str], dict[str, str], list[PersonSighting]]:
    """One entity per real person: registry names and aliases first, then full names, then surnames."""
    alias_to_key: dict[str, str] = {}
    for kind in PEOPLE:
        for entry, line in site.entries.get(kind, []):
            key = person_key(entry.slug or slugify(entry.name))
            e = entities.setdefault(key, Entity(kind, key, entry.name, slug=entry.slug or ""))
            e.description, e.curated_in = entry.description, f"site_data/{kind.registry}:{line}"
            for f in entry.own_fields():
                if getattr(entry, f, None):
                    e.fields[f] = getattr(entry, f)
                    e.curated_fields.add(f)
            for alias in [entry.name, *entry.aliases]:
                alias_to_key[alias] = key
    described = {(s.article, s.name) for s in sightings if not in_full(s.name) and s.kind}  # "Ortiz, an analyst"
    full = [
        s
        for s in sightings
        if in_full(s.name) and s.name not in alias_to_key and (s.kind or (s.article, surname(s.name)) in described)
    ]
    plain = {_without_initials(s.name) for s in full} | set(alias_to_key)
    for s in full:  # "Donald J. Ruritan" is "Donald Ruritan" when the text names him so too
        bare = _without_initials(s.name)
        name = bare if bare != s.name and bare in plain and " " in bare else s.name
        alias_to_key.setdefault(s.name, alias_to_key.get(name) or person_key(slugify(name)))
    tails = {  # (every end that opens with a particle: "Al Faleh" of "Khalid Bin Abdul Aziz Al Faleh")
        (s.article, " ".join(words[j:])): alias_to_key[s.name]
        for s in full
        if len(words := s.name.split()) >= 3
        for j in range(1, len(words) - 1)
        if j == 1 or words[j] in SURNAME_PARTICLES
    }
    for s in full:  # "CEO Al Roe" after "Jon Al Roe" in one article: the surname with its particle
        if s.name.split()[0] in SURNAME_PARTICLES and (key := tails.get((s.article, s.name))):
            alias_to_key[s.name] = key
    by_surname: dict[str, set[str]] = defaultdict(set)
    full_name: dict[str, str] = {}  # a person's page is named by a full name, not a surname met first
    for name, key in alias_to_key.items():
        if in_full(name):
            by_surname[surname(name)].add(key)
            full_name.setdefault(key, name)
    by_first: dict[tuple[str, str], set[str]] = defaultdict(set)  # "Minister Jon" after "Jon Roe", in one article
    in_article: dict[tuple[str, str], set[str]] = defaultdict(set)  # "Treasurer Roe" after "Jim Roe", in one article
    for s in full:
        by_first[(s.article, s.name.split()[0])].add(alias_to_key[s.name])
        in_article[(s.article, surname(s.name))].add(alias_to_key[s.name])
    candidates = []
    for s in sightings:
        # a surname another article gives to someone else is still, here, the one this article names in full
        same_surname = in_article.get((s.article, s.name), set())
        same_surname = same_surname if len(same_surname) == 1 else by_surname.get(s.name, set())
        same_surname = same_surname or by_first.get((s.article, s.name), set())
        key = alias_to_key.get(s.name) or (next(iter(same_surname)) if len(same_surname) == 1 else None)
        if key is None and s.kind:
            key = alias_to_key.setdefault(s.name, person_key(slugify(s.name)))
        if key is None:
            candidates.append(s)
            continue
        e = entities.setdefault(key, Entity(s.kind, key, full_name.get(key, s.name)))
        if e.kind is None or (e.kind is EXPERT and s.kind is OFFICIAL and not e.curated_in):
            e.kind = s.kind or e.kind  # a sighting with a role decides; an official title outranks "expert"
        e.sightings.append(s)
        for f, value in (("role", s.role), ("affiliation", s.affiliation)):
            if value and f not in e.fields:
                e.fields[f] = value
    for e in entities.values():
        if e.kind in PEOPLE:
            place = stated_place(e.fields)
            e.fields["country_key"] = (
                place_aliases.get(place)
                or gaz.proper.get(place)
                or gaz.demonyms.get(place)
                or (COUNTRY.key(place) if place and COUNTRY.key(place) in gaz.places else None)
            )
    surnames = {
        n: k
        for n, keys in by_surname.items()
        for k in keys
        if len(keys) == 1 and len(n) > 2 and n not in gaz.proper and n not in place_aliases
    }
    return {**{n: k for n, k in alias_to_key.items()}}, surnames, candidates


_INITIAL = re.compile(r"\s+[A-Z]\.(?=\s)")


def _without_initials(name: str) -> str:
    """A full name without its middle initials: "Jane Q. Doe" → "Jane Doe"."""
    return _INITIAL.sub("", name)
