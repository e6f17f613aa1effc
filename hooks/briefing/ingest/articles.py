"""Stage 1, ingest (articles): seed files → `Article`s made of `Block`s, page chrome removed.

The article's words are never rewritten: blocks hold the original lines, and sentence spans
point into them. What is page chrome is decided by general evidence (`body`) with the
overrides in `site_data/boilerplate.yml`, never by a seed's file name.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from ..errors import Problem
from ..sitedata import SiteData, SourceMeta, validation_problems
from ..slugs import slugify
from . import lexicon
from .body import cleaner_for
from .chrome import Dropped
from .facts import PageFacts, dateline_alone, find_dateline, leading_stamp, page_facts
from .headline import TOLD_TO, bare_headline
from .seeds import read_seed
from .sentences import split_sentences
from .structure import Block, Passage, _join_wrapped, build_blocks


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
    dropped: list[Dropped] = field(default_factory=list)  # page chrome left out, with the reason
    headline_line: int | None = None
    facts: PageFacts = field(default_factory=PageFacts)  # what the page says about itself
    from_page: tuple[str, ...] = ()  # metadata fields filled from the page, sources.yml being silent
    size: int = 0  # characters of its text: how much work it is (`fanout` shares work out by it)

    @property
    def title(self) -> str:
        return self.meta.title or self.headline or "Untitled article"

    @property
    def passages(self) -> list[Passage]:
        return [p for b in self.blocks for p in b.passages]


def _first_text(blocks: list[Block]) -> str | None:
    """The text the page facts are read from: the first paragraph, or a dateline above it that
    stands on a line of its own (which reads as a heading: "PARIS, France--(Wire)--May 14, 2025--")."""
    for block in blocks:
        if block.kind == "heading" and dateline_alone(block.text):
            return block.text
        if first := next((p.text for p in block.passages if p.sentences), None):
            return first
    return None


# A date run into the first sentence before a colon or dash: "Oct 28, 2016: Verde Mining signed …".
DATE_BEFORE_TEXT = re.compile(
    rf"\s*(?:{lexicon.MONTH}\s+\d{{1,2}},?|\d{{1,2}}\s+{lexicon.MONTH})(?:\s+(?:19|20)\d\d\s*[:–—-]|\s*(?:--|—))\s+(?=[A-Z\d“\"])"
)


def derive_title(blocks: list[Block], limit: int = 90) -> str | None:
    """A readable title from the first sentence after any dateline, cut at a word boundary; the
    caller marks it derived."""
    for block in blocks:
        for passage in block.passages:
            if not passage.sentences:
                continue
            text = passage.text
            if text.rstrip().endswith(":") and len(text.split()) <= 5 or len(text.split()) <= 2 and len(text) <= 40:
                continue  # "Baar, Switzerland:", "Highlights:" or "• Speech" over the text: a label, no title (a
                # paragraph in a script written without spaces is one "word" long)
            if text.rstrip().endswith("?") and len(text.split()) <= 6 and len(passage.sentences) == 1:
                continue  # "What's going on here?" over a digest's paragraph: a question as its heading
            dateline = find_dateline(text)
            skip = dateline.end if dateline else leading_stamp(text)
            skip = m.end() if (m := lexicon.WIRE_CREDIT.match(text, skip)) else skip  # "(Wire) -- "
            skip = m.end() if (m := DATE_BEFORE_TEXT.match(text, skip)) else skip  # "Oct 28, 2016: "
            sentences = split_sentences(text[skip:]) if skip else passage.sentences
            if not sentences or not lexicon.WORD.search(text[skip:]):
                continue  # a dateline on a line of its own
            lead = next((x for x in sentences if len(x.text.split()) > 2), sentences[0])  # "Jakarta. In a …"
            first = lead.text.rstrip(".").lstrip("—–-|: ")  # not the dash a dateline left
            if len(first) <= limit:
                return first
            cut = first[:limit].rsplit(" ", 1)[0].rstrip(",;:—–- ")
            return cut + "…"
    return None


def parse_seed(
    path: Path,
    raw: bytes,
    display: str,
    site: SiteData,
    problems: list[Problem],
    repeated: frozenset[str] = frozenset(),
) -> Article | None:
    """One file's bytes → Article, or None with the problems that stop it (not remembered)."""
    seed = read_seed(path, raw, display, problems)
    if seed is None:
        return None
    text, front, body_line = seed.text, seed.front, seed.body_line
    seed_id = path.stem
    meta = site.sources.get(seed_id, SourceMeta())
    meta, from_page = _with_page_meta(meta, seed.page)
    if front:
        try:
            meta = SourceMeta.model_validate({**meta.model_dump(exclude_none=True), **dict(front)})
        except ValidationError as exc:
            found = validation_problems(exc, front, display, "front matter", offset=1)
            # One line per skipped file: every field's problem in it, each with its line.
            where = "; ".join(
                p.message.rstrip(".") + (f" (line {p.line})" if len(found) > 1 and p.line else "") for p in found
            )
            problems.append(
                Problem(
                    display, found[0].line, f"{where}; skipped.", " ".join(dict.fromkeys(p.fix for p in found if p.fix))
                )
            )
            return None
    last_line: dict[int, int] = {}
    numbered = _join_wrapped([(body_line + i, line) for i, line in enumerate(text.split("\n"))], last_line)
    stops = lexicon.guess_stoplist(text, meta.language)
    cleaned = cleaner_for(site.boilerplate).clean(
        numbered, stops, last_line, titled=bool(seed.page_title), repeated=repeated
    )
    blocks = build_blocks(cleaned.body)
    if not any(b.passages for b in blocks):
        problems.append(
            Problem(
                display,
                None,
                "has no article text left after removing page chrome; skipped.",
                "Check that the file holds the article, not only navigation lines, or add a "
                "'keep' rule to site_data/boilerplate.yml.",
            )
        )
        return None
    first = _first_text(blocks)
    author = [f"By {seed.page['author']}"] if seed.page.get("author") else []
    facts = page_facts(first, cleaned.headline, cleaned.dropped, author + cleaned.credits)
    headline = cleaned.headline or seed.page_title
    told = {m[1] for p in (p for b in blocks for p in b.passages) for m in TOLD_TO.finditer(p.text)}
    headline = headline and bare_headline(headline, told | {x for x in (meta.publisher, facts.publisher) if x})
    derived = False
    if not meta.title and not headline:
        meta = meta.model_copy(update={"title": derive_title(blocks)})
        derived = True
    found = {k: v for k, v in {"publisher": facts.publisher, "date": facts.date}.items() if v and not getattr(meta, k)}
    meta = meta.model_copy(update=found)
    return Article(
        id=seed_id,
        path=display,
        slug=meta.slug or slugify(seed_id),
        meta=meta,
        headline=headline,
        blocks=blocks,
        title_derived=derived,
        content_hash=hashlib.sha256(text.encode()).hexdigest()[:16],
        size=len(text),
        dropped=cleaned.dropped,
        headline_line=cleaned.headline_line,
        facts=facts,
        from_page=(*from_page, *found),
    )


def _with_page_meta(meta: SourceMeta, page: dict) -> tuple[SourceMeta, tuple[str, ...]]:
    """A saved page's own metadata fills what sources.yml leaves out; a value that would not pass
    the checks of sources.yml (an odd address) is left out, not guessed."""
    fields = {k: v for k, v in page.items() if k in SourceMeta.model_fields and not getattr(meta, k)}
    merged = meta
    for key, value in fields.items():
        try:
            merged = SourceMeta.model_validate({**merged.model_dump(exclude_none=True), key: value})
        except ValidationError:
            fields = {k: v for k, v in fields.items() if k != key}
    return merged, tuple(fields)
