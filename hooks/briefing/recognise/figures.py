"""Stage 2, recognise figures: every number a source states, with what it measures.

A `Figure` keeps the value and the measure exactly as written, the place that holds it
("Ruritania controls 60%") and the minerals it concerns, so the model can set figures from
different sources side by side instead of blending them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from ..ingest import Article, Block
from ..kinds import COUNTRY, MINERAL
from .deal_words import MONEY
from .evidence import Evidence, Quote
from .mentions import Mention, MentionIndex
from .parties import EXCLUDING

PERCENT = re.compile(r"\b\d+(?:\.\d+)?\s?(?:%|per ?cent\b|percent\b)")
COUNT = re.compile(
    r"\b(?<![$.,\d])(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s+(?P<what>(?:[a-z][a-z-]+\s+){0,2}?"
    r"(?:minerals|elements|countries|nations|companies|firms|mines|projects|tonnes|tons|trees|"
    r"jobs|years|months|plants|facilities|deposits|magnets|shipments|licen[cs]es|workers))\b"
)
UNITS = (("percent", PERCENT), ("money", MONEY), ("count", COUNT))
DIGIT = re.compile(r"\d")  # the same \d as theirs: a sentence without one holds no figure
MEASURE = re.compile(
    r"^\s*(?:of\s+(?:the\s+)?)?(?P<m>[^,;.()]{3,80}?)(?=\s+and\s+(?:nearly\s+|about\s+|approximately\s+)?\d|[,;.()]|$)"
)
STAKE_AFTER = re.compile(
    r"\s*(?:(?:[\w-]+\s+){0,3}?(?:stake|interest|equity|ownership|shareholding)\b|of\s+(?:the\s+)?(?:shares|"
    r"joint venture|venture|company|firm|project|consortium)\b)",
    re.IGNORECASE,
)
STAKE_BEFORE = re.compile(
    r"\b(?:own|owns|owned|owning|acquire[sd]?|acquiring)\s+(?:a\s+|an\s+|the\s+remaining\s+)?$", re.I
)
STAKE_WORDS = re.compile(r"\b(?:stakes?|joint venture|equity|shareholding|ownership)\b", re.I)
MARKET_WORDS = re.compile(
    r"\b(?:supply|supplies|production|output|reserves|market|refining|processing|mining|exports?|imports?|demand|"
    r"capacity|consumption)\b",
    re.I,
)
USE_VERBS = re.compile(
    r"\b(?:essential (?:for|to)|used (?:in|for|to)|vital (?:for|to)|key to|needed (?:for|in)|"
    r"critical (?:for|to)|power(?:s|ing)?|applications? in|indispensable)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Figure(Quote):
    value: str
    unit: str  # "percent" | "money" | "count"
    measure: str | None  # what the value is of, verbatim ("of the global supply")
    holder: str | None  # place key that holds the share, if the sentence names one
    minerals: tuple[str, ...]

    @cached_property
    def is_share(self) -> bool:
        """A share of something (a percentage): shown side by side with other sources' shares.
        A stake in a company or venture ("51 percent … 49 percent" of a joint venture) is not.
        Cached: the figures pages ask it of every figure many times."""
        return self.unit == "percent" and not self.is_stake

    @cached_property
    def is_stake(self) -> bool:
        at = self.sentence.find(self.value)
        if at < 0:
            return False
        after = self.sentence[at + len(self.value) : at + len(self.value) + 60]
        if STAKE_AFTER.match(after) or STAKE_BEFORE.search(self.sentence[max(0, at - 30) : at]):
            return True
        return bool(STAKE_WORDS.search(self.sentence)) and not MARKET_WORDS.search(self.sentence)


@dataclass(frozen=True)
class TableFact(Evidence):
    """One cell of a source's table about an entity: header and value verbatim."""

    key: str
    header: str
    value: str
    holder: str | None

    @property
    def minerals(self) -> tuple[str, ...]:
        """The mineral the row is about, when it is one."""
        return (self.key,) if MINERAL.owns(self.key) else ()

    @property
    def is_share(self) -> bool:
        """A percentage in the cell or its column header."""
        return "%" in self.value + self.header


@dataclass(frozen=True)
class UseClaim(Quote):
    minerals: tuple[str, ...]


def _holder(sentence_mentions: list[Mention], sentence: str, value_at: int) -> str | None:
    """The place named before the value and not set against it ("dependence on X")."""
    best = None
    for m in sentence_mentions:
        at = sentence.find(m.surface)
        if COUNTRY.owns(m.key) and 0 <= at < value_at and not EXCLUDING.search(sentence[max(0, at - 40) : at]):
            best = m.key
    return best


def find_figures(article: Article, mentions: list[Mention]) -> tuple[list[Figure], list[TableFact], list[UseClaim]]:
    index = MentionIndex(mentions)
    figures: list[Figure] = []
    uses: list[UseClaim] = []
    facts: list[TableFact] = []
    for block in article.blocks:
        if block.kind == "table":
            facts.extend(_table_facts(article, block, index))
            continue
        for passage in block.passages:
            here = index.in_text_order(passage.anchor)
            para_minerals = tuple(dict.fromkeys(m.key for m in here if MINERAL.owns(m.key)))
            for _, _, sentence, in_sentence in index.sentences(passage):
                minerals = tuple(dict.fromkeys(m.key for m in in_sentence if MINERAL.owns(m.key)))
                if minerals and USE_VERBS.search(sentence):
                    uses.append(UseClaim(article.id, passage.anchor, sentence, minerals))
                for unit, rx in UNITS if DIGIT.search(sentence) else ():  # each unit's number needs a digit
                    for m in rx.finditer(sentence):
                        measure = MEASURE.match(sentence[m.end() :]) if unit == "percent" else None
                        figures.append(
                            Figure(
                                article.id,
                                passage.anchor,
                                sentence,
                                m.group(0).strip(),
                                unit,
                                measure.group("m").strip() if measure else None,
                                _holder(in_sentence, sentence, m.start()) if unit == "percent" else None,
                                minerals or para_minerals,
                            )
                        )
    return figures, facts, uses


def _table_facts(article: Article, block: Block, index: MentionIndex) -> list[TableFact]:
    """Rows whose first cell names an entity become header/value facts about that entity."""
    mentions = index.in_passage(block.passages[0].anchor) if block.passages else []
    header_mentions = [m for m in mentions if block.passages[0].is_header and m.sentence == block.passages[0].text]
    header_holders = {}
    for i, cell in enumerate(block.header):
        header_holders[i] = next((m.key for m in header_mentions if COUNTRY.owns(m.key) and m.surface in cell), None)
    out = []
    for passage in block.passages:
        if passage.is_header or not passage.cells:
            continue
        first = passage.cells[0]
        keys = [
            m.key for m in mentions if m.sentence == passage.text and m.surface in first and not COUNTRY.owns(m.key)
        ]
        if not keys:
            continue
        for i, cell in enumerate(passage.cells[1:], start=1):
            header = block.header[i] if i < len(block.header) else f"Column {i + 1}"
            out.append(TableFact(article.id, passage.anchor, keys[0], header, cell, header_holders.get(i)))
    return out
