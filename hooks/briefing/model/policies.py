"""Policies across articles: one state's measure of one type on overlapping minerals is one policy.

Sightings that name no mineral join their article's policy of the same state and type, or
stand as that state's measure in general. A `site_data/policies.yml` entry that matches a
recognised policy (same state and type, minerals that overlap) names and enriches it; one with
its own `sources:` creates the page the recogniser missed; one with `suppress:` removes a wrong
page and the reason is listed on the candidates page.
"""

from __future__ import annotations

from dataclasses import replace

from ..errors import Problem
from ..ingest import Article
from ..kinds import POLICY
from ..kinds.policy import policy_name
from ..recognise.gazetteer import Gazetteer, acts
from ..recognise.policies import PolicySighting
from ..sitedata import SiteData
from ..slugs import slugify
from .briefing import Entity, Policy
from .curation import cited_passages


def merge_policies(
    sightings: list[PolicySighting],
    entities: dict[str, Entity],
    site: SiteData,
    gaz: Gazetteer,
    articles: list[Article],
    problems: list[Problem],
) -> list[tuple[str, str]]:
    """Policy entities from sightings and the registry; returns (name, reason) for each suppressed one."""
    clusters: list[Policy] = []
    for s in sorted(sightings, key=_reading_order):
        if s.imposer and not acts(gaz, s.imposer):
            continue  # "European buyers": a region imposes nothing
        same = [p for p in clusters if p.fields["imposer"] == s.imposer and p.fields["type"] == s.type]
        overlapping = [p for p in same if set(p.fields["minerals"]) & set(s.minerals)]
        home = overlapping[0] if overlapping else None
        if len(overlapping) > 1 and len(s.minerals) > JOINS_AT_MOST:
            # "controls on gallium, germanium, graphite and antimony": a summary of measures seen apart;
            # it is cited on the one it shares most with, joins none to another and adds no mineral to it
            home = max(overlapping, key=lambda p: len(set(p.fields["minerals"]) & set(s.minerals)))
            s = replace(s, minerals=[k for k in s.minerals if k in home.fields["minerals"]])
            overlapping = [home]
        for other in overlapping[1:]:  # "gallium and germanium" joins two measures seen apart: one measure
            home.sightings += other.sightings
            home.fields["minerals"] += [k for k in other.fields["minerals"] if k not in home.fields["minerals"]]
            home.fields["targets"] += [k for k in other.fields["targets"] if k not in home.fields["targets"]]
            clusters.remove(other)
        if home is None and not s.minerals:
            in_article = [p for p in same if any(x.article == s.article for x in p.sightings)]
            general = next((p for p in same if not p.fields["minerals"]), None)  # "Ruritania's export controls"
            home = in_article[0] if len(in_article) == 1 else (same[0] if len(same) == 1 else general)
        if home is None:
            home = Policy(POLICY, "", "", fields={"imposer": s.imposer, "type": s.type, "minerals": [], "targets": []})
            clusters.append(home)
        home.sightings.append(s)
        home.fields["minerals"] += [k for k in s.minerals if k not in home.fields["minerals"]]
        if s.target and s.target not in home.fields["targets"]:
            home.fields["targets"].append(s.target)
    suppressed = []
    for entry, line in site.entries.get(POLICY, []):
        file = f"site_data/{POLICY.registry}"
        where = f"{file}:{line}"
        imposer = _place(entry.imposer, gaz)
        minerals = [gaz.common.get(m.casefold()) or gaz.proper.get(m) for m in entry.minerals]
        if imposer is None or None in minerals:
            bad = entry.imposer if imposer is None else entry.minerals[minerals.index(None)]
            problems.append(
                Problem(file, line, f"policy '{entry.name}': '{bad}' is not a known country or mineral.",
                        "Write the country or mineral as its page is named (see the countries and minerals indexes).")
            )  # fmt: skip
            continue
        match = next(
            (
                p
                for p in clusters
                if p.fields["imposer"] == imposer
                and p.fields["type"] == entry.type
                and (not minerals or not p.fields["minerals"] or set(minerals) & set(p.fields["minerals"]))
            ),
            None,
        )
        if entry.suppress:
            if match is None:
                problems.append(Problem(file, line, f"policy '{entry.name}' to suppress matches no policy found.",
                                        "Its imposer, type and minerals must be those on the policy's page."))  # fmt: skip
            else:
                clusters.remove(match)
                suppressed.append((_name(match, entities, gaz), entry.suppress))
            continue
        if match is None:
            match = _from_citations(entry, imposer, minerals, articles, file, line, problems)
            if match is None:
                continue
            clusters.append(match)
        match.name, match.slug, match.description = entry.name, entry.slug or "", entry.description
        match.curated_in, match.aliases = where, entry.aliases
        match.fields["curated"] = {k: getattr(entry, k) for k in ("status", "date") if getattr(entry, k)}
        target = _place(entry.target, gaz) if entry.target else None
        if target and target not in match.fields["targets"]:
            match.fields["targets"].append(target)
    for policy in clusters:
        policy.name = policy.name or _name(policy, entities, gaz)
        policy.key = POLICY.key(slugify(policy.name))
        while policy.key in entities:
            policy.key += "-x"
        entities[policy.key] = policy
    return suppressed


# A sighting naming up to this many minerals may join two measures seen apart into one; one naming
# more lists several measures ("controls on gallium, germanium, graphite and antimony").
JOINS_AT_MOST = 2


def _reading_order(s: PolicySighting) -> int:
    """Sightings of one or two minerals first (they found the measures), then lists of more, then
    those naming none (they join a measure found)."""
    return 0 if 0 < len(s.minerals) <= JOINS_AT_MOST else 1 if s.minerals else 2


def _from_citations(entry, imposer, minerals, articles, file, line, problems) -> Policy | None:
    """A curated policy the recogniser missed: its page quotes the paragraphs the entry cites."""
    if not entry.sources:
        problems.append(Problem(file, line, f"policy '{entry.name}' matches no policy found in the articles.",
                                "Add 'sources:' (article and paragraph) to create its page, or match the imposer, "
                                "type and minerals shown on the policies index."))  # fmt: skip
        return None
    policy = Policy(
        POLICY, "", "", fields={"imposer": imposer, "type": entry.type, "minerals": minerals, "targets": []}
    )
    for article, anchor, text in cited_passages(f"policy {entry.name}", entry.sources, articles, file, line, problems):
        policy.sightings.append(PolicySighting(article, anchor, text, entry.type, imposer, minerals))
    return policy if policy.sightings else None


def _place(name: str, gaz: Gazetteer) -> str | None:
    return gaz.proper.get(name) or gaz.demonyms.get(name) or gaz.capitals.get(name)


def _name(policy: Policy, entities: dict[str, Entity], gaz: Gazetteer) -> str:
    imposer = policy.fields["imposer"]
    who = entities[imposer].name if imposer in entities else imposer.split(":", 1)[-1].replace("-", " ").title()
    keys = policy.fields["minerals"]
    if any(k in entities and entities[k].fields.get("group") and not entities[k].fields.get("symbol") for k in keys):
        keys = [k for k in keys if not (k in entities and entities[k].fields.get("rare_earth"))]  # the group names them
    minerals = [entities[k].name.lower() if k in entities else k.split(":", 1)[-1] for k in keys]
    return policy_name(who, minerals, policy.fields["type"])
