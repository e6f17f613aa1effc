"""Stage 2, recognise deals (parties): who a sentence says makes the deal its trigger word names.

Two organisations the site knows ("X signed with Y"), an awarder and its awardee, organisations by their
head nouns, places, "between the two nations", an organisation and the place a "with" names, "… by X and
Y"; and when a contract is a deal (`a_contract`), and signatories the site does not know yet.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..keys import is_org, is_person, org_key, org_name
from ..kinds import COUNTRY
from .counterparts import between_named, names_from, subject_with_counterpart
from .deal_words import SIGNED_BY, SIGNED_BY_PEOPLE, SIGNED_ONE, TWO_NATIONS, place_not_party
from .mentions import Mention
from .org_spans import OrgSpan, find_orgs
from .parties import EXCLUDING, GOVERNMENT, org_parties, phrase_parties, place_parties
from .party_phrases import AWARDED, named_bodies, phrase_named
from .transaction_words import COMPANY_NOUN
from .transactions import find_signatories

# "With the presence of Chancellor X and President Y, A and B signed the MoU": the leaders watch, A and B sign.
WITNESSES = re.compile(r"^(?:(?:In|With)\s+the\s+presence\s+of|Witnessed\s+by|In\s+front\s+of)\b[^,;]*,\s*")


@dataclass
class DealContext:
    """One sentence as the deal finder reads it: its places, people and the organisations the site knows."""

    sentence: str
    places: list[tuple[int, int, str]]
    people: list[str]
    people_spans: tuple[tuple[int, int], ...]
    protagonist_of: dict[str, str]
    home: str | None  # the country the article names most: the one "the government" means
    paragraph_places: Counter
    organisations: list[OrgSpan] = field(default_factory=list)  # names the site knows as organisations
    previous_org: str | None = None  # the first organisation of the latest sentence naming one: the one "it" is


def sentence_parties(c: DealContext, trig: re.Match) -> list[str]:
    """Parties for one trigger word: two organisations the site knows ("X signed with Y") or an awarder
    and its awardee, then organisations by their head nouns, then places, then "between the two
    nations", then an organisation and the place a "with" names."""
    by_head = find_orgs(c.sentence)
    known = c.organisations
    orgs = named_bodies(c.sentence, known, by_head)
    both_known = (
        subject_with_counterpart(c.sentence, known, trig, [])
        or phrase_named(c, orgs, trig)
        or between_named(c.sentence, known, trig, c.places)
    )
    if both_known:  # "Andina Cobre agreed a marketing plan with Ruritania's Minera Sur": not Ruritania
        return both_known
    if owned := owner_with_counterpart(c, trig):
        return owned
    if (by := SIGNED_BY.match(c.sentence, trig.end())) and not SIGNED_BY_PEOPLE.search(by["cp"]):
        signers = phrase_parties(c.sentence, by.start("cp"), by.end("cp"), c.places, c.people_spans)  # "… by X and Y"
        if len(signers) >= 2:  # they signed it, whatever the sentence says it is between
            return signers
    parties = org_parties(c.sentence, by_head, trig, c.places, orgs)
    if parties is None:
        start = witnessed.end() if (witnessed := WITNESSES.match(c.sentence)) else 0  # those who watch sign nothing
        seen = [(p, at) for p, at in zip(c.people, c.people_spans, strict=False) if at[0] >= start]
        places = [p for p in c.places if p[0] >= start]
        parties = place_parties(
            c.sentence, places, trig, [p for p, _ in seen], c.protagonist_of, tuple(a for _, a in seen), c.home
        )
        if len(parties) < 2 and TWO_NATIONS.search(c.sentence):
            parties = [k for k, _ in c.paragraph_places.most_common(2)]
    if len(parties) < 2:  # "X inked a deal with Y", X and Y names the site knows as organisations
        parties = subject_with_counterpart(c.sentence, orgs, trig, c.places + government_with(c, trig)) or parties
    if len(parties) < 2:
        parties = pronoun_signs(c, trig) or parties
    return parties if len(parties) >= 2 else []


# "X is developing the deposit in a joint venture with the government": the state the article names most.
GOVERNMENT_WITH = re.compile(rf"\s+with\s+(?P<state>the\s+{GOVERNMENT})")


def government_with(c: DealContext, trig: re.Match) -> list[tuple[int, int, str]]:
    """ "the government" right after the trigger's "with", as the place span of the article's state (`home`)."""
    m = GOVERNMENT_WITH.match(c.sentence, trig.end()) if c.home else None
    return [(m.start("state"), m.end("state"), c.home)] if m else []


# "It executed a binding offtake agreement with Y", "In 2022, the company signed an MoU with Y": a company just named.
PRONOUN_SIGNS = re.compile(
    rf"^(?:[A-Z][^,;]{{0,40}},\s+)?(?:It|[Tt]he\s+(?:{COMPANY_NOUN}))\s+(?:[a-z]+\s+){{0,2}}?"
    r"(?:signed|inked|executed|entered\s+into|struck|sealed|concluded|finali[sz]ed|reached)\s+(?:[\w-]+\s+){0,6}?$"
)


WITH = re.compile(r"\s+with\s+(?:the\s+)?")
_NAME_AFTER = re.compile(r"(?!The\b|This\b|Its\b)[A-Z][\w-]+(?:\s[A-Z][\w-]+){0,3}(?![\w’'])")
_NAME_BEFORE = re.compile(r"(?<![\w.’'-])(?!The\b|This\b|Its\b)[A-Z][a-z]+(?:\s[A-Z][a-z]+)?$")
OWNER_BEFORE = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}$")  # "Andina's [new] joint venture"


def owner_with_counterpart(c: DealContext, trig: re.Match) -> list[str] | None:
    """ "Andina's joint lithium project with Verde Mines": the venture's owner, named right before "’s", and the
    organisation or place its "with" names."""
    owner_at = OWNER_BEFORE.search(c.sentence, max(0, trig.start() - 40), trig.start())
    with_m = WITH.match(c.sentence, trig.end())
    if owner_at is None or with_m is None:
        return None
    before = [k for a, b, k in names_from(c.sentence, c.organisations, [], 0) if b == owner_at.start()]
    before += [k for a, b, k in c.places if b == owner_at.start()]
    if not before and (word := _NAME_BEFORE.search(c.sentence, 0, owner_at.start())):
        before = [org_key(word.group(0))]  # "Roeshan's joint project": a name the text gave in full before
    after = [k for at, _, k in names_from(c.sentence, c.organisations, c.places, with_m.end()) if at == with_m.end()]
    if before and not after and (name := _NAME_AFTER.match(c.sentence, with_m.end())):
        after = [org_key(name.group(0))]  # "… with Andina Cobre in Verde": a name the site does not know yet
    return [before[0], after[0]] if before and after and before[0] != after[0] else None


def pronoun_signs(c: DealContext, trig: re.Match) -> list[str] | None:
    """The company the text has just named, when the sentence's subject is "it" or "the company", and the
    organisation or place a "with" right after the trigger names."""
    if c.previous_org is None or not PRONOUN_SIGNS.match(c.sentence, 0, trig.start()):
        return None
    with_m = WITH.match(c.sentence, trig.end())
    if with_m is None:
        return None
    named = names_from(c.sentence, c.organisations, c.places, with_m.end())
    other = next((k for at, _, k in named if at == with_m.end()), None)
    return [c.previous_org, other] if other and other != c.previous_org else None


def a_contract(c: DealContext, trig: re.Match, parties: list[str]) -> bool:
    """A contract is a deal when the sentence names every party and a "with"/"between" after the
    word names one of them ("signed a contract with Y"); not "buyers in X and Y sign contracts"."""

    def named(key: str, lo: int) -> bool:
        if is_org(key):
            return org_name(key) in c.sentence[lo:]
        return any(k == key and s >= lo for s, _, k in c.places)

    after = re.match(  # (or "The contract, signed on Saturday between X and Y,")
        r"\s+(?:with|between|(?:on|for|to)\s+(?:the\s+)?(?:supply|sale|deliver\w*))\s"
        r"|,?\s+(?:signed|concluded|sealed|agreed)\s+(?:[\w-]+\s+){0,3}?(?:with|between)\s",
        c.sentence[trig.end() :],
    )
    if not parties or not all(named(p, 0) for p in parties):
        return False
    if SIGNED_ONE.search(c.sentence, 0, trig.start()) or AWARDED.search(c.sentence, 0, trig.start()):
        return True  # "X and Y signed the first contract to build …", "X awarded Y a $5m contract": one contract
    return bool(after) and any(named(p, trig.end()) for p in parties)


def signatories(c: DealContext, trig: re.Match, in_sentence: list[Mention], s0: int) -> list[str] | None:
    blocked = [(m.start - s0, m.end - s0) for m in in_sentence if COUNTRY.owns(m.key) or is_person(m.key)]
    return find_signatories(c.sentence, trig.start(), trig.end(), c.organisations, c.places, blocked)


def article_home(mentions) -> str | None:
    """The country an article names most (more than any other: a tie names none), not counting "excluding X"
    nor where a named company is registered."""
    counts: Counter = Counter()
    for m in mentions:
        at = max(0, m.sentence.find(m.surface))
        if COUNTRY.owns(m.key) and not EXCLUDING.search(m.sentence[:at][-40:]):
            counts[m.key] += not place_not_party(m.sentence, at, at + len(m.surface))
    ranked = [*counts.most_common(2), ("", 0), ("", 0)]
    return ranked[0][0] if ranked[0][1] > ranked[1][1] else None


# "In response to concerns over export restrictions by Ruritania, Verde has signed agreements with …": a place in a
# phrase set before the clause, saying why or against what, is no party to the clause's deal.
FRONTED_ASIDE = re.compile(
    r"(?:In\s+response\s+to|Amid|Despite|Given|Against|To\s+counter|In\s+the\s+face\s+of)\b[^,;]{0,160},\s"
)


def in_fronted_aside(sentence: str, end: int) -> bool:
    return bool(m := FRONTED_ASIDE.match(sentence)) and end <= m.end()
