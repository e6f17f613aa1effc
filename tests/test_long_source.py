"""A long report (hundreds of kB) is one source in parts: every sentence on its pages, each
paragraph anchor on exactly one part, and every citation linking to the part that holds it."""

from __future__ import annotations

import posixpath
import re
import shutil
import sys
from html import unescape

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT, build_site, copy_project

sys.path.insert(0, str(ROOT / "bench"))
import corpus  # noqa: E402

from briefing.model.briefing import SOURCE_PART_CHARS  # noqa: E402
from briefing.pipeline import run_pipeline  # noqa: E402

LINK = re.compile(r"\[([^\]]*)\]\(([^)]*)\)")


@pytest.fixture(scope="module")
def long_report(tmp_path_factory):
    root = tmp_path_factory.mktemp("long")
    shutil.copytree(ROOT / "site_data", root / "site_data")
    (root / "site_data" / "sources.yml").write_text("{}\n", encoding="utf-8")
    (root / "site_data" / "deals.yml").write_text("[]\n", encoding="utf-8")
    (root / "seeds").mkdir()
    bodies = [text.split("\n", 1)[-1] for text in corpus.generate(400).values()]
    report = "Report on critical minerals\n\n" + "\n".join(bodies)
    assert len(report) > 2.5 * SOURCE_PART_CHARS
    (root / "seeds" / "report.txt").write_text(report, encoding="utf-8")
    result = run_pipeline(root / "seeds", root / "site_data")
    assert not result.errors
    return result


def test_a_long_source_is_split_and_keeps_every_sentence(long_report):
    article = long_report.briefing.articles[0]
    parts = sorted(p for p in long_report.pages if p.startswith(f"sources/{article.slug}"))
    assert f"sources/{article.slug}.md" in parts and f"sources/{article.slug}/2.md" in parts
    assert len(parts) >= 3
    assert max(len(long_report.pages[p]) for p in parts) < 3 * SOURCE_PART_CHARS
    words = " ".join(unescape(LINK.sub(r"\1", "".join(long_report.pages[p] for p in parts))).split())
    sentences = [s.text for p in article.passages for s in p.sentences]
    assert [t for t in sentences if " ".join(t.split()) not in words] == []
    anchors = [a for p in parts for a in re.findall(r'\{: #(p\d+) data-n|<li id="(p\d+)"', long_report.pages[p])]
    flat = [a for pair in anchors for a in (pair if isinstance(pair, tuple) else (pair,)) if a]
    assert len(flat) == len(set(flat)) == len([p for p in article.passages if not p.cells])
    # each later part says which it is and links to the others
    assert re.search(r"^# .* \(part 2 of \d+\)$", long_report.pages[f"sources/{article.slug}/2.md"], re.M)
    assert "Parts: " in long_report.pages[f"sources/{article.slug}/2.md"]


def test_citations_link_to_the_part_that_holds_the_paragraph(long_report):
    article = long_report.briefing.articles[0]
    where = {}
    for path, text in long_report.pages.items():
        if path.startswith(f"sources/{article.slug}"):
            for anchor in re.findall(r"#(p\d+) data-n", text):
                where[anchor] = path
    checked = set()
    for path, text in long_report.pages.items():
        for href in re.findall(r"^\[\^\d+\]: \[[^\]]*\]\(([^)]*)\)", text, re.M):
            target, _, anchor = href.partition("#")
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
            if anchor in where:
                assert resolved == where[anchor], (path, href)
                checked.add(where[anchor])
    assert len(checked) >= 2  # citations reach more than the first part


def test_the_built_parts_hold_the_paragraphs_footnotes_link_to(tmp_path):
    """Built with MkDocs (strict): the parts are pages, and a footnote on a topic page that cites
    a paragraph of a later part reaches that paragraph there."""
    project = copy_project(tmp_path / "p", seeds=False)
    bodies = [text.split("\n", 1)[-1] for text in corpus.generate(160).values()]
    (project / "seeds" / "report.txt").write_text(
        "Report on critical minerals\n\n" + "\n".join(bodies), encoding="utf-8"
    )
    site = tmp_path / "site"
    done = build_site(project, site)
    assert done.returncode == 0, done.stderr
    parts = sorted((site / "sources").glob("report/*/index.html"))
    assert parts, "no second part was built"
    reached = 0
    for page in site.rglob("*.html"):
        if "sources" in page.parts:
            continue
        for a in BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select(
            "div.footnote li a[href*='/report/']"
        ):
            href = a["href"]
            path, _, anchor = href.partition("#")
            target = (page.parent / path / "index.html").resolve()
            if target.parent.name.isdigit():  # a later part
                soup = BeautifulSoup(target.read_text(encoding="utf-8"), "html.parser")
                assert soup.find(id=anchor) is not None, (page, href)
                reached += 1
    assert reached > 0
