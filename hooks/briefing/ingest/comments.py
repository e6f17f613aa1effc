"""Stage 1, ingest (comments): the readers' comment thread under an article, the "--" a signature opens, or a wire's
closing credit, which end the article however much what follows says of the subject."""

from __future__ import annotations

import re

from .dates import DATE, TIME
from .layout import Page

# The heading of a page's comment thread: "2 Comments", "Comments (3)", "3 thoughts on …", "Leave a Reply".
COMMENTS_HEADING = re.compile(
    r"^\W{0,3}(?:\d+\s+)?(?:comments?|responses?|replies|reader\s+comments)\s*(?:\(\d+\))?\s*:?\s*$"
    r"|^\W{0,3}\d+\s+thoughts?\s+on\b|^\W{0,3}leave\s+a\s+(?:reply|comment)\b",
    re.IGNORECASE,
)
# A comment's own stamp, its date and time before a bar or "Reply" ("September 6, 2013 at 12:39 am |"): an article's
# dateline has neither.
COMMENT_STAMP = re.compile(
    rf"^\W{{0,3}}(?:{DATE.pattern})\s+(?:at\s+)?(?:{TIME.pattern})\s*(?:\|\s*(?:Reply)?|Reply)\s*$", re.IGNORECASE
)


def before_the_comments(page: Page, start: int, end: int) -> int:
    """The body's last line, before the heading of the readers' comments under it: what follows (a reader's name,
    their words) is not the article. Two comments' stamps make a thread whatever its length."""
    lines = range(start + 1, len(page.lines))  # (the thread's stamps, though its last comments fell off the body)
    stamps = [k for k in lines if page.reasons[k] and COMMENT_STAMP.match(page.lines[k].text.strip())]
    if len(stamps) >= 2:
        return min(end, stamps[0] - 1)
    heading = next(
        (k for k in range(start + 2, end + 1) if page.reasons[k] and COMMENTS_HEADING.match(page.lines[k].text)),
        None,
    )
    # (a thread is shorter than the story it follows: not a heading among the articles of a long compilation)
    return end if heading is None or end - heading > heading - start else heading - 1


# A wire's closing credit: "This report by The Wire was first published on March 2, 2020.", "(Reporting by Jane Doe;
# Editing by Jon Roe)". Nothing of the article follows it: readers' comments and teasers do.
CLOSING_CREDIT = re.compile(
    r"^\W*\(?reporting\s+by\b|\bth(?:is|e)\s+(?:report|article|story)\s+(?:by\s+.{1,60}?\s+)?was\s+(?:first|originally)\s+"
    r"published\b",
    re.IGNORECASE,
)


def before_the_credit(page: Page, start: int, end: int) -> int:
    """The body's last line, before a wire's closing credit in its second half (a credit a page prints above the
    text, or a compilation's first story's, ends nothing)."""
    credit = next(
        (k for k in range(start + 1, end + 1) if page.reasons[k] and CLOSING_CREDIT.search(page.lines[k].text)), None
    )
    return end if credit is None or end - credit > credit - start else credit


def before_the_signature(page: Page, start: int, end: int) -> int:
    """The body's last line, before a line of "--" alone: the mark that opens a signature ("--" then the writer's
    initials), under which a site sets its teasers too."""
    mark = next((k for k in range(start + 1, end + 1) if page.lines[k].text.strip() == "--"), None)
    return end if mark is None else mark - 1
