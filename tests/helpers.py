"""Small builders for unit tests: articles and a briefing from inline text, no files needed."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path
from types import SimpleNamespace

from briefing import cli
from briefing.ingest import ingest
from briefing.model import build_briefing
from briefing.sitedata import load_site_data

ROOT = Path(__file__).resolve().parent.parent
_site = None


def reference_site():
    """The project's site_data with reference tables but no curated entities."""
    global _site
    if _site is None:
        _site = load_site_data(ROOT / "site_data")
    site = type(_site)(reference=_site.reference, boilerplate=_site.boilerplate)
    site.entries = {k: [] for k in _site.entries}
    return site


def articles_from(tmp_path: Path, texts: dict[str, str], site=None):
    seeds = tmp_path / "seeds"
    seeds.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (seeds / name).write_text(text, encoding="utf-8")
    site = site or reference_site()
    return ingest(seeds, site)


def briefing_from(tmp_path: Path, texts: dict[str, str], site=None):
    site = site or reference_site()
    articles, problems = articles_from(tmp_path, texts, site)
    return build_briefing(articles, site)


def run_cli(*args: str) -> SimpleNamespace:
    """`python -m briefing.cli ARGS` in process (the same `main`): exit code, stdout, stderr.

    Tests that must see the command as a user runs it (`make check`, the interpreter's own
    stream encoding) start it as a subprocess instead."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(list(args))
    return SimpleNamespace(returncode=code, stdout=out.getvalue(), stderr=err.getvalue())
