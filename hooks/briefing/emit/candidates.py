"""Stage 4, emit (candidates): the contributors' pages of names seen but not classified and the pages
a curated `suppress:` removed (candidates.md), and of the lines left out of each source and why."""

from __future__ import annotations

from ..model import Briefing
from ..slugs import SOURCE
from ..text import clip_words
from .markdown import PageLinks, md_link, source_page
from .templating import render_template

MAX_CANDIDATES = 300
LEFT_OUT_PAGE = "candidates/left-out.md"  # under candidates/: a contributors' page, like it


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
    dropped = [a for a in briefing.articles if a.dropped]
    return render_template(
        "candidates.md.j2",
        rows=rows,
        total=len(briefing.candidates),
        dropped_total=sum(len(a.dropped) for a in dropped),
        dropped_articles=len(dropped),
        left_out_link=md_link("lines left out", links.to_path(LEFT_OUT_PAGE)),
        suppressed=[[name, reason] for name, reason in briefing.suppressed],
    )


def render_left_out_page(briefing: Briefing) -> str:
    """For contributors: the lines left out of each source, and why. A page of its own: at a thousand
    articles it holds thousands of lines, which the live preview would otherwise convert again with
    every change to the names on the candidates page (an alias edit), and a contributor looking for
    a name would load them all."""
    links = PageLinks(LEFT_OUT_PAGE)
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
        "left_out.md.j2",
        left_out=left_out,
        dropped_total=sum(len(a.dropped) for a in briefing.articles),
        dropped_shown=shown_lines,
        candidates_link=md_link("curation candidates", links.to_path("candidates.md")),
    )


MAX_DROPPED_LINES = 2000
"""Left-out lines listed on their page; `make check VERBOSE=1` lists every one."""
