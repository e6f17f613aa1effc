"""When deals happened, as their sources date them: the timeline's order is decided here.

A date is shown as reported; this only places it. A phrase with a year is placed by it; a month
or "this week"-style phrase is placed only when the article's own date is known.
"""

from __future__ import annotations

import datetime as dt
import re

from ..kinds import DEAL, POLICY
from .briefing import Briefing

# fmt: off
MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december"], start=1)}
# fmt: on


def date_key(phrase: str | None, published: dt.date | None) -> tuple | None:
    """(year, month, day) a phrase states or, for "this week"-style phrases, the article's date implies."""
    if not phrase:
        return None
    text = phrase.lower()
    year = re.search(r"\b(19|20)\d{2}\b", text)
    month = next((n for m, n in MONTHS.items() if m in text), None)
    day = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)", text.replace(year.group(0), "") if year else text)
    if year:
        return (int(year.group(0)), month or 0, int(day.group(1)) if (day and month) else 0)
    if published and month:
        return (published.year, month, int(day.group(1)) if day else 0)
    if published and re.search(r"\b(?:this|last|earlier this) (?:week|month)\b", text):
        return (published.year, published.month, 0)
    return None


TIMED = (DEAL, POLICY)  # the kinds on the timeline


def dated_sightings(briefing: Briefing) -> tuple[list[tuple], list[tuple]]:
    """Deal and policy sightings that state a date: (date key, sighting, entity) newest first, and
    those whose date cannot be placed (key None), in reading order."""
    dated, undated = [], []
    for deal in (e for kind in TIMED for e in briefing.of_kind(kind)):
        for s in deal.sightings:
            if not s.date:
                continue
            key = date_key(s.date, briefing.article(s.article).meta.date)
            (dated if key else undated).append((key, s, deal))
    dated.sort(key=lambda r: (r[0], r[2].name), reverse=True)
    return dated, undated
