"""Stage 2, recognise policies: a state's measure on minerals → `PolicySighting`s.

A sighting is one sentence that names a measure (an export ban, export controls or licensing, a
quota, an export tax, a tariff, a price floor, a stockpile, a strategic-project designation,
nationalisation) and the state that takes it: the place that owns it ("Andina's export ban",
"Ruritanian export controls"), the place that is the subject of its verb ("Ruritania banned the
export of …"), or the place just before it. Places the measure is aimed at ("exports to X",
"against X") are its target, never its author. Status and date are taken only as the sentence
states them; a sentence that names no author but speaks of "the ban" refers to the article's
latest measure of that type.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..ingest import Article
from ..kinds import COUNTRY, MINERAL
from .deal_words import AMOUNT, DATE_PHRASE
from .evidence import Quote
from .mentions import Mention, MentionIndex

# (type, pattern): the first that matches a sentence names its measure.
MEASURES: list[tuple[str, re.Pattern]] = [
    (t, re.compile(p, re.I))
    for t, p in [
        (
            "export ban",
            r"\bexport(?:s|ing)?\s+(?:ban|embargo|prohibition|moratorium)s?\b|"
            r"\bban(?:s|ned|ning)?\s+(?:on\s+)?(?:the\s+)?(?:\w+\s+){0,4}?(?:exports?|exporting|shipments?)\b|"
            r"\bprohibit\w*\s+(?:the\s+)?(?:\w+\s+){0,3}?exports?\b|\b(?:stop|halt|suspend)\w*\s+(?:the\s+)?(?:\w+\s+){0,3}?"
            r"exports?\b|\bembargo\b",
        ),
        ("export quota", r"\bexport\s+quotas?\b|\bquotas?\s+(?:on|for)\s+(?:the\s+)?exports?\b"),
        (
            "export tax",
            r"\bexport\s+(?:tax|taxes|duty|duties|levy|levies|tariffs?)\b|\b(?:tax|duty|levy)\s+on\s+(?:\w+\s+){0,3}?exports?\b",
        ),
        (
            "export control",
            r"\bexport\s+(?:controls?|restrictions?|curbs?|limits?|licen[cs](?:es?|ing)|permits?|control list)\b|"
            r"\b(?:restrict|curb|control|limit)\w*\s+(?:the\s+)?(?:\w+\s+){0,3}?exports?\b|"
            r"\b(?:controls?|restrictions?|curbs?)\s+on\s+(?:the\s+)?(?:\w+\s+){0,4}?exports?\b|"
            r"\blicen[cs]ing requirements?\b|\brequire\w*\s+(?:an?\s+)?export licen[cs]es?\b|"
            r"\blicen[cs]es?\s+to\s+export\b|\badded\s+to\s+(?:its|the)\s+(?:\w+\s+){0,2}control\s+list\b",
        ),
        (
            "price floor",
            r"\bprice\s+floors?\b|\bfloor\s+prices?\b|\bminimum\s+(?:export\s+)?prices?\b|\bbenchmark\s+prices?\b|"
            r"\breference\s+prices?\b",
        ),
        ("import tariff", r"\b(?:import\s+)?tariffs?\s+on\b|\bimport\s+(?:tariffs?|duties|duty|bans?)\b"),
        (
            "stockpile",
            r"\b(?:strategic|national|government|state|emergency|build(?:ing)?|creat\w+|establish\w*|set(?:ting)? up)\s+"
            r"(?:\w+\s+){0,2}?(?:stockpiles?|reserves?|stocks?)\b|\bstockpiling\b|"
            r"\b(?:secure|buy|purchase|acquire|expand\w*|replenish\w*|fund\w*)\s+(?:(?:a|an|the|its)\s+)?"
            rf"(?:{AMOUNT}\s+)?(?:\w+\s+){{0,2}}?stockpiles?\b|\bdefen[cs]e\s+stockpiles?\b",
        ),
        (
            "strategic project",  # a designation, not an aim to "support strategic projects"
            r"\b(?:designat\w+|recogni[sz]\w+|selected|selects|named|listed|granted|awarded|approved|approves|adopted)\b"
            r"[^.;]{0,40}?\bstrategic\s+projects?\b|"
            r"\bstrategic[\s-]+project\s+status\b|\bas\s+(?:an?\s+|one\s+of\s+\w+\s+)?strategic\s+projects?\b|"
            r"\b(?:given|granted|awarded|gives|grants)\b[^.;]{0,80}?\b(?:special|strategic|priority)\s+status\b",
        ),
        (
            "nationalisation",
            r"\bnationali[sz]\w+|\bexpropriat\w+|\brevok\w+\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:concessions?|licen[cs]es?)\b|"
            r"\bstate\s+(?:controls|control of|ownership of)\s+(?:all\s+)?(?:the\s+)?(?:\w+\s+){0,2}?"
            r"(?:production|mining|extraction|reserves|resources)\b",
        ),
        ("export quota", r"\bexport\w*\b.*\bquotas?\b|\bquotas?\b.*\bexport"),  # "exporters who exceed quotas"
        ("production quota", r"\b(?:production|mining|output)\s+(?:quotas?|caps?|limits?)\b|\bquotas?\b"),
    ]
]
MEASURE_NOUN = r"(?:ban|bans|controls?|restrictions?|quotas?|embargo|curbs?|tariffs?|measures?|levy|tax|duty|duties)\b"
# Status words, first match wins: a lifted ban is no longer in force whatever else the sentence says.
STATUSES: list[tuple[str, re.Pattern]] = [
    (s, re.compile(p, re.I))
    for s, p in [
        (
            "lifted",
            rf"\b(?:lift(?:s|ed|ing)?|scrap\w*|repeal\w*|rescind\w*|end(?:s|ed|ing)?|remov\w+)\s+(?:the\s+|its\s+|a\s+)?"
            rf"(?:\w+\s+){{0,3}}?{MEASURE_NOUN}|{MEASURE_NOUN}\s+(?:was|were|has been|have been|is|are|had been)\s+"
            rf"(?:\w+\s+)?(?:lifted|scrapped|repealed|rescinded|removed|ended)\b",
        ),
        ("suspended", r"\b(?:suspend\w*|paus\w*|postpon\w*|delay\w*|relax\w*|eas(?:e|ed|es|ing))\b"),
        (
            "proposed",
            r"\b(?:propos\w*|consider\w*|mull\w*|weigh\w*|thinking about|draft\w*|plan(?:s|ned|ning)? to|"
            r"(?:could|may|might|would)\s+(?:\w+\s+)?(?:impose|ban|introduce|restrict|develop)|will develop|urg\w+)\b",
        ),
        ("extended", r"\b(?:extend\w*|expand\w*|widen\w*|tighten\w*|added to|adds?)\b"),
        (
            "announced",
            r"\b(?:announc\w*|unveil\w*|will (?:take effect|come into|impose|ban|introduce|require|exert)|"
            r"(?:takes?|taking) effect|effective (?:from|on)|set to)\b",
        ),
        (
            "in force",
            r"\b(?:impos\w*|in (?:place|force|effect)|with immediate effect|banned|introduc\w*|implement\w*|took effect|enforc\w*|"
            r"keep|kept|maintain\w*|placed|applies|apply|require[sd]?)\b",
        ),
    ]
]
# Words before a place that make it the measure's target or its market, not its author.
TARGETED = re.compile(r"(?:\bto|\bagainst|\btargeting|\btargets|\baimed at|\bat|\binto|\bon)\s+(?:the\s+)?$", re.I)
# A government body named after its state: the state is the measure's author.
STATE_BODY = re.compile(
    r"\b(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)??)(?:['’]s)?\s+(?:[A-Z][\w-]*\s+){0,4}?"
    r"(?:Ministry|Government|Board|Agency|Parliament|Department|Commission|Authority|Cabinet|Office|Senate)\b"
)
NEGATED = re.compile(r"\b(?:not|never|no longer|n['’]t)\b(?:\s+\w+){0,3}\s*$", re.I)
HYPOTHETICAL = re.compile(
    r"\b(?:potential|possible|possibly|future|threat(?:s|en\w*)?|risks? of|fears? of|could|would|might|if)\b"
    r"(?:\s+\w+){0,5}\s*$",
    re.I,
)
SUBORDINATE = r"\b(?:in|on|at|to|from|with|for|of|by|against|after|before|than|like)\b"
MINERAL_WORDS = re.compile(r"\b(?:ores?|minerals?|metals?|mining|concentrates?|raw materials?|commodit\w+)\b", re.I)
OBJECT_OF = re.compile(r"\b(?:with|against|to|from|on|over|toward|towards)\s+(?:the\s+)?$", re.I)
NOT_MINERALS = re.compile(
    r"\b(?:chip\w*|semiconductors?|goods|cars|vehicles|software|technolog\w+|equipment|tools|weapons|food|imports)\b",
    re.I,
)
THE_STATE = re.compile(r"\bthe (?:government|authorities|ministry|cabinet|country|state)\b", re.I)
REFERS_BACK = re.compile(r"\b(?:the|this|that|its|these|those)\s+(?:\w+\s+){0,3}?(?:ban|controls?|restrictions?|"
                         r"quotas?|measures?|policy|rules?|curbs?|embargo|tariffs?)\b", re.I)  # fmt: skip


UNNAMED_BODY = re.compile(
    r"\bthe (?:government|authorities|ministry|cabinet|regulator|Senate|Parliament|Congress|National Assembly|"
    r"legislature|lawmakers)\b",
    re.I,
)


@dataclass(frozen=True)
class PolicySighting(Quote):
    type: str  # one of the MEASURES' types
    imposer: str | None  # a place key; None when the sentence does not say who
    minerals: list[str] = field(default_factory=list)
    target: str | None = None
    status: str | None = None
    date: str | None = None


def measure_type(sentence: str) -> tuple[str, re.Match] | None:
    """The type of measure a sentence names, and where, or None."""
    for kind, pattern in MEASURES:
        if m := pattern.search(sentence):
            return kind, m
    return None


def find_policies(
    article: Article, mentions: list[Mention], place_names: dict[str, str], public_bodies: dict[str, str] | None = None
) -> list[PolicySighting]:
    """Policy sightings in reading order. `place_names` maps a place's name or demonym to its key;
    `public_bodies` maps the organisation key of a body that may take a measure to its author: an
    agency to its country, an international body to itself ("… by the European Commission")."""
    bodies = public_bodies or {}
    index = MentionIndex(mentions)
    found: list[PolicySighting] = []
    for passage in article.passages:
        if passage.cells:
            continue
        for s0, _, sentence, in_sentence in index.sentences(passage):
            measure = measure_type(sentence)
            if measure is None and found and (back := REFERS_BACK.search(sentence)):
                measure = found[-1].type, back  # "The ban was extended in June."
            if measure is None:
                continue
            kind, trigger = measure
            minerals = _measure_minerals(
                sentence, trigger, [(m.start - s0, m.key) for m in in_sentence if MINERAL.owns(m.key)]
            )
            if not minerals and not MINERAL_WORDS.search(sentence) and (not found or NOT_MINERALS.search(sentence)):
                continue  # chips, goods, cars: a measure on something other than minerals
            if NEGATED.search(sentence[max(0, trigger.start() - 40) : trigger.start()]):
                continue  # "does not impose export controls"
            if HYPOTHETICAL.search(sentence[max(0, trigger.start() - 40) : trigger.start()]):
                continue  # "fears of potential export controls": no measure is reported
            places = [
                (m.start - s0, m.end - s0, bodies.get(m.key, m.key))
                for m in in_sentence
                if COUNTRY.owns(m.key) or m.key in bodies
            ]
            imposer, target = _imposer(sentence, places, trigger)
            if imposer is None and (body := STATE_BODY.search(sentence)):
                imposer = place_names.get(body.group("place"))  # "the Ruritanian Investment Board"
            if imposer is None and UNNAMED_BODY.search(sentence):
                imposer = _only_state(sentence, places)  # "the Senate … the Philippines' standing"
            if imposer is None:
                earlier = next((p for p in reversed(found) if p.type == kind and p.imposer), None)
                authors = {p.imposer for p in found}
                if earlier and REFERS_BACK.search(sentence):
                    imposer, minerals = earlier.imposer, minerals or earlier.minerals
                elif len(authors) == 1 and (minerals or THE_STATE.search(sentence)):  # the article's only author
                    imposer = next(iter(authors))
                else:
                    continue  # who takes the measure is not said: not guessed
            if not minerals and REFERS_BACK.search(sentence):  # "the restrictions": the latest such measure's
                earlier = next((p for p in reversed(found) if p.type == kind and p.imposer == imposer), None)
                minerals = earlier.minerals if earlier else minerals
            found.append(
                PolicySighting(
                    article.id,
                    passage.anchor,
                    sentence,
                    kind,
                    imposer,
                    minerals,
                    target,
                    ("lifted" if STATUSES[0][1].search(sentence) else None)
                    or _status(sentence[: trigger.start()] + sentence[trigger.end() :])  # "suspended exports" is a ban
                    or ("in force" if re.match(r"\w+ed\b", trigger.group(0)) else None),
                    (DATE_PHRASE.search(sentence) or [None])[0],
                )
            )
    return found


def _imposer(sentence: str, places: list[tuple[int, int, str]], trigger: re.Match) -> tuple[str | None, str | None]:
    """The place that takes the measure and the place it is aimed at, from where they stand."""
    author = [(s, e, k) for s, e, k in places if not TARGETED.search(sentence[max(0, s - 14) : s])]
    aimed = [k for s, e, k in places if TARGETED.search(sentence[max(0, s - 14) : s]) and s > trigger.start()]
    before = [p for p in author if p[1] <= trigger.start()]
    after = [p for p in author if p[0] >= trigger.end()]
    near = [
        p
        for p in before
        if trigger.start() - p[1] <= 60
        and not re.search(r"[,;:]", sentence[p[1] : trigger.start()])
        and not OBJECT_OF.search(sentence[max(0, p[0] - 12) : p[0]])  # "tensions with the US": not its author
    ]
    if near:  # "Ruritania's export ban", "Ruritania banned the export of": the place in the measure's clause
        imposer = near[-1][2]
    elif before and before[0][0] < 40 and not re.search(SUBORDINATE, sentence[: before[0][0]]):
        # the sentence's subject: "Ruritania, which …, has banned …", "The Ruritanian miners' body urges …"
        imposer = before[0][2]
    elif (
        after
        and after[0][0] - trigger.end() <= 45
        and re.search(r"\b(?:by|from)\s+(?:the\s+)?$", sentence[trigger.end() : after[0][0]])
    ):
        imposer = after[0][2]  # "export controls imposed by Ruritania"
    else:
        imposer = None
    target = next((k for k in aimed if k != imposer), None)
    return imposer, target


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


def _only_state(sentence: str, places: list[tuple[int, int, str]]) -> str | None:
    """The one state a sentence names outside a prepositional phrase, when it names a state body but
    not whose: "the Senate … the Philippines' standing" (not "companies from Ruritania")."""
    own = {k for s, _, k in places if not re.search(SUBORDINATE + r"\s+(?:the\s+)?$", sentence[max(0, s - 14) : s])}
    return own.pop() if len(own) == 1 and len({k for _, _, k in places}) == 1 else None


def _status(sentence: str) -> str | None:
    return next((status for status, pattern in STATUSES if pattern.search(sentence)), None)
