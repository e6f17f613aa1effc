"""Stage 4, emit (candidates): the contributors' page of names seen but not classified, the lines
left out of each source and why, and the pages a curated `suppress:` removed."""

from __future__ import annotations

from ..model import Briefing
from ..slugs import SOURCE
from ..text import clip_words
from .markdown import PageLinks, md_link, source_page
from .templating import render_template

MAX_CANDIDATES = 300


def render_candidates_page(briefing: Briefing) -> str:
    """For contributors: names seen but not classified, each linked to where it appears."""
    links = PageLinks("candidates.md")
    shown = sorted(briefing.candidates, key=lambda c: (c.reason, c.name.casefold(), c.article))[:MAX_CANDIDATES]
    rows = []
    for c in shown:
        article = briefing.article(c.article)
        rows.append(
            [
                c.name,
                c.reason,
                md_link(
                    f"{article.title} ({c.anchor})", links.to_path(source_page(briefing, article, c.anchor), c.anchor)
                ),
            ]
        )
    left_out, shown_lines = [], 0
    for article in briefing.articles:
        if not article.dropped or shown_lines >= MAX_DROPPED_LINES:
            continue
        lines = [
            [f"{d.line}" if d.last_line <= d.line else f"{d.line}–{d.last_line}", clip_words(d.text, 240), d.reason]
            for d in article.dropped[: MAX_DROPPED_LINES - shown_lines]
        ]
        shown_lines += len(lines)
        left_out.append(
            (md_link(article.title, links.to(SOURCE, article.slug)), article.path, len(article.dropped), lines)
        )
    return render_template(
        "candidates.md.j2",
        rows=rows,
        total=len(briefing.candidates),
        left_out=left_out,
        dropped_total=sum(len(a.dropped) for a in briefing.articles),
        dropped_shown=shown_lines,
        suppressed=[[name, reason] for name, reason in briefing.suppressed],
    )


MAX_DROPPED_LINES = 2000
"""Left-out lines listed on the candidates page; `make check VERBOSE=1` lists every one."""
