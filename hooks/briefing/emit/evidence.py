"""Stage 4, emit (evidence): what a topic page quotes. The state of play (a few chosen sentences,
each cited), the evidence grouped by what it says, and every sentence source by source.

The choosing is `model.brief`'s; here each sentence is escaped and given its footnote.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from markupsafe import Markup

from ..model import Briefing, Entity
from ..model.brief import Item, evidence, grouped, state_of_play
from ..slugs import SOURCE
from .markdown import Citations, PageLinks, md_escape, md_link
from .parts import MAX_PER_SOURCE

OPEN_PER_GROUP = 1  # sentences of each evidence group shown before the fold
MAX_PER_GROUP = 60  # what one group may add to a topic page (one source: `parts.MAX_PER_SOURCE`)


@dataclass(frozen=True)
class Ref:
    link: Markup
    name: str


def source_ref(article, links: PageLinks) -> Ref:
    return Ref(md_link(article.title, links.to(SOURCE, article.slug)), article.title)


@dataclass(frozen=True)
class EvidenceGroup:
    title: str
    shown: list[Markup]
    folded: list[Markup]
    more: int = 0  # sentences of this group not quoted on the page (MAX_PER_GROUP)


def brief_items(briefing: Briefing, entity: Entity) -> tuple[list[Item], list[Item]]:
    """The entity's evidence and, chosen from it, its state of play."""
    items = evidence(briefing, entity)
    return items, state_of_play(briefing, items)


def brief_lines(chosen: list[Item], cite: Citations) -> list[Markup]:
    """The state of play: each chosen sentence verbatim with its footnote."""
    return [_quoted(i, cite, quotes=False) for i in chosen]


def evidence_groups(items: list[Item], chosen: list[Item], cite: Citations) -> list[EvidenceGroup]:
    """The rest of the evidence by what it says: the weightiest sentences of each group shown,
    the others folded; a sentence of the state of play is not quoted again."""
    groups = []
    for _name, title, found in grouped(items):
        rest = [i for i in found if i not in chosen]
        if not rest:
            continue
        top = set(sorted(rest, key=lambda i: -i.score)[:OPEN_PER_GROUP])
        folded = [i for i in rest if i not in top]
        groups.append(
            EvidenceGroup(
                title,
                [_quoted(i, cite) for i in rest if i in top],
                [_quoted(i, cite) for i in folded[:MAX_PER_GROUP]],
                max(0, len(folded) - MAX_PER_GROUP),
            )
        )
    return groups


def _quoted(item: Item, cite: Citations, quotes: bool = True) -> Markup:
    # both parts are Markup already: joined as strings (Markup's + would escape them again, a no-op)
    text = md_escape(item.sentence)
    if quotes and not item.row:
        text = f"“{text}”"
    return Markup(f"{text}{cite.cite(item.article, item.anchor)}")


def statements_by_source(entity: Entity) -> dict[str, dict]:
    """An entity's mentions and sightings by article, one per passage and sentence: read once per
    entity, not once per page of its sources (a country quoted by 800 sources has 40 pages)."""
    items: dict[str, dict] = defaultdict(dict)
    for m in entity.mentions:
        items[m.article].setdefault((m.anchor, m.sentence), m)
    for s in entity.sightings:
        items[s.article].setdefault((s.anchor, s.sentence), s)
    return items


def statement_groups(
    briefing: Briefing, entity: Entity, links: PageLinks, only: set[str] | None = None, items: dict | None = None
):
    """Verbatim sentences about an entity, grouped by source in reading order, one per passage+sentence
    (`items`: `statements_by_source(entity)`, when the caller has it).

    A table row is quoted as a row under its header (a header mention quotes the whole table),
    so cells stay verbatim instead of being run together into a sentence.
    """
    items = statements_by_source(entity) if items is None else items
    groups = []
    wanted = [a for a in (items if only is None else only) if a in items]
    for article in sorted((briefing.article(a) for a in wanted), key=lambda a: briefing.position(a.id)):
        rows, seen_tables = [], set()
        for anchor, sentence in items[article.id]:
            table = briefing.lookup.tables.get((article.id, anchor))
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
        more = Markup("")
        if len(rows) > MAX_PER_SOURCE:
            more = md_escape(f"{len(rows) - MAX_PER_SOURCE} more passages of this source name it: ") + md_link(
                "read the source", links.to(SOURCE, article.slug)
            )
        groups.append((source_ref(article, links), rows[:MAX_PER_SOURCE], more))
    return groups


@dataclass(frozen=True)
class _Statement:
    text: str
    article: str
    anchor: str
    header: tuple = ()
    rows: tuple = ()
