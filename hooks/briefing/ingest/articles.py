"""Stage 1, ingest (articles): seed files → `Article`s made of `Block`s, page chrome removed.

The article's words are never rewritten: blocks hold the original lines, and sentence spans
point into them. What is page chrome is decided by general evidence (`body`) with the
overrides in `site_data/boilerplate.yml`, never by a seed's file name.
"""
from __future__ import annotations

import codecs
import dataclasses
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import ValidationError

from ..errors import Problem
from ..text import CONTROL_CHARS
from ..memo import MEMO, fingerprint
from ..sitedata import SiteData, SourceMeta, _LineLoader, _validation_problems
from ..slugs import slugify, unique_slug
from . import lexicon
from .body import cleaner_for
from .chrome import Dropped
from .facts import PageFacts, find_dateline, leading_stamp, page_facts
from .outlets import repeated_lines
from .page import decode_page, extract_page
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

    @property
    def title(self) -> str:
        return self.meta.title or self.headline or "Untitled article"

    @property
    def passages(self) -> list[Passage]:
        return [p for b in self.blocks for p in b.passages]


MAX_ARTICLE_BYTES = 1_000_000
"""A news article is well under 100 kB; a file ten times the longest long-read is a scraped page
or a dump, and would make one source page (and the search index) too heavy to open on a phone."""

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode_seed(raw: bytes, display: str, problems: list[Problem]) -> str | None:
    """Bytes → text with "\n" line ends; None (with a one-line problem) when it cannot be read safely.

    Only encodings that announce themselves are accepted (UTF-8, or a UTF-8/16/32 byte-order
    mark); guessing a legacy code page could silently change the article's words.
    """
    if len(raw) > MAX_ARTICLE_BYTES:
        problems.append(Problem(display, None, f"is {len(raw) / 1e6:.1f} MB; articles over "
                                f"{MAX_ARTICLE_BYTES / 1e6:.0f} MB are skipped.",
                                "Keep only the article's own text (a news article is well under 100 kB)."))
        return None
    if not raw.strip():
        problems.append(Problem(display, None, "is empty; skipped.", "Paste the article text or delete the file."))
        return None
    codec = next((name for bom, name in _BOMS if raw.startswith(bom)), None)
    if codec is None and b"\x00" in raw:
        at = raw.index(b"\x00")
        if at < 4096:
            problems.append(Problem(display, None, "looks binary, not text; skipped.",
                                    "Save the article as UTF-8 plain text."))
        else:
            problems.append(Problem(display, raw[:at].count(b"\n") + 1, "contains a NUL byte; skipped.",
                                    "Remove it, or re-save the file as UTF-8 plain text."))
        return None
    try:
        text = raw.decode(codec or "utf-8")
    except UnicodeDecodeError as exc:
        if codec and codec != "utf-8-sig":
            problems.append(Problem(display, None, f"starts with a {codec.upper()} byte-order mark but is not "
                                    f"valid {codec.upper()}; skipped.", "Re-save the file with UTF-8 encoding."))
            return None
        line = raw[: exc.start].count(b"\n") + 1
        problems.append(Problem(display, line, f"is not UTF-8 (byte 0x{raw[exc.start]:02x}); skipped.",
                                "Re-save the file with UTF-8 encoding."))
        return None
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    # Control characters are invisible and invalid in XML (the feed); removing them changes no word.
    return CONTROL_CHARS.sub("", text)


@dataclass(frozen=True)
class SeedText:
    """A seed file read: its article text and what the file says about the article."""

    text: str
    front: dict = field(default_factory=dict)  # front matter of a .md file
    body_line: int = 1  # the file line the text starts on
    page: dict = field(default_factory=dict)  # metadata a saved web page states (sources.yml fields, author)
    page_title: str | None = None


def read_seed(path: Path, raw: bytes, display: str, problems: list[Problem]) -> SeedText | None:
    """The file's text and metadata; None (with a problem) if unusable."""
    if path.suffix.lower() in PAGE_SUFFIXES:
        return _read_page(raw, display, problems)
    text = decode_seed(raw, display, problems)
    if text is None:
        return None
    front, body_line = {}, 1
    if path.suffix.lower() == ".md" and text.startswith("---\n"):
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
        if not isinstance(front, dict):
            problems.append(Problem(display, 2, "front matter is not a list of 'key: value' lines; skipped.",
                                    "Example: title: Lithium pact signed."))
            return None
        body_line = text[: end + 4].count("\n") + 2
        text = text[end + 4:].lstrip("\n")
    return SeedText(text, front, body_line)


def _read_page(raw: bytes, display: str, problems: list[Problem]) -> SeedText | None:
    """A saved web page: its main text (line numbers are the text's), title and metadata."""
    markup = decode_page(raw, display, problems)
    extracted = extract_page(markup, display, problems) if markup is not None else None
    if extracted is None:
        return None
    text, page, title = extracted
    text = CONTROL_CHARS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    if len(text.encode()) > MAX_ARTICLE_BYTES:
        problems.append(Problem(display, None, f"has {len(text.encode()) / 1e6:.1f} MB of text; articles over "
                                f"{MAX_ARTICLE_BYTES / 1e6:.0f} MB are skipped.",
                                "Keep only the article's own text (a news article is well under 100 kB)."))
        return None
    return SeedText(text, page=page, page_title=CONTROL_CHARS.sub("", title).strip() if title else None)


def derive_title(blocks: list[Block], limit: int = 90) -> str | None:
    """A readable title from the first sentence after any dateline, cut at a word boundary; the
    caller marks it derived."""
    for block in blocks:
        for passage in block.passages:
            if not passage.sentences:
                continue
            text = passage.text
            dateline = find_dateline(text)
            skip = dateline.end if dateline else leading_stamp(text)
            sentences = split_sentences(text[skip:]) if skip else passage.sentences
            if not sentences:
                continue
            first = sentences[0].text.rstrip(".")
            if len(first) <= limit:
                return first
            cut = first[:limit].rsplit(" ", 1)[0].rstrip(",;:—–- ")
            return cut + "…"
    return None


def ingest_seed(path: Path, display: str, site: SiteData, problems: list[Problem],
                repeated: frozenset[str] = frozenset()) -> Article | None:
    """One seed file → Article; the parse is remembered per (bytes, metadata, rules, lines its outlet
    repeats) for rebuilds."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        problems.append(Problem(display, None, f"cannot be read ({exc.strerror or exc}); skipped.",
                                "Check that the file exists and is readable."))
        return None
    key = ("ingest", display, fingerprint(raw, site.sources.get(path.stem), site.boilerplate, sorted(repeated)))
    article, found = MEMO.get(key, lambda: _ingest_seed(path, raw, display, site, repeated))
    problems.extend(found)
    return article


def _ingest_seed(path: Path, raw: bytes, display: str, site: SiteData,
                 repeated: frozenset[str]) -> tuple[Article | None, list[Problem]]:
    problems: list[Problem] = []
    return parse_seed(path, raw, display, site, problems, repeated), problems


def parse_seed(path: Path, raw: bytes, display: str, site: SiteData, problems: list[Problem],
               repeated: frozenset[str] = frozenset()) -> Article | None:
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
            found = _validation_problems(exc, front, display, "front matter", offset=1)
            # One line per skipped file: every field's problem in it, each with its line.
            where = "; ".join(p.message.rstrip(".") + (f" (line {p.line})" if len(found) > 1 and p.line else "")
                              for p in found)
            problems.append(Problem(display, found[0].line, f"{where}; skipped.",
                                    " ".join(dict.fromkeys(p.fix for p in found if p.fix))))
            return None
    last_line: dict[int, int] = {}
    numbered = _join_wrapped([(body_line + i, line) for i, line in enumerate(text.split("\n"))], last_line)
    stops = lexicon.guess_stoplist(text, meta.language)
    cleaned = cleaner_for(site.boilerplate).clean(numbered, stops, last_line, titled=bool(seed.page_title),
                                                  repeated=repeated)
    blocks = build_blocks(cleaned.body)
    if not any(b.passages for b in blocks):
        problems.append(Problem(display, None, "has no article text left after removing page chrome; skipped.",
                                "Check that the file holds the article, not only navigation lines, or add a "
                                "'keep' rule to site_data/boilerplate.yml."))
        return None
    first = next((p.text for b in blocks for p in b.passages if p.sentences), None)
    author = [f"By {seed.page['author']}"] if seed.page.get("author") else []
    facts = page_facts(first, cleaned.headline, cleaned.dropped, author + cleaned.credits)
    headline = cleaned.headline or seed.page_title
    if headline and (stamp := lexicon.TRAILING_DATE.search(headline)):
        headline = headline[:stamp.start()].rstrip()
    derived = False
    if not meta.title and not headline:
        meta = meta.model_copy(update={"title": derive_title(blocks)})
        derived = True
    found = {k: v for k, v in {"publisher": facts.publisher, "date": facts.date}.items() if v and not getattr(meta, k)}
    meta = meta.model_copy(update=found)
    return Article(
        id=seed_id, path=display, slug=meta.slug or slugify(seed_id), meta=meta, headline=headline,
        blocks=blocks, title_derived=derived, content_hash=hashlib.sha256(text.encode()).hexdigest()[:16],
        dropped=cleaned.dropped, headline_line=cleaned.headline_line, facts=facts,
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


def _one_per_name(loaded: list[tuple[str, Article | None]], problems: list[Problem]) -> list[tuple[str, Article]]:
    """`Tin.txt` and `tin.md` are one article saved twice: the first by name is kept."""
    ids: dict[str, str] = {}
    unique = []
    for display, article in loaded:
        if article is None:
            continue
        same = ids.get(article.id.casefold())
        if same:
            problems.append(Problem(display, None, f"has the same name as {same} (only case or extension differ); "
                                    "skipped.", "Keep one of the two files, or rename one."))
            continue
        ids[article.id.casefold()] = display
        unique.append((display, article))
    return unique


def _assign_slugs(unique: list[tuple[str, Article]], problems: list[Problem]) -> list[Article]:
    """A slug set in metadata may not take a page another article has; slugs made from file names
    that clash get -2, -3 in name order, so every article keeps a page, always the same one."""
    natural: dict[str, str] = {}
    for display, article in unique:
        if not article.meta.slug:
            natural.setdefault(article.slug.casefold(), display)
    taken: set[str] = set()
    kept = []
    for display, article in sorted(unique, key=lambda da: not da[1].meta.slug):
        if article.meta.slug:
            other = natural.get(article.slug.casefold()) or (article.slug.casefold() in taken and "another article")
            if other:
                problems.append(Problem(display, None, f"has the same slug '{article.slug}' as {other}; skipped.",
                                        "Set a different 'slug:' in its front matter or site_data/sources.yml."))
                continue
        slug = unique_slug(article.slug, taken)
        if slug != article.slug:  # built, but say so: which article has which page now depends on names
            problems.append(Problem(display, None, f"gets the page sources/{slug}/ because its name gives the same "
                                    f"page name as {natural.get(article.slug.casefold(), 'another article')}.",
                                    "Rename one of the two files (or set 'slug:') so neither page moves when "
                                    "files are added."))
        kept.append((display, article if slug == article.slug else dataclasses.replace(article, slug=slug)))
    return [article for _, article in sorted(kept, key=lambda da: da[0])]


PAGE_SUFFIXES = (".html", ".htm")
SEED_SUFFIXES = (".txt", ".md", *PAGE_SUFFIXES)


def seed_files(seeds_dir: Path, display_root: str, problems: list[Problem]) -> list[Path]:
    """The article files in seeds/, in name order (never the file system's order).

    Hidden files are ignored; anything else that is not a regular .txt/.md file inside seeds/
    (another type, a folder, a link leading out of seeds/) is named in a warning, not read.
    """
    root = seeds_dir.resolve()
    paths = []
    for path in sorted(seeds_dir.iterdir(), key=lambda p: p.name):
        display = f"{display_root}/{path.name}"
        if path.name.startswith("."):
            continue
        if path.is_dir():
            problems.append(Problem(display, None, "is a folder; articles in sub-folders are not read.",
                                    "Move the articles into seeds/ itself."))
        elif path.suffix.lower() not in SEED_SUFFIXES:
            problems.append(Problem(display, None, "is not a .txt, .md or .html article; ignored.",
                                    "Save articles as .txt (plain text), .md (with front matter) or .html "
                                    "(a page saved from the browser)."))
        elif path.is_symlink() and not path.resolve().is_relative_to(root):
            problems.append(Problem(display, None, "is a link to a file outside seeds/; skipped.",
                                    "Copy the article into seeds/ instead of linking to it."))
        elif not path.is_file():
            problems.append(Problem(display, None, "is not a regular file; skipped.",
                                    "Articles are plain files in seeds/, one per article."))
        else:
            paths.append(path)
    return paths


def ingest(seeds_dir: Path, site: SiteData, display_root: str = "seeds") -> tuple[list[Article], list[Problem]]:
    """Every seeds/*.txt and *.md becomes an Article; unusable files become problems, never lost others."""
    problems: list[Problem] = []
    paths = seed_files(seeds_dir, display_root, problems)
    repeated = repeated_lines(paths, site)
    loaded = [(f"{display_root}/{p.name}", ingest_seed(p, f"{display_root}/{p.name}", site, problems,
                                                       repeated.get(p.stem, frozenset()))) for p in paths]
    articles = _assign_slugs(_one_per_name(loaded, problems), problems)
    known = {p.stem for p in paths}
    for seed_id in site.sources:
        if seed_id not in known:
            problems.append(Problem("site_data/sources.yml", site.source_lines.get(seed_id),
                                    f"metadata for '{seed_id}', but there is no seeds/{seed_id}.txt, .md or .html.",
                                    "Fix the id or remove the entry."))
    return articles, problems
