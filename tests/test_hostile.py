"""Hostile and broken input (tests/hostile.py) built into one site, then read back as HTML.

Nothing from content may become markup, leave the site folder or take another article down;
every good case gets its page, every bad one exactly one warning line naming the file.
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT, build_site, copy_project, serve_folder

from hostile import CASES, write_corpus

# Files the corpus makes through the file system rather than as CASES, and what must happen.
FS_CASES = {
    "link-out.txt": "outside seeds/",
    "folder.txt": "is a folder",
    "pipe.txt": "not a regular file",
    "notes.docx": "not a .txt, .md or .html",
}
RUNNABLE = ("script", "iframe", "object", "embed", "svg", "img", "style", "form", "input", "base", "frame")


def _snapshot(folder: Path, skip: Path) -> dict[str, tuple[int, int]]:
    return {
        p.relative_to(folder).as_posix(): (p.lstat().st_size, p.lstat().st_mtime_ns)
        for p in folder.rglob("*")
        if skip not in p.parents and p != skip
    }


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    (base / "outside").mkdir()
    project = copy_project(base / "project", seeds=False)
    write_corpus(project, base / "outside")
    out = base / "site"
    before = _snapshot(base, out)
    result = build_site(project, out, strict=False)
    assert result.returncode == 0, result.stderr
    pages = {
        p.relative_to(out).as_posix(): BeautifulSoup(p.read_text(encoding="utf-8"), "html.parser")
        for p in sorted(out.rglob("*.html"))
        if not p.relative_to(out).as_posix().startswith("assets/")
    }
    return {"base": base, "project": project, "out": out, "log": result.stderr, "before": before, "pages": pages}


def _source_pages(pages) -> dict[str, tuple[str, BeautifulSoup]]:
    """Seed file name → (page path, page), read from each source page's `data-source-file`
    (percent-encoded: a file name is untrusted; not shown to readers)."""
    found = {}
    for path, soup in pages.items():
        meta = soup.select_one("article div.briefing-meta[data-source-file]") if path.startswith("sources/") else None
        if meta is not None:
            found[unquote(meta["data-source-file"]).removeprefix("seeds/")] = (path, soup)
    return found


def _warnings(log: str) -> list[str]:
    return [line.split("hooks/briefing_hook: ", 1)[1] for line in log.splitlines() if "hooks/briefing_hook: " in line]


def test_a_file_name_cannot_forge_a_log_line(hostile):
    """One warning line per problem: the file name's line break and escape code are written as escapes."""
    lines = [line for line in hostile["log"].splitlines() if "fake.txt" in line]
    assert len(lines) == 1 and "\x1b" not in lines[0] and "forged\\nWARNING" in lines[0], lines


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_the_corpus_has_at_least_thirty_cases():
    assert len(CASES) + len(FS_CASES) + 1 >= 30  # +1: the unreadable file


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_each_case_gets_its_page_or_one_warning(hostile, case):
    sources = _source_pages(hostile["pages"])
    shown = re.sub(r"[\x00-\x1f]", lambda m: repr(m.group(0))[1:-1], case.name)  # as messages write it
    mine = [w for w in _warnings(hostile["log"]) if w.startswith(f"seeds/{shown}:")]
    if case.expect == "page":
        assert case.name in sources, f"no source page for {case.name}; warnings: {mine}"
        assert (len(mine) == 1 and case.warns in mine[0]) if case.warns else not mine, mine
        text = _flat(sources[case.name][1].select_one("article").get_text())
        for line in case.literal.splitlines():
            assert _flat(line) in text, line
    else:
        assert case.name not in sources
        assert len(mine) == 1 and case.why in mine[0], mine


@pytest.mark.parametrize("name, why", sorted(FS_CASES.items()))
def test_files_the_file_system_makes_odd_are_named_in_a_warning(hostile, name, why):
    mine = [w for w in _warnings(hostile["log"]) if w.startswith(f"seeds/{name}:")]
    assert len(mine) == 1 and why in mine[0], mine
    assert name not in _source_pages(hostile["pages"])


def test_an_unreadable_file_is_read_or_named(hostile):
    """Root reads a mode-000 file; anyone else gets the warning. Either way nothing else is lost."""
    sources = _source_pages(hostile["pages"])
    warned = [w for w in _warnings(hostile["log"]) if w.startswith("seeds/locked.txt:")]
    assert ("locked.txt" in sources) != bool(warned)
    assert not warned or "cannot be read" in warned[0]


def test_every_good_article_is_present(hostile):
    sources = _source_pages(hostile["pages"])
    good = {c.name for c in CASES if c.expect == "page"}
    assert good <= set(sources), sorted(good - set(sources))
    assert len({path for path, _ in sources.values()}) == len(sources), "two articles share a page"


def test_no_markup_or_script_comes_from_content(hostile, html_pages):
    """Only the theme's own elements and attributes: no handlers, no script URLs, no payload in a
    script or style or in the attributes of an element that loads or runs things (payload *text*
    inside the chart's <text> is fine), and no kind of element the real site does not already have."""
    problems = []
    for path, soup in hostile["pages"].items():
        for el in soup.find_all(True):
            for attr, value in el.attrs.items():
                value = " ".join(value) if isinstance(value, list) else str(value)
                if attr.lower().startswith("on") or "PWN" in attr:
                    problems.append((path, el.name, attr))
                if attr in ("href", "src", "action", "formaction", "data", "srcdoc") and re.match(
                    r"\s*(javascript|vbscript|data):", value, re.I
                ):
                    problems.append((path, el.name, value[:60]))
            if el.name in ("script", "style") and "PWN" in el.get_text():
                problems.append((path, el.name, str(el)[:80]))
            if el.name in RUNNABLE and any("PWN" in str(v) for d in [el, *el.find_all(True)] for v in d.attrs.values()):
                problems.append((path, el.name, str(el)[:80]))
            if el.name == "script" and el.get("src") and not re.match(r"/?(\.\./)*(assets|javascripts)/", el["src"]):
                problems.append((path, "script", el["src"]))
    assert not problems, problems[:20]
    real = {el.name for soup in html_pages.values() for el in soup.find_all(True)}
    hostile_tags = {el.name for soup in hostile["pages"].values() for el in soup.find_all(True)}
    assert hostile_tags <= real, sorted(hostile_tags - real)


def test_titles_and_descriptions_stay_text(hostile):
    """<title> and meta content are where a theme prints values raw; the payloads stay text there."""
    sources = _source_pages(hostile["pages"])
    for name in ("inj-title.txt", "inj-front.md", "inj-quotes.txt"):
        soup = sources[name][1]
        assert "PWN" in soup.title.get_text() or name == "inj-quotes.txt"
        assert not soup.title.find_all(True)
        metas = soup.find_all("meta", attrs={"content": True})
        assert all(set(m.attrs) <= {"name", "property", "content", "charset"} for m in metas), metas
    curated = sources["inj-script.txt"][1]  # title and publisher from sources.yml
    assert curated.title.get_text().startswith("<img src=x onerror=alert('PWN')> \" onmouseover=")
    assert "</title><script>alert('PWN')</script>" in curated.select_one("article").get_text()
    deal = [
        soup
        for path, soup in hostile["pages"].items()
        if path.startswith("deals/") and "Chile–Peru pact" in soup.h1.get_text()
    ]
    assert deal and deal[0].h1.get_text().startswith("<script>alert('PWN')</script>")
    front = sources["inj-front.md"][1]
    assert front.find("meta", attrs={"name": "description"})
    assert "<script>alert('PWN')</script>" in front.title.get_text()


def test_search_index_and_feed_hold_only_text(hostile):
    index = json.loads((hostile["out"] / "search" / "search_index.json").read_text(encoding="utf-8"))
    for doc in index["docs"]:
        for field in ("title", "text"):
            assert not re.search(r"<(script|img|svg|iframe|style)\b", doc[field], re.I), doc[field][:120]
    feed = ET.parse(hostile["out"] / "feed.xml")  # well-formed XML, control characters removed
    titles = [e.text for e in feed.iter("title")]
    assert any(t and "</title><script>" in t for t in titles)


def test_nothing_is_written_outside_the_site_folder(hostile):
    base, out = hostile["base"], hostile["out"]
    assert _snapshot(base, out) == hostile["before"]
    for path in out.rglob("*"):
        assert not path.is_symlink() and path.resolve().is_relative_to(out.resolve()), path
    secret = "Secret outside the seeds folder"
    assert not [p for p in out.rglob("*") if p.is_file() and secret.encode() in p.read_bytes()]


def test_output_paths_are_safe_everywhere(hostile):
    """ASCII, short, no Windows device names: the site unzips and serves the same on any system."""
    reserved = {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(10)), *(f"lpt{n}" for n in range(10))}
    for path in hostile["out"].rglob("*"):
        rel = path.relative_to(hostile["out"]).as_posix()
        assert re.fullmatch(r"[A-Za-z0-9._/-]+", rel), rel
        for part in rel.split("/"):
            assert len(part.encode()) <= 100, rel
            assert part.split(".")[0].lower() not in reserved, rel
    assert (hostile["out"] / "sources" / "index.html").exists()
    assert "index.txt" in _source_pages(hostile["pages"])


def test_nothing_lost_every_sentence_and_every_mention(hostile):
    """Against the model built from the same input: each sentence of each article is in its source
    page's paragraph; each mention is quoted under its entity with a footnote to that paragraph."""
    sys.path.insert(0, str(ROOT / "hooks"))
    from briefing.pipeline import run_pipeline

    result = run_pipeline(hostile["project"] / "seeds", hostile["project"] / "site_data")
    _assert_nothing_lost(result.briefing, hostile["pages"])


def test_nothing_lost_on_the_real_site(html_pages):
    from briefing.pipeline import run_pipeline

    result = run_pipeline(ROOT / "seeds", ROOT / "site_data")
    _assert_nothing_lost(result.briefing, html_pages)


def _assert_nothing_lost(briefing, pages):
    missing = []
    for article in briefing.articles:
        soup = pages[f"sources/{article.slug}/index.html"]
        for passage in article.passages:
            node = soup.find(id=passage.anchor)
            shown = _flat(node.get_text()) if node else ""
            missing += [(article.id, passage.anchor, s.text) for s in passage.sentences if _flat(s.text) not in shown]
    assert not missing, missing[:10]
    for entity in briefing.entities.values():
        base = f"{entity.kind.folder}/{entity.slug}"
        own = [
            soup
            for path, soup in pages.items()
            if path == f"{base}/index.html" or re.fullmatch(rf"{re.escape(base)}/\d+/index\.html", path)
        ]
        assert own, f"no page for {entity.key}"
        text = " ".join(_flat(s.select_one("article").get_text()) for s in own)
        targets = {
            a["href"].rsplit("/", 2)[-2] + a["href"][a["href"].index("#") :]
            for s in own
            for a in s.select("div.footnote a[href*='#p']")
        }
        # a source whose part on the page is capped (MAX_PER_SOURCE) says how many more passages
        # name the entity and links to the source page, which was checked above to hold them all
        capped = {
            a["href"].rstrip("/").rsplit("/", 1)[-1].removesuffix(".html")
            for s in own
            for a in s.select("article a[href]")
            if a.get_text() == "read the source" and "more passages of this source name it" in a.parent.get_text()
        }
        for m in entity.mentions:
            article = briefing.article(m.article)
            if article.slug in capped:
                continue
            rows = [p for p in article.passages if p.anchor == m.anchor and p.cells]
            # a table is quoted as rows under its header: the cells are what must be there
            quoted = [c for p in rows if p.text == m.sentence or p.is_header for c in p.cells] or [m.sentence]
            if any(_flat(q) not in text for q in quoted) or f"{article.slug}#{m.anchor}" not in targets:
                missing.append((entity.key, m.article, m.anchor, m.sentence[:60]))
    assert not missing, missing[:10]


def test_payloads_do_not_run_in_a_browser(browser, hostile):
    """The browser is the judge: open every hostile page and search for the payload; no dialog opens.
    Pages with endless lines or words still fit a phone screen."""
    dialogs, errors = [], []
    with serve_folder(hostile["out"]) as url:
        page = browser.new_page()
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.on("pageerror", lambda e: errors.append(str(e)))
        for path in hostile["pages"]:  # every page: sources, topics, figures, timeline, indexes
            page.goto(f"{url}/{path}", wait_until="load")
        page.goto(f"{url}/")
        page.locator("label.md-search__icon, input.md-search__input").first.click()
        page.locator("input.md-search__input").press_sequentially("PWN alert", delay=20)
        page.locator(".md-search-result__item").first.wait_for(state="visible", timeout=15_000)
        page.wait_for_timeout(500)
        page.set_viewport_size({"width": 375, "height": 800})
        wide = []
        for name in ("long-word.txt", "long-line.txt", "inj-datauri.txt"):
            page.goto(f"{url}/{_source_pages(hostile['pages'])[name][0]}")
            if page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") > 0:
                wide.append(name)
        page.close()
    assert not dialogs and not errors, (dialogs, errors)
    assert not wide, f"wider than a 375px phone: {wide}"
