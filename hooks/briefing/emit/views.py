"""Stage 4, emit (reader views): the deals timeline and the share chart (SVG, drawn at build time).

Dates are shown as reported and placed by `model.timeline`. The chart is plain SVG with escaped
labels, so it works offline.
"""

from __future__ import annotations

import re
from html import escape

from markupsafe import Markup

from ..model import Briefing
from ..model.timeline import TIMED, dated_sightings
from .markdown import Citations, PageLinks, md_escape, md_link
from .parts import link_key
from .templating import render_template

MAX_TIMELINE_ROWS = 200


def render_timeline(briefing: Briefing) -> str:
    links = PageLinks("timeline.md")
    cite = Citations(briefing, links)
    dated, undated = dated_sightings(briefing)
    undated_deals = [
        md_link(d.name, links.to(d.kind, d.slug))
        for kind in TIMED
        for d in briefing.of_kind(kind)
        if not any(s.date for s in d.sightings)
    ]
    return render_template(
        "timeline.md.j2",
        header=["Date as reported", "Deal or policy", "Parties, or who imposes it", "Status as reported"],
        dated=_timeline_rows(briefing, dated[:MAX_TIMELINE_ROWS], links, cite),
        dated_total=len(dated),
        undated=_timeline_rows(briefing, undated[:MAX_TIMELINE_ROWS], links, cite),
        undated_deals=undated_deals,
        citations=cite,
    )


def _timeline_rows(briefing, rows, links, cite) -> list[list[Markup]]:
    return [
        [
            md_escape(s.date) + cite.cite(s.article, s.anchor),
            md_link(deal.name, links.to(deal.kind, deal.slug)),
            Markup(" · ").join(link_key(briefing, p, links) for p in deal.who),
            md_escape(s.status or "not stated"),
        ]
        for _key, s, deal in rows
    ]


def share_chart(title: str, rows: list, briefing: Briefing) -> Markup:
    """Horizontal bars, one per figure a source gives; labels say what the figure is of."""
    bars = [(r, float(m.group(1))) for r in rows if (m := re.match(r"\s*(\d+(?:\.\d+)?)", r.value))][:16]
    if not bars:
        return Markup("")
    width, label_w, bar_h, gap = 760, 420, 18, 8
    height = 30 + len(bars) * (bar_h + gap)
    parts = [
        f'<svg class="briefing-chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
    ]
    for i, (row, value) in enumerate(bars):
        y = 20 + i * (bar_h + gap)
        label = f"{row.measure or 'not stated'}"[:40]
        source = briefing.article(row.article).title
        source = source if len(source) <= 22 else source[:21].rstrip() + "…"
        length = (width - label_w - 60) * min(value, 100) / 100
        parts += [
            f'<text x="0" y="{y + 13}">{escape(label)} ({escape(source)})</text>',
            f'<rect class="bar" x="{label_w}" y="{y}" width="{length:.1f}" height="{bar_h}"/>',
            f'<text x="{label_w + length + 6:.1f}" y="{y + 13}">{escape(row.value)}</text>',
        ]
    parts.append("</svg>")
    return Markup("".join(parts))
