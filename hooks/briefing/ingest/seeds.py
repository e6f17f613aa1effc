"""Stage 1, ingest (seed files): which files in seeds/ are articles, and their text.

Plain text and Markdown are decoded (byte-order marks, UTF-8, a clear problem otherwise) and a
Markdown file's front matter is read with line numbers; a saved web page's main text and
metadata come from `page`. Each unusable file becomes one problem; the others still build.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..errors import Problem
from ..sitedata import LineLoader
from ..text import CONTROL_CHARS, PLAIN_HYPHENS
from .page import decode_page, extract_page

MAX_ARTICLE_BYTES = 20_000_000
"""A news article is well under 100 kB, a long report a few MB (its source page is split in parts
of about 200 kB of text, and one source adds a bounded number of quotes to a topic page). A
file over 20 MB is a dump or a book, and would take minutes of every build."""

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_seed(raw: bytes, display: str, problems: list[Problem]) -> str | None:
    """Bytes → text with "\n" line ends; None (with a one-line problem) when it cannot be read safely.

    Only encodings that announce themselves are accepted (UTF-8, or a UTF-8/16/32 byte-order
    mark); guessing a legacy code page could silently change the article's words.
    """
    if len(raw) > MAX_ARTICLE_BYTES:
        problems.append(
            Problem(
                display,
                None,
                f"is {len(raw) / 1e6:.1f} MB; articles over {MAX_ARTICLE_BYTES / 1e6:.0f} MB are skipped.",
                "Keep only the article's own text (a news article is well under 100 kB), or split a report.",
            )
        )
        return None
    if not raw.strip():
        problems.append(Problem(display, None, "is empty; skipped.", "Paste the article text or delete the file."))
        return None
    codec = next((name for bom, name in _BOMS if raw.startswith(bom)), None)
    if codec is None and b"\x00" in raw:
        at = raw.index(b"\x00")
        if at < 4096:
            problems.append(
                Problem(display, None, "looks binary, not text; skipped.", "Save the article as UTF-8 plain text.")
            )
        else:
            problems.append(
                Problem(
                    display,
                    raw[:at].count(b"\n") + 1,
                    "contains a NUL byte; skipped.",
                    "Remove it, or re-save the file as UTF-8 plain text.",
                )
            )
        return None
    try:
        text = raw.decode(codec or "utf-8")
    except UnicodeDecodeError as exc:
        if codec and codec != "utf-8-sig":
            problems.append(
                Problem(
                    display,
                    None,
                    f"starts with a {codec.upper()} byte-order mark but is not valid {codec.upper()}; skipped.",
                    "Re-save the file with UTF-8 encoding.",
                )
            )
            return None
        line = raw[: exc.start].count(b"\n") + 1
        problems.append(
            Problem(
                display,
                line,
                f"is not UTF-8 (byte 0x{raw[exc.start]:02x}); skipped.",
                "Re-save the file with UTF-8 encoding.",
            )
        )
        return None
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    # Control characters are invisible and invalid in XML (the feed); removing them changes no word.
    return CONTROL_CHARS.sub("", text).translate(PLAIN_HYPHENS)


@dataclass(frozen=True)
class SeedText:
    """A seed file read: its article text and what the file says about the article."""

    text: str
    front: dict = field(default_factory=dict)  # front matter of a .md file
    body_line: int = 1  # the file line the text starts on
    page: dict = field(default_factory=dict)  # metadata a saved web page states (sources.yml fields, author)
    page_title: str | None = None


def read_seed(path: Path, raw: bytes, display: str, problems: list[Problem]) -> SeedText | None:
    """The file's text and metadata; None (with a problem) if unusable."""
    if path.suffix.lower() in PAGE_SUFFIXES:
        return _read_page(raw, display, problems)
    text = decode_seed(raw, display, problems)
    if text is None:
        return None
    front, body_line = {}, 1
    if path.suffix.lower() == ".md" and text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end == -1:
            problems.append(
                Problem(
                    display, 1, "front matter starts with '---' but never ends; skipped.", "Close it with a line '---'."
                )
            )
            return None
        try:
            front = yaml.load(text[4:end], Loader=LineLoader) or {}  # noqa: S506
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            problems.append(
                Problem(
                    display,
                    (mark.line + 2) if mark else 1,
                    f"front matter is not valid YAML ({getattr(exc, 'problem', exc)}); skipped.",
                    "Check the 'key: value' lines between the '---' markers.",
                )
            )
            return None
        if not isinstance(front, dict):
            problems.append(
                Problem(
                    display,
                    2,
                    "front matter is not a list of 'key: value' lines; skipped.",
                    "Example: title: Lithium pact signed.",
                )
            )
            return None
        body_line = text[: end + 4].count("\n") + 2
        text = text[end + 4 :].lstrip("\n")
    return SeedText(text, front, body_line)


def _read_page(raw: bytes, display: str, problems: list[Problem]) -> SeedText | None:
    """A saved web page: its main text (line numbers are the text's), title and metadata."""
    markup = decode_page(raw, display, problems)
    extracted = extract_page(markup, display, problems) if markup is not None else None
    if extracted is None:
        return None
    text, page, title = extracted
    text = CONTROL_CHARS.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).translate(PLAIN_HYPHENS)
    if len(text.encode()) > MAX_ARTICLE_BYTES:
        problems.append(
            Problem(
                display,
                None,
                f"has {len(text.encode()) / 1e6:.1f} MB of text; articles over "
                f"{MAX_ARTICLE_BYTES / 1e6:.0f} MB are skipped.",
                "Keep only the article's own text (a news article is well under 100 kB).",
            )
        )
        return None
    return SeedText(text, page=page, page_title=CONTROL_CHARS.sub("", title).strip() if title else None)


PAGE_SUFFIXES = (".html", ".htm")
SEED_SUFFIXES = (".txt", ".md", *PAGE_SUFFIXES)


def seed_files(seeds_dir: Path, display_root: str, problems: list[Problem]) -> list[Path]:
    """The article files in seeds/, in name order (never the file system's order).

    Hidden files are ignored; anything else that is not a regular .txt/.md file inside seeds/
    (another type, a folder, a link leading out of seeds/) is named in a warning, not read.
    """
    root = seeds_dir.resolve()
    paths = []
    for path in sorted(seeds_dir.iterdir(), key=lambda p: p.name):
        display = f"{display_root}/{path.name}"
        if path.name.startswith("."):
            continue
        if path.is_dir():
            problems.append(
                Problem(
                    display,
                    None,
                    "is a folder; articles in sub-folders are not read.",
                    "Move the articles into seeds/ itself.",
                )
            )
        elif path.suffix.lower() not in SEED_SUFFIXES:
            problems.append(
                Problem(
                    display,
                    None,
                    "is not a .txt, .md or .html article; ignored.",
                    "Save articles as .txt (plain text), .md (with front matter) or .html "
                    "(a page saved from the browser).",
                )
            )
        elif path.is_symlink() and not path.resolve().is_relative_to(root):
            problems.append(
                Problem(
                    display,
                    None,
                    "is a link to a file outside seeds/; skipped.",
                    "Copy the article into seeds/ instead of linking to it.",
                )
            )
        elif not path.is_file():
            problems.append(
                Problem(
                    display,
                    None,
                    "is not a regular file; skipped.",
                    "Articles are plain files in seeds/, one per article.",
                )
            )
        else:
            paths.append(path)
    return paths
