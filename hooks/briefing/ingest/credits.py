"""Stage 1, ingest (credits): a line that says who wrote the article, or whose picture it is.

Bylines, reporting credits, an author's portrait caption or profile title, a reading time beside a name:
metadata around the article, not its text (`chrome.evidence` asks here once the line's shape has been read).
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .captions import PORTRAIT, PROFILE_TITLE, TWO_PORTRAITS
from .phrases import DESK_CREDIT, READING_TIME, headline_then_reading_time

# "Verde News with information from Andina Press.", "Con información de Agencia X": where the story came from,
# signed under it (English, Spanish, Portuguese, French).
WITH_INFORMATION_FROM = re.compile(
    r"^(?:[A-Z][\w.'’-]*(?:\s+(?:&|y|e|and|et|de|del|do|da))?\s+){0,5}(?i:with|con|com|avec)\s+"
    r"(?i:(?:additional\s+)?(?:information|reporting)|informaci[oó]n|informa[cç](?:ão|ões)|(?:des\s+)?informations)\s+"
    r"(?i:from|by|de|del|da|do|das|dos|des|du)\s+(?:(?:la|el|las|los|a|o)\s+)?[A-Z][\w.&'’-]*(?:\s+[\w.&'’-]+){0,5}\.?$"
)

# "This is a machine translation from Italian language of a post published on X at the URL …": a note on the copy.
# "Following is an excerpt from a report in …": the same, for an excerpt.
TRANSLATION_NOTE = re.compile(
    r"^(?:This|The\s+(?:following|above))\s+(?:is|was)\s+an?\s+(?:(?:automatic|automated|machine|AI)[- ])?"
    r"(?:generated\s+)?translation\s+(?:from|of)\b"
    r"|^(?:The\s+)?following\s+(?:is|are)\s+(?:an?\s+)?(?:excerpts?|extracts?)\s+(?:from|of)\b",
    re.IGNORECASE,
)

# "(Bericht von Jane Doe, redigiert von Jon Roe. Bei Rückfragen …)": a wire's closing credit in German, Spanish,
# Portuguese or French, as "(Reporting by …; Editing by …)" in English.
FOREIGN_WIRE_CREDIT = re.compile(
    r"^\(\s*(?:Bericht|Reportage|Reportaje|Reportagem|Reporte|Redacci[oó]n|Reda[cç][aã]o|Texto)\s+"
    r"(?:von|de|par|por|da|do)\s+[A-Z][^()]*\)\s*$"
)


# "Jane Doe pour Les Nouvelles de Verde", "Par Jon Roe pour Verde infos": a reporter writing for an outlet (not English
# "for": "Ruritania Bids for Andina Mines" is a headline)
NAME_FOR_OUTLET = re.compile(
    r"^(?:Par\s+|Por\s+|Von\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\s+(?:pour|para|für)\s+"
    r"(?:(?:les?|la|l['’]|el|los|las|o|a|der|die|das)\s*)?[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,3}$"
)
# "Jane Doe for the Verde Observer": the same in English, only before an outlet's name ("… Bids for Andina Mines" is
# a headline)
FOR_THE_OUTLET = re.compile(
    r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\s+for\s+the\s+(?:[A-Z][\w'’.-]*\s+){0,3}"
    rf"(?:{lx.SITE_HEAD}|Observer|Monitor|Chronicle|Standard|Mail|Star)$"
)
# "De Andina Press.", "From Verde Wire.": where the copy came from, one name under it (English, Spanish, Portuguese,
# Italian, Indonesian, German, French)
FROM_AGENCY = re.compile(r"^(?:From|De|Desde|Da|Dari|Von|Par)\s+(?:la\s+|l['’])?[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?\.$")
# "© Verde Press - Riproduzione riservata", "Copyright 2024 Verde Daily. All rights reserved.": the publisher's notice
COPYRIGHT_NOTICE = re.compile(
    r"(?:©|ⓒ|\(c\)|\bcopyright\b)[^.]{0,60}?(?:all\s+rights\s+reserved|riproduzione\s+riservata|derechos\s+reservados|"
    r"droits\s+r[ée]serv[ée]s|rechte\s+vorbehalten|direitos\s+reservados|hak\s+cipta\s+dilindungi)",
    re.IGNORECASE,
)
# "Agência Lusa", "Agencia EFE": a news agency's name alone on a line, the copy's credit
AGENCY_ALONE = re.compile(r"^(?:Ag[êe]ncia|Agencia|Agence|Agentur)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?$")


# "Jane DoePartner, Head of Office – Roetown", "Jon RoeTrainee Lawyer,Digital & Data": an author's name run into the
# post under it (a firm's author box, its line breaks lost); not "Ronald McDonald," ("Mc", "Mac" open a surname).
NAME_RUN_INTO_POST = re.compile(
    r"(?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z]{2,}(?<!Mac)(?=[A-Z][a-z])[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\s*,"
)
# A user's handle alone on a line, a blog post's author: "janedoe_writes" (one word in lower case, no sentence's).
HANDLE_ALONE = re.compile(r"@?[a-z][a-z0-9_.]{9,29}(?<![.])")


def credit_reason(text: str, n: int, lower: frozenset[str], sentence: bool) -> str | None:
    """Why a line (`text` without its bullet, `n` words, `lower` its words in lower case, `sentence`: it ends like
    one) is a credit, or None."""
    if (lx.BYLINE.match(text) or lx.FROM_REPORTER.match(text)) and n <= 14 and not (sentence and n > 8):
        return "byline or credit"
    if (
        n <= 16
        and WITH_INFORMATION_FROM.match(text)
        or n <= 10
        and (NAME_FOR_OUTLET.match(text) or AGENCY_ALONE.match(text) or FOR_THE_OUTLET.match(text))
    ):
        return "byline or credit"
    if n <= 12 and not sentence and NAME_RUN_INTO_POST.match(text):
        return "byline or credit"
    if n == 1 and HANDLE_ALONE.fullmatch(text):
        return "byline or credit"
    if n <= 3 and FROM_AGENCY.match(text):
        return "byline or credit"
    if n <= 20 and not sentence and (link := lx.URL.search(text)) and link.end() == len(text) and lx.DATE.search(text):
        return "byline or credit"  # "Verde Times May 3, 2013 Headline http://…": the original's outlet, date and link
    if n <= 15 and COPYRIGHT_NOTICE.search(text):
        return "a copyright notice"
    if n <= 8 and not sentence and re.search(r"(?:^|\s)[-–|/]?\s*[Bb]y$", text):
        return "byline or credit"  # "in Economy / Verde - by": a category line, its author's name (a link) lost
    # "(Reporting by X in Manila; additional reporting by Y; Editing by Z)", "(Bericht von X, redigiert von Y)"
    if lx.INLINE_CREDIT.match(text) or FOREIGN_WIRE_CREDIT.match(text):
        return "byline or credit"
    if n <= 14 and PORTRAIT.fullmatch(text) or n <= 30 and TWO_PORTRAITS.fullmatch(text):
        return "caption or photo credit"  # "Jane Doe, Minister of Mines.", two of them side by side
    if n <= 20 and PROFILE_TITLE.fullmatch(text):
        return "page furniture"  # "Jane Doe Secretary, Ministry of Mines | Official Website": a profile's title
    if n <= 20 and (read := READING_TIME.search(text)) and not headline_then_reading_time(text, read):
        return "byline or credit"  # "Jane Doe, The Daily 4 min read 12 Jan 2024": the author and a reading time
    if (
        n <= 20
        and lx.BYLINE_INSIDE.search(text)
        and (lx.DATE.search(text) or lx.TIME.search(text) or lx.NUMERIC_DATE.search(text))
    ):
        return "byline or credit"
    if (
        n <= 6
        and not sentence
        and lower & lx.STAFF_ROLES
        and (lx.DATE.search(text) or lx.NUMERIC_DATE.search(text) or DESK_CREDIT.fullmatch(text))
    ):
        return "byline or credit"  # "2024-08-21 Energy editor", "News Desk"
    return None
