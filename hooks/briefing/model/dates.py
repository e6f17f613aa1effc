"""Dates as sources report them, placed where they can be: a leaf module (the timeline, the
entities' status sequences and the emitters use it; it uses nothing of theirs).

A date is shown as reported; this only places it. A phrase with a year is placed by it; a month
or "this week"-style phrase is placed only when the article's own date is known.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

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


@dataclass(frozen=True)
class StatusStep:
    """One status a deal or policy is reported in, when (as reported, if at all), and where."""

    status: str
    date: str | None  # the sighting's own date phrase, else its article's date; None when neither
    key: tuple | None  # where the timeline places it; None for a date it cannot place ("this week")
    where: tuple[tuple[str, str], ...]  # (article, anchor) of each paragraph that reports it


def status_sequence(briefing, entity) -> list[StatusStep]:
    """The statuses the sources report, as a sequence: placed dates oldest first (the order things
    happened), then those with no placeable date, furthest along first. The same on every page
    that shows a status: the deal's or policy's page, the home page, the timeline, the indexes."""
    found: dict[tuple[str, str | None], list] = {}
    keys: dict[tuple[str, str | None], tuple | None] = {}
    for s in entity.sightings:
        if not s.status:
            continue
        published = briefing.article(s.article).meta.date
        date = s.date or (published.isoformat() if published else None)
        key = date_key(s.date, published) if s.date else (published.timetuple()[:3] if published else None)
        step = (s.status, date)
        places = found.setdefault(step, [])
        if (s.article, s.anchor) not in places:
            places.append((s.article, s.anchor))
        keys[step] = keys.get(step) or key
    steps = [StatusStep(status, date, keys[(status, date)], tuple(where)) for (status, date), where in found.items()]
    rank = entity.status_rank
    placed = sorted((s for s in steps if s.key), key=lambda s: (s.key, rank.get(s.status, 9)))
    unplaced = sorted((s for s in steps if not s.key), key=lambda s: (rank.get(s.status, 9), s.date or ""))
    return placed + unplaced
