"""Words around a name that say it is an organisation's: a post held in it, the place it is based in,
a company "called" it. Each finds a name the other patterns (`org_patterns`) would not trust alone.
"""

from __future__ import annotations

import re

from .org_patterns import NAME, UPPER

# "former chair of VKAS", "a spokesman for ANDCO": a body named only by its short form, through a post in it.
POST_OF_SHORT_FORM = re.compile(
    r"\b(?P<cue>(?:chair(?:man|woman|person)?|head|director|president|chief executive|CEO|founder|"
    r"spokes(?:man|woman|person)|secretary[- ]general|leader|members?)\s+(?:of|for|at)\s+(?:the\s+)?)"
    rf"(?P<name>{UPPER}{{3,6}})(?![\w-])(?!\s+[A-Z])"
)

# "supported by Verde-based Andina Nickel, which …": a name in capitals after where it is based.
BASED_NAME = re.compile(
    rf"\b[A-Z][\w.'’-]*-based\s+(?P<name>{NAME})"
    r"(?=\s*[,;.]|\s+(?:which|that|has|have|had|is|was|said|says|will|won|owns|plans|and)\b)"
)

# "a company from Ruritania called Global Metals Holding", "GMH’s parent, United Holding
# Company," ("its parent company, …,"): the text says the words are a body's name, however generic they are.
NAMED_AS_BODY = re.compile(
    rf"\b(?:company|firm|group|venture|fund|entity)\b(?:\s+[\w’'-]+){{0,6}}?\s+(?:called|named)\s+(?P<name>{NAME})"
    rf"|(?:[’']s|\bits|\btheir)\s+(?:parent(?:\s+company)?|owner|holding\s+company),\s+(?P<parent>{NAME}),"
)
# "Verde West (VW) Lithium Project": the short form names a project, not the body that owns it.
PROJECT_AFTER_SHORT_FORM = re.compile(
    r"\s+(?:[A-Z][\w-]*\s+){0,2}(?:Project|Mine|Deposit|Prospect|Plant|Refinery|Smelter|Operations?)\b"
)
# "Verde's Andina Holding": a name run on after its owner's (a place, a company).
OWNED = re.compile(r"(?P<owner>[^’']+)(?:['’][sS]|(?<=s)['’])\s+(?P<rest>.+)$")  # "the Verde Isles’ X", "VERDE’S X"
# "the Verde Bor Mining and Metallurgical Complex", "Andina Mining and Smelting Combine": one name with "and"
# inside, where the word after it is an industry's (not "Verde Mining and Andina Group": two names).
AND_INSIDE = re.compile(
    rf"(?P<name>{NAME}\s+and\s+(?:Metallurgical|Metallurgy|Smelting|Chemical|Chemicals|Industrial|Processing|Refining|"
    rf"Trading|Development|Renovation|Exploration|Engineering|Construction)(?:\s+{UPPER}[\w&'’-]*){{0,3}}?\s+"
    rf"(?:Complex|Combine|Company|Corporation|Organi[sz]ation|Industries|Group|Enterprise))\b"
)
# "GM and Livent announced today a multi-year sourcing agreement": two bare names, as the sentence's subject,
# entering an agreement together: parties to it, so bodies (a place or a person among them is not kept).
JOINT_PARTIES = re.compile(
    r"^(?!(?:The\s+)?(?:Ministry|Department|Office|Secretariat|Bureau|Commission)\s+(?:of|for)\s)"  # its portfolios
    rf"(?:[A-Z][a-z]+\s+)?(?:,\s+)?(?P<a>{NAME})\s+and\s+(?P<b>{NAME})\s+(?:have\s+|had\s+|on\s+\w+\s+)?"
    r"(?:announced|signed|inked|agreed|entered|struck|sealed|concluded)\b(?:\s+(?:today|on\s+\w+))?\s+"
    r"(?:(?:a|an|the|into|to)\s+)+(?:[\w-]+\s+){0,4}?(?:agreement|deal|contract|memorandum|MoU|partnership|"
    r"joint\s+venture)\b"
)

# "aluminium giants Alcoa and Verdal", "Chinese firms Andina, Roe Metals and Doe Mining": bodies listed after
# the plural of their kind.
KIND_THEN_NAMES = re.compile(
    r"\b(?:miners|(?:mining\s+)?companies|firms|producers|giants|groups|developers|refiners|smelters|carmakers|"
    r"automakers|lenders|banks|majors|explorers|traders|manufacturers|suppliers|conglomerates)\s+"
    rf"(?P<names>{NAME}(?:,\s+{NAME}){{0,4}},?\s+and\s+{NAME})"
)


def names_after_their_kind(sentence: str) -> list[str]:
    """The names of `KIND_THEN_NAMES` lists in the sentence."""
    return [
        name
        for m in KIND_THEN_NAMES.finditer(sentence)
        for name in re.split(r",\s+(?:and\s+)?|\s+and\s+", m.group("names"))
    ]
