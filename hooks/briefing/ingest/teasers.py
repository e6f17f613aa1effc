"""Stage 1, ingest (teasers): other stories a page sets into or under the article: a headline
between two paragraphs, links under one label, a card's headline printed again after its section,
a headline over a "Read more" link, the body's last paragraphs cut off as teasers."""

from __future__ import annotations

import re
from bisect import bisect_left

from .layout import Page, in_headline_list


def teaser_in_body(page: Page, i: int, start: int, end: int) -> bool:
    """Inside the body (`start` to `end`): a run of headlines off the subject, a headline over its "Read
    more" link, the last paragraphs cut off as teasers, two headlines in a row under a sub-heading."""
    return (
        in_headline_list(page, i, start, end)
        or teaser_over_link(page, i, end)
        or trailing_teasers(page, i, start, end)
        or headlines_in_a_row(page, i, start, end)
    )


def teaser_in_text(page: Page, i: int) -> bool:
    """A long title-case line between two paragraphs that shares no word with the article ("Jane Doe’s
    Apology to Parents at Senate Hearing on Online Safety") is another story's headline set into it; a
    sub-heading is shorter, or on the subject."""
    line = page.lines[i]
    return (
        0 < i < len(page.lines) - 1
        and page.cohesion[i] == 0.0
        and line.title_like
        and len(line.words) >= 9
        and line.cap_share >= 0.6
        and all(page.lines[j].sentence and page.weights[j] > 1 for j in (i - 1, i + 1))
    )


# "PRESS RELEASE: Verde signs …": a link's kind in capitals before another item's title.
_KIND_LABEL = re.compile(r"^\W{0,3}([A-Z]{2,}(?:\s[A-Z]{2,}){0,2}):\s+\S")


def links_under_one_label(page: Page) -> list[int]:
    """Two lines or more in a row, each a title after the same label in capitals and none a sentence
    ("PRESS RELEASE: Scoping study completed" / "PRESS RELEASE: Verde and Andina collaborate"), are
    links to other items; the article's own labelled lines ("NOTE: …") end as sentences."""
    labels = [
        m[1] if (m := _KIND_LABEL.match(x.text)) and not x.text.rstrip().endswith((".", "?", "!")) else None
        for x in page.lines
    ]
    return [
        i
        for i, label in enumerate(labels)
        if label and label in (labels[i - 1] if i else None, labels[i + 1] if i + 1 < len(labels) else None)
    ]


def headlines_listed_above(page: Page) -> list[int]:
    """Three items or more in a row above the page's first paragraph, none ending as a sentence and most
    sharing no word with the article, are other stories' headlines (a site's strip of links); a summary's
    points over the text are about it."""
    first = next((i for i, x in enumerate(page.lines) if x.sentence and page.weights[i] > 1), 0)
    runs: list[list[int]] = [[]]
    for i in range(first):
        line = page.lines[i]
        if line.structure == "item" and not line.text.rstrip().endswith((".", "!", "?")):
            runs[-1].append(i)
        elif runs[-1]:
            runs.append([])
    return [
        i for run in runs if len(run) >= 3 and sum(page.cohesion[i] < 0.1 for i in run) >= 2 / 3 * len(run) for i in run
    ]


# "2014-03-20Verde drops out of race for copper mine": a list's date glued to the next item's headline.
_DATE_GLUED = re.compile(r"^(?:19|20)\d\d-[01]\d-[0-3]\d(?=[A-Z])")


def _dated_headlines(page: Page) -> list[int]:
    dated = [bool(_DATE_GLUED.match(x.text)) and not x.sentence for x in page.lines] + [False]
    found: list[int] = []
    for i in range(len(page.lines)):  # (to the page's last line: a run may end there)
        in_run = bool(found) and found[-1] == i - 1
        if dated[i] and (dated[i + 1] or in_run):
            found += [i - 1] if i and not in_run and page.lines[i - 1].title_like and i - 1 not in found else []
            found.append(i)
    return found


# "Roetown, Jan 22,: At least ten soldiers were...": another story's opening under its headline, dated and cut short.
_DATELINED_CUT = re.compile(
    r"^[A-Z][\w.'’ -]{1,30},\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s*[:–—-].*(?:\.\.\.|…)$"
)


_AGO = re.compile(r"\d{1,2}\s+(?:mins?|minutes?|hours?|hrs?|days?)\s+ago", re.IGNORECASE)


def dated_teasers(page: Page) -> list[int]:
    """Two lines or more in a row, each a headline with a date glued before it, are a list of other
    stories; so is the headline right above them (its date is glued to the next one). So are two openings or more
    under their headlines, each dated and cut short ("Roetown, Jan 22: …"), and a feed's items, each over its age
    ("4 hours ago")."""
    found = _dated_headlines(page)
    cut = [i for i, x in enumerate(page.lines) if _DATELINED_CUT.match(x.text.strip())]
    for i in cut if len(cut) >= 2 else ():
        found += [i - 1, i] if i and page.lines[i - 1].title_like and not page.lines[i - 1].sentence else [i]
    ago = [i for i, x in enumerate(page.lines) if _AGO.fullmatch(x.text.strip())]
    for k, i in enumerate(ago if len(ago) >= 2 else ()):  # "Police are investigating …" / "4 hours ago": a feed's items
        found += range(ago[k - 1] + 1 if k else i - 1, i)
    return sorted(set(found))


def teaser_over_link(page: Page, i: int, end: int) -> bool:
    """A headline right above a bare "Read more »" link is another story's teaser, and so are its first lines
    cut off with "…" between them ("X to produce Y" / "On Tuesday, X launched …" / "see more")."""

    def link(j: int) -> bool:
        return j < len(page.lines) and page.reasons[j] == "related-stories list" and len(page.lines[j].words) <= 3

    def headline(j: int) -> bool:
        return page.lines[j].title_like and not page.lines[j].sentence

    cut_off = i + 1 < len(page.lines) and truncated(page.lines[i + 1].text) and link(i + 2)
    return (
        headline(i)
        and (i < end and link(i + 1) or cut_off)
        or i >= 1
        and truncated(page.lines[i].text)
        and link(i + 1)
        and headline(i - 1)
    )


# "Verde: With a renewed push …": a paragraph that opens with a place and a colon
_PLACE_OPENING = re.compile(r"[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*)?:\s")


def trailing_teasers(page: Page, i: int, start: int, end: int) -> bool:
    """The body's last paragraphs each cut off with "…", the first opening with a place ("Verde:
    …"): other stories' teasers, not the article (whose first paragraph may open so)."""
    return (
        i > start
        and bool(_PLACE_OPENING.match(page.lines[i].text))
        and all(truncated(page.lines[j].text) for j in range(i, end + 1))
    )


def headlines_over_cut_openings(page: Page, start: int, end: int) -> set[int]:
    """Two or more headlines in the body, each over its story's opening cut off with "…" ("Verde
    secures land access for lithium project" / "London-listed Verde has secured …"): a list of other
    stories, however close to the article's subject; one such pair alone may be the article's own."""
    pairs = [
        (i, i + 1)
        for i in range(start, end)
        if (page.lines[i].title_like or _quoted_title(page.lines[i].text))
        and not page.lines[i].sentence
        and truncated(page.lines[i + 1].text)
    ]
    return {i for pair in pairs for i in pair} if len(pairs) >= 2 else set()


def _quoted_title(text: str) -> bool:
    """A headline a site prints in quotation marks: “Verde Considers Jet Assembly in Andina”."""
    text = text.strip()
    return len(text) > 2 and text[0] in '“"' and text[-1] in '”"' and text[1].isupper() and len(text.split()) <= 20


def truncated(text: str) -> bool:
    """A teaser the page cuts off ("… including Canada, […]"): the paragraphs it repeats are the
    article's text, not pull quotes."""
    return text.rstrip().endswith(("…", "...", "[…]", "[...]"))


def heads_a_list(page: Page, i: int) -> bool:
    """A short heading over three items written as phrases ("Project Overview" over "- Staged
    production plan up to 60 ktpa"): a section of the article after its prose (a company's page on a
    project), not a list of other stories, whose headlines are capitalised or sit under a label."""
    line, items = page.lines[i], range(i + 1, i + 4)
    return (
        not page.reasons[i]
        and line.structure == "text"
        and not line.sentence
        and 0 < len(line.words) <= 10
        and items.stop <= len(page.lines)
        and all(
            page.lines[j].structure == "item"
            and not page.reasons[j]
            and len(page.lines[j].words) >= 3
            and page.lines[j].cap_share < 0.5
            for j in items
        )
    )


def list_goes_on(page: Page, start: int, end: int) -> bool:
    """The body [start, end] ends in a list under a heading (`heads_a_list`): the lines after it go on
    with the same section."""
    head = next((k for k in range(end, start - 1, -1) if k == start or page.lines[k].structure != "item"), None)
    return head is not None and heads_a_list(page, head)


def repeats_a_paragraph(paragraphs: list[str], text: str) -> bool:
    """Whether a longer paragraph (`paragraphs`: sorted, distinct) starts with this line's words (a
    pull quote or caption repeating it), one that is not itself cut off. Sorted, the paragraphs that
    start with the line follow it: a look-up, not a scan, however long the report."""
    words, at = text.rstrip("."), bisect_left(paragraphs, text.rstrip("."))
    while at < len(paragraphs) and paragraphs[at].startswith(words):
        if len(text) < len(paragraphs[at]) and not truncated(paragraphs[at]):
            return True
        at += 1
    return False


def headlines_in_a_row(page: Page, i: int, start: int, end: int) -> bool:
    """Inside the body, two headlines in a row under a short sub-heading ("Nuclear accord" over "Ruritania
    pledges to help Verde build reactors" and "Verde advances reactor plan with Andina"): links to other
    stories set between the sub-heading and its paragraphs."""

    def headline_like(j: int) -> bool:
        if not start <= j <= min(end, len(page.lines) - 1):
            return False
        line = page.lines[j]
        return (
            line.structure == "text"
            and line.title_like
            and not line.sentence
            and len(line.words) >= 6
            and not page.reasons[j]
            and not line.text.rstrip().endswith((":", "?"))
        )

    if not headline_like(i):
        return False
    first = i - 1 if headline_like(i - 1) else i
    if first == i and not headline_like(i + 1):
        return False
    heading = page.lines[first - 1] if first > start else None  # the paragraphs' own heading over the run
    return heading is not None and heading.title_like and not heading.sentence and len(heading.words) <= 3


_BOX_REASONS = ("appeal to the reader", "between two lines of an appeal", "related-stories list")


def resumes_after_box(page: Page, end: int) -> int:
    """The body's last line, past a newsletter or subscription box set into it: after the box's lines (each
    an appeal or a link, nothing else), two paragraphs or more of prose on the subject go on with the story."""
    i = end + 1
    while i < len(page.lines) and (
        (page.reasons[i] or "").startswith(_BOX_REASONS)
        or i > end + 1
        and page.lines[i].structure == "item"
        and not page.lines[i].sentence  # the links under a label
    ):
        i += 1
    j = i
    while j < len(page.lines) and not page.reasons[j] and page.lines[j].sentence and page.weights[j] > 1:
        j += 1
    return j - 1 if i > end + 1 and j - i >= 2 else end


def list_kept_whole(page: Page, end: int) -> int:
    """The body's last line, past the rest of a bulleted list it ends inside or announces ("… signed the following
    agreements:"): a list's items, line under line, are one block (a summary's takeaways), kept or left out together."""
    if not 0 <= end < len(page.lines):
        return end  # (no line at all)
    announces = page.lines[end].text.rstrip().endswith(":") and page.lines[end].structure == "text"
    while (
        (page.lines[end].structure == "item" or announces)
        and end + 1 < len(page.lines)
        and page.lines[end + 1].structure == "item"
        and page.lines[end + 1].number <= page.lines[end].number + (2 if announces else 1)  # (a blank line after ":")
        and page.reasons[end + 1] is None
        and len(page.lines[end + 1].words) >= 3  # not a tag under it ("- Verde")
    ):
        end, announces = end + 1, False
    return end


OFF_TOPIC = 0.05  # a line sharing (nearly) no word with the rest of the page
OFF_TOPIC_RUN = 3


def off_topic_tail(page: Page, start: int, end: int) -> int:
    """The body's last line, before the page's chrome ("[ad]", "Source link") and a run of three lines or more
    to the body's end that share no word with the page: another site's teasers, each a story of its own."""
    chrome = next((k for k in range(end, start, -1) if page.reasons[k]), None)
    if chrome is None or end - chrome < OFF_TOPIC_RUN:
        return end
    tail = [k for k in range(chrome + 1, end + 1) if not page.reasons[k]]
    on_topic = sum(page.cohesion[k] >= 0.2 and page.lines[k].sentence for k in range(start, chrome))
    if len(tail) >= OFF_TOPIC_RUN and on_topic >= 2 and all(page.cohesion[k] < OFF_TOPIC for k in tail):
        return next(k for k in range(chrome, start - 1, -1) if not page.reasons[k])
    return end
