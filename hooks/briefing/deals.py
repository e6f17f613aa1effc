"""Stage 2, recognise deals: agreement language → `DealSighting`s with parties as reported.

A sighting is one sentence that speaks of an agreement, framework, pact, memorandum, pledge or
joint venture. Parties come from the sentence's structure ("X and Y signed", "agreements with
X and Y", "between X and Y", "X-Y framework"); places the sentence sets against the deal
("dependence on X", "away from X") are not parties. A sentence that names no parties but
speaks of "the deal" refers to the article's latest deal.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .ingest import Article
from .recognise import Mention, OrgSpan, find_orgs, passage_sentences

TRIGGER = re.compile(
    r"\b(?P<t>memorand(?:um|a) of understanding|MoUs?|MOUs?|joint ventures?|trade (?:agreement|deal|truce)s?|"
    r"agreements?|deals?|framework|pacts?|accords?|treaty|treaties|truce|pledged|pledges?|partnered|"
    r"partnership|venture)\b", re.IGNORECASE)
PLURAL = re.compile(r"\b(?:agreements|deals|pacts|accords|treaties|memoranda|MoUs|MOUs|ventures|pledges)\b", re.I)
NOT_COUNTERPART = re.compile(r"\b(?:tensions?|relations?|competition|rivalry|ties|disputes?|associated|"
                             r"discussions|talks|summit|meetings?|visit)\s+$", re.I)
EXCLUDING = re.compile(
    r"\b(?:on|from|against|counter|beyond|outside|over|to|toward|towards|than|with tensions with|amid tensions with)"
    r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
WITH_PHRASE = re.compile(
    r"\b(?:with|between)\s+(?P<cp>.+?)(?=\s+(?:to|for|on|in|that|which|who|amid|as|following|aimed|aiming|"
    r"culminat\w*|marking)\b|[,;.:]|$)")
INCLUDING = re.compile(r"\bincluding\s+(?P<cp>.+?)(?=[,;.:]|$)")
SUBJECT_VERB = re.compile(r"\b(?:agreed|signed|formed|will|have|has|had|plan(?:s|ned)?|announced|launched|set up)\b")
PARTY_NOUN = re.compile(r"[-–]|\s+(?:government|officials|authorities|leaders|counterparts?|ministers?|companies|firms|"
                        r"countries|nations|states|partners|administration)\b")
TWO_NATIONS = re.compile(r"\b(?:the two (?:nations|countries|sides|governments)|both (?:nations|countries|sides))\b", re.I)
QUOTED_TITLE = re.compile(r"[‘'“\"](?P<title>[A-Z][^‘'“”\"]{8,200}?)[.,]?[’'”\"](?!\w)")
TITLE_WORDS = re.compile(r"\b(?:Framework|Agreement|Accord|Pact|Memorandum|Partnership|Initiative|Treaty|Deal)\b")
MONEY = re.compile(r"(?:up to\s+|about\s+|nearly\s+|more than\s+)?(?:US|A|AU|C)?\$\s?\d[\d,]*(?:\.\d+)?"
                   r"(?:\s?(?:million|billion|trillion|bn|mn)\b)?|\b\d[\d,.]*\s(?:million|billion) (?:dollars|euros|yuan)\b")
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
    parties: list[str]  # place keys, or "org:<name>" for organisations
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


def _places_in(mentions: list[tuple[int, int, str]], lo: int, hi: int) -> list[str]:
    return list(dict.fromkeys(k for s, e, k in mentions if lo <= s and e <= hi))


def _parties(sentence: str, places: list[tuple[int, int, str]], trigger_at: int) -> tuple[list[str], list[str], bool]:
    """(subject parties, counterpart parties, whether a "between" phrase named them all)."""
    allowed = [(s, e, k) for s, e, k in places if not EXCLUDING.search(sentence[max(0, s - 40):s])]
    counterparts: list[str] = []
    m = next((m for m in WITH_PHRASE.finditer(sentence, trigger_at)
              if not NOT_COUNTERPART.search(sentence[max(0, m.start() - 20):m.start()])), None)
    if m:
        end = m.end("cp")
        extra = INCLUDING.search(sentence, end, min(len(sentence), end + 80))
        counterparts = _places_in(allowed, m.start("cp"), extra.end() if extra else end)
    subject: list[str] = []
    # compounds ("X-Y", "X and Y have signed") first, else the place before the trigger
    for i, (s, e, k) in enumerate(allowed[:-1]):
        if re.fullmatch(r"\s*[-–]\s*|\s+and\s+(?:the\s+)?", sentence[e:allowed[i + 1][0]]) and k not in counterparts:
            subject += [k, allowed[i + 1][2]]
    if not subject:
        subject = [k for s, e, k in allowed if s < trigger_at and k not in counterparts][:1]
    subject = [k for k in dict.fromkeys(subject) if k not in counterparts]
    return subject, counterparts, bool(m and m.group(0).startswith("between") and len(counterparts) >= 2)


def _place_parties(sentence: str, places: list[tuple[int, int, str]], trig: re.Match, people: list[str],
                   protagonist_of: dict[str, str], ranking: Counter) -> list[str]:
    """Subject + counterparts; a missing subject comes from the sentence, its people, or the article."""
    subject, counterparts, between = _parties(sentence, places, trig.start())
    if between:
        return counterparts
    if counterparts and not subject:
        allowed = [k for s, e, k in places if s > trig.start() and not EXCLUDING.search(sentence[max(0, s - 40):s])]
        candidates = allowed + [protagonist_of.get(p) for p in people] + [k for k, _ in ranking.most_common()]
        subject = [k for k in candidates if k and k not in counterparts][:1]
    return list(dict.fromkeys(subject + counterparts))


def _org_parties(sentence: str, orgs: list[OrgSpan], trigger: re.Match, places) -> list[str] | None:
    """Organisations as parties of a venture: "X has partnered with Y", "X, a miner, and Y agreed to form"."""
    if trigger.group("t").lower() not in ("partnered", "partnership", "venture", "joint venture", "joint ventures"):
        return None
    if orgs:
        subject = orgs[0]
        with_m = re.search(r"\bwith\s+(?P<cp>(?:the\s+)?[^,;.]+?)(?=\s+(?:to|for|on|in|that|which)\b|[,;.]|$)",
                           sentence[subject.end:])
        if with_m:
            return [f"org:{subject.name}", f"org:{with_m.group('cp').removeprefix('the ')}"]
    verb = SUBJECT_VERB.search(sentence, 0, trigger.start())
    if not verb or any(s < verb.start() for s, _, _ in places):
        return None
    subject = re.sub(r",\s+(?:a|an|the)\s[^,]+,", "", sentence[:verb.start()])
    parts = [p.strip(" ,") for p in re.split(r",?\s+and\s+|,\s+", subject) if p.strip(" ,")]
    if len(parts) >= 2 and all(re.match(r"[A-Z]", p) for p in parts):
        return [f"org:{p}" for p in parts]
    return None


def find_deals(article: Article, mentions: list[Mention], protagonist_of: dict[str, str]) -> list[DealSighting]:
    """Deal sightings in reading order. `protagonist_of` maps a person key to their country key."""
    by_anchor: dict[str, list[Mention]] = {}
    for m in mentions:
        by_anchor.setdefault(m.anchor, []).append(m)
    sightings: list[DealSighting] = []
    party_counts: Counter[str] = Counter()
    article_places = Counter(m.key for m in mentions if m.key.startswith("country:") and not
                             EXCLUDING.search(m.sentence[:max(0, m.sentence.find(m.surface))][-40:]))
    for passage in article.passages:
        here = by_anchor.get(passage.anchor, [])
        for s0, s1, sentence in passage_sentences(passage):
            trig = TRIGGER.search(sentence)
            if not trig:
                continue
            in_sentence = [m for m in here if s0 <= m.start < s1]
            places = [(m.start - s0, m.end - s0, m.key) for m in in_sentence if m.key.startswith("country:") and
                      (m.via != "demonym" or PARTY_NOUN.match(sentence, m.end - s0))]
            people = [m.key for m in in_sentence if m.key.startswith(("official:", "expert:"))]
            minerals = list(dict.fromkeys(m.key for m in in_sentence if m.key.startswith("mineral:")))
            title_m = next((t for t in QUOTED_TITLE.finditer(sentence) if TITLE_WORDS.search(t.group("title"))), None)
            orgs = find_orgs(sentence)
            parties = _org_parties(sentence, orgs, trig, places)
            if parties is None:
                parties = _place_parties(sentence, places, trig, people, protagonist_of,
                                         party_counts + article_places)
                if len(parties) < 2 and TWO_NATIONS.search(sentence):
                    para = Counter(m.key for m in here if m.key.startswith("country:"))
                    parties = [k for k, _ in para.most_common(2)]
            sighting = DealSighting(
                article.id, passage.anchor, sentence, _kind(trig.group("t"), sentence), parties,
                title=title_m.group("title").rstrip(".") if title_m else None, status=_status(sentence),
                value=(MONEY.search(sentence) or [None])[0], date=(DATE_PHRASE.search(sentence) or [None])[0],
                minerals=minerals, places=list(dict.fromkeys(k for _, _, k in places)))
            if len(parties) < 2:
                if not sightings:
                    continue  # generic talk of "deals" before any deal is named
                sighting.parties = []  # refers back to the latest deal
            party_counts.update(p for p in sighting.parties if p.startswith("country:"))
            sightings.extend(_split_plural(sighting, trig.group("t")))
    return sightings


def _split_plural(sighting: DealSighting, trigger: str) -> list[DealSighting]:
    """"agreements with X and Y" (plural, one anchor party) are one bilateral deal per counterpart."""
    if len(sighting.parties) < 3 or not PLURAL.search(trigger):
        return [sighting]
    anchor, *others = sighting.parties
    return [DealSighting(**{**sighting.__dict__, "parties": [anchor, other]}) for other in others]
