"""Where a claim is said. Every record recognition makes extends one of these, so every fact the
site shows can be cited: a footnote to the article's paragraph, and the sentence verbatim."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Evidence:
    """The article (its id) and the paragraph (its anchor) that say it."""

    article: str
    anchor: str


@dataclass(frozen=True)
class Quote(Evidence):
    """Evidence with the sentence that says it, verbatim."""

    sentence: str
