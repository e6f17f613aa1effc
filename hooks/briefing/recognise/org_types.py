"""Stage 2, recognise organisations (types and reference names): what kind of body a name is, its name
without a legal ending, and the reference bodies' names as one pattern."""

from __future__ import annotations

import re
from functools import lru_cache

from .not_bodies import GENERIC
from .org_patterns import AGENCY_HEADS, ASSOCIATION_HEADS, COMPANY_HEADS, LEGAL, RESEARCH_HEADS

TYPES = ("company", "state-owned", "agency", "research", "international", "association", "other")


@lru_cache(maxsize=65536)  # names repeat in every article and at every rebuild of the preview
def canonical(name: str) -> str:
    """The name without its legal ending: "Northgate Plc" and "Northgate" are one organisation; not
    when only generic words would be left ("Metals Co" is no "Metals", a word every article uses)."""
    bare = LEGAL.sub("", name).strip()
    return bare if bare and not generic_words(bare.split()) else name


def generic_words(words: list[str]) -> bool:
    """Whether every word is an ordinary one ("Critical", "Metals", "Group"): no name of its own."""
    return all(w.lower().strip(".,") in GENERIC for w in words)


def org_type(name: str, cue: str = "", state: bool = False) -> str | None:
    """The type the name or its cue states; None when neither says."""
    if state:
        return "state-owned"
    text = f"{cue} {name}"
    if re.search(r"think[ -]tank|research|university|institute", cue, re.I) or RESEARCH_HEADS.search(name):
        return "research"
    if AGENCY_HEADS.search(name) or re.search(r"\b(?:agency|regulator)\b", cue):
        return "agency"
    if ASSOCIATION_HEADS.search(name):
        return "association"
    if cue or COMPANY_HEADS.search(text) or LEGAL.search(name):
        return "company"
    return None


@lru_cache(maxsize=8)
def reference_pattern(surfaces: tuple[str, ...]) -> re.Pattern | None:
    """The reference bodies' and companies' names as one pattern, longest first: one search per
    sentence, not one per name (it was most of the pipeline's time at 1,000 articles)."""
    if not surfaces:
        return None
    alternatives = "|".join(_alternative(s) for s in sorted(surfaces, key=len, reverse=True))
    # not "Vale do Verde": a longer name, a place's, runs on ("… de Ruritania" ends companies' names)
    # "the Verde-backed company", "a UN-designated park": the backer is named too
    return re.compile(
        rf"(?<![\w-])(?:{alternatives})"
        rf"(?!\w|-(?!(?:backed|owned|led|controlled|funded|financed|designated|brokered|sponsored|run)\b))"
        rf"(?!\s+(?:do|da|dos|das)\s+[A-Z])"
        r"(?!\s+(?:Framework\s+)?(?:Convention|Charter|Declaration|Treaty|Protocol)\b)"  # a treaty that bears its name
    )


# An acronym of four letters or more is also written with only its first capital: "ABCDE" as
# "Abcde" or "AbcDe".
ACRONYM = re.compile(r"[A-Z]{4,}")


def folded_acronyms(names: dict) -> dict:
    """The acronyms among `names`' keys, case folded ("mofcom" for "MOFCOM"), with their values: how a
    name written with only its first capital is looked up."""
    return {name.casefold(): value for name, value in names.items() if ACRONYM.fullmatch(name)}


def _alternative(surface: str) -> str:
    if ACRONYM.fullmatch(surface):
        return f"{surface[0]}(?i:{surface[1:]})"
    return re.sub(r"['’]", "['’]", re.escape(surface))  # "Miners' Board" written "Miners’ Board" too


def body_and_generic_words(name: str, body: str) -> bool:
    """Whether `name` is a known body's name followed by generic words only ("G7 Energy")."""
    rest = name[len(body) :].split() if name.startswith(body + " ") else None
    return bool(rest) and all(w.lower() in GENERIC for w in rest)


def spells(short: str, name: str) -> bool:
    """Whether `short` abbreviates `name`: its letters run through the name in order, from the first."""
    letters = iter(re.sub(r"[^a-z]", "", name.casefold()))
    return short[0].casefold() == name[0].casefold() and all(c in letters for c in short.casefold() if c.isalpha())


def from_another_tongue(short: str, name: str) -> bool:
    """ "Andina Chemical and Mining Society (SQM)": a short form in capitals that the name's capitals do not
    spell (it comes from the name in another language) still stands for a body's name, one with a head noun.
    "(GEM)" after "Verde Global Metals" is part of the name, not another tongue's."""
    capitals = iter(w[0] for w in name.split() if w[0].isupper())
    spelled = all(letter in capitals for letter in short)
    return short.isupper() and not spelled and org_type(name) is not None
