"""Stage 1, ingest (stamps): lines that are only a date, a time or "Updated … ago", and a dated label.

A stamp is page chrome; a dateline ("Verde City, July 3rd, 2024, 5:35 p.m.") opens with a place and is the
story's, kept where it stands.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .dates import FOREIGN_MONTH, FOREIGN_WEEKDAY

_DURATION = re.compile(
    r"\b\d+\s+(?:min|mins|minutes?|hours?|days?)\b|\b\d+\s+(?:weeks?|months?|years?)\s+ago\b", re.IGNORECASE
)
# "Mis à jour il y a 9 h", "hace 3 horas", "vor 2 Stunden", "2 jam yang lalu": "Updated … ago" in other languages.
_FOREIGN_AGO = re.compile(
    r"(?:(?:mis\s+à\s+jour|publié|actualizado|publicado|atualizado|aktualisiert|diperbarui)\s+)?"
    r"(?:(?:il\s+y\s+a|hace|há|vor)\s+\d+\s*(?:h|min|heures?|minutes?|jours?|horas?|minutos?|d[ií]as?|Stunden?|"
    r"Minuten?|Tag(?:en)?)|\d+\s+(?:jam|menit|hari)\s+(?:yang\s+)?lalu)\.?",
    re.IGNORECASE,
)
# "Publié le 3 mai 2021 Lecture : 2 minutes.", "Publicado el 3 de mayo de 2024 10:00": a stamp in another language
_FOREIGN_PUBLISHED = re.compile(
    r"(?:publi[ée]|mis\s+à\s+jour|publicad[oa]|actualizad[oa]|atualizad[oa]|ver[öo]ffentlicht|aktualisiert|diterbitkan)"
    rf"\s+(?:le|el|em|am|en|on|pada)?\s*(?:{FOREIGN_WEEKDAY.pattern},?\s+)?"  # "Publié le jeudi, 13 mars 2025"
    rf"\d{{1,2}}(?:er)?\.?\s+(?:de\s+)?{FOREIGN_MONTH}(?:\s+de)?\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
# "5 Novembre 2021", "Jueves, 3 de mayo de 2024", "12. März 2023": a date alone on its line, in another language
_FOREIGN_DATE = re.compile(
    rf"\W*(?:{FOREIGN_WEEKDAY.pattern},?\s+)?\d{{1,2}}(?:er|º)?\.?\s+(?:de\s+)?{FOREIGN_MONTH}(?:\s+de)?\s+(?:19|20)\d\d\W*"
    rf"|\W*{FOREIGN_WEEKDAY.pattern},?\s+{FOREIGN_MONTH}\s+\d{{1,2}},?\s+(?:19|20)\d\d\W*",  # "miércoles, abril 17, 2024"
    re.IGNORECASE,
)
# "2023年2月14日星期二 10:15": a date as pages in Han script print it, a weekday and a time after it
_CJK_DATE = re.compile(
    r"\s*(?:19|20)\d\d年\d{1,2}月\d{1,2}日\s*(?:[(（]?(?:星期|周|週)?[一二三四五六日天月火水木金土][)）]?)?\s*(?:\d{1,2}:\d{2})?\s*"
)
_SECTION_BEFORE = re.compile(r"[A-Z][\w&]*(?:\s+[A-Z][\w&]*){0,2}\s+[-–|]\s+(?=(?:Published|Updated|Posted)\b)")
_CLOCK_BEFORE = re.compile(r"^\s*\d{1,2}:\d{2}\s*[|·•–-]\s*")
_DATELINE_PLACE = re.compile(
    r"(?!(?:"
    + lx.MONTH
    + r"|(?:Mon|Tue(?:s)?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?|Updated|Published|Posted|Released)\b)"
    r"[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+)?,\s+(?=" + lx.MONTH + r"|\d)"
)


def _is_stamp(text: str) -> bool:
    """A line of dates, times and "Updated … ago" words only (and a place, after a date and a time)."""
    if not (lx.DATE.search(text) or lx.TIME.search(text) or _DURATION.search(text)):
        return False
    rest = lx.TIME.sub(" ", lx.DATE.sub(" ", text))
    others = [w for w in lx.WORD.findall(rest) if w.casefold() not in lx.STAMP_WORDS]
    dated_and_timed = bool(lx.DATE.search(text) and lx.TIME.search(text))
    return not others or (
        dated_and_timed
        and len(others) <= 3
        and all(w[:1].isupper() and (w[1:].islower() or w.isupper() and len(w) <= 5) for w in others)
    )


_SECTION = re.compile(r"(?!By\b)[A-Z][\w&'’-]*(?:\s+[\w&'’-]+){0,3}|\d+\s+[Cc]omments?")


def _stamp_and_sections(text: str) -> bool:
    """A line of parts between bars, a stamp among them and every other part a section's short name."""
    parts = [part.strip() for part in text.split("|") if part.strip()]
    stamps = [_is_stamp(part) for part in parts]
    return any(stamps) and all(
        is_stamp or _SECTION.fullmatch(part) for part, is_stamp in zip(parts, stamps, strict=True)
    )


# "June 5, 2020 in Asia Mining, Cobalt, Critical Minerals": a post's date and the categories it is filed in
_WORDS = r"[A-Z][\w&'’/.-]*(?:\s+(?:[A-Z][\w&'’/.-]*|and|of|&|the))*"
_CATEGORIES_AFTER = re.compile(rf"\s+in\s+(?:{_WORDS}\s*,\s*){{2,}}{_WORDS}")
TICKER = "a market price (a ticker)"
# A market ticker's items, a line each: "39,1454", "-0.02 %Euro" (a change glued to the next item's name), "%Silver";
# glued, even in a table (a table of plain figures is the article's).
GLUED_QUOTE = re.compile(r"[+-]?\d+(?:[.,]\d+)?\s?%[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|%[A-Z][a-z]+(?:\s[A-Z][a-z]+)?")
MARKET_QUOTE = re.compile(rf"[+-]?\d{{1,3}}(?:[.,]\d{{3}})*[.,]\d{{2,4}}\s?%?|{GLUED_QUOTE.pattern}")


def stamp_reason(text: str, n: int, sentence: bool) -> str | None:
    """Why a line of `n` words is a stamp, or None: a time stamp, not after the hour a dateline
    ("14:11 | Verde, Sep. 9."); a numeric date with a label ("Assembly sit 16/04/2024", "Status:
    01.02.2021 5:32 p.m.", whose "p.m." ends it like a sentence)."""
    if n <= 8 and _FOREIGN_AGO.fullmatch(text):
        return "time stamp"
    if n <= 3 and MARKET_QUOTE.fullmatch(text):
        return TICKER
    if (
        n <= 12
        and _FOREIGN_PUBLISHED.match(text)
        or n <= 6
        and _FOREIGN_DATE.fullmatch(text)
        or _CJK_DATE.fullmatch(text)
    ):
        return "time stamp"
    if len(text.split()) <= 6 and lx.DATE.search(text) and not re.search(r"[A-Za-z]", lx.DATE.sub("", text)):
        return "time stamp"  # "မဲခေါင် 3 May - 2023": a date, and the outlet's name in another script
    if n <= 14 and _is_stamp(text) and not _DATELINE_PLACE.match(_CLOCK_BEFORE.sub("", text)):
        return "time stamp"
    if n <= 14 and (section := _SECTION_BEFORE.match(text)) and _is_stamp(text[section.end() :]):
        return "time stamp"  # "Verde News - Published on Fri, 5 May 2018": a section's name, then the stamp
    if n <= 5 and (date := lx.DATE.match(text)) and _SECTION.fullmatch(text[date.end() :].strip()):
        return "time stamp"  # "Mar 07, 2018 News": the stamp, then the story's section
    if not sentence and (date := lx.DATE.match(text)) and _CATEGORIES_AFTER.fullmatch(text.rstrip(), date.end()):
        return "time stamp"
    if n <= 14 and "|" in text and _stamp_and_sections(text):
        return "time stamp"  # "April 18th, 2019|Mining News|": the stamp, then the story's section between bars
    timed = lx.TIME.search(text)
    if (not sentence or n <= 4 and timed) and lx.NUMERIC_DATE.search(text) and (n <= 4 or n <= 8 and timed):
        return "a date with a label (a calendar entry)"
    return None


# "3 May 2022 Jane Doe", "Jul, 06, 2022 Posted by Jane Doe": the author's name after a date; "Verde Mining News - May 17": the outlet before it.
_NAME_AFTER_DATE = re.compile(
    r"\s*[|,·•–—-]?\s*(?:By\s+|Posted\s+by\s+)?[A-Z][a-z][\w'’-]*(?:\s+[A-Z]\.)?\s+[A-Z][a-z][\w'’-]+\s*"
)
# "Jul, 06, 2022": a date with a comma after its month, as some sites print it.
_COMMA_DATE = re.compile(rf"\s*{lx.MONTH},\s+\d{{1,2}},\s+(?:19|20)\d\d")
_OUTLET_BEFORE_DATE = re.compile(
    r"[A-Z](?:[\w&'’.-]*\s+(?:(?:of|the|and|&)\s+)?){1,5}"
    r"(?:News|Times|Post|Journal|Weekly|Daily|Review|Wire|Monitor|Herald|Tribune)\s*[|,·•–—/-]\s*"
)
_ISSUE = re.compile(rf"{lx.MONTH}\s+(?:19|20)\d\d/?")  # "The Verde Mining Journal /July 2016/": a journal's issue


# "2018-08-01 09:52:26 VERDE ALUMINIUM LTD": a stamp, then the publisher in capitals; "General15/10/2025Verde
# NewsVerde News": a section, the date and the outlet run together
_CAPITALS_AFTER_STAMP = re.compile(r"\s+(?:\d{1,2}:\d\d(?::\d\d)?\s+)?[A-Z][A-Z&.'’-]+(?:\s+[A-Z][A-Z&.'’-]+){1,5}")
_GLUED_DATE = re.compile(r"[A-Za-z]\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d[A-Z]")


def dated_credit(text: str) -> bool:
    """A short line of a date and who wrote or published the page: a credit, not the story's."""
    if (date := lx.DATE.match(text) or _COMMA_DATE.match(text)) and _NAME_AFTER_DATE.fullmatch(text, date.end()):
        return True
    if (date := lx.DATE.match(text)) and _CAPITALS_AFTER_STAMP.fullmatch(text, date.end()) or _GLUED_DATE.search(text):
        return True
    outlet = _OUTLET_BEFORE_DATE.match(text)
    return bool(
        outlet and (lx.DATE.fullmatch(text.rstrip(), outlet.end()) or _ISSUE.fullmatch(text.rstrip(), outlet.end()))
    )


def ticker_rows(lines: list, reasons: list) -> list[int]:
    """The rows of a market ticker: a run of table rows two of which are glued quotes ("-0.02 %Euro") holds
    its prices and names too ("39,1454", "Dollar")."""
    found, run = [], []
    for i, line in enumerate([*lines, None]):
        if line is not None and line.structure == "row":
            run.append(i)
            continue
        if sum(reasons[k] == TICKER for k in run) >= 2:
            found += run
        run = []
    return found
