"""Stage 4, emit (pictures): the world map and the deals network, drawn at build time as SVG.

No script and no request when a page is viewed, so both work in the offline bundle. Labels come
from entity names and are escaped; links are served addresses (raw HTML is not rewritten by the
engine), relative, for the URL style the build uses. Each picture has a text alternative on the
page: a list of the same links.
"""

from __future__ import annotations

import json
import math
from functools import cache
from html import escape
from pathlib import Path

from markupsafe import Markup

from ..kinds import COUNTRY, DEAL, MINERAL, POLICY
from ..slugs import page_path, served_link
from .markdown import md_link

SHADES = 4  # shades of the map: none, then three steps of how many deals and policies


@cache
def world_shapes() -> dict:
    """Country outlines (ISO alpha-2 → SVG path), derived once by scripts/world_shapes.py."""
    return json.loads((Path(__file__).parent / "world.json").read_text(encoding="utf-8"))


def involvement(briefing) -> dict[str, int]:
    """Country key → how many deals and policies involve it (as a party, imposer or target)."""
    counts: dict[str, int] = {}
    for deal in briefing.of_kind(DEAL):
        for key in set(deal.fields["parties"]):
            counts[key] = counts.get(key, 0) + 1
    for policy in briefing.of_kind(POLICY):
        for key in {policy.fields["imposer"], *policy.fields["targets"]}:
            counts[key] = counts.get(key, 0) + 1
    return {k: n for k, n in counts.items() if k in briefing.entities and briefing.entities[k].kind is COUNTRY}


def world_map(briefing, from_path: str, directory_urls: bool) -> Markup:
    """The world, each country shaded by how many deals and policies involve it and linked to its page."""
    counts = involvement(briefing)
    if not counts:
        return Markup("")
    world = world_shapes()
    top = max(counts.values())
    by_code = {briefing.entities[k].fields.get("iso"): briefing.entities[k] for k in counts}
    shapes, shown = [], 0
    for code, d in world["shapes"].items():
        entity = by_code.get(code)
        if entity is None:
            shapes.append(f'<path class="briefing-map__land" d="{d}"/>')
            continue
        n = counts[entity.key]
        shade = 1 + min(SHADES - 2, int((SHADES - 1) * (n - 1) / max(1, top)))
        href = served_link(from_path, page_path(entity.kind, entity.slug), directory_urls)
        label = f"{entity.name}: {n} deal{'s' if n != 1 else ''} or polic{'ies' if n != 1 else 'y'}"
        shapes.append(
            f'<a href="{escape(href)}" aria-label="{escape(label)}"><title>{escape(label)}</title>'
            f'<path class="briefing-map__land briefing-map__land--{shade}" d="{d}"/></a>'
        )
        shown += 1
    if not shown:
        return Markup("")
    return Markup(
        f'<svg class="briefing-map" viewBox="0 0 {world["width"]} {world["height"]}" role="group" '
        f'aria-label="World map: countries by the number of deals and policies that involve them" '
        f'xmlns="http://www.w3.org/2000/svg">{"".join(shapes)}</svg>'
    )


MAX_NODES = 24  # the network shows the most connected; the deals index lists every deal


def deals_network(briefing, from_path: str, directory_urls: bool) -> Markup:
    """Countries, organisations and minerals as nodes on a circle, deals as the lines between their
    parties (and from each party to the deal's minerals); each node links to its page."""
    edges: dict[tuple[str, str], int] = {}
    for deal in briefing.of_kind(DEAL):
        parties = [p for p in dict.fromkeys(deal.fields["parties"]) if p in briefing.entities]
        minerals = [m for m in dict.fromkeys(m for s in deal.sightings for m in s.minerals) if m in briefing.entities]
        for i, a in enumerate(parties):
            for b in parties[i + 1 :]:
                edges[tuple(sorted((a, b)))] = edges.get(tuple(sorted((a, b))), 0) + 1
            for m in minerals:
                edges[(a, m)] = edges.get((a, m), 0) + 1
    if not edges:
        return Markup("")
    degree: dict[str, int] = {}
    for a, b in edges:
        degree[a] = degree.get(a, 0) + 1
        degree[b] = degree.get(b, 0) + 1
    kinds_order = {COUNTRY: 0, MINERAL: 2}
    nodes = sorted(degree, key=lambda k: (-degree[k], k))[:MAX_NODES]
    nodes.sort(key=lambda k: (kinds_order.get(briefing.entities[k].kind, 1), briefing.entities[k].name.casefold()))
    size, radius = 340, 100
    centre = size / 2
    at = {}
    for i, key in enumerate(nodes):
        angle = 2 * math.pi * i / len(nodes) - math.pi / 2
        at[key] = (centre + radius * math.cos(angle), centre + radius * math.sin(angle), angle)
    lines = [
        f'<line class="briefing-net__edge" x1="{at[a][0]:.1f}" y1="{at[a][1]:.1f}" x2="{at[b][0]:.1f}" '
        f'y2="{at[b][1]:.1f}" stroke-width="{min(4, n):d}"/>'
        for (a, b), n in sorted(edges.items())
        if a in at and b in at
    ]
    dots = []
    for key in nodes:
        entity = briefing.entities[key]
        x, y, angle = at[key]
        kind = entity.kind.name  # its colour class
        right = math.cos(angle) >= 0
        lx, ly = centre + (radius + 10) * math.cos(angle), centre + (radius + 10) * math.sin(angle)
        name = entity.name if len(entity.name) <= 16 else entity.name[:15].rstrip() + "…"
        href = served_link(from_path, page_path(entity.kind, entity.slug), directory_urls)
        dots.append(
            f'<a href="{escape(href)}"><title>{escape(entity.name)}</title>'
            f'<circle class="briefing-net__node briefing-net__node--{kind}" cx="{x:.1f}" cy="{y:.1f}" r="5"/>'
            f'<text x="{lx:.1f}" y="{ly + 4:.1f}" text-anchor="{"start" if right else "end"}">{escape(name)}</text></a>'
        )
    return Markup(
        f'<svg class="briefing-net" viewBox="-110 0 {size + 220} {size}" role="group" '
        f'aria-label="Deals network: who makes deals with whom, and on which minerals" '
        f'xmlns="http://www.w3.org/2000/svg">{"".join(lines)}{"".join(dots)}</svg>'
    )


def text_alternative(briefing, kind, links) -> Markup:
    """What the picture shows, in words: the countries by involvement, with links; for the
    network, the deals table below it."""
    if kind is COUNTRY:
        counts = involvement(briefing)
        shown = sorted(counts, key=lambda k: (-counts[k], briefing.entities[k].name))
        items = [
            md_link(briefing.entities[k].name, links.to(COUNTRY, briefing.entities[k].slug)) + Markup(f" ({counts[k]})")
            for k in shown
        ]
        return (
            Markup("**Deals and policies per country or region** (the map shades the countries): ")
            + Markup(" · ").join(items)
            if items
            else Markup("")
        )
    return Markup("The table below lists every deal and its parties: the network's text alternative.")
