"""Stage 1, ingest (line model): a learned second opinion on the lines the rules keep.

The rules (`body`, `chrome`, `blocks`) catch the chrome they were written for; on an outlet nobody
wrote a rule for, some stays (a caption written as a sentence, a press office's closing lines).
A logistic regression over what the rules already measure (length, stopword and capital shares,
sentence punctuation, cohesion with the article, where the line stands to the body, the rules'
own evidence and decisions around it) and the ordinary lower-case words of the line gives the
probability that a kept line is chrome. It only ever removes: a line the rules kept is dropped when
the probability passes the threshold and the line is not a sentence of prose inside the body (the
article's own paragraphs are never second-guessed); a `keep` rule in `site_data/boilerplate.yml`
still wins. Its weights are trained on the labelled real pages in `tests/fixtures/real/dev/` by
`scripts/train_line_model.py` (`make line-model`), which also measures it on batches it did not
see; the weights are plain numbers in `line_model.json` beside this file.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from itertools import groupby
from pathlib import Path

from . import lexicon as lx
from .chrome import is_prose
from .facts import find_dateline
from .interface_text import GLUED
from .layout import NOTE_ENTRY, Page

WEIGHTS = Path(__file__).with_name("line_model.json")
# Only words written in lower case (no name, no fragment of one) are features.
LOWER_WORD = re.compile(r"(?<![^\W\d_])[a-z]+(?:['’][a-z]+)?(?![^\W\d_])")
CHROME_VOCABULARY = frozenset(lx.CHROME_WORDS) | frozenset(lx.PHRASE_WORDS) | frozenset(lx.CAPTION_WORDS)
MIN_BODY = 3  # paragraphs of prose in the body before the model judges the lines around them
ON_SUBJECT = 0.3  # cohesion from which a line is on the article's subject (as the footer reads it)


@dataclass(frozen=True)
class LineFeatures:
    """One line's measures (numbers) and its lower-case words."""

    number: int
    measures: tuple[float, ...]
    words: frozenset[str]


def page_features(
    page: Page, headline: int | None, start: int, end: int, prose: list[bool], indexes=None
) -> list[LineFeatures]:
    """The features of the lines at `indexes` (all by default), after the rules have decided
    (`page.dropped`); `prose`: each line's `is_prose`."""
    n = len(page.lines)
    dropped = {d.line for d in page.dropped}
    by_rules = [x.number in dropped for x in page.lines]

    def neighbour(j: int) -> list[float]:
        return [float(prose[j]), float(bool(page.reasons[j])), page.cohesion[j]] if 0 <= j < n else [0.0, 0.0, 0.0]

    out = []
    for i in range(n) if indexes is None else indexes:
        x = page.lines[i]
        text = x.text.strip()
        zone = 0 if headline is not None and i < headline else 1 if i < start else 2 if i <= end else 3
        distance = 0 if zone == 2 else (start - i if i < start else i - end)
        measures = [
            math.log1p(len(x.words)),
            x.stop_share,
            x.cap_share,
            float(x.sentence),
            float(x.clause),
            float(x.structure == "item"),
            float(x.structure == "row"),
            float(x.title_like),
            float(bool(page.reasons[i])),
            max(-4.0, min(9.0, page.weights[i])) / 9,
            page.cohesion[i],
            float(zone == 0),
            float(zone == 1),
            float(zone == 2),
            float(zone == 3),
            math.log1p(distance),
            float(prose[i]),
            i / max(1, n - 1),
            sum(c.isdigit() for c in text) / max(1, len(text)),
            float("|" in text),
            float(text.endswith(":")),
            float(text.isupper()),
            float(bool(lx.URL.search(text)) or "©" in text),
            float(len(x.lower & CHROME_VOCABULARY)),
            float(bool(GLUED.search(text))),
            float(i == headline),
            *neighbour(i - 1),
            *neighbour(i + 1),
            float(i > 0 and by_rules[i - 1]),
            float(i + 1 < n and by_rules[i + 1]),
            float(by_rules[i]),
        ]
        out.append(LineFeatures(x.number, tuple(measures), frozenset(LOWER_WORD.findall(x.text))))
    return out


@dataclass(frozen=True)
class LineModel:
    """A logistic regression: standardised measures, weighted, plus a weight per word present."""

    means: tuple[float, ...]
    scales: tuple[float, ...]
    weights: tuple[float, ...]  # one per measure
    bias: float  # with the words' absence folded in, so only the words present are added
    words: dict[str, float]
    threshold: float

    def probability(self, line: LineFeatures) -> float:
        total = self.bias + sum(
            w * (v - m) / s for w, v, m, s in zip(self.weights, line.measures, self.means, self.scales, strict=True)
        )
        total += sum(self.words.get(w, 0.0) for w in line.words)
        return 1 / (1 + math.exp(-max(-60.0, min(60.0, total))))

    def chrome_lines(self, candidates: list[tuple[int, LineFeatures]]) -> list[tuple[int, float]]:
        """(index, probability) of each candidate line the model takes for chrome."""
        out = []
        for i, line in candidates:
            if (p := self.probability(line)) > self.threshold:
                out.append((i, p))
        return out


@cache
def load_model(path: Path = WEIGHTS) -> LineModel | None:
    """The trained model, or None where no weights have been written (the rules alone decide)."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return LineModel(
        tuple(data["means"]),
        tuple(data["scales"]),
        tuple(data["weights"]),
        data["bias"],
        dict(data["words"]),
        data["threshold"],
    )


def _candidates(page: Page, headline: int | None, start: int, end: int, prose: list[bool], protected) -> list[int]:
    """The lines the model may decide: kept, not a table row (the article's figures) nor a sentence of
    the body (its paragraphs) nor a title-like line on its subject or right under the headline, not held
    by a `keep` rule, not a dateline, not a headline the rules missed; none where the body is too small."""
    if sum(prose[start : end + 1]) < MIN_BODY:
        return []  # cohesion and place need a body to be measured against
    # Where the rules found no headline, the first line kept above the body may be the one they missed.
    missed_headline = (
        None if headline is not None else next((i for i in range(start) if page.lines[i].number in page.keep), None)
    )
    return [
        i
        for i, x in enumerate(page.lines)
        if x.number in page.keep
        and i != missed_headline
        and not (x.structure == "row" or start <= i <= end and (prose[i] or x.sentence))
        and not (x.title_like and page.cohesion[i] >= ON_SUBJECT)  # a heading, or a headline, on the subject
        and not (headline is not None and i == headline + 1 and _title_case(x))  # the subtitle under the headline
        and not protected(i)
        and find_dateline(x.text.strip()) is None  # a dateline gives the place and date as reported
        and not NOTE_ENTRY.match(x.text)  # the article's numbered notes, kept in order under it
    ]


def _title_case(line) -> bool:
    """ "The Department Sets 24 Goals to Safeguard Access": every word but the little ones capitalised."""
    words = [w for w in line.words if w.lower() not in lx.TITLE_FUNCTION_WORDS]
    return len(words) >= 3 and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def second_opinion(page: Page, headline: int | None, start: int, end: int, protected, recorder=None) -> None:
    """After the rules: drop the kept lines the model takes for chrome, each with its probability
    as the reason (so a wrong drop is seen on the candidates page and undone with one `keep`).
    `recorder` receives every line's features and the indexes the model may decide (training reads
    them, with the model off). Features are measured only for those lines (most are the body's)."""
    prose = [is_prose(x, page.stops) for x in page.lines]
    candidates = _candidates(page, headline, start, end, prose, protected)
    if recorder is not None:
        recorder(page_features(page, headline, start, end, prose), set(candidates))
        return
    model = load_model()
    if model is None or not candidates:
        return
    features = page_features(page, headline, start, end, prose, candidates)
    chosen = model.chrome_lines(list(zip(candidates, features, strict=True)))
    for i, p in _whole_lists(page, chosen, set(candidates)):
        page.keep.discard(page.lines[i].number)
        page.drop(
            i,
            "one of a list read as page chrome (line model)"
            if p is None
            else f"reads like page chrome (line model, probability {p:.2f})",
        )


def _whole_lists(page: Page, chosen: list[tuple[int, float]], judged: set[int]) -> list[tuple[int, float | None]]:
    """The model's choices, a list taken whole: of a list's items the model judged, it drops all when it takes
    most for chrome (three links to other stories, one on the subject) and none when it takes fewer ("• supply
    gains a premium" taken, "• buying sets a floor" and "• offtakes cut risk" left: the article's list)."""
    probability = dict(chosen)
    out: dict[int, float | None] = {i: p for i, p in chosen if page.lines[i].structure != "item"}
    for is_item, run in groupby(range(len(page.lines)), key=lambda k: page.lines[k].structure == "item"):
        items = [k for k in run if k in judged] if is_item else []
        if 2 * sum(k in probability for k in items) > len(items):
            out.update({k: probability.get(k) for k in items})
    return sorted(out.items())
