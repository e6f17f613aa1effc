"""Organisations across articles: one entity per organisation, whatever legal ending the text
uses ("Northgate Plc" and "Northgate"); the registry names, types and places them; the deals
that name one as a party and the people it employs point to its page."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from ..keys import is_org, org_name
from ..kinds import DEAL, ORGANISATION
from ..recognise.gazetteer import Gazetteer
from ..recognise.not_bodies import EVENT
from ..recognise.org_cues import OWNED
from ..recognise.org_forms import without_place_tail
from ..recognise.org_names import plausible
from ..recognise.org_patterns import AGENCY_HEADS, NAME, NOT_A_BODY, government_place
from ..recognise.org_types import canonical, folded_acronyms, org_type
from ..recognise.organisations import OrgSighting
from ..recognise.people import PersonSighting
from ..recognise.titles import NAMED_PLACE, is_portfolio
from ..sitedata import SiteData
from ..slugs import slugify
from ..text import after
from .briefing import Entity
from .short_forms import acronyms

# When sightings disagree on the type, the most specific wins ("state-owned" over "company").
STATE_BODY = frozenset({"agency", "international", "state-owned"})  # its state is no party beside it
TYPE_RANK = {"international": 0, "state-owned": 1, "agency": 2, "research": 3, "association": 4, "company": 5}


# Posts that head a body: held in a state agency, an official's.
HEADS_A_BODY = re.compile(
    r"(?i)\b(?:president|chair\w*|director|head|administrator|governor|commissioner|chief executive|ceo)\b"
)


def org_key_of(name: str) -> str:
    """One key for the forms of a name: legal ending and acronym dots aside ("U.S. X" = "US X")."""
    return ORGANISATION.key(slugify(re.sub(r"\b([A-Z])\.(?=[A-Z]\.?)|(?<=[A-Z])\.(?=\s|$)", r"\1", canonical(name))))


PORTFOLIO_POST = re.compile(r"\b(?:minister|secretary|commissioner)$", re.I)
COMPANY_POST = re.compile(r"\b(?:CEO|CFO|COO|chief executive|executive chair\w*|managing director|founder)\b", re.I)


_SHORT_FORM_NEXT = re.compile(r"\s+\([A-Z]{2,8}\)")


def whole_name_before_short_form(tail: str, sentence: str) -> str | None:
    """ "Centre for X Governance (CXG) Director Jane Doe", whose affiliation was read as "X Governance": the body's
    whole name, its capitalised words and "of" or "for" before the tail, right before its short form."""
    if not after(tail, sentence, _SHORT_FORM_NEXT):  # most sentences: no pattern compiled for the tail
        return None
    m = re.search(rf"(?:[A-Z][\w'’-]*\s+)+(?:of|for)\s+(?:the\s+)?{re.escape(tail)}(?=\s+\([A-Z]{{2,8}}\))", sentence)
    return m.group(0) if m else None


_PLAUSIBLE: dict = {"words": None, "answers": {}}  # `plausible` of each affiliation, for these places and names


def affiliation_sightings(people: list[PersonSighting], places: set[str], names: set[str]) -> list[OrgSighting]:
    """A person's stated affiliation, when it is a name (not a place or a phrase), is an organisation.
    `plausible` is remembered while the places and people's names stay the same: the live preview
    asks it again for every person of every article at every rebuild (0.1-0.2 s at 1,000 articles)."""
    out = []
    words = (frozenset(places), frozenset(names))
    if _PLAUSIBLE["words"] != words:
        _PLAUSIBLE.update(words=words, answers={})
    answers = _PLAUSIBLE["answers"]
    for s in people:
        aff, place = s.affiliation, None
        if aff and (owned := OWNED.match(aff)) and owned["owner"] in places and re.match(r"[A-Z]", owned["rest"]):
            aff, place = owned["rest"], owned["owner"]  # "Verde's Ministry of Mines": the ministry, in Verde
        aff = (aff and whole_name_before_short_form(aff, s.sentence)) or aff  # "Centre for X (CX) Director Y"
        employer = bool(s.role and COMPANY_POST.search(s.role))
        if (
            s.role
            and PORTFOLIO_POST.search(s.role)
            and aff
            and not AGENCY_HEADS.search(aff)
            or aff
            and is_portfolio(aff)
        ):
            continue  # "X, Ruritania's minister of Deep Ore Affairs", "Director of Mines": a portfolio, not a body
        if (
            aff
            and re.fullmatch(NAME, aff.replace(".", ""))
            and not NAMED_PLACE.search(aff)
            and (
                answers[(aff, employer)]
                if (aff, employer) in answers
                else answers.setdefault((aff, employer), plausible(aff, places, names, employer))
            )
        ):
            out.append(OrgSighting(s.article, s.anchor, s.sentence, aff, org_type(aff), place, "affiliation"))
    return out


def resolve_organisations(
    sightings: list[OrgSighting],
    site: SiteData,
    gaz: Gazetteer,
    entities: dict[str, Entity],
    place_aliases: dict,
    reference: dict[str, str] | None = None,
) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Organisation entities from sightings and the registry; returns every surface → key, and
    (name, reason) for each page an entry suppresses. `reference` maps every name of an
    international body or national agency to its reference name: one page, by that name."""
    reference = reference or {}
    folded = folded_acronyms(reference)  # "Abcd" for "ABCD"
    surfaces: dict[str, str] = {}
    suppressed: list[tuple[str, str]] = []
    for entry, line in site.entries.get(ORGANISATION, []):
        key = ORGANISATION.key(entry.slug or slugify(canonical(entry.name)))
        e = entities.setdefault(key, Entity(ORGANISATION, key, entry.name, slug=entry.slug or ""))
        e.description, e.curated_in = entry.description, f"site_data/{ORGANISATION.registry}:{line}"
        for f in entry.own_fields():
            if getattr(entry, f, None):
                e.fields[f] = getattr(entry, f)
                e.curated_fields.add(f)
        if entry.country:
            e.fields["country_key"] = _place_key(entry.country, gaz, place_aliases)
        for alias in [entry.name, canonical(entry.name), *entry.aliases]:
            surfaces[alias] = key
    short = acronyms(sightings, lambda word: _place_key(word, gaz, place_aliases) is not None)
    spelled_by = {name: a for a, name in short.items()}
    for s in sightings:
        full = short.get(s.name)  # "PNIA", where the text wrote "Philippine Nickel Industry Association (PNIA)"
        key = surfaces.get(s.name) or surfaces.get(canonical(s.name)) or (surfaces.get(full) if full else None)
        named = reference.get(s.name) or folded.get(s.name.casefold())  # "the Pentagon": the reference name's page
        named = named or reference.get(spelled_by.get(s.name, ""))  # "Andina Copper Corporation (CCA)", CCA known
        key = key or org_key_of(named or full or s.name)
        e = entities.setdefault(
            key, Entity(ORGANISATION, key, named or canonical(full if full and " " in full else s.name))
        )
        if named and s.name != named and s.name not in e.aliases:
            e.aliases.append(s.name)
        e.sightings.append(s)
        # "Mineral Resources" of "Mineral Resources Ltd" is a portfolio's name in other articles ("Minister of
        # Mineral Resources"): the company is linked by its other names only
        for surface in (x for x in (s.name, canonical(s.name)) if not (is_portfolio(x) and len(x.split()) <= 2)):
            surfaces.setdefault(surface, key)
        for acronym in (a for a, name in short.items() if name == s.name and a not in e.aliases):
            surfaces.setdefault(acronym, key)
            e.aliases.append(acronym)
        if s.type and "type" not in e.curated_fields:
            if TYPE_RANK.get(s.type, 9) < TYPE_RANK.get(e.fields.get("type"), 10):
                e.fields["type"], e.fields["type_from"] = s.type, s
        place = _place_key(s.place, gaz, place_aliases) if s.place else None
        if place and "country_key" not in e.fields:
            e.fields["country_key"], e.fields["country_key_from"] = place, s
    names_of: dict[str, list[str]] = {}
    for alias, name in reference.items():
        names_of.setdefault(name, []).append(alias)
    for name, aliases in names_of.items():  # "the Pentagon", "IEA": every name of a reference body links to its page
        key = next((surfaces[a] for a in [name, *aliases] if a in surfaces), None)
        for alias in aliases if key else ():
            surfaces.setdefault(alias, key)
            if alias != name and alias not in entities[key].aliases:
                entities[key].aliases.append(alias)
    for entry, _line in site.entries.get(ORGANISATION, []):
        if entry.suppress:  # a wrong page: gone, and its names link nowhere
            key = ORGANISATION.key(entry.slug or slugify(canonical(entry.name)))
            entities.pop(key, None)
            for surface in [k for k, v in surfaces.items() if v == key]:
                del surfaces[surface]
            suppressed.append((entry.name, entry.suppress))
    return surfaces, suppressed


# Cues that say a name is an organisation's: a descriptor, a short form, a listing, reference data.
UNVOUCHED = {"name", "affiliation", "listed with organisations", None}


def ordinary_word(name: str, cue: str | None, common: frozenset[str]) -> bool:
    """One capitalised ordinary word ("Water", "Legal") that nothing but its capital calls a name."""
    return (
        bool(re.fullmatch(r"[A-Z][a-z]+", name))
        and name.lower() in common
        and (cue in UNVOUCHED or cue.startswith("owner of"))
    )


def given_names_by_article(people: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    """The given names of the people each article names (article, full name): "Jon, the company recently
    announced …" is an interviewer addressing Jon Roe, not an organisation "Jon"."""
    out: dict[str, set[str]] = defaultdict(set)
    for article, name in people:
        if " " in name:
            out[article].add(name.split()[0])
    return out


def link_deal_parties(
    entities: dict[str, Entity],
    surfaces: dict[str, str],
    places: set,
    people: set,
    common: frozenset[str] = frozenset(),
    place_keys: dict[str, str] | None = None,
) -> None:
    """A deal party written as an organisation's name points to its page; a party the deal's
    sentence names that has no page yet gets one, with the deal's sentences as its sources. "The
    Ruritania Government" is the state (`place_keys`: a place's name → its key)."""
    given_names = given_names_by_article(
        (s.article, e.name) for e in entities.values() if e.kind.person for s in e.sightings
    )
    for deal in [e for e in entities.values() if e.kind is DEAL]:
        parties = deal.fields["parties"]
        if any(is_org(p) and EVENT.search(org_name(p)) for p in parties):
            del entities[deal.key]  # "… signed at the Ruritania Mining Forum": an event is no party
            continue
        for i, party in enumerate(parties):
            if not is_org(party):
                continue
            name = without_place_tail(org_name(party), place_keys or {})  # "X Group of Verde": the group
            if " " not in name and any(name in given_names[s.article] for s in deal.sightings if party in s.parties):
                parties[i] = None  # a person's given name, not a body
                continue
            if key := (place_keys or {}).get(government_place(name)) or (place_keys or {}).get(name):  # "Verde and X"
                parties[i] = key
                continue
            key = surfaces.get(name) or surfaces.get(canonical(name))
            word = re.compile(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])")
            said = [x.sentence for x in deal.sightings if party in x.parties]
            longer = (
                [k for s, k in surfaces.items() if s != name and _short_name_of(word, s, said)] if key is None else []
            )
            if len(set(longer)) == 1:  # "Huayou" of "Zhejiang Huayou Cobalt", "X" of "X & Y": its short name
                key = longer[0]
            # a name, not a description ("an Argentinian government-run mining enterprise")
            if (
                key is None
                and name_like(name)
                and plausible(name, places, people)
                and not ordinary_word(name, None, common)
            ):
                key = org_key_of(name)
                surfaces[name] = surfaces[canonical(name)] = key
            if key is None:
                continue
            org = entities.setdefault(key, Entity(ORGANISATION, key, canonical(name)))
            parties[i] = key
            org.sightings += [s for s in deal.sightings if party in s.parties and s not in org.sightings]
        parties = [p for p in dict.fromkeys(parties) if p is not None]  # two spellings of one organisation: one party
        bodies_of = {
            entities[p].fields.get("country_key")
            for p in parties
            if ORGANISATION.owns(p) and p in entities and entities[p].fields.get("type") in STATE_BODY
        }
        # "the US Department of Defense and US investors": the state's body is the state; a company is not
        # ("Verde Metals got a grant from Ruritania" is a deal between the two)
        parties = [p for p in parties if p not in bodies_of]
        if len(parties) < 2:
            del entities[deal.key]  # "X signs with the Government of X": one party, no deal between two
            continue
        deal.fields["parties"] = parties


# "Mineral Resources" after "of" or "and" in "Ministry of Energy and Mineral Resources" is the body's remit, not its name
_REMIT_BEFORE = frozenset({"of", "and", "for", "on", "de", "del", "des", "du", "&"})


def _short_name_of(word: re.Pattern, longer: str, sentences: list[str]) -> bool:
    """Whether the name `word` matches is a short form of the longer name: found in it, not where the longer
    name says what a body is for, and a short word in capitals only at its start ("BHP" of "BHP Billiton", not
    "WA" of "United WA State Army"); or a piece of it that a sentence of the deal writes in full ("Heavy
    Industry of X" of "the Ministry of Mining and Heavy Industry of X signed …")."""
    m = word.search(longer)
    if m is None:
        return False
    if m.start() == 0 or any(longer in sentence for sentence in sentences):
        return True
    short = m.group(0)
    return longer[: m.start()].split()[-1].casefold() not in _REMIT_BEFORE and not (short.isupper() and len(short) <= 3)


def name_like(name: str) -> bool:
    """Written as a body's name: capitalised words and connectors, not a description ("Ruritania's
    biggest copper producer") and not a plan or a programme ("Economic Modernization Program")."""
    words = re.sub(r"['’]s\b", "", name).split()
    return (
        bool(words)
        and all(w[:1].isupper() or w[:1].isdigit() or len(w) <= 3 for w in words)  # "of", "de", "y", "&"
        and not NOT_A_BODY.search(name)
    )


def _place_key(place: str, gaz: Gazetteer, place_aliases: dict) -> str | None:
    return place_aliases.get(place) or gaz.proper.get(place) or gaz.demonyms.get(place)
