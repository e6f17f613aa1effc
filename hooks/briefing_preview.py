"""Incremental live preview for `mkdocs serve --dirty` (what `make serve` runs).

Why: at 1,000 articles MkDocs re-renders about 2,500 pages after every save, though one edited
article changes a few dozen. MkDocs 1.6's own `--dirty` skips a page when `File.is_modified()`
is false, but that answer is always "modified" for generated files and "unmodified" for
hand-written ones whatever the navigation did, and a dirty build leaves the other pages' titles
and metadata unread and the search index holding only the pages it rendered.

How: this module answers `is_modified()` for every documentation page from a signature of what
its HTML depends on: the page's final Markdown (generated content, hand-written prose, appended
sections, the problems banner) and the site's (mkdocs.yml, the navigation, the theme overrides).
A page whose signature matches its last rendering keeps its HTML from the previous build; it
gets back the title and metadata it had (the navigation, the sitemap and the prev/next links
read them), and its search entries are merged into the index in the order a clean build writes
them. Outputs of pages that no longer exist are removed. A clean `mkdocs build` never comes here;
tests build dirty after edits and compare with a clean build, file by file.
"""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import operator
import os
from pathlib import Path

import jinja2


def _digest(*parts: bytes | str) -> str:
    digest = hashlib.blake2b(digest_size=16)
    for part in parts:
        digest.update(part.encode("utf-8") if isinstance(part, str) else part)
        digest.update(b"\0")
    return digest.hexdigest()


class _DirtyNotice(logging.Filter):
    """MkDocs warns on every dirty build that navigation may be stale; here it is not (see above)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("A 'dirty' build is being performed")


class _CompiledTemplates(jinja2.BytecodeCache):
    """MkDocs makes a new Jinja environment for every build, which compiles the theme's templates
    again (about half a second); their compiled code is kept here, checked against the source."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self._code:
            bucket.bytecode_from_string(self._code[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


class IncrementalPreview:
    """What the previous dirty build rendered: per page, its signature, title, metadata, output
    path and search entries. Lives as long as the `mkdocs serve` process."""

    def __init__(self) -> None:
        self.active = False
        self.rendered: dict[str, dict] = {}  # src_uri -> signature, title, meta, dest, search
        self.order: list[str] = []  # this build's documentation pages, in build order
        self.pending: dict[str, str] = {}  # src_uri -> signature, for pages being rendered
        self._seen_entries = 0
        self.rerendered = 0
        self.compiled_templates = _CompiledTemplates()
        self.frozen = False
        self.observer = None
        self.theme_files: dict[tuple, list[str]] = {}
        self.digested: dict[str, tuple] = {}  # src_uri -> site signature, Markdown parts, signature

    def start(self, dirty: bool) -> None:
        self.active = dirty
        if dirty:
            logging.getLogger("mkdocs.commands.build").addFilter(_DirtyNotice())

    def watch(self, server, folders: list[str]) -> list[str]:
        """MkDocs' watcher polls every 0.5 s (a save waited 0.25 s on average before the rebuild began,
        and each poll walks every article). The preview's own folders (`watch:` in mkdocs.yml: seeds,
        site_data, hooks) are watched by the system's file events instead (inotify), which report a
        save within milliseconds and cost nothing while idle. Returns the folders left to MkDocs
        (all of them where the system has no file events, or the server is not MkDocs' own)."""
        wake = getattr(server, "_rebuild_cond", None)
        if wake is None or not hasattr(server, "_want_rebuild"):
            return folders
        try:
            from watchdog import events
            from watchdog.observers.inotify import InotifyObserver
        except ImportError:  # not Linux
            return folders
        # only writes: the kernel then does not report the build's thousand reads of the articles
        kinds = [events.FileCreatedEvent, events.FileModifiedEvent, events.FileDeletedEvent, events.FileMovedEvent]

        def saved(event) -> None:  # not "opened" or "closed_no_write": the build reads these files
            if not event.is_directory and event.event_type in ("created", "modified", "deleted", "moved"):
                with wake:
                    server._want_rebuild = True
                    wake.notify_all()

        handler = events.FileSystemEventHandler()
        handler.on_any_event = saved
        observer = InotifyObserver()
        watched = [f for f in folders if os.path.isdir(f)]
        try:
            for folder in watched:
                observer.schedule(handler, folder, recursive=True, event_filter=kinds)
            observer.daemon = True
            observer.start()
        except OSError:  # too many watches for the system's limit: MkDocs polls them
            return folders
        self.observer = observer
        return [f for f in folders if f not in watched]

    def keep_theme_listing(self, config) -> None:
        """MkDocs lists every file of the theme at every build (to copy its assets), a walk of a few
        thousand files, each then matched against a dozen patterns; in the preview the filtered list
        is kept while the theme's folders and the config are unchanged (the filter is MkDocs' own
        function, named by where it is defined, and reads only the config)."""
        theme, key = config.theme, (tuple(config.theme.dirs), self.site_signature(config))
        get_env = theme.get_env

        def env_with_kept_listing():
            env = get_env()
            listed = env.list_templates

            def kept(extensions=None, filter_func=None):
                name = (
                    key,
                    tuple(extensions or ()),
                    getattr(filter_func, "__module__", None),
                    getattr(filter_func, "__qualname__", None),
                )
                if name not in self.theme_files:
                    self.theme_files[name] = listed(extensions, filter_func)
                return list(self.theme_files[name])

            env.list_templates = kept
            return env

        theme.get_env = env_with_kept_listing

    def keep_frozen(self) -> None:
        """After a build, the memos and caches it filled live as long as the preview: moved out of the
        cyclic garbage collector's sight (`gc.freeze`), they are not scanned again at every collection,
        which took about 0.3 s of each rebuild at 1,000 articles. Done after the first build, and again
        after a build whose work was shared with a forked copy (`fanout` unfreezes when it is done)."""
        if gc.get_freeze_count() == 0:
            gc.collect()
            gc.freeze()
            self.frozen = True

    def new_build(self) -> None:
        self._seen_entries = 0
        self.order, self.pending = [], {}
        self.rerendered = 0

    @staticmethod
    def site_signature(config) -> str:
        """What every page's HTML depends on besides its own Markdown."""
        parts: list[bytes | str] = [Path(config.config_file_path).read_bytes(), repr(config.nav)]
        custom = config.theme.custom_dir
        if custom and os.path.isdir(custom):
            for folder, _, names in sorted(os.walk(custom)):
                for name in sorted(names):
                    path = os.path.join(folder, name)
                    stat = os.stat(path)
                    parts.append(f"{path}:{stat.st_size}:{stat.st_mtime_ns}")
        return _digest(*parts)

    def mark(self, files, site_signature: str, markdown_of) -> None:
        """Decide, for every documentation page, whether it is rendered again. `markdown_of(file)`
        is the page's final Markdown as this build will render it, in parts (strings); a page whose
        parts are the very objects of the last build (the page cache gives them back) is not read
        again to be digested."""
        for file in files.documentation_pages():
            parts = markdown_of(file)
            known = self.digested.get(file.src_uri)
            if known is not None and known[0] == site_signature and all(map(operator.is_, known[1], parts)):
                signature = known[2]
            else:
                signature = _digest(site_signature, *parts)
                self.digested[file.src_uri] = (site_signature, parts, signature)
            self.order.append(file.src_uri)
            last = self.rendered.get(file.src_uri)
            changed = last is None or last["signature"] != signature or not os.path.isfile(last["dest"])
            if changed:
                self.pending[file.src_uri] = signature
            # MkDocs' --dirty asks each file whether it changed; this build's answer is ours.
            file.is_modified = (lambda answer: lambda: answer)(changed)

    def restore(self, files) -> None:
        """Pages left as they were get back what other pages' templates read from them."""
        for file in files.documentation_pages():
            page = file.page
            if page is None or file.src_uri in self.pending:
                continue
            last = self.rendered[file.src_uri]
            page.meta = dict(last["meta"])
            page.title = last["title"]

    def rendered_page(self, page, search_plugin) -> None:
        """Called as each page is written (on_post_page), after the search plugin indexed it."""
        entries = []
        if search_plugin is not None:
            all_entries = search_plugin.search_index.entries
            entries = all_entries[self._seen_entries :]
            self._seen_entries = len(all_entries)
        self.rerendered += 1
        self.rendered[page.file.src_uri] = {
            "signature": self.pending.get(page.file.src_uri, ""),
            "title": page.title,
            "meta": dict(page.meta),
            "dest": page.file.abs_dest_path,
            "search": list(entries),
            "search_json": [json.dumps(entry, separators=(",", ":"), default=str) for entry in entries],
        }

    def finish(self, search_plugin, site_dir: str) -> None:
        """Remove outputs of pages that are gone; write the search index a clean build writes."""
        current = set(self.order)
        for src_uri in [uri for uri in self.digested if uri not in current]:
            del self.digested[src_uri]
        for src_uri in [uri for uri in self.rendered if uri not in current]:
            dest = self.rendered.pop(src_uri)["dest"]
            if os.path.isfile(dest):
                os.remove(dest)
        if search_plugin is None or not getattr(search_plugin.config, "enabled", True):
            return
        index = search_plugin.search_index
        index.entries = []
        empty = index.generate_search_index(None)
        index.entries = [entry for uri in self.order for entry in self.rendered[uri]["search"]]
        if type(index).__module__.startswith("material.") and empty.endswith(',"docs":[]}'):
            # Material writes the entries in order, unsorted, in compact JSON: each page's were
            # encoded once, when it was rendered (4 MB at 1,000 articles, encoded again at every save)
            pages = (self.rendered[uri]["search_json"] for uri in self.order)
            data = empty[: -len("]}")] + ",".join(entry for page in pages for entry in page) + "]}"
        else:
            data = index.generate_search_index(None)
        path = Path(site_dir) / "search" / "search_index.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8"))
