"""MkDocs adapter: the only module that imports mkdocs. Runs the pipeline and hands pages over.

Events: on_config (fresh state, read content), on_files (add generated pages; hand-written pages
at the same path keep their prose and get the generated sections appended), on_page_markdown
(does that appending), on_serve (nothing extra: seeds/ and site_data/ are in `watch:`).
State is rebuilt on every build, because `mkdocs serve` keeps this module loaded.
"""
from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files

from briefing.pipeline import BuildResult, run_pipeline

log = get_plugin_logger(__name__)
_state: dict = {}


def on_config(config, **kwargs):
    root = Path(config.config_file_path).parent
    options = config.extra.get("briefing", {}) if isinstance(config.extra, dict) else {}
    result: BuildResult = run_pipeline(root / options.get("seeds", "seeds"), root / options.get("site_data", "site_data"),
                                       edit_base=options.get("source_base"))
    for problem in result.warnings:
        log.warning(str(problem))
    if result.errors:
        for problem in result.errors:
            log.error(str(problem))
        raise PluginError(f"{len(result.errors)} content problem(s) stop the build; see the lines above. "
                          "Run `make check` to list them without building.")
    if result.briefing and result.briefing.candidates:
        log.info(f"{len(result.briefing.candidates)} curation candidates (names not turned into pages): "
                 "see the candidates page")
    _state.clear()
    _state.update(result=result, appended={})
    return config


def on_files(files: Files, config, **kwargs):
    result: BuildResult = _state["result"]
    for path, content in sorted(result.pages.items()):
        existing = files.get_file_from_path(path)
        if existing is not None and not existing.generated_by:
            _state["appended"][path] = content  # hand-written page wins; generated sections follow it
            continue
        if existing is not None:
            files.remove(existing)
        files.append(File.generated(config, path, content=content))
    return files


def on_page_markdown(markdown, page, **kwargs):
    extra = _state.get("appended", {}).get(page.file.src_uri)
    if extra is None:
        return markdown
    return markdown.rstrip() + "\n\n" + _drop_first_heading(extra)


def on_page_content(html, page, **kwargs):
    """Footnotes repeat source titles on every page: keep them out of the search index."""
    return html.replace('<div class="footnote">', '<div class="footnote" data-search-exclude>')


def _drop_first_heading(markdown: str) -> str:
    """The hand-written page has its own title; keep only the generated body."""
    lines = markdown.splitlines()
    if lines and lines[0].startswith("# "):
        lines = lines[1:]
    return "\n".join(lines)
