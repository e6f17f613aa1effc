"""Slugs and page paths: the one place that decides where a page lives.

Every generated page path comes from here, so links and pages cannot disagree.
"""
from __future__ import annotations

import re
import unicodedata

KIND_DIRS = {
    "deal": "deals",
    "country": "countries",
    "mineral": "minerals",
    "expert": "experts",
    "official": "officials",
    "source": "sources",
}


# Latin letters that Unicode does not decompose into a base letter and an accent.
_FOLD = str.maketrans({"Đ": "D", "đ": "d", "Ø": "O", "ø": "o", "Ł": "L", "ł": "l", "ß": "ss", "Æ": "AE",
                       "æ": "ae", "Œ": "OE", "œ": "oe", "Þ": "Th", "þ": "th", "ı": "i", "Ħ": "H", "ħ": "h"})


def slugify(text: str) -> str:
    """ASCII-folded, lower-case, hyphenated; non-Latin text keeps its letters (Unicode-aware)."""
    folded = unicodedata.normalize("NFKD", re.sub(r"[\u2010-\u2015/]", " ", text.translate(_FOLD)))
    ascii_text = folded.encode("ascii", "ignore").decode("ascii")
    base = ascii_text if re.search(r"[A-Za-z0-9]", ascii_text) else text
    base = base.lower().replace("&", " and ").replace("'", "").replace("\u2019", "")
    slug = re.sub(r"[^\w]+", "-", base, flags=re.UNICODE).strip("-_")
    return re.sub(r"-{2,}", "-", slug.replace("_", "-")) or "item"


def page_path(kind: str, slug: str) -> str:
    """Path of an entity or source page relative to docs_dir."""
    return f"{KIND_DIRS[kind]}/{slug}.md"


def index_path(kind: str) -> str:
    return f"{KIND_DIRS[kind]}/index.md"


def continuation_paths(base: str, count: int) -> list[str]:
    """Paths of a page split in `count` parts: the page itself, then <page>/2.md, <page>/3.md …"""
    return [base] + [f"{base[:-3]}/{n}.md" for n in range(2, max(count, 1) + 1)]


def relative_link(from_path: str, to_path: str, anchor: str = "") -> str:
    """Relative .md link between two docs paths, so MkDocs rewrites it for either URL style."""
    from_parts = from_path.split("/")[:-1]
    to_parts = to_path.split("/")
    common = 0
    while common < len(from_parts) and common < len(to_parts) - 1 and from_parts[common] == to_parts[common]:
        common += 1
    up = [".."] * (len(from_parts) - common)
    link = "/".join(up + to_parts[common:])
    return f"{link}#{anchor}" if anchor else link


def unique_slug(slug: str, taken: set[str]) -> str:
    """Deterministic collision resolution: the first comer keeps the slug, later ones get -2, -3."""
    if slug.casefold() not in taken:
        taken.add(slug.casefold())
        return slug
    n = 2
    while f"{slug}-{n}".casefold() in taken:
        n += 1
    taken.add(f"{slug}-{n}".casefold())
    return f"{slug}-{n}"
