"""Titles and roles: the words that say whether a named person speaks for a state or not.

A minister of any portfolio, a spokesperson, a speaker or an ambassador is an official; a chairman,
director or head is an official only in a government body, an executive or analyst elsewhere.
The vocabulary is general: nothing here names a person, a body or a country.
"""

from __future__ import annotations

import re

from ..ingest.lexicon import stoplist
from ..kinds import EXPERT, OFFICIAL, EntityKind
from .org_types import org_type

# Words that name a government portfolio: "Minister of Mines and Energy", "Economy Minister".
PORTFOLIO = (
    r"(?:Industry|Trade|Energy|Mines|Minerals?|Mining|Development|Foreign|Affairs|Economic|Economy|Finance|Business|"
    r"Resources|Natural|Environment|Commerce|Defen[cs]e|Interior|Home|Justice|Agriculture|Planning|Investment|"
    r"Infrastructure|Transport|Science|Technology|Innovation|Labou?r|Health|Education|Treasury|External|International|"
    r"Cooperation|Petroleum|Oil|Gas|Water|Land|Lands|Climate|Digital|Industrial|Strategy|Security|Budget|Fiscal|Public|"
    r"Works|Export|Exports|State|Promotion|Tourism|Culture|Communications?|Information|Housing|Urban|Rural|Fisheries|"
    r"Forestry|Employment|Social|Welfare|Hydrocarbons|Electricity|Power|Ports|Maritime|Regional|Federal|Geology|"
    r"Ecology|Customs|Revenue|Telecommunications|Integration|Relations|Cabinet|Enterprises|Investments|Metallurgy|"
    r"Sustainable|Renewable|Transition|Competitiveness|Coordinating|Coordination|Blue|Union|Electrification|Gender|"
    r"Equality|Women|Youth|Sports?|Family|Children|Immigration|Heritage|Arts|Parliamentary|Local|Aviation|Consumer)"
)
PORTFOLIO_TITLE = (
    rf"(?:(?:Deputy|Vice|Under|Assistant|Junior|Senior|Acting|Principal|Chief)[ -]){{0,3}}"
    rf"(?:{PORTFOLIO}\s+){{0,2}}(?:Permanent\s+)?"  # "the Mines permanent secretary"
    rf"(?:Minister\s+in\s+the\s+Presidency|"  # a minister without portfolio in the head of state's office
    rf"(?:Minister|Secretary|Commissioner)(?:\s+(?:of|for|on)\s+(?:State\s+(?:for\s+)?)?{PORTFOLIO}"  # "Cabinet Secretary on Mining"
    rf"(?:(?:,\s+|\s+and\s+|\s+(?:of|for)\s+|\s+){PORTFOLIO}){{0,5}})?)"
)
# A word that belongs to a title, never to the name after it ("Minister of State, Minister of Mines X").
TITLE_WORD = (
    rf"(?:Minister|Ministers|Secretary|President|Premier|Chancellor|Ambassador|Governor|Senator|Deputy|Vice|"
    rf"Prime|Chairman|Chairwoman|Chairperson|Chair|Mayor|Akim|Speaker|Whip|Commissioner|Director|Chief|Executive|"
    rf"Officer|Member|Board|Spokesman|Spokeswoman|Spokesperson|Head|Founder|Managing|General|Lawmaker|Parliamentarian|Legislator|"
    rf"Representative|Envoy|Assistant|Under|Associate|Principal|Senior|Junior|Acting|PM|CEO|CFO|COO|MD|EVP|SVP|{PORTFOLIO})"
)
OFFICIAL_TITLES = (
    r"Deputy Permanent Secretary|Deputy Prime Minister|Prime Minister|Deputy PM|PM|Vice[ -]President|Executive Vice[ -]President|President|Premier|"
    r"Chancellor|Foreign Minister|Chief Minister|Mente?ri Besar|Administrator|"
    r"Trade Minister|Finance Minister|Defen[cs]e Minister|Minister|Secretary of State|Treasury Secretary|"
    r"Commerce Secretary|Defen[cs]e Secretary|Energy Secretary|Interior Secretary|Secretary|Trade Representative|"
    r"Crown Prince|King|Queen|Emperor|Governor|Senator|Sen\.|Ambassador|Mayor|Chairman|General Secretary|"
    r"Speaker|Deputy Speaker|Chief Whip|Minority Chief Whip|Majority Chief Whip|Whip|Commissioner|"
    r"European Commissioner|Lawmaker|Parliamentarian|Legislator|Assemblyman|Assemblywoman|Congressman|Congresswoman|"
    r"Representative|Rep\.|Envoy|Special Envoy|Director[- ]General|Attorney General|Chief of Staff|Spokesman|"
    r"Spokeswoman|Spokesperson|Deputy|"
    r"Undersecretary|Under-Secretary|Permanent Secretary|Minority Leader|Majority Leader|Opposition Leader|Leader|"
    r"Charg[ée] d['’]Affaires|Treasurer|Prefect|Pr[ée]fet|Akim|"  # a Kazakh region's or city's head
    r"Colonel|Col\.|Brigadier(?: General)?|(?:Lieutenant|Major) General|Lt\. Gen\.|Maj\. Gen\.|Admiral"  # armed forces'
)
EXPERT_ROLE_WORDS = re.compile(
    r"\b(?:fellow|analyst|professor|economist|researcher|director|scholar|lecturer|president|chief|head|"
    r"executive|strategist|advis[eo]r|founder|partner|chair|dean|editor|expert|specialist|consultant|"
    r"(?:geo)?scientist|geologist|geochemist|geophysicist|metallurgist|manager|officer|CEO|CFO|COO|EVP|SVP|principal|"
    r"academic|chairman|chairwoman|chairperson|"
    r"vice[- ]president|member|coordinator|director[- ]general|secretary[- ]general|spokes(?:man|woman|person)|"
    r"campaigner|lawyer|activist|representative|advocate|capitalist|investor|financier|businessman|"
    r"businesswoman|entrepreneur)\b",
    re.IGNORECASE,
)
# "Special Assistant to the President for …": the head of state's or government's own staff.
LEADERS_STAFF = (
    r"\b(?:assistant|advis[eo]r|aide)\s+to\s+(?:the\s+|(?:US|U\.S\.|[A-Z][a-z]+)\s+)"  # "… to US President X" too
    r"(?:president|prime minister|premier|chancellor|vice[- ]president)\b"
    # "the president's deputy chief of staff": the same, owned
    r"|^(?:the\s+)?(?:president|prime\s+minister|premier|chancellor)['’]s\s+(?:[\w-]+\s+){0,2}(?:chief\s+of\s+staff|"
    r"assistant|advis[eo]r|aide|spokes(?:man|woman|person))\b"
)
# A party's leader ("co-leader", "deputy leader"): a politician when the body is a party.
PARTY_LEADER = re.compile(r"(?:(?:co-|deputy\s+|parliamentary\s+)?leader)", re.IGNORECASE)
OFFICIAL_ROLE_WORDS = re.compile(
    rf"^(?:{OFFICIAL_TITLES})$|\bminister\b|\b(?:under-?)?secretary\b|\bprime minister\b|\bruler\b|"
    rf"\bnational security advis[eo]r\b|{LEADERS_STAFF}",
    re.IGNORECASE,
)
GOVERNMENT_BODY = re.compile(
    rf"^(?:the\s+)?(?:Ministry\b|Government\b|Presidency\b|Cabinet\b|"
    rf"(?:State\s+)?Department\s+(?:of|for)\s+(?:the\s+)?{PORTFOLIO}\b)"
)
# Role words for a post in a company or any body: "Codelco chairman X", "CEO of Andina Cobre, X".
POST = (
    r"(?:(?:[Cc]hief|[Ee]xecutive|[Mm]anaging|[Ss]enior|[Dd]eputy|[Vv]ice|[Gg]eneral|[Nn]on-executive|[Ii]nterim|"
    r"[Aa]cting|[Ff]inancial|[Oo]perating|[Tt]echnical|[Ee]xecutive|[Bb]oard|Public Relations|Press|Information)[ -]){0,3}"
    r"(?:[Cc]hairman|[Cc]hairwoman|[Cc]hairperson|[Cc]hair|CEO|CFO|COO|EVP|SVP|[Pp]resident[ -](?:[Dd]irector|[Cc]ommissioner)|"
    r"[Pp]resident|[Dd]irector[- ][Gg]eneral|"  # "President Director": an Indonesian company's chief executive
    r"[Ss]ecretary[- ][Gg]eneral|[Dd]irector|[Oo]fficer|"
    r"[Mm]anager|[Hh]ead|[Ff]ounder|[Pp]artner|[Mm]ember|[Ee]xecutive|[Vv]ice[- ]president|[Ss]pokes(?:man|woman|person)|"
    r"[Aa]nalyst|[Ee]conomist|[Ss]trategist|[Cc]ommissioner|[Ss]ecretary|[Uu]ndersecretary|[Mm]inister|[Bb]oss|"
    r"[Ll]ecturer|[Pp]rofessor|[Rr]esearcher|[Ff]ellow|[Aa]dvis[eo]r|chief)"  # "Verdatom chief X": a body's head
)
# "Andina Cobre chairman Ana Ortiz", "Northgate Plc CEO and founder Ana Ortiz": a body, a post, a name.
LOWER_GOVERNMENT = re.compile(
    r"\b(?:ministry|department|agency|commission|authority|bureau|board|administration|directorate|government|"
    r"cabinet|presidency|regulator|command|army|navy|air force|armed forces|military|police|(?:regional|county|city|municipal|district|provincial|local) council)\b",
    re.I,
)
HEAD_OF_BODY = re.compile(
    r"\b(?:director|head|chief|chair\w*|president|commissioner|deputy|spokes\w+|officer|CEO)\b", re.I
)
# A town's, city's or county's own government: "City of Roetown", "Shire of Verde", "Municipality of Andina".
LOCAL_GOVERNMENT = re.compile(r"(?:the\s+)?(?:City|Town|Shire|Municipality|County|Borough)\s+of\s+[A-Z]")
# "Trade Undersecretary and [Andina Board managing head] X": a state's title joined to a post in a body.
TITLE_AND = re.compile(rf"(?<![\w.'’-])(?:{PORTFOLIO}\s+)?(?:{OFFICIAL_TITLES})\s+and\s+$")
# "The Authority's [Director of Partnerships], X": a post in a public body the text names by its head noun.
PUBLIC_BODY_OWNS = re.compile(
    r"\b[Tt]he\s+(?:Authority|Ministry|Department|Agency|Commission|Bureau|Government|Directorate)['’]s\s+$"
)
LEGISLATURE = re.compile(r"\b(?:Senate|Parliament|Congress|Chamber of Deputies|National Assembly)\b")
# A legislature's committee: "the Select Committee on Mines", "the Parliamentary Committee on Trade".
LEGISLATIVE_COMMITTEE = re.compile(r"\b(?:Select|Standing|Parliamentary|Portfolio)\s+Committee\b")
# A legislature or one of its chambers, in any case: its members and its committees' chairs are lawmakers.
LAWMAKERS = re.compile(
    rf"{LEGISLATURE.pattern}|\bHouse\s+of\s+(?:Representatives|Commons|Lords)\b|\bLegislative\s+Assembly\b", re.I
)
PLACE_OWNS = re.compile(r"(?:the\s+)?(?P<place>[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?)['’]s\s+(?P<title>.+)$")
PLACE_TITLE = re.compile(rf"(?:{OFFICIAL_TITLES})(?:\s+(?:for|of)\s+[\w\s,-]+)?$", re.IGNORECASE)
# A place named with its kind ("Verde City", "Andina Province"): no organisation.
TRIBAL_GOVERNMENT = re.compile(
    r"\b(?:Tribes?|Tribal\s+(?:Council|Nation|Government)|Indian\s+Colony|First\s+Nations?|Band\s+of\s+\w+)$"
)
NAMED_PLACE = re.compile(r"\s(?:City|Province|Prefecture|County|Municipality|District)$")
BARE_CHAIR = re.compile(r"Chair(?:man|woman|person)?")  # "Chairman Doe", no body: a state's or a board's
TITLE_MODIFIER = re.compile(r"^(?:Former|Outgoing|Then|Incoming|Acting|Interim|Late|Current|New|The|Its|His|Her)$")


# "Andina Mining's spokesman": the owner of a bare post, right before it.
_OWNER_BEFORE = re.compile(r"(?<![\w'’-])(?P<owner>(?:[A-Z][\w.&-]*\s+){0,4}[A-Z][\w.&-]*)['’]s\s+$")


def owned_post(before: str, title: str, places: set[str]) -> tuple[EntityKind | None, str, str | None]:
    """(kind, role, affiliation) of a post in lower case before a name: a state's, unless a company owns a
    bare spokesperson ("Andina Mining's spokesman Jane Doe" speaks for the company, not a state)."""
    owner = _OWNER_BEFORE.search(before[-80:]) if re.fullmatch(r"spokes(?:man|woman|person)", title) else None
    if owner and owner["owner"] not in places and classify_role(title, owner["owner"], places) is EXPERT:
        return EXPERT, title, owner["owner"]
    return OFFICIAL, title, None


# A post only a company (or a body's board) has: a portfolio's words before it name a company ("Mineral Resources
# chairman X"), not a ministry. (`model.organisations.COMPANY_POST`, which says a name is an employer's, has no
# bare "chair": folding the two together changes which names count as employers; not measured yet.)
CHAIR_OR_CHIEF_POST = re.compile(r"chair|chief executive|\bCEO\b|founder", re.I)


def classify_role(role: str, affiliation: str | None, places: set[str]) -> EntityKind | None:
    """Official when the role is a government title and the affiliation (if any) is a place or a
    government body; a post (head, director, chairman) in a government body is official too."""
    role = re.sub(r"^(?:the|a|an)\s+", "", role, flags=re.IGNORECASE)  # "the President of Verde"
    government = (
        bool(affiliation)
        and (
            bool(GOVERNMENT_BODY.match(affiliation))
            or bool(re.fullmatch(r"(?:the\s+)?(?:Republic|Nation|State|Kingdom)", affiliation))  # "of the Republic"
            or bool(re.search(r"government|ministry|state department", affiliation, re.I))
            or (affiliation[:1].isupper() and org_type(affiliation) == "agency")
            or bool(re.search(r"\b(?:Command|Army|Navy|Air Force|Armed Forces|Military|Police)\b", affiliation))
            or bool(affiliation[:1].islower() and LOWER_GOVERNMENT.search(affiliation))
            or bool(re.search(r"\b(?:directorate|ministry|bureau|embassy|consulate)\b", affiliation, re.I))
            or bool(LEGISLATURE.search(affiliation) or LEGISLATIVE_COMMITTEE.search(affiliation))
            or org_type(affiliation) == "international"
            or affiliation.endswith(" Commission")  # "the Verde Commission’s industry chief"
            or bool(re.search(r"\s(?:region|province|prefecture|county|district|municipality)$", affiliation))
            or bool(NAMED_PLACE.search(affiliation))  # "a representative of Verde City": a lawmaker
            or bool(LOCAL_GOVERNMENT.match(affiliation))  # "City of Roetown chief executive X": the council's
            or _portfolio_of_place(affiliation, places)  # "director for Verde’s national mineral resources"
            or bool(TRIBAL_GOVERNMENT.search(affiliation))  # "Verde Indian Colony chairman X": a tribe's government
        )
        or bool(re.search(r"\b(?:ministry|department|government|directorate|commission|regulator)['’]s\b", role, re.I))
    )  # "the ministry's director", "the commission's vice president"
    if re.search(
        r"\b(?:minister|commissioner|premier|under-?secretary)\b", role, re.I
    ):  # a minister, commissioner, premier or undersecretary of any portfolio or place: the state's
        return OFFICIAL
    if affiliation and is_portfolio(affiliation) and not CHAIR_OR_CHIEF_POST.search(role):
        return OFFICIAL  # "Director of Mines": a post over a portfolio, the state's (a chairman's is a company's)
    if (
        affiliation
        and re.search(r"\bsecretary$", role, re.I)
        and re.match(r"(?!(?:a|an|the|its|their)\b)[a-z]", affiliation)
    ):
        return OFFICIAL  # "assistant secretary of defence for …": a portfolio written small, a state's post
    if (
        re.search(r"(?:member|chair(?:man|woman|person)?)$", role, re.I)
        and affiliation
        and LAWMAKERS.search(affiliation)
    ):
        return OFFICIAL  # "Member of Parliament for Verde North", "deputy chairman of the House's Mines Committee"
    if (owned := PLACE_OWNS.match(role)) and owned.group("place") in places and PLACE_TITLE.match(owned.group("title")):
        return OFFICIAL  # "the Union’s executive vice-president for industry": a post of a state or union
    if role == "Secretary" and re.fullmatch(r"[A-Z]{2,6}", affiliation or ""):
        return OFFICIAL  # "DTI Secretary X": a department's short form; a firm's secretary is written small
    if affiliation is None and BARE_CHAIR.fullmatch(role):
        return None  # "Chairman Doe": of a state's body or a company's board, the text does not say here
    if PARTY_LEADER.fullmatch(role) and affiliation and re.search(r"\bParty\b", affiliation):
        return OFFICIAL  # "the Green Party co-leader", "leader of the Verde Party": a politician
    if OFFICIAL_ROLE_WORDS.search(role) and (
        affiliation is None or strip_possessive(affiliation) in places or government
    ):
        return OFFICIAL
    if government and (HEAD_OF_BODY.search(role) or re.search(r"\bofficial$", role)):  # "director … at the Ministry"
        return OFFICIAL
    if affiliation and strip_possessive(affiliation) in places and re.search(r"\bchief$", role):
        return OFFICIAL  # "the Union’s trade chief": a state's or union's head of a portfolio
    if EXPERT_ROLE_WORDS.search(role):
        return EXPERT
    return None


def _portfolio_of_place(affiliation: str, places: set[str]) -> bool:
    """ "Verde’s national mineral resources": a state's portfolio written small (not "Verde's mining chamber")."""
    owned = PLACE_OWNS.match(affiliation)
    small = bool(owned) and owned["title"][:1].islower() and owned["place"] in places
    return small and not _NOT_THE_STATES.search(affiliation)


_NOT_THE_STATES = re.compile(
    r"\b(?:chamber|association|federation|union|industry|compan(?:y|ies)|firms?|producers?|miners?|group|council|"
    r"institute|university|bank|exchange|party|opposition)\b"
)


def names_a_role(role: str) -> bool:
    """ "analyst", "minister", "a senior official" (at the Mines Ministry: the state's, by the body); not
    words that say something ("also said on Friday that President X had asked"): a clause, no post."""
    if re.search(r"\b(?:said|says|told|added|asked|noted|stated|announced|is|are|was|were|will)\b", role):
        return False
    return bool(
        EXPERT_ROLE_WORDS.search(role)
        or OFFICIAL_ROLE_WORDS.search(role)
        or role.endswith(" official")
        or PARTY_LEADER.fullmatch(role)
    )


def is_portfolio(text: str) -> bool:
    """ "Mines", "Energy and Natural Resources": a government portfolio's words only, not a body's name."""
    return bool(re.fullmatch(rf"{PORTFOLIO}(?:(?:,\s+|\s+and\s+|\s+){PORTFOLIO})*", text))


def strip_possessive(text: str) -> str:
    """ "Verde’s" → "Verde"; a state's formal name → its short one ("the Republic of Verde" → "Verde")."""
    return STATE_FORMAL.sub("", re.sub(r"(?:’s|'s)$", "", text))


# "the Republic of", "the Federal Democratic Republic of": a state's formal name before its short one.
STATE_FORMAL = re.compile(
    r"^(?:the\s+)?(?:(?:Federal|Democratic|Islamic|People[’']s|Socialist|Arab|United|Plurinational|Bolivarian)\s+)*"
    r"(?:Republic|Kingdom|Sultanate|Emirate|Principality|Federation|Commonwealth)\s+of\s+(?:the\s+)?(?=[A-Z])"
)


def company_post(title: str, words: str | None, before: str, places: set[str]) -> bool:
    """A chairman's or chief executive's post is in a company; a president's is when the words before
    the title are two or more capitalised words that start their run and hold no place or common word
    ("Ramu Nico President X"; not "During Kazakh President", nor the headline "US Polysilicon Makers
    Thank President")."""
    if re.fullmatch(r"Chair(?:man|woman|person)|CEO|Chief Executive", title):
        return True
    return (
        title == "President"
        and bool(words)
        and " " in words
        and not any(strip_possessive(w) in places or w.lower() in stoplist("English") for w in words.split())
        and not re.search(r"[A-Z][\w.’']*\s$", before)
    )


def led_by_place(text: str, places: set[str]) -> bool:
    """ "U.S. Energy", "Peru's Mines": a place, then perhaps a portfolio; not an organisation's name."""
    words = strip_possessive(text).split()
    return any(strip_possessive(" ".join(words[:i])) in places for i in range(1, len(words) + 1))


def post_in_body(title: str, words: str | None, before: str, places: set[str]) -> bool:
    """ "Andina Cobre President Ana Ortiz": words before the title that name a body (not a place, nor "Former")."""
    return (
        bool(words)
        and not led_by_place(words, places)
        and not TITLE_MODIFIER.match(words.split()[0])
        and bool(org_type(words) or re.fullmatch(r"[A-Z]{2,6}", words) or company_post(title, words, before, places))
    )


def public_body(name: str) -> bool:
    """ "European Commission", "Ruritanian Mining Agency": a body of the state or of states."""
    return org_type(name) in ("agency", "international") or bool(
        re.search(r"(?:Commission|Council|Parliament|Assembly)$", name) or LEGISLATIVE_COMMITTEE.search(name)
    )


# Words before a title that belong to it, not to an affiliation ("Union Minister of Steel X").
NOT_TITLE = (
    r"(?!Prime\b|Vice\b|Deputy\b|Foreign\b|Trade\b|Finance\b|Treasury\b|Commerce\b|Crown\b|General\b|Union\b|Federal\b|"
    r"Cabinet\b|Acting\b|Interim\b|Junior\b|Senior\b)"
)
