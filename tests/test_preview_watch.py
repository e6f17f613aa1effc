"""The live preview's own watching and caching (`briefing_preview`): a save in a watched folder wakes
the rebuild at once, reading a file does not (the build reads every article), folders the system
cannot watch stay with MkDocs' polling, and the theme's file listing is taken once while it holds."""

from __future__ import annotations

import gc
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import jinja2
import pytest
from briefing_preview import IncrementalPreview


class _Server:
    """What MkDocs' LiveReloadServer offers its watchers: a condition and a flag."""

    def __init__(self) -> None:
        self._rebuild_cond = threading.Condition()
        self._want_rebuild = False


def _woken(server: _Server, within: float) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if server._want_rebuild:
            return True
        time.sleep(0.01)
    return server._want_rebuild


@pytest.fixture
def watched(tmp_path):
    preview, server = IncrementalPreview(), _Server()
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("An article.\n", encoding="utf-8")
    left = preview.watch(server, [str(seeds), str(tmp_path / "mkdocs.yml")])
    yield preview, server, seeds, left
    if preview.observer is not None:
        preview.observer.stop()
        preview.observer.join(timeout=5)


def test_a_save_wakes_the_rebuild_and_a_read_does_not(watched):
    preview, server, seeds, left = watched
    assert preview.observer is not None, "this machine has file events (inotify): they should be used"
    assert left == [str(seeds.parent / "mkdocs.yml")]  # a file, not a folder: MkDocs watches it
    (seeds / "a.txt").read_text(encoding="utf-8")
    assert not _woken(server, 0.5)  # the build opens every article: that is no edit
    (seeds / "a.txt").write_text("An article, edited.\n", encoding="utf-8")
    assert _woken(server, 1.0)


def test_a_server_without_mkdocs_internals_keeps_mkdocs_watching(tmp_path):
    preview = IncrementalPreview()
    folders = [str(tmp_path)]
    assert preview.watch(SimpleNamespace(), folders) == folders
    assert preview.observer is None


def test_the_theme_listing_is_taken_once_while_the_theme_is_unchanged(tmp_path):
    calls = []

    class _Loader(jinja2.BaseLoader):
        def list_templates(self):
            calls.append(1)
            return ["main.html", "assets/app.js", ".icons/a.svg"]

    def get_env():
        return jinja2.Environment(loader=_Loader())

    def visible(name):  # as MkDocs' filter of theme files does
        return not name.startswith(".")

    (tmp_path / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    preview = IncrementalPreview()
    for _ in range(3):  # three builds: a fresh config, theme and environment each time, as MkDocs makes them
        theme = SimpleNamespace(dirs=[str(tmp_path)], custom_dir=None, get_env=get_env)
        config = SimpleNamespace(theme=theme, config_file_path=str(tmp_path / "mkdocs.yml"), nav=None)
        preview.keep_theme_listing(config)
        env = config.theme.get_env()
        assert env.list_templates(filter_func=visible) == ["main.html", "assets/app.js"]
        assert env.list_templates(extensions=["js"]) == ["assets/app.js"]  # another question, its own answer
    assert len(calls) == 2
    Path(tmp_path / "mkdocs.yml").write_text("site_name: y\n", encoding="utf-8")  # the site changed: listed again
    theme = SimpleNamespace(dirs=[str(tmp_path)], custom_dir=None, get_env=get_env)
    config = SimpleNamespace(theme=theme, config_file_path=str(tmp_path / "mkdocs.yml"), nav=None)
    preview.keep_theme_listing(config)
    config.theme.get_env().list_templates(filter_func=visible)
    assert len(calls) == 3


def test_the_builds_memos_stay_frozen_out_of_the_collectors_scans():
    preview = IncrementalPreview()
    gc.unfreeze()
    try:
        preview.keep_frozen()
        frozen = gc.get_freeze_count()
        assert frozen > 0 and preview.frozen
        preview.keep_frozen()  # later builds leave their own objects to the collector
        # (no new object frozen; a frozen one may still be freed by its reference count meanwhile)
        assert gc.get_freeze_count() <= frozen
        gc.unfreeze()  # what `fanout` does after sharing a build's work with a forked copy
        preview.keep_frozen()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
