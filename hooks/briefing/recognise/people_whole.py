"""Stage 2, recognise people (whole article): what the sentence-by-sentence reading of `people` cannot see
alone, checked against the whole article: a surname named in full elsewhere, a body's short form the text
spells out."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..kinds import OFFICIAL
from .org_names import SPELLED_OUT
from .org_types import spells
from .person_names import in_full, surname
from .post_patterns import described_alone
from .titles import classify_role

if TYPE_CHECKING:
    from ..ingest import Article


def people_found(article: Article, places: set[str], found: list) -> list:
    """`people_in`'s sightings (`people.PersonSighting`) of the whole article, checked against it ("Mukherjee, a research manager
    at X": a surname of one named in full, else not a person)."""
    found = _short_formed_bodies(found, " ".join(p.text for p in article.passages), places)
    surnames = {surname(p.name) for p in found if in_full(p.name)}
    return [p for p in found if in_full(p.name) or p.name in surnames or not described_alone(p.name, p.sentence)]


def _short_formed_bodies(found: list, text: str, places: set[str]) -> list:
    """ "VTDA Director Jane Doe" where the article spells VTDA out as an agency's name: the post is the
    state's (an official), as "Director at the Verde Trade and Development Agency" would be."""
    spelled = {}
    for m in SPELLED_OUT.finditer(text):
        words = m[1].split()  # "Tuesday the Verde Trade … Agency (VTDA)": from the word the short form starts with
        starts = [i for i, w in enumerate(words) if w[:1] == m[2][0] and spells(m[2], " ".join(words[i:]))]
        if starts:
            spelled[m[2]] = " ".join(words[starts[-1] :])
    return [
        replace(p, kind=kind)
        if p.kind is not OFFICIAL
        and p.role
        and p.affiliation in spelled
        and (kind := classify_role(p.role, spelled[p.affiliation], places)) is OFFICIAL
        else p
        for p in found
    ]
