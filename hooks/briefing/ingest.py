"""Stage 1, ingest: seed files → `Article`s made of `Block`s, page chrome removed.

The article's words are never rewritten: blocks hold the original lines, and sentence spans
point into them. What is dropped as boilerplate is decided by the data-driven rules in
`site_data/boilerplate.yml`, never by a seed's file name.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import pysbd
import yaml
from pydantic import ValidationError

from .errors import Problem
from .memo import MEMO, fingerprint
from .sitedata import BoilerplateRules, SiteData, SourceMeta, _validation_problems, _LineLoader

TERMINAL = (".", "!", "?", ":", ";", ",", "\u201d", '"', "'", "\u2019", ")", "…")
MAX_HEADING_WORDS = 16
MIN_HEADLINE_WORDS = 4


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offset in the passage text


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


@dataclass
class Article:
    id: str
    path: str
    slug: str
    meta: SourceMeta
    headline: str | None
    blocks: list[Block]
    title_derived: bool = False
    content_hash: str = ""
    dropped: list[str] = field(default_factory=list)

    @property
    def title(self) -> str:
        return self.meta.title or self.headline or "Untitled article"

    @property
    def passages(self) -> list[Passage]:
        return [p for b in self.blocks for p in b.passages]


_segmenter = None
# Text pysbd is needed for: a short token with a period that may not end a sentence ("U.S.",
# "Dr.", "e.g.", "No. 5", "J. Smith", "3.5"), an ellipsis, or a full stop followed by lower case.
_HARD = re.compile(r"\b[A-Za-z]{1,4}\.(?=\S|\s+[^\sA-Z“\"‘(])|\b(?:[A-Z]\.){1,}|\d\.\d|\.\.|…|"
                   r"\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|St|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|"
                   r"Dec|Inc|Ltd|Co|Corp|Jr|Sr|vs|etc|approx|est)\.|\.\s+[a-z]")
# Elsewhere a sentence ends at . ! or ? (and any closing quote or bracket) before a capital.
_SIMPLE_END = re.compile(r"(?<=[.!?])[”\"’')\]]*\s+[“\"‘(\[]?(?P<next>\w)")


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences as spans of the original text; falls back to one sentence if spans don't cover it.

    pysbd handles abbreviations well but is slow (it compiles a pattern per abbreviation), so
    plain text without abbreviation-like tokens takes a simple rule that gives the same split.
    """
    if not _HARD.search(text):
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
    for m in _SIMPLE_END.finditer(text):
        c = m.group("next")
        if not (c.isupper() or c.isdigit() or c.upper() == c.lower()):  # caseless scripts start anywhere
            continue
        end = m.start() + len(re.match(r"[”\"’')\]]*", m.group(0)).group(0))
        before = text[:end]
        if before.count("“") > before.count("”") or before.count('"') % 2:
            continue  # a quotation of several sentences stays one sentence, as pysbd keeps it
        chunk = text[start:end].strip()
        if chunk:
            out.append(Sentence(chunk, start + len(text[start:end]) - len(text[start:end].lstrip())))
        start = m.start("next") - len(re.search(r"[“\"‘(\[]?$", text[:m.start("next")]).group(0))
    tail = text[start:].strip()
    if tail:
        out.append(Sentence(tail, start + len(text[start:]) - len(text[start:].lstrip())))
    return tuple(out)


def read_seed(path: Path, display: str, problems: list[Problem]) -> tuple[str, dict, int] | None:
    """Text, front matter and the line the body starts on; None (with a problem) if unusable."""
    raw = path.read_bytes()
    if not raw.strip():
        problems.append(Problem(display, None, "is empty; skipped.", "Paste the article text or delete the file."))
        return None
    if b"\x00" in raw[:4096]:
        problems.append(Problem(display, None, "looks binary, not text; skipped.", "Save the article as UTF-8 plain text."))
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problems.append(Problem(display, line, f"is not UTF-8 (byte 0x{raw[exc.start]:02x}); skipped.",
                                "Re-save the file with UTF-8 encoding."))
        return None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    front, body_line = {}, 1
    if path.suffix == ".md" and text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end == -1:
            problems.append(Problem(display, 1, "front matter starts with '---' but never ends; skipped.",
                                    "Close it with a line '---'."))
            return None
        try:
            front = yaml.load(text[4:end], Loader=_LineLoader) or {}  # noqa: S506
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            problems.append(Problem(display, (mark.line + 2) if mark else 1,
                                    f"front matter is not valid YAML ({getattr(exc, 'problem', exc)}); skipped.",
                                    "Check the 'key: value' lines between the '---' markers."))
            return None
        body_line = text[: end + 4].count("\n") + 2
        text = text[end + 4:].lstrip("\n")
    return text, front, body_line


def _norm(line: str) -> str:
    return re.sub(r"\s+", " ", line).strip().casefold()


def _words(line: str) -> list[str]:
    return re.findall(r"[\w'’.-]+", line)


def is_title_like(line: str) -> bool:
    s = line.strip()
    return (bool(s) and s[0].isupper() and not s.endswith(TERMINAL)
            and 0 < len(_words(s)) <= MAX_HEADING_WORDS and not s.startswith(("-", "|", "*", "•")))


def _stem_set(line: str) -> set[str]:
    return {w.casefold().rstrip("s").strip(".") for w in _words(line)}


class _Chrome:
    """Applies boilerplate rules; records what it dropped so tests and reports can show it."""

    def __init__(self, rules: BoilerplateRules):
        self.rules = rules
        self.drop = {_norm(x) for x in rules.drop_lines}
        self.labels = {_norm(x) for x in rules.section_labels}
        self.footer = [re.compile(p, re.IGNORECASE) for p in rules.footer_patterns]

    def cut_footer(self, lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[str]]:
        for i, (_, line) in enumerate(lines):
            if any(rx.search(line) for rx in self.footer) and all(
                    len(rest) <= self.rules.max_footer_line_length for _, rest in lines[i:]):
                return lines[:i], [rest for _, rest in lines[i:] if rest.strip()]
        return lines, []

    def strip(self, lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], str | None, list[str]]:
        lines, dropped = self.cut_footer(lines)
        kept = []
        for number, line in lines:
            if _norm(line) in self.drop:
                dropped.append(line)
            else:
                kept.append((number, line))
        # The header zone is everything before the first real paragraph.
        header_end = next((i for i, (_, ln) in enumerate(kept) if ln.strip() and not is_title_like(ln)), len(kept))
        headline = None
        body = []
        for i, (number, line) in enumerate(kept):
            if i < header_end and line.strip():
                if _norm(line) in self.labels:
                    dropped.append(line)
                    continue
                if headline is None and len(_words(line)) >= MIN_HEADLINE_WORDS:
                    headline = line.strip()
                    continue
                if headline and self._repeats(line, headline):
                    dropped.append(line)
                    continue
            body.append((number, line))
        return body, headline, dropped

    def _repeats(self, line: str, headline: str) -> bool:
        words = _stem_set(line)
        return bool(words) and len(words & _stem_set(headline)) / len(words) >= self.rules.caption_overlap


def _join_wrapped(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Hard-wrapped paragraphs (a line continued in lower case on the next) become one line."""
    out: list[tuple[int, str]] = []
    for number, line in lines:
        prev = out[-1][1].rstrip() if out else ""
        if (prev and line[:1].islower() and not prev.endswith(TERMINAL)
                and _line_kind(prev) in ("text", "heading") and _line_kind(line) != "item"):
            out[-1] = (out[-1][0], prev + " " + line.strip())
        else:
            out.append((number, line))
    return out


def _split_row(line: str) -> tuple[str, ...]:
    return tuple(c.strip() for c in line.strip().strip("|").split("|"))


def _is_separator(line: str) -> bool:
    return bool(re.fullmatch(r"\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?", line.strip()))


def _line_kind(line: str) -> str:
    s = line.strip()
    if re.match(r"^[-*•]\s+\S", s):
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
        if (units and not previous_blank and kind in ("text", "heading") and units[-1][0] == "text"
                and len(units[-1][2]) > 60 and not units[-1][2].rstrip().endswith(TERMINAL)):
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
                body = re.sub(r"^[-*•]\s+", "", units[i][2])
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
            blocks.append(Block("paragraph", number, text=text,
                                passages=(Passage(next_anchor(), text, split_sentences(text)),)))
        i += 1
    return blocks


def _table_block(number: int, rows: list[str], anchor: str) -> Block:
    header: tuple[str, ...] = ()
    if len(rows) >= 2 and _is_separator(rows[1]):
        header, rows = _split_row(rows[0]), rows[2:]
    body = [r for r in rows if not _is_separator(r)]
    passages = [Passage(anchor, _row_text(header, _split_row(r)), (), _split_row(r)) for r in body]
    if header:
        passages.insert(0, Passage(anchor, " | ".join(header), (), header, is_header=True))
    return Block("table", number, passages=tuple(passages), header=header)


def _row_text(header: tuple[str, ...], cells: tuple[str, ...]) -> str:
    """A row read as a sentence ("Element: Iron; Share: 40%"), cells verbatim."""
    if not header:
        return " | ".join(cells)
    return "; ".join(f"{h}: {c}" if h else c for h, c in zip(header, cells))


def derive_title(blocks: list[Block], limit: int = 90) -> str | None:
    """A readable title from the first sentence, cut at a word boundary; marked derived by the caller."""
    for block in blocks:
        for passage in block.passages:
            if passage.sentences:
                first = passage.sentences[0].text.rstrip(".")
                if len(first) <= limit:
                    return first
                cut = first[:limit].rsplit(" ", 1)[0].rstrip(",;:—–- ")
                return cut + "…"
    return None


def _copyright_holder(dropped: list[str]) -> str | None:
    """The holder named in a copyright footer ("Copyright © X ..."), which states the publisher."""
    for line in dropped:
        m = re.search(r"(?:copyright|©|ⓒ|\(c\))\s*(?:©|ⓒ|\(c\))?\s*(?:\d{4}\s*)?([^\s,.|]+(?:\s+[A-Z][\w&]+)*)",
                      line, re.IGNORECASE)
        if m and not re.fullmatch(r"\d+|all", m.group(1), re.IGNORECASE):
            return m.group(1)
    return None


def ingest_seed(path: Path, display: str, site: SiteData, problems: list[Problem]) -> Article | None:
    """One seed file → Article; the parse is remembered per (bytes, metadata, rules) for rebuilds."""
    raw = path.read_bytes()
    key = ("ingest", display, fingerprint(raw, site.sources.get(path.stem), site.boilerplate))
    article, found = MEMO.get(key, lambda: _ingest_seed(path, display, site))
    problems.extend(found)
    return article


def _ingest_seed(path: Path, display: str, site: SiteData) -> tuple[Article | None, list[Problem]]:
    problems: list[Problem] = []
    return _parse_seed(path, display, site, problems), problems


def _parse_seed(path: Path, display: str, site: SiteData, problems: list[Problem]) -> Article | None:
    loaded = read_seed(path, display, problems)
    if loaded is None:
        return None
    text, front, body_line = loaded
    seed_id = path.stem
    meta = site.sources.get(seed_id, SourceMeta())
    if front:
        try:
            meta = SourceMeta.model_validate({**meta.model_dump(exclude_none=True), **dict(front)})
        except ValidationError as exc:
            problems.extend(_validation_problems(exc, front, display, "front matter", offset=1))
            return None
    numbered = _join_wrapped([(body_line + i, line) for i, line in enumerate(text.split("\n"))])
    body, headline, dropped = _Chrome(site.boilerplate).strip(numbered)
    blocks = build_blocks(body)
    if not any(b.passages for b in blocks):
        problems.append(Problem(display, None, "has no article text left after removing page chrome; skipped.",
                                "Check that the file holds the article, not only navigation lines."))
        return None
    derived = False
    if not meta.title and not headline:
        meta = meta.model_copy(update={"title": derive_title(blocks)})
        derived = True
    if not meta.publisher and (holder := _copyright_holder(dropped)):
        meta = meta.model_copy(update={"publisher": holder})
    from .slugs import slugify
    return Article(
        id=seed_id, path=display, slug=meta.slug or slugify(seed_id), meta=meta, headline=headline,
        blocks=blocks, title_derived=derived, content_hash=hashlib.sha256(text.encode()).hexdigest()[:16],
        dropped=dropped,
    )


def ingest(seeds_dir: Path, site: SiteData, display_root: str = "seeds") -> tuple[list[Article], list[Problem]]:
    """Every seeds/*.txt and *.md becomes an Article; unusable files become problems, never lost others."""
    problems: list[Problem] = []
    articles: list[Article] = []
    paths = sorted(p for p in seeds_dir.iterdir() if p.suffix in (".txt", ".md") and p.is_file())
    seen_slugs: dict[str, str] = {}
    for path in paths:
        display = f"{display_root}/{path.name}"
        article = ingest_seed(path, display, site, problems)
        if article is None:
            continue
        other = seen_slugs.get(article.slug.casefold())
        if other:
            problems.append(Problem(display, None, f"has the same slug '{article.slug}' as {other}; skipped.",
                                    "Rename the file or set a different 'slug:' in site_data/sources.yml."))
            continue
        seen_slugs[article.slug.casefold()] = display
        articles.append(article)
    known = {p.stem for p in paths}
    for seed_id in site.sources:
        if seed_id not in known:
            problems.append(Problem("site_data/sources.yml", site.source_lines.get(seed_id),
                                    f"metadata for '{seed_id}', but there is no seeds/{seed_id}.txt or .md.",
                                    "Fix the id or remove the entry."))
    return articles, problems
