"""Stage 1, ingest (sentences): a paragraph split into sentences, as spans of its own text.

pysbd is the reference splitter; plain text without abbreviation-like tokens takes a fast rule
that is tested to split exactly as pysbd does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import pysbd

from ..text import UPPER


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
# "Dr.", "e.g.", "No. 5", "J. Smith", "3.5"), an ellipsis, a full stop followed by lower case ("тыс. тонн" too), or a
# leading list number ("1. Prices rise …"), a stop inside emphasis ("plant.*"), a stop glued to the
# next sentence ("author(s).View", "сообщении.Компании", "… said./Wire") or followed by a bracket ("2018. (source: …)", "… Verde. – (Wire)", "reserves.[ii] This",
# "… order.” (The Paper)"), two marks glued to the next word ("of ??what": a translation's) or a closing single
# mark ("a rush for ‘green metals.’ Across …": pysbd keeps the quoted phrase's sentence going), or an unclosed quote.
# Written so that every alternative starts at the punctuation mark and looks back from it (fixed-
# width look-behinds, one per length): the engine then only tries positions of . ! ? and …, which
# makes the search ten times faster than the plain form ("\b[A-Za-z]{1,4}\.(?=…)|\b(?:[A-Z]\.)+|
# \d\.\d|\.\.|…|\b(?:Mr|…)\.|\.\s+[a-zа-яё]|^\d{1,3}\.\s|[.!?]\*|(?<=[a-zа-яё)])[.!?](?=[A-ZА-ЯЁ])|[.!?]\s+[/(]|[.!?]’|[.!?][!?]\w"),
# which it matches exactly (checked on every real paragraph and 300,000 random strings).
_ABBREVIATIONS = (
    "Mr|Ms|Dr|St|ST|Mt|Ft|Pt|PT|Lt|No|Co|Jr|Sr|vs|Rd",  # "ST. PETERSBURG" in a wire's capitals dateline
    "Mrs|Gen|Sen|Rep|Gov|Col|Sgt|Rev|Hon|Fig|Vol|Ave|Eng|Amb|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Inc|Ltd|etc|est",
    "Prof|Capt|Sept|Corp|Engr|Atty|Reps|Sens",
    "Messrs|approx",
)
_HARD = re.compile(
    r"[.!?…](?:(?<=…)|(?<=\s[.!?])(?=\w)|(?<=[.!?][!?])(?=\w)|(?<=[.!?])(?=\*|/|\s+(?:[–—-]\s*)?[/(]|’|[”\"]\s+\()|(?<=\.)(?=\[)|(?<=[a-zа-яё)][.!?])(?=[A-ZА-ЯЁ])|(?<=\.)(?:(?=\.)|(?<=\d\.)(?=\d)|(?=\s+[a-zа-яё])"
    r"|(?<=\b[A-Z]\.)"
    r"|(?:(?<=\b[A-Za-z]\.)|(?<=\b[A-Za-z]{2}\.)|(?<=\b[A-Za-z]{3}\.)|(?<=\b[A-Za-z]{4}\.))(?=\S|\s+[^\sA-Z“\"‘(])|"
    + "|".join(f"(?<=\\b(?:{group})\\.)" for group in _ABBREVIATIONS)
    + r"|(?<=^\d\.)(?=\s)|(?<=^\d\d\.)(?=\s)|(?<=^\d\d\d\.)(?=\s))"
    # a script with no capitals (Hangul, Han, kana, Arabic, Thai, Burmese) near after the stop: no capital
    # to say where a sentence starts, so pysbd decides
    r"|(?<=[.!?])(?=[^\n]{0,40}?[\u0600-\u06ff\u0e00-\u0e7f\u1000-\u109f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3])"
    r"|(?<=[.!?])(?=\s+[–—-]\s+\w)"  # "Roetown, 4 de julio (ABI). – El …": a dash after the stop, pysbd decides
    r"|(?<=[a-z]\.)(?=\d{1,3}\s+[A-Z]))"  # "… electric vehicles.1 The MoU …": a footnote's number after the stop
)
# Elsewhere a sentence ends at . ! or ? (and any closing quote or bracket) before a capital.
_SIMPLE_END = re.compile(r"(?<=[.!?])[”\"’')\]»]*\s+[“\"‘'(\[«]{0,2}\s?(?P<next>\w)")
# A stop inside a single-quoted passage, before its closing mark: pysbd keeps the quotation one sentence.
_SINGLE_QUOTED_STOP = re.compile(r"‘[^‘]*?[.!?]\s+[^‘]*?’")
_CLOSERS = re.compile(r"[”\"’')\]»]*")


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences as spans of the original text; falls back to one sentence if spans don't cover it.

    pysbd handles abbreviations well but is slow (it compiles a pattern per abbreviation), so
    plain text without abbreviation-like tokens takes a simple rule that gives the same split.
    """
    balanced = (  # pysbd splits an unclosed quote; a ‘ closing a quote (‘X‘) leaves one open for it
        text.count("“") == text.count("”")
        and text.count("«") == text.count("»")
        and text.count('"') % 2 == 0
        and text.count("‘") <= text.count("’")
    )
    quoted = "‘" in text and _SINGLE_QUOTED_STOP.search(text)  # "said, ‘For X … samples. One …’": pysbd's one
    ideographic = "。" in text  # an ideographic full stop, which pysbd splits at and the fast rule does not
    if (balanced and not quoted and not ideographic and not _HARD.search(text)) or len(text) > PYSBD_MAX_CHARS:
        return _simple_split(text)
    global _segmenter
    if _segmenter is None:
        _segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    spans = _segmenter.segment(text) if text.strip() else []
    result = []
    for span in spans:
        chunk = text[span.start : span.end]
        stripped = chunk.strip()
        if stripped:
            result.append(Sentence(stripped, span.start + (len(chunk) - len(chunk.lstrip()))))
    covered = "".join(s.text for s in result).replace(" ", "")
    if covered != text.replace(" ", "").replace("\n", "") or not result:
        return (Sentence(text.strip(), 0),) if text.strip() else ()
    return _titles_rejoined(text, tuple(result))


# A courtesy title before a name that pysbd does not know: "… Affairs Eng. Jane Doe signed"; a
# company's legal form before a sum, a lower-case word or another form: "… granting Andina Metals Corp. $15
# million", "Verde Pte. Ltd. secured".
_TITLE_BEFORE_NAME = re.compile(r"(?<![\w.])(?:Eng|Engr|Atty|Amb|Hon|Reps|Sens|PT)\.$")  # "by Reps. Jane Doe (R-CA)"
_FORM_BEFORE_SUM = re.compile(r"(?<![\w.])(?:Corp|Inc|Ltd|Co|Plc|Bhd|Pte|Pty)\.$")
# A name's middle initials that pysbd reads as a time ("P.M."): "Secretary Raphael P.M. Lotilla and …".
_MIDDLE_INITIALS = re.compile(r"(?<![\w.])(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][a-z]+\s[A-Z]\.[A-Z]\.$")
# A month before its day that pysbd splits when a word is glued to it: "Verde Report-Nov. 8, …".
_MONTH_BEFORE_DAY = re.compile(r"(?<![.])\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$")


_FORM_GOES_ON = re.compile(r"[$€£\d]|(?:Ltd|Limited|Inc|Corp|Co|Plc|Bhd|LLC)\b|[\[(][A-Z]{2,6}\s?[:-]")
_NOT_A_NAME = re.compile(r"(?:The|This|That|It|He|She|They|We|In|On|At|But|And)\b")
# pysbd's splits after an abbreviation that goes on: (how the first part ends, whether the next part continues it).
_GOES_ON: tuple[tuple[re.Pattern, Callable[[str], bool]], ...] = (
    (_TITLE_BEFORE_NAME, lambda after: True),
    # "Pte. Ltd.", "Ltd. [WML-TSXV; …] said", "Inc. (NASDAQ: X)", "Inc. заключила" (a lower-case word in any script)
    (_FORM_BEFORE_SUM, lambda after: after[:1].islower() or _FORM_GOES_ON.match(after) is not None),
    (
        _MIDDLE_INITIALS,
        lambda after: (
            re.match(rf"{UPPER}[a-z]+\b(?!\s+(?:said|says|told)\b)", after) is not None and not _NOT_A_NAME.match(after)
        ),
    ),
    (_MONTH_BEFORE_DAY, lambda after: re.match(r"\d{1,2}\b(?![.,]\d)", after) is not None),
)


def _runs_on(before: str, after: str) -> bool:
    return any(ends.search(before) and goes_on(after) for ends, goes_on in _GOES_ON)


def _titles_rejoined(text: str, sentences: tuple[Sentence, ...]) -> tuple[Sentence, ...]:
    if len(sentences) < 2 or not any(
        _runs_on(a.text, b.text) for a, b in zip(sentences[:-1], sentences[1:], strict=True)
    ):
        return sentences
    out = [sentences[0]]
    for s in sentences[1:]:
        if _runs_on(out[-1].text, s.text):
            out[-1] = Sentence(text[out[-1].start : s.start + len(s.text)], out[-1].start)
        else:
            out.append(s)
    return tuple(out)


def _simple_split(text: str) -> tuple[Sentence, ...]:
    out, start = [], 0
    counted, opened, closed, straight = 0, 0, 0, 0  # quote marks in text[:counted], kept up to date
    for m in _SIMPLE_END.finditer(text):
        c = m.group("next")
        if not (c.isupper() or c.isdigit() or c.upper() == c.lower()):  # caseless scripts start anywhere
            continue
        end = m.start() + len(_CLOSERS.match(m.group(0)).group(0))
        new = text[counted:end]  # counted incrementally: recounting the prefix made long text quadratic
        opened, closed = opened + new.count("“") + new.count("«"), closed + new.count("”") + new.count("»")  # « » too
        straight += new.count('"')
        counted = end
        if opened > closed or straight % 2:
            continue  # a quotation of several sentences stays one sentence, as pysbd keeps it
        chunk = text[start:end].strip()
        if chunk:
            out.append(Sentence(chunk, start + len(text[start:end]) - len(text[start:end].lstrip())))
        start = end  # an opening mark belongs to the next sentence: its spaces are stripped below
    tail = text[start:].strip()
    if tail:
        out.append(Sentence(tail, start + len(text[start:]) - len(text[start:].lstrip())))
    return tuple(out)
