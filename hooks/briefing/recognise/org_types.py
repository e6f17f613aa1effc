"""Stage 2, recognise organisations (types): what kind of body a name is, and its name without a legal ending."""

from __future__ import annotations

import re

from .org_patterns import AGENCY_HEADS, ASSOCIATION_HEADS, COMPANY_HEADS, LEGAL, RESEARCH_HEADS

TYPES = ("company", "state-owned", "agency", "research", "international", "association", "other")


def canonical(name: str) -> str:
    """The name without its legal ending: "Northgate Plc" and "Northgate" are one organisation."""
    return LEGAL.sub("", name).strip() or name


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
