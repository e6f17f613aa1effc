"""Stage 2, recognise deals: agreement language → `DealSighting`s with parties as reported.

A sighting is one sentence that speaks of an agreement, framework, pact, memorandum, pledge or
joint venture. Parties come from the sentence's structure ("X and Y signed", "agreements with
X and Y", "between X and Y", "X-Y framework"); places the sentence sets against the deal
("dependence on X", "away from X") are not parties. A sentence that names no parties but
speaks of "the deal" refers to the article's latest deal.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field

from ..ingest import Article
from ..kinds import COUNTRY, MINERAL
from .mentions import Mention, OrgSpan, find_orgs, passage_sentences
from ..keys import is_org, is_person, org_key

TRIGGER = re.compile(
    r"\b(?P<t>memorand(?:um|a) of understanding|memorand(?:um|a)|MoUs?|MOUs?|joint ventures?|joint statement|"
    r"trade (?:agreement|deal|truce)s?|"
    r"offtake (?:agreements?|deals?|contracts?)|offtakes?|"
    r"agreements?|deals?|framework|pacts?|accords?|treaty|treaties|truce|pledged|pledges?|partnered|"
    r"partnership|venture)\b", re.IGNORECASE)
PLURAL = re.compile(r"\b(?:agreements|deals|pacts|accords|treaties|memoranda|MoUs|MOUs|ventures|pledges|offtakes)\b",
                    re.I)
NOT_COUNTERPART = re.compile(r"\b(?:tensions?|relations?|competition|rivalry|ties|disputes?|associated|"
                             r"discussions|talks|summit|meetings?|visit)\s+$", re.I)
EXCLUDING = re.compile(
    r"\b(?:on|from|against|counter|beyond|outside|over|to|toward|towards|than|with tensions with|amid tensions with)"
    r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
WITH_PHRASE = re.compile(
    r"\b(?:with|between)\s+(?P<cp>.+?)(?=\s+(?:to|for|on|in|that|which|who|amid|as|following|aimed|aiming|"
    r"culminat\w*|marking)\b|[,;:]|(?<![A-Z])\.|$)")
INCLUDING = re.compile(r"\bincluding\s+(?P<cp>.+?)(?=[,;:]|(?<![A-Z])\.|$)")
SUBJECT_VERB = re.compile(r"\b(?:agreed|signed|formed|will|have|has|had|plan(?:s|ned)?|announced|launched|set up)\b")
PARTY_NOUN = re.compile(r"[-–]|\s+(?:government|officials|authorities|leaders|counterparts?|ministers?|companies|firms|"
                        r"countries|nations|states|partners|administration)\b")
TWO_NATIONS = re.compile(r"\bbetween (?:the two (?:nations|countries|sides|governments)|both (?:nations|countries|sides))\b"
                         r"|^(?:The|Both) (?:two )?(?:nations|countries|sides|governments) (?:have |had )?"
                         r"(?:signed|agreed|pledged)", re.I)
TITLE_WORD = re.compile(r"\b(?:President|Minister|Secretary|Chancellor|King|Queen|Premier|Governor|Senator|Mr|Ms|Dr)\b")
CAP_TOKEN = re.compile(r"[A-Z][\w&.'’-]*")
MODIFIER = re.compile(r"(?:['’]s|['’]|-owned|-based|-backed|-run|-controlled|-listed)$")
PART_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
PART_CUT = re.compile(r"\s(?:in|on|at|for|to|from|near|under|over|which|that|who|as|was|were|is|are|has|have|had|"
                      r"will|would)\s")
INTRO = re.compile(r"^(?:Under|In|On|After|Following|According to|Separately|Meanwhile|Additionally|Later|Earlier)"
                   r"\b[^,]*,\s*"
                   # a wire dateline: "LIMA, March 12 (Wire Service) - ", "OSLO (Agency) — "
                   r"|^[A-ZÀ-Þ][A-ZÀ-Þ .'-]+(?:,\s+[A-Z][a-z]+\.?\s+\d{1,2})?\s*(?:\([^)]*\))?\s*(?:-{1,2}|–|—)\s*")
QUOTED_TITLE = re.compile(r"[‘'“\"](?P<title>[A-Z][^‘'“”\"]{8,200}?)[.,]?[’'”\"](?!\w)")
TITLE_WORDS = re.compile(r"\b(?:Framework|Agreement|Accord|Pact|Memorandum|Partnership|Initiative|Treaty|Deal)\b")
MONEY = re.compile(r"(?:up to\s+|about\s+|nearly\s+|more than\s+)?(?:US|A|AU|C)?\$\s?\d[\d,]*(?:\.\d+)?"
                   r"(?:\s?(?:million|billion|trillion|bn|mn)\b)?|(?<![\d,.])\d[\d,.]*\s(?:million|billion) (?:dollars|euros|yuan)\b")
DATE_PHRASE = re.compile(
    r"\b(?:(?:in|on|since|by|from)\s+)?(?:(?:early|mid|late)[- ])?(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?\b"
    r"|\b(?:this|last|next) (?:week|month|year)\b|\bearlier this (?:week|month|year)\b|\b(?:in|since) (?:19|20)\d{2}\b")
STATUS_WORDS = [
    ("paused", r"\b(?:pause|paused|reprieve|truce|suspend\w*|halted|temporary|détente|detente)\b"),
    ("signed", r"\b(?:signed|signing|finali[sz]ed|concluded|sealed|inked|struck|forged|announced)\b"),
    ("pledged", r"\b(?:pledged?|commit(?:ted|ments?)|promised|vowed)\b"),
    ("agreed", r"\b(?:partnered|agreed|reached)\b"),
    ("under negotiation", r"\b(?:negotiat\w*|talks|seek\w*|secure|securing|pursuit|push\w*|discussions?|proposed|"
                          r"efforts?)\b"),
]


@dataclass
class DealSighting:
    article: str
    anchor: str
    sentence: str
    kind: str  # agreement | memorandum of understanding | framework | joint venture | …
    parties: list[str]  # place keys, or organisation keys (`keys.org_key`)
    title: str | None = None
    status: str | None = None
    value: str | None = None
    date: str | None = None
    minerals: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)  # every place in the sentence, for context


def _kind(trigger: str, sentence: str) -> str:
    t = trigger.lower()
    if t.startswith(("memorand", "mou")):
        return "memorandum of understanding"
    if "venture" in t or t in ("partnered", "partnership"):
        return "joint venture" if "venture" in sentence.lower() else "partnership"
    if t.startswith("trade"):
        return "trade agreement"
    if t.startswith("offtake"):
        return "offtake agreement"
    if t.startswith("pledge"):
        return "investment pledge" if MONEY.search(sentence) else "pledge"
    if t == "framework":
        return "framework"
    return "agreement"


def _status(sentence: str) -> str | None:
    for status, pattern in STATUS_WORDS:
        if re.search(pattern, sentence, re.IGNORECASE):
            return status
    return None


def _head_name(part: str) -> tuple[int, str] | None:
    """The proper name a party phrase ends in ("state copper giant Codelco" → Codelco), modifiers dropped."""
    tokens = list(re.finditer(r"\S+", part))
    run: list[re.Match] = []
    for tok in reversed(tokens):
        word = tok.group(0)
        if CAP_TOKEN.fullmatch(word) and not MODIFIER.search(word) or (run and word in ("de", "of", "and", "the")):
            run.insert(0, tok)
        else:
            break
    while run and run[0].group(0) in ("de", "of", "and", "the"):
        run.pop(0)
    if not run:
        return None
    return run[0].start(), part[run[0].start():run[-1].end()]


def _phrase_parties(sentence: str, lo: int, hi: int, allowed: list[tuple[int, int, str]],
                    people: tuple[tuple[int, int], ...] = ()) -> list[str]:
    """Parties named in a "with …"/"between …" phrase: places by their names, organisations by theirs."""
    parties, at = [], lo
    for piece in PART_SPLIT.split(sentence[lo:hi]) + [""]:
        start = sentence.find(piece, at) if piece else hi
        part = piece
        if cut := PART_CUT.search(part):
            part = part[:cut.start()]
        at = start + len(piece)
        if not part.strip():
            continue
        head = _head_name(part)
        inside = [(s, e, k) for s, e, k in allowed if start <= s and e <= start + len(part)]
        if head is not None:
            h0, name = start + head[0], head[1]
            place = next((k for s, e, k in inside if s <= h0 and e >= h0 + len(name) - 1), None)
            if any(s < h0 + len(name) and h0 < e for s, e in people) or TITLE_WORD.search(name):
                continue  # a person, not an organisation
            parties.append(place or org_key(name))
        else:
            parties += [k for _, _, k in inside]
    return list(dict.fromkeys(parties))


def _parties(sentence: str, places: list[tuple[int, int, str]], trigger_at: int,
             people_spans=()) -> tuple[list[str], list[str], bool]:
    """(subject parties, counterpart parties, whether a "between" phrase named them all)."""
    allowed = [(s, e, k) for s, e, k in places if not EXCLUDING.search(sentence[max(0, s - 40):s])]
    counterparts: list[str] = []
    m = next((m for m in WITH_PHRASE.finditer(sentence, trigger_at)
              if not NOT_COUNTERPART.search(sentence[max(0, m.start() - 20):m.start()])), None)
    if m:
        end = m.end("cp")
        extra = INCLUDING.search(sentence, end, min(len(sentence), end + 80))
        counterparts = _phrase_parties(sentence, m.start("cp"), m.end("cp"), allowed, people_spans)
        if extra:
            counterparts += _phrase_parties(sentence, extra.start("cp"), extra.end("cp"), allowed, people_spans)
    subject: list[str] = []
    # compounds ("X-Y", "X and Y have signed") first, else the place before the trigger
    for i, (s, e, k) in enumerate(allowed[:-1]):
        if re.fullmatch(r"\s*[-–]\s*|\s+and\s+(?:the\s+)?", sentence[e:allowed[i + 1][0]]) and k not in counterparts:
            subject += [k, allowed[i + 1][2]]
    if not subject and counterparts and all(is_org(c) for c in counterparts):
        subject = _subject_orgs(sentence, trigger_at, allowed, people_spans)[:1]  # a company deals with companies
    if not subject:
        subject = [k for s, e, k in allowed if s < trigger_at and k not in counterparts][:1]
    if not subject and counterparts:
        subject = _subject_orgs(sentence, trigger_at, allowed, people_spans)[:1]
    subject = [k for k in dict.fromkeys(subject) if k not in counterparts]
    return subject, counterparts, bool(m and m.group(0).startswith("between") and len(counterparts) >= 2)


def _place_parties(sentence: str, places: list[tuple[int, int, str]], trig: re.Match, people: list[str],
                   protagonist_of: dict[str, str], ranking: Counter, people_spans=()) -> list[str]:
    """Subject + counterparts; a missing subject comes from the sentence, its people, or the article."""
    subject, counterparts, between = _parties(sentence, places, trig.start(), people_spans)
    if between:
        return counterparts
    if counterparts and not subject:
        allowed = [k for s, e, k in places if s > trig.start() and not EXCLUDING.search(sentence[max(0, s - 40):s])]
        candidates = allowed + [protagonist_of.get(p) for p in people] + [k for k, _ in ranking.most_common()]
        subject = [k for k in candidates if k and k not in counterparts][:1]
    return list(dict.fromkeys(subject + counterparts))


def _subject_orgs(sentence: str, trigger_at: int, allowed, people_spans=()) -> list[str]:
    """Organisations named as the subject before the verb: "X, a miner, and Y agreed to form …"."""
    verb = SUBJECT_VERB.search(sentence, 0, trigger_at)
    if not verb:
        return []
    subject = INTRO.sub("", sentence[:verb.start()])
    offset = verb.start() - len(subject)
    subject = re.sub(r",\s+(?:a|an|the|which|who)\s[^,]+,", lambda m: " " * len(m.group(0)), subject)
    # "X said on Wednesday it had signed …": the subject is X
    subject = re.sub(r"\s+(?:said|says|announced|confirmed)\b.*$", lambda m: " " * len(m.group(0)), subject)
    parties = _phrase_parties(sentence[:offset] + subject, offset, verb.start(), allowed, people_spans)
    return [p for p in parties if is_org(p)]


def _org_parties(sentence: str, orgs: list[OrgSpan], trigger: re.Match, places) -> list[str] | None:
    """Organisations as parties of a venture: "X has partnered with Y", "X, a miner, and Y agreed to form"."""
    venture = trigger.group("t").lower() in ("partnered", "partnership", "venture", "joint venture", "joint ventures")
    if venture and orgs:
        subject = orgs[0]
        with_m = re.search(r"\bwith\s+(?P<cp>(?:the\s+)?[^,;.]+?)(?=\s+(?:to|for|on|in|that|which)\b|[,;.]|$)",
                           sentence[subject.end:])
        if with_m:
            return [org_key(subject.name), org_key(with_m.group('cp').removeprefix('the '))]
    between = re.search(r"\bbetween\s+(?P<cp>.+?)(?=[,;.]|\s+(?:in|on|to|for|which|that)\s|$)", sentence[trigger.end():])
    if between:
        lo = trigger.end() + between.start("cp")
        found = [p for p in _phrase_parties(sentence, lo, lo + len(between.group("cp")), places)]
        if len(found) >= 2 and all(is_org(p) for p in found):
            return found
    orgs_in_subject = _subject_orgs(sentence, trigger.start(), places) if venture else []
    return orgs_in_subject if len(orgs_in_subject) >= 2 else None


def find_deals(article: Article, mentions: list[Mention], protagonist_of: dict[str, str]) -> list[DealSighting]:
    """Deal sightings in reading order. `protagonist_of` maps a person key to their country key."""
    by_anchor: dict[str, list[Mention]] = {}
    for m in mentions:
        by_anchor.setdefault(m.anchor, []).append(m)
    sightings: list[DealSighting] = []
    party_counts: Counter[str] = Counter()
    article_places = Counter(m.key for m in mentions if COUNTRY.owns(m.key) and not
                             EXCLUDING.search(m.sentence[:max(0, m.sentence.find(m.surface))][-40:]))
    header: tuple[str, ...] = ()
    for passage in article.passages:
        here = sorted(by_anchor.get(passage.anchor, []), key=lambda m: m.start)
        starts = [m.start for m in here]
        if passage.cells:
            header = passage.cells if passage.is_header else header
            if not passage.is_header and (row := _table_row_deal(article.id, passage, header, here)):
                sightings.append(row)
                party_counts.update(p for p in row.parties if COUNTRY.owns(p))
            continue
        for s0, s1, sentence in passage_sentences(passage):
            triggers = list(TRIGGER.finditer(sentence))
            if not triggers:
                continue
            in_sentence = here[bisect_left(starts, s0):bisect_left(starts, s1)]  # linear in mentions
            context = _Context(
                sentence,
                [(m.start - s0, m.end - s0, m.key) for m in in_sentence if COUNTRY.owns(m.key) and
                 (m.via != "demonym" or PARTY_NOUN.match(sentence, m.end - s0))],
                [m.key for m in in_sentence if is_person(m.key)],
                tuple((m.start - s0, m.end - s0) for m in in_sentence if is_person(m.key)),
                protagonist_of, party_counts + article_places,
                Counter(m.key for m in here if COUNTRY.owns(m.key)))
            trig, parties = next(((t, p) for t in triggers if len(p := _sentence_parties(context, t)) >= 2),
                                 (triggers[0], []))
            title_m = next((t for t in QUOTED_TITLE.finditer(sentence) if TITLE_WORDS.search(t.group("title"))), None)
            sighting = DealSighting(
                article.id, passage.anchor, sentence, _kind(trig.group("t"), sentence), parties,
                title=title_m.group("title").rstrip(".") if title_m else None, status=_status(sentence),
                value=(MONEY.search(sentence) or [None])[0], date=(DATE_PHRASE.search(sentence) or [None])[0],
                minerals=list(dict.fromkeys(m.key for m in in_sentence if MINERAL.owns(m.key))),
                places=list(dict.fromkeys(k for _, _, k in context.places)))
            if len(parties) < 2 and not sightings:
                continue  # generic talk of "deals" before any deal is named
            party_counts.update(p for p in sighting.parties if COUNTRY.owns(p))
            sightings.extend(_split_plural(sighting, trig.group("t")))
            sightings.extend(_second_clause_deals(context, trig, sighting))
    return sightings


# A table whose columns name the two sides ("Buyer | Supplier") lists one deal per row.
PARTY_COLUMN = re.compile(r"^(?:buyers?|sellers?|suppliers?|customers?|offtakers?|purchasers?|partners?|part(?:y|ies)|"
                          r"investors?|investees?|compan(?:y|ies)|counterpart(?:y|ies)|signator(?:y|ies)|"
                          r"developers?|miners?|producers?|acquirers?|targets?)(?:\s*\d)?$", re.I)
STATUS_COLUMN = re.compile(r"status|terms|stage", re.I)


def _table_row_deal(article: str, row, header: tuple[str, ...], mentions: list[Mention]) -> DealSighting | None:
    columns = [i for i, h in enumerate(header) if PARTY_COLUMN.match(h.strip())]
    if len(columns) < 2:
        return None
    places = {m.surface: m.key for m in mentions if COUNTRY.owns(m.key)}
    names = [re.sub(r"\s*\([^)]*\)\s*$", "", row.cells[i]).strip() for i in columns if i < len(row.cells)]
    parties = list(dict.fromkeys(places.get(n) or org_key(n) for n in names if n and n not in ("-", "–", "—")))
    if len(parties) < 2:
        return None
    status_cell = " ".join(c for h, c in zip(header, row.cells) if STATUS_COLUMN.search(h))
    trigger = TRIGGER.search(row.text)
    return DealSighting(article, row.anchor, row.text, _kind(trigger.group("t"), row.text) if trigger else "agreement",
                        parties, status=_status(status_cell or row.text), value=(MONEY.search(row.text) or [None])[0],
                        minerals=list(dict.fromkeys(m.key for m in mentions if MINERAL.owns(m.key)
                                                    and m.sentence == row.text)))


@dataclass
class _Context:
    sentence: str
    places: list[tuple[int, int, str]]
    people: list[str]
    people_spans: tuple[tuple[int, int], ...]
    protagonist_of: dict[str, str]
    ranking: Counter
    paragraph_places: Counter


def _sentence_parties(c: _Context, trig: re.Match) -> list[str]:
    """Parties for one trigger word: organisations first, then places, then "between the two nations"."""
    parties = _org_parties(c.sentence, find_orgs(c.sentence), trig, c.places)
    if parties is None:
        parties = _place_parties(c.sentence, c.places, trig, c.people, c.protagonist_of, c.ranking, c.people_spans)
        if len(parties) < 2 and TWO_NATIONS.search(c.sentence):
            parties = [k for k, _ in c.paragraph_places.most_common(2)]
    return parties if len(parties) >= 2 else []


SECOND_CLAUSE = re.compile(r"\band\s+(?:is|are|was|were|has|have)?\s*(?:also\s+)?(?P<verb>negotiating|signed|"
                           r"signing|agreed|pledged|discussing|in talks)\b[^,;]*?\bwith\s+", re.IGNORECASE)


def _second_clause_deals(c: _Context, trig: re.Match, first: DealSighting) -> list[DealSighting]:
    """"X signed a pact with Y and is negotiating a similar one with Z": a second deal, X with Z."""
    if len(first.parties) < 2:
        return []
    out = []
    allowed = [(s, e, k) for s, e, k in c.places if not EXCLUDING.search(c.sentence[max(0, s - 40):s])]
    for m in SECOND_CLAUSE.finditer(c.sentence, trig.end()):
        lo = m.end()
        hi = next((x.start() for x in re.finditer(r"[,;:]|(?<![A-Z])\.(?=\s|$)|\s+(?:to|for|on|in|amid|as)\s",
                                                   c.sentence[lo:])), len(c.sentence) - lo) + lo
        others = [p for p in _phrase_parties(c.sentence, lo, hi, allowed, c.people_spans) if p not in first.parties]
        if others:
            status = _status(c.sentence[m.start():hi])
            out.append(DealSighting(**{**first.__dict__, "parties": [first.parties[0], others[0]],
                                       "status": status, "title": None, "value": None, "date": None}))
    return out


def _split_plural(sighting: DealSighting, trigger: str) -> list[DealSighting]:
    """"agreements with X and Y" (plural, one anchor party) are one bilateral deal per counterpart."""
    if len(sighting.parties) < 3 or not PLURAL.search(trigger):
        return [sighting]
    anchor, *others = sighting.parties
    return [DealSighting(**{**sighting.__dict__, "parties": [anchor, other]}) for other in others]
