"""Stage 1, ingest (facts): metadata the page itself prints, read from its dateline, stamps and credits.

Used only where `site_data/sources.yml` (or front matter) is silent, and shown as found in the
article. Nothing is guessed: a dateline without a year gives no date, only the date as printed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import pycountry

from . import lexicon as lx
from .chrome import Dropped
from .dates import FOREIGN_WEEKDAY

_MONTHS = {
    m: i
    for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)
}


@dataclass(frozen=True)
class PageFacts:
    """What the page states about itself: its date, dateline, credits and publisher."""

    date: dt.date | None = None
    dateline: str | None = None  # as printed: "HANOI, September 8"
    place: str | None = None
    credits: tuple[str, ...] = ()  # bylines and reporting credits, verbatim
    publisher: str | None = None  # the holder named in a © footer


@dataclass(frozen=True)
class Dateline:
    text: str  # the dateline as printed, without its separator
    place: str
    date: dt.date | None
    end: int  # where the story's own words start


def parse_date(text: str) -> dt.date | None:
    """The first full calendar date (with a year) printed in `text`."""
    for m in lx.DATE.finditer(text):
        try:
            if m.group("iso"):
                return dt.date.fromisoformat(m.group("iso"))
            month_day, year = (m.group("md"), m.group("y1")) if m.group("md") else (m.group("dm"), m.group("y2"))
            if not year:
                continue
            parts = re.findall(r"[A-Za-z]+|\d+", month_day)
            month = next(_MONTHS[p[:3].casefold()] for p in parts if p[:3].casefold() in _MONTHS)
            day = int(next(p for p in parts if p.isdigit()))
            return dt.date(int(year), month, day)
        except (ValueError, StopIteration):
            continue
    return None


def dateline_alone(text: str) -> bool:
    """A dateline with no word after it, on a line of its own ("Verde City, May 9, 2023.")."""
    return bool((d := find_dateline(text.strip())) and not lx.WORD.search(text.strip()[d.end :]))


# A country's names, for a dateline that is a place and its country alone ("Roetown, Mongolia").
_COUNTRY_NAMES = frozenset(
    n.casefold() for c in pycountry.countries for n in (c.name, getattr(c, "common_name", None)) if n
)
_PLACE_THEN_COUNTRY = re.compile(
    r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2},\s+(?P<state>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3})"
)


def place_and_country(text: str) -> bool:
    """A line that is a town and its country only ("Roetown, Mongolia"): the story's dateline on its own line."""
    m = _PLACE_THEN_COUNTRY.fullmatch(text.strip())
    return bool(m) and m["state"].casefold() in _COUNTRY_NAMES


def leading_stamp(text: str) -> int:
    """Length of a date stamp glued to the start of the text ("date 2025-09-08 "), else 0."""
    m = lx.LEADING_STAMP.match(text)
    return m.end() if m else 0


DATELINE_REACH = 160
# "Wire, BORDURIA" on a line of its own: a wire agency's name, then the place in capitals (a dateline,
# as some dailies print it).
AGENCY_PLACE = re.compile(r"(?P<agency>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?),\s+(?P<place>[A-Z]{3,}(?:\s+[A-Z]{3,}){0,2})")


# "Berlin (ots)" on a line of its own: a place, then a wire's name in brackets (in lower case, or a known wire's).
PLACE_AGENCY = re.compile(
    r"(?P<place>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2})\s+\((?:[a-z]{2,5}|AFP|AP|Reuters|Xinhua|dpa|ANI|PTI|IANS|"
    r"Bernama|Anadolu|TASS|Kyodo|Yonhap|EFE|ANSA|Antara|Bloomberg)\)"
)


def bare_place_before_dash(m: re.Match, place: str) -> bool:
    """A DATELINE match whose place stands before a hyphen or a colon with no capitals, date or wire: no dateline
    ("Lithium - a primer", "Note: …", "Niger - Uranium - New Players": a headline's parts); "DAVOS, Switzerland:" has
    its town in capitals."""
    capitals = place.split(",")[0].isupper()
    return bool((m.group("hyphen") or m.group("colon")) and not (capitals or m.group("date") or m.group("agency")))


def find_dateline(text: str) -> Dateline | None:
    """The dateline a story opens with, after any glued date stamp."""
    skip = leading_stamp(text)
    # A dateline is short: the pattern reads the text's start only, whatever the text's length.
    head = text[skip : skip + DATELINE_REACH]
    if (alone := AGENCY_PLACE.fullmatch(head.strip()) or PLACE_AGENCY.fullmatch(head.strip())) and len(
        text
    ) - skip <= DATELINE_REACH:
        return Dateline(head.strip(), alone.group("place"), None, len(text))
    if wire := lx.WIRE_DATE.match(head):  # "(Newswire – Dec. 11, 2017) – Text": a date, no place
        return Dateline(wire.group(0).strip(" –—-"), "", parse_date(wire.group("date")), skip + wire.end())
    if outlet := lx.OUTLET_DATE.match(head):  # "Verde Tech Press (Oct 24) -- Text": an outlet, its day
        date = parse_date(outlet.group("date")) if outlet.group("year") else None
        return Dateline(outlet.group(0).strip(" –—-"), "", date, skip + outlet.end())
    m = lx.DATELINE.match(head)
    if not m or (m.end() == len(head) < len(text) - skip):
        return None
    place = next(
        (m.group(g) for g in ("place", "place3", "place7", "place8", "place9", "place10", "place12") if m.group(g)), ""
    )
    if m.group("date4"):  # "Aug 21 (Wire) -": a wire dateline without its place
        return Dateline(text[skip : skip + m.end()].rstrip(" |–—-:/").strip(), "", None, skip + m.end())
    if FOREIGN_WEEKDAY.fullmatch(place):
        return None  # "Senin, 02 Maret 2020 |": a stamp
    if not place.isupper() and (agency := re.search(r"\s+[A-Z]{3,6}$", place)):
        place = place[: agency.start()]  # "Verde City WIRE —": the broadcaster's name after its place
    words = lx.WORD.findall(place)
    # A place is one to four words in capitals; a sentence's opening words are not a dateline
    if (
        not words
        or len(words) > 5
        or not all(w[0].isupper() or w in ("de", "del", "da", "es", "el", "al") for w in words)
    ):
        return None
    if bare_place_before_dash(m, place):
        return None  # "Lithium - a primer" or "Note: …" are not datelines
    if m.group("sep") in ("–", "—") and not (m.group("date") or m.group("agency") or place.isupper()):
        rest = text[skip + m.end() :].rstrip()
        if lx.WORD.search(rest) and not rest.endswith((".", "!", "?", "”", '"', ":")):
            return None  # "Ruritania – Borduria Framework for …": a headline naming two places, no story
    end = skip + m.end()
    if wire := lx.WIRE_DATE.match(text, end - 1 if text[end - 1 : end] in "–—-" else end):
        end = wire.end()  # "SASKATOON, REGION–(Newswire – Dec. 11, 2017) – Text"
    printed = text[skip:end].rstrip(" |–—-:/").strip()
    return Dateline(printed, place.strip(), parse_date(printed), end)


def split_dateline(texts: list[str]) -> int:
    """ "Verde City" / "WIRE" / "—": where the dash closes the broadcaster's dateline that the first of `texts`
    opens, printed a part a line (its index in `texts`); 0 when they open none."""
    dash = next((k for k, text in enumerate(texts[:4]) if text.strip() in ("—", "–", "-")), 0)
    return dash if dash and find_dateline(" ".join(text.strip() for text in texts[: dash + 1])) else 0


def glue_split_datelines(numbered: list[tuple[int, str]], keep: set[int]) -> list[tuple[int, str]]:
    """The kept lines, a broadcaster's dateline printed a part a line ("Verde City" / "WIRE" / "—") run into
    the paragraph under it, as the page shows it ("Verde City WIRE — The …"): one dateline, not headings."""
    lines = [(n, t) for n, t in numbered if t.strip()]
    glued: dict[int, str] = {}
    for k in range(len(lines)):
        dash = k + split_dateline([t for _, t in lines[k : k + 4]])
        if k < dash < len(lines) - 1 and all(m in keep for m, _ in lines[k:dash]) and lines[dash + 1][0] in keep:
            dateline = " ".join(t.strip() for _, t in lines[k : dash + 1])
            glued |= {m: "" for m, _ in lines[k:dash]} | {lines[dash + 1][0]: f"{dateline} {lines[dash + 1][1]}"}
            break  # a story has one dateline
    return [(n, glued.get(n, t)) for n, t in numbered if (not t.strip() or n in keep) and glued.get(n) != ""]


def page_facts(
    first_text: str | None, headline: str | None, dropped: list[Dropped], inline_credits: list[str]
) -> PageFacts:
    """Date, dateline and credits from the first paragraph, the headline and the dropped lines."""
    date = None
    dateline = find_dateline(first_text) if first_text else None
    stamp = leading_stamp(first_text or "")
    if stamp:
        date = parse_date(first_text[:stamp])
    if date is None and dateline:
        date = dateline.date
    if date is None and headline and (m := lx.TRAILING_DATE.search(headline)):
        date = parse_date(m.group("iso"))
    if date is None:
        date = next((d for x in dropped if (d := _date_of_dropped(x))), None)
    credits = [x.text.strip() for x in dropped if x.reason == "byline or credit"] + inline_credits
    return PageFacts(
        date,
        dateline.text if dateline else None,
        (dateline.place or None) if dateline else None,
        tuple(dict.fromkeys(credits)),
        copyright_holder([x.text for x in dropped]),
    )


def _date_of_dropped(line: Dropped) -> dt.date | None:
    """The date a dropped time stamp or credit prints, or a date stamp glued to any dropped line."""
    if line.reason in ("time stamp", "byline or credit"):
        return parse_date(line.text)
    stamp = leading_stamp(line.text)
    return parse_date(line.text[:stamp]) if stamp else None


def copyright_holder(lines: list[str]) -> str | None:
    """The holder named in a copyright footer ("Copyright © X ..."), which states the publisher."""
    for line in lines:
        m = re.search(
            r"(?:copyright|©|ⓒ|\(c\))\s*(?:©|ⓒ|\(c\))?\s*(?:\d{4}\s*)?([^\s,.|]+(?:\s+[A-Z][\w&]+)*)",
            line,
            re.IGNORECASE,
        )
        if m and not re.fullmatch(r"\d+|all", m.group(1), re.IGNORECASE):
            return m.group(1)
    return None
