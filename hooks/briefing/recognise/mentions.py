"""Stage 2, recognise: passages → `Mention`s of places, minerals and people.

One pass per passage over two Aho-Corasick automata (case-sensitive proper names and
case-insensitive common nouns), so cost grows with text length, not with entities × articles.
Guards drop matches the sentence shows to be something else: a country inside an
organisation's name, a capital in "X-based", a mineral word used figuratively.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import ahocorasick

from ..ingest import Article, Passage
from ..kinds import COUNTRY, MINERAL, ORGANISATION, PlaceType
from ..memo import fingerprint
from ..text import apostrophe_forms
from .evidence import Quote
from .gazetteer import AMBIGUOUS_MINERAL_WORDS, Gazetteer
from .org_spans import MONSTER_WORD, OrgSpan, find_orgs

# Capitalised words that are no first name or town before a place whose name is a word too ("In June, Niger …").
NOT_A_NAME_BEFORE = re.compile(
    r"In|At|On|From|For|And|But|With|By|To|Like|Unlike|While|Meanwhile|Both|Then|Also|Now|Today|Yesterday|Last|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
)

MINERAL_CONTEXT = re.compile(
    r"\b(?:ores?|min(?:e|es|ed|ing|er|ers)|minerals?|metals?|deposits?|reserves?|smelt\w*|refin\w*|"
    r"concentrates?|alloys?|exports?|imports?|prices?|tonnes?|tons|production|producers?|supply|supplies)\b",
    re.IGNORECASE,
)
FIGURATIVE = re.compile(
    r"\b(?:silver (?:lining|bullet|medal|screen)|gold (?:standard|medal|rush)|golden (?:age|rule|opportunity)|lead(?:s|ing)? (?:to|the|a|an|in|by|on)\b|"
    r"iron (?:out|fist|curtain|will)|carbon (?:emissions?|neutral\w*|footprint|copy|tax))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Mention(Quote):
    """One reference to an entity: where (article, passage anchor, sentence) and what was written."""

    key: str
    surface: str
    start: int
    end: int
    via: str = "name"  # name | demonym | capital | surname


CITY_IN = re.compile(r",\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?(?=[,.;:)]|\s*$|\s+(?:on|in|at|and|said|says)\b)")
# The capitalised word right before a surname: another person's first name, unless it is a title.
FIRST_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
TITLE = re.compile(
    r"Mr|Ms|Mrs|Dr|Prof|Professor|Sir|Dame|Minister|President|Secretary|Governor|Senator|Ambassador|Chairman|"
    r"Commissioner|Deputy|Premier|Mayor|Director|Chief|General|Judge|Justice|Representative|Rep|Sen|Envoy|Spokesman"
)


class Lexicon:
    """Surface forms compiled once per build into automata; `scan` is one pass per passage."""

    def __init__(
        self, gazetteer: Gazetteer, proper_extra: dict[str, str] | None = None, surnames: dict[str, str] | None = None
    ):
        self.gazetteer = gazetteer
        self._proper = ahocorasick.Automaton()
        self._common = ahocorasick.Automaton()
        entries: dict[str, tuple[str, str]] = {}
        for surface, key in gazetteer.proper.items():
            entries[surface] = (key, "name")
        for surface, key in gazetteer.demonyms.items():
            entries.setdefault(surface, (key, "demonym"))
        for surface, key in gazetteer.capitals.items():
            entries.setdefault(surface, (key, "capital"))
        for surface, key in (surnames or {}).items():
            entries.setdefault(surface, (key, "surname"))
        for surface, key in (proper_extra or {}).items():
            entries[surface] = (key, "name")  # curated aliases override reference data
        for surface in [s for s in entries if "'" in s]:  # "People’s Republic of Verde", as most pages write it
            entries.setdefault(apostrophe_forms(surface)[1], entries[surface])
        self.fingerprint = fingerprint(
            sorted(entries.items()), sorted(gazetteer.common.items()), sorted(gazetteer.ambiguous_places)
        )
        # For the preview's memo (`memo.WORDS_MEMO`): every surface with what it stands for, and what
        # else a scan depends on; an article none of whose changed surfaces it contains keeps its mentions.
        self.words = frozenset(entries.items()) | frozenset((s, (k, "common")) for s, k in gazetteer.common.items())
        self.exact = fingerprint(
            sorted(gazetteer.ambiguous_places), sorted((k, p.type.value) for k, p in gazetteer.places.items())
        )
        for surface, (key, via) in entries.items():
            self._proper.add_word(surface, (surface, key, via))
        for surface, key in gazetteer.common.items():
            self._common.add_word(surface, (surface, key, "name"))
        self._proper.make_automaton() if entries else None
        self._common.make_automaton() if gazetteer.common else None
        self._has_proper, self._has_common = bool(entries), bool(gazetteer.common)

    def scan(self, text: str, orgs: list[OrgSpan]) -> list[tuple[int, int, str, str]]:
        """(start, end, key, via) for each accepted match, longest match first, no overlaps."""
        found = []
        if self._has_proper:
            for end, (surface, key, via) in self._proper.iter(text):
                found.append((end - len(surface) + 1, end + 1, key, via))
        lowered = text.lower()
        if self._has_common and len(lowered) == len(text):
            for end, (surface, key, via) in self._common.iter(lowered):
                found.append((end - len(surface) + 1, end + 1, key, via))
        found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
        accepted, taken_until = [], -1
        for start, end, key, via in found:
            if start < taken_until or not _word_bounded(text, start, end):
                continue
            if not self._plausible(text, start, end, key, via, orgs, accepted[-1] if accepted else None):
                if via == "demonym" and " " in text[start:end]:
                    taken_until = end  # not "American" of "the Latin American nation": the longer word is used
                continue
            accepted.append((start, end, key, via))
            taken_until = end
        return accepted

    def _plausible(
        self, text: str, start: int, end: int, key: str, via: str, orgs: list[OrgSpan], previous: tuple | None = None
    ) -> bool:
        surface = text[start:end]
        if COUNTRY.owns(key) and any(o.start <= start and end <= o.end for o in orgs):
            return False  # "Peru" in "Peru Mining Journal" names the outlet, not the country
        after = text[end : end + 12]
        if COUNTRY.owns(key) and after.startswith("$"):
            return False  # "US$5 million", "A$1.2 billion": a currency, not the country
        if ORGANISATION.owns(key) and (LISTED.match(text, end) or surface.isupper() and TICKER.match(text, end)):
            return False  # "(ASX: SYR)", "TSX-listed": where a company is listed, not the exchange itself
        if (
            via == "capital"
            and (
                re.match(r"-?based\b|\s+[Ss]tate\b", after)
                or CITY_IN.match(text, end)  # "Verde City, Ruritania,": a city as a place; not "Verde City, Andina is"
                or re.search(r"\b(?:in|based in|of)\s+$", text[max(0, start - 12) : start])
            )
        ):
            return False  # a city as a place, not a government
        if surface in self.gazetteer.ambiguous_places and (
            re.match(r"\s+[A-Z]|\s+(?:state|pig|river)\b|,\s+in\s+(?:the\s+)?[A-Z]", after)
            or (word := re.search(r"([A-Z]\w+),?\s+$", text[max(0, start - 20) : start]))
            and not NOT_A_NAME_BEFORE.fullmatch(word[1])  # "Michael Jordan", "Atlanta, Georgia"; not "In June, Niger"
        ):
            return False
        if via == "surname" and (
            re.match(r"\s+[A-Z][a-z]", after)
            or re.search(r"\b(?:in|near|at|from)\s+$", text[max(0, start - 6) : start])
            or (
                (first := FIRST_NAME_BEFORE.search(text, max(0, start - 24), start))
                and not TITLE.fullmatch(first[1])
                and text[: first.start(1)].rstrip()[-1:] not in ("", ".", "!", "?", "“", '"', "\n")  # "Later Doe said"
            )
        ):  # "Doe Islanders": a longer name that begins with it; "a plant in Doe": a place; "Jon Doe": another Doe
            return False
        listed = (
            previous is not None
            and MINERAL.owns(previous[2])
            and re.fullmatch(r"\s*(?:,|and|or|&|,\s*and)\s*", text[previous[1] : start])
        )
        if MINERAL.owns(key) and surface.lower() in AMBIGUOUS_MINERAL_WORDS and not listed:
            window = text[max(0, start - 60) : end + 60]
            if FIGURATIVE.search(text[start : end + 15]) or not MINERAL_CONTEXT.search(window):
                return False
        if (
            via == "demonym"
            and not re.match(r"\s+[a-z]", after)
            and not re.match(r"-[A-Za-z]", text[end : end + 2])
            and not re.match(
                r"\s+(?:Prime|President|Minister|Foreign|Government|Ministry|Cabinet|Parliament|National Assembly|"
                r"Senate|Congress|State Council)\b",
                text[end : end + 20],
            )
        ):
            return False  # demonyms count as adjectives ("Chinese exports"), not as nouns for people
        if (
            via == "demonym"
            and self.gazetteer.places.get(key)
            and self.gazetteer.places[key].type is PlaceType.REGION
            and re.match(r"\s+(?:giant|nation|country|power|superpower|neighbou?r|rival|economy)\b", after)
        ):
            return False  # "the Asian giant" is a country, not the region
        return True


# A stock listing after an exchange's name: a ticker after its short form ("ASX: SYR", "TSXV:ABC.V"), "-listed".
TICKER = re.compile(r"\s*:\s*[A-Z0-9]{2,6}(?:\.[A-Z]{1,2})?\b")
LISTED = re.compile(r"-\s?(?:listed|quoted)\b")


def _word_bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_")


def passage_sentences(passage: Passage) -> list[tuple[int, int, str]]:
    """(start, end, sentence) in passage offsets; a table row is one sentence. A sentence with a
    "word" of a thousand characters is no prose (names are sought in it in time quadratic in that
    word's length): nothing is recognised in it."""
    if not passage.sentences:
        found = [(0, len(passage.text), passage.text)]
    else:
        found = [(s.start, s.start + len(s.text), s.text) for s in passage.sentences]
    return [x for x in found if not MONSTER_WORD.search(x[2])] if MONSTER_WORD.search(passage.text) else found


class MentionIndex:
    """An article's mentions by paragraph, and the mentions in each sentence: the one sentence
    index the recognisers share (bisection, so linear in mentions)."""

    def __init__(self, mentions: list[Mention]):
        self._found: dict[str, list[Mention]] = {}
        for m in mentions:
            self._found.setdefault(m.anchor, []).append(m)
        self._ordered: dict[str, list[Mention]] = {}

    def in_passage(self, anchor: str) -> list[Mention]:
        """The paragraph's mentions in the order they were found."""
        return self._found.get(anchor, [])

    def in_text_order(self, anchor: str) -> list[Mention]:
        if anchor not in self._ordered:
            self._ordered[anchor] = sorted(self.in_passage(anchor), key=lambda m: m.start)
        return self._ordered[anchor]

    def sentences(self, passage: Passage) -> list[tuple[int, int, str, list[Mention]]]:
        """(start, end, sentence, its mentions in text order) for each sentence of the passage."""
        here = self.in_text_order(passage.anchor)
        starts = [m.start for m in here]
        return [
            (s0, s1, sentence, here[bisect_left(starts, s0) : bisect_left(starts, s1)])
            for s0, s1, sentence in passage_sentences(passage)
        ]


def find_mentions(article: Article, lexicon: Lexicon) -> list[Mention]:
    mentions = []
    for passage in article.passages:
        orgs = find_orgs(passage.text)
        spans = passage_sentences(passage)
        starts = [s0 for s0, _, _ in spans]
        for start, end, key, via in lexicon.scan(passage.text, orgs):
            # the sentence holding `start`, found by bisection: a scan per mention was quadratic
            i = bisect_right(starts, start) - 1
            sentence = spans[i][2] if i >= 0 and start < spans[i][1] else passage.text
            mentions.append(
                Mention(article.id, passage.anchor, sentence, key, passage.text[start:end], start, end, via)
            )
    return mentions
