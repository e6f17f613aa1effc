"""Stage 2, recognise (organisation spans): organisation names found by their head noun ("… Council", "… Corp").

Cheap and general: capitalised words up to a head noun, with "of the X" after it. Mentions, deal parties and the
organisation finder start from these spans; what a span really names is decided by them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .gates import finditer
from .not_bodies import WIRE_CREDIT_AFTER
from .org_patterns import NOT_AFTER_LEGAL_ENDING

CAP = r"(?:[A-Z][\w&'’.-]*|of|for|and|on|the|de|del|la|du|des|do|da|dos|das)"  # "Sierra de la Verde Association"
ORG_HEADS = (
    "Council|Chamber|Center|Centre|University|Institute|Institution|Survey|Department|Ministry|Agency|Commission|"
    "Committee|Bureau|Administration|Foundation|Association|Federation|Bank|Fund|Corporation|Corp|Company|"
    "Group|Holdings|Capital|Partners|Industries|Inc|Ltd|LLC|PLC|Post|Times|Journal|Herald|Tribune|Daily|"
    "Gazette|Press|Forum|Coalition|Organization|Organisation|Authority|Parliament|Congress|Senate|Exchange|Reuters|"
    "Bloomberg|Xinhua|Agency|Laboratory|Observatory|Academy|School|College|Party|Directorate|Secretariat|Inspectorate|"
    "Akimat|Consulate General"  # a Kazakh region's administration, a consulate
)
# What goes on after a head noun in a firm's name: "Verde Capital Management", "Andina Group Holdings Ltd".
FIRM_TAIL = r"Management|Partners|Group|Holdings|Investments|Advisors|Advisers|Ltd|Limited|Inc|LLC|PLC|Corp|Corporation"
_OF = r"(?:of|for|on(?!\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b))"  # not "X PLC on Tuesday"
_NOT_A_DAY = r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"  # not "the Department of Defense Thursday"
ORG_RE = re.compile(
    rf"\b(?:[A-Z][\w&'’.-]*\s+)(?:{CAP}\s+){{0,6}}?(?:{ORG_HEADS})\b(?:-[A-Z][a-z]{{2,}}\b)?(?:\s+(?:{FIRM_TAIL})\b)*"
    r"(?:\.(?=\s+of\s+[A-Z]))?"
    rf"(?:{NOT_AFTER_LEGAL_ENDING}\s+{_OF}\s+(?:the\s+)?[A-Z][\w-]*"
    rf"(?:\s+(?:and\s+|&\s+)?{_NOT_A_DAY}[A-Z][\w-]*){{0,4}}){{0,2}}"
    rf"|\b(?:{ORG_HEADS})(?:\s+{_OF}\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+|&\s+)?{_NOT_A_DAY}[A-Z][\w-]*){{0,4}}){{1,2}}"
)
BASED_PREFIX = re.compile(r"^(?:The\s+)?(?:.*?-based\s+)?")


@dataclass(frozen=True)
class OrgSpan:
    name: str
    start: int
    end: int


MONSTER_WORD = re.compile(r"\S{1000}")
# "Verde Petroleum and Gas Co.", "Andina Mining and Metals Group": "and" between two trades, then the body's form.
TRADE = (
    r"(?:Oil|Petroleum|Gas|Mining|Minerals?|Metals?|Metallurgical|Metallurgy|Iron|Steel|Chemicals?|Smelting|Refining|"
    r"Exploration|Production|Energy|Power|Resources|Trading|Trade|Engineering|Construction|Industrial|Investment)"
)
TRADES_AND = re.compile(  # (or "… Mining and Trading": a trading company's name ends there)
    rf"\b{TRADE}(?P<and>\s+(?:and|&)\s+)(?:{TRADE}(?:\s+{TRADE})*\s+(?:Co\b|Company|Corp\b|Corporation|Group|Ltd\b|"
    r"Limited|Inc\b|Plc|PLC|JSC|LLC|Holdings|Industries|Enterprises?|Proprietary|Pty\b)|(?:Trading|Trade)\b(?!\s+[A-Z]))"
)
_TRADES_BEFORE = re.compile(rf"(?<![\w&'’.-])(?!The\s)(?:[A-Z][\w&'’.-]*\s+)+?{TRADE}\s+(?:and|&)\s+$")


def find_orgs(text: str) -> list[OrgSpan]:
    """Organisation names by their head noun (Council, University, Post …), "X-based" stripped."""
    spans = []
    if MONSTER_WORD.search(text):
        text = MONSTER_WORD.sub(lambda m: "x" * len(m.group(0)), text)  # the same offsets, no names in it
    for m in finditer(ORG_RE, text):
        raw = m.group(0)
        prefix = BASED_PREFIX.match(raw).group(0)
        name = raw[len(prefix) :].rstrip(".")
        if (
            len(name.split()) < 2
            or name.split()[0] in ("of", "for", "and", "the")
            or WIRE_CREDIT_AFTER.match(text, m.end())
        ):
            continue  # (not "(Newswire Corp. – May 1, 2024)", a release's credit)
        start = m.start() + len(prefix)
        if re.match(rf"{TRADE}\s", name) and (lead := _TRADES_BEFORE.search(text, max(0, start - 120), start)):
            start, name = lead.start(), text[lead.start() : start] + name  # "[Verde Petroleum and ]Gas Co": one name
        spans.append(OrgSpan(name, start, start + len(name)))
    return spans
