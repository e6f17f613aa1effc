"""Stage 1, ingest (bylines): the writer's name or note set around the article, on lines of their own.

A name under a bare "Published by"; a reporter's name alone under the lead; a newsletter's letter to its
readers ("Hi folks," … "Best," and a name) above the article.
"""

from __future__ import annotations

import re

from .layout import Page

# "Published by" alone on its line: the name under it is the author's or the outlet's.
_BY_LABEL = re.compile(r"^\W*(?:(?:Published|Written|Posted|Reported|Edited|Compiled)\s+)?by\W*$", re.IGNORECASE)


def named_under_by(page: Page, i: int) -> bool:
    line = page.lines[i]
    return (
        bool(_BY_LABEL.match(page.lines[i - 1].text))
        and not line.sentence
        and 1 <= len(line.words) <= 6
        and line.cap_share >= 0.6
    )


# A name alone: two or three words in capitals or title case ("JANE DOE", "Jane Doe"), nothing else.
_NAME_IN_CAPITALS = re.compile(
    r"^(?:[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){1,2}|[A-Z][a-z'’.-]+(?:\s+[A-Z][a-z'’.-]+){1,2})$"
)


# Two reporters or more and where each files from: "Jane Doe in London and Jon Roe in Dubai".
_REPORTERS_IN_PLACES = re.compile(
    r"(?:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}\s+in\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?(?:,\s+|\s+and\s+|$)){2,4}"
)


def name_alone_as_byline(page: Page, i: int) -> bool:
    """A reporter's name on a line of its own: under the lead (`name_between_paragraphs`) or over the story's
    date (`name_over_its_date`); or two reporters and their cities ("Jane Doe in London and Jon Roe in Dubai")."""
    return (
        name_between_paragraphs(page, i)
        or name_over_its_date(page, i)
        or bool(_REPORTERS_IN_PLACES.fullmatch(page.lines[i].text.strip()))
    )


def _name_alone(page: Page, i: int) -> bool:
    """Two or three capitalised words that share no word with the article, none a stopword, none written small
    anywhere on the page, not ending like a common noun ("Agreement Details"): a person's name."""
    text = page.lines[i].text.strip()
    return (
        bool(_NAME_IN_CAPITALS.match(text))
        and page.cohesion[i] == 0
        and not set(text.casefold().split()) & page.stops
        and not any(re.search(rf"\b{re.escape(w.casefold())}\b", x.text) for w in text.split() for x in page.lines)
        and not _COMMON_NOUN_END.search(text)
        and not re.search(SECTION_WORDS, text)
    )


def name_over_its_date(page: Page, i: int) -> bool:
    """A name alone right over a line that is only a date, above the article's first sentence ("Jane Doe" /
    "Thursday, December 12, 2013" / the lead): the story's author and when it ran, a byline set on two lines."""
    return (
        i + 2 < len(page.lines)
        and page.reasons[i + 1] == "time stamp"
        and not any(x.sentence for x in page.lines[: i + 1])
        and _name_alone(page, i)
    )


def name_between_paragraphs(page: Page, i: int) -> bool:
    """A reporter's name (in capitals or title case), alone between the page's first paragraph and its second and
    sharing no word with the article, is a byline set under the lead (a heading in capitals stands further down,
    over a section: "JOINT VENTURES"; a heading's words are ones the article writes small: "Agreement Details")."""
    return (
        page.lines[i - 1].sentence
        and page.lines[i + 1].sentence
        and not any(x.sentence for x in page.lines[: i - 1])
        and _name_alone(page, i)
    )


# A section's words, never a name's ("Key Points", "Executive Summary").
SECTION_WORDS = r"\b(?:Summary|Takeaways|Points|Highlights|Overview|Introduction|Background|Abstract|Contents|Key)\b"
# Words that end like common nouns ("Agreement Details", "Market Reaction"): a heading's, not a name's.
_COMMON_NOUN_END = re.compile(
    r"(?:ment|tion|sion|ness|ity|ance|ence|ship|ism|ing|ails|ures|ices|ions)\b", re.IGNORECASE
)


# A newsletter's letter to its readers: "Hi folks," … "Best," and the writer's name.
_GREETING = re.compile(r"^(?:Hi|Hello|Hey|Dear|Greetings|Good\s+(?:morning|afternoon|evening))\b[^.!?]{0,30},$")
_SIGN_OFF = re.compile(
    r"^(?:(?:Best|Kind|Warm)(?:\s+(?:regards|wishes))?|Cheers|Regards|Thanks|Thank\s+you|Warmly|Sincerely|Yours)[,!]?$"
)


def letter_to_the_reader(page: Page) -> list[int]:
    """A greeting ("Hi folks,"), a few lines to the reader and a sign-off ("Best,") with the writer's name,
    above the article: a newsletter's note, not its text."""
    for g in (i for i, x in enumerate(page.lines[:20]) if _GREETING.match(x.text.strip())):
        end = next(
            (j for j in range(g + 1, min(g + 10, len(page.lines))) if _SIGN_OFF.match(page.lines[j].text.strip())), None
        )
        if end is not None:
            name = (
                end + 1 < len(page.lines) and len(page.lines[end + 1].words) <= 3 and not page.lines[end + 1].sentence
            )
            return list(range(g, end + 1 + name))
    return []
