"""Stage 4, emit (source text): an article's blocks as Markdown, escaped, with its mentions
linked and each paragraph's anchor and number ("¶4", shown by the stylesheet)."""

from __future__ import annotations

from markupsafe import Markup

from ..model import Briefing
from .markdown import PageLinks, md_escape, md_link


def _linked_text(text: str, spans: list[tuple[int, int, str]]) -> Markup:
    """Escaped text with the given character spans turned into links; whitespace kept as single spaces.
    Every piece is escaped (Markup) or a space, so the pieces are joined as plain strings."""
    result: list[str] = []
    at = 0
    for start, end, href in sorted(spans) + [(len(text), len(text), "")]:
        if start < at:
            continue
        gap = text[at:start]
        if gap.strip():
            lead = " " if gap[0].isspace() else ""
            trail = " " if gap[-1].isspace() else ""
            result.append(f"{lead}{md_escape(gap)}{trail}")
        elif gap:
            result.append(" ")
        if end > start:
            result.append(md_link(text[start:end], href))
        at = end
    return Markup("".join(result))


def mentions_by_anchor(briefing: Briefing, article_id: str) -> dict[str, list]:
    """An article's mentions by paragraph, built once per page: each paragraph then looks only at
    its own mentions, so a source page costs time in proportion to its length."""
    found: dict[str, list] = {}
    for m in briefing.mentions.get(article_id, []):
        found.setdefault(m.anchor, []).append(m)
    return found


def _mention_spans(briefing: Briefing, by_anchor: dict, anchor: str, links: PageLinks, text: str | None = None):
    seen, spans = set(), []
    for m in by_anchor.get(anchor, ()):
        if m.key in seen or m.key not in briefing.entities:
            continue
        entity = briefing.entities[m.key]
        if text is None:
            spans.append((m.start, m.end, links.to(entity.kind, entity.slug)))
            seen.add(m.key)
        elif (at := text.find(m.surface)) >= 0:
            spans.append((at, at + len(m.surface), links.to(entity.kind, entity.slug)))
            seen.add(m.key)
    return spans


def _number(anchor: str) -> str:
    """The paragraph's number as the source page shows it ("¶4", by the stylesheet)."""
    return anchor.lstrip("p")


def render_block(briefing: Briefing, by_anchor: dict, block, links: PageLinks) -> Markup:
    if block.kind == "heading":
        return Markup("## ") + md_escape(block.text)
    if block.kind == "paragraph":
        p = block.passages[0]
        return _linked_text(p.text, _mention_spans(briefing, by_anchor, p.anchor, links)) + Markup(
            f'\n{{: #{p.anchor} data-n="{_number(p.anchor)}" }}'
        )
    if block.kind == "list":
        items = [
            Markup(f'<li id="{p.anchor}" data-n="{_number(p.anchor)}" markdown>')
            + _linked_text(p.text, _mention_spans(briefing, by_anchor, p.anchor, links))
            + Markup("</li>")
            for p in block.passages
        ]
        return Markup("<ul markdown>\n") + Markup("\n").join(items) + Markup("\n</ul>")
    rows = []
    for p in block.passages:
        cells = [_linked_text(c, _mention_spans(briefing, by_anchor, p.anchor, links, c)) for c in p.cells]
        rows.append(Markup("| ") + Markup(" | ").join(cells) + Markup(" |"))
        if p.is_header:
            rows.append(Markup("|" + "---|" * len(p.cells)))
    if not block.header and block.passages:
        width = len(block.passages[0].cells)
        rows.insert(0, Markup("|" + " |" * width + "\n|" + "---|" * width))
    anchor = block.passages[0].anchor if block.passages else ""
    return (
        Markup(f'<div class="briefing-table" id="{anchor}" markdown>\n\n')
        + Markup("\n").join(rows)
        + Markup("\n\n</div>")
    )
