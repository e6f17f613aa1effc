"""Safe Markdown from untrusted text, links between pages, and citation footnotes.

Article text and YAML values are untrusted: every character that Markdown, HTML, attribute
lists or footnotes would interpret becomes a numeric entity, so nothing an article says can
change the page's structure. Only values wrapped in `Markup` here are emitted as-is.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from urllib.parse import quote

import yaml
from markupsafe import Markup

from ..slugs import SOURCE, continuation_paths, page_path, relative_link
from ..text import CONTROL_CHARS, clip_words

_SPECIAL = {c: f"&#{ord(c)};" for c in "\\`*_{}[]()<>#+-.!|~^=:\"'$@?"}
_SPECIAL["&"] = "&amp;"
_ESCAPE_RE = re.compile(r"[\\`*_{}\[\]<>#|~^=&!]|(?<=\s)[+\-:](?=\s)|^[+\-:.?]|(?<=\d)\.(?=\s|$)|\$")


def md_escape(text: object) -> Markup:
    """Text rendered literally by Python-Markdown (and by any HTML reader)."""
    if isinstance(text, Markup):
        return text
    return _escaped(str(text))


_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 16)
def _escaped(text: str) -> Markup:
    """Names, labels and sentences recur on many pages (a build escapes the same few thousand
    strings hundreds of thousands of times): remembered, as a Markup is immutable."""
    flat = _SPACES.sub(" ", CONTROL_CHARS.sub("", text)).strip()
    return Markup(_ESCAPE_RE.sub(lambda m: _SPECIAL[m.group(0)], flat))


# Scripts that name their language: a name written in one is marked with it, so a screen reader
# reads "뉴스로드" as Korean on an English page. Scripts several languages share are marked with the
# script alone ("und-Cyrl"), which says no more than the text does.
_SCRIPTS = (
    (re.compile(r"[\uac00-\ud7af\u1100-\u11ff]"), "ko"),
    (re.compile(r"[\u3040-\u30ff]"), "ja"),
    (re.compile(r"[\u0e00-\u0e7f]"), "th"),
    (re.compile(r"[\u0370-\u03ff]"), "el"),
    (re.compile(r"[\u0590-\u05ff]"), "he"),
    (re.compile(r"[\u4e00-\u9fff]"), "und-Hani"),
    (re.compile(r"[\u0400-\u04ff]"), "und-Cyrl"),
    (re.compile(r"[\u0600-\u06ff]"), "und-Arab"),
    (re.compile(r"[\u0900-\u097f]"), "und-Deva"),
)


_ANY_SCRIPT = re.compile("|".join(pattern.pattern for pattern, _ in _SCRIPTS))  # one search for most names


def md_name(text: object) -> Markup:
    """A name, escaped, inside a `lang` span when it is written in a script other than Latin."""
    escaped = md_escape(text)
    if not _ANY_SCRIPT.search(str(text)):
        return escaped
    for pattern, lang in _SCRIPTS:
        if pattern.search(str(text)):
            return Markup(f'<span lang="{lang}">') + escaped + Markup("</span>")
    return escaped


def md_link(text: object, href: str) -> Markup:
    return Markup(f"[{md_escape(text)}]({href})")


# Characters a web address may keep as they are inside a Markdown link; everything else
# (spaces, quotes, brackets, parentheses, non-ASCII) is percent-encoded, so no address can end
# the link early or leave it. Existing %XX escapes are kept.
_URL_SAFE = ":/?#@!$&*+,;=%~-._"


def md_external_link(text: object, url: str) -> Markup:
    """A link to an address from untrusted data: http(s) only (else plain text), percent-encoded."""
    if not re.match(r"(?i)https?://", url):
        return md_escape(text)
    return md_link(text, quote(url, safe=_URL_SAFE))


class PageLinks:
    """Links from one page to others, always as relative .md paths MkDocs can rewrite and check."""

    def __init__(self, from_path: str):
        self.from_path = from_path

    def to(self, kind: str, slug: str, anchor: str = "") -> str:
        return relative_link(self.from_path, page_path(kind, slug), anchor)

    def to_path(self, path: str, anchor: str = "") -> str:
        return relative_link(self.from_path, path, anchor)


def source_page(briefing, article, anchor: str = "") -> str:
    """The page of a source that holds paragraph `anchor`: a long source is split in parts."""
    base = page_path(SOURCE, article.slug)
    part = briefing.lookup.source_part.get((article.id, anchor), 1)
    return base if part == 1 else continuation_paths(base, part)[-1]


def short_source(article, limit: int = 48) -> str:
    """How a citation names a source: its publisher, else its title cut short."""
    return article.meta.publisher or clip_words(article.title.rstrip(".…"), limit)


class Citations:
    """Footnotes for one page: one note per cited paragraph, numbered in order of first use."""

    def __init__(self, briefing, links: PageLinks):
        self.briefing = briefing
        self.links = links
        self.notes: dict[tuple[str, str], int] = {}

    def cite(self, article_id: str, anchor: str) -> Markup:
        number = self.notes.setdefault((article_id, anchor), len(self.notes) + 1)
        return Markup(f"[^{number}]")

    def definitions(self) -> list[Markup]:
        """Each note short: the source (publisher, else its title cut short), its date when known,
        and the paragraph ("¶4"), all one link to that paragraph."""
        out = []
        for (article_id, anchor), number in self.notes.items():
            article = self.briefing.article(article_id)
            tables = self.briefing.lookup.table_anchors.get(article_id, ())
            where = "table" if anchor in tables else f"¶{anchor.lstrip('p')}"
            parts = [short_source(article, 32)] + ([article.meta.date.isoformat()] if article.meta.date else [])
            label = ", ".join(md_name(part) for part in parts) + f", {where}"  # Markup parts: joined as is
            out.append(
                Markup(
                    f"[^{number}]: [{label}]({self.links.to_path(source_page(self.briefing, article, anchor), anchor)})"
                )
            )
        return out


def correct_links(links: PageLinks, edit_base: str | None, files: list[tuple[str, str]]) -> Markup:
    """ "Correct this" links (label, file) to the files a page is made from, in the repository's
    editor, and to the Contribute page that says how; empty when no repository is set (local and
    offline builds). Reader text names no file: the path is only in the link."""
    if not edit_base:
        return Markup("")
    editor = edit_base.replace("/blob/", "/edit/", 1)
    targets = Markup(" · ").join(md_external_link(label, f"{editor}{f}") for label, f in files)
    how = md_link("how", links.to_path("contribute.md"))
    return targets + Markup(" (") + how + Markup(")")


def split_pages(base: str, count: int, per_page: int) -> tuple[list[str], list[tuple[int, str, slice]]]:
    """A list of `count` rows over pages of `per_page` (at least one page): every page's path,
    and for each page its number, path and slice of the rows. The one pager of the site."""
    starts = list(range(0, count, per_page)) or [0]
    paths = continuation_paths(base, len(starts))
    return paths, [
        (number, path, slice(start, start + per_page))
        for number, (path, start) in enumerate(zip(paths, starts, strict=True), start=1)
    ]


def pager(links: PageLinks, paths: list[str], number: int, label: str = "Pages") -> Markup:
    """ "Pages: 1 · **2** · 3" with links to the other parts; empty for a single page."""
    if len(paths) == 1:
        return Markup("")
    parts = [
        md_link(str(n), links.to_path(p)) if n != number else Markup(f"**{n}**") for n, p in enumerate(paths, start=1)
    ]
    return Markup(f"{label}: ") + Markup(" · ").join(parts)


# Characters a YAML double-quoted scalar holds as they are: printable, and no line break YAML
# would fold (U+0085, U+2028, U+2029) and no BOM.
_YAML_PLAIN = re.compile("[^\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")


def front_matter_value(text: str) -> Markup:
    """A YAML scalar MkDocs will read back as exactly `text` (any Unicode, quotes, colons). A value
    YAML cannot parse would make MkDocs show the whole front matter as page text. Text of
    printable characters only is a JSON string, which YAML reads the same (and is 50 times
    faster to write); anything else goes through the YAML emitter's escapes."""
    if not _YAML_PLAIN.search(text):
        return Markup(json.dumps(text, ensure_ascii=False))
    return Markup(
        yaml.safe_dump(text, allow_unicode=True, default_style='"', width=1 << 30).removesuffix("\n...\n").rstrip("\n")
    )
