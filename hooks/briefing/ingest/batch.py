"""Stage 1, ingest (all seeds): every seed file read, parsed once (remembered for rebuilds, what
is new parsed on two cores), then checked together: one article per name, one page per slug."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from ..errors import Problem
from ..memo import MEMO, fingerprint, fingerprint_of
from ..sitedata import SiteData
from ..slugs import unique_slug
from .articles import Article, parse_seed
from .outlets import repeated_lines
from .seeds import seed_files


def ingest_seed(
    path: Path, display: str, site: SiteData, problems: list[Problem], repeated: frozenset[str] = frozenset()
) -> Article | None:
    """One seed file → Article; the parse is remembered per (bytes, metadata, rules, lines its outlet
    repeats) for rebuilds."""
    call = _seed_call(path, display, site, problems, repeated)
    article, found = MEMO.get(*call[:2]) if call else (None, [])
    problems.extend(found)
    return article


def _seed_call(
    path: Path, display: str, site: SiteData, problems: list[Problem], repeated: frozenset[str]
) -> tuple[tuple, Callable, int] | None:
    """The memo key of one seed file, how to parse it and its size, or None (a problem) if it cannot be read."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        problems.append(
            Problem(
                display,
                None,
                f"cannot be read ({exc.strerror or exc}); skipped.",
                "Check that the file exists and is readable.",
            )
        )
        return None
    rules = fingerprint_of(site.boilerplate)
    key = ("ingest", display, fingerprint(raw, site.sources.get(path.stem), rules, sorted(repeated)))
    return key, lambda: _ingest_seed(path, raw, display, site, repeated), len(raw)


def _ingest_seed(
    path: Path, raw: bytes, display: str, site: SiteData, repeated: frozenset[str]
) -> tuple[Article | None, list[Problem]]:
    problems: list[Problem] = []
    return parse_seed(path, raw, display, site, problems, repeated), problems


def _one_per_name(loaded: list[tuple[str, Article | None]], problems: list[Problem]) -> list[tuple[str, Article]]:
    """`Tin.txt` and `tin.md` are one article saved twice: the first by name is kept."""
    ids: dict[str, str] = {}
    unique = []
    for display, article in loaded:
        if article is None:
            continue
        same = ids.get(article.id.casefold())
        if same:
            problems.append(
                Problem(
                    display,
                    None,
                    f"has the same name as {same} (only case or extension differ); skipped.",
                    "Keep one of the two files, or rename one.",
                )
            )
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
                problems.append(
                    Problem(
                        display,
                        None,
                        f"has the same slug '{article.slug}' as {other}; skipped.",
                        "Set a different 'slug:' in its front matter or site_data/sources.yml.",
                    )
                )
                continue
        slug = unique_slug(article.slug, taken)
        if slug != article.slug:  # built, but say so: which article has which page now depends on names
            problems.append(
                Problem(
                    display,
                    None,
                    f"gets the page sources/{slug}/ because its name gives the same "
                    f"page name as {natural.get(article.slug.casefold(), 'another article')}.",
                    "Rename one of the two files (or set 'slug:') so neither page moves when files are added.",
                )
            )
        kept.append((display, article if slug == article.slug else dataclasses.replace(article, slug=slug)))
    return [article for _, article in sorted(kept, key=lambda da: da[0])]


def ingest(seeds_dir: Path, site: SiteData, display_root: str = "seeds") -> tuple[list[Article], list[Problem]]:
    """Every seeds/*.txt and *.md becomes an Article; unusable files become problems, never lost others."""
    problems: list[Problem] = []
    paths = seed_files(seeds_dir, display_root, problems)
    repeated = repeated_lines(paths, site)
    calls = []  # every file read first, then what the memo lacks parsed on two cores
    for p in paths:
        display, unread = f"{display_root}/{p.name}", []
        calls.append((display, unread, _seed_call(p, display, site, unread, repeated.get(p.stem, frozenset()))))
    read = [call for *_, call in calls if call]
    parsed = iter(MEMO.get_all([call[:2] for call in read], [size for *_, size in read]))  # shared out by size
    loaded = []
    for display, unread, call in calls:
        article, found = next(parsed) if call else (None, [])
        problems.extend(unread + found)
        loaded.append((display, article))
    articles = _assign_slugs(_one_per_name(loaded, problems), problems)
    known = {p.stem for p in paths}
    for seed_id in site.sources:
        if seed_id not in known:
            problems.append(
                Problem(
                    "site_data/sources.yml",
                    site.source_lines.get(seed_id),
                    f"metadata for '{seed_id}', but there is no seeds/{seed_id}.txt, .md or .html.",
                    "Fix the id or remove the entry.",
                )
            )
    return articles, problems
