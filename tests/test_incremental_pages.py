"""The preview's memos (per-article recognition in `memo.py`, pages in `emit/incremental.py`):
after each kind of edit a contributor makes, the pages are exactly those of a build from nothing,
and most source and entity pages are taken from the memo."""

from __future__ import annotations

import shutil
import sys

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import corpus  # noqa: E402

from briefing.emit.incremental import PAGE_CACHE  # noqa: E402
from briefing.memo import MEMO, WORDS_MEMO  # noqa: E402
from briefing.pipeline import run_pipeline  # noqa: E402


def _edit_prose(path, sentence: str, replace: bool = False) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if len(line) > 100 and line.rstrip().endswith("."))
    lines[at] = sentence if replace else lines[at] + " " + sentence
    path.write_text("\n".join(lines), encoding="utf-8")


def _set_country_aliases(root, aliases: list[str]) -> None:
    entry = f"- name: Bhutan\n  aliases: [{', '.join(aliases)}]\n" if aliases else "[]\n"
    (root / "site_data" / "countries.yml").write_text(entry, encoding="utf-8")


def _new_first_paragraph(path, sentence: str) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if len(line) > 100 and line.rstrip().endswith("."))
    path.write_text("\n".join([*lines[:at], sentence, "", *lines[at:]]), encoding="utf-8")


EDITS = [
    ("a sentence that names nothing", lambda r, s: _edit_prose(s[13], "Nothing more was said that day.")),
    ("a first paragraph that names nothing", lambda r, s: _new_first_paragraph(s[15], "The talks ran late into the evening.")),
    ("a sentence with a figure and a deal", lambda r, s: _edit_prose(s[3], "Chile signed a lithium agreement with Japan; output rose 12 percent.")),
    ("a paragraph replaced", lambda r, s: _edit_prose(s[7], "Officials declined to comment.", replace=True)),
    ("a quote by a new expert", lambda r, s: _edit_prose(s[11], '"Prices will fall," said Mara Quint, an analyst at Delta Research.')),
    ("an alias that an article uses", lambda r, s: (_edit_prose(s[5], "Delta Zone Minister Kaan Orbe said exports would resume."), _set_country_aliases(r, ["Delta Zone"]))),
    ("a second alias, in a sentence that names nothing else", lambda r, s: (_edit_prose(s[17], "Traders came from Ostland."), _set_country_aliases(r, ["Delta Zone", "Ostland"]))),
    ("the alias taken back", lambda r, s: _set_country_aliases(r, [])),
    ("a source's publisher", lambda r, s: (r / "site_data" / "sources.yml").write_text(f"{s[2].stem}:\n  publisher: Andes Wire\n", encoding="utf-8")),
    ("an article added", lambda r, s: shutil.copy(s[0], s[0].with_name("zz-added.txt"))),
    ("an article removed", lambda r, s: s[9].unlink()),
]  # fmt: skip


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = tmp_path_factory.mktemp("incremental")
    shutil.copytree(ROOT / "site_data", root / "site_data")
    (root / "site_data" / "sources.yml").write_text("{}\n", encoding="utf-8")
    for name in ("deals.yml", "experts.yml", "officials.yml"):
        (root / "site_data" / name).write_text("[]\n", encoding="utf-8")
    corpus.write(60, root / "seeds", 11)
    return root


def _from_nothing(project) -> dict[str, str]:
    """The pages of a first build: every memo emptied for this run (and given back after it)."""
    saved = (MEMO._store, WORDS_MEMO._store, WORDS_MEMO._tokens)
    MEMO._store, WORDS_MEMO._store, WORDS_MEMO._tokens = {}, {}, {}
    try:
        result = run_pipeline(project / "seeds", project / "site_data")
    finally:
        MEMO._store, WORDS_MEMO._store, WORDS_MEMO._tokens = saved
    assert MEMO.hits == 0 and WORDS_MEMO.hits == 0
    return result.pages


def test_remembered_pages_equal_pages_rendered_from_nothing(project):
    seeds = sorted((project / "seeds").glob("*.txt"))
    run_pipeline(project / "seeds", project / "site_data", remember_pages=True)
    assert PAGE_CACHE.rendered > 100 and PAGE_CACHE.taken == 0
    later_pages_kept = 0
    for label, edit in EDITS:
        edit(project, seeds)
        result = run_pipeline(project / "seeds", project / "site_data", remember_pages=True)
        assert not result.errors, (label, result.errors)
        fresh = _from_nothing(project)
        assert sorted(result.pages) == sorted(fresh), label
        different = [p for p in fresh if result.pages[p] != fresh[p]]
        assert not different, (label, different[:5])
        assert PAGE_CACHE.taken > PAGE_CACHE.rendered, (label, PAGE_CACHE.taken, PAGE_CACHE.rendered)
        if label == "a sentence that names nothing":  # its source's page alone: no topic page shows it
            assert PAGE_CACHE.rendered == 1, PAGE_CACHE.rendered
        if label.startswith("a second alias"):  # its source's page, the country's, and those it is now related to
            assert PAGE_CACHE.rendered <= 4, PAGE_CACHE.rendered
        later_pages_kept += PAGE_CACHE.parts_taken
    # an entity rendered again (a country quoted by many sources) keeps its later pages of sources
    # that the edit did not touch, and they still equal pages rendered from nothing (above)
    assert later_pages_kept > 0
    # a build that changes nothing renders no source or entity page again
    run_pipeline(project / "seeds", project / "site_data", remember_pages=True)
    assert PAGE_CACHE.rendered == 0 and PAGE_CACHE.taken > 100
