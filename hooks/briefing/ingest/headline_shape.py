"""Stage 1, ingest (headline shape): whether one line may be a page's headline, by its own shape.

`headline` weighs the lines that may be against the article's prose; here a line is ruled out by what it
is (a sentence, a dateline, an issuer's or a site's name, a picture described, a list's item).
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .captions import PICTURE_DESCRIBED
from .chrome import Line
from .facts import bare_place_before_dash
from .interface_text import GLUED
from .layout import SENTENCE_INSIDE, Page, stamp_end
from .lines import site_home

# "EU Policy. Commissioner touts …": a section's name run into the headline.
SECTION_BEFORE = re.compile(r"^[A-Z][\w&]*(?:\s+[A-Z][a-z]{3,}){1,2}\.\s+(?=[A-Z][a-z])")  # not "Mines Min. …"
# A button's label run into the headline's end: "… in Uranium One Add to ..." (a dangling "to" ends no headline).
BUTTON_AFTER = re.compile(r"\s+(?:Add|Save|Share|Send)\s+(?:to|on|via)\s*(?:\.{3}|…)?\s*$")
# An editor's or partner agency's initials after the headline: "Can Ruritania win the copper race? (xyz)".
EDITOR_TAG = re.compile(r"(?<=[\w?!.’\"”])\s+\((?!sic\)|pdf\))[a-z]{2,4}\)\s*$")


def lone_item(page: Page, i: int) -> bool:
    """A short list of one item ("• Ruritania begins producing rare earths") is a headline set as a
    bullet (a highlight of thirty words is not)."""
    return (
        page.lines[i].structure == "item"
        and len(page.lines[i].words) <= 16
        and all(page.lines[j].structure != "item" for j in (i - 1, i + 1) if 0 <= j < len(page.lines))
    )


# "The Sundaytimes Ruritania": a site's name, one of its words a paper's name run together ("…times", "…news").
SITE_NAME = re.compile(
    r"(?:The\s+)?(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][a-z]+(?:times|news|herald|tribune|gazette|daily|journal)"
    r"(?:\s+[A-Z][\w'’-]*){0,2}"
)
ISSUE_LABEL = re.compile(r"\((?:[A-Z][a-z]{2}\s?)?\d{1,2}/\d{1,3}\)\s*$")
ISSUER = re.compile(
    r"(?:(?:The|Press|Information)\s+)*(?:Ministry|Department|Government|Office|Bureau|Embassy|Consulate|Secretariat)"
    r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:(?:\s+|,\s+|\s+and\s+|\s+&\s+)[A-Z][\w’'-]*){0,5}"
)


def two_part_opening(i: int, text: str) -> bool:
    """ "Verde needs copper. A Ruritanian miner knows where to find it": a page's first line, in two sentences
    with no stop at its end, is a headline written in two parts (a paragraph ends with its stop); so is one of
    a dozen words or fewer with its stop ("Verde finds lithium. Asks Andina for help."): no lead is that short."""
    if i != 0 or len(SENTENCE_INSIDE.findall(text)) != 1:
        return False
    return text[-1:].isalnum() and len(text.split()) <= 25 or text.endswith(".") and len(text.split()) <= 12


def _kicker(text: str, m: re.Match) -> bool:
    """ "Verde note! Ruritania finds …": a word or two exclaimed before the headline, not a sentence."""
    return m.group("end") == "!" and len(text[: m.start("end")].split()) <= 3


def asked(line: Line) -> bool:
    return EDITOR_TAG.sub("", line.text).rstrip().endswith("?")


def title_question(line: Line) -> bool:
    """A headline asked as a question, in title case or after a colon: "Are Export Bans an Effective
    Tool?", "Deep sea: a new divide?"."""
    return line.text.rstrip().endswith("?") and (line.cap_share >= 0.5 or ": " in line.text) and len(line.words) <= 30


def may_be_headline(page: Page, i: int) -> bool:
    line = page.lines[i]
    text = line.text.strip()
    text = SECTION_BEFORE.sub("", EDITOR_TAG.sub("", BUTTON_AFTER.sub("", text[stamp_end(text) :])))  # "EU Policy. …"
    return not (
        page.reasons[i]
        or line.structure != "text"
        and not lone_item(page, i)
        # a release's long headline opens its page (not a dek run twice together: "X says YX says Y")
        or not 3
        <= len(lx.WORD.findall(text))
        <= (40 if i == 0 and text[: len(text) // 2] not in text[len(text) // 2 :] else 30)
        or len(text.split()) < 3
        or len(GLUED.findall(text)) >= 2  # "Stock-Gold-Mining", "HomeSteel & …"
        or text.endswith((".", "…", ":", ";"))
        and not (text.endswith(".") and two_part_opening(i, text))
        or any(
            not _kicker(text, m) and (m.group("end") != "?" or line.cap_share < 0.6)
            for m in SENTENCE_INSIDE.finditer(text)
        )
        and not two_part_opening(i, text)
        or (
            (m := lx.DATELINE.match(text))
            and not (m.group("place") and bare_place_before_dash(m, m.group("place")))
            and (len(line.words) <= 4 or not lx.WORD.search(text[m.end() :]))
        )
        or ISSUER.fullmatch(text)  # "Ministry of Mines" over a release: who issues it, not its headline
        or SITE_NAME.fullmatch(text)
        or ISSUE_LABEL.search(text)  # "Verde Info Service on Trade (Feb12/06)": a newsletter's issue
        or PICTURE_DESCRIBED.match(text)
        or i > 0
        and site_home(page.lines[i - 1].text)  # the site's name under its address
    )


def headline_under_its_dek(page: Page, start: int) -> int | None:
    """A page that opens with its dek, one sentence, and prints the headline right under it ("Ruritania reclaimed 51
    idle mining licences to …" over "Ruritania Retakes 51 Mines After Revoking Licences"): a title-case line, half its
    words or more the dek's, printed with it as one block (no blank line between them, one after)."""
    if start != 0 or len(page.lines) < 3 or page.reasons[1] or not page.lines[0].sentence:
        return None
    numbers = [x.number for x in page.lines[:3]]
    if not numbers[0] + 1 == numbers[1] < numbers[2] - 1:
        return None  # (a sub-heading between paragraphs: "Background of the Dispute")
    line, words = page.lines[1], page.content[1]
    fits = line.title_like and not line.sentence and 4 <= len(line.words) <= 20 and may_be_headline(page, 1)
    return 1 if fits and words and len(words & page.content[0]) >= len(words) / 2 else None
