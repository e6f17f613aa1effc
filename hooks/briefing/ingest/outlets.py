"""Stage 1, ingest (outlets): the lines an outlet prints on every page, found across its articles.

A tagline, a menu, a subscription notice: the same line in two articles of one publisher is the
publisher's, not either article's. A sentence of prose repeated (a standard background paragraph)
stays article text; only short or unpunctuated lines count. The publisher is what `sources.yml`
says, else the host of the article's address; articles with neither are not compared.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

from ..sitedata import SiteData

MAX_READ = 1_000_000


def outlet_of(site: SiteData, stem: str) -> str | None:
    meta = site.sources.get(stem)
    if meta is None:
        return None
    if meta.publisher:
        return meta.publisher.casefold()
    host = urlsplit(meta.url).hostname if meta.url else None
    return host.removeprefix("www.") if host else None


def repeated_lines(paths: list[Path], site: SiteData) -> dict[str, frozenset[str]]:
    """For each article of an outlet with two or more articles: its lines (spaces collapsed, case
    folded) that another article of the same outlet also has."""
    groups: dict[str, list[Path]] = {}
    for path in paths:
        if path.suffix.lower() in (".txt", ".md") and (outlet := outlet_of(site, path.stem)):
            groups.setdefault(outlet, []).append(path)
    out: dict[str, frozenset[str]] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        lines_of, counts = {}, Counter()
        for path in members:
            try:
                text = path.read_bytes()[:MAX_READ].decode("utf-8", "replace")
            except OSError:
                continue  # the article's own read reports it
            lines_of[path.stem] = {" ".join(line.split()).casefold() for line in text.splitlines() if line.strip()}
            counts.update(lines_of[path.stem])
        shared = {line for line, count in counts.items() if count > 1}
        for stem, lines in lines_of.items():
            if lines & shared:
                out[stem] = frozenset(lines & shared)
    return out
