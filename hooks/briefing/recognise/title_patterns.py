"""Stage 2, recognise people (title patterns): where a title or a role stands beside a name, before
it ("Trade Minister Jane Doe", "ministry spokesman Jon Roe") or after it ("Jane Doe, Ruritania's
Minister of Mining", "Jon Roe, an analyst at Verde Capital")."""

from __future__ import annotations

import re

from .person_names import COMPANY_WORD, FULL_NAME, PERSON_TOKEN, TITLE_HONORIFIC, UPPER
from .post_patterns import REMIT_OF_BODY, SURNAME_POSTS
from .titles import (
    EXPERT_ROLE_WORDS,
    LEADERS_STAFF,
    NOT_TITLE,
    OFFICIAL_TITLES,
    PORTFOLIO,
    PORTFOLIO_TITLE,
    POST,
    TITLE_WORD,
)

TITLE_BEFORE = re.compile(
    rf"(?:(?<![\w.'’-])|(?<=\bthen-)|(?<=\b[Ee]x-))(?=[A-Z])(?:(?P<aff>(?:{NOT_TITLE}[A-Z][\w.]*\s)?{NOT_TITLE}[A-Z][\w.]*?(?:’s|'s)?)(?:\s+\([A-Z][^()]{{2,60}}\))?\s+)?"  # "Verde (Verde Federation) Chairman X"
    rf"(?P<title>{PORTFOLIO_TITLE}|{OFFICIAL_TITLES})(?:\s+\([A-Z]{{2,8}}\))?,?\s+(?:{TITLE_HONORIFIC})?"  # "… Resources (EMR), X"
    rf"(?P<name>{FULL_NAME}|{PERSON_TOKEN})(?![\w-])"
    rf"(?!\s+(?:{COMPANY_WORD})\b)"  # "said X, President, Orano Mining": a company, not a person
)
# "Ana Ortiz, Chile's Minister of Mining" / "Ana Ortiz, Minister for Industry" / "Ana Ortiz the Minister of Trade" /
# "Ana Ortiz (C) Minister of Trade" (her party's initial).
TITLE_AFTER = re.compile(
    rf"(?P<name>{FULL_NAME})(?:,\s+(?:the\s+)?|\s+the\s+|\s+(?:\([A-Z]{{1,4}}\)\s+)?(?=(?:Minister|Secretary|Governor)\s+(?:of|for)\s+[A-Z]))(?:(?P<aff>(?!{TITLE_WORD}\b){UPPER}[\w.-]*(?:\s{UPPER}[\w.-]*){{0,3}}?)(?:['’]s)?\s+|(?P<state>(?:country|nation)['’]s)\s+)?"
    rf"(?P<title>(?i:{PORTFOLIO_TITLE})|{OFFICIAL_TITLES})(?![\w-])(?!,?\s+{PERSON_TOKEN})"
)  # not the next name's
ORG_ROLE_NAME = re.compile(
    rf"(?<![\w&.'’-])(?!(?:It|That|There|Here|What|Who|He|She)['’]s\s)"  # "It’s been …": no owner
    rf"(?P<aff>{UPPER}[\w&.-]*(?:\s{UPPER}[\w&.-]*){{0,4}})(?:['’]s|['’])\s+(?P<role>[a-z][^,;“\"]{{2,60}}?),\s+"
    rf"(?P<name>{FULL_NAME}),"
)
# The start of a portfolio list that ends right where a match begins: "[Energy and ]Natural Resources Minister".
PORTFOLIO_LEAD = re.compile(
    rf"(?<![\w.'’-])(?:{PORTFOLIO},\s+)*{PORTFOLIO},?\s+(?:and|&)\s+$"
)  # not "Ortiz and [Bordurian PM]"
# "Jane Doe, Andina Cobre's president, said", "Jon Roe, Verdatom director general.": the name, then the body's role.
_POST_OR_LEADER = rf"(?:{POST}|(?:[Cc]o-)?[Ll]eader)"  # "Jane Doe, the Green Party co-leader,": a party's
RANK_WORDS = (
    "Senior Research Chief Executive Managing Deputy Vice General Principal Associate Assistant Lead Regional".split()
)
_ROLE_WORD = rf"(?:{'|'.join(RANK_WORDS)})"  # a post's words, no body's name: "Jon Roe, Senior Research Fellow,"
_NOT_AFTER_ROLE_WORD = "".join(rf"(?<!\s{word})" for word in RANK_WORDS)
_BODY_POST = rf"{UPPER}[\w&.-]*(?:\s{UPPER}[\w&.-]*){{0,3}}\s+{POST}"
NAME_ORG_ROLE = re.compile(
    rf"(?P<name>{FULL_NAME}),\s+(?:the\s+)?(?!{_ROLE_WORD}\s)(?P<aff>{UPPER}[\w&.-]*(?:\s{UPPER}[\w&.-]*){{0,4}})(?:(?:['’]s|['’])\s+|"
    rf"\s+(?=[a-z])(?=(?:[a-z][a-z-]*\s+){{0,2}}{_POST_OR_LEADER}(?:,|\.(?:\s|$)))|"
    rf"{_NOT_AFTER_ROLE_WORD}\s+(?=(?:{UPPER}[a-z]+\s+){{0,2}}{POST}(?:,|\.(?:\s|$)|\s+and\s+{_BODY_POST}\s*,)))"  # "Jon Roe, Verde Mining President,"
    rf"(?P<role>[a-z][a-z -]{{2,40}}?|(?:{UPPER}[a-z]+\s+|[a-z][a-z-]*\s+){{0,3}}{_POST_OR_LEADER})"
    rf"(?:,|(?=\s+in\s+[A-Z])|(?=\.(?:\s|$))|(?=\s+and\s+{_BODY_POST}\s*,))"  # "… and Andina Chairman,": a second post
)  # "Jane Doe, Andina’s Executive Director," too; "…, Andina’s country manager in Verde.", "…, the Board’s chief,"
# "a fellow in USIP’s Africa Center": "in" a body (a possessive, or a unit's head noun), not "an analyst in Sydney".
_IN_BODY = (
    r"(?:the\s+)?[A-Z][\w&.-]*(?:['’]s\s|(?:\s+[A-Z][\w&.-]*){0,3}\s+(?:Cent(?:er|re)|Institute|University|"
    r"Department|Division|Program(?:me)?|School|Unit|Office|Bureau)\b)"
)
APPOSITIVE = re.compile(
    rf"(?P<name>{FULL_NAME}|(?<![\w'’-]){PERSON_TOKEN}(?=,\s+(?:a|an|the|{SURNAME_POSTS})\s))(?:,\s+(?:(?:a|an|the)\s+)?|\s+the\s+(?=[A-Z])(?!(?:Deputy\s+)?(?:Minister|Secretary|Governor)\b)|"
    r"\s+[—–]\s+(?:(?:a|an|the)\s+)?|"  # "Jane Doe — CEO of Andina Magnetics, which …"
    r",\s+who\s+(?:is|was|serves\s+as|identifies\s+(?:him|her)self\s+as|describes\s+(?:him|her)self\s+as)\s+(?:(?:a|an|the)\s+)?)"
    rf"(?!(?:who|whose|which|where|when|and|but)\b)"
    rf"(?P<role>[^,;“\"—–]{{3,80}}?)\s+(?P<prep>at|of|with|for|from|to|in(?=\s+{_IN_BODY}))\s+"
    rf"(?P<aff>(?:the\s+)?[^,;“\"—]{{3,120}}?)(?=,|;|—|\.\s|\.$| said| says| noted| told| warned|$|\s+and\s+{FULL_NAME},)"
)
# "the ambassador of the Republic of Ruritania, Omar Amri": a title of a place, then the name ("the Governor of
# the Verde province, Omar Amri": its unit written small).
_LOWER_UNIT = r"(?:province|region|state|district|oblast|county|prefecture|governorate|municipality)"
TITLE_OF_PLACE = re.compile(
    rf"\b(?P<title>(?:(?:First\s+)?(?:Deputy|Vice)[ -])?(?i:ambassador|envoy|president|prime minister|foreign minister|minister|governor|akim|king|queen|"
    rf"president[ea]|ministr[oa]|embajador[a]?)|head)"  # "el presidente de Andina, X": Spanish and Portuguese too
    rf"\s+(?:of|to|de|del|da|do)\s+(?:the\s+)?(?:(?P<aff>{UPPER}[\w.-]*(?:\s{UPPER}[\w.-]*){{0,3}})(?:\s+{_LOWER_UNIT})?,\s+|(?P<body>(?:{UPPER}[\w.-]*\s)"
    rf"{{0,3}}(?:Commission|Council|Parliament|Bank|Fund|Union|Agency|Authority|Board|Assembly|Region|Province|Oblast)"
    rf"|Republic\s+of\s+(?:the\s+)?{UPPER}[\w-]*)\s+)"  # "the President of the Republic of Ruritania Jon Roe"
    rf"(?P<name>{FULL_NAME})"
)  # "the President of the European Council Antonio Costa": a body's head noun ends it, no comma needed
# "ministry spokesman Ana Ortiz", "junta chief Ana Ortiz", "coordinating minister overseeing mining, X".
LOWER_TITLE_NAME = re.compile(
    rf"\b(?P<title>(?:(?:ministry|government|foreign|trade|mines|mining|energy|finance|coordinating|deputy|"
    rf"junta|army|military|presidential|cabinet|state|business|industry|commerce|economy|interior|home|defen[cs]e|"
    rf"environment|resources|national|security|[Tt]reasury|police|(?<=[a-z] )and)\s+)*(?:minister|(?<=trade |iness |ustry |merce |onomy |erior | home |fence |fense |nment |urces |nergy |asury |mines )"
    rf"secretary|spokes(?:man|woman|person)|ambassador|(?:(?<=presidential )|(?<=security ))advis[eo]r|(?:(?<=industry )|(?<=trade )|(?<=energy )|(?<=economy )|"
    rf"(?<=finance )|(?<=climate )|(?<=police )|(?<=army )|(?<=military )|(?<=defence )|(?<=defense ))chief|"
    rf"envoy|commissioner|lawmaker|legislator|backbencher|senator|governor|under-?secretary|(?<=junta )(?:chief|leader)|(?<=military )(?:ruler|leader)|counterpart|"
    rf"(?:(?<=former )|(?<=late )|(?<=outgoing )|(?<=incoming )|(?<=ex-))president|"  # "former president X": a state's
    rf"secretary of state(?: for [a-z]+(?: and [a-z]+)?)?)"  # "secretary of state for energy X"
    rf"(?:\s+(?:overseeing|for|of|in charge of|responsible for)(?:,?\s+[a-z]+){{1,6}},"
    rf"|(?:(?<=minister)|(?<=secretary))\s+(?:of|for)\s+[a-z]+(?:\s+[a-z]+)?(?:\s+(?:and|&)\s+[a-z]+)?)?),?\s+"
    rf"(?:(?:(?:Lieutenant|Lt\.?|Major|Brigadier)[- ])?(?:General|Gen\.)\s+|Colonel\s+|Field\s+Marshal\s+)?"  # "junta leader General X"
    rf"(?P<name>{FULL_NAME})(?![\w-])"  # "minister of economy X", "undersecretary for fiscal policy and monitoring X"
)
# Posts only a state has: "the governor of <a region the gazetteer lacks>, X" is an official all the same.
STATE_POST = re.compile(
    r"(?i:governor|prime minister|foreign minister|minister|ambassador|envoy|king|queen|ministr[oa]|embajador[a]?)"
)
OWNER_BEFORE_ROLE = re.compile(
    r"^(?:its|their|the\s+(?:company|group|firm)['’]s|and)\s+"
)  # ("and General Manager": a list's)
# "the new Verde board, to be chaired by Professor Jane Doe": the head a body's board or committee is given.
CHAIRED_BY = re.compile(
    rf"\b(?P<aff>{UPPER}[\w&.'’-]*(?:\s+{UPPER}[\w&.'’-]*){{0,4}})\s+(?P<unit>board|committee|council|commission|"
    rf"task\s?force),?\s+(?:(?:which\s+is|to\s+be|will\s+be|is|was|being)\s+)?(?P<verb>chaired|headed)\s+by\s+"
    rf"(?:{TITLE_HONORIFIC}|Professor\s+)?(?P<name>{FULL_NAME})(?![\w-])"
)
# "“We will renew the licence,” the prime minister told reporters": a post speaking, its name in the sentence before.
POST_SPOKE = re.compile(
    r"[”\"],?\s+the\s+(?P<title>(?:[a-z]+\s+){0,2}(?:(?P<state>prime minister|president|premier|chancellor|minister|"
    r"secretary|governor)|spokes(?:man|woman|person)))\s+(?:said|says|told|added)\b"
)
# "In this interview, Verde Chemical's Jane Doe explains …": a body's person, speaking; no post given.
OWNER_NAME_SPEAKS = re.compile(
    rf"(?<![\w.'’-])(?P<aff>{UPPER}[\w&.-]*(?:\s+{UPPER}[\w&.-]*){{0,3}})['’]s\s+(?P<name>{FULL_NAME})\s+"
    r"(?:said|says|explains|explained|told|tells|added|noted|argues|argued|warns|warned)\b"
)
# A body's name after "of" or "at": capitalised words and the small words inside a name ("Institute for the
# Study of Verde"), up to the first word of the sentence that is not the name's ("… Commission has shown").
AFFILIATION = rf"(?:the\s+)?{UPPER}[\w&.'’-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*{UPPER}[\w&.'’-]*){{0,8}}"
# "economist Jane Doe", "chief executive Jon Roe of Andina": a role written small, then the name.
ROLE_BEFORE = re.compile(
    rf"\b(?P<role>(?:(?!(?:by|with|and|or|to|from|for|said|says|told|that|the|a|an|appointed|named|met|welcomed|including|among|as)\s)[a-z]+\s+)?"
    rf"(?:analyst|economist|professor|Professor|researcher|strategist|geologist|lawyer|attorney|boss|Dr\.|"
    rf"venture capitalist|investor|financier|businessman|businesswoman|entrepreneur|"
    rf"chief (?:executive|financial|operating) officer|chief executive|managing director|executive chairman|"
    rf"(?<=by )Chief Executive(?: Officer)?|"  # "a delegation of Andina, led by Chief Executive Dr. Jane Doe"
    rf"research manager|(?<=\s)coordinator|(?<![\w-])(?:CEO|MD|General Manager)(?=\s+[A-Z])|(?:(?<=company )|(?<=firm ))head))\s+"
    rf"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(?P<name>{FULL_NAME})(?:,?\s+(?:at|of|from)\s+(?P<aff>{AFFILIATION}))?"
)
# "international economists Jane Doe and Jon Roe of the Verde Trade Commission": one role, two names, one body.
PLURAL_ROLE_NAMES = re.compile(
    r"\b(?P<role>(?:(?!(?:by|with|and|or|to|from|for|said|says|told|that|the|two|appointed|named|including|among)\s)"
    r"[a-z]+\s+)?(?:analyst|economist|professor|researcher|strategist|geologist|lawyer|scholar)s)\s+"
    rf"(?P<name>{FULL_NAME})\s+and\s+(?P<name2>{FULL_NAME})(?:,?\s+(?:at|of|from)\s+(?P<aff>{AFFILIATION}))?"
)


SECOND_POST = re.compile(
    rf"(?P<more>(?:the\s+)?(?:[Bb]oard(?:\s+of\s+[Dd]irectors)?|[a-z][a-z ]*?)\s+(?:and|&)\s+{POST})\s+(?:of|at)\s+"
    r"(?:the\s+)?(?P<body>.+)$"
)

# "Andina Group’s Director of Global Raw Materials": the owner's possessive opens the post it holds.
_OWNER_OPENS = re.compile(r"(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})['’]s\s+(?P<post>[A-Z].*)")


def appositive_post(role: str, prep: str, aff: str, rest: str = "") -> tuple[str, str]:
    """(role, affiliation) of "Jane Doe, ROLE PREP AFF": "professor of law at X University" (the subject is the
    role's), "Chairman of the Board and CEO of Andina" (both posts, then the body), "Andina Group’s Director of
    Global Raw Materials" (the owner before the post, the department in it); with the sentence's `rest`, "Director
    General for Trade, Industry and SMEs of the Verde Commission" (a remit listed, then the body)."""
    if remit := REMIT_OF_BODY.match(rest):
        return f"{role} {prep} {aff}{remit['remit']}", remit["body"]
    if prep == "to" and re.search(LEADERS_STAFF, f"{role} to {aff}", re.IGNORECASE):
        return f"{role} to {aff}", ""  # "Special Assistant to the President for Policy": the leader's staff, no body
    if re.fullmatch(r"the\s+[a-z][a-z ]*\s(?:division|department|unit|team|desk|section)", aff):
        return f"{role} {prep} {aff}", ""  # "manager of the corporate planning division": a unit of the employer
    if aff[:1].islower() and not aff.startswith("the ") and (" at " in aff or aff.islower()):  # "… for trade policy"
        extra, aff = aff.split(" at ", 1) if " at " in aff else (aff, "")
        return f"{role} {prep} {extra}", aff
    if second := SECOND_POST.match(aff):
        return f"{role} {prep} {second.group('more')}", second.group("body")
    if prep in ("of", "for") and (owned := _OWNER_OPENS.fullmatch(role)) and EXPERT_ROLE_WORDS.search(owned["post"]):
        return f"{owned['post']} {prep} {aff}", owned["owner"]
    return role, aff
