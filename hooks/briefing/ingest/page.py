"""Stage 1, ingest (web pages): a page saved from the browser → its main text and the metadata it states.

trafilatura finds the article in the markup (dropping scripts, navigation, asides and footers)
and reads the title, author, date, site name and canonical address; the text then takes the same
path as a `.txt` article, chrome detection included. No markup from the page reaches a page of
the site: only text leaves this module, and it is escaped like any article text.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re

from ..errors import Problem

MAX_PAGE_BYTES = 5_000_000
"""A saved news page, markup, inline styles and scripts included, is rarely over 2 MB."""

_LANG = re.compile(r"""<html[^>]{0,300}?\blang\s*=\s*["']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})?)\b""", re.IGNORECASE)
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)


def decode_page(raw: bytes, display: str, problems: list[Problem]) -> str | None:
    """Bytes → markup, in the encoding the page declares (a byte-order mark, a <meta charset>, or
    UTF-8). An undeclared legacy encoding is not guessed."""
    if len(raw) > MAX_PAGE_BYTES:
        problems.append(
            Problem(
                display,
                None,
                f"is {len(raw) / 1e6:.1f} MB; saved pages over {MAX_PAGE_BYTES / 1e6:.0f} MB are skipped.",
                "Save the page as 'HTML only' (not 'complete'), or paste its text into a .txt file.",
            )
        )
        return None
    if raw.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        declared = _CHARSET.search(raw[:8192])
        encoding = declared.group(1).decode("ascii").lower() if declared else "utf-8"
    try:
        codecs.lookup(encoding)
        return raw.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        problems.append(
            Problem(
                display,
                None,
                f"is not valid text in the encoding it declares ({encoding}); skipped.",
                "Save the page again from the browser, or paste its text into a .txt file.",
            )
        )
        return None


def _laid_out_in_tables(text: str | None) -> bool:
    """An old-style page lays itself out in a table: whole paragraphs end up in its cells. Such a
    page is read without tables (a data table in an article has short cells)."""
    rows = [line for line in (text or "").splitlines() if line.lstrip().startswith("|")]
    return any(len(row) > 600 for row in rows)


def extract_page(markup: str, display: str, problems: list[Problem]) -> tuple[str, dict, str | None] | None:
    """The page's main text, its metadata (as `sources.yml` fields) and its title; None, with a
    problem, when the page has no article text."""
    import trafilatura  # imported on first use: most sites never see a saved page

    options = dict(
        with_metadata=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        include_formatting=False,
        deduplicate=False,
        # a date the page states, never one inferred from its text
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    try:
        document = trafilatura.bare_extraction(markup, include_tables=True, **options)
        if _laid_out_in_tables(getattr(document, "text", None)):
            document = trafilatura.bare_extraction(markup, include_tables=False, **options)
    except Exception as exc:  # noqa: BLE001 - any parser failure on hostile markup is one warning
        problems.append(
            Problem(
                display,
                None,
                f"could not be read as a web page ({type(exc).__name__}); skipped.",
                "Save the page again from the browser, or paste its text into a .txt file.",
            )
        )
        return None
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        problems.append(
            Problem(
                display,
                None,
                "has no article text in its markup; skipped.",
                "Check that the saved page shows the article, or paste its text into a .txt file.",
            )
        )
        return None
    meta: dict = {}
    if document.sitename:
        meta["publisher"] = document.sitename
    if document.date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", document.date):
        day = dt.date.fromisoformat(document.date)
        if 1900 <= day.year <= 2100:
            meta["date"] = day
    if document.url and re.fullmatch(r"https?://\S+", document.url):
        meta["url"] = document.url
    if lang := _LANG.search(markup[:4096]):
        meta["language"] = lang.group(1).lower()
    author = document.author.strip() if document.author else None
    return text, meta | ({"author": author} if author else {}), document.title
