"""Stage 4, emit (reader views): the deals timeline and the share chart (SVG, drawn at build time).

Dates are shown as reported; a phrase like "this week" is placed only when the article's own
date is known. The chart is plain SVG with escaped labels, so it works offline.
"""

from __future__ import annotations

import datetime as dt
import re
from html import escape

from markupsafe import Markup

from ..kinds import DEAL
from ..model import Briefing
from .markdown import Citations, PageLinks, md_escape, md_link
from .parts import link_key
from .templating import render_template

MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}
MAX_TIMELINE_ROWS = 200


def _date_key(phrase: str | None, published: dt.date | None) -> tuple | None:
    """(year, month, day) a phrase states or, for "this week"-style phrases, the article's date implies."""
    if not phrase:
        return None
    text = phrase.lower()
    year = re.search(r"\b(19|20)\d{2}\b", text)
    month = next((n for m, n in MONTHS.items() if m in text), None)
    day = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)", text.replace(year.group(0), "") if year else text)
    if year:
        return (int(year.group(0)), month or 0, int(day.group(1)) if (day and month) else 0)
    if published and month:
        return (published.year, month, int(day.group(1)) if day else 0)
    if published and re.search(r"\b(?:this|last|earlier this) (?:week|month)\b", text):
        return (published.year, published.month, 0)
    return None


def render_timeline(briefing: Briefing) -> str:
    links = PageLinks("timeline.md")
    cite = Citations(briefing, links)
    dated, undated = [], []
    for deal in briefing.of_kind(DEAL):
        for s in deal.sightings:
            if not s.date:
                continue
            key = _date_key(s.date, briefing.article(s.article).meta.date)
            (dated if key else undated).append((key, s, deal))
    dated.sort(key=lambda r: (r[0], r[2].name), reverse=True)
    undated_deals = [
        md_link(d.name, links.to(d.kind, d.slug))
        for d in briefing.of_kind(DEAL)
        if not any(s.date for s in d.sightings)
    ]
    return render_template(
        "timeline.md.j2",
        header=["Date as reported", "Deal", "Parties", "Status as reported"],
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
            Markup(" · ").join(link_key(briefing, p, links) for p in deal.fields["parties"]),
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
