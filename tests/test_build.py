"""Builds of changed copies of the project: untrusted text, hand-written pages, bad input."""

from __future__ import annotations

from bs4 import BeautifulSoup
from conftest import build_site, copy_project

EVIL = """Ruritania Minister Says Cobalt Deal Is Near

Chile and Peru signed a cobalt agreement. <script>alert('x')</script> <img src=x onerror=alert(1)>
A [link](javascript:alert(1)) and ![img](http://tracker.invalid/x.png) and {: onclick="alert(1)" }.
Footnote bait [^1] and Jinja {{ 7*7 }} {% if true %}yes{% endif %} and *stars* and `code`.

[^1]: fake footnote

The ministry said the cobalt agreement would be signed in Lima next month.
"""


def _page(out, path):
    return BeautifulSoup((out / path).read_text(encoding="utf-8"), "html.parser")


def test_article_text_cannot_inject_markup(tmp_path):
    project = copy_project(tmp_path / "p", seeds=False)
    (project / "seeds" / "evil.txt").write_text(EVIL, encoding="utf-8")
    result = build_site(project, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    soup = _page(tmp_path / "out", "sources/evil/index.html")
    article = soup.select_one("article")
    assert not article.select("script, img, [onclick], [onerror]")
    assert not [a for a in article.select("a[href]") if a["href"].startswith(("javascript", "http"))]
    text = article.get_text()
    for literal in (
        "<script>alert('x')</script>",
        "[link](javascript:alert(1))",
        "{{ 7*7 }}",
        "{% if true %}yes{% endif %}",
        "*stars*",
        "`code`",
        "[^1]: fake footnote",
    ):
        assert literal in text, literal
    assert not article.select("em, code, div.footnote")


def test_hand_written_topic_page_keeps_its_prose(tmp_path):
    project = copy_project(tmp_path / "p")
    (project / "docs" / "countries").mkdir()
    (project / "docs" / "countries" / "japan.md").write_text(
        "# Japan\n\nAn editor's introduction to Japan's minerals policy.\n", encoding="utf-8"
    )
    result = build_site(project, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    article = _page(tmp_path / "out", "countries/japan/index.html").select_one("article")
    assert "An editor's introduction" in article.get_text()
    assert article.select("div.footnote li") and "Source by source" in article.get_text()
    assert len(article.select("h1")) == 1


def test_a_bad_seed_is_reported_and_the_rest_still_build(tmp_path):
    project = copy_project(tmp_path / "p")
    (project / "seeds" / "empty.txt").write_text("\n\n", encoding="utf-8")
    (project / "seeds" / "latin1.txt").write_bytes("Caf\xe9 society.".encode("latin-1"))
    loose = build_site(project, tmp_path / "loose", strict=False)
    assert loose.returncode == 0, loose.stderr
    assert "seeds/empty.txt: is empty; skipped." in loose.stderr
    assert "seeds/latin1.txt:1: is not UTF-8" in loose.stderr
    assert len(list((tmp_path / "loose" / "sources").glob("*/index.html"))) == 5
    strict = build_site(project, tmp_path / "strict")
    assert strict.returncode != 0 and "seeds/empty.txt" in strict.stderr


def test_broken_yaml_stops_the_build_with_file_and_line(tmp_path):
    project = copy_project(tmp_path / "p")
    (project / "site_data" / "experts.yml").write_text("- name: Jane Doe\n  role: [analyst\n", encoding="utf-8")
    result = build_site(project, tmp_path / "out")
    assert result.returncode != 0
    assert "site_data/experts.yml:3: YAML syntax error" in result.stderr
    assert "Traceback" not in result.stderr


def test_without_curated_entities_the_seeds_still_give_the_pages(tmp_path):
    project = copy_project(tmp_path / "p")
    for name in ("countries", "minerals", "experts", "officials", "deals"):
        (project / "site_data" / f"{name}.yml").write_text("[]\n", encoding="utf-8")
    result = build_site(project, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    out = tmp_path / "out"
    for path in (
        "countries/kazakhstan",
        "countries/thailand",
        "countries/central-asia",
        "minerals/tungsten",
        "minerals/praseodymium",
        "minerals/rare-earth-elements",
        "experts/dexter-roberts",
        "experts/victor-gao",
        "experts/john-mavrogenes",
    ):
        assert (out / path / "index.html").exists(), path
    assert len(list((out / "deals").glob("*/index.html"))) >= 5


def test_hand_written_files_at_a_generated_address_are_reported(tmp_path):
    """A docs/ file that would publish where a generated page goes would be silently lost."""
    project = copy_project(tmp_path / "p")
    docs = project / "docs"
    (docs / "countries.md").write_text("# Countries intro\n", encoding="utf-8")
    (docs / "countries" / "china").mkdir(parents=True)
    (docs / "countries" / "china" / "index.md").write_text("# China\n", encoding="utf-8")
    (docs / "countries" / "China.md").write_text("# China\n", encoding="utf-8")
    (docs / "feed.xml").write_text("<feed/>\n", encoding="utf-8")
    (docs / "timeline.html").write_text("<p>old</p>\n", encoding="utf-8")  # the offline bundle's timeline.html
    clashing = [
        "docs/countries.md",
        "docs/countries/China.md",
        "docs/countries/china/index.md",
        "docs/feed.xml",
        "docs/timeline.html",
    ]
    loose = build_site(project, tmp_path / "loose", strict=False)
    warned = sorted(
        line.split("hooks/briefing_hook: ")[1].split(": would be")[0]
        for line in loose.stderr.splitlines()
        if "would be published where" in line
    )
    assert warned == clashing
    assert build_site(project, tmp_path / "strict").returncode != 0
    import os
    import subprocess
    import sys

    checked = subprocess.run(
        [sys.executable, "-m", "briefing.cli", "check", "--root", str(project)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(project / "hooks")},
    )
    assert checked.returncode == 1  # make check says so too, before anyone builds
    assert sorted(line.split(": would be")[0] for line in checked.stderr.splitlines() if "would be" in line) == clashing
