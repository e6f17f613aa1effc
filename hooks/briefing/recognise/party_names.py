"""Stage 2, recognise deals (party names): the proper name a party phrase ends in, and the "and" inside a name.

"state copper giant Minera Sur" is Minera Sur; in "Verde Mines (VM) and Andina Chemical and Mining Society
(ACMS)", where each name carries its short form, the second "and" is the name's own.
"""

from __future__ import annotations

import re

from ..ingest.lexicon import MONTH
from ..text import UPPER
from .deal_words import CONNECTORS, IN_NAME
from .not_bodies import DEMONYM_SHAPE, INDUSTRY_NICKNAME
from .org_patterns import LEGAL_ENDINGS
from .org_spans import TRADES_AND
from .titles import PORTFOLIO

CAP_TOKEN = re.compile(rf"{UPPER}[\w&.'’-]*")  # (Árabes too)
WHEN = re.compile(rf"(?:{MONTH}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$")  # "Last August Andina agreed …"
LEGAL_FORMS = re.compile(rf"(?:(?:{LEGAL_ENDINGS}|Pte)\.?,?\s*)+")  # a run of legal forms: "Pte. Ltd."
MODIFIER = re.compile(r"(?:['’]s|['’]|-owned|-based|-backed|-run|-controlled|-listed)$")
# "the Ministry of Energy and Mineral Resources": one body, its portfolios joined by "and"
MINISTRY_OF_AND = re.compile(
    rf"\b(?:Ministry|Department|Secretariat|Ministers?)\s+(?:of|for)\s+(?:the\s+)?(?:{PORTFOLIO}\s+){{0,2}}{PORTFOLIO}"
    rf"(?P<and>\s+and\s+)(?:{PORTFOLIO})(?:\s+{PORTFOLIO}){{0,2}}(?![\w-]|\s+[A-Z])"
)
# "Energy and Mineral Resources Ministry": the portfolios before the body's head noun, "and" inside its name.
PORTFOLIOS_AND_BODY = re.compile(
    rf"\b(?:{PORTFOLIO}\s+){{0,2}}{PORTFOLIO}(?P<and>\s+and\s+)(?:{PORTFOLIO}\s+){{0,2}}{PORTFOLIO}\s+"
    r"(?:Ministry|Department|Commission|Committee|Bureau|Agency|Office)\b"
)
# Where a party's name ends inside a "with …" phrase: at a preposition or a verb after it, or at a time after it.
PART_CUT = re.compile(
    r"\s(?:in|on|at|for(?!\s+[A-Z])|to|from|near|under|over|which|that|who|as|was|were|is|are|has|have|had|"
    r"will|would)\s"
)
# "with X and Y Ltd last year": when, after a name (not "a partner approved this week": no name there)
WHEN_AFTER_NAME = re.compile(
    r"[A-Z][\w.&)-]*(?P<when>\s(?:last|this|next|earlier|later)\s(?:year|month|week|quarter))\b"
)
SHORT_FORM = re.compile(r"\s\([A-Z][\w&.-]{1,11}\)")  # "Andina Mines (AM)"
OWNER_THEN_NAME = re.compile(r"['’]s\s+[A-Z][^'’]*$")
_KIND_AFTER = re.compile(r"(?<=[a-z])\s+(?:[a-z]+\s+){0,2}(?:fund|company|firm|group|miner|producer|enterprise)$")
_TICKER_AFTER = re.compile(r"\s*\((?:[A-Z]{2,6}(?:-[A-Z])?\s*:\s*[A-Z0-9.]{1,8}[;,]?\s*)+\)\s*$")
RIC_AFTER = re.compile(r"\s+[A-Z0-9]{1,6}\.[A-Z]{1,2}$")  # "Andina Lithium ALI.AX", "Verde Corp 002466.SZ": wire copy


# A body's head noun alone, capitalised as a company writes of itself ("the Board", "the Company"): no name.
BODY_ALONE = frozenset({"Board", "Company", "Group", "Firm", "Management", "Committee", "Council", "Consortium"})


def head_name(part: str) -> tuple[int, str] | None:
    """The proper name a party phrase ends in ("state copper giant Minera Sur" → Minera Sur), modifiers dropped."""
    part = RIC_AFTER.sub("", _TICKER_AFTER.sub("", part))  # "Andina Lithium (ASX: AL)": the name before its listing
    if OWNER_THEN_NAME.search(part):  # "Verde’s Al Roe investment fund": the name before what kind of body it is
        part = _KIND_AFTER.sub("", part)
    tokens = list(re.finditer(r"\S+", part))
    if tokens and re.fullmatch(r"\([A-Z][\w&.-]{0,11}\)", tokens[-1].group(0)):
        tokens.pop()  # "Yacimientos de Cobre Andinos (YCA)": the name before its short form
    run: list[re.Match] = []
    for tok in reversed(tokens):
        word = tok.group(0)  # "X (Pvt) Ltd": the bracket is the name's
        if CAP_TOKEN.fullmatch(word) and not MODIFIER.search(word) or (run and IN_NAME.fullmatch(word)):
            run.insert(0, tok)
        elif (
            run and LEGAL_FORMS.fullmatch(" ".join(t.group(0) for t in run)) and re.fullmatch(r"\([A-Z][\w ]*\)", word)
        ):
            run.insert(0, tok)  # "Andina Resources (Verde) Pte. Ltd.": the place in brackets is the name's
        else:
            break
    if cut := [i for i, tok in enumerate(run) if tok.group(0) == "The" and i and run[i - 1].group(0).isupper()]:
        run = run[cut[-1] + 1 :]  # "RURITANIA The Ministry of Mines": a dateline's place, then the name
    while run and (
        run[0].group(0) in CONNECTORS or run[0].group(0) == "The" and len(run) > 3 or WHEN.match(run[0].group(0))
    ):
        run.pop(
            0
        )  # "The Andina Copper Corporation signed": the article, capitalised where the sentence opens; "August X"
    if not run or len(run) == 1 and run[0].group(0) in BODY_ALONE:
        return None  # "The Board is pleased to have executed …": the speaker's own board, named elsewhere
    if len(run) == 2 and _DEMONYM_THEN_LETTERS.fullmatch(f"{run[0].group(0)} {run[1].group(0)}"):
        run.pop(0)  # "Indian UCIL signed …": the company's letters, its country's adjective before them
    name = part[run[0].start() : run[-1].end()]
    return None if INDUSTRY_NICKNAME.fullmatch(name) else (run[0].start(), name)


_DEMONYM_THEN_LETTERS = re.compile(rf"{DEMONYM_SHAPE}\s+[A-Z]{{2,6}}")


def ands_in_short_formed_names(subject: str, offset: int) -> frozenset[int]:
    """Where every name listed carries its short form ("Verde Mines (VM) and Andina Chemical and Mining
    Society (ACMS)"), a short form ends each name: an "and" before the next name's words is inside it."""
    forms = list(SHORT_FORM.finditer(subject))
    if len(forms) < 2 or subject[forms[-1].end() :].strip():
        return frozenset()
    ands: set[int] = set()
    for before, form in zip([None, *forms], forms, strict=False):
        at = before.end() if before else 0
        at += re.match(r"\s*(?:,\s*)?(?:and\s+)?", subject[at:]).end()  # the list's own "and"
        ands |= {offset + at + m.start() for m in re.finditer(r"\s+and\s+", subject[at : form.start()])}
    return frozenset(ands)


def ands_inside_names(sentence: str, lo: int, hi: int) -> frozenset[int]:
    """Where "and" joins a ministry's portfolios ("Ministry of Energy and Mineral Resources") or a company's trades
    ("Verde Petroleum and Gas Co."): inside its name."""
    ands = [
        m.start("and")
        for pattern in (MINISTRY_OF_AND, PORTFOLIOS_AND_BODY, TRADES_AND)
        for m in pattern.finditer(sentence, lo, hi)
    ]
    return frozenset(ands)
