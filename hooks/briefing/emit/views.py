"""Stage 4, emit (reader views): the deals timeline and the share chart (HTML bars, built at build time).

Dates are shown as reported and placed by `model.timeline`. The chart is plain HTML with escaped
labels, so it works offline and on any screen.
"""

from __future__ import annotations

import re
from html import escape

from markupsafe import Markup

from ..model import Briefing
from ..model.timeline import TIMED, dated_sightings
from ..recognise.stages import STAGES
from .markdown import Citations, PageLinks, md_escape, md_link, short_source
from .parts import link_key, status_line
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
        header=["Date as reported", "Deal or policy", "Parties, or who imposes it", "Status as reported, in sequence"],
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
            status_line(briefing, deal, cite, notes_per_status=1),
        ]
        for _key, s, deal in rows
    ]


def share_chart(title: str, rows: list, briefing: Briefing) -> Markup:
    """Horizontal bars on a 0–100% scale, one per figure a source gives, grouped by the stage it
    measures (mining, refining, supply …) so different quantities are not read as one. Plain
    HTML and CSS, not a picture: the labels are text at the page's size on any screen (≥ 12 px at
    375 px), wrap instead of being cut, and read out as they are; colours follow the palette."""
    bars = [(r, float(m.group(1))) for r in rows if (m := re.match(r"\s*(\d+(?:\.\d+)?)", r.value))][:16]
    if not bars:
        return Markup("")
    order = [stage for stage, _ in STAGES] + [None]
    by_stage: dict[str | None, list] = {}
    for row, value in sorted(bars, key=lambda b: order.index(b[0].stage if b[0].stage in order else None)):
        by_stage.setdefault(row.stage, []).append((row, value))
    parts = [
        f'<div class="briefing-bars" role="group" aria-label="{escape(title)}">',
        '<div class="briefing-bars__axis" aria-hidden="true"><span>0%</span><span>50%</span><span>100%</span></div>',
    ]
    for stage, items in by_stage.items():
        parts.append(f'<p class="briefing-bars__stage">{escape((stage or "stage not stated").capitalize())}</p>')
        for row, value in items:
            source = short_source(briefing.article(row.article), 32)
            label = f"{row.value} of {row.measure}" if row.measure else row.value
            parts += [
                '<div class="briefing-bars__row">',
                f'<span class="briefing-bars__label">{escape(label)} — <cite>{escape(source)}</cite></span>',
                f'<span class="briefing-bars__track" aria-hidden="true"><span class="briefing-bars__bar" '
                f'style="width:{min(value, 100):.1f}%"></span></span>',
                "</div>",
            ]
    parts.append("</div>")
    return Markup("".join(parts))
