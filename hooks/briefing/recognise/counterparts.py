"""Stage 2, recognise deals (counterparts): "X inked a deal with Y": the organisation that signs,
in the trigger's clause, and the organisations or places a "with" after the trigger names."""

from __future__ import annotations

import re

from ..keys import org_key
from .deal_words import DESCRIBED_THEN_NAMED, LIST_JOIN, PLURAL
from .org_forms import representatives
from .org_spans import OrgSpan
from .parties import AFTER_PREPOSITION, listed_subject

REPORTED_THAT = re.compile(r"\b(?:announced|said|says|stated|reported|confirmed|disclosed)\s+(?:\w+\s+){0,2}?that\b")


# What brackets hold between a subject and its verb (tickers, short forms), and the rest of the one it stands in.
BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|^[^\[\]()]*[\])]")
# "signed a preliminary deal that will allow Y to acquire …": Y is the counterpart.
ALLOWS = re.compile(r"\s+(?:that|which)\s+(?:will\s+|would\s+)?(?:allows?|enables?|gives?|grants?)\s+(?=[A-Z])")


def subject_with_counterpart(sentence: str, orgs: list[OrgSpan], trigger: re.Match, places) -> list[str] | None:
    """ "X inked a deal with Y", "X signed an offtake agreement with Ruritania": an organisation in
    the trigger's clause, and the organisation or place a "with" after the trigger names (or a partner's name)."""
    speakers = representatives(sentence, [o.start for o in orgs])  # "Liu Jian of X signed with Jon Roe of Y"
    places = [(a, b, k) for a, b, k in places if not any(s <= a < e for s, e in speakers)]  # no place: a name
    named = sorted([(o.start, o.end, org_key(o.name)) for o in orgs] + [(a, b, k) for a, b, k in places])
    listed = listed_subject(sentence, [n for n in named if n[1] <= trigger.start()], trigger.start())
    if len(listed) >= 2 and not PLURAL.search(trigger.group(0)):  # "Andina Cobre and the Peruvian Minera Sur
        return listed  # will jointly develop"; not "X, Y and Z have all announced offtake agreements"
    subject = next(  # not "informed the Regulator that the agreement …": a name after a preposition is no subject
        (
            o
            for o in orgs
            if o.end <= trigger.start()
            and not re.search(
                r"[;:]", BRACKETED.sub("", sentence[o.end : trigger.start()])
            )  # "(OTC: X)", "[X-TSXV; Y]"
            and (not AFTER_PREPOSITION.search(sentence, 0, o.start) or any(e < o.start < e + 9 for _, e in speakers))
            and sentence[o.start - 1 : o.start] != "("  # a short form stands for the name before it
        ),
        None,
    )
    later = [o for o in orgs if subject and subject.end <= o.start and o.end <= trigger.start()]
    if later and REPORTED_THAT.search(sentence, subject.end, later[-1].start):
        subject = later[-1]  # "X announced that its subsidiary Y has entered into …": Y signs
    with_m = (  # "through its offtake partner Y": the partner named right after the word
        re.match(r"\s+(?=[A-Z])", sentence[trigger.end() :])
        if trigger.group(0).lower().endswith("partner")
        else re.search(r"\b(?:with|con|com|avec|mit|dengan)\s+", sentence[trigger.end() :])  # Spanish … Indonesian
        or ALLOWS.match(sentence[trigger.end() :])  # "a deal that will allow Y to acquire a stake"
    )
    if subject is None and with_m:
        return leaders_sign(sentence, trigger, trigger.end() + with_m.end(), places)
    if subject is None or with_m is None:
        return None
    at = trigger.end() + with_m.end()
    after = sorted(
        [(o.start, o.end, org_key(o.name)) for o in orgs if o.start >= at]
        + [(a, b, k) for a, b, k in places if a >= at]
    )
    near = [
        n
        for n in after
        if n[0] - at <= 45
        and not re.search(r"[,;.]|\b(?:in|at|from|on|for|by|to)\s", sentence[at : n[0]])
        or n[0] - at <= 90
        and DESCRIBED_THEN_NAMED.fullmatch(sentence[at : n[0]])
    ]  # not "with other mandates in Ruritania": a name inside the phrase, not its head
    if not near:
        return None
    listed = [near[0]]  # "with X and German cell maker Y": every name of the list
    for item in after[after.index(near[0]) + 1 :]:
        if not LIST_JOIN.fullmatch(sentence[listed[-1][1] : item[0]]):
            break
        listed.append(item)
    counterparts = [k for _, _, k in listed if k != org_key(subject.name)]
    return [org_key(subject.name), *dict.fromkeys(counterparts)] if counterparts else None


# "signed between X Co. Ltd. and Verdean energy company Y": two names a "between" right after the trigger joins.
BETWEEN = re.compile(  # "an agreement between", "an agreement has been reached between"; "a venture of X and Y";
    # "a memorandum of cooperation was signed between X and Y", "an agreement was signed among the Government of X, Y and Z"
    r"(?:\s+of\s+(?:co-?operation|understanding|intent))?"
    r"\s+(?:(?:(?:has|have|had)\s+been|was|were)\s+(?:reached|signed|concluded|struck|agreed|inked)\s+)?"
    r"(?P<word>between|among|amongst|of)\s+(?:the\s+)?(?:[Gg]overnments?\s+of\s+(?:the\s+)?)?"
    r"(?:[A-Z][\w.'’-]*-based\s+)?"  # "between the Swiss-based X and Y": where X is based is no party
)
VENTURE = re.compile(r"(?i)venture|\bJVs?\b")
# (the first described in between: "between X, Verde’s largest producer, and Y")
BETWEEN_JOIN = re.compile(r"(?:,\s+[^,;()]{3,60}?)?,?\s+and\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?")


def names_from(sentence: str, orgs: list[OrgSpan], places, at: int) -> list[tuple[int, int, str]]:
    """(start, end, key) of the organisations and places named from `at` on, in order; not a place before
    "’s" ("with Verde’s X", "and Verde’s state-owned X": X is the party)."""
    return sorted(
        [(o.start, o.end, org_key(o.name)) for o in orgs if o.start >= at]
        + [(a, b, k) for a, b, k in places if a >= at and sentence[b : b + 2] not in ("’s", "'s")]
    )


def between_named(sentence: str, orgs: list[OrgSpan], trigger: re.Match, places) -> list[str] | None:
    """The two parties "between X and Y" names right after the trigger, X opening the phrase and Y after
    its "and" (with a description before it); None when the phrase does not open with a name."""
    between = BETWEEN.match(sentence, trigger.end())
    if between is None or between["word"] == "of" and not VENTURE.search(trigger.group("t")):
        return None  # "of" names the owners of a venture only ("Kamoto Copper, a joint venture of X and Y")
    named = names_from(sentence, orgs, places, between.end())
    if len(named) < 2 or named[0][0] != between.end() or named[0][2] == named[1][2]:
        return None
    if not BETWEEN_JOIN.fullmatch(sentence, named[0][1], named[1][0]) and not (
        between["word"].startswith("among") and _list_join(sentence, named[0][1], named[1][0])
    ):
        return None
    listed = named[:2]  # "among X, Y and Z": every name of the list
    for item in named[2:] if between["word"].startswith("among") else []:
        if item[2] in {k for *_, k in listed} or sentence[item[0] - 1 : item[0]] == "(":
            continue  # a short form: "X (XC)"
        if not _list_join(sentence, listed[-1][1], item[0]):
            break
        listed.append(item)
    return [k for *_, k in listed]


def _list_join(sentence: str, end: int, start: int) -> bool:
    """Two names of a list, the first maybe followed by its short form: "X (XC), Y and Z"."""
    return bool(LIST_JOIN.fullmatch(re.sub(r"^\s*\([^()]{1,20}\)", "", sentence[end:start])))


# "Verdean Prime Minister Jane Doe signed agreements with Ruritanian counterpart Jon Roe": two states' leaders.
LEADER_AFTER = re.compile(
    r"\s+(?:Prime\s+Minister|President|Premier|Chancellor|(?:[A-Z][a-z]+\s+){0,3}Minister|Secretary\s+of\s+State)\b"
)
COUNTERPART = re.compile(r"\s+(?:counterparts?|opposite\s+numbers?)\b")


def leaders_sign(sentence: str, trigger: re.Match, at: int, places) -> list[str] | None:
    """The states of a leader who signs, before the trigger, and of the counterpart after "with"."""
    leader = next((k for a, b, k in places if b <= trigger.start() and LEADER_AFTER.match(sentence, b)), None)
    other = next((k for a, b, k in places if at <= a <= at + 4 and COUNTERPART.match(sentence, b)), None)
    return [leader, other] if leader and other and leader != other else None


def leader_of(sentence: str, end: int) -> bool:
    """ "Verdean Prime Minister …", "Ruritanian counterpart …": a demonym that names a state's leader."""
    return bool(LEADER_AFTER.match(sentence, end) or COUNTERPART.match(sentence, end))
