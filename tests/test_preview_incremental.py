"""The incremental preview (`mkdocs serve --dirty`, what `make serve` runs): after an edit only
the pages whose Markdown changed are rendered again, and the site it leaves is the site a clean
build makes, byte for byte (pages, search index, sitemap, feed)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from conftest import copy_project

SERVE_URL = "http://127.0.0.1:8000/"
ALIAS = "- name: Peru\n  aliases: [Officials called it]"

# What `mkdocs serve --dirty` does on start and on each save, without the HTTP server: a fresh
# config per build, one process (so the hook's state lives on), builds into one folder. Between
# builds it applies the next edit from a JSON list and reports which pages were written.
DRIVER = textwrap.dedent(
    """
    import json, os, sys
    from pathlib import Path
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    project, site, edits_file = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    url = sys.argv[4]

    def config():
        c = load_config(config_file=str(project / "mkdocs.yml"), site_dir=site, strict=False)
        c.site_url = url
        return c

    first = config()
    first.plugins.on_startup(command="serve", dirty=True)
    build(first, serve_url=url, dirty=True)
    report = []
    for edit in json.loads(Path(edits_file).read_text()):
        path = project / edit["file"]
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        path.write_text(text.replace(edit["old"], edit["new"], 1) if edit["old"] else text + edit["new"], encoding="utf-8")
        before = {p: p.stat().st_mtime_ns for p in Path(site).rglob("*.html")}
        build(config(), serve_url=url, dirty=True)
        written = sorted(str(p.relative_to(site)) for p in Path(site).rglob("*.html") if before.get(p) != p.stat().st_mtime_ns)
        report.append({"written": written, "pages": len(before)})
    print(json.dumps(report))
    """
)


def _build_clean(project: Path, site: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "BRIEFING_SITE_URL": SERVE_URL}
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "--no-strict", "-d", str(site)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr


def _tree(site: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_dirty_preview_renders_only_changed_pages_and_equals_a_clean_build(tmp_path):
    project = copy_project(tmp_path / "p")
    article = sorted((project / "seeds").glob("*.txt"))[1]
    paragraph = max(article.read_text(encoding="utf-8").splitlines(), key=len)
    edits = [
        # a sentence added to one article's prose
        {"file": f"seeds/{article.name}", "old": paragraph, "new": paragraph + " Officials called it a turning point."},
        # an alias: the new sentence now names a country no article names, which gets a page
        {"file": "site_data/countries.yml", "old": "[]", "new": ALIAS},
        # the alias taken back: its page goes away
        {"file": "site_data/countries.yml", "old": ALIAS, "new": "[]"},
    ]
    (tmp_path / "edits.json").write_text(json.dumps(edits), encoding="utf-8")
    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(driver), str(project), str(tmp_path / "dirty"), str(tmp_path / "edits.json"), SERVE_URL],
        cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert "A 'dirty' build is being performed" not in done.stderr
    sentence_edit, alias_added, alias_removed = json.loads(done.stdout.splitlines()[-1])

    slug = article.stem.replace("_", "-")
    source_page = next(p for p in sentence_edit["written"] if p.startswith("sources/") and slug in p)
    assert "Officials called it a turning point." in (tmp_path / "dirty" / source_page).read_text(encoding="utf-8")
    # Far fewer pages than the site were rendered again, and the untouched ones kept their HTML.
    assert len(sentence_edit["written"]) < sentence_edit["pages"] / 3, sentence_edit
    assert "about/index.html" not in sentence_edit["written"]
    assert "countries/peru/index.html" in alias_added["written"]
    assert source_page in alias_added["written"]  # the mention is now linked
    assert not (tmp_path / "dirty" / "countries" / "peru" / "index.html").exists()

    _build_clean(project, tmp_path / "clean")
    dirty, clean = _tree(tmp_path / "dirty"), _tree(tmp_path / "clean")
    assert sorted(dirty) == sorted(clean)
    different = [name for name in clean if dirty[name] != clean[name]]
    assert not different, different
