"""Stage 2, recognise organisations (names): whether words a pattern took for a name can be one.

Not a place, a person, an outlet, an event, a legislature, a sum or generic words: the patterns of
`organisations` propose names, this test keeps the ones an organisation's page may carry.
"""

from __future__ import annotations

import re

import periodictable

from ..text import UPPER
from .not_bodies import (
    DEMONYM_SHAPE,
    DOCUMENT_SHORT_FORMS,
    EVENT,
    INDUSTRY_NICKNAME,
    LEGISLATURE,
    NEWS_AGENCY,
    OUTLET,
    ROLE_INSIDE,
    TITLE,
    WIRE_CREDIT_AFTER,
)
from .org_patterns import AGENCY_HEADS, LEGAL, government_place
from .org_spans import ORG_HEADS, TRADE
from .org_types import canonical, from_another_tongue, generic_words, org_type
from .party_names import MINISTRY_OF_AND

# "Heavy Rare Earth (HREE)", "Rare Earth Element", "Platinum Group Metals (PGM)": what is mined, even with a
# short form given.
MINERAL_TERM = re.compile(
    r"(?:(?:Heavy|Light|Critical|Strategic|Rare|Earths?|Elements?|Metals?|Minerals?|Oxides?|Base|Precious|"
    r"Platinum[-\s]Group(?:\s+of)?)\s*)+"  # "Platinum Group of Metals (PGM)" too
)
# "General Agreement on Tariffs and Trade", "Convention on the Law of the Sea": an agreement, not a body
ELEMENTS = frozenset(element.name for element in periodictable.elements if element.number)
AN_AGREEMENT = re.compile(r"\b(?:Agreement|Treaty|Accord|Convention|Protocol|Pact|Charter)\s+(?:on|of|for|between)\s")
_MINER_WORD = r"(?:Resources|Minerals|Mining|Metals|Materials|Lithium|Rare Earths)"
MINER_END = re.compile(rf"\b{_MINER_WORD}$")  # a miner's name
# "Anglo Verde Platinum" after the known "Anglo Verde": a unit of its own, named by what it mines
_UNIT_WORD = (
    rf"(?:Platinum|Copper|Nickel|Cobalt|Gold|Silver|Zinc|Uranium|Manganese|Alumin(?:i)?um|Iron Ore|Coal|{_MINER_WORD})"
)


def unit_of_known(written: str, sentence: str, places: set[str]) -> str | None:
    """The longer name of a known company's unit the sentence gives: "X Platinum" after "X", or its
    national unit ("X Ruritania", "X Verde Islands")."""
    if m := re.search(rf"(?<![\w-]){re.escape(written)}\s+{_UNIT_WORD}(?![\w-])", sentence):
        return m.group(0)
    for m in re.finditer(rf"(?<![\w-]){re.escape(written)}\s+({UPPER}[\w’'-]*(?:\s+{UPPER}[\w’'-]*)?)", sentence):
        words = m.group(1).split()
        if (place := next((p for p in (m.group(1), words[0]) if p in places), None)) and not place.endswith(
            ("’s", "'s")
        ):
            return f"{written} {place}"
    return None


def name_in_full(name: str, sentence: str, places: set[str]) -> str:
    """ "Verde Rare Earths India—a subsidiary …": a miner's name run on by a country, then punctuation or a legal
    ending, is its national unit's full name; a name listing its trades opens before the first one's comma."""
    at = sentence.find(name)
    if at > 0 and re.match(rf"{TRADE}\s", name) and (trades := _TRADE_BEFORE_COMMA.search(sentence, 0, at)):
        return trades.group(0) + name
    if at < 0 or not MINER_END.search(name):
        return name
    m = re.match(
        rf"\s+({UPPER}[\w’'-]+(?:\s+{UPPER}[\w’'-]+)?)(?=[—–,.;:)]|\s+(?:Ltd|Limited|Pvt|Private)\b)",
        sentence[at + len(name) :],
    )
    return f"{name} {m.group(1)}" if m and m.group(1) in places else name


# "Centre of Verde-coordinated EU": where a name ends and a description of what follows it begins.
DESCRIBED_AFTER = re.compile(r"-(?:coordinated|led|backed|funded|sponsored|supported|run|owned)\b")
MONEY_UNIT = re.compile(r"(?:Bn|Mn|Billion|Million|Trillion|Tn)\b")  # "Bn Critical Minerals": a sum's unit, then words
# "Ruritania Oil, " before "Gas & Metals National Corp": the first of a name's trades, listed.
_TRADE_BEFORE_COMMA = re.compile(rf"(?<![\w-])(?!The\s)(?:{UPPER}[\w’'-]*\s+){{1,3}}{TRADE},\s+$")


BARE_HEAD = re.compile(
    r"Cent(?:er|re)|Institute|Council|Agency|Ministry|Company|Group|Corporation|Bank|Fund|Association|Foundation|"
    r"Commission|Authority|Office|Department|University|Committee|Board|Federation|Chamber|Society|"
    + "|".join(sorted(DOCUMENT_SHORT_FORMS))  # a document's short form: "Under this MoU, the company …"
)


def plausible(name: str, places: set[str], people: set[str], employer: bool = False, defined: bool = False) -> bool:
    """Not a place, a person (`people`: full names), an outlet, or generic words. An `employer` (a chief
    executive's company) may be a place and generic words: "Ruritania Critical Metals"."""
    words = name.replace("’s", "").replace("'s", "").split()
    defined = defined or (len(words) >= 3 and bool(LEGAL.search(name)))  # "Critical Metals Corp": a registered name
    if (
        not words
        or MINERAL_TERM.fullmatch(name)
        or all(w.casefold() in ELEMENTS for w in re.split(r"[\s-]+", name))  # "Neodymium Iron Boron": a material
        or AN_AGREEMENT.search(name)
        or re.fullmatch(r"[A-Z][a-z]+\s+State", name)  # "Verde State": a federation's state, a place
        or not defined
        and generic_words(words)
        or not LEGAL.sub("", " " + name)
        or legal_form_only(name)
        or re.match(r"(?:of|and|for|the|de|du|des|da|do)\s", name)  # "of Companies" of a name cut in two
    ):
        return False  # generic words, unless the text vouches for the name (a short form, an employer); "Pty Ltd"
    lead = next((i for i in range(len(words), 0, -1) if " ".join(words[:i]) in places), 0)
    # "Finnish Minerals Group", "Verde Critical Metals Inc": a registered name
    employer = employer or words[-1] in ("Group", "Company", "Corporation") or bool(LEGAL.search(name))
    if lead and lead < len(words) and not employer and generic_words(words[lead:]):
        return False  # "Borduria Critical Minerals": a place and generic words
    if name in places or canonical(name) in places or name in people or words[0] in places and len(words) == 1:
        return False
    if len(words) == 1 and BARE_HEAD.fullmatch(words[0]):
        return False  # "the Roetown-based Center for …" cut at "for": a head noun alone names no body
    if re.search(rf"\s(?:du|de|des|da|do|del|della)\s+(?:{ORG_HEADS})$", name):
        return False  # "Jon Roe du Centre" of "… du Centre Verde pour la recherche": a French name opens with its head
    if re.fullmatch(r"Territory|Territories|Province|Prefecture|County|District|Oblast|Governorate|Region", words[-1]):
        return False  # "The Northern Territory (NT) Government": a place, whatever its short form
    if name.isupper() and name.title() in places:
        return False  # "RURITANIA’s Andina Group": a place written in capitals, as some papers open a story
    if government_place(name) in places:
        return False  # "Government of Ruritania" is the state, a country page
    if re.match(
        r"(?:Representatives|Officials|Members|Shareholders|Employees|Executives|Workers|Residents|Shares)\s+of\b", name
    ):
        return False  # "Representatives of Andina": people of a body, the body is named after "of"
    if re.search(r"\bBoard of Directors\b|^(?:Management|Supervisory|Executive)\s+Board\b", name):
        return False  # a company's board is the company's
    if re.search(r"\b(?:Head|Chief|Director|Undersecretary|Chairman|Chairwoman|Officer|Manager)$", name) or re.search(
        r"['’]s\s+(?:President|Chairman|Chief Executive)$|\b(?:Officer|Director|Manager|Secretary)\s+of\s+the\s+", name
    ):  # "Verde Managing Head", "Andina’s President", "Public Relations Officer of the Ministry": a person's post
        return False
    if re.search(r"-(?:based|linked|registered|listed|owned|backed|headquartered)$", name):
        return False  # "the Ruritania-based mining company, X": where a company is, not its name
    if name.endswith(" Project") and not defined:
        return False  # "the Roe Project": a mine being developed, its owner is the organisation
    if re.fullmatch(r"(?:Special Purpose |Blank[- ]Check )Acquisition Compan(?:y|ies)", name):
        return False  # a kind of company, in capitals: "a Special Purpose Acquisition Company (SPAC) of X"
    if re.search(r"\b(?:Extraction|Refining|Separation)$", name):
        return False  # "Direct Lithium Extraction (DLE)": a process, whatever short form the text gives it
    if re.search(r"\b(?:Infrastructure|Transition|Development|Innovation|Growth|Accelerator|Recovery)\s+Fund$", name):
        # "Verde Transition Fund": a programme that pays grants, not a body (a wealth fund is one, and so is a
        # development bank the text gives a short form: "the Verde Industrial Development Fund (VIDF)")
        return defined and name.endswith(" Development Fund")
    if re.search(r"\b(?:City|Municipal|Town|County|District|Village)\s+Council$", name):
        return False  # a town's council is its local government, not an organisation page
    if INDUSTRY_NICKNAME.fullmatch(name):
        return False
    if MONEY_UNIT.match(name):
        return False  # "Bn Critical Minerals" of "A$1.2bn Critical Minerals Reserve": a sum, then words
    if (
        OUTLET.search(name)
        and (not AGENCY_HEADS.search(name) or NEWS_AGENCY.search(name) or re.search(r"\b(?:Gazette|Journal)$", name))
        and not MINER_END.search(name)
    ):
        return False  # a newspaper or a news agency ("Ruritania News Agency") is a source; not "Globe Metals"
    if re.search(r"-(?:aligned|backed|led|linked|allied|affiliated)$", name):
        return False  # "a Ruritania-aligned militia": a description
    if EVENT.search(name) or re.match(
        r"(?:Memorandum|Agreement|Treaty|Declaration|Statement|Letter|Regime|Term)s?\s+(?:of|for)\b", name
    ):
        return False  # a forum, summit or convention is an event; "Memorandum of Cooperation", "Term of Commitment" a document
    if LEGISLATURE.search(name):
        return False  # a legislature is where officials sit, not an organisation page
    if TITLE.match(name) or ROLE_INSIDE.search(name) or any(map(name.__contains__, people)):
        return False  # "Chief Executive Jane Doe" is a person with a title
    if (
        len(words) == 2 and words[1] in ("Administration", "Government") or len(words) > 2 and words[1] == "of"
    ) and any(p.endswith(" " + words[0]) for p in people):
        return False  # "the Doe Administration": a president's government, the state; "Doe of the X Agency": a person
    return not (len(words) == 1 and len(name) < 3)


def cue_place(cue: str, places: set[str]) -> str | None:
    """The place a cue names ("Chilean state miner"), as written."""
    return next((w for w in re.findall(r"[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)?", cue) if w in places), None)


# "the Verde Trade and Development Agency (VTDA)": a body's name spelled out before its short form
SPELLED_OUT = re.compile(
    r"((?:[A-Z][\w&'’.-]*|of|and|for|the)(?:,?\s+(?:[A-Z][\w&'’.-]*|of|and|for|the)){1,9})\s+\(([A-Z]{2,8})\)"
)


# After a name: a news agency ("Verde Novosti press agency": a source), a property ("the giant Roe
# concession"), a programme whose name it starts ("Title 9 Green Metals Financing Program").
PROPERTY_OR_SOURCE_AFTER = re.compile(
    r"\s+(?:(?:news|press|wire)\s+(?:agency|service)|concession|deposit|prospect|tenement)s?\b"
)
PROGRAMME_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+)?(?:Program|Programme|Plan|Strategy|Initiative|Scheme)\b"
    r"|\s+(?:Reserve|Reservation|Basin|Belt)\b"  # "the Verde Fiscal Mining Reserve": a place, named for its use
    r"|\s+(?:Industrial|Economic|Technology|Eco-?industrial)\s+(?:Park|Zone|Estate)\b"  # "X Metals Industrial Park"
)


def heads_something_else(after: str, cue: str) -> bool:
    """The words after a name make it part of something that is no organisation (or a newswire's credit)."""
    return bool(
        PROPERTY_OR_SOURCE_AFTER.match(after)
        or cue == "name"
        and PROGRAMME_AFTER.match(after)
        or WIRE_CREDIT_AFTER.match(after)
    )


def legal_form_only(name: str) -> bool:
    """ ". Ltd" of "… Investment Co. Ltd.", "Pte.": a legal form alone (with "Pte", which `LEGAL` lacks) is no name."""
    return not re.search(r"[^\W_]{2}", re.sub(r"\b(?:Co|Ltd|Limited|Inc|Corp|Plc|LLC|Pte|Pty|Bhd)\b", "", name))


# A place at a name's end that is not part of it: "Andina Cobre and Peru", "X Minerals for Chile", "X Group of Verde" (not "X Resources of Verde", a name).
def demonym_run_in(
    name: str, places: set[str], alone: frozenset[str] = frozenset(), known: frozenset[str] = frozenset()
) -> str | None:
    """The demonym that opens `name` but is not part of it: in a long name ("the Ruritanian X Y Z Co"; but
    "Ruritanian Institute of Mines and Metallurgy" is the body's own name), before the name's letters
    ("the Verdean ABC Group", "Ruritanian XYZ"), before a word the article names without it (`alone`:
    "Ruritanian Roeshan Holding Group" where "… belongs to Roeshan Holding" says it too), or before a known
    company's name (`known`: "operated by Ruritanian Andina Rare Earths")."""
    words = name.split()
    if len(words) < 2 or words[0] not in places or not re.fullmatch(DEMONYM_SHAPE, words[0]):
        return None
    if " ".join(words[1:]) in known:
        return words[0]
    long_run = len(words) >= 6 and re.fullmatch(r"[A-Z][a-z]+(?:ese|ian|ish)", words[0]) and " of " not in name
    named_alone = (
        len(words) >= 3
        and words[1] in alone
        and words[1] not in places
        and not generic_words(words[1:2])
        and not re.fullmatch(ORG_HEADS, words[1])  # not "Ruritanian Ministry of …"
    )
    return words[0] if long_run or named_alone or re.fullmatch(r"[A-Z]{2,6}", words[1]) else None


# A capitalised word in the run of a sentence, after a word in lower case that is no article ("belongs to Roeshan
# Holding"; not "the Ministry"): a name of its own.
_NAMED_IN_THE_RUN = re.compile(
    r"\b(?!(?:the|a|an|its|their|his|her|our|this|that|of|for|and|on|de|del|da|do|des|du|la|le)\s)[a-z]+\s([A-Z][\w-]+)"
)


_NAMED_ALONE: dict[tuple[str, str], frozenset[str]] = {}


def named_alone_in(article) -> frozenset[str]:
    """`words_named_alone` of the whole article (an `Article`), read once per article: a long report is read in
    pieces, each asking for the whole article's words."""
    key = (article.id, article.content_hash)
    if key not in _NAMED_ALONE:
        if len(_NAMED_ALONE) > 64:
            _NAMED_ALONE.clear()
        _NAMED_ALONE[key] = words_named_alone(p.text for p in article.passages)
    return _NAMED_ALONE[key]


def words_named_alone(texts) -> frozenset[str]:
    """The capitalised words an article writes in the run of a sentence, after a word in lower case: the names it
    gives without a demonym before them."""
    return frozenset(m.group(1) for text in texts for m in _NAMED_IN_THE_RUN.finditer(text))


def listing_venue(name: str, sentence: str) -> bool:
    """ "listed on the Verde Stock Exchange", "Verde Stock Exchange-listed": where a company is listed, not who."""
    at = sentence.find(name)
    return (
        name.endswith("Exchange")
        and at >= 0
        and bool(
            re.search(r"\b(?:on|in)\s+(?:the\s+)?(?:[A-Z][\w&.-]*\s+){0,4}$", sentence[:at])
            or re.match(r"-\s?listed\b", sentence[at + len(name) : at + len(name) + 9])
        )
    )


def joined_after(sentence: str, name: str, start: int) -> bool:
    """Whether `name` (found whole) stands right before `start` with only "and" between."""
    at = sentence.find(name)
    return at >= 0 and re.fullmatch(r"\s+(?:and|&)\s+", sentence[at + len(name) : start]) is not None


def named_in_another_tongue(name: str, short: str) -> str | None:
    """ "Andina Chemical and Mining Society (SQM)": a short form from the name in another language spells
    none of it; the whole name stands when it has a body's head noun and no "and" joins two bodies (but a
    ministry's portfolios: "Ministry of Energy and Mineral Resources (ESDM)")."""
    left = name.split(" and ")[:-1]
    if (
        not from_another_tongue(short, name)
        or any(org_type(part) for part in left)
        and not MINISTRY_OF_AND.search(name)
    ):
        return None
    return name
