"""Stage 4, emit (parts): pieces that topic pages of several kinds share.

Links to entities, reported values with their footnotes, shares side
by side, notes for cut lists. Each kind's own page details are in its module in `kinds/`.
Reference data (symbol, atomic number) is labelled as such; what sources claim always carries
a footnote.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from markupsafe import Markup

from ..keys import is_org, org_name
from ..recognise.stages import stage_of
from ..slugs import SOURCE
from .markdown import Citations, PageLinks, md_escape, md_link, md_name, short_source

MAX_ROWS = 40  # rows of a table on a topic page; the rest are on the figures pages
# What one source may add to a topic page or a list: a long report that names a country on every
# page would otherwise make its page as long as the report. The rest is on the source page.
MAX_PER_SOURCE = 30


@dataclass(frozen=True)
class ShareRow:
    source: Markup
    holder: Markup | None
    value: str
    measure: str | None
    quote: str
    article: str
    anchor: str
    holder_key: str | None = None
    minerals: tuple[Markup, ...] = ()
    mineral_keys: tuple[str, ...] = ()
    stage: str | None = None


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


def status_line(briefing, entity, cite: Citations | None = None, notes_per_status: int | None = None) -> Markup:
    """A deal's or policy's statuses as a dated sequence, the same wherever a status is shown:
    "2025-03-01: signed¹ → 2025-06: paused²; under negotiation (this week)³". Placed dates come
    first, oldest first; a relative date from an undated article is quoted, not placed. With
    `cite`, each status carries the footnotes of the paragraphs that report it; lists that repeat
    a deal on many rows (the timeline, the home page) cite `notes_per_status` of them, since the
    deal's own page cites them all and every repeated footnote adds a link to each row and to
    the notes (at 1,000 articles the timeline was 5 MB of HTML, 29,000 footnote references)."""
    placed, unplaced = [], []
    for step in entity.status_sequence(briefing):
        where = step.where[:notes_per_status]
        notes = Markup("").join(cite.cite(a, p) for a, p in where) if cite else Markup("")
        if step.key:
            placed.append(md_escape(step.date) + Markup(": ") + md_escape(step.status) + notes)
        elif step.date:
            unplaced.append(md_escape(step.status) + Markup(" (") + md_escape(step.date) + Markup(")") + notes)
        else:
            unplaced.append(md_escape(step.status) + Markup(" (undated)" if placed else "") + notes)
    parts = ([Markup(" → ").join(placed)] if placed else []) + unplaced
    return Markup("; ").join(parts) if parts else Markup("not stated")


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


def share_records(figures, facts) -> list:
    """The percent figures (each figure once per paragraph) and the table cells with a %, in the
    order share rows show them, at most MAX_PER_SOURCE of one source (`per_source`)."""
    return per_source(all_share_records(figures, facts))[0]


def all_share_records(figures, facts) -> list:
    records, seen = [], set()
    for f in figures:
        if f.is_share and (f.article, f.anchor, f.value, f.measure) not in seen:
            seen.add((f.article, f.anchor, f.value, f.measure))
            records.append(f)
    return records + [t for t in facts if t.is_share]


def per_source(records: list, most: int = MAX_PER_SOURCE) -> tuple[list, dict[str, int]]:
    """The first `most` records of each source, in order, and how many more each source has: a long
    report's thousands of figures would otherwise fill every list (they stay in its own text)."""
    kept, seen, more = [], Counter(), Counter()
    for r in records:
        seen[r.article] += 1
        if seen[r.article] <= most:
            kept.append(r)
        else:
            more[r.article] += 1
    return kept, dict(more)


def left_out_note(briefing, links: PageLinks, more: dict[str, int]) -> Markup | None:
    """Says which sources have more figures than a list shows, and links to their text."""
    if not more:
        return None
    each = Markup("; ").join(
        md_link(briefing.article(a).title, links.to(SOURCE, briefing.article(a).slug)) + Markup(f" ({n:,} more)")
        for a, n in sorted(more.items())
    )
    return Markup(f"At most {MAX_PER_SOURCE} figures of one source are listed; the rest are in its text: ") + each


def share_rows(
    briefing, links: PageLinks, figures, facts, limit: int | None = None, window: slice | None = None
) -> list[ShareRow]:
    """Percent figures (and table cells with a %) side by side, one row per figure and source.

    Topic pages show the most recent `limit` rows so a page does not grow with the corpus; the
    figures pages show them all, page by page (`window`: the rows of one page).
    """
    limit = MAX_ROWS if limit is None else limit
    records = share_records(figures, facts)
    records = records[window] if window else records[-limit:] if limit else records
    return [_record_row(briefing, links, r) for r in records]


def _record_row(briefing, links, r) -> ShareRow:
    """A figure from a sentence, or a table cell (which has a header)."""
    if not hasattr(r, "header"):
        return _share_row(
            briefing, links, r.holder, r.value, r.measure, r.sentence, r.article, r.anchor, r.minerals,
            stage_of(r.measure, r.sentence),
        )  # fmt: skip
    return _share_row(
        briefing, links, r.holder, r.value, r.header, f"{r.header}: {r.value}", r.article, r.anchor, r.minerals,
        stage_of(r.header),
    )  # fmt: skip


def _share_row(briefing, links, holder, value, measure, quote, article_id, anchor, minerals, stage) -> ShareRow:
    article = briefing.article(article_id)
    return ShareRow(
        md_link(article.title, links.to(SOURCE, article.slug)),
        link_key(briefing, holder, links) if holder else None,
        value,
        measure,
        quote,
        article_id,
        anchor,
        holder,
        tuple(link_key(briefing, m, links) for m in minerals if m in briefing.entities),
        tuple(m for m in minerals if m in briefing.entities),
        stage,
    )


def share_table(rows: list[ShareRow], cite: Citations) -> Markup:
    lines = ["| Source | Who | Figure | Of what | As written |", "|---|---|---|---|---|"]
    for r in rows:
        lines.append(
            f"| {r.source} | {r.holder or 'not stated'} | **{md_escape(r.value)}** | "
            f"{md_escape(r.measure or 'not stated')} | “{md_escape(r.quote)}”{cite.cite(r.article, r.anchor)} |"
        )
    return Markup("\n".join(lines))


def figure_table(rows: list[ShareRow], cite: Citations, briefing, own: str | None = None) -> Markup:
    """Figures on a topic page, compact: each labelled with what it measures (its words, the
    mineral, the stage) and who holds it (left out on the holder's own page), and its source,
    short, with the footnote to the sentence. The sentences themselves are in the page's evidence."""
    who = any(r.holder_key != own for r in rows)
    mineral = any(r.mineral_keys != (own,) for r in rows)
    header = ["Figure", "Of what"] + (["Mineral"] if mineral else []) + ["Stage"] + (["Who"] if who else [])
    header.append("Source")
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in rows:
        cells = [
            Markup(f"**{md_escape(r.value)}**"),
            md_escape(r.measure or "not stated"),
        ]
        if mineral:
            cells.append(join(r.minerals) if r.minerals else Markup("not stated"))
        cells.append(md_escape(r.stage or "not stated"))
        if who:
            cells.append(r.holder or Markup("not stated") if r.holder_key != own else Markup("this page"))
        cells.append(md_name(short_source(briefing.article(r.article), 32)) + cite.cite(r.article, r.anchor))
        lines.append("| " + " | ".join(cells) + " |")
    return Markup("\n".join(lines))


def more(total: int, what: str, links: PageLinks, index: str = "deals/index.md") -> Markup | None:
    """A note when a list on a topic page is cut to MAX_ROWS, pointing to the full index."""
    if total <= MAX_ROWS:
        return None
    return Markup(f"The {MAX_ROWS} most-reported of {total}; all are in the [{what} index]({links.to_path(index)}).")


def policies_section(briefing, title: str, policies: list, links: PageLinks) -> Section | None:
    """Policies a country takes or is the target of, or that cover a mineral: name, status as reported."""
    if not policies:
        return None
    shown = sorted(policies, key=lambda p: (-len(p.sources), p.name))[:MAX_ROWS]
    body = "\n".join(f"- {md_link(p.name, links.to(p.kind, p.slug))}: {status_line(briefing, p)}" for p in shown)
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


def shares_section(
    briefing, links: PageLinks, cite: Citations, title: str, figures, facts, own: str | None = None
) -> Section | None:
    """The figures sources give, side by side, with a note where they differ; None when there are none."""
    rows = share_rows(briefing, links, figures, facts)
    return Section(title, figure_table(rows, cite, briefing, own), differ_note(rows)) if rows else None
