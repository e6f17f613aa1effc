"""Stage 1, ingest (body): a scraped page's lines → the article's lines, its headline, and what was dropped.

In order: lines with chrome evidence of their own are marked (`chrome.evidence`); the headline is
the title-like line, above the first sentence of prose, that shares the most words with the
page's prose; the body is the densest run of prose below it (`_densest_run`). Above the headline
stands the page's header; between it and the body, bylines, stamps and captions (dropped) and a
standfirst or dateline (kept); after the body, the page's footer. Inside the body, evidence, the
headlines under a related-stories label and pull quotes are dropped. A line the evidence cannot
place is kept: an article sentence wrongly dropped is worse than chrome left.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field

from ..sitedata import BoilerplateRules
from . import lexicon as lx
from .chrome import Dropped, Line, evidence, is_prose, measure, weight
from .facts import find_dateline

RELATED_WEIGHT = -4.0  # a related-stories label alone on its line: the list under it is not the story
# A headline is one phrase: a word of three or more letters (not an abbreviation) ends a sentence
# inside it only in text.
SENTENCE_INSIDE = re.compile(r"\b(?!(?:Corp|Inc|Ltd|Bros|Gov|Sen|Rep|Gen|Sept?|Oct|Nov|Dec|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
                             r"Mrs|Messrs|Prof|Sgt|Capt|Col|Lt|Co|St|Mt|Dr|Mr|Ms|No|vs|etc)\.)[A-Za-z]*[a-z]{3,}"
                             r"[.!?]\s+\S")


@dataclass
class Cleaned:
    """The article's lines (blank lines kept as separators), its headline and what was dropped."""

    body: list[tuple[int, str]]
    headline: str | None = None
    headline_line: int | None = None
    dropped: list[Dropped] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)  # reporting credits cut from the end of a paragraph


@dataclass
class _Page:
    """One page's lines and what is known of each while deciding."""

    lines: list[Line]
    reasons: list[str | None]
    weights: list[float]
    cohesion: list[float]
    stops: frozenset[str]
    content: list[frozenset[str]]  # each line's content words, stemmed
    keep: set[int] = field(default_factory=set)
    dropped: list[Dropped] = field(default_factory=list)

    def drop(self, i: int, reason: str) -> None:
        self.dropped.append(Dropped(self.lines[i].number, self.lines[i].text, reason))

    def words(self, indexes) -> set[str]:
        return set().union(*(self.content[i] for i in indexes))


class PageCleaner:
    """Applies `site_data/boilerplate.yml` and the general evidence to one page's lines."""

    def __init__(self, rules: BoilerplateRules):
        self.rules = rules
        self.drop = {_norm(x) for x in rules.drop_lines}
        self.labels = {_norm(x) for x in rules.section_labels}
        self.keep = {_norm(x) for x in rules.keep_lines}
        self.keep_patterns = _one_pattern(rules.keep_patterns)
        self.footer = [re.compile(p, re.IGNORECASE) for p in rules.footer_patterns]

    def kept_by_rule(self, text: str, norm: str | None = None) -> bool:
        return (norm or _norm(text)) in self.keep or bool(self.keep_patterns and self.keep_patterns.search(text))

    def clean(self, numbered: list[tuple[int, str]], stops: frozenset[str],
              last_line: dict[int, int] | None = None, titled: bool = False,
              repeated: frozenset[str] = frozenset()) -> Cleaned:
        """`numbered`: the page's (line number, text); `last_line`: where joined lines end;
        `titled`: the headline is known from elsewhere (a saved page's title); `repeated`: lines
        (case folded) the same outlet prints in other articles."""
        numbered, footer = self._cut_footer(numbered)
        numbered, credits = _cut_inline_credits(numbered)
        page = self._measure([(n, t) for n, t in numbered if t.strip()], stops, repeated)
        page.dropped.extend(footer)
        headline = _pick_headline(page)
        first = 0 if headline is None else headline + 1
        span = _densest_run(page.weights[first:])
        start, end = (first + span[0], first + span[1]) if span else (first, len(page.lines) - 1)
        start = _dateline_start(page, start, end)
        for i in range(0, first - 1):
            self._decide(page, i, "above the headline")
        self._header(page, headline, first, start, end, titled)
        self._inside(page, start, self._link_lists(page, start, end), headline)
        self._footer(page, end)
        ends = last_line or {}
        dropped = sorted((Dropped(d.line, d.text, d.reason, ends.get(d.line, d.line)) for d in page.dropped),
                         key=lambda d: d.line)
        line = page.lines[headline] if headline is not None else None
        title = line.text[_stamp(line.text):].strip() if line else None
        return Cleaned([(n, t) for n, t in numbered if not t.strip() or n in page.keep],
                       title, line.number if line else None, dropped, [c for n, c in credits if n in page.keep])

    def _measure(self, numbered: list[tuple[int, str]], stops: frozenset[str],
                 repeated: frozenset[str] = frozenset()) -> _Page:
        lines = [measure(n, t, stops) for n, t in numbered]
        reasons = [None if self.kept_by_rule(x.text, x.norm) else
                   "rule: drop_lines in site_data/boilerplate.yml" if x.norm in self.drop else
                   "printed in other articles of the same outlet" if x.norm in repeated and not (
                       x.sentence and len(x.words) > 12) else evidence(x)
                   for x in lines]
        weights = [RELATED_WEIGHT if r == "related-stories list" and _alone(x) else weight(x, stops, r)
                   for x, r in zip(lines, reasons)]
        content = [_content_words([x], stops) for x in lines]
        cohesion = _cohesion(lines, reasons, content, stops)
        introduced = _introduced_items(lines)
        weights = [_by_cohesion(x, w, 1.0 if i in introduced else c) for i, (x, w, c) in
                   enumerate(zip(lines, weights, cohesion))]
        return _Page(lines, reasons, weights, cohesion, stops, content)

    def _link_lists(self, page: _Page, start: int, end: int) -> int:
        """Lists of other stories scraped onto lines of their own run their items together ("… in
        the Middle East• Blockade …"), which an article's own list never does: from the first such
        line, when two or more follow, the rest of the run of prose is that list."""
        glued = [i for i in range(start, end + 1) if _GLUED_BULLET.search(page.lines[i].text)]
        if len(glued) < 2 or glued[0] == start:
            return end
        for i in range(glued[0], end + 1):
            self._decide(page, i, "a list of other stories (its items run together)")
        return glued[0] - 1

    def _footer(self, page: _Page, end: int) -> None:
        """After the body: lines on the article's subject that follow it (the details of a notice,
        its last points) stay; from the first line with evidence against it, or a label or headline
        off the subject, the rest of the page goes."""
        ended = False
        for i in range(end + 1, len(page.lines)):
            line = page.lines[i]
            detail = bool(_NOTICE_FIELD.match(line.text.strip()))  # "WHEN: Tuesday, 1 p.m." in an advisory
            ended = ended or (bool(page.reasons[i]) and not detail) or (
                line.title_like and page.cohesion[i] < 0.3 and not detail) or (
                len(line.words) <= 4 and line.text.rstrip().endswith(":"))  # a label over a list
            if not ended and (detail or page.cohesion[i] >= 0.3 and len(line.words) >= 2):
                page.keep.add(line.number)
            else:
                self._decide(page, i, "after the end of the article")

    def _decide(self, page: _Page, i: int, default: str) -> None:
        """Outside the body: kept only by a `keep` rule."""
        if self.kept_by_rule(page.lines[i].text):
            page.keep.add(page.lines[i].number)
        else:
            page.drop(i, page.reasons[i] or default)

    def _cut_footer(self, numbered: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[Dropped]]:
        """A copyright footer (rules' footer_patterns) runs from its first line to the end, and has
        no long line: it can only start in the page's last run of short lines."""
        tail = len(numbered)
        while tail and len(numbered[tail - 1][1]) <= self.rules.max_footer_line_length:
            tail -= 1
        for i in range(tail, len(numbered)):
            line = numbered[i][1]
            if line.strip() and any(rx.search(line) for rx in self.footer) and not self.kept_by_rule(line):
                return numbered[:i], [Dropped(n, t, "footer: footer_patterns in site_data/boilerplate.yml")
                                      for n, t in numbered[i:] if t.strip()]
        return numbered, []

    def _header(self, page: _Page, headline: int | None, first: int, start: int, end: int, titled: bool) -> None:
        """Between the headline and the body: a standfirst, dateline or sub-heading is kept;
        bylines, stamps, captions, a repeat of the headline and bare labels are dropped (but not a
        label right above the body, which is the body's first heading)."""
        headline_words = page.words([headline]) if headline is not None else set()
        in_related = False
        in_body = {_norm(page.lines[j].text[_stamp(page.lines[j].text):]) for j in range(start, end + 1)}
        copies = Counter(_norm(page.lines[j].text[_stamp(page.lines[j].text):]) for j in range(first, start))
        for i in range(first, start):
            line, reason = page.lines[i], page.reasons[i]
            words = page.words([i])
            if self.kept_by_rule(line.text):
                page.keep.add(line.number)
            elif reason:
                in_related = reason == "related-stories list" and _alone(line)
                page.drop(i, reason)
            elif in_related and not is_prose(line, page.stops):
                page.drop(i, "related-stories list")
            elif (stamp := _stamp(line.text)) and not line.sentence and len(lx.WORD.findall(line.text[stamp:])) <= 8:
                page.drop(i, "time stamp")
            elif copies[key := _norm(line.text[_stamp(line.text):])] > 1 and key not in in_body:
                page.drop(i, "repeated above the article (a caption or teaser)")
            elif _is_label(line) and any(page.reasons[j] in ("byline or credit", "time stamp")
                                         for j in (i - 1, i + 1) if first <= j < start):
                page.drop(i, "byline (beside the author's name or the date)")
            elif line.norm in self.labels:
                page.drop(i, "rule: section_labels in site_data/boilerplate.yml")
            elif headline_words and _overlap(words, headline_words) >= self.rules.caption_overlap:
                page.drop(i, "repeats the headline")
            elif (headline is not None or titled) and (_is_label(line) or len(line.words) <= 2) and not (
                    i + 1 == start and page.lines[start].structure != "text"):  # "Highlights" over a list stays
                page.drop(i, "label or byline under the headline")
            elif headline is None and line.title_like and len(line.text.split()) <= 2 and i + 1 < start:
                page.drop(i, "label above the article")  # an outlet's or section's name; a heading stands right above its text
            else:
                page.keep.add(line.number)

    def _inside(self, page: _Page, start: int, end: int, headline: int | None) -> None:
        """Inside the body: drop lines with evidence, the items under a related-stories label (up to
        prose on the article's subject), and a pull quote that repeats a paragraph."""
        in_related = False
        texts = [line.norm for line in page.lines[start:end + 1]]

        # A pull quote repeats (the start of) a paragraph: compare lines that begin alike.
        by_start: dict[str, list[str]] = {}
        for text in texts:
            by_start.setdefault(text[:24], []).append(text)
        for i in range(start, end + 1):
            line, reason = page.lines[i], page.reasons[i]
            if reason:
                in_related = (reason == "related-stories list" and _alone(line)) or (
                    in_related and reason in ("time stamp", "no words"))
                page.drop(i, reason)
            elif in_related and not (is_prose(line, page.stops) and (
                    page.cohesion[i] >= 0.2 or _prose_follows(page, i, end))):
                page.drop(i, "related-stories list")  # a teaser of another story ends the page's prose
            elif _in_headline_list(page, i, start, end):
                page.drop(i, "related-stories list")
            elif _printed_twice(texts, i - start, len(line.words)):
                page.drop(i, "printed twice in a row (a picture's caption and its alt text)")
            elif len(line.words) >= 6 and any(len(texts[i - start]) < len(other) and
                                              texts[i - start].rstrip(".") in other
                                              for other in by_start[texts[i - start][:24]]):
                page.drop(i, "repeats a paragraph (pull quote)")
            elif headline is not None and texts[i - start] == page.lines[headline].norm:
                page.drop(i, "repeats the headline")
            elif i == end and lx.EARLIER_STORY.match(line.text.strip()):
                page.drop(i, "a link to an earlier story")
            else:
                in_related = False
                page.keep.add(line.number)


def _prose_follows(page: _Page, i: int, end: int) -> bool:
    """The next line with words and no evidence against it (an advertisement between) is prose:
    the article goes on."""
    for j in range(i + 1, end + 1):
        if page.lines[j].words and not page.reasons[j]:
            return is_prose(page.lines[j], page.stops)
    return False


def _in_headline_list(page: _Page, i: int, start: int, end: int) -> bool:
    """A run of two or more list items that read as headlines (no full stop) and are off the
    article's subject: other stories, listed inside the body."""
    def headline_item(j: int) -> bool:
        line = page.lines[j]
        return line.structure == "item" and not line.sentence and len(line.words) <= 16 and not page.reasons[j]
    if not headline_item(i):
        return False
    first, last = i, i
    while first > start and headline_item(first - 1):
        first -= 1
    while last < end and headline_item(last + 1):
        last += 1
    run = range(first, last + 1)
    return len(run) >= 2 and sum(page.cohesion[j] for j in run) / len(run) < 0.2


def _one_pattern(patterns: list[str]) -> re.Pattern | None:
    """The rules' regular expressions as one pattern: one search per line instead of one each."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) if patterns else None


_cleaners: dict[int, tuple[BoilerplateRules, PageCleaner]] = {}


def cleaner_for(rules: BoilerplateRules) -> PageCleaner:
    """One cleaner per set of rules: compiling them once per build, not once per article."""
    held = _cleaners.get(id(rules))
    if held is None or held[0] is not rules:
        _cleaners.clear()
        held = _cleaners[id(rules)] = (rules, PageCleaner(rules))
    return held[1]


def _dateline_start(page: _Page, start: int, end: int) -> int:
    """A story begins at its dateline ("NAIROBI - …"): lines above it in the run of prose are the
    header's (a caption, a standfirst) and are judged as such."""
    for i in range(start, min(end, start + 4) + 1):
        if page.lines[i].structure == "text" and find_dateline(page.lines[i].text.strip()):
            return i
    return start


def _pick_headline(page: _Page) -> int | None:
    """Above the first sentence of prose, the first title-like line that is about what the prose is
    about: two of its words or more are in the first paragraphs, and its words recur through the
    prose (half of them, or on average in 0.8 paragraphs or more). A teaser of another story shares a
    word or two."""
    prose = [i for i, x in enumerate(page.lines) if x.sentence and page.weights[i] > 1]
    # Teasers of other stories share few words with the page; in a short article every paragraph
    # shares few, so "few" is relative to the most cohesive paragraph.
    bar = min(0.2, 0.5 * max((page.cohesion[i] for i in prose), default=0.0))
    on_topic = [i for i in prose if page.cohesion[i] >= bar]
    top = on_topic[0] if on_topic else prose[0] if prose else len(page.lines)
    # The first paragraphs, and the points listed under the headline, say what the article is about.
    points = [i for i, x in enumerate(page.lines) if x.structure == "item" and page.weights[i] > 1]
    frequency = Counter(w for i in prose + points for w in page.words([i]))
    lede = page.words([i for i in prose if i >= top][:2] + [i for i in points if i < top])
    sentences = {page.lines[i].norm.rstrip(".") for i in prose}
    for i in (i for i in range(top) if _may_be_headline(page, i)):
        text = page.lines[i].text
        words = {_stem(w) for w in lx.WORD.findall(text[_stamp(text):]) if len(w) > 2 and w.casefold() not in page.stops}
        if not words or page.lines[i].norm.rstrip(".") in sentences:
            continue  # a standfirst that repeats a paragraph of the article is not its headline
        shared = sum(frequency[w] > 0 for w in words) / len(words)
        if len(words & lede) >= 2 and (sum(frequency[w] for w in words) / len(words) >= 0.8
                                       or shared >= (0.5 if len(prose) >= 3 else 0.34)):  # little prose, less proof
            return i
    return None


def _may_be_headline(page: _Page, i: int) -> bool:
    line = page.lines[i]
    text = line.text.strip()
    text = text[_stamp(text):]
    return not (page.reasons[i] or line.structure != "text" or not 3 <= len(lx.WORD.findall(text)) <= 30
                or len(text.split()) < 3 or len(lx.GLUED.findall(text)) >= 2  # "Stock-Gold-Mining", "HomeSteel & …"
                or text.endswith((".", "…", ":")) or SENTENCE_INSIDE.search(text)
                or (lx.DATELINE.match(text) and len(line.words) <= 4))


def _content_words(lines: list[Line], stops: frozenset[str]) -> frozenset[str]:
    return frozenset(_stem(w) for line in lines for w in line.lower if len(w) > 2 and w not in stops)


@functools.lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """A crude stem, enough to match "signs", "signed" and "sign" or "prices" and "price"."""
    word = word.casefold()
    if word.endswith(("’s", "'s")):
        word = word[:-2]
    for suffix in ("ing", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[:-len(suffix)]
            break
    return word.removesuffix("e")


def _stamp(text: str) -> int:
    """Length of a date stamp glued to the start of a line."""
    m = lx.LEADING_STAMP.match(text)
    return m.end() if m else 0


def _overlap(words: set[str], other: set[str]) -> float:
    return len(words & other) / len(words) if words else 0.0


def _cohesion(lines: list[Line], reasons: list[str | None], words: list[frozenset[str]],
              stops: frozenset[str]) -> list[float]:
    """For each line, the share of its words that the page's sentences of prose (others than
    itself) also use. A teaser of another story shares almost none; the article's own paragraphs
    share their subject."""
    prose = [not r and x.sentence and is_prose(x, stops) for x, r in zip(lines, reasons)]
    counts: Counter[str] = Counter()
    for i, is_sentence in enumerate(prose):
        if is_sentence:
            counts.update(words[i])
    return [sum(counts[w] - prose[i] > 0 for w in words[i]) / len(words[i]) if words[i] else 0.0
            for i in range(len(lines))]


def _by_cohesion(line: Line, weight: float, cohesion: float) -> float:
    """Prose on the article's subject counts fully; a teaser of another story counts less, and a
    list item without a full stop counts as prose only when it is on the subject."""
    if weight <= 1:
        return weight
    if line.structure == "item" and not line.sentence:
        return weight if cohesion >= 0.3 else -1.0
    return weight * (0.6 + 0.4 * min(1.0, cohesion / 0.3))


_NOTICE_FIELD = re.compile(r"(?:WHO|WHAT|WHEN|WHERE|WHY)\s*:?\s*[A-Z0-9]")  # a media advisory's fields
_GLUED_BULLET = re.compile(r"\S\s?•")  # "… in the Middle East• Blockade …": list items scraped onto one line


def _printed_twice(texts: list[str], k: int, words: int) -> bool:
    """A short line printed twice in a row is a picture's caption and its alternative text: both go.
    A long paragraph printed twice is a scraping slip: its second copy goes, the first stays."""
    after = k + 1 < len(texts) and texts[k + 1] == texts[k]
    before = k > 0 and texts[k - 1] == texts[k]
    return words >= 3 and (before or (after and words <= 25))


def _introduced_items(lines: list[Line]) -> set[int]:
    """List items under a line that introduces them ("Key points:", "… include:"): the article's
    own list, whatever their words."""
    out, introduced = set(), False
    for i, line in enumerate(lines):
        if line.structure == "item":
            if introduced:
                out.add(i)
        else:
            introduced = line.text.rstrip().endswith(":") and not line.sentence
    return out


def _is_label(line: Line) -> bool:
    """A short label of ordinary words ("World Economy", "MT Newswires Live") or a line of names
    ("Jane Doe and John Roe"): title-like, every word capitalised but for joining words."""
    words = line.words
    joining = {"and", "of", "the", "for", "in", "de", "van", "von"}
    return line.title_like and all(len(w) <= 20 for w in words) and (
        len(words) <= 3 or (len(words) <= 6 and all(w[0].isupper() or w in joining for w in words)))


def _alone(line: Line) -> bool:
    """A related-stories label on its own line ("Related:", "Top news"), not one with its headline."""
    label = lx.RELATED.match(line.text.strip())
    rest = lx.WORD.findall(line.text.strip()[label.end():]) if label else []
    return bool(label) and (len(rest) <= 1 or rest[0].casefold() in ("from", "on", "in") and len(rest) <= 4)


def _cut_inline_credits(numbered: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """A closing "(Reporting by …; Editing by …)" or "— Jane Doe" is a credit, not article text."""
    last = max((i for i, (_, t) in enumerate(numbered) if t.strip()), default=-1)
    out, credits = [], []
    for i, (number, text) in enumerate(numbered):
        m = lx.INLINE_CREDIT.search(text) if ")" in text[-3:] or i == last else None
        if m and m.start() > 0 and (m.group(0).lstrip().startswith("(") or i == last):
            credits.append((number, text[m.start():].strip()))
            text = text[:m.start()]
        out.append((number, text))
    return out, credits


def _densest_run(weights: list[float]) -> tuple[int, int] | None:
    """The maximum-sum run of lines [start, end] (inclusive); None when no line adds anything."""
    best, span, total, start = 0.0, None, 0.0, 0
    for i, w in enumerate(weights):
        if total <= 0:
            total, start = 0.0, i
        total += w
        if total > best:
            best, span = total, (start, i)
    return span


def _norm(line: str) -> str:
    return " ".join(line.split()).casefold()
