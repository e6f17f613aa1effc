"""Reference knowledge for recognition: places and minerals any article may name.

Built from maintained libraries (pycountry, countryinfo, periodictable) plus the reference
tables in `site_data/reference/`. Nothing here is about a particular article.
"""

from __future__ import annotations

import functools
import gettext
import re
from dataclasses import dataclass, field

import periodictable
import pycountry
from countryinfo import CountryInfo, all_countries

from ..kinds import COUNTRY, MINERAL, PlaceType
from ..sitedata.models import CountryReference, CriticalMinerals, MineralReference, Reference, RegionReference
from ..slugs import slugify

RARE_EARTH_NUMBERS = frozenset([21, 39, *range(57, 72)])
# Element names that are also everyday English words; counted only beside mineral context.
AMBIGUOUS_MINERAL_WORDS = frozenset(["lead", "tin", "iron", "gold", "silver", "mercury", "carbon"])
# Element names too vague to count at all as a mineral mention in news prose.
NON_MINERAL_WORDS = frozenset(["neutron"])
# Languages whose names for countries (pycountry's translations of ISO 3166) an article may use: "Brasil",
# "Emirados Árabes Unidos", "Allemagne", "Tiongkok", "Çin".
NAME_LANGUAGES = ("es", "pt", "fr", "de", "it", "id", "tr")
DEMONYM_DOMINANCE = 20  # a demonym shared by countries names the biggest only if it is 20× bigger


@dataclass
class PlaceInfo:
    key: str
    name: str
    type: PlaceType
    iso: str | None = None
    capital: str | None = None
    region: str | None = None
    description: str | None = None
    bloc: bool = False  # a region whose states act as one: it can be a deal's party or a measure's author


@dataclass
class MineralInfo:
    key: str
    name: str
    symbol: str | None = None
    atomic_number: int | None = None
    rare_earth: bool = False
    critical: bool = False
    group: bool = False
    description: str | None = None


@dataclass
class Gazetteer:
    """Surface forms → entity keys, split by how they must be matched."""

    places: dict[str, PlaceInfo] = field(default_factory=dict)
    minerals: dict[str, MineralInfo] = field(default_factory=dict)
    proper: dict[str, str] = field(default_factory=dict)  # case-sensitive surface → key
    common: dict[str, str] = field(default_factory=dict)  # lower-case surface → key
    capitals: dict[str, str] = field(default_factory=dict)  # capital → country key
    demonyms: dict[str, str] = field(default_factory=dict)  # demonym → place key
    ambiguous_places: frozenset[str] = frozenset()
    translated: frozenset[str] = frozenset()  # the names in `NAME_LANGUAGES`: known, never offered as a fix
    critical_source: str | None = None


def _country_records() -> list[dict]:
    records = []
    for item in all_countries():
        alpha2 = (item.info().get("ISO") or {}).get("alpha2")
        if not alpha2:
            continue
        try:
            records.append(CountryInfo(alpha2).info())
        except Exception:  # noqa: BLE001 - countryinfo raises plain errors for partial records
            continue
    return records


def build_gazetteer(reference: Reference) -> Gazetteer:
    gaz = Gazetteer()
    _add_countries(gaz, reference.countries)
    _add_regions(gaz, reference.regions)
    for city, target in reference.countries.metonyms.items():
        key = gaz.proper.get(target)
        if key:
            gaz.capitals[city] = key
    _add_minerals(gaz, reference.minerals, reference.critical_minerals)
    return gaz


def _add_countries(gaz: Gazetteer, ref: CountryReference) -> None:
    info_by_iso = {r["ISO"]["alpha2"]: r for r in _country_records()}
    demonym_candidates: dict[str, list[tuple[int, str]]] = {}
    exceptions, words = set(ref.capital_exceptions), set(ref.not_names)
    gaz.ambiguous_places = frozenset(ref.ambiguous_names)
    for country in pycountry.countries:
        iso = country.alpha_2
        info = info_by_iso.get(iso, {})
        name = info.get("name") or getattr(country, "common_name", None) or country.name
        key = COUNTRY.key(slugify(name))
        capital = (info.get("capital") or "").replace(" D.C.", "").strip() or None
        gaz.places[key] = PlaceInfo(
            key, name, PlaceType.COUNTRY, iso=iso, capital=capital, region=info.get("subregion") or info.get("region")
        )
        names = {name, country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)}
        names |= {a for a in info.get("altSpellings") or [] if len(a) >= 4 and not a.isupper() and a not in words}
        for surface in names:
            if surface and "," not in surface:
                gaz.proper.setdefault(surface, key)
        if capital and capital not in exceptions and capital != name and (info.get("population") or 0) >= 1_000_000:
            gaz.capitals.setdefault(capital, key)
        if info.get("demonym"):
            demonym_candidates.setdefault(info["demonym"], []).append((info.get("population") or 0, key))
    for iso, aliases in ref.aliases.items():
        key = next((k for k, p in gaz.places.items() if p.iso == iso), None)
        for alias in aliases if key else []:
            gaz.proper[alias] = key  # reference aliases win over the gazetteer's own spellings
    for demonym, options in demonym_candidates.items():
        options.sort(reverse=True)
        if len(options) == 1 or options[0][0] >= DEMONYM_DOMINANCE * max(options[1][0], 1):
            gaz.demonyms[demonym] = options[0][1]
    for iso, demonyms in ref.demonyms.items():
        key = next((k for k, p in gaz.places.items() if p.iso == iso), None)
        for demonym in demonyms if key else []:
            gaz.demonyms[demonym] = key  # reference adjectives win too
    _add_translated_names(gaz, words)


# A word of a state's name written small in its official form ("démocratique"), capitalised in the press.
_PARTICLE_WORD = re.compile(r"(?<=\s)(?!(?:de|del|des|du|da|do|dos|das|la|le|les|et|y|e|of|the|and)\b)[a-zà-ÿ]{3,}")


def _add_translated_names(gaz: Gazetteer, words: set[str]) -> None:
    """Each country's names in `NAME_LANGUAGES`, where they are no English spelling, demonym or capital already,
    no ordinary word or first name (`not_names`: "Maurice" for Mauritius) and name one country only."""
    taken = set(gaz.proper) | set(gaz.demonyms) | set(gaz.capitals) | words
    by_iso = {p.iso: p.key for p in gaz.places.values() if p.iso}  # "Congo, The Democratic Republic of the" is CD
    translated: dict[str, set[str]] = {}
    for language in NAME_LANGUAGES:
        catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)
        for country in pycountry.countries:
            key = (
                gaz.proper.get(getattr(country, "common_name", None) or country.name)
                or gaz.proper.get(country.name)
                or by_iso.get(country.alpha_2)
            )
            for name in filter(None, (getattr(country, a, None) for a in ("name", "common_name", "official_name"))):
                surface = catalogue.gettext(name)
                if key and "," not in surface and "(" not in surface:
                    # as the press writes it too: "République Démocratique du Congo"
                    for form in {surface, _PARTICLE_WORD.sub(lambda m: m.group(0).capitalize(), surface)} - taken:
                        translated.setdefault(form, set()).add(key)
    for surface, keys in translated.items():
        if len(keys) == 1:
            gaz.proper[surface] = next(iter(keys))
    gaz.translated = frozenset(s for s, keys in translated.items() if len(keys) == 1)


def _add_regions(gaz: Gazetteer, regions: list[RegionReference]) -> None:
    for region in regions:
        key = COUNTRY.key(slugify(region.name))
        gaz.places[key] = PlaceInfo(
            key, region.name, PlaceType.REGION, description=region.description, bloc=region.bloc
        )
        gaz.proper.setdefault(region.name, key)
        for alias in region.aliases:
            gaz.proper.setdefault(alias, key)
        for demonym in region.demonyms:
            gaz.demonyms.setdefault(demonym, key)


def _add_minerals(gaz: Gazetteer, ref: MineralReference, critical: CriticalMinerals) -> None:
    critical_names = {m.casefold() for m in critical.minerals}
    gaz.critical_source = critical.source
    for element in periodictable.elements:
        if element.number == 0 or element.name in NON_MINERAL_WORDS:
            continue
        key = MINERAL.key(slugify(element.name))
        gaz.minerals[key] = MineralInfo(
            key,
            element.name.capitalize(),
            element.symbol,
            element.number,
            rare_earth=element.number in RARE_EARTH_NUMBERS,
            critical=element.name in critical_names,
        )
        gaz.common[element.name] = key
    for spelling, canonical in ref.spellings.items():
        gaz.common[spelling.casefold()] = MINERAL.key(slugify(canonical))
    for name in list(critical_names) + list(ref.non_elements):
        key = MINERAL.key(slugify(name))
        if key not in gaz.minerals:
            gaz.minerals[key] = MineralInfo(key, name.capitalize(), critical=name in critical_names)
            gaz.common[name.casefold()] = key
    for group in ref.groups:
        key = MINERAL.key(group.slug or slugify(group.name))
        gaz.minerals[key] = MineralInfo(key, group.name, group=True, critical=True, description=group.description)
        for alias in group.aliases:
            gaz.common[alias.casefold()] = key
        for alias in group.case_sensitive_aliases:
            gaz.proper[alias] = key
    for product, element in ref.products.items():
        gaz.proper[product] = MINERAL.key(slugify(element))


def acts(gaz: Gazetteer, key: str) -> bool:
    """Whether a party or a measure's author can be this key: a state or a bloc, not a region
    ("Central Asia", "North America"); keys that are not places (organisations) always can."""
    place = gaz.places.get(key)
    return place is None or place.type != PlaceType.REGION or place.bloc


def a_place_and_its_code(name: str, short: str) -> bool:
    """A state's formal name ("Republic of Verde (RV)") or a region's name and its ISO 3166-2 code ("Roe Province
    (RP)", as pycountry lists it), not an organisation's name and short form."""
    if re.search(r"\b(?:Republic|Kingdom|Emirates|Federation|States) of\b|Republic$", name):
        return True
    return short.upper() in _region_codes().get(name.casefold(), ())


def region_named(name: str) -> bool:
    """Whether a name is a state's region as ISO 3166-2 lists it ("Roe Province", "Verde Cape")."""
    return name.casefold() in _region_codes()


@functools.cache
def _region_codes() -> dict[str, set[str]]:
    """Each region's name (casefolded), to the codes it goes by: "minas gerais" to {"MG"}."""
    codes: dict[str, set[str]] = {}
    for region in pycountry.subdivisions:
        codes.setdefault(region.name.casefold(), set()).add(region.code.partition("-")[2])
    return codes
