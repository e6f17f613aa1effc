"""Stage 4, emit (home): the generated part of the home page: counts, a map, the figures most
sources report, the deals most sources name and the latest sources."""

from __future__ import annotations

from markupsafe import Markup

from ..kinds import COUNTRY, DEAL, KINDS
from ..model import Briefing
from ..slugs import SOURCE, index_path
from . import pictures
from .markdown import Citations, PageLinks, md_escape, md_link, md_name
from .overview import group_rows, group_title, share_groups
from .parts import link_key, status_line
from .templating import render_template


def render_home(briefing: Briefing, directory_urls: bool = True) -> str:
    """Generated part of the home page; hand-written prose in docs/index.md goes above it."""
    links = PageLinks("index.md")
    world = pictures.world_map(briefing, "index.md", directory_urls)
    world_words = pictures.text_alternative(briefing, COUNTRY, links) if world else ""
    cite = Citations(briefing, links)
    counts = [(len(briefing.articles), "sources", Markup(links.to_path(index_path(SOURCE))))]
    counts += [(len(briefing.of_kind(kind)), kind.counted, Markup(links.to_path(index_path(kind)))) for kind in KINDS]
    key_figures = []
    for holder, mineral, _ in [g for g in share_groups(briefing) if len(g[2]) > 1][:3]:
        figures = [
            Markup("**")
            + md_escape(r.value)
            + Markup("** ")
            + md_escape(r.measure or "")
            + cite.cite(r.article, r.anchor)
            for r in group_rows(briefing, links, holder, mineral)
        ]
        key_figures.append((group_title(briefing, holder, mineral, links), figures))
    deals = [
        [
            md_link(d.name, links.to(d.kind, d.slug)),
            Markup(" · ").join(link_key(briefing, p, links) for p in d.fields["parties"]),
            status_line(briefing, d, cite, notes_per_status=1),
            len(d.sources),
        ]
        for d in sorted(briefing.of_kind(DEAL), key=lambda d: (-len(d.sources), d.name))[:12]
    ]
    latest = [  # publisher and date only when known: "unknown, unknown" on every line helps nobody
        (
            md_link(a.title, links.to(SOURCE, a.slug)),
            Markup(", ").join(
                [md_name(a.meta.publisher)] * bool(a.meta.publisher)
                + [md_escape(a.meta.date or "")] * bool(a.meta.date)
            ),
        )
        for a in sorted(
            briefing.articles, key=lambda a: (a.meta.date is not None, a.meta.date or 0, a.id), reverse=True
        )[:8]
    ]
    return render_template(
        "home.md.j2",
        world=world,
        world_words=world_words,
        counts=counts,
        key_figures=key_figures,
        deals=deals,
        latest=latest,
        citations=cite,
    )
