"""An entity's topic page and the continuation pages of its sources (`render_entity_pages`)."""

from __future__ import annotations

from collections.abc import Callable

from ..kinds import KINDS
from ..model import Briefing, Entity
from ..slugs import page_path
from ..text import clip_words
from .evidence import Ref, brief_items, brief_lines, evidence_groups, statement_groups, statements_by_source
from .markdown import Citations, PageLinks, correct_links, front_matter_value, md_escape, md_link, pager, split_pages
from .templating import render_template


def entity_ref(entity: Entity, links: PageLinks) -> Ref:
    return Ref(md_link(entity.name, links.to(entity.kind, entity.slug)), entity.name)


def render_entity_pages(
    briefing: Briefing, entity: Entity, edit_base: str | None = None, remembered: Callable | None = None
) -> dict[str, str]:
    """The entity's page, plus continuation pages when many sources quote it.

    Page 1 holds the facts and the first sources; each later page holds the next
    SOURCES_PER_PAGE sources, so no page grows with the size of the corpus. `remembered(shown,
    chunk, statements, render)` (the live preview's page cache) may take a later page from the
    last build: it shows only its own sources' sentences, the entity's name and the page count.
    """
    base = page_path(entity.kind, entity.slug)
    sources = [a for a in entity.sources]
    paths, parts = split_pages(base, len(sources), SOURCES_PER_PAGE)
    statements = statements_by_source(entity)
    pages = {}
    for number, path, rows_here in parts:
        chunk = sources[rows_here]

        def render(number=number, path=path, chunk=chunk) -> str:
            return _entity_page(briefing, entity, edit_base, number, path, paths, len(sources), chunk, statements)

        if number > 1 and remembered is not None:
            pages[path] = remembered((entity.name, path, len(paths), len(sources)), chunk, statements, render)
        else:
            pages[path] = render()
    return pages


def _entity_page(briefing, entity, edit_base, number, path, paths, sources: int, chunk, statements) -> str:
    links = PageLinks(path)
    citations = Citations(briefing, links)
    facts, sections, related, intro, brief, groups = [], [], [], "", [], []
    description = f"{entity.name}: what {sources} source(s) in this briefing say, each fact cited."
    if number == 1:
        items, chosen = brief_items(briefing, entity)
        brief = brief_lines(chosen, citations)  # cited first: the page's footnotes run in reading order
        facts, sections = entity.kind.page_details(briefing, entity, links, citations)
        groups = evidence_groups(items, chosen, citations)
        related = _related(briefing, entity, links)
        intro = md_escape(entity.description) if entity.description else ""
        if chosen:
            description = clip_words(f"{entity.name}: {chosen[0].sentence}", 160)
    return render_template(
        "entity.md.j2",
        entity=entity,
        intro=intro,
        brief=brief,
        groups=groups,
        facts=facts,
        sections=sections,
        cite=citations.cite,
        page=number,
        pages=len(paths),
        pager=pager(links, paths, number, "Pages of sources"),
        description=front_matter_value(description),
        statements=statement_groups(briefing, entity, links, set(chunk), statements),
        sources=sources,
        related=related,
        correct=correct_links(links, edit_base, [("Correct this page", f"site_data/{entity.kind.registry}")])
        if number == 1
        else "",
        citations=citations,
    )


SOURCES_PER_PAGE = 20
RELATED_PER_KIND = 8  # related entities of each kind a topic page links to, most co-mentioned first


def related_shown(briefing: Briefing, key: str) -> dict[str, list[Entity]]:
    """The related entities a topic page links to, by kind name: the `RELATED_PER_KIND` most
    co-mentioned of each kind (the live preview's fingerprint reads the same choice)."""
    shown: dict[str, list[Entity]] = {}
    for k, _ in briefing.related.get(key, ()):
        e = briefing.entities.get(k)
        if e is not None and len(chosen := shown.setdefault(e.kind.name, [])) < RELATED_PER_KIND:
            chosen.append(e)
    return shown


def _related(briefing: Briefing, entity: Entity, links: PageLinks):
    shown = related_shown(briefing, entity.key)
    return [(kind.label, [entity_ref(e, links) for e in shown[kind.name]]) for kind in KINDS if shown.get(kind.name)]
