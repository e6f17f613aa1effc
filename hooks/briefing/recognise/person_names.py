"""Stage 2, recognise people (names): the shape of a person's name, as regular-expression text.

Shared by the patterns of `people`: a name is two to four capitalised words (particles and a
middle initial allowed), never a word that belongs to a title.
"""

from __future__ import annotations

import re

from ..text import UPPER  # every upper-case Latin letter, accented ones included ("Ōe", "Đorđević")
from .gazetteer import region_named
from .titles import TITLE_WORD

# "O’Leary", "Ndo’anamuno" too (not "Doe’s", "Doe’ll")
NAME_TOKEN = rf"{UPPER}(?:['’]{UPPER})?[^\W\d_]+(?:-[^\W\d_]+|['’]{UPPER}[^\W\d_]+|['’](?!(?:ll|re|ve)\b)[a-z]{{2,}})*"
SUFFIX = r"(?:\s+(?:Jr|Sr)\.?|\s+(?:II|III|IV)\b|\s+[2-4](?:nd|rd|th)\b)?"  # "Jane Doe 3rd", as some dailies write it
PARTICLE = r"(?:van|von|de|der|da|del|bin|Bin|ibn|Ibn|al|Al|el|le|la)"
# The cheap capital test first; not a title's word, nor "Ex-" ("Ex-Minister X": a former minister)
PERSON_TOKEN = rf"(?={UPPER})(?!{TITLE_WORD}(?:of|for)?\b|Ex-){NAME_TOKEN}"
# An initial glued to the name, as Mongolian names are written ("J.Roeberg", "Kh.Roebaatar": a patronymic's initial).
GLUED_INITIAL = r"(?:[A-Z]|Kh|Sh|Ch|Ts|Zh|Ya|Yu|Ye)\."
# "Ana Ortiz", "Jan van der Berg", "Maria Clara de la Vega Ruiz", "Omar bin Said Al Amri"
# "A. Jon Ruiz", "A. M. Ana Ortiz", "A.A. Jon Ruiz": leading initials (not "U.S. X"); "Jon P.M. Ruiz";
# one or two initials with no stops, as Indian names are often written ("V L Jon Rao", "G Jon Rao", "S Roeshankar")
FULL_NAME = (
    rf"(?:(?<![\w'’-])(?:(?<!\.)(?!U\.[SKN]\.)[A-Z]\.(?:\s?[A-Z]\.)?\s(?={UPPER}[a-z])|(?<![\w.])(?:[A-Z]\s)?(?![AEIOY]\s)[A-Z]\s(?={UPPER}[a-z]))?{PERSON_TOKEN}(?:\s+[A-Z]\.?(?:[A-Z]\.)?(?=\s+{UPPER}[a-z]))?(?:\s+(?:{PARTICLE}\s+){{0,2}}(?!(?:Jr|Sr)\b)(?:(?:al|el)-)?{PERSON_TOKEN}"
    rf"(?:\s+[A-Z]\.(?=\s+{UPPER}[a-z]))?){{1,3}}"
    rf"{SUFFIX}"
    rf"|(?<![\w'’.-])(?!U\.[SKN]\.)[A-Z]\.(?:\s?[A-Z]\.){{0,2}}\s{PERSON_TOKEN}(?!\s+{UPPER})"  # "A.A. Roe": initials, a surname
    rf"|(?<![\w'’.-])(?![USN]\.){GLUED_INITIAL}(?={UPPER}[a-z]{{3}}){PERSON_TOKEN}(?!\s+{UPPER})"  # "J.Roeberg": an initial glued
    rf"|(?<![\w'’.-])(?![AEIOY]\s)[A-Z]\s(?={UPPER}[a-z]{{3}}){PERSON_TOKEN}(?![\w'’-]|\s+{UPPER}))"  # "S Roeshankar": one initial, a surname
)
# "Deputy Minister … Eng. Jane Doe", "Minister of Mines, the Honourable Dr Jane Doe": courtesy titles between
# the post and the name.
TITLE_HONORIFIC = (
    r"(?:the\s+)?(?:(?:(?:Dr|Mr|Mrs|Ms|Prof|Eng|Engr|Hon|H\.E)\.|(?:Dr|Mr|Mrs|Ms|Prof)(?=\s)|Sheikh|Sheikha|Shri|Smt|Alhaji|Alhaja|Hajia|Amb\.?|Commodore|"
    r"Datuk(?:\s+Seri)?|Dato['’]?(?:\s+Seri)?|Tan\s+Sri|Engineer|"
    r"(?:His|Her)\s+(?:Royal\s+)?Highness(?:\s+Prince(?:ss)?|(?!\s+Prince))|(?:His|Her)\s+Excellency|"  # "His Royal Highness Prince X"
    r"(?:Right\s+|Rt\.?\s+)?Hono(?:u)?rable)\s+|(?:Dr|Mr|Mrs|Ms|Prof)\.(?=[A-Z][a-z]))+"  # "Minister Dr.Jane Doe": no space
)
# Courtesy titles a name may carry ("Dr", "Professor", "Datuk", "H.E"), which are no part of the name.
COURTESY = (
    r"(?:Dr|Mr|Mrs|Ms|Mx|Professor|Prof|Sir|Dame|Datuk(?:\s+Seri)?|Dato['’]?(?:\s+Seri)?|Datin|Tan Sri|Hon|Honourable|Honorable|Engr|Eng|"
    r"Engineer|H\.E|(?:(?:Your|His|Her)\s+)?Excellency|Sayyid|Sayyida|"
    r"Sheikh|Sheikha|Shri|Smt|Alhaji|Alhaja|Hajia|Amb|Colonel|Col|Lieutenant|Lt|Major|Maj|Brigadier|Brig|Captain|Capt|Commodore)"
)  # (a soldier's rank too: "Colonel Jon Roe, the group's spokesperson")
HONORIFIC = re.compile(rf"^(?:{COURTESY}\.?\s+)+")
# A sentence's first word read into the name after it: "For Jane Doe, chief strategy officer of X, …".
LEADING_WORD = re.compile(  # ("Selon", "Según", "Secondo", "Laut", "Menurut": "according to")
    r"^(?:For|To|With|Like|Unlike|As|But|And|So|Then|Now|Yet|Selon|Según|Segundo|Secondo|Laut|Menurut)\s+(?=\S+\s+\S)"
)
# The next sentence's first word read into it where a paragraph lost its stop: "… said Jane Doe The sale …".
# A member's letters after the name ("Jon Roe MLA", "Jane Doe MP") are no part of it either.
TRAILING_WORD = re.compile(
    r"(?<=\S\s\S)(\S*)\s+(?:The|This|That|It|In|On|At|He|She|They|MLA|MP|MPP|MNA|MHA|MSP|MHK|TD|OBE|CBE|MBE|KC|QC)$"
)

COMPANY_WORD = r"Mining|Minerals|Metals|Group|Holdings?|Corp|Corporation|Ltd|Limited|Inc|Plc"
NOT_A_NAME_WORD = re.compile(
    r"^(?:The|This|That|These|Those|It|In|On|At|As|But|And|However|While|Despite|Following|Indeed|"
    r"For|From|With|By|To|After|Before|Under|Over|Since|Unlike|Amid|Among|Through|Against|Upon|"  # "For Verde, …"
    r"Currently|Meanwhile|Additionally|During|Analysts?|Experts?|Officials?|Industry|Economic|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|His|Her|Excellency|Majesty|Highness|Exchange|Company|Global|Policy|Affairs|Development|Security|Strategy|Cooperation|Relations|Resources?|Services|"
    r"Technology|Infrastructure|Planning|Investment|Finance|Energy|Trade|Defen[cs]e|"  # a portfolio's words
    r"Raw|Materials|Commodities|Products|Operations|Procurement|Purchasing|Sourcing|Marketing|"  # a department's
    rf"{COMPANY_WORD}|Ministry|Department|Office|Secretariat|Council|Commission|Committee|Agency|Authority|Bureau|"
    r"Institute|Association|Federation|Fund|Palace|University|College|Academy|Hospital|Airport|City|"  # "King X City"
    r"Cabinet|Government|Ruler|Emir|Sultan|Order|Decree|Resolution|News|"  # a body's, a law's
    r"Division|Unit|Branch|Section|Electronics|Motors|Industries|Chemicals|Petroleum|Capital|"  # a body's part or trade
    r"Islands?|Province|Region|River|Valley|Coast|Bay|Lake|Mountains?|Peninsula|Delta|Reserve|Desert|Forest|"  # a place's
    r"Kingdom|Republic|Emirates?|Sultanate|Principality)$"  # "King Island"; "Ruritanian Kingdom" (of X), a state's
)


_ENDING_SUFFIX = re.compile(rf"{SUFFIX}$")

# The small words a surname may open with ("Al Roe", "van der Roe", "de la Roe"), written with it when it is said alone.
SURNAME_PARTICLES = frozenset(
    "Al Al- El Abu Bin bin Ben ibn van Van von Von de De da Da di Di dos Dos del Del la La le Le".split()
)


_WHOLE_GLUED = re.compile(rf"{GLUED_INITIAL}{NAME_TOKEN}")


def in_full(name: str) -> bool:
    """A name given in full, not a surname alone: two words or more, or an initial glued to it ("Kh.Roebaatar")."""
    return " " in name or bool(_WHOLE_GLUED.fullmatch(name))


def surname(name: str) -> str:
    """The word a person is called by alone: the last, before any "Jr." or "3rd" ("Jon Roe 3rd" is "Roe")."""
    return _ENDING_SUFFIX.sub("", name).split()[-1]


def plausible_name(name: str, places: set[str], role: str | None = None) -> bool:
    """No word of a title, a date, a portfolio or a body ("Mining Affairs"), and not a place (nor a state's region,
    which the text may not name as a place, nor its end after the post: "Minister for Regional Roe Province")."""
    tokens = name.split()
    region = region_named(name) or bool(role) and region_named(f"{role.rsplit(None, 1)[-1]} {name}")
    demonym = re.fullmatch(
        r"(?:Western|Eastern|Northern|Southern|Central|South|North|East|West)\s+\w+(?:an|ese|ish)", name
    )
    return not any(NOT_A_NAME_WORD.match(t) for t in tokens) and name not in places and not region and not demonym
