"""Stage 1, ingest (layout): what the cleaner measures on a page's lines.

`Page` holds the lines, their words and the decisions so far; the functions here answer one
question each about a line or a run of lines: how well a line shares the prose's words (cohesion),
where the densest run of prose is, which lines are labels, headline lists, inline credits or a
dateline (`headline` finds the headline). `body.PageCleaner` combines the answers.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from . import lexicon as lx
from .chrome import Dropped, Line, is_prose, weight
from .facts import find_dateline

# A headline is one phrase: a word of three or more letters (not an abbreviation) ends a sentence
# inside it only in text.
SENTENCE_INSIDE = re.compile(
    r"\b(?!(?:Corp|Inc|Ltd|Bros|Gov|Sen|Rep|Gen|Sept?|Oct|Nov|Dec|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
    r"Mrs|Messrs|Prof|Sgt|Capt|Col|Lt|Co|St|Mt|Dr|Mr|Ms|No|vs|etc)\.)[A-Za-z]*[a-z]{3,}"
    r"(?P<end>[.!?])\s+\S"
)  # (a question inside a headline in title case is one: "Rio Tinto Returns? The EU's Risky Embrace …")


@dataclass
class Page:
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


@dataclass
class Cleaned:
    """The article's lines (blank lines kept as separators), its headline and what was dropped."""

    body: list[tuple[int, str]]
    headline: str | None = None
    headline_line: int | None = None
    dropped: list[Dropped] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)  # reporting credits cut from the end of a paragraph


def prose_follows(page: Page, i: int, end: int) -> bool:
    """The next line with words and no evidence against it (an advertisement between) is prose:
    the article goes on."""
    for j in range(i + 1, end + 1):
        if page.lines[j].words and not page.reasons[j]:
            return is_prose(page.lines[j], page.stops)
    return False


def in_headline_list(page: Page, i: int, start: int, end: int) -> bool:
    """A run of two or more list items that read as headlines (no full stop, a capital first) and are off
    the article's subject: other stories, listed inside the body."""

    def headline_item(j: int) -> bool:
        line = page.lines[j]
        return (
            line.structure == "item"
            and not line.sentence
            and len(line.words) <= 16
            and not page.reasons[j]
            and not (line.words and line.words[0][:1].islower())  # "• supply gains a premium": a point, not a headline
        )

    if not headline_item(i):
        return False
    first, last = i, i
    while first > start and headline_item(first - 1):
        first -= 1
    while last < end and headline_item(last + 1):
        last += 1
    run = range(first, last + 1)
    if max(page.weights) <= 1 or any(page.lines[j].text.rstrip().endswith(":") for j in range(max(first - 1, 0), last)):
        return False  # "… organisations of Ruritania:" introduces the article's own list; no prose, no subject
    if any(
        start <= j <= end and page.lines[j].structure == "item" and not page.reasons[j] for j in (first - 1, last + 1)
    ):
        return False  # items of a list whose other items are sentences: the article's own highlights
    return len(run) >= 2 and sum(page.cohesion[j] for j in run) / len(run) < 0.25


def dateline_start(page: Page, start: int, end: int) -> int:
    """A story begins at its dateline ("NAIROBI - …"): lines above it in the run of prose are the
    header's (a caption, a standfirst) and are judged as such."""
    for i in range(start, min(end, start + 4) + 1):
        if page.lines[i].structure == "text" and find_dateline(page.lines[i].text.strip()):
            return i
    return start


def content_words(lines: list[Line], stops: frozenset[str]) -> frozenset[str]:
    return frozenset(map(stem_of, [w for line in lines for w in line.lower - stops if len(w) > 2]))


@functools.lru_cache(maxsize=65536)
def stem_of(word: str) -> str:
    """A crude stem, enough to match "signs", "signed" and "sign" or "prices" and "price"."""
    word = word.casefold()
    if word.endswith(("’s", "'s")):
        word = word[:-2]
    for suffix in ("ations", "ation", "ing", "ed", "s"):  # "nationalizing", "nationalization": one stem
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word.removesuffix("e")


def stamp_end(text: str) -> int:
    """Length of a date stamp glued to the start of a line."""
    m = lx.LEADING_STAMP.match(text)
    return m.end() if m else 0


def word_overlap(words: set[str], other: set[str]) -> float:
    return len(words & other) / len(words) if words else 0.0


def cohesion_of(
    lines: list[Line], reasons: list[str | None], words: list[frozenset[str]], stops: frozenset[str]
) -> list[float]:
    """For each line, the share of its words that the page's sentences of prose (others than
    itself) also use. A teaser of another story shares almost none; the article's own paragraphs
    share their subject."""
    prose = [not r and x.sentence and is_prose(x, stops) for x, r in zip(lines, reasons, strict=True)]
    counts: Counter[str] = Counter()
    for i, is_sentence in enumerate(prose):
        if is_sentence:
            counts.update(words[i])
    others = {True: {w for w, n in counts.items() if n >= 2}, False: counts.keys()}  # without the line itself
    return [len(words[i] & others[prose[i]]) / len(words[i]) if words[i] else 0.0 for i in range(len(lines))]


def weighted_by_cohesion(line: Line, weight: float, cohesion: float) -> float:
    """Prose on the article's subject counts fully; a teaser of another story counts less, and a
    list item without a full stop counts as prose only when it is on the subject."""
    if weight <= 1:
        return weight
    if line.structure == "item" and not line.sentence:
        return weight if cohesion >= 0.3 else -1.0
    return weight * (0.6 + 0.4 * min(1.0, cohesion / 0.3))


NOTICE_FIELD = re.compile(r"(?:WHO|WHAT|WHEN|WHERE|WHY)\s*:?\s*[A-Z0-9]")  # a media advisory's fields
NOTE_ENTRY = re.compile(r"\s*\[(\d{1,3})\]\s+\S")  # a numbered note under the article: "[1] Jane Doe, …"
GLUED_BULLET = re.compile(r"[\w.,;:!?)”’\"']\s?•")  # "… Middle East• Blockade …": items run together (not "- • …")


def introduced_items(lines: list[Line]) -> set[int]:
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


def is_label(line: Line) -> bool:
    """A short label of ordinary words ("World Economy", "MT Newswires Live") or a line of names
    ("Jane Doe and John Roe"): title-like, every word capitalised but for joining words."""
    words = line.words
    joining = {"and", "of", "the", "for", "in", "de", "van", "von"}
    return (
        line.title_like
        and all(len(w) <= 20 for w in words)
        and (len(words) <= 3 or (len(words) <= 6 and all(w[0].isupper() or w in joining for w in words)))
    )


def stands_alone(line: Line) -> bool:
    """A related-stories label on its own line ("Related:", "Top news"), not one with its headline."""
    label = lx.RELATED.match(line.text.strip())
    rest = lx.WORD.findall(line.text.strip()[label.end() :]) if label else []
    return bool(label) and (len(rest) <= 1 or rest[0].casefold() in ("from", "on", "in") and len(rest) <= 4)


AD_MARKER = re.compile(  # (a glued next word starts with a capital: "…advertisementThe")
    r"\s*(?i:(?:article|story)\s+continues\s+(?:after|below)\s+(?:this\s+|the\s+)?advert)(?:i[sz]e?ments?)?(?![a-z])\s*"
)


def cut_inline_credits(numbered: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """A closing "(Reporting by …; Editing by …)" or "— Jane Doe" is a credit, not article text; an
    advertisement's marker run into a line ("Article continues after this advertisementThe …") goes."""
    last = max((i for i, (_, t) in enumerate(numbered) if t.strip()), default=-1)
    out, credits = [], []
    for i, (number, text) in enumerate(numbered):
        if (ad := AD_MARKER.match(text)) and lx.WORD.search(text, ad.end()):
            text = text[ad.end() :]
        m = lx.INLINE_CREDIT.search(text) if ")" in text[-3:] or i == last else None
        if m and m.start() > 0 and (m.group(0).lstrip().startswith("(") or i == last):
            credits.append((number, text[m.start() :].strip()))
            text = text[: m.start()]
        out.append((number, text))
    return out, credits


def densest_run(weights: list[float]) -> tuple[int, int] | None:
    """The maximum-sum run of lines [start, end] (inclusive); None when no line adds anything."""
    best, span, total, start = 0.0, None, 0.0, 0
    for i, w in enumerate(weights):
        if total <= 0:
            total, start = 0.0, i
        total += w
        if total > best:
            best, span = total, (start, i)
    return span


def normalised(line: str) -> str:
    return " ".join(line.split()).casefold()


RELATED_WEIGHT = -4.0  # a related-stories label alone on its line: the list under it is not the story


def line_weights(lines: list[Line], reasons: list[str | None], stops: frozenset[str]) -> list[float]:
    """Each line's weight toward the body (`chrome.weight`). On a page with no prose at all, a
    paywall may have cut the text off mid-sentence: its long lines with a sentence inside count."""
    for cut_off in (False, True):
        weights = [
            RELATED_WEIGHT if r == "related-stories list" and stands_alone(x) else weight(x, stops, r, cut_off)
            for x, r in zip(lines, reasons, strict=True)
        ]
        if max(weights, default=0) > 1:
            break
    return weights


def notes_in_order(page: Page, start: int, end: int) -> int:
    """How many numbered notes ("[1] …", "[2] …") the body's run already holds, in order."""
    count = 0
    for j in range(start, end + 1):
        if (note := NOTE_ENTRY.match(page.lines[j].text)) and int(note[1]) == count + 1:
            count += 1
    return count


_CELL_NUMBER = re.compile(r"[-+]?[$€£]?\d[\d.,]*\s*%?")
CELL_RUN = 8  # lines at least


def cells_as_rows(lines: list[Line]) -> list[Line]:
    """A table stored one cell per line ("Copper", "2015 Exports (tonnes)", "412.500", "3.104" …): a
    run of eight short lines or more, none a sentence, two in five of them numbers, is the article's
    table, its lines rows (so the article goes on past it), not a page's furniture."""
    out, i = list(lines), 0
    while i < len(out):
        j = i
        while j < len(out) and len(out[j].text.split()) <= 4 and not out[j].sentence and out[j].structure == "text":
            j += 1
        numbers = sum(bool(_CELL_NUMBER.fullmatch(out[k].text.strip())) for k in range(i, j))
        if j - i >= CELL_RUN and numbers >= 0.4 * (j - i):
            out[i:j] = [replace(x, structure="row") for x in out[i:j]]
        i = max(j, i + 1)
    return out


def glued_list_start(page: Page, start: int, end: int) -> int:
    """Lists of other stories scraped onto lines of their own run their items together ("… in the Middle
    East• Blockade …"), which an article's own list never does: from the first such line, when two or more
    follow, the rest of the run of prose is that list (end + 1 when there is none)."""
    glued = [i for i in range(start, end + 1) if GLUED_BULLET.search(page.lines[i].text)]
    return end + 1 if len(glued) < 2 or glued[0] == start else glued[0]
