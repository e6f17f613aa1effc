"""Stage 1, ingest (sentences): a paragraph split into sentences, as spans of its own text.

pysbd is the reference splitter; plain text without abbreviation-like tokens takes a fast rule
that is tested to split exactly as pysbd does.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import pysbd


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offset in the passage text


_segmenter = None
PYSBD_MAX_CHARS = 5_000
"""pysbd's time grows with the square of a paragraph's length ("U.S. " × 8,000 takes 7 s); a
news paragraph is under 2,000 characters, so longer text (pasted junk, or an attack) takes the
linear rule instead."""
# Text pysbd is needed for: a short token with a period that may not end a sentence ("U.S.",
# "Dr.", "e.g.", "No. 5", "J. Smith", "3.5"), an ellipsis, a full stop followed by lower case, or a
# leading list number ("1. Prices rise …"), a stop inside emphasis ("plant.*") or a stop glued to the
# next sentence ("author(s).View").
_HARD = re.compile(r"\b[A-Za-z]{1,4}\.(?=\S|\s+[^\sA-Z“\"‘(])|\b(?:[A-Z]\.){1,}|\d\.\d|\.\.|…|"
                   r"\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|St|Mt|Ft|Pt|Lt|Col|Capt|Sgt|Rev|Hon|Messrs|Fig|Vol|Ave|Rd|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|"
                   r"Dec|Inc|Ltd|Co|Corp|Jr|Sr|vs|etc|approx|est)\.|\.\s+[a-z]|^\d{1,3}\.\s|[.!?]\*|(?<=[a-z)])[.!?](?=[A-Z])|[.!?]\s+/")
# Elsewhere a sentence ends at . ! or ? (and any closing quote or bracket) before a capital.
_SIMPLE_END = re.compile(r"(?<=[.!?])[”\"’')\]]*\s+[“\"‘(\[]?(?P<next>\w)")


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences as spans of the original text; falls back to one sentence if spans don't cover it.

    pysbd handles abbreviations well but is slow (it compiles a pattern per abbreviation), so
    plain text without abbreviation-like tokens takes a simple rule that gives the same split.
    """
    if not _HARD.search(text) or len(text) > PYSBD_MAX_CHARS:
        return _simple_split(text)
    global _segmenter
    if _segmenter is None:
        _segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    spans = _segmenter.segment(text) if text.strip() else []
    result = []
    for span in spans:
        chunk = text[span.start:span.end]
        stripped = chunk.strip()
        if stripped:
            result.append(Sentence(stripped, span.start + (len(chunk) - len(chunk.lstrip()))))
    covered = "".join(s.text for s in result).replace(" ", "")
    if covered != text.replace(" ", "").replace("\n", "") or not result:
        return (Sentence(text.strip(), 0),) if text.strip() else ()
    return tuple(result)


def _simple_split(text: str) -> tuple[Sentence, ...]:
    out, start = [], 0
    counted, opened, closed, straight = 0, 0, 0, 0  # quote marks in text[:counted], kept up to date
    for m in _SIMPLE_END.finditer(text):
        c = m.group("next")
        if not (c.isupper() or c.isdigit() or c.upper() == c.lower()):  # caseless scripts start anywhere
            continue
        end = m.start() + len(re.match(r"[”\"’')\]]*", m.group(0)).group(0))
        new = text[counted:end]  # counted incrementally: recounting the prefix made long text quadratic
        opened, closed, straight = opened + new.count("“"), closed + new.count("”"), straight + new.count('"')
        counted = end
        if opened > closed or straight % 2:
            continue  # a quotation of several sentences stays one sentence, as pysbd keeps it
        chunk = text[start:end].strip()
        if chunk:
            out.append(Sentence(chunk, start + len(text[start:end]) - len(text[start:end].lstrip())))
        nxt = m.start("next")
        start = nxt - 1 if nxt and text[nxt - 1] in "“\"‘([" else nxt  # an opening mark belongs to the next
    tail = text[start:].strip()
    if tail:
        out.append(Sentence(tail, start + len(text[start:]) - len(text[start:].lstrip())))
    return tuple(out)
