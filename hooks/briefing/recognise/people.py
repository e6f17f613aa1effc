"""Stage 2, recognise people: named persons from attribution patterns and titles.

Experts (analysts, academics, fellows, executives quoted for analysis) and officials (heads of
state and government, ministers, secretaries) are told apart by the role the text gives them.
Role and affiliation are kept exactly as the text states them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..ingest import Article
from ..kinds import EXPERT, OFFICIAL, EntityKind
from .evidence import Quote
from .mentions import passage_sentences

# Every upper-case Latin letter, accented ones included ("Ōe", "Đorđević").
UPPER = "[" + "".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper()) + "]"
NAME_TOKEN = rf"{UPPER}[^\W\d_]+(?:-[^\W\d_]+|['’]{UPPER}[^\W\d_]+)*"
SUFFIX = r"(?:\s+(?:Jr|Sr)\.?|\s+(?:II|III|IV)\b)?"
PARTICLE = r"(?:van|von|de|der|da|del|bin|al|el|le|la)"
# Words that name a government portfolio: "Minister of Mines and Energy", "Economy Minister".
PORTFOLIO = (
    r"(?:Industry|Trade|Energy|Mines|Minerals?|Mining|Development|Foreign|Affairs|Economic|Economy|"
    r"Finance|Business|Resources|Natural|Environment|Commerce|Defen[cs]e|Interior|Home|Justice|"
    r"Agriculture|Planning|Investment|Infrastructure|Transport|Science|Technology|Innovation|Labou?r|"
    r"Health|Education|Treasury|External|International|Cooperation|Petroleum|Oil|Gas|Water|Land|Lands|"
    r"Climate|Digital|Industrial|Strategy|Security|Budget|Fiscal|Public|Works|Export|Exports|State|"
    r"Promotion|Tourism|Culture|Communications?|Information|Housing|Urban|Rural|Fisheries|Forestry|"
    r"Employment|Social|Welfare|Hydrocarbons|Electricity|Power|Ports|Maritime|Regional|Federal|Geology|"
    r"Ecology|Customs|Revenue|Telecommunications|Integration|Relations|Cabinet|Enterprises|Investments|"
    r"Metallurgy|Sustainable|Renewable|Transition|Competitiveness|Coordinating|Coordination)"
)
PORTFOLIO_TITLE = (
    rf"(?:(?:Deputy|Vice|Under|Assistant|Junior|Senior|Acting|Principal|Chief)[ -]){{0,3}}"
    rf"(?:{PORTFOLIO}\s+){{0,2}}"
    rf"(?:Minister|Secretary)(?:\s+(?:of|for)\s+(?:State\s+(?:for\s+)?)?{PORTFOLIO}"
    rf"(?:(?:,\s+|\s+and\s+|\s+(?:of|for)\s+|\s+){PORTFOLIO}){{0,5}})?"
)
# A word that belongs to a title, never to the name after it ("Minister of State, Minister of Mines X").
TITLE_WORD = (
    rf"(?:Minister|Ministers|Secretary|President|Premier|Chancellor|Ambassador|Governor|Senator|Deputy|Vice|"
    rf"Prime|Chairman|Mayor|{PORTFOLIO})"
)
PERSON_TOKEN = rf"(?={UPPER})(?!{TITLE_WORD}\b){NAME_TOKEN}"  # the cheap capital test first
# "Ana Ortiz", "Jan van der Berg", "Maria Clara de la Vega Ruiz", "Omar bin Said Al Amri"
FULL_NAME = (
    rf"(?<![\w'’-]){PERSON_TOKEN}(?:\s+[A-Z]\.)?(?:\s+(?:{PARTICLE}\s+){{0,2}}(?!(?:Jr|Sr)\b){PERSON_TOKEN}){{1,3}}"
    rf"{SUFFIX}"
)
HONORIFIC = re.compile(r"^(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sir|Dame)\.?\s+")
OFFICIAL_TITLES = (
    r"Deputy Prime Minister|Prime Minister|Vice[ -]President|Executive Vice[ -]President|President|Premier|"
    r"Chancellor|Foreign Minister|"
    r"Trade Minister|Finance Minister|Defen[cs]e Minister|Minister|Secretary of State|Treasury Secretary|"
    r"Commerce Secretary|Defen[cs]e Secretary|Energy Secretary|Interior Secretary|Secretary|Trade Representative|"
    r"Crown Prince|King|Queen|Emperor|Governor|Senator|Sen\.|Ambassador|Mayor|Chairman|General Secretary"
)
EXPERT_ROLE_WORDS = re.compile(
    r"\b(?:fellow|analyst|professor|economist|researcher|director|scholar|lecturer|president|chief|head|"
    r"executive|strategist|advis[eo]r|founder|partner|chair|dean|editor|expert|specialist|consultant|"
    r"scientist|geologist|manager|officer|CEO|principal|academic)\b",
    re.IGNORECASE,
)
OFFICIAL_ROLE_WORDS = re.compile(
    rf"^(?:{OFFICIAL_TITLES})$|\bminister\b|\bsecretary\b|\bprime minister\b", re.IGNORECASE
)
NOT_TITLE = r"(?!Prime\b|Vice\b|Deputy\b|Foreign\b|Trade\b|Finance\b|Treasury\b|Commerce\b|Crown\b|General\b)"
TITLE_BEFORE = re.compile(
    rf"(?<![\w.'’-])(?=[A-Z])(?:(?P<aff>(?:{NOT_TITLE}[A-Z][\w.]*\s)?{NOT_TITLE}[A-Z][\w.]*?(?:’s|'s)?)\s+)?"
    rf"(?P<title>{PORTFOLIO_TITLE}|{OFFICIAL_TITLES}),?\s+(?P<name>{FULL_NAME}|{PERSON_TOKEN})(?![\w-])"
)
# "Ana Ortiz, Chile's Minister of Mining" / "Ana Ortiz, Minister for Industry": the title after the name.
TITLE_AFTER = re.compile(
    rf"(?P<name>{FULL_NAME}),\s+(?:the\s+)?(?:(?P<aff>{UPPER}[\w.-]*(?:\s{UPPER}[\w.-]*){{0,3}})['’]s\s+)?"
    rf"(?P<title>(?i:{PORTFOLIO_TITLE})|{OFFICIAL_TITLES})(?![\w-])(?!,?\s+{PERSON_TOKEN})"
)  # not the next name's
ORG_ROLE_NAME = re.compile(
    rf"(?<![\w&.'’-])(?P<aff>{UPPER}[\w&.-]*(?:\s{UPPER}[\w&.-]*){{0,4}})(?:['’]s|['’])\s+(?P<role>[a-z][^,;“\"]{{2,60}}?),\s+"
    rf"(?P<name>{FULL_NAME}),"
)
APPOSITIVE = re.compile(
    rf"(?P<name>{FULL_NAME}),\s+(?:(?:a|an|the)\s+)?(?!(?:who|whose|which|where|when|and|but)\b)"
    rf"(?P<role>[^,;“\"]{{3,80}}?)\s+(?:at|of|with|for|from)\s+"
    rf"(?P<aff>(?:the\s+)?[^,;“\"]{{3,120}}?)(?=,|;|\.\s|\.$| said| says| noted| told| warned|$)"
)
ROLE_BEFORE = re.compile(
    rf"\b(?P<role>(?:[a-z]+\s+)?(?:analyst|economist|professor|Professor|researcher|strategist|geologist|Dr\.))\s+"
    rf"(?P<name>{FULL_NAME})(?:,?\s+(?:at|of|from)\s+(?P<aff>(?:the\s+)?[A-Z][^,;.]{{2,80}}))?"
)
# "An economist at the State University, Ana Ortiz, said" / "Another analyst, Ana Ortiz, who covers …"
ROLE_THEN_NAME = re.compile(
    rf"\b(?:An?|The|Another|One)\s+(?P<role>[a-z][\w -]{{2,40}}?)(?:\s+(?:at|of|with|for)\s+"
    rf"(?P<aff>(?:the\s+)?{UPPER}[^,;“\"]{{2,80}}?))?,\s+(?P<name>{FULL_NAME}),"
)
# "the ambassador of the Republic of Ruritania, Omar Amri": a title of a place, then the name.
TITLE_OF_PLACE = re.compile(
    rf"\b(?P<title>(?i:ambassador|envoy|president|prime minister|foreign minister|minister|governor|king|queen))"
    rf"\s+(?:of|to)\s+(?:the\s+)?(?P<aff>{UPPER}[\w.-]*(?:\s{UPPER}[\w.-]*){{0,3}}),\s+(?P<name>{FULL_NAME})"
)
# "Trade Ministry spokesperson Li Na": a government body's spokesperson speaks for it.
SPOKESPERSON = re.compile(
    rf"(?<![\w.'’-])(?P<aff>(?:{UPPER}[\w.-]*\s+){{0,3}}(?:Ministry|Department|Government|Office))\s+"
    rf"(?P<title>spokes(?:person|man|woman))\s+(?P<name>{FULL_NAME})"
)
GOVERNMENT_BODY = re.compile(
    rf"^(?:the\s+)?(?:Ministry\b|Government\b|Presidency\b|Cabinet\b|"
    rf"(?:State\s+)?Department\s+(?:of|for)\s+(?:the\s+)?{PORTFOLIO}\b)"
)
ACCORDING = re.compile(
    rf"\baccording to (?P<name>{FULL_NAME})\b|(?P<name2>{FULL_NAME}) (?:said|says|told|noted|warned)\b"
)
NOT_A_NAME_WORD = re.compile(
    r"^(?:The|This|That|These|Those|It|In|On|At|As|But|And|However|While|Despite|Following|Indeed|"
    r"Currently|Meanwhile|Additionally|Analysts?|Experts?|Officials?|Industry|Economic|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)$"
)


@dataclass(frozen=True)
class PersonSighting(Quote):
    name: str
    kind: EntityKind | None  # EXPERT or OFFICIAL; None when no role is given
    role: str | None
    affiliation: str | None


def _clean_affiliation(aff: str | None) -> str | None:
    if not aff:
        return None
    aff = re.sub(r"^(?:the|The)\s+", "", aff.strip())
    aff = re.sub(r"^[\w.-]+(?:\s[\w.-]+)?-based\s+", "", aff)
    aff = re.sub(r"\s+in\s+[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?$", "", aff)  # "… Institute in Singapore"
    # "the Lisbon consultancy Tagus Advisory": a description before the name
    aff = re.sub(r"^(?:[A-Z][\w.-]*\s+)?(?:(?!(?:of|for|and|the|on|de)\b)[a-z][\w-]*\s+)+(?=[A-Z])", "", aff)
    return _strip_possessive(aff.rstrip(".")).strip() or None


def _plausible_name(name: str, places: set[str]) -> bool:
    tokens = name.split()
    return not any(NOT_A_NAME_WORD.match(t) for t in tokens) and name not in places


def classify_role(role: str, affiliation: str | None, places: set[str]) -> EntityKind | None:
    """Official when the role is a government title and the affiliation (if any) is a place."""
    if OFFICIAL_ROLE_WORDS.search(role) and (
        affiliation is None
        or _strip_possessive(affiliation) in places
        or re.search(r"government|ministry|state department", affiliation, re.I)
    ):
        return OFFICIAL
    if affiliation and GOVERNMENT_BODY.match(affiliation):  # "director general … at the Ministry of Energy"
        return OFFICIAL
    if EXPERT_ROLE_WORDS.search(role):
        return EXPERT
    return None


def find_people(article: Article, places: set[str]) -> list[PersonSighting]:
    """Every person the text names with a role, title or attribution verb."""
    found: list[PersonSighting] = []
    for passage in article.passages:
        for _, _, sentence in passage_sentences(passage):
            found.extend(_sentence_people(sentence, article.id, passage.anchor, places))
    return found


def _sentence_people(sentence: str, article: str, anchor: str, places: set[str]) -> list[PersonSighting]:
    out = []

    def add(name, kind, role, aff):
        name = HONORIFIC.sub("", name)
        if " " not in name and kind is not OFFICIAL and role is None or not _plausible_name(name, places):
            return
        sighting = PersonSighting(article, anchor, sentence, name, kind, role, _clean_affiliation(aff))
        known = next((i for i, p in enumerate(out) if p.name == name and p.role), None)
        if known is None:
            out.append(sighting)
        elif out[known].kind is None and kind is not None:  # a title or role word found later decides
            out[known] = sighting

    for m in APPOSITIVE.finditer(sentence):
        role, aff = m.group("role").strip(), m.group("aff")
        if " at " in aff and aff.split(" at ", 1)[0][:1].islower() and not aff.startswith("the "):
            extra, aff = aff.split(" at ", 1)  # "professor of economics at X University"
            role = f"{role} of {extra}"
        if EXPERT_ROLE_WORDS.search(role) or OFFICIAL_ROLE_WORDS.search(role):
            add(m.group("name"), classify_role(role, _clean_affiliation(aff), places), role, aff)
    for m in TITLE_BEFORE.finditer(sentence):
        aff = m.group("aff")
        aff = aff if aff and _strip_possessive(aff) in places else None
        add(m.group("name"), OFFICIAL, m.group("title"), aff)
    for m in TITLE_AFTER.finditer(sentence):
        aff = m.group("aff")
        place = aff is not None and _strip_possessive(aff) in places
        if place or (aff is None and m.group("title")[:1].isupper()):  # "the country's mines minister" needs the place
            add(m.group("name"), OFFICIAL, m.group("title"), aff)
    for m in TITLE_OF_PLACE.finditer(sentence):
        if m.group("aff") in places:
            add(m.group("name"), OFFICIAL, m.group("title"), m.group("aff"))
    for m in SPOKESPERSON.finditer(sentence):
        add(m.group("name"), OFFICIAL, m.group("title"), m.group("aff"))
    for m in ROLE_THEN_NAME.finditer(sentence):
        if EXPERT_ROLE_WORDS.search(m.group("role")):
            add(
                m.group("name"),
                classify_role(m.group("role"), _clean_affiliation(m.group("aff")), places),
                m.group("role"),
                m.group("aff"),
            )
    for m in ORG_ROLE_NAME.finditer(sentence):
        if EXPERT_ROLE_WORDS.search(m.group("role")):
            add(
                m.group("name"), classify_role(m.group("role"), m.group("aff"), places), m.group("role"), m.group("aff")
            )
    for m in ROLE_BEFORE.finditer(sentence):
        add(m.group("name"), EXPERT, m.group("role"), m.group("aff"))
    for m in ACCORDING.finditer(sentence):
        add(m.group("name") or m.group("name2"), None, None, None)
    return out


def _strip_possessive(text: str) -> str:
    return re.sub(r"(?:’s|'s)$", "", text)
