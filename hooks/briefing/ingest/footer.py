"""Stage 1, ingest (footer): which lines after the body's last paragraph are still the article's.

`body` ends the article at the first line with evidence against it; these say where the story goes on below its
last paragraph: a label over more of it, a lead-in the stored copy cuts off.
"""

from __future__ import annotations

import re

from .chrome import is_prose
from .layout import Page
from .lexicon import CHROME_WORDS, PHONE
from .structure import NAME_SHAPE


def more_of_the_story(page: Page, i: int, end: int) -> bool:
    """Line `i`, after the body (which ends at `end`), heads or leads into more of the article."""
    return heads_the_subject(page, i) or leads_in_at_the_cut(page, i, end)


# "2.1 Nature of the business", "3. The Acquisition": a document's numbered section heading
NUMBERED_HEADING = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2}){0,2})\.?\s+[A-Z]")


def last_number(page: Page, end: int) -> str | None:
    """The number of the last numbered heading at or above the body's end ("2" of "2. The Acquisition"), found once."""
    return next((n for j in range(end, -1, -1) if not page.reasons[j] and (n := _numbered(page, j))), None)


def continues_the_numbering(page: Page, i: int, last: str | None) -> bool:
    """A numbered heading after the body that goes on from the last one above it (`last_number`: "2. The
    Acquisition", then "2.1 Nature of the business" or "3. Conditions"): the document's next section, not the
    page's footer."""
    here = _numbered(page, i)
    if here is None or last is None:
        return False
    parts = [int(x) for x in last.split(".")]
    following = {".".join(map(str, [*parts[:k], parts[k] + 1])) for k in range(len(parts))}
    return here in following | {f"{last}.1"}


def _numbered(page: Page, i: int) -> str | None:
    line = page.lines[i]
    m = NUMBERED_HEADING.match(line.text)
    return m[1] if m and len(line.words) <= 12 and not line.sentence else None


# "Signed in Kinshasa, June 21st 2025.", "Done at Roetown on 3 May": where a notice is signed, over who signs it
SIGNED_AT = re.compile(r"^\W*(?:signed|done|issued|made)\s+(?:in|at)\s+[A-Z]", re.I)


def under_the_signing(page: Page, i: int, end: int) -> bool:
    """One of the two short lines under a notice's "Signed in …" line that ends it: the signatory's name and post
    ("Patrick MPOYI LUABEYA", "Chairman of the Board of Directors") are the notice's, not the page's footer."""
    signed = next((j for j in range(max(end, i - 2), i) if SIGNED_AT.match(page.lines[j].text)), None)
    return (
        signed is not None
        and not page.reasons[i]
        and all(len(page.lines[k].words) <= 8 and not page.lines[k].sentence for k in range(signed + 1, i + 1))
    )


def heads_the_subject(page: Page, i: int) -> bool:
    """A short label ("HIGHLIGHTS") over a long line on the article's subject heads more of the
    article, not the page's footer; a teaser of another story is short, or off the subject."""
    j = i + 1
    if j + 1 < len(page.lines) and page.lines[j].structure == "item" and page.lines[i].text.rstrip().endswith(":"):
        j += len(page.lines[j + 1].words) >= 16  # "Key takeaways:" over "- Andina halts its mine" and a paragraph
    return (
        len(page.lines[i].words) <= 3
        and j < len(page.lines)
        and not (page.reasons[i] or page.reasons[j])
        and page.cohesion[j] >= 0.5
        and (len(page.lines[j].words) >= 16 or is_prose(page.lines[j], page.stops))
    )


def leads_in_at_the_cut(page: Page, i: int, end: int) -> bool:
    """The page's last line, a clause that ends with a colon right under the body's last paragraph ("By 2024,
    Verdean companies had:"), leads into a list the copy does not hold: the story's words, cut off."""
    line = page.lines[i]
    return (
        i == len(page.lines) - 1 == end + 1
        and not page.reasons[i]
        and (
            line.text.rstrip().endswith(":")
            and "," in line.text
            and len(line.words) >= 3
            # (a heading follows a whole paragraph; after "… To subscribe please click here" a line is no heading)
            or _cut_heading(line)
            and page.lines[end].text.rstrip().endswith((".", "!", "?", "”", '"', "’", ")", "»", "…"))
        )
    )


# The small words of a page's last links and notices ("Read more", "Exit mobile version", "About Andina", "Connect
# with"): no heading of the story's next section.
_NOTICE_WORDS = frozenset(
    "more read leggi läs lire leer ler about connect learn continue interested version mobile post posts content photo "
    "foto fotos image click here view see visit discussion summarized summary ai commentaire commentaires comentario "
    "comentarios kommentar".split()
)
_NAME_ALONE = re.compile(rf"{NAME_SHAPE}(?: M[PLS]P?)?")  # "Jane Doe MP": a signature


def _cut_heading(line) -> bool:
    """A heading of the story's next section, its paragraph cut off by the copy's end ("Widening State Ownership in
    Mining Sector"): a short title-like phrase, no sentence, no mark of a link or notice, no word of one."""
    text = line.text.strip()
    return (
        line.title_like
        and not line.sentence
        and 1 <= len(line.words) <= 12
        and not re.search(r"[,;|•>@/]|:(?!$)|https?:|www\.|\s[–—-]\s", text)  # (not "X – The Daily": a link, its site)
        and not text.isupper()
        and not _NAME_ALONE.fullmatch(text)
        and not any(w.casefold() in _NOTICE_WORDS or w.casefold() in CHROME_WORDS for w in line.words)
    )


# A release's contact block opens with its label: "Additional information:", "For further information:", "Media
# contacts:", "Enquiries:"; a contact's telephone or address follows.
CONTACT_LABEL = re.compile(
    r"^\W*(?:(?:for\s+)?(?:additional|further|more)\s+information|(?:media|press|investor)\s+(?:contacts?|enquiries|"
    r"inquiries|relations)|contacts?|enquiries|inquiries)\s*:\s*$",
    re.IGNORECASE,
)
_CONTACT = re.compile(rf"{PHONE.pattern}|\S+@\S+\.\w+|\w\(at\)\w*", re.IGNORECASE)


def before_the_contacts(page: Page, start: int, end: int) -> int:
    """The body's last line, before a release's contact block ("Additional information:" over "CEO Jane Doe, Andina
    Ltd, p. +1 555 0100 …"): what follows (the contact, a picture to download, the issuer's boilerplate) is not the
    story's."""
    for k in range(start + 1, end + 1):
        if CONTACT_LABEL.match(page.lines[k].text) and any(_CONTACT.search(x.text) for x in page.lines[k + 1 : k + 3]):
            return k - 1
    return end
