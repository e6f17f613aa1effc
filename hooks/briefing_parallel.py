"""Markdown conversion on a second core during `mkdocs build`.

Why: converting Markdown is half of a large build, and MkDocs converts page after page on one
core. How: once the files are known (end of on_files), a forked copy of the build process
converts every other documentation page, in build order, exactly as MkDocs would (the same
`Page.read_source`, page_markdown events and `Page.render`, on the same config and files), and
sends back what `Page.render` sets: the HTML, the table of contents, the title from the first
heading, the anchors the page has and the links to other pages' anchors (for MkDocs' checks),
and any log record at warning level or above, which the build process logs again at that page,
so strict mode counts it as before. MkDocs' own loop then takes those pages' results instead of
converting them (on_pre_page replaces that page's `render`) and converts the others itself.
The site is byte-identical to a one-core build (a test compares them). Not used by `mkdocs
serve` (a threaded server; its rebuilds render few pages), on one core, or for small sites.
"""

from __future__ import annotations

import logging
import multiprocessing
import os

from mkdocs.structure.pages import Page

MIN_PAGES = 200  # below this the fork costs more than it saves


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        record.msg, record.args = record.getMessage(), None  # picklable whatever the arguments were
        record.exc_info = None
        self.records.append(record)


def _convert(config, files, src_uris: list[str], conn) -> None:
    """In the forked process: convert these pages and send each result as it is done."""
    collect = _Collect()
    root = logging.getLogger()
    for handler in list(root.handlers) + list(logging.getLogger("mkdocs").handlers):
        handler.setLevel(logging.CRITICAL + 1)  # reported by the build process, not here
    logging.getLogger("mkdocs").addHandler(collect)
    try:
        for uri in src_uris:
            file = files.get_file_from_path(uri)
            page = file.page or Page(None, file, config)
            collect.records = []
            page.read_source(config)
            page.markdown = config.plugins.on_page_markdown(page.markdown, page=page, config=config, files=files)
            page.render(config, files)
            links = {f.src_uri: anchors for f, anchors in (page.links_to_anchors or {}).items()}
            result = (page.content, page.toc, page._title_from_render, page.present_anchor_ids, links)
            conn.send((uri, result, collect.records, None))
            page.content = page.toc = page.markdown = None  # sent: this process need not keep it
            file.content_string = ""
    except BaseException as exc:  # the build process converts the rest itself and reports nothing lost
        conn.send((None, None, [], f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()
        os._exit(0)


class ParallelRender:
    def __init__(self) -> None:
        self.enabled = False
        self._conn = None
        self._process = None
        self._share: set[str] = set()
        self._done: dict[str, tuple] = {}

    def start(self, config, files, force: bool | None = None) -> None:
        """Fork the converter for every other page (build order); `force` overrides the size and
        core-count checks (tests)."""
        pages = files.documentation_pages()
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
        if not (force or (force is None and cores > 1 and len(pages) >= MIN_PAGES)):
            self.enabled = False
            return
        share = [f.src_uri for f in pages[1::2]]
        context = multiprocessing.get_context("fork")
        receive, send = context.Pipe(duplex=False)
        self._process = context.Process(target=_convert, args=(config, files, share, send), daemon=True)
        self._process.start()
        send.close()
        self._conn, self._share, self._done, self.enabled = receive, set(share), {}, True

    def claim(self, page, files) -> None:
        """on_pre_page: a page in the converter's share takes its result instead of rendering."""
        if self.enabled and page.file.src_uri in self._share:
            original = page.render
            page.render = lambda config, _files: self._apply(page, files, original, config)

    def _apply(self, page, files, original, config) -> None:
        uri = page.file.src_uri
        while uri not in self._done and self._conn is not None:
            try:
                got, result, records, failure = self._conn.recv()
            except EOFError:
                got, failure = None, "the converter stopped"
            if failure is not None:
                logging.getLogger("mkdocs.plugins.briefing").info(f"parallel conversion stopped ({failure})")
                self._stop()
                break
            self._done[got] = (result, records)
        if uri not in self._done:
            original(config, files)  # the converter failed: convert here, as MkDocs would
            return
        (content, toc, title, anchors, links), records = self._done.pop(uri)
        page.content, page.toc, page._title_from_render, page.present_anchor_ids = content, toc, title, anchors
        page.links_to_anchors = {files.get_file_from_path(k): v for k, v in links.items()}
        for record in records:
            logging.getLogger(record.name).handle(record)

    def _stop(self) -> None:
        if self._conn is not None:
            self._conn.close()
        if self._process is not None:
            self._process.join(timeout=5)
            if self._process.is_alive():
                self._process.kill()
        self._conn = self._process = None
        self._share = set()

    def finish(self) -> None:
        self.enabled = False
        self._stop()
        self._done = {}
