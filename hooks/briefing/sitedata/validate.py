"""Cross-file checks on curated data: what a schema of one entry cannot see.

Duplicate slugs and aliases across entries, an alias that is another entity's name, and a deal
party that neither the gazetteer, the registry nor any article knows. Each problem names the
file and line and offers a fix.
"""

from __future__ import annotations

import difflib

from ..errors import Problem
from ..ingest import Article
from ..kinds import DEAL, KINDS, PEOPLE
from ..slugs import published_clashes, slugify
from . import SiteData


def docs_clashes(hand_written: list[str], pages: list[str]) -> list[Problem]:
    """Hand-written files in docs/ that the build would replace with a generated page (or the feed)."""
    problems = []
    for path, page in dict(published_clashes(hand_written, [*pages, "feed.xml"])).items():
        fix = f"To add prose to that page, write docs/{page} instead; " if page.endswith(".md") else ""
        problems.append(
            Problem(
                f"docs/{path}",
                None,
                f"would be published where the generated "
                f"{'page ' + page if fix else 'RSS feed'} is, and would be lost.",
                f"{fix}or rename this file.",
            )
        )
    return problems


def check_registry(site: SiteData) -> list[Problem]:
    problems: list[Problem] = []
    names: dict[str, tuple[str, str, int]] = {}  # casefolded name → (kind, name, line)
    for kind, entries in site.entries.items():
        for entry, line in entries:
            names.setdefault(entry.name.casefold(), (kind, entry.name, line))
    # experts and officials are both people: one slug space, one page folder per kind
    groups = [[kind] for kind in KINDS if not kind.person] + [list(PEOPLE)]
    for kinds in groups:
        slugs: dict[str, tuple[str, int]] = {}
        for kind, entry, line in [(k, e, ln) for k in kinds for e, ln in site.entries.get(k, [])]:
            path = f"site_data/{kind.registry}"
            slug = entry.slug or slugify(entry.name)
            if slug in slugs:
                other, where = slugs[slug]
                problems.append(
                    Problem(
                        path,
                        line,
                        f"'{entry.name}' has the same slug '{slug}' as '{other}' ({where}).",
                        "Merge the two entries or give one a different 'slug:'.",
                    )
                )
            slugs.setdefault(slug, (entry.name, f"line {line}" if len(kinds) == 1 else f"{path}:{line}"))
    aliases: dict[str, tuple[str, str, int]] = {}
    for kind, entries in site.entries.items():
        path = f"site_data/{kind.registry}"
        for entry, line in entries:
            alias_line = getattr(entry, "_alias_line", None) or line
            for alias in entry.aliases:
                owner = names.get(alias.casefold())
                if owner and owner[1] != entry.name:
                    problems.append(
                        Problem(
                            path,
                            alias_line,
                            f"alias '{alias}' of '{entry.name}' is the name of "
                            f"another entry ('{owner[1]}' in site_data/{owner[0].registry}).",
                            "Remove the alias, or merge the two entries.",
                        )
                    )
                    continue
                seen = aliases.get(alias.casefold())
                if seen and seen[1] != entry.name:
                    problems.append(
                        Problem(
                            path,
                            alias_line,
                            f"alias '{alias}' is used by both '{entry.name}' and "
                            f"'{seen[1]}' (site_data/{seen[0].registry}).",
                            "An alias must point to one entity: keep it on one entry.",
                        )
                    )
                aliases.setdefault(alias.casefold(), (kind, entry.name, line))
    return problems


def check_deal_parties(
    site: SiteData, known_places: set[str], articles: list[Article], unsuggested: frozenset[str] = frozenset()
) -> list[Problem]:
    """A party must be a known place or a curated entity, or a name some article writes. `unsuggested`: names known
    but not offered as a fix (a country's name in another language: "Germny" is "Germany", not "Allemagne")."""
    curated = {e.name for entries in site.entries.values() for e, _ in entries}
    curated |= {a for entries in site.entries.values() for e, _ in entries for a in e.aliases}
    texts = [p.text for a in articles for p in a.passages]
    problems = []
    for entry, line in site.entries.get(DEAL, []):
        for party in entry.parties:
            if party in known_places or party in curated or any(party in t for t in texts):
                continue
            guess = difflib.get_close_matches(party, sorted((known_places - unsuggested) | curated), n=1)
            fix = (
                f"Did you mean '{guess[0]}'?"
                if guess
                else "Use a country or region name, or an organisation's name exactly as an article writes it."
            )
            problems.append(
                Problem(
                    f"site_data/{DEAL.registry}",
                    line,
                    f"party '{party}' of deal '{entry.name}' is not a "
                    "known country, region or entity, and no article names it.",
                    fix,
                )
            )
    return problems


def check_aliases_against_reference(
    site: SiteData,
    proper: dict[str, str],
    common: dict[str, str],
    names: dict[str, str],
    capitals: dict[str, str] | None = None,
    demonyms: dict[str, str] | None = None,
) -> list[Problem]:
    """An alias that is already a place's or mineral's name, a capital ("Lima" for Peru) or a
    demonym ("Peruvian") would take every such word on the site: each would link to this entry."""
    problems = []
    for kind, entries in site.entries.items():
        for entry, line in entries:
            for alias in entry.aliases:
                key = proper.get(alias) or common.get(alias.casefold())
                what = f"already the name of {names.get(key, key)}"
                if not key and (key := (capitals or {}).get(alias)):
                    what = f"the capital of {names.get(key, key)} (articles use it for the country)"
                if not key and (key := (demonyms or {}).get(alias)):
                    what = f"the demonym of {names.get(key, key)} (as in '{alias} officials')"
                if key and names.get(key, "").casefold() != entry.name.casefold():
                    problems.append(
                        Problem(
                            f"site_data/{kind.registry}",
                            line,
                            f"alias '{alias}' of '{entry.name}' is {what}.",
                            f"Remove the alias: every '{alias}' on the site would link here.",
                        )
                    )
    return problems
