"""The whole pipeline as one call: seeds/ + site_data/ → pages and problems. No mkdocs here."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .emit.incremental import PAGE_CACHE
from .emit.pages import render_pages
from .errors import Problem
from .ingest import ingest
from .memo import MEMO, WORDS_MEMO
from .model import Briefing, build_briefing
from .recognise.gazetteer import build_gazetteer
from .sitedata import load_site_data
from .sitedata.validate import check_aliases_against_reference, check_deal_parties, check_registry


@dataclass
class BuildResult:
    briefing: Briefing | None
    pages: dict[str, str] = field(default_factory=dict)
    errors: list[Problem] = field(default_factory=list)  # stop the build
    warnings: list[Problem] = field(default_factory=list)  # a file skipped, the rest built


def run_pipeline(
    seeds_dir: Path,
    site_data_dir: Path,
    edit_base: str | None = None,
    directory_urls: bool = True,
    remember_pages: bool = False,
) -> BuildResult:
    """Validate everything first and report all problems at once; render only clean content.
    `remember_pages` (the live preview): keep rendered pages for the next run, which renders
    again only those whose inputs changed."""
    MEMO.new_build()
    WORDS_MEMO.new_build()
    site = load_site_data(site_data_dir)
    if not seeds_dir.is_dir():
        return BuildResult(
            None,
            errors=site.problems
            + [
                Problem(
                    str(seeds_dir),
                    None,
                    "is not a folder of articles.",
                    "Create seeds/ and put the .txt, .md or .html articles there.",
                )
            ],
        )
    errors = site.problems + check_registry(site)
    articles, seed_problems = ingest(seeds_dir, site)
    gazetteer = build_gazetteer(site.reference)
    errors += check_deal_parties(site, set(gazetteer.proper) | set(gazetteer.capitals), articles, gazetteer.translated)
    reference_names = {k: p.name for k, p in gazetteer.places.items()} | {
        k: m.name for k, m in gazetteer.minerals.items()
    }
    errors += check_aliases_against_reference(
        site, gazetteer.proper, gazetteer.common, reference_names, gazetteer.capitals, gazetteer.demonyms
    )
    if errors:
        return BuildResult(None, errors=errors, warnings=seed_problems)
    briefing = build_briefing(articles, site, gazetteer)
    if remember_pages:
        PAGE_CACHE.new_build()
    pages = render_pages(briefing, edit_base, directory_urls, PAGE_CACHE if remember_pages else None)
    return BuildResult(briefing, pages, errors=[], warnings=seed_problems + briefing.problems)
