"""Stage 1, ingest (structure): the article's lines → headings, paragraphs, lists and tables.

Anchors p1, p2, … follow reading order; the article's own lines are kept verbatim. Page chrome
is removed before this step (`body`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .sentences import Sentence, split_sentences

# A sentence ends with its stop, maybe inside quotes or brackets ("… sidelines. ”": a space before one too).
SENTENCE_END = re.compile(
    r"[.!?…。](?:\s?[\"”’“‘')\]»›」』])*$|[.!?][\"”’“‘')\]»]*\s*(?:[–—-]\s*)?(?:\(\w[^()]{0,60}\)|\[\w[^\[\]]{0,60}\])$"
)

TERMINAL = (".", "!", "?", ":", ";", ",", "\u201d", "\u201c", '"', "'", "\u2019", ")", "…", "»", "。")  # „…“: German
MAX_HEADING_WORDS = 16


@dataclass(frozen=True)
class Passage:
    """The citable unit: a paragraph, a list item or a table row. `anchor` is its id on the page."""

    anchor: str
    text: str
    sentences: tuple[Sentence, ...]
    cells: tuple[str, ...] = ()
    is_header: bool = False  # a table's header row: scanned for mentions, never quoted as a claim


@dataclass(frozen=True)
class Block:
    kind: str  # "heading" | "paragraph" | "list" | "table"
    line: int
    text: str = ""
    passages: tuple[Passage, ...] = ()
    header: tuple[str, ...] = ()  # table header cells


_WORD = re.compile(r"[\w'’.-]+")
_ITEM = re.compile(r"^(?:[-*•]\s+\S|\*[a-z][^*]*$)")  # "*at least 10% …": a star glued to a point
_BULLET = re.compile(r"^(?:[-*•]\s+|\*(?=[a-z][^*]*$))")


def _words(line: str) -> list[str]:
    return _WORD.findall(line)


def is_title_like(line: str) -> bool:
    s = line.strip()
    return (
        bool(s)
        and s[0].isupper()
        and not s.endswith(TERMINAL)
        and 0 < len(_words(s)) <= MAX_HEADING_WORDS
        and not s.startswith(("-", "|", "*", "•"))
        and not re.search(r"[.!?”\"]\s*[–—-]{1,2}\s*[A-Z][\w.]*\s*$", s)  # "… on November 1. – Wire": a sentence
    )


def _wrap_width(lines: list[tuple[int, str]]) -> int | None:
    """The column a hard-wrapped text breaks its lines at; None when each line is a paragraph.

    Wrapped text has most lines close to one width (e-mail and wire copy: 65–80 columns);
    paragraph-per-line text has long lines of every length.
    """
    lengths = sorted(len(line.rstrip()) for _, line in lines if line.strip())
    if len(lengths) < 6:
        return None
    width = lengths[int(len(lengths) * 0.9)]
    near = sum(1 for n in lengths if n >= 0.7 * width)
    return width if 40 <= width <= 100 and near >= 0.5 * len(lengths) else None


# Two or three capitalised words, a name's shape ("Jane Doe", "Ana María Ortiz", "Jean-Luc Roe").
NAME_SHAPE = r"[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){1,2}"
_NAME_ALONE = re.compile(NAME_SHAPE)
_ENDS = tuple(t for t in TERMINAL if t != ",")  # what ends a line that a line in lower case does not go on from
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")
_LETTER = re.compile(r"[^\W\d_]")
# (and in Spanish, Portuguese and French: "… la principal productora de cobre del mundo. Está interesada en")
_OPEN_END = re.compile(
    r"\s(?:and|or|of|the|to|for|with|a|an|de|del|la|el|en|y|que|con|por|para|los|las|da|do|das|dos|com|et|le|les|des|"
    r"du|au|aux|pour|sur|dans)$"
)


def _join_wrapped(lines: list[tuple[int, str]], last_line: dict[int, int] | None = None) -> list[tuple[int, str]]:
    """Hard-wrapped paragraphs become one line: in wrapped text every line that filled the width
    continues on the next; elsewhere a line continued in lower case on the next does. `last_line`,
    if given, receives the last file line of every joined line (first line → last line)."""
    width = _wrap_width(lines)
    if width:
        lines = _undouble(lines, width)
    out: list[tuple[int, str]] = []
    physical = ""  # the previous line as it is in the file: whether it filled the width
    for number, line in lines:
        prev = out[-1][1].rstrip() if out else ""
        kind = _line_kind(line) if line.strip() else "blank"
        continues = (
            bool(prev)
            and kind in ("text", "heading")
            and not _BYLINE_START.match(line)
            # a name alone under a line that filled the width: the author's, under the headline
            and not (_NAME_ALONE.fullmatch(line.strip()) and not line.isupper() and not _OPEN_END.search(prev))
            and not (_LATIN.search(prev) and not _LATIN.search(line) and _LETTER.search(line))  # another script's line
            and (
                # a list's marker scraped onto a line of its own, its item (a sentence) below
                (prev in ("-", "*", "•", "–", "·") and line.rstrip().endswith(TERMINAL))
                or (width and _fills(physical.rstrip(), width) and _line_kind(prev) in ("text", "heading", "item"))
                # (after a comma too: "Andina," / "the largest miner, shows interest in Verde")
                or (line[:1].islower() and not prev.endswith(_ENDS) and _line_kind(prev) in ("text", "heading"))
                # "AMMAN — The Ministry of Energy and" / "Mineral Resources signed …": no line ends with "and"
                or (_OPEN_END.search(prev) is not None and _line_kind(prev) in ("text", "heading"))
            )
        )
        if continues:
            out[-1] = (out[-1][0], prev + " " + line.strip())
            if last_line is not None:
                last_line[out[-1][0]] = number
        else:
            out.append((number, line))
        physical = line
    return out


def _undouble(lines: list[tuple[int, str]], width: int) -> list[tuple[int, str]]:
    """Wrapped text scraped with a blank line after every line ("<br><br>"): a blank line between a
    line that filled the width and one that goes on with its sentence (it starts in lower case, or
    the line before has no full stop) is a line break, not a paragraph break."""
    texts = [i for i, (_, line) in enumerate(lines) if line.strip()]
    pairs = list(zip(texts, texts[1:], strict=False))
    if not pairs or sum(b - a == 2 for a, b in pairs) < 0.7 * len(pairs):
        return lines
    drop = set()
    for a, b in pairs:
        before, after = lines[a][1].rstrip(), lines[b][1].strip()
        if (
            b - a == 2
            and _fills(before, width)
            and (after[:1].islower() or after[:1].isdigit() or not before.endswith((".", "!", "?", '"', "”")))
        ):
            drop.add(a + 1)
    return [pair for i, pair in enumerate(lines) if i not in drop]


# "by Jane Doe" (or "by inOutlet Newsroom") under a headline starts in lower case, but is no continuation
_BYLINE_START = re.compile(r"\s*by\s+[a-z]{0,3}[A-Z]")


def _fills(line: str, width: int) -> bool:
    """A wrapped line that reaches near the width goes on below; a sentence that ends well short of
    it ends its paragraph."""
    return 0.6 * width <= len(line) <= 1.15 * width and not (
        line.endswith((".", "!", "?", ")", "”", '"')) and len(line) < 0.85 * width
    )  # a longer line was never wrapped


def _split_row(line: str) -> tuple[str, ...]:
    return tuple(c.strip() for c in line.strip().strip("|").split("|"))


def _is_separator(line: str) -> bool:
    return bool(re.fullmatch(r"\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?", line.strip()))


def _line_kind(line: str) -> str:
    s = line.strip()
    if _ITEM.match(s):
        return "item"
    if s.startswith("|") and s.endswith("|") and s.count("|") >= 2:
        return "row"
    if is_title_like(s):
        return "heading"
    return "text"


def build_blocks(lines: list[tuple[int, str]]) -> list[Block]:
    """Group body lines into headings, paragraphs, lists and tables; anchors p1, p2, … follow order."""
    units: list[tuple[str, int, str]] = []  # (kind, line, text), with hard-wrapped lines joined
    previous_blank = True
    for number, line in lines:
        if not line.strip():
            previous_blank = True
            continue
        kind = _line_kind(line)
        if (
            units
            and not previous_blank
            and kind in ("text", "heading")
            and units[-1][0] == "text"
            and len(units[-1][2]) > 60
            and not units[-1][2].rstrip().endswith(TERMINAL)
        ):
            units[-1] = ("text", units[-1][1], units[-1][2].rstrip() + " " + line.strip())
        else:
            units.append((kind, number, line.strip()))
        previous_blank = False
    blocks: list[Block] = []
    counter = 0

    def next_anchor() -> str:
        nonlocal counter
        counter += 1
        return f"p{counter}"

    i = 0
    while i < len(units):
        kind, number, text = units[i]
        if kind == "item":
            items = []
            while i < len(units) and units[i][0] == "item":
                body = _BULLET.sub("", units[i][2])
                items.append(Passage(next_anchor(), body, split_sentences(body)))
                i += 1
            blocks.append(Block("list", number, passages=tuple(items)))
            continue
        if kind == "row":
            rows = []
            while i < len(units) and units[i][0] == "row":
                rows.append(units[i][2])
                i += 1
            blocks.append(_table_block(number, rows, next_anchor()))
            continue
        if kind == "heading":
            blocks.append(Block("heading", number, text=text))
        else:
            blocks.append(
                Block("paragraph", number, text=text, passages=(Passage(next_anchor(), text, split_sentences(text)),))
            )
        i += 1
    return blocks


def _table_block(number: int, rows: list[str], anchor: str) -> Block:
    header: tuple[str, ...] = ()
    if len(rows) >= 2 and _is_separator(rows[1]):
        header, rows = _split_row(rows[0]), rows[2:]
    body = [_split_row(r) for r in rows if not _is_separator(r)]
    # Every row as wide as the widest: Markdown tables drop cells beyond the header's width.
    width = max([len(header), *map(len, body)])
    pad = lambda cells: cells + ("",) * (width - len(cells))  # noqa: E731
    header = pad(header) if header else ()
    passages = [Passage(anchor, _row_text(header, pad(cells)), (), pad(cells)) for cells in body]
    if header:
        passages.insert(0, Passage(anchor, " | ".join(header), (), header, is_header=True))
    return Block("table", number, passages=tuple(passages), header=header)


def _row_text(header: tuple[str, ...], cells: tuple[str, ...]) -> str:
    """A row read as a sentence ("Element: Iron; Share: 40%"), cells verbatim."""
    if not header:
        return " | ".join(cells).rstrip(" |")
    return "; ".join(f"{h}: {c}" if h else c for h, c in zip(header, cells, strict=False) if c)
