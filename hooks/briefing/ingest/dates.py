"""Stage 1, ingest (dates): how pages print dates and times, and the words of a time stamp.

English month names as datelines and stamps print them (capitalised); other languages' months, which a
wire's dateline prints in lower case ("ROETOWN, 21 ago (Agency) —"), apart: they are read in datelines only.
"""

from __future__ import annotations

import re

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# "ago" (agosto), "août", "mär", "okt": Spanish, Portuguese, French, Italian, German and Indonesian months, each
# in full or cut short
FOREIGN_MONTH = (
    r"(?i:ene(?:ro)?|feb(?:rero)?|fev(?:ereiro)?|f[ée]vr(?:ier)?|febbraio|febr?|m[aä]r(?:zo|ço|s|z)?|abr(?:il)?|"
    r"avr(?:il)?|apr(?:ile)?|may(?:o)?|mai(?:o)?|mag(?:gio)?|jun(?:io|ho|i)?|juin|giu(?:gno)?|jul(?:io|ho|i)?|"
    r"juil(?:let)?|lug(?:lio)?|ago(?:sto)?|ao[uû]t|agu(?:stus)?|aug(?:ust)?|sep(?:t(?:iembre|embre|embro|ember)?)?|"
    r"set(?:embro|tembre)?|oct(?:ubre|obre)?|out(?:ubro)?|ott(?:obre)?|okt(?:ober)?|nov(?:iembre|embro|embre|ember)?|"
    r"dic(?:iembre|embre)?|dez(?:embro|ember)?|d[ée]c(?:embre)?|des(?:ember)?|jan(?:vier|eiro|uar|uari)?|"
    r"genn(?:aio)?|gen|mei)\.?"
)
# "Senin, 02 Maret 2020 | 10:15 WIB": a weekday in another language opens a stamp, not a dateline's place
FOREIGN_WEEKDAY = re.compile(
    r"(?i:senin|selasa|rabu|kamis|jumat|sabtu|minggu|lunes|martes|mi(?:[ée]|\S{1,2})rcoles|jueves|viernes|s(?:[áa]|\S{1,2})bado|domingo|"
    r"segunda(?:-feira)?|ter[çc]a(?:-feira)?|quarta(?:-feira)?|quinta(?:-feira)?|sexta(?:-feira)?|lundi|mardi|"
    r"mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
)
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# A calendar date as printed: "January 24, 2019", "24 January 2019", "Jan 24", "2022-06-13" (also glued to a
# label before it: "Verdean2022-06-13").
DATE = re.compile(
    rf"(?:(?<![\d-])(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)|\b(?P<md>{MONTH}\s+{DAY})(?:,?\s+(?P<y1>(?:19|20)\d\d))?"
    rf"|\b(?P<dm>{DAY},?\s+{MONTH})(?:,?\s+(?P<y2>(?:19|20)\d\d))?)\b",
    re.IGNORECASE,
)
TIME = re.compile(
    r"\b(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\.?)?(?:\s+(?:[A-Z]{2,4}|GMT[+-]?\d*))?\b|\b\d{1,2}\s*[ap]\.?m\.?\b",
    re.IGNORECASE,
)
# What is left of a time-stamp line once its dates and times are taken out.
# fmt: off
STAMP_WORDS = {"updated", "published", "posted", "last", "on", "at", "ago", "an", "a", "hour", "hours", "minute",
               "minutes", "min", "mins", "day", "days", "week", "weeks", "yesterday", "today", "read", "reading",
               "time", "edt", "est", "gmt", "utc", "ist", "cet", "bst", "pst", "jst", "kst", "wib", "date", "modified",
               "first", "am", "pm", "just", "now", "month", "months", "year", "years", "and", "of", "length",
               "publish", "local", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
               "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "asked", "answered",
               "tabled", "view", "source", "released"}
# fmt: on
