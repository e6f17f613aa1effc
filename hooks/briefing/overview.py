"""Stage 4, render (overviews): the home page and the figures page.

Both gather claims from every source; disagreements are grouped and shown side by side, never
averaged or merged into one number.
"""
from __future__ import annotations

from collections import defaultdict

from markupsafe import Markup

from .mdtext import Citations, PageLinks, md_escape, md_link, pager
from .model import Briefing
from .slugs import continuation_paths, index_path, slugify
from .views import share_chart
from .topics import _differ_note, _link, _statuses, share_rows, share_table


def share_groups(briefing: Briefing) -> list[tuple[str | None, str, list]]:
    """(holder, mineral) pairs with percent figures, most sources first."""
    groups: dict[tuple, set] = defaultdict(set)
    for f in briefing.figures:
        if f.unit == "percent":
            for mineral in f.minerals or ("",):
                groups[(f.holder, mineral)].add(f.article)
    for t in briefing.table_facts:
        if "%" in t.value + t.header:
            groups[(t.holder, t.key)].add(t.article)
    return sorted(((h, m, sorted(a)) for (h, m), a in groups.items()),
                  key=lambda g: (-len(g[2]), g[0] or "", g[1]))


def _group_title(briefing: Briefing, holder, mineral, links) -> Markup:
    who = _link(briefing, holder, links) if holder else Markup("Unattributed")
    what = _link(briefing, mineral, links) if mineral else Markup("no mineral named")
    return who + Markup(" — ") + what


def _group_rows(briefing, links, holder, mineral, limit=None):
    lk = briefing.lookup
    figures = [f for f in (lk.shares_by_holder.get(holder, []) if holder else briefing.figures)
               if f.holder == holder and (mineral in f.minerals or (not mineral and not f.minerals))]
    facts = [t for t in lk.facts_by_key.get(mineral, []) if t.holder == holder]
    return share_rows(briefing, links, figures, facts, limit)


MAX_CANDIDATES = 300
GROUPS_ON_SUMMARY = 25
GROUPS_PER_PAGE = 10
SUMMARY_ROWS = 12  # rows per group on figures.md; the full lists are on figures/<group>.md, page by page
ROWS_PER_PAGE = 60


def render_figures_pages(briefing: Briefing) -> dict[str, str]:
    """figures.md (every group, latest rows) and one paged list per group, so no page is unbounded."""
    links = PageLinks("figures.md")
    cite = Citations(briefing, links)
    pages: dict[str, str] = {}
    out = ["# Figures", "",
           "Every number the sources state, with who says so. Where sources give different figures for the same "
           "thing, they stand side by side with their sources; nothing is averaged.", ""]
    groups = share_groups(briefing)
    if groups:
        out += ["## Shares", ""]
        holder, mineral, _ = groups[0]
        title = f"Shares attributed to {_plain_name(briefing, holder)}: {_plain_name(briefing, mineral)}, by source"
        rows = _group_rows(briefing, links, holder, mineral, limit=16)
        out += ['<figure markdown>', str(share_chart(title, rows, briefing)), f"<figcaption>{md_escape(title)}. Each bar is one "
                "figure as one source gives it; the table below cites each.</figcaption>", "</figure>", ""]
    full_pages: dict[tuple, str] = {}
    for holder, mineral, _ in groups:  # every figure stays reachable: one paged list per long group
        count = len(_group_rows(briefing, links, holder, mineral, limit=0))
        if count > SUMMARY_ROWS:
            slug = slugify(f"{_plain_name(briefing, holder)} {_plain_name(briefing, mineral)}")
            title = f"Shares: {_plain_name(briefing, holder)} — {_plain_name(briefing, mineral)}"
            full_pages[(holder, mineral)] = f"figures/{slug}.md"
            pages.update(_paged(briefing, f"figures/{slug}.md", title, count,
                                lambda lk, ct, a, b, h=holder, m=mineral: str(share_table(
                                    _group_rows(briefing, lk, h, m, limit=0)[a:b], ct))))
    if len(groups) > GROUPS_ON_SUMMARY:
        out += [f"The {GROUPS_ON_SUMMARY} groups most sources report; the other {len(groups) - GROUPS_ON_SUMMARY} "
                "are listed in [more shares](figures/shares.md).", ""]
        pages.update(_paged(briefing, "figures/shares.md", "More shares", len(groups) - GROUPS_ON_SUMMARY,
                            lambda lk, ct, a, b: "\n".join(line for h, m, _ in groups[GROUPS_ON_SUMMARY:][a:b]
                                                           for line in _group_section(briefing, h, m, lk, ct,
                                                                                      full_pages, "##")),
                            per_page=GROUPS_PER_PAGE))
    for holder, mineral, _ in groups[:GROUPS_ON_SUMMARY]:
        out += _group_section(briefing, holder, mineral, links, cite, full_pages, "###")
    for unit, title in (("money", "Money"), ("count", "Counts")):
        figures = [f for f in briefing.figures if f.unit == unit]
        if figures:
            out += [f"## {title}", "", _figure_table(briefing, figures[-SUMMARY_ROWS:], links, cite), ""]
            if len(figures) > SUMMARY_ROWS:
                pages.update(_paged(briefing, f"figures/{unit}.md", title, len(figures),
                                    lambda lk, ct, a, b, fs=figures: _figure_table(briefing, fs[a:b], lk, ct)))
                out += [f"The latest {SUMMARY_ROWS} of {len(figures)}; [all of them](figures/{unit}.md).", ""]
    out += [str(line) for line in cite.definitions()]
    pages["figures.md"] = "\n".join(str(x) for x in out) + "\n"
    return pages


def _group_section(briefing, holder, mineral, links, cite, full_pages, level) -> list[str]:
    """One share group: its latest figures side by side, and a link to all of them if there are more."""
    rows = _group_rows(briefing, links, holder, mineral, limit=0)
    out = [f"{level} {_group_title(briefing, holder, mineral, links)}", ""]
    note = _differ_note(rows)
    out += ([str(note), ""] if note else []) + [str(share_table(rows[-SUMMARY_ROWS:], cite)), ""]
    if (holder, mineral) in full_pages:
        out += [f"The latest {SUMMARY_ROWS} of {len(rows)}; "
                f"[all of them]({links.to_path(full_pages[(holder, mineral)])}).", ""]
    return out


def _plain_name(briefing: Briefing, key: str | None) -> str:
    return briefing.entities[key].name if key in briefing.entities else "not stated"


def _figure_table(briefing, figures, links, cite) -> str:
    lines = ["| Figure | Source | As written |", "|---|---|---|"]
    for f in figures:
        article = briefing.article(f.article)
        lines.append(f"| **{md_escape(f.value)}** | {md_link(article.title, links.to('source', article.slug))} "
                     f"| “{md_escape(f.sentence)}”{cite.cite(f.article, f.anchor)} |")
    return "\n".join(lines)


def _paged(briefing, base: str, title: str, count: int, body, per_page: int = ROWS_PER_PAGE) -> dict[str, str]:
    """`count` rows split into pages of `per_page`; body(links, cite, start, end) renders a slice."""
    starts = list(range(0, count, per_page))
    paths = continuation_paths(base, len(starts))
    pages = {}
    for number, (path, start) in enumerate(zip(paths, starts), start=1):
        links = PageLinks(path)
        cite = Citations(briefing, links)
        head = f"---\nsearch:\n  exclude: true\n---\n\n# {md_escape(title)}"
        head += f" (page {number} of {len(paths)})" if len(paths) > 1 else ""
        more = pager(links, paths, number)
        lines = [head, "", f"[All figures]({links.to_path('figures.md')})" + (f" · {more}" if more else ""), "",
                 body(links, cite, start, start + per_page), "", *[str(d) for d in cite.definitions()]]
        pages[path] = "\n".join(lines) + "\n"
    return pages


def render_home(briefing: Briefing, env) -> str:
    """Generated part of the home page; hand-written prose in docs/index.md goes above it."""
    links = PageLinks("index.md")
    cite = Citations(briefing, links)
    counts = {k: len(briefing.of_kind(k)) for k in ("deal", "country", "mineral", "expert", "official")}
    out = ["## At a glance", "",
           f"{len(briefing.articles)} [sources]({links.to_path(index_path('source'))}) · "
           f"{counts['deal']} [deals]({links.to_path(index_path('deal'))}) · "
           f"{counts['country']} [countries and regions]({links.to_path(index_path('country'))}) · "
           f"{counts['mineral']} [minerals]({links.to_path(index_path('mineral'))}) · "
           f"{counts['expert']} [experts]({links.to_path(index_path('expert'))}) · "
           f"{counts['official']} [officials]({links.to_path(index_path('official'))}) · "
           f"[all figures](figures.md)", ""]
    groups = [g for g in share_groups(briefing) if len(g[2]) > 1][:3]
    if groups:
        out += ["## Key figures", ""]
        for holder, mineral, _ in groups:
            rows = _group_rows(briefing, links, holder, mineral)
            parts = [f"**{md_escape(r.value)}** {md_escape(r.measure or '')}{cite.cite(r.article, r.anchor)}"
                     for r in rows]
            out += [f"- {_group_title(briefing, holder, mineral, links)}: " + "; ".join(parts), ""]
        out += ["Sources differ on these figures; each is cited to its own source. "
                "See [Figures](figures.md) for the full comparison.", ""]
    deals = sorted(briefing.of_kind("deal"), key=lambda d: (-len(d.sources), d.name))
    if deals:
        out += ["## Deals at a glance", "", "| Deal | Parties | Status as reported | Sources |", "|---|---|---|---|"]
        for d in deals[:12]:
            parties = Markup(" · ").join(_link(briefing, p, links) for p in d.fields["parties"])
            out.append(f"| {md_link(d.name, links.to('deal', d.slug))} | {parties} | "
                       f"{md_escape(', '.join(_statuses(d)) or 'not stated')} | {len(d.sources)} |")
        out.append("")
    out += ["## Latest sources", ""]
    latest = sorted(briefing.articles, key=lambda a: (a.meta.date is not None, a.meta.date or 0, a.id), reverse=True)
    for a in latest[:8]:
        when = a.meta.date.isoformat() if a.meta.date else "date unknown"
        out.append(f"- {md_link(a.title, links.to('source', a.slug))} — "
                   f"{md_escape(a.meta.publisher or 'publisher unknown')}, {when}")
    out += [""] + [str(line) for line in cite.definitions()]
    return "\n".join(str(x) for x in out) + "\n"


def render_candidates_page(briefing: Briefing) -> str:
    """For contributors: names seen but not classified, each linked to where it appears."""
    links = PageLinks("candidates.md")
    out = ["# Curation candidates", "",
           "Names the generator saw in the articles but could not turn into a topic page, or people it found "
           "without a role. If one of them should have a page or join another name, add it to the matching "
           "file in `site_data/` (see CONTRIBUTING.md). This page is rebuilt with every build.", ""]
    if not briefing.candidates:
        return "\n".join(out + ["Nothing to review.", ""])
    shown = sorted(briefing.candidates, key=lambda c: (c.reason, c.name.casefold(), c.article))[:MAX_CANDIDATES]
    if len(briefing.candidates) > MAX_CANDIDATES:
        out += [f"The first {MAX_CANDIDATES} of {len(briefing.candidates)}, by reason and name.", ""]
    out += ["| Name | Why it is listed | Where |", "|---|---|---|"]
    for c in shown:
        article = briefing.article(c.article)
        where = md_link(f"{article.title} ({c.anchor})", links.to("source", article.slug, c.anchor))
        out.append(f"| {md_escape(c.name)} | {md_escape(c.reason)} | {where} |")
    return "\n".join(str(x) for x in out) + "\n"
