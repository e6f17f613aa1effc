"""Stage 1, ingest (twice): lines a page prints twice in a row.

A picture's caption over its alternative text, a caption once with its credit, a headline printed as
the title and again as the heading, a paragraph a scraper doubled: which copy goes, and why.
"""

from __future__ import annotations

import re

from .chrome import Line
from .facts import dateline_alone
from .layout import Page

# Reported speech or news told in the perfect: a caption shows, an article reports ("… signed a memorandum on Thursday,
# X said.", "The government has announced up to $840 million for …")
REPORTED = re.compile(
    r"\b(?:said|says|told|according to)\b|\bha(?:s|ve)\s+(?:announced|approved|agreed|signed|granted|committed|pledged|"
    r"earmarked|secured|awarded|banned|imposed)\b"
)
_LOOSE = re.compile(r"[\[\]()’'‘\"“”]")

# One phrase of three words or more printed again and again on one line: a slideshow's captions, a picture's alt texts.
_PHRASE_REPEATED = re.compile(r"(\S+(?:\s+\S+){2,40}?)(?:\s+\1)+\s*")


def phrase_repeated(text: str) -> bool:
    """ "Verde mine row: report Verde mine row: report": the line is one phrase, repeated."""
    m = _PHRASE_REPEATED.fullmatch(text.strip()) if len(text) <= 2000 else None
    return m is not None and len(m.group(1)) >= 12


def printed_twice(texts: list[str], k: int, words: int, written: str = "") -> str | None:
    """Why line k goes, if it is printed twice in a row. A short line printed twice is a picture's
    caption and its alternative text: both go. A long paragraph printed twice, or one that reports
    what someone said (a standfirst repeated as the lead), is a scraping slip: its second copy goes."""
    after = k + 1 < len(texts) and same(texts[k + 1], texts[k])
    before = k > 0 and same(texts[k - 1], texts[k])
    if words >= 3 and (
        k + 1 < len(texts)
        and either_credited(texts[k], texts[k + 1])
        or k > 0
        and either_credited(texts[k - 1], texts[k])
    ):
        return "printed twice, once with a picture's credit (a caption and its alt text)"
    if words == 2 and (before or after) and all(w[:1].isupper() and w[1:].islower() for w in written.split()):
        return "printed twice in a row (a name: a byline or a picture's caption)"  # "Jane Doe" over "Jane Doe"
    if words < 3 or not (before or after):
        return None
    if words <= 25 and not REPORTED.search(texts[k]):
        return "printed twice in a row (a picture's caption and its alt text)"
    return "printed twice in a row (its second copy)" if before else None


def pictures_after(page: Page, end: int) -> None:
    """A caption printed twice (with its alternative text) after the story's last line is a picture's: marked."""
    tail = [x.norm for x in page.lines[end + 1 :]]
    for k, text in enumerate(tail):
        if not page.reasons[end + 1 + k] and (why := printed_twice(tail, k, len(text.split()))):
            page.reasons[end + 1 + k] = why


# What a caption's second copy adds: its credit in brackets ("… rich with minerals. (Jane Doe/for The Post)").
_CREDIT_AFTER = re.compile(
    r"[.!?”\"]?\s*(?:\([^()]{3,60}\)|\s[-–—|]\s+(?:[\w&.'’]+\s?){1,4}|\s*(?:credit|photo|image)s?\s*:\s*[^:]{2,80})",
    re.I,
)
# A player's icon text run into the caption's copy: "Camera IconThe minister at the mine. Credit: Jane Doe / Verde"
_ICON_BEFORE = re.compile(r"(?:[A-Za-z]+\s)?[A-Za-z]+\s?icon\s?", re.I)


def credited(a: str, b: str) -> bool:
    """b is a with a picture's credit after it ("… (Jane Doe/Wire)", "… - Verde News", "… Credit: Jane Doe"), maybe
    an icon's text before it."""
    at = b.find(a) if len(b) > len(a) else -1
    return (
        at >= 0
        and (at == 0 or _ICON_BEFORE.fullmatch(b, 0, at) is not None)
        and bool(_CREDIT_AFTER.fullmatch(b, at + len(a)))
    )


def either_credited(a: str, b: str) -> bool:
    """Two lines in a row, one of them the other with a picture's credit after it."""
    return credited(a, b) or credited(b, a)


def same(a: str, b: str) -> bool:
    """ "[Mount Weld project]" under "Mount Weld project", ’ for ': the same line (lengths first: cheap)."""
    return a == b or abs(len(a) - len(b)) <= 4 and _LOOSE.sub("", a) == _LOOSE.sub("", b)


def doubled_opening(page: Page) -> int | None:
    """A page that opens with one short line printed twice (its title and its heading), sentence
    punctuation and all ("X undergoes modernization soon."), above prose on its subject: that line
    is the headline, even where it reads as a sentence. It shares two words with that prose, or one
    with the first paragraph and another further down ("The atlas of Verdant mines" over a story of a
    Verdant firm's mine), or three further down (a feature opening on a person)."""
    # a dateline alone between the copies ("Verde City, May 9, 2023.") is the page's, not the text's start
    kept = [i for i, r in enumerate(page.reasons) if r is None and not dateline_alone(page.lines[i].text)]
    if len(kept) >= 3 and page.lines[kept[0]].norm.endswith(" " + page.lines[kept[1]].norm):
        kept = kept[1:]  # "Home World Verde: Text" over "Verde: Text" twice: a breadcrumb ending in the headline
    if len(kept) < 3 or not same(page.lines[kept[0]].norm, page.lines[kept[1]].norm):
        return None
    copies = next((n for n, i in enumerate(kept) if not same(page.lines[kept[0]].norm, page.lines[i].norm)), len(kept))
    if copies >= len(kept):
        return None
    # the first sentence below the copies, past a byline ("Verde News with Jane Doe")
    copies = next((n for n in range(copies, min(copies + 3, len(kept))) if page.lines[kept[n]].sentence), copies)
    line, after = page.lines[kept[0]], page.lines[kept[copies]]
    shared = page.content[kept[0]] & page.content[kept[copies]]
    further = page.content[kept[0]] & page.words(kept[copies:])
    if (
        3 <= len(line.words) <= 20
        and not REPORTED.search(line.norm)
        and after.sentence
        # printed three times: proof enough; a feature's lede may share none, its text three or more
        and (len(shared) >= 2 or (shared or copies >= 3) and len(further) >= 2 or len(further) >= 3)
    ):
        return kept[0]
    return None


LEAD_REACH = 40  # lines: where a teaser and the article's repeat of it stand
BYLINE_LINES = 3  # a name, a post, an outlet: at most this many short lines
BYLINE_WORDS = 4


def over_the_lead_again(page: Page) -> list[int]:
    """A page that shows its lead as a teaser, then the byline, then the article from its first
    paragraph again ("Lead …" / "Standfirst …" / "Jane Doe" / "Verde Press" / "Lead …"): the short
    lines in title case right above the repeated paragraph are the byline (a heading never stands
    right above a paragraph the page has already printed)."""
    out: list[int] = []
    seen: set[str] = set()
    for i, line in enumerate(page.lines[:LEAD_REACH]):  # a teaser stands at the top: a long report stays linear
        # (the teaser's copy may carry a stamp before it: " date 2019-11 Lead …")
        if len(line.words) >= 6 and (line.norm in seen or any(x.endswith(" " + line.norm) for x in seen)):
            j = i - 1
            while j >= 0 and i - j <= BYLINE_LINES and _byline_like(page, j):
                j -= 1
            if j < i - 1 and j >= 0 and page.lines[j].sentence:
                out += range(j + 1, i)
        seen.add(line.norm)
    return out


def _byline_like(page: Page, i: int) -> bool:
    line = page.lines[i]
    return (
        page.reasons[i] is None
        and not line.sentence
        and 1 <= len(line.words) <= BYLINE_WORDS
        and line.cap_share >= 0.6
        and line.structure == "text"
    )


CUT_COPY_WORDS = 8


def cut_copies(page: Page) -> list[int]:
    """A page's description above its headline: the first paragraph's opening, cut short with an ellipsis
    ("As the world turns to batteries, … giving Verde significant openings to…"), the paragraph
    printed in full further down. It is a copy, not the text."""
    out = []
    for i, line in enumerate(page.lines[:LEAD_REACH]):  # (at the top, as the paragraph it copies)
        below = page.lines[i + 1 : LEAD_REACH]
        if len(line.words) >= CUT_COPY_WORDS and line.norm.endswith(("…", "...", "[…]", "[...]")):
            start = line.norm.removesuffix("[...]").removesuffix("[…]").rstrip(".… ")
            if any(x.norm.startswith(start) and len(x.norm) > len(start) + 3 for x in below) or _runs_on(start, below):
                out.append(i)
        elif len(line.words) >= CUT_COPY_WORDS and not line.text.rstrip().endswith((".", "!", "?", "”", '"')):
            out += [i] if _runs_on(line.norm, below) else []
    return out


def _runs_on(norm: str, below: list[Line]) -> bool:
    """The description runs on past the first paragraph: that paragraph in full, then the next one's
    opening ("Ruritania will ban exports, the minister said. The framework will be devised by …"), with
    the headline between it and them (under the headline, the same lines are the article's standfirst)."""
    return any(
        norm.startswith(x.norm + " ")
        and len(x.words) >= CUT_COPY_WORDS
        and (rest := norm[len(x.norm) + 1 :])
        and y.norm.startswith(rest)
        and len(rest) < len(y.norm)
        and any(h.title_like and not h.sentence for h in below[:k])
        for k, (x, y) in enumerate(zip(below, below[1:], strict=False))
    )


LEDE_WORDS = 20  # a paragraph, not a headline


def lede_above_headline(page: Page) -> int | None:
    """A page that prints its first paragraph above the headline too (its summary), then the headline, then the
    paragraph again: the line between the two copies, written as a title and sharing the paragraph's words, is the
    headline ("Andina Investment Keeps Flowing After Ore Ban" between two copies of "JAKARTA. The ore ban …")."""
    kept = [i for i, r in enumerate(page.reasons) if r is None][:3]
    if len(kept) < 3:
        return None
    lede, head, again = (page.lines[i] for i in kept)
    if len(lede.words) < LEDE_WORDS or not same(lede.norm, again.norm) or head.sentence:
        return None
    return kept[1] if 3 <= len(head.words) <= 20 and len(page.content[kept[1]] & page.content[kept[0]]) >= 2 else None


def teasers_with_their_section(page: Page) -> list[int]:
    """ "Ruritania says talks will resume" over "World Ruritania says talks will resume": another story's
    headline, printed again after its section's name (a card's two labels); the article says a thing once."""
    found = []
    for i in range(len(page.lines) - 1):
        line, after = page.lines[i].text.strip(), page.lines[i + 1].text.strip()
        label, _, rest = after.partition(" ")
        if len(line.split()) >= 5 and rest == line and label[:1].isupper() and not line.endswith("."):
            found += [i, i + 1]
    return found


def named_again_in_chrome(page: Page) -> list[int]:
    """A title printed again inside the prompt right under it ("Verde mine protest | Verde News" over "Watch on
    YouTube: "Verde mine protest | Verde News""): an embedded video's or post's title, no line of the article."""
    return [
        i
        for i in range(len(page.lines) - 1)
        if page.reasons[i] is None
        and page.reasons[i + 1]
        and len(page.lines[i].words) >= 4
        and not page.lines[i].sentence
        and re.search(r"[\"“'‘]" + re.escape(page.lines[i].text.strip()), page.lines[i + 1].text)  # quoted
    ]
