"""Stage 1, ingest (header): the lines between a page's headline and its body.

A standfirst, a dateline or the body's first sub-heading stays; bylines, stamps, captions, tags, a repeat of the
headline and bare labels go.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from ..sitedata import BoilerplateRules
from .bylines import SECTION_WORDS
from .chrome import is_prose
from .facts import dateline_alone, find_dateline, place_and_country, split_dateline
from .layout import Page, is_label, normalised, stamp_end, stands_alone, word_overlap
from .lines import opens_the_text, site_home, stamp_only, tag_list
from .pictures import alt_text, over_a_credit_alone
from .structure import NAME_SHAPE
from .twice import either_credited

_FIELD = re.compile(r"[A-Z][\w()]*(?:\s[\w()]+){0,3}:(?:\s|$)")  # "Project type: …", "Main Contractor(s): …"
_RECORD_FIELDS = 5
# A post's or a body's name under the headline, a release's byline; a notarised copy's heading
_POST_OR_BODY = re.compile(
    r"\W*(?:Minist|Secretar|Department|Office|Agency|Commission|Governor|President|Premier|Director|Chief|Head|Copy)",
    re.I,
)

# The author's post under the byline ("Deputy Director of Policy at the Institute for X", "Research Fellow and Editor of
# the Index of Y"), and the author with a social handle ("Jon B. Roe @jroe").
_AUTHOR_POST = re.compile(
    r"(?:[A-Z][\w'’-]*\s+){0,3}(?:Director|Fellow|Editor|Professor|Analyst|Researcher|Economist|Correspondent|Reporter|"
    r"Writer|Columnist|Contributor|Lecturer|Scholar)(?:\s+(?:and|of|for)\s+(?:[A-Z][\w'’-]*\s+){0,3}?[A-Z][\w'’-]*)*\s+"
    r"(?:at|of|with)\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|for|and|the|on))*"
)
# A company announcement's header: "Incorporated in the Republic of Verde", "(Incorporated in Bermuda with limited
# liability)", and the names it will use ("("Andina" or "the Company" or "the Group")").
_ISSUER = re.compile(
    r"\(?(?:Incorporated|Registered|Domiciled)\s+in\s+(?:the\s+)?[A-Z][\w .’'-]{2,60}?(?:\s+with\s+limited\s+liability)?\)?\.?"
    r"|\(\s*(?:[“\"][^”\"]{1,40}[”\"]\s*(?:,|or|and)?\s*){2,}\)"
)
_NUMBERED_HEADING = re.compile(
    r"\s*(?:\d+(?:\.\d+)+\.?|\d+\.|[IVX]{1,4}\.)\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)[A-Z]"
)  # not "16. February 2023"; "II. Background" in Roman numerals


def _section_heading(page: Page, i: int) -> bool:
    """A numbered heading with its text right under it (not a table of contents: numbered lines one under another)."""
    below = page.lines[i + 1] if i + 1 < len(page.lines) else None
    above = page.lines[i - 1].text if i > 0 else ""
    return bool(
        _NUMBERED_HEADING.match(page.lines[i].text)
        and not _NUMBERED_HEADING.match(above)
        and below
        and len(below.words) >= 8  # words of prose, maybe cut where the file wrapped them
        and below.stop_share >= 0.12
        and below.cap_share < 0.6
    )


_AUTHOR_HANDLE = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,3}@\w{2,30}")


def _author_post_or_handle(page: Page, i: int) -> bool:
    """A line of the author's box under the headline: a handle after the name, or the post right under a byline."""
    text = page.lines[i].text.strip()
    if _AUTHOR_HANDLE.fullmatch(text):
        return True
    under_byline = (
        bool(page.dropped) and page.dropped[-1].line == page.lines[i - 1].number and "byline" in page.dropped[-1].reason
    )
    return under_byline and bool(_AUTHOR_POST.fullmatch(text))


# A release's issuing minister under its headline, by title ("The Honourable Jane Doe", "Hon. Jon Roe MP"); the post
# printed over the name ("Minister for Resources") goes with it.
_HONOURED_NAME = re.compile(
    rf"\s*(?:The\s+)?(?:Rt\.?\s+)?Hon(?:ourable|orable|\.)?\s+{NAME_SHAPE}(?:\s+(?:MP|MLA|MPP|MHA|MHR|QC|KC|AM|AO))?\s*"
)


def _issuing_minister(page: Page, i: int, start: int) -> bool:
    """ "The Honourable Jane Doe", or the post over it ("Premier and Minister for Trade"), above the text."""
    if _HONOURED_NAME.fullmatch(page.lines[i].text):
        return True
    line = page.lines[i]
    return (
        i + 1 < start
        and not line.sentence
        and bool(_POST_OR_BODY.match(line.text))
        and bool(_HONOURED_NAME.fullmatch(page.lines[i + 1].text))
    )


# Two or three capitalised words, a name's shape ("Jane Doe", "Ana María Ortiz"), not a section's ("Executive Summary").
_AUTHOR_ALONE = re.compile(
    rf"(?!.*{SECTION_WORDS})"
    rf"\s*{NAME_SHAPE}\s*"
)


def decide_header(
    page: Page,
    bounds: tuple[int | None, int, int, int],
    titled: bool,
    kept_by_rule: Callable[[str], bool],
    labels: set[str],
    rules: BoilerplateRules,
) -> None:
    """Between the headline and the body: a standfirst, dateline or sub-heading is kept;
    bylines, stamps, captions, a repeat of the headline and bare labels are dropped (but not a
    label right above the body, which is the body's first heading). `bounds`: the headline's index (or None), the
    first line under it, and the body's first and last lines."""
    headline, first, start, end = bounds
    headline_words = page.words([headline]) if headline is not None else set()
    in_related = False
    top = start - (start > 0 and page.lines[start - 1].title_like)  # a standfirst printed twice keeps its copies
    in_body = {normalised(page.lines[j].text[stamp_end(page.lines[j].text) :]) for j in range(top, end + 1)}
    copies = Counter(normalised(page.lines[j].text[stamp_end(page.lines[j].text) :]) for j in range(first, start))
    # a record of fields ("Name: …", "Location: …", "Owner: …") under the headline: its labels and names are its own
    record = sum(bool(_FIELD.match(page.lines[j].text)) for j in range(first, start)) >= _RECORD_FIELDS
    for i in range(first, start):
        line, reason = page.lines[i], page.reasons[i]
        words = page.content[i]
        if kept_by_rule(line.text):
            page.keep.add(line.number)
        elif reason:
            in_related = reason == "related-stories list" and stands_alone(line)
            page.drop(i, reason)
        elif in_related and not is_prose(line, page.stops):
            page.drop(i, "related-stories list")
        elif stamp_only(line):
            page.drop(i, "time stamp")
        elif headline is None and i == 0 == start - 1 and _AUTHOR_ALONE.fullmatch(line.text) and not page.cohesion[i]:
            page.drop(i, "byline or credit")  # "Jane Doe" over a headless story: its author, whom it never names
        elif i > 0 and _author_post_or_handle(page, i):
            page.drop(i, "byline or credit")
        elif _issuing_minister(page, i, start):
            page.drop(i, "byline or credit")  # a release's minister: "Minister for Resources" over "The Honourable X"
        elif _ISSUER.fullmatch(line.text.strip()):
            page.drop(i, "the issuer's registration (a company announcement's header)")
        elif alt_text(page, i):
            page.drop(i, "a picture's alternative text, over its caption")
        elif tag_list(line, page.stops):
            page.drop(i, "a list of tags (words with no sentence between them)")
        elif copies[key := normalised(line.text[stamp_end(line.text) :])] > 1 and key not in in_body:
            page.drop(i, "repeated above the article (a caption or teaser)")
        elif i + 1 < len(page.lines) and either_credited(line.norm, page.lines[i + 1].norm):
            page.drop(i, why := "printed twice, once with a picture's credit (a caption and its alt text)")
            page.reasons[i + 1] = page.reasons[i + 1] or why  # the other copy, maybe the body's first line
        elif (
            is_label(line)
            and any(page.reasons[j] in ("byline or credit", "time stamp") for j in (i - 1, i + 1) if first <= j < start)
            and not find_dateline(line.text.strip())  # "Wellington (Wire) Feb 22, 2025" is the story's dateline
            and not opens_the_text(page, i, start)
            and not _section_heading(page, i)  # "I. Introduction" under the date, over its text
            # "Key Points" over a list is its heading
            and not (len(line.words) <= 3 and i + 1 < len(page.lines) and page.lines[i + 1].structure == "item")
        ):
            page.drop(i, "byline (beside the author's name or the date)")
        elif line.norm in labels:
            page.drop(i, "rule: section_labels in site_data/boilerplate.yml")
        elif record and (_FIELD.match(line.text) or is_label(line) or len(line.words) <= 3):
            page.keep.add(line.number)  # "General information", "Name: …", "Chinese Name:" in a record
        elif over_a_credit_alone(page, i):
            page.drop(i, "a picture's caption, over its credit")
        elif (
            len(words) >= 2  # (one long word of a script whose words are short is too little to say: "리튬광구")
            and word_overlap(words, headline_words) >= rules.caption_overlap
            and not dateline_alone(line.text)
        ):
            page.drop(i, "repeats the headline")
        elif (
            (headline is not None or titled)
            and (is_label(line) or len(line.words) <= 2)
            and not (i + 1 == start and page.lines[start].structure != "text")
            and not (find_dateline(line.text.strip()) or split_dateline([x.text for x in page.lines[i : i + 4]]))
            and not place_and_country(line.text)
            and not opens_the_text(page, i, start)
            and not _section_heading(page, i)  # "1. Introduction" over its text: a document's first section
            # "Key Agreement Signed for Stake Sale", on the subject, is a heading; "Minister for Mines", a byline
            and not (len(line.words) >= 4 and page.cohesion[i] >= 0.5 and not _POST_OR_BODY.match(line.text))
        ):  # "Highlights" over a list stays; a dateline on its own line (or a part a line) is the story's
            page.drop(i, "label or byline under the headline")
        # an outlet's or section's name above the text (a heading stands right above its text)
        elif (
            headline is None
            and line.title_like
            and i + 1 < start
            and (len(line.text.split()) <= 2 or i > 0 and site_home(page.lines[i - 1].text))
        ):
            page.drop(i, "label above the article (or the site's name under its address)")
        elif (
            headline is None
            and line.structure == "item"
            and not line.sentence
            and len(line.words) <= 4
            and i + 1 < start
        ):
            page.drop(i, "label above the article")  # "- Region: Asia", "- Overseas Investment Loans": a release's tags
        else:
            page.keep.add(line.number)
