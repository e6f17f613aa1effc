"""Stage 1, ingest (pictures): a picture set between the article's paragraphs, as a page's text gives it.

Its alternative text and caption above a bare label ("Photo"), its credit under it: lines that read as
short phrases, marked only where a paragraph stands on either side, so a headline or heading stays.
"""

from __future__ import annotations

from .captions import PICTURE_LABEL
from .layout import Page

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
