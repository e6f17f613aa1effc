"""Stage 3, model: articles + recognition → one `Briefing` (entities, mentions, deals, claims).

Collect everything, then derive: co-mentions, "mentioned in" lists and deal merges come from
inverting the mention index, never from mutating pages. Curated registry entries from
`site_data/` override and enrich what recognition found.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from itertools import combinations

from ..recognise.candidates import Candidate, find_candidates
from ..recognise.deals import DealSighting, find_deals
from ..errors import Problem
from ..recognise.figures import Figure, TableFact, UseClaim, find_figures
from ..recognise.gazetteer import Gazetteer, build_gazetteer
from ..ingest import Article
from ..kinds import BY_NAME, COUNTRY, DEAL, EXPERT, MINERAL, OFFICIAL, PEOPLE, PLACE_TYPES, EntityKind
from ..memo import MEMO, fingerprint
from ..recognise.people import PersonSighting, find_people
from ..recognise.mentions import Lexicon, Mention, find_mentions
from ..sitedata import SiteData
from ..slugs import slugify, unique_slug

KIND_ORDER = {"framework": 0, "memorandum of understanding": 1, "investment pledge": 2, "trade agreement": 3,
              "joint venture": 4, "partnership": 5, "pledge": 6, "agreement": 7}


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

    def of_kind(self, kind: EntityKind) -> list[Entity]:
        return self.lookup.by_kind.get(kind, [])

    @property
    def newest_date(self):
        """The newest date an article states: the site's date (sitemap, feed), so the same input
        gives the same site."""
        return max((a.meta.date for a in self.articles if a.meta.date), default=None)

    @cached_property
    def lookup(self) -> "Lookup":
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
    people_by_country: dict[str, list[Entity]] = field(default_factory=lambda: defaultdict(list))
    uses_by_mineral: dict[str, list[UseClaim]] = field(default_factory=lambda: defaultdict(list))
    facts_by_key: dict[str, list[TableFact]] = field(default_factory=lambda: defaultdict(list))
    facts_by_holder: dict[str, list[TableFact]] = field(default_factory=lambda: defaultdict(list))
    shares_by_mineral: dict[str, list[Figure]] = field(default_factory=lambda: defaultdict(list))
    shares_by_holder: dict[str, list[Figure]] = field(default_factory=lambda: defaultdict(list))
    table_anchors: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def build(cls, b: "Briefing") -> "Lookup":
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
            elif e.kind.person and e.fields.get("country_key"):
                lk.people_by_country[e.fields["country_key"]].append(e)
        for u in b.uses:
            for mineral in u.minerals:
                lk.uses_by_mineral[mineral].append(u)
        for t in b.table_facts:
            lk.facts_by_key[t.key].append(t)
            if t.holder:
                lk.facts_by_holder[t.holder].append(t)
        for f in b.figures:
            if f.unit == "percent":
                for mineral in f.minerals:
                    lk.shares_by_mineral[mineral].append(f)
                if f.holder:
                    lk.shares_by_holder[f.holder].append(f)
        lk.table_anchors = {a.id: {blk.passages[0].anchor for blk in a.blocks if blk.kind == "table" and blk.passages}
                            for a in b.articles}
        return lk


def build_briefing(articles: list[Article], site: SiteData, gazetteer: Gazetteer | None = None) -> Briefing:
    gaz = gazetteer or build_gazetteer(site.reference)
    problems: list[Problem] = []
    entities: dict[str, Entity] = {}
    extra_aliases = _curate_places_and_minerals(site, gaz, entities)
    place_words = set(gaz.proper) | set(gaz.demonyms) | set(gaz.capitals) | set(extra_aliases)
    words_key = fingerprint(sorted(place_words))
    sightings = [s for a in articles for s in MEMO.get(("people", a.id, a.content_hash, words_key),
                                                        lambda a=a: find_people(a, place_words))]
    people_aliases, surnames, candidates = _resolve_people(sightings, site, gaz, entities, extra_aliases)
    lexicon = Lexicon(gaz, {**extra_aliases, **people_aliases}, surnames)
    lexicon_key = lexicon.fingerprint
    mentions = {a.id: MEMO.get(("mentions", a.id, a.content_hash, lexicon_key), lambda a=a: find_mentions(a, lexicon))
                for a in articles}
    protagonist_of = {k: e.fields["country_key"] for k, e in entities.items() if e.fields.get("country_key")}
    figures, facts, uses = [], [], []
    all_sightings: list[DealSighting] = []
    for article in articles:
        all_sightings += find_deals(article, mentions[article.id], protagonist_of)
        f, t, u = find_figures(article, mentions[article.id])
        figures += f
        facts += t
        uses += u
    for article_mentions in mentions.values():
        for m in article_mentions:
            if m.key not in entities:
                entities[m.key] = _reference_entity(m.key, gaz)
            entities[m.key].mentions.append(m)
    _merge_deals(all_sightings, entities, site, gaz, problems)
    kept = {k: e for k, e in entities.items() if e.mentions or e.sightings}
    slug_notes = _assign_slugs(kept)
    single = [s for e in kept.values() if e.kind.person and " " not in e.name
              for s in e.sightings]
    candidates = [c for a in articles for c in find_candidates(
        a, [(m.anchor, m.start, m.end) for m in mentions[a.id]], candidates, single)]
    briefing = Briefing(articles, kept, mentions, figures, facts, uses, _co_mentions(mentions, kept),
                        candidates, problems, gaz.critical_source)
    briefing.slug_notes = slug_notes
    return briefing


def _curate_places_and_minerals(site: SiteData, gaz: Gazetteer, entities: dict[str, Entity]) -> dict[str, str]:
    """Registry entries for places and minerals: match reference data by ISO code or name, add aliases."""
    aliases: dict[str, str] = {}
    iso_keys = {p.iso: k for k, p in gaz.places.items() if p.iso}
    for kind, table in ((COUNTRY, gaz.places), (MINERAL, gaz.minerals)):
        for entry, line in site.entries.get(kind, []):
            key = iso_keys.get(getattr(entry, "iso", None)) or gaz.proper.get(entry.name) \
                or gaz.common.get(entry.name.casefold()) or kind.key(entry.slug or slugify(entry.name))
            entity = entities.setdefault(key, _reference_entity(key, gaz) if key in table else Entity(kind, key, entry.name))
            entity.name, entity.description = entry.name, entry.description or entity.description
            entity.slug = entry.slug or ""
            entity.curated_in = f"site_data/{kind.registry}:{line}"
            if kind is COUNTRY and key not in table:
                entity.fields["type"] = getattr(entry, "type", PLACE_TYPES[0])
            for alias in [entry.name, *entry.aliases]:
                aliases[alias] = key
    return aliases


def _reference_entity(key: str, gaz: Gazetteer) -> Entity:
    if key in gaz.places:
        p = gaz.places[key]
        return Entity(COUNTRY, key, p.name, description=p.description,
                      fields={"type": p.type, "iso": p.iso, "capital": p.capital, "region": p.region})
    if key in gaz.minerals:
        m = gaz.minerals[key]
        return Entity(MINERAL, key, m.name, description=m.description,
                      fields={"symbol": m.symbol, "atomic_number": m.atomic_number, "rare_earth": m.rare_earth,
                              "critical": m.critical, "group": m.group})
    kind = BY_NAME[key.split(":", 1)[0]]
    return Entity(kind, key, key.split(":", 1)[1].replace("-", " ").title())


def _resolve_people(sightings: list[PersonSighting], site: SiteData, gaz: Gazetteer, entities: dict[str, Entity],
                    place_aliases: dict[str, str]) -> tuple[dict[str, str], dict[str, str], list[PersonSighting]]:
    """One entity per real person: registry names and aliases first, then full names, then surnames."""
    alias_to_key: dict[str, str] = {}
    for kind in PEOPLE:
        for entry, line in site.entries.get(kind, []):
            key = f"person:{entry.slug or slugify(entry.name)}"
            e = entities.setdefault(key, Entity(kind, key, entry.name, slug=entry.slug or ""))
            e.description, e.curated_in = entry.description, f"site_data/{kind.registry}:{line}"
            for f in ("role", "affiliation", "country"):
                if getattr(entry, f, None):
                    e.fields[f] = getattr(entry, f)
                    e.curated_fields.add(f)
            for alias in [entry.name, *entry.aliases]:
                alias_to_key[alias] = key
    full = [s for s in sightings if " " in s.name and s.name not in alias_to_key and s.kind]
    for s in full:
        alias_to_key.setdefault(s.name, f"person:{slugify(s.name)}")
    by_surname: dict[str, set[str]] = defaultdict(set)
    for name, key in alias_to_key.items():
        if " " in name:
            by_surname[name.split()[-1]].add(key)
    candidates = []
    for s in sightings:
        same_surname = by_surname.get(s.name, set())
        key = alias_to_key.get(s.name) or (next(iter(same_surname)) if len(same_surname) == 1 else None)
        if key is None and s.kind:
            key = alias_to_key.setdefault(s.name, f"person:{slugify(s.name)}")
        if key is None:
            candidates.append(s)
            continue
        e = entities.setdefault(key, Entity(s.kind, key, s.name))
        if e.kind is None or (e.kind is EXPERT and s.kind is OFFICIAL and not e.curated_in):
            e.kind = s.kind or e.kind  # a sighting with a role decides; an official title outranks "expert"
        e.sightings.append(s)
        for f, value in (("role", s.role), ("affiliation", s.affiliation)):
            if value and f not in e.fields:
                e.fields[f] = value
    for e in entities.values():
        if e.kind in PEOPLE:
            place = e.fields.get("country") or e.fields.get("affiliation")
            e.fields["country_key"] = place_aliases.get(place) or gaz.proper.get(place) or gaz.demonyms.get(place) \
                or (f"country:{place}" if place and f"country:{place}" in gaz.places else None)
    surnames = {n: k for n, keys in by_surname.items() for k in keys if len(keys) == 1 and len(n) > 2
                and n not in gaz.proper and n not in place_aliases}
    return {**{n: k for n, k in alias_to_key.items()}}, surnames, candidates


def _party_key(party: str, site_aliases: dict[str, str]) -> str:
    return site_aliases.get(party, party)


def _merge_deals(sightings: list[DealSighting], entities: dict[str, Entity], site: SiteData, gaz: Gazetteer,
                 problems: list[Problem]) -> None:
    """Same parties → same deal, across articles; a sighting without parties joins its article's latest deal."""
    deals: dict[frozenset, Entity] = {}
    latest: dict[str, Entity] = {}
    for s in sightings:
        if not s.parties:
            if s.article in latest:
                latest[s.article].sightings.append(s)
            continue
        key = frozenset(s.parties)
        deal = deals.get(key)
        if deal is None:
            deal = deals[key] = Entity(DEAL, "", "", fields={"parties": list(s.parties)})
        deal.sightings.append(s)
        latest[s.article] = deal
    curated = _curated_deals(site, gaz, entities)
    for party_set, (entry, line) in curated.items():
        if party_set not in deals:
            problems.append(Problem("site_data/deals.yml", line, f"deal '{entry.name}' matches no deal found in the "
                                    "articles.", "Its parties must be exactly those on the deal's page; "
                                    "check the names on the deals index."))
    for party_set, deal in deals.items():
        entry = curated.get(party_set)
        kinds = sorted({s.kind for s in deal.sightings if s.parties}, key=lambda k: KIND_ORDER.get(k, 99))
        title = next((s.title for s in deal.sightings if s.title), None)
        names = [_party_name(p, entities, gaz) for p in deal.fields["parties"]]
        deal.name = entry[0].name if entry else title or f"{'–'.join(names)} {kinds[0]}"
        deal.key = DEAL.key(slugify(deal.name))
        deal.fields["kind"] = kinds[0]
        if entry:
            deal.description, deal.slug = entry[0].description, entry[0].slug or ""
            deal.curated_in, deal.aliases = f"site_data/deals.yml:{entry[1]}", entry[0].aliases
            deal.fields["curated"] = {k: getattr(entry[0], k) for k in ("date", "value", "status") if getattr(entry[0], k)}
        while deal.key in entities:
            deal.key += "-x"
        entities[deal.key] = deal


def _curated_deals(site: SiteData, gaz: Gazetteer, entities: dict[str, Entity]) -> dict[frozenset, tuple]:
    by_name = {e.name: k for k, e in entities.items()} | {**gaz.proper}
    out = {}
    for entry, line in site.entries.get(DEAL, []):
        keys = frozenset(by_name.get(p) or gaz.proper.get(p) or f"org:{p}" for p in entry.parties)
        out[keys] = (entry, line)
    return out


def _party_name(party: str, entities: dict[str, Entity], gaz: Gazetteer) -> str:
    if party.startswith("org:"):
        return party[4:]
    return entities[party].name if party in entities else party


def _assign_slugs(entities: dict[str, Entity]) -> list[str]:
    """Curated slugs first, then by key: the same input always gives the same page paths."""
    taken: dict[str, set[str]] = defaultdict(set)
    collisions = []
    for entity in sorted(entities.values(), key=lambda e: (not e.slug, e.key)):
        wanted = entity.slug or slugify(entity.name)
        entity.slug = unique_slug(wanted, taken[entity.kind])
        if entity.slug != wanted:
            collisions.append(f"{entity.kind} '{entity.name}' would have the page of another {entity.kind} "
                              f"('{wanted}'); it is at '{entity.slug}'. Add an alias or a slug in site_data/ "
                              "if they are the same.")
    return collisions


def _co_mentions(mentions: dict[str, list[Mention]], entities: dict[str, Entity]) -> dict[str, list[tuple[str, int]]]:
    """Entities named in the same passage, counted; deals relate to everything in their sentences."""
    pairs: Counter[tuple[str, str]] = Counter()
    for article_mentions in mentions.values():
        by_passage: dict[str, set[str]] = defaultdict(set)
        for m in article_mentions:
            by_passage[m.anchor].add(m.key)
        for keys in by_passage.values():
            for a, b in combinations(sorted(k for k in keys if k in entities), 2):
                pairs[(a, b)] += 1
    for deal in (e for e in entities.values() if e.kind is DEAL):
        for s in deal.sightings:
            for k in set(s.places) | set(s.minerals) | {p for p in deal.fields["parties"] if p in entities}:
                if k in entities:
                    pairs[tuple(sorted((deal.key, k)))] += 1
    related: dict[str, Counter] = defaultdict(Counter)
    for (a, b), n in pairs.items():
        related[a][b] += n
        related[b][a] += n
    return {k: sorted(c.items(), key=lambda kv: (-kv[1], kv[0])) for k, c in related.items()}
