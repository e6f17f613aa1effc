"""Stages of a mineral's supply chain, in the words sources use for them. A leaf module: the
emitters label figures with it, so mining and refining shares are never read as one quantity."""

from __future__ import annotations

import re

STAGES = (
    ("refining", re.compile(r"\brefin\w*", re.I)),
    ("processing", re.compile(r"\bprocess\w*", re.I)),
    ("mining", re.compile(r"\b(?:mining|mined|mine output|extraction)\b", re.I)),
    ("reserves", re.compile(r"\breserves?\b", re.I)),
    ("production", re.compile(r"\b(?:production|output|produc\w+)\b", re.I)),
    ("supply", re.compile(r"\bsuppl(?:y|ies)\b", re.I)),
    ("exports", re.compile(r"\bexports?\b", re.I)),
    ("imports", re.compile(r"\bimports?\b", re.I)),
    ("demand", re.compile(r"\b(?:demand|consumption)\b", re.I)),
    ("market", re.compile(r"\bmarket\b", re.I)),
)


def stage_of(*texts: str | None) -> str | None:
    """The stage a figure measures, from its measure first, then its sentence; None when neither says."""
    for text in texts:
        for stage, pattern in STAGES:
            if text and pattern.search(text):
                return stage
    return None
