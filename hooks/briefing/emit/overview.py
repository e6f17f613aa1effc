"""Stage 4, emit (overviews): the figures pages (the home page, which shows their top groups, is in `home`).

Both gather claims from every source; disagreements are grouped and shown side by side, never
averaged or merged into one number.
"""

from __future__ import annotations

from collections import defaultdict

from markupsafe import Markup

from ..model import Briefing
from ..slugs import SOURCE, slugify, unique_slug
from .markdown import Citations, PageLinks, md_escape, md_link, pager, split_pages
from .parts import (
    all_share_records,
    differ_note,
    left_out_note,
    link_key,
    per_source,
    share_records,
    share_rows,
    share_table,
)
from .templating import macro, render_template
from .views import share_chart


def share_groups(briefing: Briefing) -> list[tuple[str | None, str, list]]:
    """(holder, mineral) pairs with percent figures, most sources first."""
    groups: dict[tuple, set] = defaultdict(set)
    for f in briefing.figures:
        if f.is_share:
            for mineral in f.minerals or ("",):
                groups[(f.holder, mineral)].add(f.article)
    for t in briefing.table_facts:
        if t.is_share:
            groups[(t.holder, t.key)].add(t.article)
    return sorted(((h, m, sorted(a)) for (h, m), a in groups.items()), key=lambda g: (-len(g[2]), g[0] or "", g[1]))


def group_title(briefing: Briefing, holder, mineral, links) -> Markup:
    who = link_key(briefing, holder, links) if holder else Markup("Unattributed")
    what = link_key(briefing, mineral, links) if mineral else Markup("no mineral named")
    return who + Markup(" — ") + what


def _group_inputs(briefing, holder, mineral) -> tuple[list, list]:
    lk = briefing.lookup
    return list(lk.figure_groups.get((holder, mineral or None), ())), list(lk.fact_groups.get((mineral, holder), ()))


def _records_of(briefing, pairs) -> list:
    """The figures and table facts of these (holder, mineral) groups: what their lists show."""
    return [r for h, m in pairs for group in _group_inputs(briefing, h, m) for r in group]


def group_rows(briefing, links, holder, mineral, limit=None, window: slice | None = None):
    return share_rows(briefing, links, *_group_inputs(briefing, holder, mineral), limit, window)


GROUPS_ON_SUMMARY = 25
GROUPS_PER_PAGE = 10
SUMMARY_ROWS = 12  # rows per group on figures.md; the full lists are on figures/<group>.md, page by page
ROWS_PER_PAGE = 60


def render_figures_pages(briefing: Briefing, unit=None) -> dict[str, str]:
    """figures.md (every group, latest rows) and one paged list per group, so no page is unbounded.
    `unit(name, records, render)` (the live preview's page cache) takes a list's pages from the last
    build when the records it shows and the articles they cite are unchanged."""
    cached = unit or (lambda name, records, render: render())
    pages: dict[str, str] = {}
    groups = share_groups(briefing)
    full_pages: dict[tuple, str] = {}
    taken = {"shares", "money", "count"}  # the other pages under figures/
    for holder, mineral, _ in groups:  # every figure stays reachable: one paged list per long group
        count = len(share_records(*_group_inputs(briefing, holder, mineral)))
        if count > SUMMARY_ROWS:
            slug = unique_slug(slugify(f"{_plain_name(briefing, holder)} {_plain_name(briefing, mineral)}"), taken)
            title = f"Shares: {_plain_name(briefing, holder)} — {_plain_name(briefing, mineral)}"
            path = full_pages[(holder, mineral)] = f"figures/{slug}.md"
            pages.update(
                cached(
                    ("figures", slug, title, count),
                    _records_of(briefing, [(holder, mineral)]),
                    lambda p=path, t=title, n=count, h=holder, m=mineral: _paged(
                        briefing,
                        p,
                        t,
                        n,
                        lambda lk, ct, a, b: share_table(group_rows(briefing, lk, h, m, window=slice(a, b)), ct),
                        more=per_source(all_share_records(*_group_inputs(briefing, h, m)))[1],
                    ),
                )
            )
    rest = groups[GROUPS_ON_SUMMARY:]
    if rest:
        section = macro("share_group")
        pages.update(
            cached(
                (
                    "figures",
                    "shares",
                    tuple((h, m, tuple(a)) for h, m, a in rest),
                    tuple(sorted(full_pages.items(), key=repr)),
                ),
                _records_of(briefing, [(h, m) for h, m, _ in rest]),
                lambda: _paged(
                    briefing,
                    "figures/shares.md",
                    "More shares",
                    len(rest),
                    lambda lk, ct, a, b: Markup("\n").join(
                        section(_group(briefing, h, m, lk, ct, full_pages), Markup("##")) for h, m, _ in rest[a:b]
                    ),
                    per_page=GROUPS_PER_PAGE,
                ),
            )
        )
    measures = []
    for measure, title in (("money", "Money"), ("count", "Counts")):
        figures, more = per_source([f for f in briefing.figures if f.unit == measure])
        if not figures:
            continue
        measures.append((measure, title, figures))
        if len(figures) > SUMMARY_ROWS:
            pages.update(  # page by page: an edited article renders again only the pages that show its figures
                _paged(
                    briefing,
                    f"figures/{measure}.md",
                    title,
                    len(figures),
                    lambda lk, ct, a, b, fs=figures: _figure_table(briefing, fs[a:b], lk, ct),
                    cached=cached,
                    shown=lambda a, b, fs=figures: fs[a:b],
                    more=more,
                )
            )
    top = groups[:GROUPS_ON_SUMMARY]

    def summary_page() -> dict[str, str]:
        links = PageLinks("figures.md")
        cite = Citations(briefing, links)
        chart = None
        if groups:
            holder, mineral, _ = groups[0]
            title = f"Shares attributed to {_plain_name(briefing, holder)}: {_plain_name(briefing, mineral)}, by source"
            chart = {
                "title": title,
                "bars": share_chart(title, group_rows(briefing, links, holder, mineral, limit=16), briefing),
            }
        # Footnotes are numbered as cite() is called: build in reading order (groups, then lists).
        summary = [_group(briefing, h, m, links, cite, full_pages) for h, m, _ in top]
        lists = [
            {
                "title": title,
                "table": _figure_table(briefing, figures[-SUMMARY_ROWS:], links, cite),
                "more": md_link("all of them", f"figures/{measure}.md") if len(figures) > SUMMARY_ROWS else None,
                "shown": SUMMARY_ROWS,
                "total": len(figures),
            }
            for measure, title, figures in measures
        ]
        return {
            "figures.md": render_template(
                "figures.md.j2", chart=chart, more_groups=len(rest), groups=summary, lists=lists, citations=cite
            )
        }

    # figures.md: its groups' figures (all count: the disagreement note, totals), the latest money and counts
    pages.update(
        cached(
            (
                "figures",
                "summary",
                tuple((h, m, tuple(a)) for h, m, a in top),
                len(rest),
                tuple(sorted(full_pages.items(), key=repr)),
                tuple((measure, len(figures)) for measure, _, figures in measures),
            ),
            _records_of(briefing, [(h, m) for h, m, _ in top])
            + [f for _, _, figures in measures for f in figures[-SUMMARY_ROWS:]],
            summary_page,
        )
    )
    return pages


def _group(briefing, holder, mineral, links, cite, full_pages) -> dict:
    """One share group: its latest figures side by side, and a link to all of them if there are more."""
    rows = group_rows(briefing, links, holder, mineral, limit=0)
    full = full_pages.get((holder, mineral))
    return {
        "title": group_title(briefing, holder, mineral, links),
        "note": differ_note(rows),
        "table": share_table(rows[-SUMMARY_ROWS:], cite),
        "shown": SUMMARY_ROWS,
        "total": len(rows),
        "more": md_link("all of them", links.to_path(full)) if full else None,
    }


def _plain_name(briefing: Briefing, key: str | None) -> str:
    return briefing.entities[key].name if key in briefing.entities else "not stated"


def _figure_table(briefing, figures, links, cite) -> Markup:
    rows = []
    for f in figures:
        article = briefing.article(f.article)
        rows.append(
            [
                Markup("**") + md_escape(f.value) + Markup("**"),
                md_link(article.title, links.to(SOURCE, article.slug)),
                Markup("“") + md_escape(f.sentence) + Markup("”") + cite.cite(f.article, f.anchor),
            ]
        )
    return macro("table")(["Figure", "Source", "As written"], rows)


def _paged(
    briefing, base: str, title: str, count: int, body, per_page=ROWS_PER_PAGE, cached=None, shown=None, more=None
) -> dict[str, str]:
    """`count` rows split into pages of `per_page`; body(links, cite, start, end) renders a slice as Markup.
    With `shown(start, end)`, the records a page shows, each page is a unit of `cached` on its own; `more`:
    how many figures of each source the list leaves out (`parts.per_source`), said on every page."""
    paths, parts = split_pages(base, count, per_page)
    pages = {}
    for number, path, rows_here in parts:

        def render(number=number, path=path, rows_here=rows_here) -> dict[str, str]:
            links = PageLinks(path)
            cite = Citations(briefing, links)
            body_md = body(links, cite, rows_here.start, rows_here.stop)  # before the footnotes: it fills `cite`
            return {
                path: render_template(
                    "paged.md.j2",
                    title=title,
                    number=number,
                    pages=len(paths),
                    back=Markup(links.to_path("figures.md")),
                    pager=pager(links, paths, number),
                    body=body_md,
                    note=left_out_note(briefing, links, more or {}),
                    citations=cite,
                )
            }

        if cached is not None and shown is not None:
            pages.update(
                cached(
                    ("figures page", path, title, number, len(paths), tuple(sorted((more or {}).items()))),
                    shown(rows_here.start, rows_here.stop),
                    render,
                )
            )
        else:
            pages.update(render())
    return pages
