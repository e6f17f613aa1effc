"""The typed records of site_data/: article metadata, boilerplate rules, reference data and the
loaded `SiteData`. Each kind's registry entry model is in its module in `kinds/`."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Annotated, Literal

from pydantic import Field, field_validator

from ..errors import Problem
from ..kinds import EntityKind
from ..records import EntityEntry, Slug, Strict


class SourceMeta(Strict):
    """Metadata of one article; anything missing is shown as unknown, never guessed."""

    title: str | None = None
    publisher: str | None = None
    date: dt.date | None = None
    url: str | None = Field(default=None, pattern=r"^https?://\S+$")
    language: str | None = Field(default=None, pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
    slug: Slug | None = None

    @field_validator("date")
    @classmethod
    def _plausible_date(cls, value: dt.date | None) -> dt.date | None:
        """A news article from before 1900 or after 2100 is a typo ("0202-03-14" for 2022)."""
        if value is not None and not 1900 <= value.year <= 2100:
            raise ValueError(f"{value.isoformat()} is not a plausible date for a news article (a typo in the year?)")
        return value


class BoilerplateRules(Strict):
    """Page chrome that scrapers leave around an article (see site_data/boilerplate.yml)."""

    drop_lines: list[str] = []
    section_labels: list[str] = []
    footer_patterns: list[str] = []
    max_footer_line_length: int = 300
    keep_lines: list[str] = []
    keep_patterns: list[str] = []

    @field_validator("footer_patterns", "keep_patterns")
    @classmethod
    def _patterns_compile(cls, patterns: list[str]) -> list[str]:
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"'{pattern}' is not a valid regular expression ({exc})") from None
        return patterns

    caption_overlap: float = Field(default=0.75, ge=0, le=1)


class CountryReference(Strict):
    """reference/countries.yml: extra names for ISO countries, and words that are not places."""

    aliases: dict[Annotated[str, Field(pattern=r"^[A-Z]{2}$")], list[Annotated[str, Field(min_length=1)]]] = {}
    metonyms: dict[str, str] = {}
    capital_exceptions: list[str] = []
    ambiguous_names: list[str] = []
    not_names: list[str] = []  # the gazetteer's spellings that are English words ("Island" for Iceland)
    # adjectives the gazetteer's one demonym per country misses ("Philippine" beside "Filipino")
    demonyms: dict[Annotated[str, Field(pattern=r"^[A-Z]{2}$")], list[Annotated[str, Field(min_length=1)]]] = {}


class RegionReference(Strict):
    name: str = Field(min_length=1)
    aliases: list[str] = []
    demonyms: list[str] = []
    description: str | None = None
    bloc: bool = False  # a bloc of states acts as one (signs deals, imposes measures); a region does not


class InternationalBody(Strict):
    """reference/international.yml: an organisation of states, by its name and acronyms."""

    name: str = Field(min_length=1)
    aliases: list[str] = []
    # false: it rules on, studies or advises about its members' measures (a trade court, an energy
    # agency) and takes none: a measure a sentence ties to it is a state's
    takes_measures: bool = True


class NationalAgency(Strict):
    """reference/agencies.yml: a state's agency that news names without its country ("the Pentagon")."""

    name: str = Field(min_length=1)
    aliases: list[str] = []
    country: str = Field(min_length=1)


class KnownCompany(Strict):
    """reference/companies.yml: a company the news names bare ("Andina Cobre"), with nothing saying it is one."""

    name: str = Field(min_length=1)
    aliases: list[str] = []
    type: Literal["company", "state-owned"] = "company"
    country: str | None = None


class MineralGroup(Strict):
    name: str = Field(min_length=1)
    slug: Slug | None = None
    aliases: list[str] = []
    case_sensitive_aliases: list[str] = []
    description: str | None = None


class MineralReference(Strict):
    spellings: dict[str, str] = {}
    groups: list[MineralGroup] = []
    products: dict[str, str] = {}
    non_elements: list[str] = []


class CriticalMinerals(Strict):
    source: str | None = None
    url: str | None = None
    minerals: list[str] = []


# How each reference file must look; a mistake is a file:line problem, never a traceback later.
REFERENCE_MODELS = {"countries": CountryReference, "minerals": MineralReference, "critical_minerals": CriticalMinerals}
# Reference files that are lists: the model of an item, and what an item is called in messages.
REFERENCE_LISTS = {
    "regions": (RegionReference, "region"),
    "international": (InternationalBody, "international body"),
    "agencies": (NationalAgency, "national agency"),
    "companies": (KnownCompany, "company"),
}


@dataclass
class Reference:
    """site_data/reference/*.yml as validated records (a file that is missing or wrong is empty)."""

    countries: CountryReference = field(default_factory=CountryReference)
    regions: list[RegionReference] = field(default_factory=list)
    minerals: MineralReference = field(default_factory=MineralReference)
    critical_minerals: CriticalMinerals = field(default_factory=CriticalMinerals)
    international: list[InternationalBody] = field(default_factory=list)

    agencies: list[NationalAgency] = field(default_factory=list)
    companies: list[KnownCompany] = field(default_factory=list)

    def international_names(self) -> dict[str, str]:
        """Every name and acronym of an international body → its name."""
        return {alias: body.name for body in self.international for alias in [body.name, *body.aliases]}

    def advisory_bodies(self) -> frozenset[str]:
        """The names of the international bodies that take no measure of their own."""
        return frozenset(body.name for body in self.international if not body.takes_measures)

    def known_bodies(self) -> dict[str, tuple[str, str, str | None]]:
        """Every name and acronym of an international body, a national agency or a known company →
        (its name, its type, its country or None)."""
        out: dict[str, tuple[str, str, str | None]] = {}
        for company in self.companies:
            out.update(
                {alias: (company.name, company.type, company.country) for alias in [company.name, *company.aliases]}
            )
        for agency in self.agencies:
            out.update({alias: (agency.name, "agency", agency.country) for alias in [agency.name, *agency.aliases]})
        out.update({alias: (name, "international", None) for alias, name in self.international_names().items()})
        return out


@dataclass
class SiteData:
    sources: dict[str, SourceMeta] = field(default_factory=dict)
    source_lines: dict[str, int] = field(default_factory=dict)
    entries: dict[EntityKind, list[tuple[EntityEntry, int]]] = field(default_factory=dict)
    boilerplate: BoilerplateRules = field(default_factory=BoilerplateRules)
    reference: Reference = field(default_factory=lambda: Reference())
    problems: list[Problem] = field(default_factory=list)
