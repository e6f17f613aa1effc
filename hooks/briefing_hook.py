"""MkDocs adapter (with the modules beside it, `briefing_preview`, `briefing_parallel` and
`briefing_memory`, the only code that knows MkDocs). Runs the pipeline and hands pages over.

Events: on_config (fresh state, read content, the kinds' sections in the navigation, pin the
build date), on_files (add generated pages; hand-written pages at the same path keep their prose
and get the generated sections appended; other files at a generated address are reported),
on_pre_page (pages converted by the forked converter of `briefing_parallel` take its result),
on_page_markdown (does that appending), on_page_content (description, escaped for the theme; the
search plugin's sections parsed early by `briefing_search`),
on_post_build (the feed, robots.txt), on_serve (seeds/ and site_data/, in `watch:`, watched by file events). State is
rebuilt on every build, because `mkdocs serve` keeps this module loaded. Under `mkdocs serve
--dirty`, on_files, on_env, on_post_page and on_post_build also let `briefing_preview` render
only the pages whose Markdown changed; in `mkdocs build`, on_page_content and on_page_context
let `briefing_memory` hold pages' HTML compressed between MkDocs' two passes.
"""

from __future__ import annotations

import calendar
import logging
import os
import re
import subprocess
from html import escape, unescape
from pathlib import Path

from briefing_memory import HeldPages
from briefing_parallel import ParallelRender
from briefing_preview import IncrementalPreview
from briefing_search import EarlySearch
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files

from briefing.emit.feed import robots_txt, rss_feed
from briefing.emit.navigation import problems_banner, with_kind_sections
from briefing.export import with_generated_sections
from briefing.memo import MEMO, WORDS_MEMO
from briefing.pipeline import BuildResult, run_pipeline
from briefing.sitedata.validate import docs_clashes

log = get_plugin_logger(__name__)
_state: dict = {}
_preview: dict = {"serving": False, "last_good": None}
# `mkdocs serve --dirty` (`make serve`): render again only the pages whose Markdown changed.
incremental = IncrementalPreview()
# `mkdocs build` on two cores: every other page's Markdown converted by a forked process.
parallel = ParallelRender()
# `mkdocs build`: pages' HTML kept compressed between MkDocs' convert and render passes.
held = HeldPages()
# `mkdocs build`: the search plugin's HTML parsing done as pages are converted, on both cores.
early_search = EarlySearch()
# Content problems while previewing go to stderr outside MkDocs' loggers: MkDocs counts its own
# warnings and errors, and a strict `mkdocs serve` would abort the rebuild, which leaves every
# request waiting until the next good build.
preview_log = logging.getLogger("briefing.preview")


def on_startup(command, dirty=False, **kwargs):
    """Remember whether this is a live preview: there, content problems do not stop the build,
    and with --dirty only pages whose Markdown changed are rendered again."""
    _preview["serving"] = command == "serve"
    incremental.start(command == "serve" and dirty)


def on_serve(server, config, builder, **kwargs):
    """The preview hears of saved articles and site data from the system, not MkDocs' polling."""
    if incremental.active:
        config.watch[:] = incremental.watch(server, list(config.watch))
    return server


def on_config(config, **kwargs):
    if incremental.active:
        incremental.new_build()
        incremental.keep_theme_listing(config)
    root = Path(config.config_file_path).parent
    options = config.extra.get("briefing", {}) if isinstance(config.extra, dict) else {}
    result: BuildResult = run_pipeline(
        root / options.get("seeds", "seeds"),
        root / options.get("site_data", "site_data"),
        edit_base=_source_base(config, options),
        directory_urls=config.use_directory_urls,
        remember_pages=_preview["serving"],
    )
    for problem in result.warnings:
        log.warning(str(problem))
    problems = list(result.errors)
    if problems and not _preview["serving"]:
        for problem in problems:
            log.error(str(problem))
        raise PluginError(
            f"{len(result.errors)} content problem(s) stop the build; see the lines above. "
            "Run `make check` to list them without building."
        )
    if problems:
        # The preview keeps answering: the last good site, with a banner naming each problem on
        # every page, until a save fixes them (MkDocs would otherwise hold every request).
        for problem in problems:
            preview_log.error(f"ERROR - {problem}")
        preview_log.error("ERROR - the preview shows the last good build until these are fixed")
        result = _preview["last_good"] or BuildResult(None)
    elif result.briefing is not None:
        _preview["last_good"] = result
    if result.briefing and result.briefing.candidates:
        log.info(
            f"{len(result.briefing.candidates)} curation candidates (names not turned into pages): "
            "see the candidates page"
        )
        for note in result.briefing.slug_notes:
            log.info(f"slug collision: {note}")
        for c in result.briefing.candidates[:50]:
            log.info(f"candidate: {result.briefing.article(c.article).path}#{c.anchor}: {c.name!r}: {c.reason}")
    config.nav = with_kind_sections(config.nav)
    _state.clear()
    _state.update(result=result, appended={}, problems=problems)
    _state["banner"] = problems_banner(problems) if problems else ""  # once: every page shows the same
    _pin_build_date(result.briefing.newest_date if result.briefing else None, root)
    if result.briefing is not None:
        _state["feed"] = rss_feed(result.briefing, config.site_name, config.site_url, config.use_directory_urls)
    if not _preview["serving"]:
        # A one-off build needs nothing more from the model (its pages and feed are made): let it
        # and the per-article memos go before MkDocs converts thousands of pages.
        result.briefing = None
        _preview["last_good"] = None
        MEMO.forget()
        WORDS_MEMO.forget()
    return config


_pinned: dict[str, str] = {}


def _pin_build_date(newest, root: Path) -> None:
    """MkDocs stamps the sitemap with the build date unless SOURCE_DATE_EPOCH is set. Pin it, so two
    builds of the same content are byte-identical: to the newest article's date, else to the last
    commit's time. A value the user exported wins; one set here is recomputed on each rebuild."""
    current = os.environ.get("SOURCE_DATE_EPOCH")
    if current is not None and current != _pinned.get("value"):
        return
    # gzip (the sitemap) and zip store times from 1980 to 2106 only
    usable = newest is not None and 1980 <= newest.year <= 2100
    value = str(calendar.timegm(newest.timetuple())) if usable else _last_commit_time(root)
    if value:
        os.environ["SOURCE_DATE_EPOCH"] = _pinned["value"] = value
    else:
        os.environ.pop("SOURCE_DATE_EPOCH", None)
        _pinned.clear()


def _last_commit_time(root: Path) -> str | None:
    try:
        done = subprocess.run(
            ["git", "log", "-1", "--format=%ct"], cwd=root, capture_output=True, text=True, timeout=10
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() if done.returncode == 0 and done.stdout.strip().isdigit() else None


def _source_base(config, options) -> str | None:
    """Where "source file" links on generated pages point: the repository's file view, if known."""
    if options.get("source_base"):
        return options["source_base"]
    return f"{config.repo_url.rstrip('/')}/blob/main/" if config.repo_url else None


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
    for problem in docs_clashes([f.src_uri for f in files if not f.generated_by], list(result.pages)):
        log.warning(str(problem))
    if incremental.active:
        incremental.mark(files, incremental.site_signature(config), _final_markdown)
    held.active = False  # the converter's copy holds nothing: its pages' HTML is sent here
    held.clear()
    early_search.finish()
    if not _preview["serving"]:
        result.pages = {}  # the files hold them now, and let each go once it is converted
        early_search.install(_search_plugin(config))
        choice = os.environ.get("BRIEFING_PARALLEL", "auto")  # "1": always, "0": never (tests, debugging)
        parallel.start(config, files, force={"1": True, "0": False}.get(choice), early=early_search)
        held.active = True
    return files


def on_pre_page(page, config, files, **kwargs):
    parallel.claim(page, files)
    return page


def _final_markdown(file) -> tuple[str, str, str]:
    """What on_page_markdown will hand to Markdown for this page (front matter included), in parts."""
    appended = _state.get("appended", {}).get(file.src_uri, "")
    banner = _state.get("banner", "")
    return file.content_string, appended, banner


def on_env(env, config, files, **kwargs):
    if incremental.active:
        incremental.restore(files)
        env.bytecode_cache = incremental.compiled_templates
    return env


@event_priority(100)  # first: the search plugin and the theme read the HTML given back here
def on_page_context(context, page, config, **kwargs):
    held.give_back(page)
    return context


def _search_plugin(config):
    return config.plugins.get("material/search") or config.plugins.get("search")


def on_page_markdown(markdown, page, **kwargs):
    extra = _state.get("appended", {}).get(page.file.src_uri)
    if extra is not None:
        markdown = with_generated_sections(markdown, extra)
    if _state.get("banner"):
        markdown = _state["banner"] + "\n\n" + markdown
    return markdown


def on_page_content(html, page, **kwargs):
    """Footnotes stay out of the search index; the first paragraph becomes the page description.
    The theme prints the description raw into an attribute and it holds article text: escape it."""
    if not page.meta.get("description"):
        first = re.search(r"<p(?:\s+id=\"[^\"]*\")?>(.*?)</p>", html, re.S)
        text = re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", "", first.group(1)))).strip() if first else ""
        if text:
            page.meta["description"] = text if len(text) <= 200 else text[:199].rsplit(" ", 1)[0] + "…"
    if page.meta.get("description"):
        page.meta["description"] = escape(str(page.meta["description"]), quote=True)
    html = html.replace('<div class="footnote">', '<div class="footnote" data-search-exclude>')
    early_search.note(page, html)
    return held.hold(page, html)


def on_post_page(output, page, config, **kwargs):
    """The page is written after this; nothing later reads its HTML (the search plugin has taken
    its text, the sitemap was rendered first), so it is let go: MkDocs would otherwise hold every
    page's HTML until the build ends, which is most of a large build's memory."""
    if incremental.active:
        incremental.rendered_page(page, _search_plugin(config))
    page.content = None
    return output


def on_build_error(error, **kwargs):
    parallel.finish()
    early_search.finish()


def on_post_build(config, **kwargs):
    parallel.finish()
    early_search.finish()
    if incremental.active:
        incremental.finish(_search_plugin(config), config.site_dir)
        incremental.keep_frozen()
    if _state.get("feed") is None:
        return  # a preview with content problems and no good build yet: pages only
    (Path(config.site_dir) / "feed.xml").write_bytes(_state["feed"])
    (Path(config.site_dir) / "robots.txt").write_text(robots_txt(config.site_url), encoding="utf-8")
