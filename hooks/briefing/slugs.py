"""Slugs and page paths: the one place that decides where a page lives.

Every generated page path comes from here, so links and pages cannot disagree.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass

from anyascii import anyascii


@dataclass(frozen=True, eq=False)
class PageKind:
    """A kind of generated page: where its pages live and what its section is called. Entity
    kinds (`kinds/`) extend it; sources are the one page kind that is not an entity."""

    name: str  # the kind's name in code and messages
    folder: str  # its pages' folder under docs/
    label: str  # its section's title

    def __str__(self) -> str:
        return self.name

    def __post_init__(self) -> None:
        _KINDS.setdefault(self.name, self)

    def __repr__(self) -> str:
        return f"<kind {self.name}>"

    def __reduce__(self) -> tuple:
        """Kinds compare by identity: a kind sent from another process (`fanout`) is this one."""
        return _kind, (self.name,)


_KINDS: dict[str, PageKind] = {}


def _kind(name: str) -> PageKind:
    return _KINDS[name]


SOURCE = PageKind("source", "sources", "Sources")


MAX_SLUG = 80
"""Long enough for any real name; keeps every path far below file-system name limits (255 bytes)."""

# Names a page cannot take: `index` is each section's own page; the rest are Windows device
# names, which no folder in an unzipped bundle may have.
RESERVED = frozenset(
    {"index", "con", "prn", "aux", "nul", *(f"com{n}" for n in range(10)), *(f"lpt{n}" for n in range(10))}
)


SLUG_PATTERN = r"[a-z0-9]+(-[a-z0-9]+)*"  # what slugify makes, and what a curated `slug:` must be


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by hyphens, for any script (transliterated by anyascii).

    ASCII keeps paths identical on every file system, zip tool and web server (no Unicode
    normalisation differences); the result is never empty, reserved or longer than MAX_SLUG.
    """
    ascii_text = anyascii(re.sub(r"[\u2010-\u2015/]", " ", text))
    base = ascii_text.lower().replace("&", " and ").replace("'", "")
    slug = re.sub(r"[^a-z0-9]+", "-", base).strip("-")
    if len(slug) > MAX_SLUG:
        slug = slug[: MAX_SLUG + 1].rsplit("-", 1)[0] if "-" in slug[:MAX_SLUG] else slug[:MAX_SLUG]
    slug = slug.strip("-") or "item"
    return f"{slug}-page" if slug in RESERVED else slug


def is_safe_slug(slug: str) -> bool:
    """What every page name must be: what slugify can produce (checked on curated `slug:` values)."""
    return bool(re.fullmatch(SLUG_PATTERN, slug)) and slug not in RESERVED and len(slug) <= MAX_SLUG


def page_path(kind: PageKind, slug: str) -> str:
    """Path of an entity or source page relative to docs_dir."""
    return f"{kind.folder}/{slug}.md"


def index_path(kind: PageKind) -> str:
    return f"{kind.folder}/index.md"


def continuation_paths(base: str, count: int) -> list[str]:
    """Paths of a page split in `count` parts: the page itself, then <page>/2.md, <page>/3.md …"""
    return [base] + [f"{base[:-3]}/{n}.md" for n in range(2, max(count, 1) + 1)]


def relative_link(from_path: str, to_path: str, anchor: str = "") -> str:
    """Relative .md link between two docs paths, so MkDocs rewrites it for either URL style."""
    from_parts = from_path.split("/")[:-1]
    to_parts = to_path.split("/")
    common = 0
    while common < len(from_parts) and common < len(to_parts) - 1 and from_parts[common] == to_parts[common]:
        common += 1
    up = [".."] * (len(from_parts) - common)
    link = "/".join(up + to_parts[common:])
    return f"{link}#{anchor}" if anchor else link


def served_url(path: str, directory_urls: bool) -> str:
    """The address MkDocs serves a docs/ page at, from the site's root: `a/b.md` → `a/b/` (or
    `a/b.html`), `a/index.md` → `a/` (or `a/index.html`), `index.md` → `` (or `index.html`)."""
    stem = path.removesuffix(".md")
    if not directory_urls:
        return stem + ".html"
    stem = stem.removesuffix("index").rstrip("/")
    return f"{stem}/" if stem else ""


def served_link(from_path: str, to_path: str, directory_urls: bool) -> str:
    """A relative address from one served page to another, for raw HTML (a picture's links),
    which MkDocs does not rewrite as it does Markdown's .md links."""
    here, there = served_url(from_path, directory_urls), served_url(to_path, directory_urls)
    folder = here if here.endswith("/") else posixpath.dirname(here)
    link = posixpath.relpath(there or ".", folder or ".")
    if link == ".":
        return "./"
    return link + "/" if (there.endswith("/") or not there) else link


def published_at(path: str) -> set[str]:
    """Where MkDocs publishes a docs/ file: with directory URLs (the hosted site) and without
    (the offline bundle). `a.md` → a/index.html or a.html; `a/index.md` → a/index.html."""
    if not path.endswith(".md"):
        return {path}
    stem = path[:-3]
    parent, _, name = stem.rpartition("/")
    if name in ("index", "README"):
        where = f"{parent}/index.html" if parent else "index.html"
        return {where}
    return {f"{stem}/index.html", f"{stem}.html"}


def published_clashes(hand_written: list[str], generated: list[str]) -> list[tuple[str, str]]:
    """(hand-written file, generated page) pairs published at the same address, case-folded
    (a zip unpacked on macOS or Windows folds case). A hand-written .md page at the generated
    page's own path is not a clash: it is how prose is added to a generated page."""
    owner = {where.casefold(): page for page in generated for where in published_at(page)}
    return list(
        dict.fromkeys(
            (path, owner[where.casefold()])
            for path in hand_written
            for where in sorted(published_at(path))
            if where.casefold() in owner and (owner[where.casefold()] != path or not path.endswith(".md"))
        )
    )


def unique_slug(slug: str, taken: set[str]) -> str:
    """Deterministic collision resolution: the first comer keeps the slug, later ones get -2, -3
    (cut so the result stays within MAX_SLUG)."""
    if slug.casefold() not in taken:
        taken.add(slug.casefold())
        return slug
    n = 2
    while (candidate := f"{slug[: MAX_SLUG - len(str(n)) - 1].rstrip('-')}-{n}").casefold() in taken:
        n += 1
    taken.add(candidate.casefold())
    return candidate
