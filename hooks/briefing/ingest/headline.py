"""Stage 1, ingest (headline): which line above the article's prose is its headline.

A headline is a title-like line above the first paragraphs that is about what they are about; a
teaser of another story, a site's tagline, a picture's description or an issuer's name is not.
"""

from __future__ import annotations

import re
from collections import Counter

from . import lexicon as lx
from .chrome import Line
from .headline_shape import (
    BUTTON_AFTER,
    EDITOR_TAG,
    SECTION_BEFORE,
    asked,
    may_be_headline,
    title_question,
    two_part_opening,
)
from .layout import Page, stamp_end, stem_of
from .pictures import alt_text

# "… industry jobs 2 mins read": a reading time glued to the headline's end.
GLUED_READING_TIME = re.compile(r"\s+\d+\s*(?:min|mins|minutes?)\.?\s+read\s*$", re.IGNORECASE)
# The site's name and the date run into the headline's end: "… in Ruritania Metal Verde News – April 20, 2022".
SITE_AND_DATE_AFTER = re.compile(
    rf"\s+(?:The\s+)?(?:[A-Z][\w.&'’-]*\s+){{0,2}}{lx.SITE_HEAD}\s+[–—|-]\s+(?:{lx.MONTH}\s+\d{{1,2}},?|\d{{1,2}}\s+{lx.MONTH})"
    r"\s+(?:19|20)\d\d\s*$"
)
# A source's address run into the headline's end: "… sign MoU on copper www.verde.gov.rt".
ADDRESS_AFTER = re.compile(r"\s+(?:https?://)?www\.[\w-]+(?:\.[\w-]+)+/?\s*$")
# A player's label before the headline: "Video In Ruritania, the copper rush …".
MEDIA_LABEL = re.compile(r"^\s*(?:Video|Watch|Audio|Podcast|Gallery|Photos)\s+(?=[A-Z“\"‘'](?:\S+\s+){4})")
# A picture's label glued to the headline by a colon: "NextImg:Verde Blocks …", "HeroImage:…".
PICTURE_LABEL = re.compile(r"^\s*[A-Za-z]*(?:Img|Image|Icon|Photo)[A-Za-z]*:(?=[A-Z“\"‘'])")
# A tracking pixel's fallback label run into the headline: "FB Pixel no scriptVerde relies on …".
PIXEL_BEFORE = re.compile(r"^\s*(?:FB|Facebook|Meta)\s*Pixel\s*(?:no\s*script)?\s*(?=[A-Z])")
# A news agency's bulletin number before its headline: "9/ Agreement Signed …".
ITEM_NUMBER = re.compile(r"^\s*\d{1,3}\s?/\s+(?=[A-Z\"“‘'])")
# Words in a paragraph no teaser has.
LONG_PARAGRAPH = 60
# "… told Verdeweb at a ceremony": the outlet the story was told to, whose name may follow its headline.
TOLD_TO = re.compile(r"\btold\s+(?:the\s+)?([A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2})")


def bare_headline(headline: str, outlets: set[str] = frozenset()) -> str:
    """The headline's own words: without a site's name after it ("… – Verde Finance", or one of the
    `outlets` the text names: "… – Verdeweb"), a date or a reading time glued to its end ("… Meeting
    2022-06-13", "… 2 mins read"), an agency's bulletin number, a section's name or a tracking pixel's label
    before it ("9/ …", "EU Policy. …", "FB Pixel no script…", "NextImg:…"), an editor's initials after it ("(xyz)")."""
    for outlet in outlets:
        headline = re.sub(rf"\s+[–—|-]\s+{re.escape(outlet)}\s*$", "", headline)
    headline = lx.TRAILING_DATE.sub("", lx.SITE_AFTER_HEADLINE.sub("", SITE_AND_DATE_AFTER.sub("", headline))).rstrip()
    headline = SECTION_BEFORE.sub("", GLUED_READING_TIME.sub("", EDITOR_TAG.sub("", headline)))
    headline = MEDIA_LABEL.sub("", ITEM_NUMBER.sub("", BUTTON_AFTER.sub("", ADDRESS_AFTER.sub("", headline)))).strip()
    headline = PICTURE_LABEL.sub("", PIXEL_BEFORE.sub("", headline))
    return headline[:-1].rstrip() if headline.endswith('"') and headline.count('"') % 2 else headline  # a stray mark


def pick_headline(page: Page, long_paragraphs: bool = False) -> int | None:
    """Above the first sentence of prose, the first title-like line that is about what the prose is
    about: two of its words or more are in the first paragraphs, and its words recur through the
    prose (half of them, or on average in 0.8 paragraphs or more). A teaser of another story shares a
    word or two. With `long_paragraphs`, the prose starts at the first long paragraph however few of
    its words the rest repeats (a teaser is a line or two; a long opening paragraph over a list of
    items or a report's findings is the article's)."""
    # (a headline's copies stand at the top: the first 40 lines are enough, and keep a long report linear)
    twice = {n for n, k in Counter(x.norm for x in page.lines[:40]).items() if k >= 2 and len(n) >= 20}
    prose = [
        i
        for i, x in enumerate(page.lines)
        if (x.sentence or x.structure == "text" and not x.clause)  # a paragraph cut off mid-sentence too: a paywall's
        and page.weights[i] > 1
        and not title_question(x)
        and not EDITOR_TAG.search(x.text)  # a paragraph does not end with an editor's initials
        and not BUTTON_AFTER.search(x.text)  # nor with a button's label
        and not _printed_twice(x, twice)
        and not (i and alt_text(page, i - 1))  # a picture's caption under its alternative text
        and not (x.text.endswith(".") and two_part_opening(i, x.text.strip()))  # a headline in two sentences
    ]
    # Teasers of other stories share few words with the page; in a short article every paragraph
    # shares few, so "few" is relative to the most cohesive paragraph.
    bar = min(0.18, 0.5 * max((page.cohesion[i] for i in prose), default=0.0))
    on_topic = [
        i
        for i in prose
        if page.cohesion[i] >= bar
        and len(page.lines[i].words) >= 10
        or long_paragraphs
        and len(page.lines[i].words) >= LONG_PARAGRAPH
    ] or [i for i in prose if page.cohesion[i] >= bar]
    top = on_topic[0] if on_topic else prose[0] if prose else len(page.lines)
    # The first paragraphs, and the points listed under the headline, say what the article is about.
    points = [i for i, x in enumerate(page.lines) if x.structure == "item" and page.weights[i] > 1]
    frequency = Counter(w for i in prose + points for w in page.content[i])
    first_paragraphs = _lede(page, [i for i in prose if i >= top])
    if all(page.lines[i].structure == "item" for i in first_paragraphs):  # a summary's points: the text below too
        first_paragraphs += [i for i in prose if i >= top and page.lines[i].structure == "text"][:2]
    lede = page.words(first_paragraphs + [i for i in points if i < top])
    prefixes = {w[:6] for w in frequency if len(w) >= 6}
    lede_figures = {f for i in [i for i in prose if i >= top][:2] for f in FIGURE.findall(page.lines[i].text)}
    # (a headline asked as a question above the prose is a "sentence" of its own)
    sentences = {page.lines[i].norm.rstrip(".") for i in prose if i >= top or not asked(page.lines[i])}
    # A line the page prints twice or more above its text (the page's title and its heading) is
    # tried first: a site's tagline or a teaser is printed once.
    copies = Counter(page.lines[i].norm for i in range(top))
    first = next((i for i in range(top) if may_be_headline(page, i)), top)
    candidates = sorted(
        (i for i in range(first, top) if may_be_headline(page, i)),
        key=lambda i: copies[page.lines[i].norm] < 2 or _picture_twice(page, i, first),
    )
    for i in candidates:
        text = page.lines[i].text
        words = {
            stem_of(w)
            for w in lx.WORD.findall(text[stamp_end(text) :])
            if len(w) > 2 and w.casefold() not in page.stops
        }
        if (
            not words
            or page.lines[i].norm.rstrip(".") in sentences
            or alt_text(page, i)
            or _tagline(page, i, top)
            or _issuer_label(page, i, top)
        ):
            continue  # a standfirst that repeats a paragraph of the article is not its headline
        # a figure the first paragraphs give ("$150 million") is a word of theirs, and a telling one
        figures = set(FIGURE.findall(text)) & lede_figures
        words |= figures
        # a word the prose writes in another form shares it too ("Kyrgyzstan" over "the Kyrgyz Government")
        shared = sum(frequency[w] > 0 or w in figures or w[:6] in prefixes for w in words) / len(words)
        # right above the prose, one word in the first paragraphs is enough ("Ruritania to export
        # graphite to Borduria" over "Andina, a listed firm, mines graphite …")
        next_to_prose = all(page.reasons[j] for j in range(i + 1, top))  # only chrome between
        adjacent = len(words) >= 3 and shared >= 0.75 and next_to_prose
        # the page's first line, right above a short lead, half its words the prose's (a blog's headline over its dek)
        opening = (
            i == 0
            and next_to_prose
            and len(words) >= 4
            and top < len(page.lines)  # (no prose at all: nothing to weigh it against)
            and len(page.lines[top].words) <= 20  # a dek, not the first paragraph
            and sum(frequency[w] > 0 for w in words) >= len(words) / 2
        )
        # a word the first paragraphs write in a longer form counts ("invest" over "investment")
        longer = sum(w not in lede and len(w) >= 5 and any(x.startswith(w) for x in lede) for w in words)
        in_lede = len(words & lede) + longer + 2 * len(figures) >= (1 if adjacent or opening else 2) or (
            copies[page.lines[i].norm] >= 2
            and len(words) >= 4
            and (not _picture_twice(page, i, -1) or i == first and len(words) >= 8)  # a long title twice on top
        )  # the page's title and its heading apart (not a picture's alt text over its caption): a feature's headline
        # over an opening that tells a story before it comes to the subject
        if in_lede and (
            sum(frequency[w] + (w in figures) for w in words) / len(words) >= 0.8
            or shared >= (0.5 if len(prose) >= 3 and not next_to_prose else 0.34)
            or copies[page.lines[i].norm] >= 2
            and len(words) >= 8
            and shared >= 0.25
        ):  # little prose, or nothing but chrome between it and the prose: less proof; a long title printed twice
            # above the text (the page's title and its heading) needs less
            below = next((j for j in range(i + 1, top) if not page.reasons[j]), None)
            if below in candidates and page.lines[below].text.rstrip().endswith("?"):
                i = below  # a series' title over the headline asked as a question ("Deep sea: a new divide?")
            return _fuller_copy(page, _without_site(page, i, top), top)
    sole = _sole_line_above(page, top, candidates)
    sole = sole if sole is not None else _over_its_dek(page, top, candidates)
    return sole if sole is not None else _two_word_headline(page, top, lede)


def _lede(page: Page, paragraphs: list[int]) -> list[int]:
    """The first paragraphs: two, or up to four while they hold fewer than 40 words (a feature that opens with
    two short lines on a person comes to its subject in the third)."""
    lede = paragraphs[:2]
    while len(lede) < min(4, len(paragraphs)) and sum(len(page.lines[i].words) for i in lede) < 40:
        lede.append(paragraphs[len(lede)])
    return lede


def _tagline(page: Page, i: int, top: int) -> bool:
    """A line the page signs its pictures with below the prose ("… 2024 - Verde Group - Critical Minerals
    Intelligence"): the site's tagline, not a headline."""
    ends = tuple(f"{bar}{page.lines[i].norm}" for bar in (" - ", " – ", " | "))
    return any(x.norm.endswith(ends) for x in page.lines[top:])


def _issuer_label(page: Page, i: int, top: int) -> bool:
    """A line that ends with the name the first paragraph opens with, four words or more ("News Verde Institute
    of Geoscience and Mines" over "Verde Institute of Geoscience and Mines (Dr. Jon Roe) signed …"), or is that
    name alone ("Verde Tsusho Corporation" over "Verde Tsusho Corporation (hereinafter …)"): the issuer's label over
    its release, not its headline."""
    words, opening = page.lines[i].words, page.lines[top].words if top < len(page.lines) else ()
    whole = len(words) >= 3 and tuple(words) == tuple(opening[: len(words)])  # "Verde Tsusho Corporation" alone
    return whole or any(words[-k:] == opening[:k] for k in range(4, len(words)))


def _picture_twice(page: Page, i: int, first: int) -> bool:
    """A line printed twice in a row below another title-like line is a picture's alternative text
    and caption (a headline's copies are the page's title and its heading, above the rest)."""
    return first < i and any(
        first < j < len(page.lines) and page.lines[j].norm == page.lines[i].norm for j in (i - 1, i + 1)
    )


def _sole_line_above(page: Page, top: int, candidates: list[int]) -> int | None:
    """A feature's headline may share no word with its text ("How the west's miners won over the
    capital"): the one title-like line left between the page's chrome and its first paragraph (not a
    paragraph of prose less on topic than the next)."""
    kept = [i for i in range(top) if not page.reasons[i]]  # (a page's first line is as often a site's label)
    if len(kept) != 1 or page.lines[kept[0]].sentence and page.weights[kept[0]] > 1:
        return None
    between = [page.reasons[j] for j in range(kept[0] + 1, top)]  # none, or its picture and its byline under it
    dated = "time stamp" in between and len(page.lines[kept[0]].words) >= 5  # the page's first line, dated under it
    signed = not between or "byline or credit" in between or dated
    return kept[0] if (0 < kept[0] or dated) and signed and kept[0] in candidates else None


def _over_its_dek(page: Page, top: int, candidates: list[int]) -> int | None:
    """A magazine's layout above its text: a headline, its dek (one short sentence) and the byline, in that order
    ("Ruritania Has Sewn Up a Market", "Verde firms seek partners in Andina.", "By Jane Doe"). The headline may share
    no word with the first paragraphs, which open on a scene."""
    i = next((i for i in range(top) if not page.reasons[i]), None)
    if i is None or i not in candidates or i + 2 >= len(page.lines):
        return None
    head, dek = page.lines[i], page.lines[i + 1]
    signed = not page.reasons[i + 1] and page.reasons[i + 2] == "byline or credit"
    fits = not head.sentence and dek.sentence and len(dek.words) <= 30 and len(head.words) >= 4
    return i if signed and fits else None


def _two_word_headline(page: Page, top: int, lede: frozenset[str]) -> int | None:
    """Failing any other, a page's first line of two title-case words, both in the first paragraphs
    ("Export Bans" over a guide's points), is its headline; a section's name there is not about them."""
    line = page.lines[0] if top > 0 else None
    if line is None or page.reasons[0] or line.structure != "text" or len(line.words) != 2 or line.cap_share < 1:
        return None
    words = {stem_of(w.casefold()) for w in line.words if w.casefold() not in page.stops}
    return 0 if len(words) == 2 and words <= lede else None


def _printed_twice(line: Line, twice: set[str]) -> bool:
    """A headline-long line printed twice on the page (`twice`), or ending with one ("THE DAILY WORLD
    Ruritania bans …!" over "Ruritania bans …!" twice): a headline and its copies, not prose (a summary
    printed again as the first paragraph is a sentence of 20 words or more, with its stop)."""
    if len(line.words) >= 20 and line.sentence and line.text.rstrip().endswith("."):
        return False
    return len(line.words) <= 30 and (line.norm in twice or any(line.norm.endswith(" " + t) for t in twice))


def _without_site(page: Page, i: int, top: int) -> int:
    """ "Ruritania bans ore exports | The Daily" over "Ruritania bans ore exports": the copy without the
    site's name."""
    head, bar, _ = page.lines[i].norm.rpartition(" | ")
    return next((j for j in range(i + 1, min(i + 4, top)) if bar and page.lines[j].norm == head), i)


def _fuller_copy(page: Page, i: int, top: int) -> int:
    """A headline printed again just below in full ("… plans to curb Ruritanias lead in rare", then
    "… plans to curb Ruritania’s lead in rare earths"): the full one; below a breadcrumb that ends with it, itself."""
    letters = re.sub(r"[\W_]+", "", page.lines[i].norm)
    for j in range(i + 1, min(i + 3, top)):
        if page.reasons[j]:
            continue  # "… Largest Deposit ©Jane Doe / Photo Agency": a caption, the headline and a credit
        other = re.sub(r"[\W_]+", "", page.lines[j].norm)
        fuller = other.startswith(letters) and len(page.lines[j].norm) > len(page.lines[i].norm)
        if fuller or len(other) >= 20 and len(letters) > len(other) and letters.endswith(other):
            return j
    return i


# An amount or count of three or more digits ("150", "1,100"); a year or a small number says little.
FIGURE = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|(?!(?:19|20)\d\d(?!\d))[1-9]\d{2,})(?![\d.,]*\d)")


_NO_TEXT = ("no words", "caption or photo credit")


def headline_below(page: Page, start: int, end: int) -> int | None:
    """A page that opens with its text and prints its headline and date after it ("RURITANIA LIFTS ORE
    BAN" under the last paragraph, then "21/12/2015"): a title-like line below the prose whose words are
    nearly all the prose's, with its date and nothing of the article after it (a sub-heading is followed
    by text)."""
    if any(not page.reasons[i] for i in range(start)):
        return None  # a line above the text: the headline, if any, stands there
    for i in range(end + 1, min(end + 4, len(page.lines))):
        line = page.lines[i]
        if (
            line.title_like
            and not line.sentence
            and 4 <= len(line.words) <= 20
            and page.cohesion[i] >= 0.75
            and may_be_headline(page, i)
            and (dated := next((j for j in range(i + 1, len(page.lines)) if page.reasons[j] not in _NO_TEXT), None))
            and (lx.DATE.search(page.lines[dated].text) or lx.NUMERIC_DATE.search(page.lines[dated].text))
            and all(page.reasons[j] for j in range(i + 1, len(page.lines)) if j != dated)
        ):  # (an empty picture between them: "![]() |"; the date with the site's name: "Verde® 1 May 2014 |")
            return i
    return None
