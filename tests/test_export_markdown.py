"""`make markdown`: the site as plain Markdown, built by Zensical (Material's successor, which runs
no MkDocs hooks). What must hold there as in the Material build: every page, the paragraph
anchors, footnotes that reach their paragraphs, tables, folds, links, search and the feed."""

from __future__ import annotations

import json
import posixpath
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT

ZENSICAL = Path(sys.executable).parent / "zensical"


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("export") / "markdown"
    env = {"PYTHONPATH": str(ROOT / "hooks"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-m", "briefing.cli", "export", str(out)], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert not (out / "mkdocs.yml").read_text(encoding="utf-8").count("hooks")
    built = subprocess.run([str(ZENSICAL), "build"], cwd=out, capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stdout + built.stderr
    assert "No issues found" in built.stdout + built.stderr, built.stdout + built.stderr
    return out


def _page_path(md: str) -> str:
    """docs/ Markdown path → built HTML path (directory URLs)."""
    stem = md.removesuffix(".md")
    return "index.html" if stem == "index" else f"{stem.removesuffix('/index')}/index.html"


def _pages(site: Path) -> dict[str, BeautifulSoup]:
    return {
        p.relative_to(site).as_posix(): BeautifulSoup(p.read_text(encoding="utf-8"), "html.parser")
        for p in sorted(site.rglob("*.html"))
        if not p.relative_to(site).as_posix().startswith(("assets/", "search/"))
    }


def test_every_page_of_the_material_build_is_there(zensical_site, html_pages):
    built = {p.relative_to(zensical_site / "site").as_posix() for p in (zensical_site / "site").rglob("*.html")}
    pages = {
        _page_path(p.relative_to(zensical_site / "docs").as_posix()) for p in (zensical_site / "docs").rglob("*.md")
    }
    assert pages <= built
    assert set(html_pages) - {"404.html"} <= built
    assert len(pages) > 50


def test_anchors_footnotes_tables_and_folds_match_the_material_build(zensical_site, html_pages):
    zensical = _pages(zensical_site / "site")
    compared = 0
    for path, material in html_pages.items():
        if path == "404.html":
            continue
        ours = zensical[path].select_one("article") or zensical[path]
        theirs = material.select_one("article")
        for selector in ("p[id^=p]", "div.footnote li", "table", "details", "blockquote"):
            assert len(ours.select(selector)) == len(theirs.select(selector)), (path, selector)
        notes = [a.get("href") for a in ours.select("div.footnote li a:not(.footnote-backref)")]
        assert notes == [a.get("href") for a in theirs.select("div.footnote li a:not(.footnote-backref)")], path
        compared += 1
    assert compared > 50


def test_every_link_and_footnote_reaches_its_page_and_paragraph(zensical_site):
    site = zensical_site / "site"
    pages = _pages(site)
    ids = {path: {el.get("id") for el in soup.select("[id]")} for path, soup in pages.items()}
    checked = notes = 0
    for path, soup in pages.items():
        for a in soup.select("article a[href]"):
            href = a["href"]
            parts = urlsplit(href)
            if parts.scheme or href.startswith(("mailto:", "//")):
                continue
            target = (
                posixpath.normpath(posixpath.join(posixpath.dirname(path), unquote(parts.path))) if parts.path else path
            )
            if parts.path.endswith("/") or not posixpath.splitext(target)[1]:
                target = posixpath.join(target, "index.html") if target != "." else "index.html"
            assert (site / target).is_file(), (path, href)
            if parts.fragment and target.endswith(".html"):
                assert parts.fragment in ids[target], (path, href)
            checked += 1
        for a in soup.select("div.footnote li a:not(.footnote-backref)"):
            if "/sources/" in a["href"]:
                notes += 1
    assert checked > 1000 and notes > 50
    assert not [p for p, soup in pages.items() if soup.select('a[href^="//"]')]  # no edit links to "//page.md"


def test_search_index_lists_every_page_and_the_feed_is_the_hooks(zensical_site, built_site):
    site = zensical_site / "site"
    index = json.loads((site / "search.json").read_text(encoding="utf-8"))
    locations = {item["location"].split("#")[0] for item in index["items"]}
    assert {"", "countries/china/", "timeline/"} <= locations
    assert len(locations) > 50
    assert (site / "feed.xml").read_bytes() == (built_site / "feed.xml").read_bytes()
    assert (site / "robots.txt").read_bytes() == (built_site / "robots.txt").read_bytes()
