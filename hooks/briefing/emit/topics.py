"""Stage 4, render (topic details): per-kind facts and sections, index columns, figures, home.

Kept apart from `render.py` so each kind's page layout reads in one place. Reference data
(symbol, atomic number) is labelled as such; what sources claim always carries a footnote.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from markupsafe import Markup

from .markdown import Citations, PageLinks, md_escape, md_link
from ..model import Briefing, Entity

INDEX_INTROS = {
    "deal": Markup("Agreements, frameworks, memoranda, pledges and joint ventures the sources report, "
                   "with their parties and status as reported. Deals named by several sources are merged "
                   "only when their parties agree."),
    "country": Markup("Countries and regions the sources mention, most-cited first."),
    "mineral": Markup("Elements, critical minerals and mineral groups the sources mention."),
    "expert": Markup("Analysts, academics and fellows the sources quote, with role and affiliation as stated."),
    "official": Markup("Heads of state and government, ministers and other officials the sources name."),
}
MAX_ROWS = 40  # rows of a table on a topic page; the rest are on the figures pages
STATUS_RANK = {"signed": 0, "agreed": 1, "pledged": 2, "under negotiation": 3, "paused": 4}


@dataclass(frozen=True)
class ShareRow:
    source: Markup
    holder: Markup | None
    value: str
    measure: str | None
    quote: str
    article: str
    anchor: str


@dataclass
class Section:
    title: str
    body: Markup
    note: Markup | None = None


def _link(briefing: Briefing, key: str, links: PageLinks) -> Markup:
    if key.startswith("org:"):
        return md_escape(key[4:])
    e = briefing.entities.get(key)
    return md_link(e.name, links.to(e.kind, e.slug)) if e else md_escape(key.split(":", 1)[-1])


def _join(items) -> Markup:
    return Markup(" · ").join(items)


def index_columns(briefing: Briefing, kind: str, entities: list[Entity], links: PageLinks):
    counts = lambda e: [md_escape(len(e.sources)), md_escape(len(e.mentions) + len(e.sightings))]  # noqa: E731
    name = lambda e: md_link(e.name, links.to(e.kind, e.slug))  # noqa: E731
    if kind == "deal":
        return (["Deal", "Parties", "Status as reported", "Sources", "Mentions"],
                [[name(e), _join(_link(briefing, p, links) for p in e.fields["parties"]),
                  md_escape(", ".join(_statuses(e)) or "not stated"), *counts(e)] for e in entities])
    if kind == "country":
        return (["Place", "Type", "Sources", "Mentions"],
                [[name(e), md_escape(e.fields.get("type", "country")), *counts(e)] for e in entities])
    if kind == "mineral":
        return (["Mineral", "Symbol", "Rare earth", "Sources", "Mentions"],
                [[name(e), md_escape(e.fields.get("symbol") or "—"),
                  md_escape("group" if e.fields.get("group") else "yes" if e.fields.get("rare_earth") else "no"),
                  *counts(e)] for e in entities])
    return (["Name", "Role (as stated)", "Affiliation (as stated)", "Sources", "Mentions"],
            [[name(e), md_escape(e.fields.get("role") or "unknown"),
              md_escape(e.fields.get("affiliation") or e.fields.get("country") or "unknown"), *counts(e)]
             for e in entities])


def _statuses(deal: Entity) -> list[str]:
    found = {s.status for s in deal.sightings if s.status}
    return sorted(found, key=lambda s: STATUS_RANK.get(s, 9))


def entity_details(briefing: Briefing, entity: Entity, links: PageLinks, cite: Citations):
    return {"deal": _deal_details, "country": _country_details, "mineral": _mineral_details}.get(
        entity.kind, _person_details)(briefing, entity, links, cite)


def _reported(sightings, attr: str, cite: Citations) -> Markup | None:
    """Each distinct value once, followed by the footnotes of every source that reports it."""
    notes: dict[str, list] = {}
    for s in sightings:
        if value := getattr(s, attr):
            marks = notes.setdefault(value, [])
            mark = cite.cite(s.article, s.anchor)
            if mark not in marks:
                marks.append(mark)
    parts = [md_escape(v) + Markup("").join(m) for v, m in notes.items()]
    return Markup("; ").join(parts) if parts else None


def _deal_details(briefing, deal, links, cite):
    facts = [("Parties", _join(_link(briefing, p, links) for p in deal.fields["parties"])),
             ("Kind", md_escape(deal.fields.get("kind", "agreement")))]
    for label, attr in (("Status as reported", "status"), ("Date as reported", "date"), ("Value as reported", "value")):
        curated = deal.fields.get("curated", {}).get(attr)
        facts.append((label, _reported(deal.sightings, attr, cite) or md_escape("not stated")))
        if curated:
            facts.append((label.replace("as reported", "(curated)"),
                          md_escape(curated) + Markup(f" *({md_escape(deal.curated_in)})*")))
    minerals = list(dict.fromkeys(k for s in deal.sightings for k in s.minerals if k in briefing.entities))
    if minerals:
        facts.append(("Minerals", _join(_link(briefing, k, links) for k in minerals)))
    places = [k for k in dict.fromkeys(k for s in deal.sightings for k in s.places)
              if k not in deal.fields["parties"] and k in briefing.entities]
    if places:
        facts.append(("Also named", _join(_link(briefing, k, links) for k in places)))
    return facts, []


def _country_details(briefing, country, links, cite):
    facts = [("Type", md_escape(country.fields.get("type", "country")))]
    if country.fields.get("iso"):
        facts.append(("ISO 3166 code", md_escape(country.fields["iso"]) + Markup(" *(reference data)*")))
    sections = []
    deals = briefing.lookup.deals_by_party.get(country.key, [])
    if deals:
        shown = sorted(deals, key=lambda d: (-len(d.sources), d.name))[:MAX_ROWS]
        body = "\n".join(f"- {md_link(d.name, links.to('deal', d.slug))}: "
                         f"{md_escape(', '.join(_statuses(d)) or 'status not stated')}" for d in shown)
        sections.append(Section("Deals", Markup(body), _more(len(deals), "deals", links)))
    rows = share_rows(briefing, links, briefing.lookup.shares_by_holder.get(country.key, []),
                      briefing.lookup.facts_by_holder.get(country.key, []))
    if rows:
        sections.append(Section("Figures the sources give", share_table(rows, cite), _differ_note(rows)))
    people = briefing.lookup.people_by_country.get(country.key, [])
    if people:
        sections.append(Section("People", _join(md_link(p.name, links.to(p.kind, p.slug)) for p in people[:MAX_ROWS])))
    return facts, sections


def _mineral_details(briefing, mineral, links, cite):
    f = mineral.fields
    facts = []
    if f.get("symbol"):
        facts += [("Symbol", md_escape(f["symbol"])), ("Atomic number", md_escape(f["atomic_number"])),
                  ("Rare earth element", md_escape("yes" if f.get("rare_earth") else "no"))]
    if f.get("group"):
        facts.append(("Kind", md_escape("group of minerals")))
    if f.get("critical") and briefing.critical_source:
        facts.append(("Critical minerals list", md_escape(f"listed in the {briefing.critical_source}")))
    sections = []
    if facts:
        table = "| Reference fact | Value |\n|---|---|\n" + "\n".join(f"| {label} | {value} |" for label, value in facts)
        sections.append(Section("Reference data", Markup(table), Markup(
            "*From the periodic table and official lists, not from the sources.*")))
        facts = []
    uses = briefing.lookup.uses_by_mineral.get(mineral.key, [])[:MAX_ROWS]
    table_uses = [t for t in briefing.lookup.facts_by_key.get(mineral.key, []) if "use" in t.header.lower()][:MAX_ROWS]
    if uses or table_uses:
        lines = [f"- “{md_escape(u.sentence)}”{cite.cite(u.article, u.anchor)}" for u in uses]
        lines += [f"- {md_escape(t.header)}: {md_escape(t.value)}{cite.cite(t.article, t.anchor)}" for t in table_uses]
        sections.append(Section("Reported uses", Markup("\n".join(lines))))
    rows = share_rows(briefing, links, briefing.lookup.shares_by_mineral.get(mineral.key, []),
                      briefing.lookup.facts_by_key.get(mineral.key, []))
    if rows:
        sections.append(Section("Shares the sources report", share_table(rows, cite), _differ_note(rows)))
    deals = briefing.lookup.deals_by_mineral.get(mineral.key, [])
    if deals:
        shown = sorted(deals, key=lambda d: (-len(d.sources), d.name))[:MAX_ROWS]
        sections.append(Section("Deals that name it", _join(md_link(d.name, links.to("deal", d.slug)) for d in shown),
                                _more(len(deals), "deals", links)))
    return facts, sections


def _person_details(briefing, person, links, cite):
    facts = []
    for field in ("role", "affiliation"):
        value = person.fields.get(field)
        if not value:
            facts.append((field.capitalize(), md_escape("unknown")))
            continue
        source = next((s for s in person.sightings if getattr(s, field) == value), None)
        mark = cite.cite(source.article, source.anchor) if source else Markup(" *(curated)*")
        facts.append((f"{field.capitalize()} (as stated)", md_escape(value) + mark))
    if person.fields.get("country_key") in briefing.entities:
        facts.append(("Country", _link(briefing, person.fields["country_key"], links)))
    quotes = [s for s in person.sightings] + [m for m in person.mentions]
    quoted = list(dict.fromkeys((q.article, q.anchor, q.sentence) for q in quotes if "“" in q.sentence or '"' in q.sentence))
    sections = []
    if quoted:
        body = "\n\n".join(f"> {md_escape(s)}{cite.cite(a, p)}" for a, p, s in quoted)
        sections.append(Section("Quotes", Markup(body)))
    return facts, sections


def share_rows(briefing: Briefing, links: PageLinks, figures, facts, limit: int | None = None) -> list[ShareRow]:
    """Percent figures (and table cells with a %) side by side, one row per figure and source.

    Topic pages show the most recent `limit` rows so a page does not grow with the corpus; the
    figures pages show them all, page by page.
    """
    limit = MAX_ROWS if limit is None else limit
    rows = []
    for f in figures:
        if f.unit == "percent":
            rows.append(_share_row(briefing, links, f.holder, f.value, f.measure, f.sentence, f.article, f.anchor))
    for t in facts:
        if "%" in t.value + t.header:
            rows.append(_share_row(briefing, links, t.holder, t.value, t.header, f"{t.header}: {t.value}",
                                   t.article, t.anchor))
    return rows[-limit:] if limit else rows


def _share_row(briefing, links, holder, value, measure, quote, article_id, anchor) -> ShareRow:
    article = briefing.article(article_id)
    return ShareRow(md_link(article.title, links.to("source", article.slug)),
                    _link(briefing, holder, links) if holder else None, value, measure, quote, article_id, anchor)


def share_table(rows: list[ShareRow], cite: Citations) -> Markup:
    lines = ["| Source | Who | Figure | Of what | As written |", "|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r.source} | {r.holder or 'not stated'} | **{md_escape(r.value)}** | "
                     f"{md_escape(r.measure or 'not stated')} | “{md_escape(r.quote)}”{cite.cite(r.article, r.anchor)} |")
    return Markup("\n".join(lines))


def _more(total: int, what: str, links: PageLinks) -> Markup | None:
    """A note when a list on a topic page is cut to MAX_ROWS, pointing to the full index."""
    if total <= MAX_ROWS:
        return None
    return Markup(f"The {MAX_ROWS} most-reported of {total}; all are in the "
                  f"[{what} index]({links.to_path('deals/index.md')}).")


def _differ_note(rows: list[ShareRow]) -> Markup | None:
    by_source = defaultdict(set)
    for r in rows:
        by_source[r.article].add(r.value)
    if len(by_source) > 1 and len({frozenset(v) for v in by_source.values()}) > 1:
        return Markup('!!! warning "The sources give different figures"\n    Each figure is shown beside '
                      "the source that gives it; they are not combined.")
    return None
