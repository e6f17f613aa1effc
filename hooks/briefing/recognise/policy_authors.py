"""Stage 2, recognise policies (authors): who takes a measure, read from where the places stand around
it ("Ruritania's export ban", "controls imposed by Ruritania", "sanctions against Borduria": the target)."""

from __future__ import annotations

import re

from ..kinds import COUNTRY
from .org_patterns import FOREIGN_MINISTRY_WORD
from .policy_words import COMPANY_OF, OWN_SECTOR

OBJECT_OF = re.compile(  # "tensions with Borduria", "it had informed Borduria about": not its author
    r"\b(?:with|against|to|from|on|over|toward|towards|informed|told|notified|briefed|warned|mit|gegen|con|contra|com|avec|"
    r"contre)\s+(?:the\s+|den\s+|dem\s+|der\s+|los\s+|las\s+|les\s+|el\s+|la\s+|le\s+|l['’]|os\s+|as\s+|o\s+|a\s+)?$",  # "mit den USA"
    re.I,
)
THE_COUNTRYS = re.compile(r"\bthe\s+(?:[A-Z][\w-]*\s+){0,3}(?:country|nation)['’]s\s+(?:[\w-]+\s+){0,3}$")
OWNS_MEASURE = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,4}")  # "Ruritania’s new rare earth …"
ENACTED_BY = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:enacted|imposed|introduced|adopted|decreed|passed)\s+(?:last\s+\w+\s+)?by\s+(?:the\s+)?"
    r"(?:(?:top|leading|main|major|largest|dominant|biggest)\s+(?:[\w-]+\s+)?(?:producer|supplier|exporter|refiner)\s+)?"
)  # "… imposed by top producer Ruritania"
# Words before a place that make it the measure's target or its market, not its author.
TARGETED = re.compile(r"(?:\bto|\bagainst|\btargeting|\btargets|\baimed at|\bat|\binto|\bon)\s+(?:the\s+)?$", re.I)
IMPORTED_FROM = re.compile(r"\bimports?\s+(?:of\s+)?(?:[\w-]+\s+){0,5}?from\s+(?:the\s+)?$", re.I)  # the goods' origin

# A measure named in a phrase set before the sentence's subject: "Alongside stockpiling and recycling,
# Ruritania has invested …" (the subject after the comma is its author).
FRONTED = re.compile(
    r"(?:Alongside|Besides|Apart from|In addition to|As well as|Beyond|Through)\b[^.;]*?,\s+(?:the\s+)?"
)
# "non-Ruritania projects": any place but it, no author.
ANY_BUT = re.compile(r"(?i)\bnon-$")
# A government body named after its state: the state is the measure's author.
STATE_BODY = re.compile(
    r"\b(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)??)(?:['’]s)?\s+(?:[A-Z][\w-]*\s+){0,4}?"
    r"(?:Ministry|Government|Board|Agency|Parliament|Department|Commission|Authority|Cabinet|Office|Senate|Chamber)\b"
)
RELATIVE_CLAUSE = re.compile(r",\s+(?:which|that)\s+(?:\w+\s+){0,3}")  # between a place and its measure
SUBORDINATE = r"\b(?:in|on|at|to|from|with|for|of|by|against|after|before|than|like)\b"
AFTER_PREPOSITION = re.compile(SUBORDINATE + r"\s+(?:the\s+)?$")
# After the measure, the states that take it, listed: "introduced by … states including X, Y and Z".
LIST_INTRO = r"(?:including|such as|like|namely)"  # "… countries such as X, Y and Z"
BY_STATES = re.compile(
    r"\b(?:(?:introduced|imposed|adopted|announced|enacted|implemented|applied|taken)\s+by|in)\s+(?:[\w-]+\s+){0,6}?"
    rf"{LIST_INTRO}\s+(?P<list>[A-Z][^.;:()]{{0,120}})"  # "… restrictions in countries such as X, Y"
)
# "African nations – including Andina, Verde and Ruritania – have restricted such exports": the subject's list,
# right before the measure's verb; each takes it.
STATES_LISTED_BEFORE = re.compile(
    rf"\b{LIST_INTRO}\s+(?P<list>[A-Z][^.;:–—]{{0,120}}?)\s*[–—,]\s+"
    r"(?:have|has|had)\s+(?:also\s+|already\s+)?$"
)
UNNAMED_BODY = re.compile(
    r"\bthe (?:government|authorities|ministry|cabinet|regulator|Senate|Parliament|Congress|National Assembly|"
    r"legislature|lawmakers)\b",
    re.I,
)


# "the government", "nationwide"; "the agreement prohibits the export of ore": terms the granting state sets
THE_STATE = re.compile(
    r"\bthe (?:(?:federal|national|central|union|state|[A-Z][a-z]+n)\s+)?(?:government|authorities|ministry|cabinet|country|state|nation)\b|"
    r"(?<!to )(?<!by )(?<!with )\bthe Minister (?:of|for) [A-Z]|"  # "the Minister of Energy and Natural Resources … announced": the state's
    r"^Government\s+(?=[a-z])|(?-i:\bCabinet\b)|\bnationwide\b|\b(?:President|Prime\s+Minister)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}['’]s\s+(?:policy|decree|order)\b|\b(?:on|of|for|that|and)\s+government\s+(?=[a-z]+ing\b)|"  # "keen on government exploring a tax"
    r"\bthe (?:concession|agreement|licen[cs]e|law|decree)\s+(?:prohibits|bans|forbids|requires)\b|"
    r"\b(?:pemerintah|el\s+gobierno|o\s+governo|le\s+gouvernement|die\s+regierung)\b|"  # the government, in other tongues
    rf"\b(?:(?:le|el|o)\s+{FOREIGN_MINISTRY_WORD}|das\s+ministerium|kementerian)\b|"  # and its ministry
    r"\bmeasures\s+(?:being\s+)?(?:implemented|introduced|adopted)\b|"  # "… are some of the other measures implemented"
    r"\b(?:public|state|government)\s+stockpil\w*|"  # "while strengthening public stockpiling": the state's stockpile
    # "President Jane Doe has authorised the lifting of …": the head of state or government acts, as the state
    r"^(?:President|Prime\s+Minister)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:authori[sz]ed|ordered|signed|decreed|approved|lifted|imposed|announced|suspended|banned)\b",
    re.I,
)


def aimed_at(sentence: str, at: int) -> bool:
    """ "sanctions against X", "tariffs on imports of many products from X": X is the target."""
    return bool(TARGETED.search(sentence[max(0, at - 14) : at]) or IMPORTED_FROM.search(sentence[max(0, at - 60) : at]))


def imposer_of(sentence: str, places: list[tuple[int, int, str]], trigger: re.Match) -> tuple[str | None, str | None]:
    """The place that takes the measure and the place it is aimed at, from where they stand."""
    author = [  # not "Ruritania's Andina Cobre received quotas": a company's place
        (s, e, k)
        for s, e, k in places
        if not aimed_at(sentence, s)
        and not COMPANY_OF.match(sentence, e)
        and not ANY_BUT.search(sentence, max(0, s - 4), s)
    ]
    aimed = [k for s, e, k in places if aimed_at(sentence, s) and s > trigger.start()]
    before = [p for p in author if p[1] <= trigger.start()]
    after = [p for p in author if p[0] >= trigger.end()]
    near = [
        p
        for p in before
        if trigger.start() - p[1] <= 60
        and not re.search(r"[,;:]", sentence[p[1] : trigger.start()])
        and not OBJECT_OF.search(sentence[max(0, p[0] - 22) : p[0]])
    ]
    # a state's own: not "the Verde Institute’s Export Restrictions on …" (a database)
    owned = [p for p in places if COUNTRY.owns(p[2]) and OWNS_MEASURE.fullmatch(sentence, p[1], trigger.start())]
    if owned:  # "… respond to Ruritania’s rare earth export curbs": whose the measure is, whatever governs it
        imposer = owned[-1][2]
    elif before and THE_COUNTRYS.search(sentence, 0, trigger.start()):
        imposer = before[0][2]  # "Ruritania is ready to fight Borduria’s challenge of the country’s ban": the subject's
    elif after and FRONTED.fullmatch(sentence, 0, after[0][0]):
        imposer = after[0][2]  # "Alongside stockpiling, Ruritania has …": the subject after the fronted phrase
    elif after and ENACTED_BY.fullmatch(sentence, trigger.end(), after[0][0]):
        imposer = after[0][2]  # "Borduria's move follows a nationalisation plan enacted by Ruritania": its author
    elif near:  # "Ruritania's export ban", "Ruritania banned the export of": the place in the measure's clause
        imposer = near[-1][2]
    elif which := [p for p in before if RELATIVE_CLAUSE.fullmatch(sentence[p[1] : trigger.start()])]:
        imposer = which[-1][2]  # "there is Ruritania, which recently banned the export of …": the clause's place
    elif before and (
        before[0][0] < 40
        and not re.search(SUBORDINATE, sentence[: before[0][0]])
        or re.fullmatch(r"[^,;]*\b[Gg]overnment\s+of\s+(?:the\s+)?", sentence[: before[0][0]])
    ):  # (or further, in the subject's "The Ministry of Trade under the Government of Ruritania, …")
        # the sentence's subject: "Ruritania, which …, has banned …", "The Ruritanian miners' body urges …"
        imposer = before[0][2]
    elif (
        after
        and after[0][0] - trigger.end() <= 60
        and re.search(
            r"\b(?:by|from|under|depuis|desde|par)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+|o\s+|a\s+)?$|"  # "… depuis la RDC"
            r"\b(?:area|deposit|site|block|project|mine)s?\s+in\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?$",
            sentence[trigger.end() : after[0][0]],
        )  # "… granted a permit for an area in southern Ruritania": the place's
        and not re.search(r"\b(?:that|which|who|held|owned)\b", sentence[trigger.end() : after[0][0]])
    ):  # not "concessions that were held by the Chinese firm X"
        imposer = after[0][2]  # "export controls imposed by Ruritania", "… status under the EU's Act"
    elif after and re.fullmatch(OWN_SECTOR, sentence[trigger.end() : after[0][0]] + sentence[after[0][1] :][:60]):
        imposer = after[0][2]  # "$5 million in funding to further develop Ruritania’s copper sector": its own
    elif (
        re.search(r"\bgovernment\b", trigger.group(0), re.I)
        and len(states := {k for *_, k in places if COUNTRY.owns(k)}) == 1
    ):
        imposer = states.pop()  # "Ruritania's Andina has been awarded a government grant": the one state named
    else:
        imposer = None
    target = next((k for k in aimed if k != imposer), None)
    return imposer, target
