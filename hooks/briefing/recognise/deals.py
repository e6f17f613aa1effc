"""Stage 2, recognise deals: agreement language → `DealSighting`s with parties as reported.

A sighting is one sentence that speaks of an agreement, framework, pact, memorandum, pledge, joint
venture or awarded contract. Parties come from the sentence's structure ("X and Y signed", "agreements
with X and Y", "between X and Y", "X-Y framework", "X awarded Y a contract"); places the sentence sets
against the deal ("dependence on X") are not parties. A sentence that names no parties but speaks of
"the deal" refers to the article's latest deal.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from ..ingest import Article
from ..keys import is_org, is_person, org_key, org_name
from ..kinds import COUNTRY, MINERAL, ORGANISATION
from .counterparts import leader_of
from .deal_parties import (
    DealContext,
    a_contract,
    article_home,
    in_fronted_aside,
    sentence_parties,
    signatories,
)
from .deal_words import (
    ADVISED,
    DATE_PHRASE,
    MONEY,
    PARTY_COLUMN,
    PARTY_NOUN,
    PLURAL,
    QUOTED_TITLE,
    STATUS_COLUMN,
    TITLE_WORDS,
    TRIGGER,
    deal_kind,
    deal_status,
    deal_value,
    place_not_party,
    set_aside,
)
from .evidence import Quote
from .gates import finditer, search
from .mentions import Mention, MentionIndex
from .not_bodies import NEWS_SOURCE
from .org_spans import OrgSpan
from .parties import EXCLUDING, phrase_parties
from .party_phrases import signed_pair
from .transaction_words import TRANSACTION_HINT as TRANSACTION_WORDS
from .transactions import find_transaction


@dataclass(frozen=True)
class DealSighting(Quote):
    kind: str  # agreement | memorandum of understanding | framework | joint venture | …
    parties: list[str]  # place keys, or organisation keys (`keys.org_key`)
    title: str | None = None
    status: str | None = None
    value: str | None = None
    date: str | None = None
    minerals: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)  # every place in the sentence, for context


def find_deals(
    article: Article,
    mentions: list[Mention],
    protagonist_of: dict[str, str],
    state_bodies: dict[str, str] | None = None,
) -> list[DealSighting]:
    """Deal sightings in reading order. `protagonist_of` maps a person key to their country key;
    `state_bodies` an agency's organisation key to its country's, which a sentence about an
    agreement names through it ("the Office of the Ruritanian Trade Representative outlined the pacts")."""
    bodies = state_bodies or {}
    index = MentionIndex(mentions)
    sightings: list[DealSighting] = []
    header: tuple[str, ...] = ()
    # (only "the government" or "the country" acting unnamed is given it: `parties.UNNAMED_STATE`)
    home = article_home(mentions) if any(map(UNNAMED_HINT.search, (p.text for p in article.passages))) else None
    last_org: str | None = None
    for passage in article.passages:
        here = index.in_text_order(passage.anchor)
        if passage.cells:
            header = passage.cells if passage.is_header else header
            if not passage.is_header and (row := _table_row_deal(article.id, passage, header, here)):
                sightings.append(row)
            continue
        for s0, _, sentence, in_sentence in index.sentences(passage):
            # the first organisation of the latest sentence that names one: the company "it" stands for
            previous = last_org
            last_org = next((org_key(m.surface) for m in in_sentence if ORGANISATION.owns(m.key)), last_org)
            triggers = [t for t in finditer(TRIGGER, sentence) if not set_aside(sentence, t)]
            if not triggers and not search(TRANSACTION_WORDS, sentence):
                continue
            context = DealContext(
                sentence,
                sorted(
                    (m.start - s0, m.end - s0, bodies.get(m.key, m.key))
                    for m in in_sentence
                    if m.key in bodies
                    or COUNTRY.owns(m.key)
                    and (
                        m.via != "demonym" or PARTY_NOUN.match(sentence, m.end - s0) or leader_of(sentence, m.end - s0)
                    )
                    and not sentence.startswith("-based", m.end - s0)  # "Canada-based X": X is the party
                    and not place_not_party(sentence, m.start - s0, m.end - s0)
                    and not in_fronted_aside(sentence, m.end - s0)
                ),
                [m.key for m in in_sentence if is_person(m.key)],
                tuple((m.start - s0, m.end - s0) for m in in_sentence if is_person(m.key)),
                protagonist_of,
                home,
                Counter(m.key for m in here if COUNTRY.owns(m.key)),
                [OrgSpan(m.surface, m.start - s0, m.end - s0) for m in in_sentence if ORGANISATION.owns(m.key)],
                previous,
            )
            trig, parties = next(((t, p) for t in triggers if (p := signed_pair(context, t))), None) or next(
                ((t, p) for t in triggers if len(p := sentence_parties(context, t)) >= 2),
                (triggers[0] if triggers else None, []),
            )
            contract = trig is not None and trig.group("t").lower().startswith("contract")
            if contract and not a_contract(context, trig, parties):
                parties = []  # "long-term contracts are hard to honour": contracts in general, not a deal
            if not parties and trig is not None and (named := signatories(context, trig, in_sentence, s0)):
                parties = named  # "Lionergy inked a deal with Altura": names the site did not know yet
            if not parties and (deal := _transaction(article.id, passage.anchor, context, in_sentence, s0)):
                sightings.append(deal)  # "X will acquire a 15% stake in Y": a deal without the word
                continue
            if trig is None or ADVISED.search(sentence, max(0, trig.start() - 120), trig.start()):
                continue  # "… should forge a partnership": advice, not a deal
            title_m = next((t for t in QUOTED_TITLE.finditer(sentence) if TITLE_WORDS.search(t.group("title"))), None)
            sighting = DealSighting(
                article.id,
                passage.anchor,
                sentence,
                deal_kind(trig.group("t"), sentence),
                parties,
                title=title_m.group("title").rstrip(".") if title_m else None,
                status=deal_status(sentence),
                value=deal_value(sentence, trig.start()),
                date=(DATE_PHRASE.search(sentence) or [None])[0],
                minerals=list(dict.fromkeys(m.key for m in in_sentence if MINERAL.owns(m.key))),
                places=list(dict.fromkeys(k for _, _, k in context.places)),
            )
            if len(parties) < 2 and (not sightings or contract):
                continue  # generic talk of "deals" before any deal is named; "long-term contracts" in general
            sightings.extend(_split_plural(sighting, trig.group("t")))
            sightings.extend(_second_clause_deals(context, trig, sighting))
    return _without_outlets(sightings)


UNNAMED_HINT = re.compile(r"government|[Tt]he country ha")  # words `parties.UNNAMED_STATE` needs: else no home


def _without_outlets(sightings: list[DealSighting]) -> list[DealSighting]:
    """An outlet the sentence cites ("Verde has agreed to …, two sources told Reuters") is no party: a deal
    left with one party is none."""
    out = []
    for s in sightings:
        kept = [p for p in s.parties if not (is_org(p) and NEWS_SOURCE.fullmatch(org_name(p)))]
        if len(kept) == len(s.parties) or len(kept) >= 2:
            out.append(s if len(kept) == len(s.parties) else replace(s, parties=kept))
    return out


def _transaction(article: str, anchor: str, c: DealContext, in_sentence: list[Mention], s0: int) -> DealSighting | None:
    blocked = [(m.start - s0, m.end - s0) for m in in_sentence if COUNTRY.owns(m.key) or is_person(m.key)]
    spans = {(o.start, o.end) for o in c.organisations}  # a loan or a stake is the agency's, not its state's
    places = [p for p in c.places if p[:2] not in spans]
    found = find_transaction(c.sentence, c.organisations, places, blocked, c.previous_org)
    if found is None:
        return None
    return DealSighting(
        article,
        anchor,
        c.sentence,
        found.kind,
        found.parties,
        status=found.status,
        value=deal_value(c.sentence, found.at),
        date=found.date,
        minerals=list(dict.fromkeys(m.key for m in in_sentence if MINERAL.owns(m.key))),
        places=list(dict.fromkeys(k for _, _, k in c.places)),
    )


def _table_row_deal(article: str, row, header: tuple[str, ...], mentions: list[Mention]) -> DealSighting | None:
    """A table whose columns name the two sides ("Buyer | Supplier") lists one deal per row."""
    columns = [i for i, h in enumerate(header) if PARTY_COLUMN.match(h.strip())]
    if len(columns) < 2:
        return None
    places = {m.surface: m.key for m in mentions if COUNTRY.owns(m.key)}
    names = [re.sub(r"\s*\([^)]*\)\s*$", "", row.cells[i]).strip() for i in columns if i < len(row.cells)]
    parties = list(dict.fromkeys(places.get(n) or org_key(n) for n in names if n and n not in ("-", "–", "—")))
    if len(parties) < 2:
        return None
    status_cell = " ".join(c for h, c in zip(header, row.cells, strict=False) if STATUS_COLUMN.search(h))
    trigger = TRIGGER.search(row.text)
    return DealSighting(
        article,
        row.anchor,
        row.text,
        deal_kind(trigger.group("t"), row.text) if trigger else "agreement",
        parties,
        status=deal_status(status_cell or row.text),
        value=(MONEY.search(row.text) or [None])[0],
        minerals=list(dict.fromkeys(m.key for m in mentions if MINERAL.owns(m.key) and m.sentence == row.text)),
    )


SECOND_CLAUSE = re.compile(
    r"\band\s+(?:is|are|was|were|has|have)?\s*(?:also\s+)?(?P<verb>negotiating|signed|"
    r"signing|agreed|pledged|discussing|in talks)\b[^,;]*?\bwith\s+",
    re.IGNORECASE,
)


def _second_clause_deals(c: DealContext, trig: re.Match, first: DealSighting) -> list[DealSighting]:
    """ "X signed a pact with Y and is negotiating a similar one with Z": a second deal, X with Z."""
    if len(first.parties) < 2:
        return []
    out = []
    allowed = [(s, e, k) for s, e, k in c.places if not EXCLUDING.search(c.sentence[max(0, s - 40) : s])]
    for m in SECOND_CLAUSE.finditer(c.sentence, trig.end()):
        lo = m.end()
        hi = (
            next(
                (
                    x.start()
                    for x in re.finditer(r"[,;:]|(?<![A-Z])\.(?=\s|$)|\s+(?:to|for|on|in|amid|as)\s", c.sentence[lo:])
                ),
                len(c.sentence) - lo,
            )
            + lo
        )
        others = [p for p in phrase_parties(c.sentence, lo, hi, allowed, c.people_spans) if p not in first.parties]
        if others:
            status = deal_status(c.sentence[m.start() : hi])
            out.append(
                DealSighting(
                    **{
                        **first.__dict__,
                        "parties": [first.parties[0], others[0]],
                        "status": status,
                        "title": None,
                        "value": None,
                        "date": None,
                    }
                )
            )
    return out


def _split_plural(sighting: DealSighting, trigger: str) -> list[DealSighting]:
    """ "agreements with X and Y" (plural, one anchor party) are one bilateral deal per counterpart."""
    if len(sighting.parties) < 3 or not PLURAL.search(trigger):
        return [sighting]
    anchor, *others = sighting.parties
    return [DealSighting(**{**sighting.__dict__, "parties": [anchor, other]}) for other in others]
