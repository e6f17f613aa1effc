"""What each page's Markdown is made from, so the live preview renders again only the pages whose
inputs changed (`render_pages(..., cache=PAGE_CACHE)`; a one-off build renders every page).

A unit (a source's pages, an entity's pages) is rendered from its own record and its neighbours:
- a source page: the article (text, metadata, everything recognised in it) and the deals in it;
- an entity's pages: the entity, its deals, policies and people (whose statuses and roles they
  show), what they show of every article any of those cite (in their order: `Fingerprints.view`),
  the figures, table facts and uses filed under it, and the related entities it links to (the
  most co-mentioned of each kind);
- both: the name, address and kind of every entity the unit's pages link to, as last rendered
  (a new link can only come from a change in the inputs above).
- a figures list (`overview.render_figures_pages`): the figures and table facts it shows and, of
  the articles they cite, what it shows (title, address, citation label, where each paragraph is);
- figures.md: the same, for the figures of the share groups it summarises and the latest money
  and count figures;
- the timeline: every deal and policy, and what they show of the articles that name them.
Indexes and the home page are rendered every time. Fingerprints are Python hashes of frozen
records: stable within the process that keeps the cache, which is all they are used for. `tests/test_incremental_pages.py` edits articles, aliases and metadata and
compares every page with one rendered from nothing.
"""

from __future__ import annotations

import posixpath
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import fields

from ..memo import value_key
from ..model import Briefing, Entity
from ..slugs import page_path
from .entity_pages import related_shown

_LINK = re.compile(r"\]\(([^)\s#]+\.md)")


class KeptHashes:
    """Hashes of large values from the last build, by name, so a value equal to the last one is not
    hashed again: records memoised per article are the very same objects build after build, and two
    tuples of them compare by identity in C, where hashing calls each record's Python `__hash__`."""

    def __init__(self) -> None:
        self._last: dict = {}
        self._now: dict = {}

    def new_build(self) -> None:
        self._last, self._now = self._now, {}

    def of(self, name: tuple, values) -> int:
        """`value_key(values)`, remembered under `name` for the next build."""
        values = tuple(values)
        last = self._last.get(name)
        if last is None or last[0] != values:
            last = (values, value_key(values))
        self._now[name] = last
        return last[1]


def _entity_state(e: Entity, kept: Callable[[tuple, object], int]) -> int:
    return hash(
        (
            e.kind.name,
            e.key,
            e.name,
            e.slug,
            e.description,
            tuple(e.aliases),
            repr(e.fields),
            tuple(sorted(e.curated_fields)),
            e.curated_in,
            kept(("entity mentions", e.key), e.mentions),
            kept(("entity sightings", e.key), e.sightings),
        )
    )


def _roles_by_article(roles) -> dict[str, tuple]:
    """Each article's sentences with what they say, as (role, paragraph, sentence), sorted."""
    found: dict[str, list] = defaultdict(list)
    for role in fields(roles):
        for article, anchor, sentence in getattr(roles, role.name):
            found[article].append((role.name, anchor, sentence))
    return {article: tuple(sorted(rows)) for article, rows in found.items()}


def _related_shown(briefing: Briefing, key: str) -> tuple:
    """The related entities a topic page links to (`entity_pages.related_shown`), not their
    co-mention counts: one more co-mention seldom changes them."""
    return tuple(sorted((kind, tuple(e.key for e in shown)) for kind, shown in related_shown(briefing, key).items()))


class Fingerprints:
    """One build's fingerprints of articles and entities, and of each unit's inputs."""

    def __init__(self, briefing: Briefing, settings: tuple, hashes: KeptHashes | None = None):
        self.briefing = briefing
        self.kept = kept = hashes.of if hashes is not None else lambda name, values: value_key(values)
        entities = briefing.entities
        self.settings = (settings, briefing.critical_source)
        self.entity = {k: _entity_state(e, kept) for k, e in entities.items()}
        self.shown = {k: (e.name, e.slug, e.kind.name) for k, e in entities.items()}
        self.key_of_page = {page_path(e.kind, e.slug): k for k, e in entities.items()}
        by_article: dict[str, list] = defaultdict(list)
        for e in entities.values():
            for s in e.sightings:
                by_article[s.article].append((e.key, s))
        for record in (*briefing.figures, *briefing.table_facts, *briefing.uses):
            by_article[record.article].append(record)
        lk, laid_out = briefing.lookup, defaultdict(list)  # where tables and a long source's parts are
        for (article_id, anchor), block in lk.tables.items():
            laid_out[article_id].append((anchor, tuple((p.is_header, p.text, tuple(p.cells)) for p in block.passages)))
        for (article_id, anchor), number in lk.source_part.items():
            laid_out[article_id].append((anchor, number))
        # What topic pages show of an article: its title, address and details, what its sentences
        # say (`brief.sentence_roles`: the choosing of sentences reads it) and its records, its
        # lede, tables and parts; each topic page quotes its own entity's sentences, which its
        # entity's record holds. A source page shows all of its text and every mention besides: an
        # edit that names nothing new changes only the source's page, and a new alias only the
        # source pages that use it and the topic pages of the entities it names or makes related.
        said = _roles_by_article(lk.roles)
        self.view = {
            a.id: hash(
                (
                    a.id,
                    a.slug,
                    a.headline,
                    a.title_derived,
                    kept(("article details", a.id), (a.meta, a.facts, tuple(a.from_page))),  # (never changed in place)
                    kept(("article roles", a.id), said.get(a.id, ())),
                    kept(("article records", a.id), by_article.get(a.id, ())),
                    lk.ledes.get(a.id),
                    tuple(laid_out.get(a.id, ())),
                )
            )
            for a in briefing.articles
        }
        self.article = {
            a.id: hash(
                (self.view[a.id], a.content_hash, kept(("article mentions", a.id), briefing.mentions.get(a.id, ())))
            )
            for a in briefing.articles
        }

    def source_unit(self, article) -> int:
        deals = self.briefing.lookup.deals_by_article.get(article.id, [])
        return hash((self.settings, self.article[article.id], tuple(self.entity[d.key] for d in deals)))

    def entity_unit(self, entity: Entity) -> int:
        b, lk, key = self.briefing, self.briefing.lookup, entity.key
        near = {key}  # whose statuses, roles and quotes the pages show; others appear by name only
        for index in (
            lk.deals_by_party,
            lk.deals_by_mineral,
            lk.policies_by_place,
            lk.policies_by_mineral,
            lk.people_by_country,
            lk.people_by_organisation,
        ):
            near.update(e.key for e in index.get(key, ()))
        near &= b.entities.keys()
        filed = [
            index.get(key, ())
            for index in (
                lk.shares_by_holder,
                lk.shares_by_mineral,
                lk.facts_by_holder,
                lk.facts_by_key,
                lk.uses_by_mineral,
            )
        ]
        articles = {a for k in near for a in b.entities[k].sources}
        articles.update(record.article for group in filed for record in group)
        ordered = sorted((a for a in articles if a in self.article), key=b.position)
        return hash(
            (
                self.settings,
                tuple(sorted((k, self.entity[k]) for k in near)),
                tuple((a, self.view[a]) for a in ordered),
                tuple(self.kept(("filed", key, i), group) for i, group in enumerate(filed)),
                _related_shown(b, key),
            )
        )

    def kinds_unit(self, kinds) -> int:
        """A page made from every entity of these kinds (the timeline: deals and policies): their
        records, and what they show of the articles that name them."""
        b = self.briefing
        keys = [e.key for kind in kinds for e in b.of_kind(kind)]
        articles = sorted({a for k in keys for a in b.entities[k].sources if a in self.view}, key=b.position)
        return hash(
            (self.settings, tuple((k, self.entity[k]) for k in keys), tuple((a, self.view[a]) for a in articles))
        )

    def records_unit(self, records, name: tuple = ()) -> int:
        """Pages made only from these records (figures, table facts). Of the articles they cite they
        show the title, address and citation label, and where each cited paragraph is (the part of
        a long source, a table or not): an edit elsewhere in a cited article leaves them as they were."""
        b, lk = self.briefing, self.briefing.lookup
        records = tuple(records)
        cited = tuple(
            (a.id, a.slug, a.title, repr(a.meta)) for a in map(b.article, sorted({r.article for r in records}))
        )
        where = tuple(
            (lk.source_part.get((r.article, r.anchor), 1), r.anchor in lk.table_anchors.get(r.article, ()))
            for r in records
        )
        return hash((self.settings, self.kept(("records", name), records), cited, where))

    def links(self, pages: dict[str, str]) -> frozenset[str]:
        """Keys of the entities these pages link to."""
        found = set()
        for path, markdown in pages.items():
            folder = posixpath.dirname(path)
            for target in _LINK.findall(markdown):
                key = self.key_of_page.get(posixpath.normpath(posixpath.join(folder, target)))
                if key is not None:
                    found.add(key)
        return frozenset(found)

    def linked(self, keys: frozenset[str]) -> int:
        return hash(tuple(sorted((k, self.shown.get(k)) for k in keys)))


class PageCache:
    """Units rendered by earlier builds in this process (`mkdocs serve`): for each, the
    fingerprint of its inputs, the entities it links to and how they looked, and its pages."""

    def __init__(self) -> None:
        self._units: dict[tuple, tuple] = {}
        self._used: set[tuple] = set()
        self._parts: dict[tuple, tuple] = {}  # (unit, path) -> (inputs, page): later pages of a unit's sources
        self.hashes = KeptHashes()
        self.taken = self.rendered = self.parts_taken = 0

    def new_build(self) -> None:
        """Forget units the previous build did not have (deleted articles, merged entities)."""
        if self._used:
            self._units = {k: v for k, v in self._units.items() if k in self._used}
            self._parts = {k: v for k, v in self._parts.items() if k[0] in self._used}
        self._used = set()
        self.hashes.new_build()
        self.taken = self.rendered = self.parts_taken = 0

    def part(self, unit: tuple, fingerprints: Fingerprints, shown: tuple, chunk, statements: dict, render) -> str:
        """A later page of an entity's sources, when its unit is rendered again: it shows its own
        sources' sentences about the entity (`statements`, by article), their titles and paragraphs,
        the entity's name and the page count (`shown`), so it is taken from the last build when those
        are unchanged. A country quoted by 800 sources has 40 such pages; an edit touches one."""
        inputs = hash(
            (
                fingerprints.settings,
                shown,
                tuple((a, fingerprints.view.get(a), value_key(statements.get(a, {}).values())) for a in chunk),
            )
        )
        last = self._parts.get((unit, shown[1]))
        if last is not None and last[0] == inputs:
            self.parts_taken += 1
            return last[1]
        page = render()
        self._parts[(unit, shown[1])] = (inputs, page)
        return page

    def pages(self, unit: tuple, inputs: int, fingerprints: Fingerprints, render: Callable[[], dict]) -> dict:
        self._used.add(unit)
        last = self._units.get(unit)
        if last is not None and last[0] == inputs and last[1] == fingerprints.linked(last[2]):
            self.taken += 1
            return last[3]
        pages = render()
        links = fingerprints.links(pages)
        self._units[unit] = (inputs, fingerprints.linked(links), links, pages)
        self.rendered += 1
        return pages


PAGE_CACHE = PageCache()
