"""Stage 4, emit (parts): pieces that topic pages of several kinds share.

Links to entities, reported values with their footnotes, shares side
by side, notes for cut lists. Each kind's own page details are in its module in `kinds/`.
Reference data (symbol, atomic number) is labelled as such; what sources claim always carries
a footnote.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from markupsafe import Markup

from ..keys import is_org, org_name
from ..slugs import SOURCE
from .markdown import Citations, PageLinks, md_escape, md_link

MAX_ROWS = 40  # rows of a table on a topic page; the rest are on the figures pages


@dataclass(frozen=True)
class ShareRow:
    source: Markup
    holder: Markup | None
    value: str
    measure: str | None
    quote: str
    article: str
    anchor: str


@dataclass
class Section:
    title: str
    body: Markup
    note: Markup | None = None


def link_key(briefing, key: str, links: PageLinks) -> Markup:
    if is_org(key):
        return md_escape(org_name(key))
    e = briefing.entities.get(key)
    return md_link(e.name, links.to(e.kind, e.slug)) if e else md_escape(key.split(":", 1)[-1])


def join(items) -> Markup:
    return Markup(" · ").join(items)


def reported(reports, cite: Citations) -> Markup | None:
    """Each value the sources report once, followed by the footnotes of every paragraph that says
    it; footnotes are numbered in reading order (`model.Reported`)."""
    for article, anchor in reports.order:
        cite.cite(article, anchor)
    parts = [
        md_escape(value) + Markup("").join(cite.cite(article, anchor) for article, anchor in where)
        for value, where in reports.values
    ]
    return Markup("; ").join(parts) if parts else None


def share_rows(briefing, links: PageLinks, figures, facts, limit: int | None = None) -> list[ShareRow]:
    """Percent figures (and table cells with a %) side by side, one row per figure and source.

    Topic pages show the most recent `limit` rows so a page does not grow with the corpus; the
    figures pages show them all, page by page.
    """
    limit = MAX_ROWS if limit is None else limit
    rows = []
    for f in figures:
        if f.is_share:
            rows.append(_share_row(briefing, links, f.holder, f.value, f.measure, f.sentence, f.article, f.anchor))
    for t in facts:
        if t.is_share:
            rows.append(
                _share_row(briefing, links, t.holder, t.value, t.header, f"{t.header}: {t.value}", t.article, t.anchor)
            )
    return rows[-limit:] if limit else rows


def _share_row(briefing, links, holder, value, measure, quote, article_id, anchor) -> ShareRow:
    article = briefing.article(article_id)
    return ShareRow(
        md_link(article.title, links.to(SOURCE, article.slug)),
        link_key(briefing, holder, links) if holder else None,
        value,
        measure,
        quote,
        article_id,
        anchor,
    )


def share_table(rows: list[ShareRow], cite: Citations) -> Markup:
    lines = ["| Source | Who | Figure | Of what | As written |", "|---|---|---|---|---|"]
    for r in rows:
        lines.append(
            f"| {r.source} | {r.holder or 'not stated'} | **{md_escape(r.value)}** | "
            f"{md_escape(r.measure or 'not stated')} | “{md_escape(r.quote)}”{cite.cite(r.article, r.anchor)} |"
        )
    return Markup("\n".join(lines))


def more(total: int, what: str, links: PageLinks, index: str = "deals/index.md") -> Markup | None:
    """A note when a list on a topic page is cut to MAX_ROWS, pointing to the full index."""
    if total <= MAX_ROWS:
        return None
    return Markup(f"The {MAX_ROWS} most-reported of {total}; all are in the [{what} index]({links.to_path(index)}).")


def policies_section(title: str, policies: list, links: PageLinks) -> Section | None:
    """Policies a country takes or is the target of, or that cover a mineral: name, status as reported."""
    if not policies:
        return None
    shown = sorted(policies, key=lambda p: (-len(p.sources), p.name))[:MAX_ROWS]
    body = "\n".join(
        f"- {md_link(p.name, links.to(p.kind, p.slug))}: {md_escape(', '.join(p.statuses) or 'status not stated')}"
        for p in shown
    )
    return Section(title, Markup(body), more(len(policies), "policies", links, f"{shown[0].kind.folder}/index.md"))


def differ_note(rows: list[ShareRow]) -> Markup | None:
    by_source = defaultdict(set)
    for r in rows:
        by_source[r.article].add(r.value)
    if len(by_source) > 1 and len({frozenset(v) for v in by_source.values()}) > 1:
        return Markup(
            '!!! warning "The sources give different figures"\n    Each figure is shown beside '
            "the source that gives it; they are not combined."
        )
    return None


def shares_section(briefing, links: PageLinks, cite: Citations, title: str, figures, facts) -> Section | None:
    """The figures sources give, side by side, with a note where they differ; None when there are none."""
    rows = share_rows(briefing, links, figures, facts)
    return Section(title, share_table(rows, cite), differ_note(rows)) if rows else None
