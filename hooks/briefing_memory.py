"""A large build in less memory.

Why: MkDocs converts every page before it renders any into the theme, so between the two passes
it holds every page's generated source, Markdown and HTML at once (at 10,000 articles, about
25,000 pages: gigabytes). How: when a page's HTML is final (the last on_page_content), it is kept
compressed (zlib level 1: a sixth of the size, fast) and given back just before the theme and the
search plugin read it (on_page_context, first); the page's Markdown and the generated source
are let go, its title fixed first (MkDocs reads the title from the Markdown). Output is
unchanged: the same HTML string comes back. Not used by the live preview.
"""

from __future__ import annotations

import zlib


class HeldPages:
    def __init__(self) -> None:
        self.active = False
        self._html: dict[str, bytes] = {}

    def hold(self, page, html: str) -> str:
        """The page's final HTML: kept compressed; MkDocs holds an empty string until it is needed."""
        if not self.active:
            return html
        page.title = page.title  # fixed: MkDocs would derive it from the Markdown let go below
        page.markdown = None
        if page.file.generated_by:
            page.file.content_string = ""
        self._html[page.file.src_uri] = zlib.compress(html.encode("utf-8"), 1)
        return ""

    def give_back(self, page) -> None:
        data = self._html.pop(page.file.src_uri, None)
        if data is not None:
            page.content = zlib.decompress(data).decode("utf-8")

    def clear(self) -> None:
        self._html = {}
