"""Stage 3, model (affiliations): the organisation page a person is listed on.

A person's stated affiliation names it; else a company's post said alone ("chief executive X") takes the one
company the article or the sentence names (or the one the article names far more than any other), and a company
named right before the post ("Andina MD X") does.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..kinds import EXPERT, OFFICIAL, ORGANISATION, PEOPLE
from ..recognise.org_types import canonical
from ..text import after
from .briefing import Entity
from .organisations import COMPANY_POST, HEADS_A_BODY, whole_name_before_short_form

THE_FIRM = re.compile(  # and in French, Spanish, Portuguese: "directrice générale du groupe", "presidente del directorio"
    r"\b(?:of|at) the (?:firm|company|group|miner|producer)\b|\bthe (?:firm|company|group)['’]s\b|"
    r"\b(?:du|del|do|da|de la) (?:groupe|grupo|soci[ée]t[ée]|empresa|companhia|compa[ñn][íi]a|directorio|conselho|consejo|"
    r"conseil)\b",
    re.I,
)


def tie_people(entities: dict[str, Entity], surfaces: dict[str, str]) -> None:
    """A person whose affiliation names an organisation is listed on its page. "X, CEO of the
    firm", or "chief executive X" with no body named, takes the firm when the article names exactly
    one company, or the sentence that says it names exactly one: then the text is unambiguous."""
    companies: dict[str, list[Entity]] = defaultdict(list)
    for org in entities.values():
        if org.kind is ORGANISATION and org.fields.get("type") in ("company", "state-owned"):
            for article in org.sources:
                companies[article].append(org)
    for person in [e for e in entities.values() if e.kind in PEOPLE]:
        aff = person.fields.get("affiliation")
        key = surfaces.get(aff) or surfaces.get(canonical(aff)) or _whole_name(aff, person, surfaces) if aff else None
        if key in entities:
            person.fields["organisation_key"] = key
            if person.kind is EXPERT and not person.curated_in and entities[key].fields.get("type") == "agency":
                if HEADS_A_BODY.search(person.fields.get("role") or ""):
                    person.kind = OFFICIAL  # "EXIM President X" where EXIM is the state's bank: its head is an official
        elif aff is None and (led := _led_by(person, surfaces, entities)):
            person.fields.update(affiliation=led[0].name, organisation_key=led[0].key, affiliation_from=led[1])
        elif aff is None and (post := _company_before_post(person, surfaces, entities)):
            firm, said = post  # "Andina President Jane Doe": the body named before the title is a company
            person.fields.update(affiliation=firm.name, organisation_key=firm.key, affiliation_from=said)
            if person.kind is OFFICIAL and not person.curated_in:
                person.kind = EXPERT  # a company's president is no state official
        elif aff is None:
            said = next(
                (
                    s
                    for s in person.sightings
                    if s.role and (THE_FIRM.search(s.sentence) or COMPANY_POST.fullmatch(s.role) or _boss(s.role))
                ),
                None,
            )  # "the firm's CEO", or a company's post alone ("chief executive Jane Doe told reporters")
            # (or, the article naming several, the one company the person's own sentence names)
            firms = companies[said.article] if said else []
            named = [c for c in firms if said and _named_not_told(c.name, said.sentence)]
            firms = firms if len(firms) == 1 else named or _the_article_s_company(firms, said.article if said else "")
            if said and len(firms) == 1:
                firm = firms[0]
                person.fields.update(affiliation=firm.name, organisation_key=firm.key, affiliation_from=said)


def _whole_name(aff: str, person: Entity, surfaces: dict[str, str]) -> str | None:
    """The organisation whose whole name the person's sentence gives before its short form, where the affiliation
    read is its tail (`organisations.whole_name_before_short_form`)."""
    names = (whole_name_before_short_form(aff, s.sentence) for s in person.sightings)
    return next((surfaces.get(n) for n in names if n), None)


def _the_article_s_company(firms: list[Entity], article: str) -> list[Entity]:
    """The company an article names at least twice as often as any other (and more than once): the one its
    "chief executive Jane Doe" leads, when the sentence names none."""
    counts = sorted(((sum(m.article == article for m in c.mentions), c) for c in firms), key=lambda x: -x[0])
    if counts and counts[0][0] >= 2 and (len(counts) == 1 or counts[0][0] >= 2 * counts[1][0]):
        return [counts[0][1]]
    return []


def _named_not_told(name: str, sentence: str) -> bool:
    """The sentence names the company, not as the outlet a person spoke to ("… told Verde Media")."""
    return name in sentence and not re.search(rf"\b(?:told|to)\s+(?:the\s+)?{re.escape(name)}", sentence)


def _company_post(role: str) -> bool:
    """ "Chief executive", "Chairman and CEO", "boss": a company's post, said alone."""
    return len(role.split()) <= 4 and bool(COMPANY_POST.search(role) or _boss(role))


def _boss(role: str) -> bool:
    return bool(re.fullmatch(r"(?:company\s+)?boss|company\s+head", role, re.I))  # "company head": its own


_LED_BY = re.compile(r"\s(?:led|headed|run|chaired)\s+by\s")
_SPACE = re.compile(r"\s+")


def _led_by(person: Entity, surfaces: dict[str, str], entities: dict[str, Entity]) -> tuple | None:
    """ "the Verde Council, led by chief executive Jane Doe": the body the person's post is in."""
    for s in person.sightings:
        if (
            s.role
            and _LED_BY.search(s.sentence)  # most sentences: no pattern compiled for the names
            and (
                m := re.search(
                    rf"(\S+(?:\s\S+){{0,5}}),?\s+(?:led|headed|run|chaired)\s+by\s+(?:its\s+)?"
                    rf"{re.escape(s.role)}\s+{re.escape(s.name)}",
                    s.sentence,
                )
            )
        ):
            words = m.group(1).split()
            for i in range(len(words)):
                org = entities.get(surfaces.get(" ".join(words[i:]).rstrip(",")) or "")
                if org and org.kind is ORGANISATION:
                    return org, s
    return None


def _company_before_post(person: Entity, surfaces: dict[str, str], entities: dict[str, Entity]) -> tuple | None:
    """The company or state firm whose name comes right before a person's title and name."""
    for s in person.sightings:
        if (
            s.role
            and after(s.role, s.sentence, _SPACE, then=s.name)  # else no pattern compiled for the names
            and (m := re.search(rf"(\S+(?:\s\S+){{0,3}})\s+{re.escape(s.role)}\s+{re.escape(s.name)}", s.sentence))
        ):
            words = m.group(1).split()
            for i in range(len(words)):
                org = entities.get(surfaces.get(" ".join(words[i:])) or "") or _named_in_full(
                    " ".join(words[i:]), s.article, entities
                )
                if org and org.kind is ORGANISATION and org.fields.get("type") in ("company", "state-owned"):
                    return org, s
    return None


def _named_in_full(short: str, article: str, entities: dict[str, Entity]) -> Entity | None:
    """ "Andina MD Jane Doe" where the article names "Andina Resources": the one company of the article whose
    name begins with the words."""
    firms = [
        e
        for e in entities.values()
        if e.kind is ORGANISATION and e.name.startswith(short + " ") and article in e.sources and short[:1].isupper()
    ]
    return firms[0] if len(firms) == 1 else None
