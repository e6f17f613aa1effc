"""Stage 1, ingest (pictures): a picture set between the article's paragraphs, as a page's text gives it.

Its alternative text and caption above a bare label ("Photo"), its credit under it: lines that read as
short phrases, marked only where a paragraph stands on either side, so a headline or heading stays; and a
picture's alternative text over its caption (`alt_text`); a picture's caption over its credit, above the
article (`caption_on_top`).
"""

from __future__ import annotations

import re

from .captions import ARCHIVE_CREDIT, LABELLED_CREDIT, PICTURE_DESCRIBED, PICTURE_LABEL
from .layout import Page

# A picture's credit after its caption: "… Copyright Jane Doe/Wire", "© Wire", "Photo: …".
CREDIT_WORD = re.compile(r"\s(?:copyright|photo|credit|image|via)\b|©", re.IGNORECASE)

CAPTION_LINES = 2  # a caption above a picture's bare label: its alternative text and the caption itself
CREDIT_WORDS = 6  # the credit under the label: an agency's or a photographer's name


def around_a_picture_label(page: Page) -> list[int]:
    """A picture set between paragraphs, as a page's text gives it: its alternative text and caption,
    the bare label "Photo", its credit ("Jane Doe at a past event, January 1, 2025" / "Photo" / "Jon
    Roe"). The lines above the label are marked only back to a paragraph (none of them a sentence), the
    credit only when a caption was found and a paragraph follows: so a headline over the label, or a
    heading under it, stays."""
    out: list[int] = []
    for i, line in enumerate(page.lines):
        if not PICTURE_LABEL.fullmatch(line.text.strip()):
            continue
        above, j = [], i - 1
        while j >= 0 and len(above) < CAPTION_LINES and _caption_like(page, j):
            above.append(j)
            j -= 1
        if not above or j < 0 or not page.lines[j].sentence:
            continue
        out += above
        below = i + 1
        if (
            below + 1 < len(page.lines)
            and _caption_like(page, below)
            and len(page.lines[below].words) <= CREDIT_WORDS
            and page.lines[below + 1].sentence
        ):
            out.append(below)
    return out


def _caption_like(page: Page, i: int) -> bool:
    line = page.lines[i]
    return page.reasons[i] is None and line.structure == "text" and not line.sentence and len(line.words) <= 25


def alt_text(page: Page, i: int) -> bool:
    """A line printed twice, each time right above a picture's caption or credit, is the picture's
    alternative text ("Ruritania graphite crisis smelter" over "A smelter Image: Agency"); so is a
    line right above a caption that says most of what the caption says ("Aerial view of a protest
    in Borduria on Aug. 10" over "Protest in Borduria on Aug. 10 Jane Doe via Facebook"), unless written
    as a title."""
    if i == 0 and page.cohesion[0] == 0 and PICTURE_DESCRIBED.match(page.lines[0].text.strip()):
        return True  # "A group of people in a meeting room with …" atop the page, sharing no word with the article
    copies = [j for j, x in enumerate(page.lines[:40]) if x.norm == page.lines[i].norm]
    if (
        len(copies) >= 2
        and not page.lines[i].sentence
        and all(j + 1 < len(page.lines) and page.reasons[j + 1] == "caption or photo credit" for j in copies)
    ):
        return True
    below, line = page.lines[i + 1].norm if i + 1 < len(page.lines) else "", page.lines[i]
    if below.startswith(line.norm) and CREDIT_WORD.search(below, len(line.norm)) and line.cap_share < 0.6:
        return True  # "Protesters block a road" over "Protesters block a road Copyright Jane Doe/Wire"
    if i + 1 >= len(page.lines) or page.reasons[i + 1] != "caption or photo credit" or line.sentence:
        return False
    if line.cap_share >= 0.6:
        return False  # a headline over its picture's caption shares its words too, but is in title case
    own, caption = page.content[i], page.content[i + 1]
    if own and len(line.words) <= 2 and line.cap_share == 0 and own <= caption:
        return True  # "cobalt" over "Cobalt is one of the minerals … Jane Doe/Agency": a picture's one-word label
    return len(own) >= 3 and len(own & caption) >= 0.6 * len(own)


CAPTION_ON_TOP_WORDS = 30  # a caption is one or two sentences


def caption_on_top(page: Page) -> int | None:
    """A page that opens on its picture or video: the first line not already chrome, right over a credit
    led by the picture's label ("The minister joined Jane Doe to discuss the day's topics." over "Video /
    Jane Doe Today"), is the picture's caption when written as a sentence (a headline over it is not); lower down, a paragraph
    may stand over a picture's credit, so only the page's opening is read this way."""
    first = next((i for i, reason in enumerate(page.reasons) if reason is None), None)
    if first is None or first + 1 >= len(page.lines):
        return None
    line, below = page.lines[first], page.lines[first + 1].text.strip()
    if not line.sentence or len(line.words) > CAPTION_ON_TOP_WORDS or not LABELLED_CREDIT.match(below):
        return None
    return first if (page.reasons[first + 1] or "").startswith("caption or photo credit") else None


CREDIT_ALONE_WORDS = 6  # a photographer and an agency: "JANE DOE/WIRE IMAGES"


def over_a_credit_alone(page: Page, i: int) -> bool:
    """Between the headline and the body, a line in sentence case right over a picture's credit alone (a
    photographer and an agency, "JANE DOE/WIRE IMAGES") is the picture's caption."""
    if i + 1 >= len(page.lines) or not (page.reasons[i + 1] or "").startswith("caption or photo credit"):
        return False
    line, credit = page.lines[i], page.lines[i + 1]
    return (
        len(line.words) >= 6
        and line.cap_share < 0.6
        and len(credit.words) <= CREDIT_ALONE_WORDS
        and "/" in credit.text
        and not credit.sentence
    )


BLOCK_LINES = 2  # over a credit, set apart from the paragraphs: the picture's title and its caption
BLOCK_CAPTION_WORDS = 40


def block_over_an_archive_credit(page: Page) -> list[int]:
    """On a page whose paragraphs stand apart (a blank line between them), a picture is a block of lines
    with no blank line between them, ending in its credit from the outlet's archive ("Canoeing at sunset" /
    "The sun sets as two paddlers cross the lake." / "Jane Doe for Verde Radio File"): the credit and the one
    or two short lines right above it, the block set apart on both sides."""
    numbers = [x.number for x in page.lines]
    apart = sum(b - a >= 2 for a, b in zip(numbers, numbers[1:], strict=False))
    if apart < 0.6 * max(1, len(numbers) - 1):
        return []
    out: list[int] = []
    for i, line in enumerate(page.lines):
        if not ARCHIVE_CREDIT.fullmatch(line.text.strip()):
            continue
        block = [i]
        while (
            len(block) <= BLOCK_LINES
            and (j := block[-1] - 1) >= 0
            and numbers[j] == numbers[j + 1] - 1
            and len(page.lines[j].words) <= BLOCK_CAPTION_WORDS
        ):
            block.append(j)
        set_apart = (j := block[-1] - 1) < 0 or numbers[j] < numbers[j + 1] - 1
        if set_apart and (i + 1 >= len(numbers) or numbers[i + 1] > numbers[i] + 1):
            out += block
    return out
