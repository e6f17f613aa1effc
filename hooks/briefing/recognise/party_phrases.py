"""Stage 2, recognise deals (more party phrases): an award, and a joint announcement.

"The Ruritanian Defence Department has awarded Andina Cobre a $35 million contract": the awarder is
the sentence's subject, the awardee the name right after the verb. "Andina Cobre and Minera Sur
announce that they have entered into an agreement": "they" are the two names before the verb.
"""

from __future__ import annotations

import re

from ..keys import org_key
from ..text import AND
from .org_spans import OrgSpan, find_orgs


def named_bodies(sentence: str, known: list[OrgSpan], by_head: list[OrgSpan] | None = None) -> list[OrgSpan]:
    """The organisations a sentence names, in order: the ones the site knows, then others by their head nouns
    (`find_orgs`, or `by_head` when the caller has them) where no known one stands."""
    others = find_orgs(sentence) if by_head is None else by_head
    return sorted(known + [o for o in others if not any(k.start < o.end and o.start < k.end for k in known)],
                  key=lambda o: o.start)  # fmt: skip


def phrase_named(context, orgs: list[OrgSpan], trigger: re.Match) -> list[str] | None:
    """The parties an award or a joint announcement names; None when the sentence has neither."""
    return awarded_parties(context, orgs, trigger) or joint_announcers(context, orgs, trigger)


# The verb and its first object, right before the trigger word: "awarded Andina Cobre a $35 million ".
AWARDED = re.compile(r"\b(?:awarded|granted|handed)\s+(?P<to>[A-Z][^,;]{1,60}?)\s+(?:a|an)\s+(?:[^\s,;]+\s+){0,4}$")


def awarded_parties(context, orgs: list[OrgSpan], trigger: re.Match) -> list[str] | None:
    """The awarder (the last name before the verb, in the same clause) and the awardee (the name the
    verb's object starts with), as organisation or place keys; None when either is not named.
    `context`: the sentence and the places in it (start, end, key), as `deals` reads them."""
    sentence, places = context.sentence, context.places
    m = AWARDED.search(sentence, 0, trigger.start())
    if m is None:
        return None
    named = sorted([(o.start, o.end, org_key(o.name)) for o in orgs] + list(places))
    awardee = next((k for s, _, k in named if s == m.start("to")), None)
    awarder = next(
        (k for s, e, k in reversed(named) if e <= m.start() and not re.search(r"[;:,]", sentence[e : m.start()])),
        None,
    )
    return [awarder, awardee] if awarder and awardee and awarder != awardee else None


# "…, and Y, announce that they have entered into a definitive agreement": the verb before the trigger.
JOINT_ANNOUNCEMENT = re.compile(
    r"\b(?:announce[sd]?|said|say|confirm(?:s|ed)?|state[sd]?)\s+(?:today\s+)?(?:that\s+)?they\s+"
    r"(?:have\s+|had\s+|will\s+)?(?:[a-z]+\s+){1,2}(?:into\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,3}$"
)
# between two names of the list: "X (“XY”), and Y", "X and Y"
_JOINED = re.compile(r"\s*(?:\([^()]{1,20}\))?\s*,?\s+and\s+")


def joint_announcers(context, orgs: list[OrgSpan], trigger: re.Match) -> list[str] | None:
    """The last two organisations before a joint announcement's verb, joined by "and"."""
    sentence = context.sentence
    m = JOINT_ANNOUNCEMENT.search(sentence, 0, trigger.start())
    before = [o for o in orgs if m and o.end <= m.start()]
    if len(before) < 2 or not re.fullmatch(r"\s*(?:\([^()]{1,20}\))?,?\s*", sentence[before[-1].end : m.start()]):
        return None
    first, last = before[-2], before[-1]
    return [org_key(first.name), org_key(last.name)] if _JOINED.fullmatch(sentence[first.end : last.start]) else None


# "… when X (XC) and Verde nuclear company Y signed an MoU": between two names, "and" and Y's description
# (X's own set off by commas: "X, one of Verde's biggest miners, and Y signed"); after the second, the verb
# right before the trigger.
_PAIR_JOIN = re.compile(
    rf"(?:\s[A-Z]{{1,4}})?\.?\)?\s*(?:(?:Limited|Ltd\.?|Inc\.?|Corp\.?|Co\.?)\s*)?(?:\([^()]{{1,20}}\))?"
    rf"(?:,\s+(?=[a-z])[^,;()]{{3,60}}?)?,?\s+{AND}\s+(?:[A-Z][a-z]+\s+)?"
    r"(?:[a-z-]+\s+){0,3}"
)
_PAIR_VERB = re.compile(
    r"\s*(?:\([^()]{1,20}\))?\s+(?:have\s+|has\s+|had\s+)?(?:signed|inked|agreed|entered|struck|sealed|reached)\s+"
    r"(?:into\s+|on\s+)?(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}|(?:two|three|four|five|several|new|separate|\d+)\s+"
    r"(?:[\w-]+\s+){0,2}|)"  # "signed deals", "signed three agreements"
    # "X y Y suscribieron en Roetown (Verde) un acuerdo", "X et Y ont signé un accord", "X e Y assinaram um acordo"
    r"|\s*(?:\([^()]{1,20}\))?,?\s+(?:han\s+|ont\s+|têm\s+)?(?:firmaron|firman|suscribieron|suscriben|celebraron|"
    r"sellaron|acordaron|assinaram|assinam|firmaram|celebraram|sign[ée]|signent|conclu|concluent)\s+"
    r"(?:(?:en|em|à|a)\s+[A-Z][\w-]*(?:\s+\([^()]{1,20}\))?\s+|(?:este|esta|hoy|ce|cette|hier|ayer|ontem)\s+(?:[a-z]+\s+)?){0,2}"
    r"(?:un|una|um|uma|el|la|o|a|le|une|los|las|des)\s+(?:[\w-]+\s+){0,3}|\s+(?:ont\s+)?sign[ée]\s+l['’]"
)


_BRACKET_AFTER = re.compile(r"\.?\s*\(")


def signed_pair(context, trigger: re.Match) -> list[str] | None:
    """The two organisations joined by "and" right before the verb that signs the deal, wherever the
    sentence starts ("India and Verde have cooperated since 2009, when X and Y signed an MoU": X and Y):
    they, not the places the sentence opens with, are its parties."""
    sentence = context.sentence
    named = named_bodies(sentence, context.organisations)
    before = [
        o
        for o in named
        if o.end <= trigger.start()
        and not (
            sentence[o.start - 1 : o.start] == "("
            and any(_BRACKET_AFTER.fullmatch(sentence, n.end, o.start) for n in named)
        )
    ]  # (not a short form in brackets after its name: "Andina Cobre Corporation (ACC)"; but "Empresa Minera (EMA SA)",
    # its name unknown, is its short form's)
    if len(before) < 2:
        return None
    first, last = before[-2], before[-1]
    gap = sentence[last.end : trigger.start()]  # "X and Y SE have agreed to cooperate": the trigger is the verb
    agreed = trigger.group("t").lower().startswith(("have agreed", "has agreed", "agreed")) and _LEGAL_GAP.fullmatch(
        gap
    )
    if _PAIR_JOIN.fullmatch(sentence[first.end : last.start]) and (agreed or _PAIR_VERB.fullmatch(gap)):
        return [org_key(first.name), org_key(last.name)]
    if _SIGNED_WITH.fullmatch(sentence[first.end : last.start]) and re.fullmatch(r"(?:\s+[A-Z][\w-]*)?\s+", gap):
        return [org_key(first.name), org_key(last.name)]  # "X заключила с крупной компанией Y соглашение"
    return None


# "X signed with Y an agreement", as Russian orders it ("X заключила с компанией Y соглашение"): the verb, "with", a
# few words describing Y, then Y and the agreement.
_SIGNED_WITH = re.compile(
    r"\.?\s+(?:заключил\w*|подписал\w*|signed|inked|concluded)\s+(?:с|со|with)\s+(?:[^\W\d_]+\s+){0,3}?"
)


_LEGAL_GAP = re.compile(
    r"\s*(?:\([A-Z][\w&.-]{1,11}\)\s+)?(?:(?:SE|AG|SA|NV|AB|ASA|plc|PLC|LLC|Inc\.?|Ltd\.?|Corp\.?)\s+)?"
)
