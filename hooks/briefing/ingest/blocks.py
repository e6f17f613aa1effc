"""Stage 1, ingest (blocks): runs of lines a page sets into or beside the article as one block.

An advertisement or appeal inserted between paragraphs, a list of links whose every item ends
with the same call to action: each line alone may read as prose; the block gives it away.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .bylines import letter_to_the_reader, name_alone_as_byline, named_under_by
from .captions import BARRED_CREDIT
from .chrome import Dropped, Line
from .headline import pick_headline
from .layout import Page
from .lines import furniture
from .phrases import STORY_END
from .pictures import alt_text, around_a_picture_label, block_over_an_archive_credit, caption_on_top
from .teasers import (
    dated_teasers,
    headlines_listed_above,
    links_under_one_label,
    teaser_in_text,
)
from .twice import (
    cut_copies,
    doubled_opening,
    lede_above_headline,
    named_again_in_chrome,
    over_the_lead_again,
    teasers_with_their_section,
)

# As written: "US" is a country.
_READER_ADDRESS = frozenset({"you", "your", "we", "our", "us", "You", "Your", "We", "Our"})
_QUOTED = re.compile(r"[“”\"]")
# A speaker's words, not a site's: "I'll let the minister talk", "Jane Doe: Thanks so much" (a transcript).
_SPOKEN = re.compile(r"\bI(?:['’](?:ll|m|ve|d))?\s|^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}:\s+[A-Z]")
_SECOND_PERSON = frozenset({"you", "your", "You", "Your", "you've", "you're", "you'll", "yours"})
# What an advertisement or appeal set into the article is made of, next to a line of evidence.
_INSERTED_KINDS = (
    "appeal to the reader or site notice",
    "page furniture",
    "interface text",
    "a link, address or user name",
    "byline or label (words run together)",  # "By GlobalData" under a promotion
)


def off_subject_beside_chrome(page: Page, i: int) -> bool:
    """A line set into the body that speaks to the reader and shares no words with the article's
    prose, next to an appeal or a notice, is part of the same inserted block ("We are confident
    about our company profiles … you can download"): an article's own paragraph shares its subject."""
    if not _addresses_reader_off_subject(page, i):
        return False
    for step in (-1, 1):  # through the block's other such lines to the chrome that bounds it
        j = i + step
        while 0 <= j < len(page.lines) and not page.reasons[j] and _addresses_reader_off_subject(page, j):
            j += step
        if 0 <= j < len(page.lines) and (page.reasons[j] or "").startswith(_INSERTED_KINDS):
            return True
    return False


# An embedded post's signature: "— Verde Ministry (@VerdeMin)", alone or after the post's last words.
_POST_SIGNATURE = re.compile(r"(?:^|\s|(?<=\w))[—–-]\s*[^()—–]{2,60}\(@\w{1,15}\)\s*$")
_POST_DATE = re.compile(r"\s*[A-Z][a-z]+\.?\s+\d{1,2},\s+(?:19|20)\d\d\s*$")
_SIGNED_AND_DATED = re.compile(_POST_SIGNATURE.pattern.removesuffix(r"\s*$") + _POST_DATE.pattern)
# the article's line over the post: "… said on X:", "…, the governor tweeted."
_INTRODUCES_POST = re.compile(r":\s*$|\b(?:tweeted|posted|wrote)\b[^.!?]{0,40}[.:]\s*$")
_LINK = re.compile(r"\S*(?:https?://|pic\.twitter\.com)\S*")
POST_LENGTH = 280  # a social network's posts are this short: the lines above a signature within it are the post's


def embedded_posts(page: Page) -> list[int]:
    """A post from a social network set into the page: its signature and date ("— Jane Doe (@janedoe)",
    "April 27, 2022"), and the lines above them that fit in one post (links not counted), up to a line
    that introduces it ("… said on X:") or a heading."""
    out: list[int] = []
    for i, line in enumerate(page.lines):
        dated = _SIGNED_AND_DATED.search(line.text)  # "— Jane Doe (@janedoe) November 24, 2015": one line
        if not (
            dated
            or i + 1 < len(page.lines)
            and _POST_SIGNATURE.search(line.text)
            and _POST_DATE.fullmatch(page.lines[i + 1].text)
        ):
            continue
        out += [i] if dated else [i, i + 1]
        length, j = len(_LINK.sub("", (_SIGNED_AND_DATED if dated else _POST_SIGNATURE).sub("", line.text))), i - 1
        while j >= 0 and not _INTRODUCES_POST.search(page.lines[j].text) and page.lines[j].structure == "text":
            length += len(_LINK.sub("", page.lines[j].text).strip())
            if length > POST_LENGTH or page.reasons[j]:
                break
            out.append(j)
            j -= 1
    return out


def between_chrome(page: Page) -> Page:
    """A line that shares no word with the article, with an appeal or a notice on either side
    ("Subscribe for unlimited access …" / "Over 150 articles every week." / "For less than …"),
    is part of that block wherever it stands: marked, and weighed as chrome. A line that speaks to
    the reader off the subject beside one is marked too (`off_subject_beside_chrome`)."""
    for i, reason in enumerate(page.reasons):
        if reason is None and _sandwiched(page, i):
            page.reasons[i], page.weights[i] = "between two lines of an appeal or notice", -3.0
    for i in [i for i, reason in enumerate(page.reasons) if reason is None and off_subject_beside_chrome(page, i)]:
        page.reasons[i] = "speaks to the reader, off the subject, beside an appeal (an inserted advertisement)"
    for i in [i for i, reason in enumerate(page.reasons) if reason is None and teaser_in_text(page, i)]:
        page.reasons[i], page.weights[i] = "related-stories list", -3.0
    for i in embedded_posts(page):  # set into the article: the body goes on around it
        page.reasons[i], page.weights[i] = "a post embedded from a social network", 0.0
    for i in letter_to_the_reader(page):
        page.reasons[i], page.weights[i] = "a newsletter's letter to its readers, before the article", -3.0
    for i, reason in [(i, r) for i, x in enumerate(page.lines) if page.reasons[i] is None and (r := furniture(x))]:
        page.reasons[i], page.weights[i] = reason, -3.0  # a post's counters, a choice of languages …
    for i in [i for i in dated_teasers(page) if page.reasons[i] is None]:
        page.reasons[i], page.weights[i] = "related-stories list (headlines with their dates)", -3.0
    for i in headlines_listed_above(page):
        page.reasons[i], page.weights[i] = "related-stories list (headlines listed above the article)", -3.0
    for i in teasers_with_their_section(page):
        page.reasons[i], page.weights[i] = "related-stories list (a headline, then again after its section)", -3.0
    for i in [i for i in range(1, len(page.lines)) if page.reasons[i] is None and named_under_by(page, i)]:
        page.reasons[i], page.weights[i] = "byline or credit", -3.0
    for i in [i for i in range(1, len(page.lines) - 1) if page.reasons[i] is None and name_alone_as_byline(page, i)]:
        page.reasons[i], page.weights[i] = "byline or credit", -3.0
    for i in links_under_one_label(page):
        page.reasons[i], page.weights[i] = "related-stories list (links under one label)", -3.0
    for i in [i for i in range(len(page.lines) - 1) if BARRED_CREDIT.match(page.lines[i + 1].text.strip())]:
        page.reasons[i + 1], page.weights[i + 1] = "caption or photo credit", -3.0
        if page.reasons[i] is None and page.lines[i].structure == "text":
            page.reasons[i], page.weights[i] = "a picture's caption, over its credit", -3.0
    for i in named_again_in_chrome(page):
        page.reasons[i], page.weights[i] = "an embedded video's or post's title, printed again in its prompt", -3.0
    for i in block_over_an_archive_credit(page):  # set into the article: the body goes on around it
        page.reasons[i], page.weights[i] = "caption or photo credit", 0.0
    for i in [i for i in range(len(page.lines) - 1) if page.reasons[i] is None and alt_text(page, i)]:
        page.reasons[i], page.weights[i] = "a picture's alternative text, over its caption", -3.0
    for i in [i for i in range(1, min(len(page.lines), 40)) if page.reasons[i] is None and alt_text(page, i - 1)]:
        page.reasons[i], page.weights[i] = "a picture's caption, under its alternative text", -3.0
    if (top := caption_on_top(page)) is not None:
        page.reasons[top], page.weights[top] = "a picture's caption, over its credit, above the article", -3.0
    for i in cut_copies(page):
        page.reasons[i], page.weights[i] = "a teaser: the first paragraph's opening, cut short", -3.0
    for i in over_the_lead_again(page):
        page.reasons[i], page.weights[i] = "byline, between the lead and the article that repeats it", -3.0
    for i in around_a_picture_label(page):  # set into the article: the body goes on around it
        page.reasons[i], page.weights[i] = "a picture's caption or credit, around its label", 0.0
    for i in range(_tail_to_the_reader(page), len(page.lines)):
        page.reasons[i] = page.reasons[i] or "speaks to the reader after the article (a site's prompts)"
        page.weights[i] = min(page.weights[i], -3.0)
    return page


TAIL_TO_THE_READER = 3  # lines at least, most of them saying "you"


def _tail_to_the_reader(page: Page) -> int:
    """Where a page's last lines become a site's prompts to its reader ("Share your experiences …",
    "Thank you for sharing your thoughts.", "As a subscriber, you can gift …"): the earliest line from
    which three lines or more run to the page's end, most of them saying "you" or "your", none quoted
    nor close to the article's subject, nor spoken ("I'll …", "Jane Doe: …": a transcript says "you" to its
    hearers); an article's own last paragraphs say "you" rarely, and in quotes."""
    start = len(page.lines)
    you = 0
    for i in range(len(page.lines) - 1, -1, -1):
        line = page.lines[i]
        if _QUOTED.search(line.text) or page.cohesion[i] >= 0.5 or not line.words or _SPOKEN.search(line.text):
            break
        says_you = not _SECOND_PERSON.isdisjoint(line.words)
        you += says_you
        if says_you and you >= TAIL_TO_THE_READER * 0.6 and you / (len(page.lines) - i) >= 0.6:
            start = i
    return start if len(page.lines) - start >= TAIL_TO_THE_READER else len(page.lines)


def _sandwiched(page: Page, i: int) -> bool:
    return (
        page.cohesion[i] == 0.0
        and not _QUOTED.search(page.lines[i].text)
        and 0 < i < len(page.lines) - 1
        and all((page.reasons[j] or "").startswith(_INSERTED_KINDS) for j in (i - 1, i + 1))
        and sum(w > 1 for w in page.weights) >= 4  # prose enough to share words with (not a one-paragraph brief)
    )


def _addresses_reader_off_subject(page: Page, i: int) -> bool:
    """Shares (almost) no word with the article and says "you" or "we"; a site's pitch about itself
    ("… we need reporters on the ground. Your donation allows us …") may share a few, and says "we"
    and "us" more than once."""
    line = page.lines[i]
    address = sum(w in _READER_ADDRESS for w in line.words)
    return (
        (page.cohesion[i] < 0.1 or page.cohesion[i] < 0.2 and address >= 2)
        and len(line.words) >= 6
        and address >= 1
        and not _QUOTED.search(line.text)
    )


CALL_TO_ACTION_RUN = 3  # items in a row ending with the same words
_SMALL = frozenset({"of", "and", "the", "for"})


def call_to_action_lists(lines: list[Line], reasons: list[str | None], kept: Callable) -> dict[int, str]:
    """Lines of a list whose items all end with the same three or more words ("- Broker A - Read
    our review", "- Broker B - Read our review" …), and the short label over it: links, not text.
    An article's own list says something different in each item. Lines with a reason already, or
    kept by a rule, are left out."""
    ends = [  # (not a body's name each ends with: "… – House of Representatives", a list of addressees)
        " ".join(w.casefold() for w in x.words[-3:])
        if len(x.words) >= 4 and not x.sentence and not all(w[:1].isupper() or w in _SMALL for w in x.words[-3:])
        else None
        for x in lines
    ]
    found: dict[int, str] = {}
    i = 0
    while i < len(lines):
        j = i
        while j + 1 < len(lines) and ends[i] and ends[j + 1] == ends[i]:
            j += 1
        starts = {" ".join(x.words[:3]).casefold() for x in lines[i : j + 1]} if j - i + 1 >= CALL_TO_ACTION_RUN else ()
        if len(starts) == j - i + 1:  # items that begin alike are copies of one headline, not a list
            found.update((k, "a list of links (each item ends with the same call to action)") for k in range(i, j + 1))
            if i and lines[i - 1].title_like and len(lines[i - 1].words) <= 5:
                found[i - 1] = "label over a list of links"
        i = j + 1
    found.update((k, "a list of slots (short names, each ending with the same word or two)") for k in _slot_runs(lines))
    return {k: r for k, r in found.items() if reasons[k] is None and not kept(lines[k].text, lines[k].norm)}


SLOT_RUN = 5  # lines at least
SLOT_WORDS = 6


def _slot_runs(lines: list[Line]) -> list[int]:
    """A run of five or more short lines, no sentence among them, each ending with one of at most two words,
    each of those ending two lines or more ("Verde Gold – Top", "Andina – Header", "Roe Mining 02 – Top"):
    an advertiser's slots, named by where they show on the page; an article's lines do not end alike."""
    out: list[int] = []
    i = 0
    while i < len(lines):
        ends: dict[str, int] = {}
        j = i
        while j < len(lines) and _slot_like(lines[j]):
            end = lines[j].words[-1].casefold()
            if end not in ends and len(ends) == 2:
                break
            ends[end] = ends.get(end, 0) + 1
            j += 1
        if j - i >= SLOT_RUN and min(ends.values()) >= 2:
            out += range(i, j)
        i = max(j, i + 1)
    return out


def _slot_like(line: Line) -> bool:
    return bool(line.words) and len(line.words) <= SLOT_WORDS and not line.sentence and line.structure == "text"


def headline_of(page: Page) -> int | None:
    """The headline's line (`headline.pick_headline`), or else a doubled opening line or a line between two copies
    of the first paragraph, or else the
    page's first line over a long first paragraph that the rest of the page repeats little (further
    down, such a line is as often an issuer's name over its release)."""
    found = pick_headline(page)
    found = found if found is not None else doubled_opening(page)
    found = found if found is not None else lede_above_headline(page)
    if found is None and pick_headline(page, long_paragraphs=True) == 0:
        return 0
    return found


def cut_footer(
    numbered: list[tuple[int, str]], footer: list[re.Pattern], longest: int, kept: Callable[[str], bool]
) -> tuple[list[tuple[int, str]], list[Dropped]]:
    """A copyright footer (the rules' footer_patterns) runs from its first line to the end, and has
    no line longer than `longest`: it can only start in the page's last run of short lines."""
    tail = len(numbered)
    while tail and len(numbered[tail - 1][1]) <= longest:
        tail -= 1
    for i in range(tail, len(numbered)):
        line = numbered[i][1]
        if line.strip() and any(rx.search(line) for rx in footer) and not kept(line):
            reason = "footer: footer_patterns in site_data/boilerplate.yml"
            return numbered[:i], [Dropped(n, t, reason) for n, t in numbered[i:] if t.strip()]
    return numbered, []


def ends_the_story(line: Line) -> bool:
    """After the body, a label over a list ("More on this:"), the issuer's boilerplate ("About Orano
    Canada", "For more information on …") or the author's biography ends the article ("By 2024, X had:", with
    its clause, leads into the story's own list)."""
    text = line.text.strip()
    return len(line.words) <= 4 and text.endswith(":") and "," not in text or bool(STORY_END.match(text))
