"""Stage 4, emit (pages): `Briefing` → Markdown pages (path → text), through Jinja2 templates.

Every value from an article or YAML passes through `md_escape` (the environment's finalize),
links are relative `.md` paths, and every statement carries a footnote to its paragraph.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote

from markupsafe import Markup

from ..fanout import share_out
from ..kinds import COUNTRY, DEAL, KINDS, EntityKind
from ..model import Briefing
from ..model.timeline import TIMED
from ..slugs import SOURCE, continuation_paths, index_path, page_path
from ..text import clip_words
from . import home, overview, pictures, views
from .candidates import LEFT_OUT_PAGE, render_candidates_page, render_left_out_page
from .entity_pages import SOURCES_PER_PAGE, entity_ref, render_entity_pages
from .evidence import source_ref
from .incremental import Fingerprints, PageCache
from .markdown import (
    PageLinks,
    correct_links,
    front_matter_value,
    md_escape,
    md_external_link,
    md_name,
    pager,
    split_pages,
)
from .source_text import mentions_by_anchor, render_block
from .templating import render_template


def render_pages(
    briefing: Briefing, edit_base: str | None = None, directory_urls: bool = True, cache: PageCache | None = None
) -> dict[str, str]:
    """Every generated page, keyed by its path under docs/. `directory_urls`: the URL style the
    site is built with (`a/` or `a.html`), for the pictures' links, which are raw HTML. With
    `cache` (the live preview), source and entity pages whose inputs did not change since the
    last build are taken from it (`incremental`)."""
    pages = {}
    fingerprints = Fingerprints(briefing, (edit_base, directory_urls), cache.hashes) if cache is not None else None

    def unit(name: tuple, inputs: Callable[[], int], render: Callable[[], dict]) -> dict:
        if cache is None or fingerprints is None:
            return render()
        return cache.pages(name, inputs(), fingerprints, render)

    def units(calls: list[tuple]) -> list[dict]:
        """Each call's pages: a build renders them on two cores, the live preview from its cache."""
        if cache is None or fingerprints is None:
            return share_out([render for _, _, render in calls])
        return [cache.pages(name, inputs(), fingerprints, render) for name, inputs, render in calls]

    sources = [
        (
            ("source", a.id),
            lambda a=a: fingerprints.source_unit(a),
            lambda a=a: render_source_pages(briefing, a, edit_base),
        )
        for a in briefing.articles
    ]
    for got in units(sources):
        pages.update(got)
    pages.update(render_source_index(briefing))
    entities = [
        (
            ("entity", e.key),
            lambda e=e: fingerprints.entity_unit(e),
            lambda e=e: render_entity_pages(
                briefing,
                e,
                edit_base,
                None if cache is None else lambda *part, e=e: cache.part(("entity", e.key), fingerprints, *part),
            ),
        )
        for kind in KINDS
        for e in briefing.of_kind(kind)
    ]
    rendered = iter(units(entities))
    for kind in KINDS:
        pages[index_path(kind)] = render_index(briefing, kind, directory_urls)
        for _ in briefing.of_kind(kind):
            pages.update(next(rendered))
    pages.update(  # the figures lists: from the figures and table facts they show, and the articles cited
        overview.render_figures_pages(
            briefing, lambda name, records, render: unit(name, lambda: fingerprints.records_unit(records, name), render)
        )
    )
    pages.update(
        unit(
            ("timeline",),
            lambda: fingerprints.kinds_unit(TIMED),
            lambda: {"timeline.md": views.render_timeline(briefing)},
        )
    )
    folded = [p.casefold() for p in pages]
    if len(set(folded)) != len(folded):  # MkDocs only checks clashes among files in docs/
        clashes = sorted({p for p in pages if folded.count(p.casefold()) > 1})
        raise ValueError(f"two generated pages would share a path: {clashes}")
    pages["index.md"] = home.render_home(briefing, directory_urls)
    pages["candidates.md"] = render_candidates_page(briefing)
    pages[LEFT_OUT_PAGE] = render_left_out_page(briefing)
    return pages


def render_source_pages(briefing: Briefing, article, edit_base: str | None = None) -> dict[str, str]:
    """A source's page; a long one (a report) in parts, each with the pager, the first with the
    source's details. Paragraph anchors stay the same; citations link to the part that holds them."""
    parts = briefing.lookup.source_parts.get(article.id, [article.blocks])
    paths = continuation_paths(page_path(SOURCE, article.slug), len(parts))
    # (read once per article, not once per part: a long report's parts then cost their own length)
    keys = list(dict.fromkeys(m.key for m in briefing.mentions.get(article.id, []) if m.key in briefing.entities))
    by_anchor = mentions_by_anchor(briefing, article.id)
    pages = {}
    for number, (path, blocks) in enumerate(zip(paths, parts, strict=True), start=1):
        pages[path] = render_source_page(briefing, article, edit_base, paths, number, blocks, keys, by_anchor)
    return pages


def render_source_page(
    briefing: Briefing, article, edit_base, paths: list[str], number: int, blocks, keys: list[str], by_anchor: dict
) -> str:
    links = PageLinks(paths[number - 1])
    deals = briefing.lookup.deals_by_article.get(article.id, [])
    panel = []
    for kind in KINDS:
        items = deals if kind is DEAL else [briefing.entities[k] for k in keys if briefing.entities[k].kind is kind]
        if items:
            panel.append((kind.label, [entity_ref(e, links) for e in items]))
    correct = correct_links(
        links, edit_base, [("Correct this article", article.path), ("its details", "site_data/sources.yml")]
    )
    first = next((p.text for p in article.passages if not p.is_header and p.text.strip()), article.title)
    url_link = md_external_link(article.meta.url, article.meta.url) if article.meta.url else ""
    rendered = [render_block(briefing, by_anchor, b, links) for b in blocks]
    return render_template(
        "source.md.j2",
        part=number,
        part_count=len(paths),
        parts=pager(links, paths, number, "Parts"),
        article=article,
        panel=panel,
        blocks=rendered,
        correct=correct,
        url_link=url_link,
        source_file=Markup(quote(article.path, safe="/")),  # for tools and tests; percent-encoded, never shown
        publisher=md_name(article.meta.publisher) if article.meta.publisher else "unknown",
        description=front_matter_value(clip_words(first, 160)),
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
                md_name(a.meta.publisher or "unknown"),
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


def render_index(briefing: Briefing, kind: EntityKind, directory_urls: bool = True) -> str:
    """A kind's index table; countries get the world map, deals the network, each with its text
    alternative (the table below it holds the same links)."""
    path = index_path(kind)
    links = PageLinks(path)
    entities = sorted(
        briefing.of_kind(kind), key=lambda e: (-len(e.sources), -len(e.mentions) - len(e.sightings), e.name.casefold())
    )
    header, rows = kind.index_columns(briefing, entities, links)
    picture = {COUNTRY: pictures.world_map, DEAL: pictures.deals_network}.get(kind)
    return render_template(
        "index.md.j2",
        title=kind.label,
        intro=Markup(kind.intro),
        header=header,
        rows=rows,
        picture=picture(briefing, path, directory_urls) if picture else "",
        alternative=pictures.text_alternative(briefing, kind, links) if picture else "",
    )


__all__ = ["SOURCES_PER_PAGE", "front_matter_value", "render_pages"]
