"""Stage 3, model: articles + recognition → one `Briefing` (entities, mentions, deals, claims).

Collect everything, then derive: co-mentions, "mentioned in" lists and deal merges come from
inverting the mention index, never from mutating pages. Curated registry entries from
`site_data/` override and enrich what recognition found.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from itertools import combinations

from ..errors import Problem
from ..ingest import Article
from ..keys import is_person
from ..kinds import DEAL
from ..memo import MEMO, WORDS_MEMO, fingerprint, together, value_key
from ..recognise.candidates import find_candidates
from ..recognise.deals import DealSighting, find_deals
from ..recognise.figures import find_figures
from ..recognise.gazetteer import Gazetteer, acts, build_gazetteer
from ..recognise.mentions import Lexicon, Mention, find_mentions
from ..recognise.org_patterns import REFERENCE_CUES
from ..recognise.org_types import canonical
from ..recognise.organisations import find_organisations
from ..recognise.people import people_in
from ..recognise.people_whole import people_found
from ..recognise.policies import find_policies
from ..sitedata import SiteData
from ..slugs import slugify, unique_slug
from ..text import apostrophe_forms
from .affiliations import tie_people
from .briefing import Briefing, Deal, Entity, Lookup, Policy
from .deals import join_same_parties, merge_deals, name_by_their_pages
from .organisations import (
    affiliation_sightings,
    given_names_by_article,
    link_deal_parties,
    ordinary_word,
    resolve_organisations,
)
from .pieces import in_pieces
from .policies import merge_policies
from .resolve import curate_places_and_minerals, reference_entity, resolve_people

__all__ = ["Briefing", "Deal", "Entity", "Lookup", "Policy", "build_briefing"]


def _organisations(articles, people, site, gaz, entities, place_aliases, place_words, people_aliases, common) -> tuple:
    """Organisation entities from what each article introduces as one and from people's
    affiliations; the outlets that publish the articles are sources, not organisations."""
    names = {n for n in people_aliases if " " in n}
    bodies = site.reference.known_bodies()
    exact = fingerprint(sorted(bodies.items()))
    words = frozenset(place_words) | frozenset(names)
    calls = [
        (a, exact, in_pieces(a, lambda lo, hi, a=a: find_organisations(a, place_words, names, bodies, lo, hi)))
        for a in articles
    ]
    found = [s for each in WORDS_MEMO.get_all("organisations", calls, words) for s in each]
    found += affiliation_sightings(people, place_words, names)
    outlets = {a.meta.publisher.casefold() for a in articles if a.meta.publisher}
    found = [s for s in found if s.name.casefold() not in outlets and canonical(s.name).casefold() not in outlets]
    found = [s for s in found if not ordinary_word(s.name, s.cue, common)]
    given = given_names_by_article((p.article, p.name) for p in people)
    found = [s for s in found if " " in s.name or s.name not in given[s.article]]  # "Jon, the company announced …"
    # (a reference name with an apostrophe is found written either way: "Ruritania's" or "Ruritania’s")
    reference = {a: name for alias, (name, _, _) in bodies.items() for a in apostrophe_forms(alias)}
    return resolve_organisations(found, site, gaz, entities, place_aliases, reference)


def lower_case_words(articles: list[Article]) -> frozenset[str]:
    """Every word the articles write in lower case: "water", "legal", "people" are words, so a
    capitalised "Water" with nothing else saying it is a name is not an organisation."""
    return frozenset().union(
        *(MEMO.get(("lower words", a.id, a.content_hash), lambda a=a: _words(a)) for a in articles)
    )


def _words(article: Article) -> frozenset[str]:
    return frozenset(w for p in article.passages for w in re.findall(r"(?<![\w'’-])[a-z]{3,}(?![\w'’-])", p.text))


def build_briefing(articles: list[Article], site: SiteData, gazetteer: Gazetteer | None = None) -> Briefing:
    gaz = gazetteer or build_gazetteer(site.reference)
    problems: list[Problem] = []
    entities: dict[str, Entity] = {}
    extra_aliases = curate_places_and_minerals(site, gaz, entities)
    place_words = set(gaz.proper) | set(gaz.demonyms) | set(gaz.capitals) | set(extra_aliases)
    words = frozenset(place_words)
    calls = [
        (
            a,
            None,
            in_pieces(
                a,
                lambda lo, hi, a=a: people_in(a, place_words, lo, hi),
                lambda found, a=a: people_found(a, place_words, found),
            ),
        )
        for a in articles
    ]
    sightings = [s for each in WORDS_MEMO.get_all("people", calls, words) for s in each]
    people_aliases, surnames, candidates = resolve_people(sightings, site, gaz, entities, extra_aliases)
    common = lower_case_words(articles)
    org_surfaces, suppressed = _organisations(
        articles, sightings, site, gaz, entities, extra_aliases, place_words, people_aliases, common
    )
    lexicon = Lexicon(gaz, {**org_surfaces, **extra_aliases, **people_aliases}, surnames)
    calls = [(a, lexicon.exact, lambda a=a: find_mentions(a, lexicon)) for a in articles]
    mentions = {  # after an alias edit, only the articles that contain it are scanned again
        a.id: m for a, m in zip(articles, WORDS_MEMO.get_all("mentions", calls, lexicon.words), strict=True)
    }
    protagonist_of = {k: e.fields["country_key"] for k, e in entities.items() if e.fields.get("country_key")}
    figures, facts, uses = [], [], []
    place_names = {**gaz.proper, **gaz.demonyms, **extra_aliases}
    public_bodies = {  # who takes a measure a body announces: an agency's country, an international body itself
        k: e.fields.get("country_key") or k
        for k, e in entities.items()
        if e.fields.get("type") == "international"
        and e.name not in site.reference.advisory_bodies()  # a trade court rules on a ban, imposes none
        or (e.fields.get("type") == "agency" and e.fields.get("country_key"))
    }
    all_sightings: list[DealSighting] = []
    policy_sightings = []
    # Sightings and figures are frozen records, a function of the article, its mentions (by value:
    # a new alias changes the mentions of the few articles that use it) and of these keys.
    state_bodies = {k: c for k, c in public_bodies.items() if k != c}  # an agency: its country
    deals_key = fingerprint(sorted(protagonist_of.items()), sorted(state_bodies.items()))
    regions = frozenset(k for k in gaz.places if not acts(gaz, k))  # "Africa" takes no measure
    people_countries = {k: c for k, c in protagonist_of.items() if is_person(k)}
    # a body whose country one article gave ("the Ministry of Mines" of a story on Ruritania) may be another's
    placed_by_text = frozenset(
        k for k in public_bodies if (s := entities[k].fields.get("country_key_from")) and s.cue not in REFERENCE_CUES
    )  # (not a reference body: "the Verde Defence Department" is Verde's wherever it is named)
    bodies_key = fingerprint(
        sorted(public_bodies.items()), sorted(regions), sorted(people_countries.items()), sorted(placed_by_text)
    )
    names = frozenset(place_names.items())
    found = {a.id: (a.id, a.content_hash, value_key(mentions[a.id])) for a in articles}
    deals = [
        (("deals", *found[a.id], deals_key), lambda a=a: find_deals(a, mentions[a.id], protagonist_of, state_bodies))
        for a in articles
    ]
    policies = [
        (
            a,
            (found[a.id], bodies_key),
            lambda a=a: find_policies(
                a, mentions[a.id], place_names, public_bodies, regions, people_countries, placed_by_text
            ),
        )
        for a in articles
    ]
    sizes = [a.size for a in articles]
    figure_calls = [(("figures", *found[a.id]), lambda a=a: find_figures(a, mentions[a.id])) for a in articles]
    # one share-out for the three stages: a long report's deals, policies and figures run on both cores at once
    ready = together(
        MEMO.missing(deals, sizes), WORDS_MEMO.missing("policies", policies, names), MEMO.missing(figure_calls, sizes)
    )
    for each in MEMO.get_all(deals, sizes, ready[0]):
        all_sightings += each
    for each in WORDS_MEMO.get_all("policies", policies, names, ready[1]):
        policy_sightings += each
    for f, t, u in MEMO.get_all(figure_calls, sizes, ready[2]):
        figures += f
        facts += t
        uses += u
    for article_mentions in mentions.values():
        for m in article_mentions:
            if m.key not in entities:
                entities[m.key] = reference_entity(m.key, gaz)
            entities[m.key].mentions.append(m)
    suppressed += merge_deals(all_sightings, entities, site, gaz, problems, articles)
    suppressed += merge_policies(policy_sightings, entities, site, gaz, articles, problems)
    link_deal_parties(entities, org_surfaces, place_words, {n for n in people_aliases if " " in n}, common, place_names)
    join_same_parties(entities)
    name_by_their_pages(entities, gaz)
    tie_people(entities, org_surfaces)
    kept = {k: e for k, e in entities.items() if e.mentions or e.sightings}
    slug_notes = assign_slugs(kept)
    single = [s for e in kept.values() if e.kind.person and " " not in e.name for s in e.sightings]
    roleless, lone = defaultdict(list), defaultdict(list)  # only an article's own sightings matter to it
    for group, sightings_here in ((roleless, candidates), (lone, single)):
        for s in sightings_here:
            group[s.article].append(s)
    calls = [
        (
            ("candidates", a.id, a.content_hash, *map(value_key, (mentions[a.id], roleless[a.id], lone[a.id]))),
            lambda a=a: find_candidates(
                a, [(m.anchor, m.start, m.end) for m in mentions[a.id]], roleless[a.id], lone[a.id]
            ),
        )
        for a in articles
    ]
    candidates = [c for each in MEMO.get_all(calls, sizes) for c in each]
    briefing = Briefing(
        articles,
        kept,
        mentions,
        figures,
        facts,
        uses,
        co_mentions(mentions, kept),
        candidates,
        problems,
        gaz.critical_source,
    )
    briefing.slug_notes = slug_notes
    briefing.suppressed = suppressed
    return briefing


def assign_slugs(entities: dict[str, Entity]) -> list[str]:
    """Curated slugs first, then by key: the same input always gives the same page paths."""
    taken: dict[str, set[str]] = defaultdict(set)
    collisions = []
    for entity in sorted(entities.values(), key=lambda e: (not e.slug, e.key)):
        wanted = entity.slug or slugify(entity.name)
        entity.slug = unique_slug(wanted, taken[entity.kind])
        if entity.slug != wanted:
            collisions.append(
                f"{entity.kind} '{entity.name}' would have the page of another {entity.kind} "
                f"('{wanted}'); it is at '{entity.slug}'. Add an alias or a slug in site_data/ "
                "if they are the same."
            )
    return collisions


def co_mentions(mentions: dict[str, list[Mention]], entities: dict[str, Entity]) -> dict[str, list[tuple[str, int]]]:
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
