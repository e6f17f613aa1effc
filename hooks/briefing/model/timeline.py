"""When deals happened, as their sources date them: the timeline's order is decided here.

A date is shown as reported; this only places it. A phrase with a year is placed by it; a month
or "this week"-style phrase is placed only when the article's own date is known.
"""

from __future__ import annotations

from ..kinds import DEAL, POLICY
from .briefing import Briefing
from .dates import date_key

__all__ = ["TIMED", "date_key", "dated_sightings"]

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
