"""Markdown conversion on a second core during `mkdocs build`.

Why: converting Markdown is half of a large build, and MkDocs converts page after page on one
core. How: once the files are known (end of on_files), a forked copy of the build process
converts every other documentation page, in build order, exactly as MkDocs would (the same
`Page.read_source`, page_markdown events and `Page.render`, on the same config and files), and
sends back what `Page.render` sets: the HTML, the table of contents, the title from the first
heading, the anchors the page has and the links to other pages' anchors (for MkDocs' checks),
and any log record at warning level or above, which the build process logs again at that page,
so strict mode counts it as before; with `briefing_search`, also the search plugin's sections of
the page's final HTML. A thread of the build process takes results off the pipe as they come, so
neither process waits on the other's pace page by page. MkDocs' own loop then takes those pages'
results instead of converting them (on_pre_page replaces that page's `render`) and converts the
others itself.
The site is byte-identical to a one-core build (a test compares them). Not used by `mkdocs
serve` (a threaded server; its rebuilds render few pages), on one core, or for small sites.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import queue
import threading
import zlib
from multiprocessing.reduction import ForkingPickler

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


def _convert(config, files, src_uris: list[str], conn, early) -> None:
    """In the forked process: convert these pages and send each result as it is done, with the
    search plugin's sections of the final HTML when `early` (a `briefing_search.EarlySearch`) is on."""
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
            records, sections = collect.records, None
            if early is not None and early.active:  # page_content runs again in the build process
                config.plugins.on_page_content(page.content, page=page, config=config, files=files)
                sections = early.take(uri)
            _send(conn, (uri, result + (sections,), records, None))
            page.content = page.toc = page.markdown = None  # sent: this process need not keep it
            file.content_string = ""
    except BaseException as exc:  # the build process converts the rest itself and reports nothing lost
        _send(conn, (None, None, [], f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()
        os._exit(0)


def _send(conn, message) -> None:
    conn.send_bytes(zlib.compress(ForkingPickler.dumps(message), 1))  # a sixth of the size, fast


def _read(conn, inbox: queue.SimpleQueue) -> None:
    """A thread of the build process: takes each result off the pipe as soon as it is sent (a pipe
    holds about two pages), so neither process waits for the other until a page is needed; the
    read itself runs without the interpreter lock."""
    try:
        while True:
            inbox.put(conn.recv_bytes())
    except (EOFError, OSError):
        inbox.put(None)


class ParallelRender:
    def __init__(self) -> None:
        self.enabled = False
        self._conn = None
        self._process = None
        self._share: set[str] = set()
        self._done: dict[str, tuple] = {}
        self._early = None
        self._inbox: queue.SimpleQueue = queue.SimpleQueue()
        self._reader = None

    def start(self, config, files, force: bool | None = None, early=None) -> None:
        """Fork the converter for every other page (build order); `force` overrides the size and
        core-count checks (tests); `early` parses the search plugin's sections there too."""
        pages = files.documentation_pages()
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
        if not (force or (force is None and cores > 1 and len(pages) >= MIN_PAGES)):
            self.enabled = False
            return
        share = [f.src_uri for f in pages[1::2]]
        context = multiprocessing.get_context("fork")
        receive, send = context.Pipe(duplex=False)
        self._process = context.Process(target=_convert, args=(config, files, share, send, early), daemon=True)
        self._process.start()
        send.close()
        self._conn, self._share, self._done, self.enabled = receive, set(share), {}, True
        self._early, self._inbox = early, queue.SimpleQueue()
        self._reader = threading.Thread(target=_read, args=(receive, self._inbox), daemon=True)
        self._reader.start()

    def claim(self, page, files) -> None:
        """on_pre_page: a page in the converter's share takes its result instead of rendering."""
        if self.enabled and page.file.src_uri in self._share:
            original = page.render
            page.render = lambda config, _files: self._apply(page, files, original, config)

    def _apply(self, page, files, original, config) -> None:
        uri = page.file.src_uri
        while uri not in self._done and self._conn is not None:
            data = self._inbox.get()
            if data is None:
                got, failure = None, "the converter stopped"
            else:
                got, result, records, failure = ForkingPickler.loads(zlib.decompress(data))
            if failure is not None:
                logging.getLogger("mkdocs.plugins.briefing").info(f"parallel conversion stopped ({failure})")
                self._stop()
                break
            self._done[got] = (result, records)
        if uri not in self._done:
            original(config, files)  # the converter failed: convert here, as MkDocs would
            return
        (content, toc, title, anchors, links, sections), records = self._done.pop(uri)
        if self._early is not None:
            self._early.put(uri, sections)
        page.content, page.toc, page._title_from_render, page.present_anchor_ids = content, toc, title, anchors
        page.links_to_anchors = {files.get_file_from_path(k): v for k, v in links.items()}
        for record in records:
            logging.getLogger(record.name).handle(record)

    def _stop(self) -> None:
        """The converter ends (or is ended), so the reader sees the pipe's end; then it is closed."""
        if self._process is not None:
            self._process.join(timeout=5)
            if self._process.is_alive():
                self._process.kill()
        if self._reader is not None:
            self._reader.join(timeout=5)
        if self._conn is not None:
            self._conn.close()
        self._conn = self._process = self._reader = None
        self._share, self._inbox = set(), queue.SimpleQueue()

    def finish(self) -> None:
        self.enabled = False
        self._stop()
        self._done = {}
