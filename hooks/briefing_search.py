"""The search plugin's HTML parsing done while pages are converted, on both cores.

Why: Material's search plugin parses every page's HTML into sections in on_page_context, in
MkDocs' second pass, which runs on one core after every page is converted; at 1,000 articles
that is a sixth of the build. How: each page's final HTML (the last on_page_content) is parsed
into sections with the plugin's own `Parser` as soon as it is made, in the forked converter for
its pages (`briefing_parallel`) and in the build process for the others; the plugin's index then
takes those sections at on_page_context and makes its entries with its own
`create_entry_for_section`, from the page as it is then (table of contents, address, metadata,
title), in the same order. The search index is byte-identical. Not used by the live preview.
"""

from __future__ import annotations

from material.plugins.search.plugin import Parser


class _Section:
    """What `create_entry_for_section` reads of a parsed section."""

    def __init__(self, id_: str | None, title: str | None, text: str) -> None:
        self.id = id_
        self.title = [] if title is None else [title]
        self.text = [text]


def parse_sections(html: str) -> list[tuple]:
    """The page's indexed sections as (id, title or None when it has none, text), in order."""
    parser = Parser()
    parser.feed(html)
    parser.close()
    return [(s.id, "".join(s.title) if s.title else None, "".join(s.text)) for s in parser.data if not s.is_excluded()]


def _excluded(page) -> bool:
    return bool((page.meta.get("search") or {}).get("exclude"))


class EarlySearch:
    def __init__(self) -> None:
        self.active = False
        self._sections: dict[str, list[tuple]] = {}

    def install(self, plugin) -> None:
        """Let the search plugin's index take parsed sections instead of parsing (one build)."""
        self._sections = {}
        index = getattr(plugin, "search_index", None) if plugin is not None else None
        self.active = index is not None and getattr(plugin.config, "enabled", True)
        if self.active:
            original = type(index).add_entry_from_context.__get__(index)
            index.add_entry_from_context = lambda page: self._add(index, original, page)

    def note(self, page, html: str) -> None:
        """on_page_content, last: parse the page's final HTML unless the converter already did or
        the page is left out of search (the plugin would not parse it)."""
        if self.active and page.file.src_uri not in self._sections and not _excluded(page):
            self._sections[page.file.src_uri] = parse_sections(html)

    def take(self, uri: str) -> list[tuple] | None:
        return self._sections.pop(uri, None)

    def put(self, uri: str, sections: list[tuple] | None) -> None:
        if self.active and sections is not None:
            self._sections[uri] = sections

    def _add(self, index, original, page) -> None:
        sections = self._sections.pop(page.file.src_uri, None)
        if sections is None or _excluded(page):
            original(page)  # not parsed early (or excluded, which the plugin checks itself)
            return
        for id_, title, text in sections:
            index.create_entry_for_section(_Section(id_, title, text), page.toc, page.url, page)

    def finish(self) -> None:
        self.active = False
        self._sections = {}
