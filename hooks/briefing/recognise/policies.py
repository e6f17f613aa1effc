"""Stage 2, recognise policies: a state's measure on minerals → `PolicySighting`s.

A sighting is one sentence that names a measure (an export ban, export controls or licensing, a
quota, an export tax, a tariff, a price floor, a stockpile, a strategic-project designation,
nationalisation, a decision on a mining licence, grants and awards of public funding) and the state
that takes it: the place that owns it ("Andina's export ban",
"Ruritanian export controls"), the place that is the subject of its verb ("Ruritania banned the
export of …"), or the place just before it. Places the measure is aimed at ("exports to X",
"against X") are its target, never its author. Status and date are taken only as the sentence
states them; a sentence that names no author but speaks of "the ban" refers to the article's
latest measure of that type.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..ingest import Article
from ..kinds import COUNTRY, MINERAL
from .deal_words import DATE_PHRASE
from .evidence import Quote
from .mentions import Mention, MentionIndex
from .policy_authors import (
    AFTER_PREPOSITION,
    BY_STATES,
    STATE_BODY,
    STATES_LISTED_BEFORE,
    THE_STATE,
    UNNAMED_BODY,
    imposer_of,
)
from .policy_words import (
    COMPANY_OF,
    CONCERN,
    DECIDED,
    HYPOTHETICAL,
    MEASURES,
    MINERAL_WORDS,
    NEGATED,
    NOT_MINERALS,
    REACTION,
    STATUSES,
    named_again,
    referred_type,
)

# "… imposed by the Doe administration": a measure's author named by its head of state or government.
BY_ADMINISTRATION = re.compile(
    r"\b(?:imposed|announced|introduced|threatened|proposed|planned)\s+by\s+the\s+[A-Z][\w'’-]+\s+(?:administration|government)\b"
)
BASED = re.compile(r"-(?:based|headquartered|listed|registered)\b")
REFERS_BACK = re.compile(r"\b(?:the|this|that|its|these|those)\s+(?:\w+\s+){0,3}?(?:ban|controls?|restrictions?|"
                         r"quotas?|measures?|policy|rules?|curbs?|embargo|tariffs?)\b", re.I)  # fmt: skip


@dataclass(frozen=True)
class PolicySighting(Quote):
    type: str  # one of the MEASURES' types
    imposer: str | None  # a place key; None when the sentence does not say who
    minerals: list[str] = field(default_factory=list)
    target: str | None = None
    status: str | None = None
    date: str | None = None


def measure_types(sentence: str) -> list[tuple[str, re.Match]]:
    """The types of measure a sentence names, and where: one per type, on words no earlier type
    took ("quotas will replace the export ban" names two measures)."""
    found: list[tuple[str, re.Match]] = []
    for kind, pattern in MEASURES:
        m = pattern.search(sentence)
        if m and all(kind != k and (m.end() <= x.start() or m.start() >= x.end()) for k, x in found):
            found.append((kind, m))
    kinds = [k for k, _ in found]  # a bare "quotas" in a sentence about exports limits exports
    return [
        ("export quota" if k == "production quota" and m.group(0).lower().startswith("quota") and "export quota" not in kinds
         and re.search(r"\bexport", sentence, re.I) else k, m)
        for k, m in found
    ]  # fmt: skip


def find_policies(
    article: Article,
    mentions: list[Mention],
    place_names: dict[str, str],
    public_bodies: dict[str, str] | None = None,
    regions: frozenset[str] = frozenset(),
    countries_of: dict[str, str] | None = None,
    placed_by_text: frozenset[str] = frozenset(),
) -> list[PolicySighting]:
    """Policy sightings in reading order. `place_names` maps a place's name or demonym to its key;
    `public_bodies` maps the organisation key of a body that may take a measure to its author: an
    agency to its country, an international body to itself ("… by the European Commission");
    `regions`: places that take no measure ("Africa"), which do not count among the article's states;
    `countries_of`: a person's key to their country's ("President Jane Doe … will implement a ban");
    `placed_by_text`: the bodies whose country an article's words gave, which act for it only where it is named."""
    states = {m.key for m in mentions if COUNTRY.owns(m.key) and m.key not in regions}
    named = _places_named(article.headline, place_names) if article.headline and not article.title_derived else set()
    if not states:  # "Is an export tax Ruritania's answer?"
        states = {k for k in named if COUNTRY.owns(k) and k not in regions}
    main = _main_state(mentions, states, {k for k in named if k in states})
    reader = _Reader(article, public_bodies or {}, place_names, states, countries_of or {}, [], main, placed_by_text)
    index = MentionIndex(mentions)
    for passage in article.passages:
        if passage.cells:
            continue
        before: list[str] = []  # the minerals the passage's previous sentence names
        for s0, _, sentence, in_sentence in index.sentences(passage):
            measures = measure_types(sentence)
            if not measures and reader.found and (back := REFERS_BACK.search(sentence)):
                measures = [(referred_type(back.group(0), reader.found), back)]  # "The ban was extended in June."
            for kind, trigger in measures:
                seen = reader.sighting(passage, sentence, s0, in_sentence, kind, trigger, before)
                # "a bill to stop exports after Ruritania banned ore shipments": a later mention may say who
                while not seen and (trigger := named_again(kind, sentence, trigger.end())):
                    seen = reader.sighting(passage, sentence, s0, in_sentence, kind, trigger, before)
                reader.found += seen
            before = [m.key for m in in_sentence if MINERAL.owns(m.key)]
    return reader.found


def _main_state(mentions: list[Mention], states: set[str], in_headline: set[str] = frozenset()) -> str | None:
    """The state named three times or more and twice as often as any other: "the government" of an
    article on its export ban ("a nationwide ban" in a story that names its trading partners once); or the one
    state its headline names, if the text names it most."""
    ranked = Counter(m.key for m in mentions if m.key in states).most_common(2)
    if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    if ranked and in_headline == {ranked[0][0]} and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


@dataclass
class _Reader:
    """What reading one article's policies keeps between sentences: the measures found so far, and
    who may take one (public bodies, places by name)."""

    article: Article
    bodies: dict[str, str]
    place_names: dict[str, str]
    states: set[str]  # the places the article names
    countries_of: dict[str, str]  # a person's key → their country's
    found: list[PolicySighting] = field(default_factory=list)
    main_state: str | None = None  # the state the article is about, when one is named far more than any other
    placed_by_text: frozenset[str] = frozenset()  # bodies whose country an article gave (`find_policies`)
    named: set[str] | None = None  # the places the article's text names in any of their forms (`_places_named`)

    def sighting(self, passage, sentence, s0, in_sentence, kind, trigger, before=()) -> list:
        """The sighting of one measure the sentence names (none when its author or subject is not said).
        `before`: the minerals of the sentence before it in the paragraph, which a measure that names
        none is about ("… holds Andina cobalt. Since April, Ruritania's export restrictions …")."""
        minerals = _measure_minerals(
            sentence, trigger, [(m.start - s0, m.key) for m in in_sentence if MINERAL.owns(m.key)]
        )
        if not minerals and not MINERAL_WORDS.search(sentence) and not NOT_MINERALS.search(sentence):
            minerals = list(dict.fromkeys(before))
        if (
            not minerals
            and not MINERAL_WORDS.search(sentence)
            and (not self.found or NOT_MINERALS.search(sentence))
            and not (kind == "mining licence" and self.states)  # an operator's licence, in an article on minerals
        ):
            return []  # chips, goods, cars: a measure on something other than minerals
        if NEGATED.search(sentence[max(0, trigger.start() - 60) : trigger.start()]):
            return []  # "does not impose export controls"
        if NOT_MINERALS.search(sentence, max(0, trigger.start() - 20), trigger.start()):
            return []  # "the electric vehicle tax credit", "chip export controls": on other goods
        if HYPOTHETICAL.search(sentence[max(0, trigger.start() - 40) : trigger.start()]) and not DECIDED.search(
            sentence, 0, trigger.start()
        ):  # "fears of potential export controls": no measure is reported (but "announced that X would …" one is)
            return []
        if kind == "stockpile" and REACTION.search(sentence[max(0, trigger.start() - 40) : trigger.start()]):
            return []
        places = [
            (m.start - s0, m.end - s0, author)
            for m in in_sentence
            if (COUNTRY.owns(m.key) or m.key in self.bodies)
            and not BASED.match(sentence, m.end - s0)  # "Swiss-based Andina received a decree": where a firm is
            and (author := self._author_of(m.key))
        ]
        imposer, target = imposer_of(sentence, places, trigger)
        if (
            imposer
            and (objects := CONCERN.search(sentence, 0, trigger.start()))
            and all(at < objects.start() for at, _, k in places if k == imposer)
        ):
            return []  # "the EU has voiced concern about export restrictions in Africa": the EU's objection
        if (admin := BY_ADMINISTRATION.search(sentence, trigger.end())) and (
            head := [
                self.countries_of[m.key]
                for m in in_sentence
                if m.key in self.countries_of and admin.start() <= m.start - s0 < admin.end()
            ]  # fmt: skip
        ):
            imposer = head[0]  # "tariffs on copper imposed by the Doe administration": the head's state
        if REFERS_BACK.fullmatch(trigger.group(0)) and (
            back := [p for p in self.found if p.type == kind and p.imposer]
        ):
            imposer = back[-1].imposer  # "the ban" is the one named before, whoever else the sentence names
        if imposer is None and (body := STATE_BODY.search(sentence)):
            imposer = self.place_names.get(body.group("place"))  # "the Ruritanian Investment Board"
        if imposer is None and (head := [self.countries_of[m.key] for m in in_sentence if m.key in self.countries_of
                                         and m.start - s0 < trigger.start()]):  # fmt: skip
            imposer = head[0]  # "President Jane Doe confirmed he will implement a ban": her state's
        if imposer is None and UNNAMED_BODY.search(sentence):
            imposer = _only_state(sentence, places)  # "the Senate … the Philippines' standing"
        listed = BY_STATES.search(sentence, trigger.end()) if imposer is None else None
        listed = listed or STATES_LISTED_BEFORE.search(sentence, 0, trigger.start())
        imposers = list(dict.fromkeys(k for at, _, k in places if listed and listed.start("list") <= at < listed.end()))
        if imposers:  # "… introduced by a number of states including Ruritania, Borduria and Andina": each takes one
            imposer = imposers[0]
        if imposer is None:
            earlier = next((p for p in reversed(self.found) if p.type == kind and p.imposer), None)
            authors = {p.imposer for p in self.found}
            if earlier and REFERS_BACK.search(sentence):
                imposer, minerals = earlier.imposer, minerals or earlier.minerals
            elif len(authors) == 1 and (minerals or THE_STATE.search(sentence)):  # the article's only author
                imposer = next(iter(authors))
            elif not authors and (len(self.states) == 1 or self.main_state) and THE_STATE.search(sentence):
                imposer = self.main_state or next(iter(self.states))  # the one place named (most) is "the country"
            elif not authors and self.main_state and minerals and kind.startswith("export") and not places:
                imposer = self.main_state  # "the lawsuit over the nickel ore export ban", no state named: the article's
            else:
                return []  # who takes the measure is not said: not guessed
        if not minerals and REFERS_BACK.search(sentence):  # "the restrictions": the latest such measure's
            earlier = next((p for p in reversed(self.found) if p.type == kind and p.imposer == imposer), None)
            minerals = earlier.minerals if earlier else minerals
        return [
            PolicySighting(
                self.article.id,
                passage.anchor,
                sentence,
                kind,
                author,
                minerals,
                target,
                ("lifted" if STATUSES[0][1].search(sentence) else None)
                or _status(sentence[: trigger.start()] + sentence[trigger.end() :])  # "suspended exports" is a ban
                or ("in force" if re.match(r"\w+ed\b", trigger.group(0)) else None),
                (DATE_PHRASE.search(sentence) or [None])[0],
            )
            for author in imposers or [imposer]
        ]

    def _author_of(self, key: str) -> str | None:
        """A place's key, or the state a body acts for: its country where this article names that country, or else
        the article's one state ("the Ministry of Mines" is Ruritania's in one article, Borduria's in another)."""
        author = self.bodies.get(key, key)
        if author == key or key not in self.placed_by_text or author in self.states or self._names(author):
            return author
        return self.main_state or (next(iter(self.states)) if len(self.states) == 1 else None)

    def _names(self, place: str) -> bool:
        """Whether the article's text names the place ("Ruritania's Ministry of Commerce")."""
        if self.named is None:
            self.named = _places_named("\n".join(p.text for p in self.article.passages), self.place_names)
        return place in self.named


MEASURE_CLAUSE_END = re.compile(
    r"[;:]|,\s+(?:which|while|as|but|reminded|said|saying|according)\b|\s+(?:while|as|but)\s"
)


def _measure_minerals(sentence: str, trigger: re.Match, minerals: list[tuple[int, str]]) -> list[str]:
    """The minerals of the measure's own clause ("export restrictions on lithium batteries, … it controls
    90% of rare earth production": lithium); the sentence's, when its clause names none."""
    before = [m.end() for m in MEASURE_CLAUSE_END.finditer(sentence, 0, trigger.start())]
    lo = before[-1] if before else 0
    after = MEASURE_CLAUSE_END.search(sentence, trigger.end())
    hi = after.start() if after else len(sentence)
    own = [k for at, k in minerals if lo <= at < hi]
    return list(dict.fromkeys(own or [k for _, k in minerals]))


def _places_named(text: str, place_names: dict[str, str]) -> set[str]:
    words = re.findall(r"[\w-]+(?!\$)", re.sub(r"['’]s\b", "", text))  # not "US$6m": a currency
    spans = (" ".join(words[i : i + n]) for n in (1, 2, 3) for i in range(len(words) - n + 1))
    return {place_names[span] for span in spans if span in place_names}


def _only_state(sentence: str, places: list[tuple[int, int, str]]) -> str | None:
    """The one state a sentence names outside a prepositional phrase, when it names a state body but
    not whose: "the Senate … the Philippines' standing" (not "companies from Ruritania", "Ruritanian firm X")."""
    own = {
        k
        for s, e, k in places
        if not (AFTER_PREPOSITION.search(sentence, max(0, s - 14), s) or COMPANY_OF.match(sentence, e))
    }
    return own.pop() if len(own) == 1 and len({k for _, _, k in places}) == 1 else None


def _status(sentence: str) -> str | None:
    return next((status for status, pattern in STATUSES if pattern.search(sentence)), None)
