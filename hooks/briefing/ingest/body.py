"""Stage 1, ingest (body): a scraped page's lines → the article's lines, its headline, and what was dropped.

Lines with chrome evidence of their own are marked (`chrome.evidence`, `blocks`); the headline is found above the
prose (`headline`); the body is the densest run of prose below it (`layout.densest_run`). Between them, bylines,
stamps and captions go and a standfirst or dateline stays; after the body, the footer; inside it, evidence, related
headlines, inserted appeals and pull quotes go. A line the evidence cannot place is kept, unless the line model
(`line_model`, trained on real pages) takes it for chrome.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from ..sitedata import BoilerplateRules
from . import lexicon as lx
from .blocks import between_chrome, call_to_action_lists, cut_footer, ends_the_story, headline_of
from .chrome import ITEM_MARKER, Dropped, evidence, is_prose, measure
from .comments import before_the_comments, before_the_credit, before_the_signature
from .facts import glue_split_datelines
from .footer import (
    before_the_contacts,
    continues_the_numbering,
    last_number,
    more_of_the_story,
    under_the_signing,
)
from .header import decide_header
from .headline import headline_below
from .headline_shape import headline_under_its_dek
from .layout import (
    NOTE_ENTRY,
    NOTICE_FIELD,
    Cleaned,
    Page,
    cells_as_rows,
    cohesion_of,
    content_words,
    cut_inline_credits,
    dateline_start,
    densest_run,
    glued_list_start,
    introduced_items,
    line_weights,
    normalised,
    notes_in_order,
    prose_follows,
    stamp_end,
    stands_alone,
    weighted_by_cohesion,
)
from .line_model import second_opinion
from .lines import (
    COUNTERS_BEFORE,
    SECTION_KICKER,
    SOURCE_AFTER_HEADLINE,
    WIRE_AFTER_HEADLINE,
    signs_off,
    stamped_deks,
    tag_list,
)
from .stamps import TICKER, ticker_rows
from .teasers import (
    headlines_over_cut_openings,
    heads_a_list,
    list_goes_on,
    list_kept_whole,
    off_topic_tail,
    repeats_a_paragraph,
    resumes_after_box,
    teaser_in_body,
)
from .twice import pictures_after, printed_twice


def _in_another_script(text: str, stops: frozenset[str]) -> bool:
    """A short line with no Latin letter on a page in a language written in Latin letters ("اضافة اعلان", an
    advertisement's label, on an English page)."""
    letters = [c for c in text if c.isalpha()]
    return (
        bool(letters)
        and len(text.split()) <= 12
        and _latin_stoplist(stops)
        and not any(unicodedata.name(c, "").startswith("LATIN") for c in letters)
    )


@functools.cache
def _latin_stoplist(stops: frozenset[str]) -> bool:
    return sum(map(str.isascii, stops)) * 2 > len(stops)


class PageCleaner:
    """Applies `site_data/boilerplate.yml` and the general evidence to one page's lines."""

    def __init__(self, rules: BoilerplateRules):
        self.rules = rules
        self.drop = {normalised(x) for x in rules.drop_lines}
        self.labels = {normalised(x) for x in rules.section_labels}
        self.keep = {normalised(x) for x in rules.keep_lines}
        kept = "|".join(f"(?:{p})" for p in rules.keep_patterns)  # one search per line, not one per rule
        self.keep_patterns = re.compile(kept, re.IGNORECASE) if kept else None
        self.footer = [re.compile(p, re.IGNORECASE) for p in rules.footer_patterns]
        self.recorder = None  # scripts/train_line_model.py: receives each page's line features

    def kept_by_rule(self, text: str, norm: str | None = None) -> bool:
        return (norm or normalised(text)) in self.keep or bool(self.keep_patterns and self.keep_patterns.search(text))

    def clean(
        self,
        numbered: list[tuple[int, str]],
        stops: frozenset[str],
        last_line: dict[int, int] | None = None,
        titled: bool = False,
        repeated: frozenset[str] = frozenset(),
    ) -> Cleaned:
        """`numbered`: the page's (line number, text); `last_line`: where joined lines end; `titled`: the headline
        is known from elsewhere (a saved page's title); `repeated`: lines the outlet prints in other articles."""
        numbered, footer = cut_footer(numbered, self.footer, self.rules.max_footer_line_length, self.kept_by_rule)
        numbered, credits = cut_inline_credits(numbered)
        page = self._measure([(n, t) for n, t in numbered if t.strip()], stops, repeated)
        page.dropped.extend(footer)
        headline = headline_of(page)
        first = 0 if headline is None else headline + 1
        span = densest_run(page.weights[first:]) if max(page.weights[first:], default=0) > 1 else None  # no prose: all
        start, end = (first + span[0], first + span[1]) if span else (first, len(page.lines) - 1)
        start, end = dateline_start(page, start, end), list_kept_whole(page, resumes_after_box(page, end))
        end = before_the_comments(page, start, before_the_contacts(page, start, before_the_signature(page, start, end)))
        end = before_the_credit(page, start, end)
        end = off_topic_tail(page, start, end)
        deks = stamped_deks(page, headline, first)  # " date 2019-12-27 The dek" (and the dek as title): text
        page.keep.update(page.lines[i].number for i in deks)
        for i in (i for i in range(0, first - 1) if i not in deks):
            self._decide(page, i, "above the headline")
        decide_header(page, (headline, first, start, end), titled, self.kept_by_rule, self.labels, self.rules)
        self._inside(page, start, self._link_lists(page, start, end), headline)
        self._footer(page, start, end)
        for i in range(end + 1, len(page.lines)) if headline is not None else ():  # a permalink under the text
            if page.lines[i].norm == page.lines[headline].norm and page.lines[i].number in page.keep:
                page.keep.discard(page.lines[i].number)
                page.drop(i, "repeats the headline")
        second_opinion(page, headline, start, end, lambda i: self.kept_by_rule(page.lines[i].text), self.recorder)
        if headline is None and not titled and (headline := headline_below(page, start, end)) is not None:
            page.keep.discard(page.lines[headline].number)  # printed after the text
        if headline is None and not titled and (headline := headline_under_its_dek(page, start)) is not None:
            page.keep.discard(page.lines[headline].number)  # the headline, printed under its dek
        ends = last_line or {}
        dropped = sorted(
            (Dropped(d.line, d.text, d.reason, ends.get(d.line, d.line)) for d in page.dropped), key=lambda d: d.line
        )
        line = page.lines[headline] if headline is not None else None
        title = line.text[stamp_end(line.text) :].strip() if line else None
        title = ITEM_MARKER.sub("", title, count=1) if line and line.structure == "item" else title  # "• X"
        title = SECTION_KICKER.sub("", title, count=1) if title else title  # "Verde / Andina buys …": its section
        title = WIRE_AFTER_HEADLINE.sub("", SOURCE_AFTER_HEADLINE.sub("", title)) if title else title  # a credit
        title = COUNTERS_BEFORE.sub("", title) if title else title  # "522 0 Comments Andina buys …": a post's counters
        return Cleaned(
            glue_split_datelines(numbered, page.keep),
            title,
            line.number if line else None,
            dropped,
            [c for n, c in credits if n in page.keep],
        )

    def _measure(
        self, numbered: list[tuple[int, str]], stops: frozenset[str], repeated: frozenset[str] = frozenset()
    ) -> Page:
        lines = cells_as_rows([measure(n, t, stops) for n, t in numbered])
        reasons = [
            None
            if self.kept_by_rule(x.text, x.norm)
            else "rule: drop_lines in site_data/boilerplate.yml"
            if x.norm in self.drop
            else "printed in other articles of the same outlet"
            if x.norm in repeated and not (x.sentence and len(x.words) > 12)
            else "in another language than the article"
            if lx.in_another_language([w.casefold() for w in x.words], stops) or _in_another_script(x.text, stops)
            else evidence(x)
            for x in lines
        ]
        for k, reason in call_to_action_lists(lines, reasons, self.kept_by_rule).items():
            reasons[k] = reason
        for k in ticker_rows(lines, reasons):
            reasons[k] = TICKER
        weights = line_weights(lines, reasons, stops)
        content = [content_words([x], stops) for x in lines]
        cohesion = cohesion_of(lines, reasons, content, stops)
        introduced = introduced_items(lines)
        weights = [
            weighted_by_cohesion(x, w, 1.0 if i in introduced else c)
            for i, (x, w, c) in enumerate(zip(lines, weights, cohesion, strict=True))
        ]
        return between_chrome(Page(lines, reasons, weights, cohesion, stops, content))

    def _link_lists(self, page: Page, start: int, end: int) -> int:
        """The end of the body, before a list of other stories that runs its items together."""
        cut = glued_list_start(page, start, end)
        for i in range(cut, end + 1):
            self._decide(page, i, "a list of other stories (its items run together)")
        return cut - 1

    def _footer(self, page: Page, start: int, end: int) -> None:
        """After the body: its numbered notes and lines on its subject (a notice's details, its last points)
        stay; from the first line with evidence against it, or a label or headline off the subject, the rest goes."""
        ended, next_note = False, notes_in_order(page, start, end) + 1
        section = list_goes_on(page, start, end)  # the body ends in a list under a heading
        pictures_after(page, end)
        body = min((page.cohesion[j] for j in range(start, end + 1) if page.lines[j].sentence), default=0.3)
        last = last_number(page, end)  # ("2.1 …" after "2. …": once, so that a long tail stays linear)
        for i in range(end + 1, len(page.lines)):
            line = page.lines[i]
            if (note := NOTE_ENTRY.match(line.text)) and int(note[1]) == next_note and len(line.words) >= 5:
                next_note += 1  # "[1] Jane Doe, Title (Publisher, 2020)": the article's own notes, in order
                page.keep.add(line.number)
                continue
            # a section of lists under headings goes on until a line with evidence against it
            section = (
                not ended
                and not page.reasons[i]
                and (section or heads_a_list(page, i) or continues_the_numbering(page, i, last))
            )
            # "WHEN: Tuesday, 1 p.m." in an advisory; "HIGHLIGHTS" over a release's points
            detail = section or bool(NOTICE_FIELD.match(line.text.strip())) or more_of_the_story(page, i, end)
            detail = detail or under_the_signing(page, i, end)  # "Signed in Roetown, …", then the signatory
            # "… from November 1. – Wire": the story's last paragraph, signed off by its agency; its rate note
            signed = not ended and not page.reasons[i] and signs_off(line.text)
            # a picture stands within a story: it goes alone
            picture = (page.reasons[i] or "").startswith(("caption or photo credit", "printed twice"))
            ended = (
                ended
                or (bool(page.reasons[i]) and not detail and not picture)
                or (line.title_like and page.cohesion[i] < 0.3 and not detail)
                or ends_the_story(line)
                and not detail  # "Key takeaways:" over the story's own points, not "More on this:" over links
            )
            bar = min(0.3, body) if len(line.words) >= 20 else 0.3
            if signed or not ended and not picture and (detail or page.cohesion[i] >= bar and len(line.words) >= 2):
                page.keep.add(line.number)
            else:
                self._decide(page, i, "after the end of the article")

    def _decide(self, page: Page, i: int, default: str) -> None:
        """Outside the body: kept only by a `keep` rule."""
        if self.kept_by_rule(page.lines[i].text):
            page.keep.add(page.lines[i].number)
        else:
            page.drop(i, page.reasons[i] or default)

    def _inside(self, page: Page, start: int, end: int, headline: int | None) -> None:
        """Inside the body: drop lines with evidence, the items under a related-stories label (up to
        prose on the article's subject), and a pull quote that repeats a paragraph."""
        in_related = False
        texts = [line.norm for line in page.lines[start : end + 1]]
        # A pull quote or caption repeats (the start of) a paragraph of the body or of a lead kept above it.
        paragraphs = sorted(set(texts + [x.norm for x in page.lines[:start] if x.number in page.keep]))
        listed = headlines_over_cut_openings(page, max(start - 1, 0), end)  # (the first headline may stand above)
        for i in range(start, end + 1):
            line, reason = page.lines[i], page.reasons[i]
            if reason:
                in_related = (reason == "related-stories list" and stands_alone(line)) or (
                    in_related and reason in ("time stamp", "no words")
                )
                page.drop(i, reason)
            elif in_related and not (
                is_prose(line, page.stops)
                and (line.sentence or line.structure != "item")  # an item with no full stop: a headline
                and (page.cohesion[i] >= 0.2 or prose_follows(page, i, end))
            ):
                page.drop(i, "related-stories list")  # a teaser of another story ends the page's prose
            elif i in listed or teaser_in_body(page, i, start, end):
                page.drop(i, "related-stories list")
            elif why := printed_twice(texts, i - start, len(line.words), line.text):
                page.drop(i, why)
            elif tag_list(line, page.stops):
                page.drop(i, "a list of tags (words with no sentence between them)")
            elif len(line.words) >= 6 and repeats_a_paragraph(paragraphs, texts[i - start]):
                page.drop(i, "repeats a paragraph (pull quote)")
            elif headline is not None and texts[i - start] == page.lines[headline].norm:
                page.drop(i, "repeats the headline")
            elif i == end and lx.EARLIER_STORY.match(line.text.strip()):
                page.drop(i, "a link to an earlier story")
            else:
                in_related = False
                page.keep.add(line.number)


_cleaner: list = [None, None]  # the rules last seen and their cleaner


def cleaner_for(rules: BoilerplateRules) -> PageCleaner:
    """One cleaner per set of rules: compiling them once per build, not once per article."""
    if _cleaner[0] is not rules:
        _cleaner[:] = [rules, PageCleaner(rules)]
    return _cleaner[1]
