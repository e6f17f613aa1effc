"""Stage 4, emit (pages): `Briefing` → Markdown pages (path → text), through Jinja2 templates.

Every value from an article or YAML passes through `md_escape` (the environment's finalize),
links are relative `.md` paths, and every statement carries a footnote to its paragraph.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import yaml
from markupsafe import Markup

from ..kinds import DEAL, KINDS, EntityKind
from ..model import Briefing, Entity
from ..slugs import SOURCE, index_path, page_path
from . import overview, views
from .markdown import Citations, PageLinks, md_escape, md_external_link, md_link, pager, split_pages
from .templating import render_template


def front_matter_value(text: str) -> Markup:
    """A YAML scalar MkDocs will read back as exactly `text` (any Unicode, quotes, colons). A value
    YAML cannot parse would make MkDocs show the whole front matter as page text."""
    return Markup(
        yaml.safe_dump(text, allow_unicode=True, default_style='"', width=1 << 30).removesuffix("\n...\n").rstrip("\n")
    )


@dataclass(frozen=True)
class Ref:
    link: Markup
    name: str


def entity_ref(entity: Entity, links: PageLinks) -> Ref:
    return Ref(md_link(entity.name, links.to(entity.kind, entity.slug)), entity.name)


def source_ref(article, links: PageLinks) -> Ref:
    return Ref(md_link(article.title, links.to(SOURCE, article.slug)), article.title)


def render_pages(briefing: Briefing, edit_base: str | None = None) -> dict[str, str]:
    """Every generated page, keyed by its path under docs/."""
    pages = {page_path(SOURCE, a.slug): render_source_page(briefing, a, edit_base) for a in briefing.articles}
    pages.update(render_source_index(briefing))
    for kind in KINDS:
        pages[index_path(kind)] = render_index(briefing, kind)
        for entity in briefing.of_kind(kind):
            pages.update(render_entity_pages(briefing, entity))
    pages.update(overview.render_figures_pages(briefing))
    pages["timeline.md"] = views.render_timeline(briefing)
    folded = [p.casefold() for p in pages]
    if len(set(folded)) != len(folded):  # MkDocs only checks clashes among files in docs/
        clashes = sorted({p for p in pages if folded.count(p.casefold()) > 1})
        raise ValueError(f"two generated pages would share a path: {clashes}")
    pages["index.md"] = overview.render_home(briefing)
    pages["candidates.md"] = overview.render_candidates_page(briefing)
    return pages


def _linked_text(text: str, spans: list[tuple[int, int, str]]) -> Markup:
    """Escaped text with the given character spans turned into links; whitespace kept as single spaces."""
    result, at = [], 0
    for start, end, href in sorted(spans) + [(len(text), len(text), "")]:
        if start < at:
            continue
        gap = text[at:start]
        if gap.strip():
            lead = " " if gap[0].isspace() else ""
            trail = " " if gap[-1].isspace() else ""
            result.append(Markup(lead) + md_escape(gap) + Markup(trail))
        elif gap:
            result.append(Markup(" "))
        if end > start:
            result.append(md_link(text[start:end], href))
        at = end
    return Markup("").join(result)


def _mention_spans(briefing: Briefing, article_id: str, anchor: str, links: PageLinks, text: str | None = None):
    seen, spans = set(), []
    for m in briefing.mentions.get(article_id, []):
        if m.anchor != anchor or m.key in seen or m.key not in briefing.entities:
            continue
        entity = briefing.entities[m.key]
        if text is None:
            spans.append((m.start, m.end, links.to(entity.kind, entity.slug)))
            seen.add(m.key)
        elif (at := text.find(m.surface)) >= 0:
            spans.append((at, at + len(m.surface), links.to(entity.kind, entity.slug)))
            seen.add(m.key)
    return spans


def _render_block(briefing: Briefing, article, block, links: PageLinks) -> Markup:
    if block.kind == "heading":
        return Markup("## ") + md_escape(block.text)
    if block.kind == "paragraph":
        p = block.passages[0]
        return _linked_text(p.text, _mention_spans(briefing, article.id, p.anchor, links)) + Markup(
            f"\n{{: #{p.anchor} }}"
        )
    if block.kind == "list":
        items = [
            Markup(f'<li id="{p.anchor}" markdown>')
            + _linked_text(p.text, _mention_spans(briefing, article.id, p.anchor, links))
            + Markup("</li>")
            for p in block.passages
        ]
        return Markup("<ul markdown>\n") + Markup("\n").join(items) + Markup("\n</ul>")
    rows = []
    for p in block.passages:
        cells = [_linked_text(c, _mention_spans(briefing, article.id, p.anchor, links, c)) for c in p.cells]
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


def render_source_page(briefing: Briefing, article, edit_base: str | None = None) -> str:
    path = page_path(SOURCE, article.slug)
    links = PageLinks(path)
    keys = list(dict.fromkeys(m.key for m in briefing.mentions.get(article.id, []) if m.key in briefing.entities))
    deals = briefing.lookup.deals_by_article.get(article.id, [])
    panel = []
    for kind in KINDS:
        items = deals if kind is DEAL else [briefing.entities[k] for k in keys if briefing.entities[k].kind is kind]
        if items:
            panel.append((kind.label, [entity_ref(e, links) for e in items]))
    source_file = md_external_link(article.path, f"{edit_base}{article.path}") if edit_base else md_escape(article.path)
    url_link = md_external_link(article.meta.url, article.meta.url) if article.meta.url else ""
    blocks = [_render_block(briefing, article, b, links) for b in article.blocks]
    return render_template(
        "source.md.j2", article=article, panel=panel, blocks=blocks, source_file=source_file, url_link=url_link
    )


SOURCES_PER_INDEX_PAGE = 100


def render_source_index(briefing: Briefing) -> dict[str, str]:
    """The list of sources, newest first, 100 to a page."""
    ordered = sorted(
        briefing.articles, key=lambda a: (a.meta.date is None, -(a.meta.date.toordinal() if a.meta.date else 0), a.id)
    )
    base = index_path(SOURCE)
    paths, parts = split_pages(base, len(ordered), SOURCES_PER_INDEX_PAGE)
    pages = {}
    for number, path, rows_here in parts:
        links = PageLinks(path)
        rows = [
            [
                source_ref(a, links).link,
                md_escape(a.meta.publisher or "unknown"),
                md_escape(a.meta.date.isoformat() if a.meta.date else "unknown"),
                md_escape(len(briefing.mentions.get(a.id, []))),
            ]
            for a in ordered[rows_here]
        ]
        intro = Markup(
            "Every article in this briefing, cleaned of page chrome. "
            "Dates and publishers the articles do not state are shown as unknown."
        )
        if len(paths) > 1:
            intro += Markup("\n\n") + pager(links, paths, number)
        pages[path] = render_template(
            "index.md.j2",
            title="Sources" if number == 1 else f"Sources, page {number}",
            intro=intro,
            header=["Article", "Publisher", "Date", "Mentions"],
            rows=rows,
        )
    return pages


def render_index(briefing: Briefing, kind: EntityKind) -> str:
    links = PageLinks(index_path(kind))
    entities = sorted(
        briefing.of_kind(kind), key=lambda e: (-len(e.sources), -len(e.mentions) - len(e.sightings), e.name.casefold())
    )
    header, rows = kind.index_columns(briefing, entities, links)
    return render_template("index.md.j2", title=kind.label, intro=Markup(kind.intro), header=header, rows=rows)


def statement_groups(briefing: Briefing, entity: Entity, links: PageLinks, only: set[str] | None = None):
    """Verbatim sentences about an entity, grouped by source in reading order, one per passage+sentence.

    A table row is quoted as a row under its header (a header mention quotes the whole table),
    so cells stay verbatim instead of being run together into a sentence.
    """
    items = defaultdict(dict)
    for m in entity.mentions:
        items[m.article].setdefault((m.anchor, m.sentence), m)
    for s in entity.sightings:
        items[s.article].setdefault((s.anchor, s.sentence), s)
    groups = []
    wanted = [a for a in items if only is None or a in only]
    for article in sorted((briefing.article(a) for a in wanted), key=lambda a: briefing.position(a.id)):
        tables = {b.passages[0].anchor: b for b in article.blocks if b.kind == "table" and b.passages}
        rows, seen_tables = [], set()
        for anchor, sentence in items[article.id]:
            table = tables.get(anchor)
            if table is None:
                rows.append(_Statement(sentence, article.id, anchor))
                continue
            header = next((p for p in table.passages if p.is_header), None)
            body = [p for p in table.passages if not p.is_header]
            hit = [p for p in body if p.text == sentence] or body
            if (anchor, tuple(p.text for p in hit)) in seen_tables:
                continue
            seen_tables.add((anchor, tuple(p.text for p in hit)))
            rows.append(_Statement("", article.id, anchor, header.cells if header else (), tuple(p.cells for p in hit)))
        rows.sort(key=lambda r: int(r.anchor.lstrip("p")))
        groups.append((source_ref(article, links), rows))
    return groups


@dataclass(frozen=True)
class _Statement:
    text: str
    article: str
    anchor: str
    header: tuple = ()
    rows: tuple = ()


def render_entity_pages(briefing: Briefing, entity: Entity) -> dict[str, str]:
    """The entity's page, plus continuation pages when many sources quote it.

    Page 1 holds the facts and the first sources; each later page holds the next
    SOURCES_PER_PAGE sources, so no page grows with the size of the corpus.
    """
    base = page_path(entity.kind, entity.slug)
    sources = [a for a in entity.sources]
    paths, parts = split_pages(base, len(sources), SOURCES_PER_PAGE)
    pages = {}
    for number, path, rows_here in parts:
        chunk = sources[rows_here]
        links = PageLinks(path)
        citations = Citations(briefing, links)
        facts, sections, related, intro = [], [], [], ""
        if number == 1:
            facts, sections = entity.kind.page_details(briefing, entity, links, citations)
            related = _related(briefing, entity, links)
            intro = md_escape(entity.description) if entity.description else ""
            if entity.curated_in:
                intro = Markup(intro) + Markup(f"\n\n*Curated in {md_escape(entity.curated_in)}.*")
        pages_line = pager(links, paths, number, "Pages of sources")
        pages[path] = render_template(
            "entity.md.j2",
            entity=entity,
            intro=intro,
            facts=facts,
            sections=sections,
            cite=citations.cite,
            page=number,
            pages=len(paths),
            pager=pages_line,
            description=front_matter_value(
                f"{entity.name}: what {len(entity.sources)} source(s) in this briefing say, each fact cited."
            ),
            statements=statement_groups(briefing, entity, links, set(chunk)),
            related=related,
            citations=citations,
        )
    return pages


SOURCES_PER_PAGE = 20


def _related(briefing: Briefing, entity: Entity, links: PageLinks):
    related = []
    for kind in KINDS:
        items = [
            briefing.entities[k]
            for k, _ in briefing.related.get(entity.key, [])
            if k in briefing.entities and briefing.entities[k].kind is kind
        ][:12]
        if items:
            related.append((kind.label, [entity_ref(e, links) for e in items]))
    return related


__all__ = ["render_pages"]
