"""Deals across articles: sightings with the same parties are one deal; a registry entry with
those parties names and enriches it; a sighting without parties joins its article's latest deal."""

from __future__ import annotations

import re
from dataclasses import replace

from ..errors import Problem
from ..keys import is_org, org_key, org_name
from ..kinds import DEAL, ORGANISATION
from ..recognise.deals import DealSighting
from ..recognise.gazetteer import Gazetteer, acts
from ..sitedata import SiteData
from ..slugs import slugify
from .briefing import Deal, Entity
from .curation import cited_passages

# A deal's kind is its most specific reported one: a framework over an MoU, a stake over "an agreement".
KIND_ORDER = {
    kind: rank
    for rank, kind in enumerate(
        [
            "framework",
            "memorandum of understanding",
            "investment pledge",
            "trade agreement",
            "joint venture",
            "partnership",
            "acquisition",
            "stake",
            "equity investment",
            "loan",
            "financing",
            "offtake agreement",
            "contract",
            "pledge",
            "agreement",
        ]
    )
}


def merge_deals(
    sightings: list[DealSighting],
    entities: dict[str, Entity],
    site: SiteData,
    gaz: Gazetteer,
    problems: list[Problem],
    articles: list = (),
) -> list[tuple[str, str]]:
    """Same parties → same deal, across articles; a sighting without parties joins its article's latest deal."""
    deals: dict[frozenset, Entity] = {}
    latest: dict[str, Entity] = {}
    curated = _curated_deals(site, gaz, entities)
    for s in sightings:
        acting = [p for p in s.parties if acts(gaz, p) or _states_of(p, s.sentence, gaz)]
        if acting != list(s.parties) and frozenset(s.parties) not in curated:  # unless a contributor says so
            if len(acting) < 2:
                continue  # "a deal between Ruritania and Central Asia": a region signs nothing
            s = replace(s, parties=acting)
        if not s.parties:
            if s.article in latest:
                latest[s.article].sightings.append(s)
            continue
        key = frozenset(s.parties)
        deal = deals.get(key)
        if deal is None:
            deal = deals[key] = Deal(DEAL, "", "", fields={"parties": list(s.parties)})
        deal.sightings.append(s)
        latest[s.article] = deal
    suppressed = []
    for party_set, (entry, line) in curated.items():
        if entry.suppress:
            if party_set in deals:
                suppressed.append((entry.name, entry.suppress))
                del deals[party_set]
            else:
                problems.append(Problem("site_data/deals.yml", line, f"deal '{entry.name}' to suppress matches no deal found.",
                                        "Its parties must be exactly those on the deal's page."))  # fmt: skip
            continue
        if party_set not in deals and entry.sources:  # a deal the recogniser missed, with its evidence
            found = cited_passages(entry.name, entry.sources, articles, "site_data/deals.yml", line, problems)
            if found:
                deal = deals[party_set] = Deal(DEAL, "", "", fields={"parties": sorted(party_set)})
                deal.sightings += [
                    DealSighting(a, anchor, text, "agreement", sorted(party_set)) for a, anchor, text in found
                ]
            continue
        if party_set not in deals:
            problems.append(
                Problem(
                    "site_data/deals.yml",
                    line,
                    f"deal '{entry.name}' matches no deal found in the articles.",
                    "Its parties must be exactly those on the deal's page; check the names on the deals index, "
                    "or add 'sources:' (article and paragraph) to create its page.",
                )
            )
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
            deal.fields["curated"] = {
                k: getattr(entry[0], k) for k in ("date", "value", "status") if getattr(entry[0], k)
            }
        while deal.key in entities:
            deal.key += "-x"
        entities[deal.key] = deal
    return suppressed


def _curated_deals(site: SiteData, gaz: Gazetteer, entities: dict[str, Entity]) -> dict[frozenset, tuple]:
    by_name = {e.name: k for k, e in entities.items() if e.kind is not ORGANISATION} | {**gaz.proper}
    out = {}
    for entry, line in site.entries.get(DEAL, []):
        keys = frozenset(by_name.get(p) or gaz.proper.get(p) or org_key(p) for p in entry.parties)
        out[keys] = (entry, line)
    return out


_ABBREVIATED = re.compile(r"(?:\b(?:Inc|Corp|Co|Ltd|Bhd|Pty|Plc|Ltda|Cia|Cie|Mfg|Intl)|\b[A-Z]\.[A-Z]|\b[A-Z])\.$")


def _party_name(party: str, entities: dict[str, Entity], gaz: Gazetteer) -> str:
    if is_org(party):  # "BMW." taken with the sentence's full stop: not its name ("Verde Co." keeps its own)
        name = org_name(party)
        return name[:-1] if name.endswith(".") and not _ABBREVIATED.search(name) else name
    if party in entities:
        return entities[party].name
    return gaz.places[party].name if party in gaz.places else party  # a state named only inside a body's name


def _states_of(region: str, sentence: str, gaz: Gazetteer) -> bool:
    """ "agreements with several Asian countries": the sentence names the region's states as the party."""
    return any(
        re.search(rf"\b{re.escape(demonym)}\s+(?:countries|nations|states|governments)\b", sentence)
        for demonym, key in gaz.demonyms.items()
        if key == region
    )


def name_by_their_pages(entities: dict[str, Entity], gaz: Gazetteer) -> None:
    """A deal the recogniser named from its parties as written ("National Copper Corporation of Verde–…")
    is named from their pages once they are linked ("Vercobre–…"): one name for one party, on every deal.
    A curated deal, or one whose source gives its title, keeps its name."""
    for deal in [e for e in entities.values() if e.kind is DEAL and not e.curated_in]:
        if any(s.title for s in deal.sightings):
            continue
        names = [_party_name(p, entities, gaz) for p in deal.fields["parties"]]
        name = f"{'–'.join(names)} {deal.fields['kind']}"
        if name == deal.name:
            continue
        del entities[deal.key]
        deal.name, deal.key = name, DEAL.key(slugify(name))
        while deal.key in entities:
            deal.key += "-x"
        entities[deal.key] = deal


def join_same_parties(entities: dict[str, Entity]) -> None:
    """Two spellings of one organisation ("Andina Cobre Corp", "Andina") made two deals that
    `link_deal_parties` shows to have the same parties: by this module's rule they are one deal,
    kept under its most specific kind (a curated deal's name wins)."""
    same: dict[frozenset, list[Entity]] = {}
    for deal in [e for e in entities.values() if e.kind is DEAL]:
        same.setdefault(frozenset(deal.fields["parties"]), []).append(deal)
    for deals in (d for d in same.values() if len(d) > 1):
        keep, *others = sorted(deals, key=lambda d: (not d.curated_in, KIND_ORDER.get(d.fields["kind"], 99)))
        for other in others:
            keep.sightings += [s for s in other.sightings if s not in keep.sightings]
            del entities[other.key]
