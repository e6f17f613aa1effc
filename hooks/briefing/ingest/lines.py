"""Stage 1, ingest (lines): what one line of a page is, read from its own words: a date stamp with
nothing after it, a dated standfirst in place of a headline, a list of tags, an agency's sign-off."""

from __future__ import annotations

import re

import pycountry

from . import lexicon as lx
from .chrome import Line
from .dates import MONTH
from .facts import AGENCY_PLACE
from .layout import Page, stamp_end
from .phrases import FUNCTION_WORDS
from .twice import phrase_repeated

# A news agency's name signing off a story's last paragraph: "… from November 1. – Reuters".
WIRES = (
    r"Reuters|AFP|AP|Bernama|Xinhua|Bloomberg|Anadolu|PTI|IANS|ANI|Kyodo|Yonhap|TASS|dpa|EFE|ANSA|Jiji|Antara|Sputnik"
)
WIRE_SIGN_OFF = re.compile(rf"[.!?”\"]\s*[–—-]{{1,2}}\s*(?:{WIRES})\s*$")

# A wire's rate note under the story: "($1 = 1.3604 Ruritanian dollars)", "(1 euro = $1.08)".
RATE_NOTE = re.compile(r"\(\s*(?:[$€£¥]|[A-Z]{1,3}\$|1\s)\s*1?\s*[\w ]{0,20}=\s*[$€£¥]?\s*[\d.,]+[\w .]{0,30}\)")


def signs_off(text: str) -> bool:
    """The story's last lines after the body: a paragraph signed by its agency, a wire's rate note."""
    return bool(WIRE_SIGN_OFF.search(text) or RATE_NOTE.fullmatch(text.strip()))


def stamp_only(line: Line) -> bool:
    """A date stamp with a few words after it ("date 2024-05-02 Updated"), not the story's dateline."""
    rest = line.text[stamp_end(line.text) :].strip()
    return (
        rest != line.text.strip()
        and not line.sentence
        and len(lx.WORD.findall(rest)) <= 8
        and not AGENCY_PLACE.fullmatch(rest)
    )


def stamped_deks(page, headline: int | None, first: int) -> set[int]:
    """A date stamp glued to a standfirst that the page gives in place of a headline (" date
    2019-12-27 The project got a boost with an agreement"): that line, above the headline that repeats
    its words or taken for the headline itself, is the article's first text too."""
    if headline is None:
        return set()
    own = page.lines[headline].text.strip()

    def dek(i: int) -> bool:
        text = page.lines[i].text
        rest = text[stamp_end(text) :].strip()
        return bool(stamp_end(text)) and len(rest.split()) >= 12 and (i == headline or rest == own)

    return {i for i in [*range(0, first - 1), headline] if dek(i)}


HASHTAGS = re.compile(r"\W*(?:#[^\W\d_][\w-]*[\s•·|,]*)+")


def tag_list(line: Line, stops: frozenset[str]) -> bool:
    """ "Manufacturing Canada COVID-19 Economy energy minerals mines": eight words or more, names and common
    words mixed, no little word, no punctuation (a headline in sentence case has its little words)."""
    words = line.words
    if HASHTAGS.fullmatch(line.text):
        return True  # "#Sonora •", "#lithium #Verde"
    return (
        len(words) >= 8
        and line.structure == "text"  # not a table's row
        and "the" in stops  # an English page: the little words below are English
        and not re.search(r"[.!?:;,]", line.text)
        and not any(w.casefold() in FUNCTION_WORDS for w in words)
        and sum(w[:1].islower() for w in words) >= 2
        and sum(w[:1].isupper() for w in words) >= 2
    )


HOME_ADDRESS = re.compile(r"(?:https?://|www\.)[\w.-]+/?")


def site_home(text: str) -> bool:
    """A site's bare address ("http://news.example.com"): the page's masthead, the site's name under it."""
    return bool(HOME_ADDRESS.fullmatch(text.strip()))


# "VERDE CITY" alone right above the first paragraph: the story's dateline, on its own line (not a wire's name).
PLACE_ALONE = re.compile(
    r"(?!(?:REUTERS|XINHUA|BERNAMA|IANS|TASS|KUNA|SANA|YONHAP|KYODO)\b)[A-Z]{4,}(?:[ -][A-Z]{3,})?"
)
OPENS_TEXT = re.compile(  # the text's heading
    r"(?:executive\s+)?summary|overview|background|introduction|abstract|key\s+(?:takeaways|points|findings|highlights)"
)


def opens_the_text(page: Page, i: int, start: int) -> bool:
    """Right above the first paragraph: its dateline alone ("VERDE CITY"), its heading ("Summary")."""
    text = page.lines[i].text.strip()
    return i + 1 == start and bool(PLACE_ALONE.fullmatch(text) or OPENS_TEXT.fullmatch(page.lines[i].norm))


# A section's name and a slash before a headline: "Verde / Andina Points To Demand As Reason For Deal".
SECTION_KICKER = re.compile(r"^[A-Z][\w&.]*(?:\s+[A-Z][\w&.]*){0,2}\s+/\s+(?=[A-Z])")
# A wire's credit glued to the end of a headline by a copying site: "Andina says X has agreed to … By Reuters".
WIRE_AFTER_HEADLINE = re.compile(rf"(?<=[a-z0-9%’'”\"])\s+By\s+(?:{WIRES}|Dow Jones)\s*$")
# A copying site's credit after a headline: "Verde to supply lithium to Andina (Mining Weekly – June 5, 2020)".
SOURCE_AFTER_HEADLINE = re.compile(rf"\s+\((?:[A-Z][^()]{{0,60}}?\s+[–—-]\s+)?{MONTH}\s+\d{{1,2}},\s+\d{{4}}\)\s*$")
# A post's counters glued before its headline: "522  0 Kommentare Andina buys …" (views, then comments).
COUNTERS_BEFORE = re.compile(
    r"^(?:\d[\d.,]*\s+){1,3}(?:Kommentare?|comments?|commentaires?|comentarios?|comentários?|komentar)\s+(?=\S)", re.I
)


# A post's counters: "10 hours ago", "23 Views", "0 comments".
COUNTER = re.compile(
    r"\b\d[\d,.]*\s*(?:(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago|views?|comments?|shares?|"
    r"likes?|reads?)\b",
    re.IGNORECASE,
)


def counters(line: Line) -> bool:
    """A forum's or blog's line of counters, with a user's or section's name: two counters or more
    ("Forum Zoneby Jane 10 hours ago 23 Views 0 comments"), not a sentence."""
    return len(line.words) <= 16 and not line.sentence and len(COUNTER.findall(line.text)) >= 2


# Languages by their English names ("In Bulgarian In Albanian …"): those with a two-letter code, the ones a site offers.
_LANGUAGE_NAMES = frozenset(lang.name for lang in pycountry.languages if hasattr(lang, "alpha_2"))


def language_choice(line: Line) -> bool:
    """A site's choice of languages: three language names or more and nothing else ("In Bulgarian In Albanian
    In Serbian", "English | Français | Español" in English names)."""
    words = [w for w in re.findall(r"[^\W\d_]+", line.text) if w.casefold() != "in"]
    return 3 <= len(words) <= 20 and all(w in _LANGUAGE_NAMES for w in words)


def furniture(line: Line) -> str | None:
    """Why a line is the page's furniture wherever it stands, or None."""
    if counters(line):
        return "page furniture (a post's counters)"
    if language_choice(line):
        return "page furniture (a choice of languages)"
    if phrase_repeated(line.text):
        return "caption or photo credit (one phrase printed again and again)"
    return None
