"""The model's types: an `Entity` of some kind, the `Briefing` that holds them all, and the
`Lookup` indexes built once so that rendering a page never scans the whole corpus."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from typing import ClassVar

from ..errors import Problem
from ..ingest import Article
from ..kinds import DEAL, POLICY, EntityKind
from ..recognise.candidates import Candidate
from ..recognise.figures import Figure, TableFact, UseClaim
from ..recognise.mentions import Mention
from .brief import SentenceRoles, sentence_roles
from .dates import status_sequence


@dataclass
class Entity:
    kind: EntityKind
    key: str
    name: str
    slug: str = ""
    description: str | None = None
    aliases: list[str] = field(default_factory=list)
    fields: dict = field(default_factory=dict)
    curated_fields: set[str] = field(default_factory=set)
    curated_in: str | None = None  # "site_data/x.yml:12" when a registry entry enriched it
    mentions: list[Mention] = field(default_factory=list)
    sightings: list = field(default_factory=list)  # PersonSighting or DealSighting

    @property
    def sources(self) -> list[str]:
        items = [m.article for m in self.mentions] + [s.article for s in self.sightings]
        return list(dict.fromkeys(items))


STATUS_RANK = {
    "completed": 0,
    "signed": 1,
    "agreed": 2,
    "announced": 3,
    "pledged": 4,
    "under negotiation": 5,
    "paused": 6,
}


@dataclass
class ReportedEntity(Entity):
    """An entity whose facts (status, date, value) are what its sightings report: merged here,
    value by value, each value with every paragraph that reports it; emit only formats."""

    status_rank: ClassVar[dict[str, int]] = {}

    @property
    def statuses(self) -> list[str]:
        """Every status a source reports, furthest along first (signed before under negotiation)."""
        return sorted({s.status for s in self.sightings if s.status}, key=lambda s: self.status_rank.get(s, 9))

    def status_sequence(self, briefing) -> list:
        """Its statuses as a dated sequence (`dates.status_sequence`)."""
        return status_sequence(briefing, self)

    def reported(self, attr: str) -> Reported:
        """What the sources report for `attr` ("status", "date", "value")."""
        values: dict[str, list[tuple[str, str]]] = {}
        order: list[tuple[str, str]] = []
        for s in self.sightings:
            if value := getattr(s, attr, None):
                where = values.setdefault(value, [])
                for places in (where, order):
                    if (s.article, s.anchor) not in places:
                        places.append((s.article, s.anchor))
        return Reported(list(values.items()), order)


@dataclass
class Deal(ReportedEntity):
    """A deal: an entity whose sightings are `DealSighting`s."""

    status_rank: ClassVar[dict[str, int]] = STATUS_RANK

    @property
    def parties(self) -> list[str]:
        return self.fields["parties"]

    @property
    def who(self) -> list[str]:
        """The entity keys of who makes it: its parties."""
        return self.parties


@dataclass
class Policy(ReportedEntity):
    """A state's measure on minerals: an entity whose sightings are `PolicySighting`s. Fields:
    `imposer` (a place key), `type`, `minerals`, `targets`."""

    status_rank: ClassVar[dict[str, int]] = {
        "in force": 0, "extended": 1, "announced": 2, "proposed": 3, "suspended": 4, "lifted": 5
    }  # fmt: skip

    @property
    def who(self) -> list[str]:
        """The entity keys of who makes it: the state that imposes it."""
        return [self.fields["imposer"]]


@dataclass(frozen=True)
class Reported:
    """One attribute of a deal as its sources report it: each distinct value with every
    paragraph (article, anchor) that says it, and all those paragraphs in reading order."""

    values: list[tuple[str, list[tuple[str, str]]]]
    order: list[tuple[str, str]]


@dataclass
class Briefing:
    articles: list[Article]
    entities: dict[str, Entity]
    mentions: dict[str, list[Mention]]  # article id → mentions
    figures: list[Figure]
    table_facts: list[TableFact]
    uses: list[UseClaim]
    related: dict[str, list[tuple[str, int]]]
    candidates: list[Candidate]
    problems: list[Problem]
    critical_source: str | None = None
    slug_notes: list[str] = field(default_factory=list)  # slug collisions, resolved deterministically
    suppressed: list[tuple[str, str]] = field(default_factory=list)  # (page, reason) removed by site_data

    def of_kind(self, kind: EntityKind) -> list[Entity]:
        return self.lookup.by_kind.get(kind, [])

    @property
    def newest_date(self):
        """The newest date an article states: the site's date (sitemap, feed), so the same input
        gives the same site."""
        return max((a.meta.date for a in self.articles if a.meta.date), default=None)

    @cached_property
    def lookup(self) -> Lookup:
        return Lookup.build(self)

    def article(self, article_id: str) -> Article:
        return self._by_id[article_id]

    def position(self, article_id: str) -> int:
        return self._order[article_id]

    def __post_init__(self):
        self._by_id = {a.id: a for a in self.articles}
        self._order = {a.id: i for i, a in enumerate(self.articles)}


@dataclass
class Lookup:
    """Inverted indexes built once per build, so rendering a page never scans the whole corpus."""

    by_kind: dict[EntityKind, list[Entity]] = field(default_factory=dict)
    deals_by_article: dict[str, list[Entity]] = field(default_factory=lambda: defaultdict(list))
    deals_by_party: dict[str, list[Entity]] = field(default_factory=lambda: defaultdict(list))
    deals_by_mineral: dict[str, list[Entity]] = field(default_factory=lambda: defaultdict(list))
    policies_by_place: dict[str, list[Entity]] = field(default_factory=lambda: defaultdict(list))
    policies_by_mineral: dict[str, list[Entity]] = field(default_factory=lambda: defaultdict(list))
    people_by_country: dict[str, list[Entity]] = field(default_factory=lambda: defaultdict(list))
    people_by_organisation: dict[str, list[Entity]] = field(default_factory=lambda: defaultdict(list))
    uses_by_mineral: dict[str, list[UseClaim]] = field(default_factory=lambda: defaultdict(list))
    facts_by_key: dict[str, list[TableFact]] = field(default_factory=lambda: defaultdict(list))
    facts_by_holder: dict[str, list[TableFact]] = field(default_factory=lambda: defaultdict(list))
    shares_by_mineral: dict[str, list[Figure]] = field(default_factory=lambda: defaultdict(list))
    shares_by_holder: dict[str, list[Figure]] = field(default_factory=lambda: defaultdict(list))
    unattributed_figures: list[Figure] = field(default_factory=list)  # no holder named, in reading order
    # (holder, mineral or None) → its shares (a holder's) or figures (no holder's); (key, holder) → table facts
    figure_groups: dict[tuple, list[Figure]] = field(default_factory=lambda: defaultdict(list))
    fact_groups: dict[tuple, list[TableFact]] = field(default_factory=lambda: defaultdict(list))
    table_anchors: dict[str, set[str]] = field(default_factory=dict)
    roles: SentenceRoles | None = None  # what each sentence says (`brief.sentence_roles`)
    ledes: dict[str, str] = field(default_factory=dict)  # article id → its first paragraph's anchor
    tables: dict[tuple[str, str], object] = field(default_factory=dict)  # (article, anchor) → table Block
    source_parts: dict[str, list[list]] = field(default_factory=dict)  # long articles only: blocks per part
    source_part: dict[tuple[str, str], int] = field(default_factory=dict)  # (article, anchor) → its part, if > 1

    @classmethod
    def build(cls, b: Briefing) -> Lookup:
        lk = cls()
        for e in sorted(b.entities.values(), key=lambda e: (e.name.casefold(), e.slug)):
            lk.by_kind.setdefault(e.kind, []).append(e)
            if e.kind is DEAL:
                for article in e.sources:
                    lk.deals_by_article[article].append(e)
                for party in e.fields["parties"]:
                    lk.deals_by_party[party].append(e)
                for mineral in dict.fromkeys(k for s in e.sightings for k in s.minerals):
                    lk.deals_by_mineral[mineral].append(e)
            elif e.kind is POLICY:
                for place in dict.fromkeys([e.fields["imposer"], *e.fields["targets"]]):
                    lk.policies_by_place[place].append(e)
                for mineral in e.fields["minerals"]:
                    lk.policies_by_mineral[mineral].append(e)
            elif e.kind.person:
                if e.fields.get("country_key"):
                    lk.people_by_country[e.fields["country_key"]].append(e)
                if e.fields.get("organisation_key"):
                    lk.people_by_organisation[e.fields["organisation_key"]].append(e)
        for u in b.uses:
            for mineral in u.minerals:
                lk.uses_by_mineral[mineral].append(u)
        for t in b.table_facts:
            lk.facts_by_key[t.key].append(t)
            lk.fact_groups[(t.key, t.holder)].append(t)
            if t.holder:
                lk.facts_by_holder[t.holder].append(t)
        for f in b.figures:
            if not f.holder:
                lk.unattributed_figures.append(f)
            if f.is_share:
                for mineral in f.minerals:
                    lk.shares_by_mineral[mineral].append(f)
                if f.holder:
                    lk.shares_by_holder[f.holder].append(f)
            if not f.holder or f.is_share:
                for mineral in dict.fromkeys(f.minerals) if f.minerals else (None,):
                    lk.figure_groups[(f.holder, mineral)].append(f)
        lk.table_anchors = {
            a.id: {blk.passages[0].anchor for blk in a.blocks if blk.kind == "table" and blk.passages}
            for a in b.articles
        }
        lk.roles = sentence_roles(b)
        for a in b.articles:
            first = next((blk.passages[0] for blk in a.blocks if blk.passages), None)
            if first is not None:
                lk.ledes[a.id] = first.anchor
            for blk in a.blocks:
                if blk.kind == "table" and blk.passages:
                    lk.tables[(a.id, blk.passages[0].anchor)] = blk
            parts = split_source(a.blocks)
            if len(parts) > 1:
                lk.source_parts[a.id] = parts
                for number, part in enumerate(parts[1:], start=2):
                    for blk in part:
                        for passage in blk.passages:
                            lk.source_part[(a.id, passage.anchor)] = number
        return lk


SOURCE_PART_CHARS = 200_000
"""Text per page of a long source (a report): a news article (5–30 kB) is one page; a 5 MB report
is 25, so no page takes long to load or render. Parts break between blocks."""


def split_source(blocks: list) -> list[list]:
    parts: list[list] = [[]]
    size = 0
    for blk in blocks:
        length = sum(len(p.text) for p in blk.passages) or len(blk.text)
        if parts[-1] and size + length > SOURCE_PART_CHARS:
            parts.append([])
            size = 0
        parts[-1].append(blk)
        size += length
    return parts
