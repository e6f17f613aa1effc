"""Derive hooks/briefing/emit/world.json (country outlines for the home page's map) from the
world map of pygal_maps_world (PyPI; LGPL-3.0-or-later; its shapes are the public-domain
Wikimedia Commons world map), simplified so the whole map weighs tens of kilobytes, not 780.

Run once when the shapes should change (the output is committed, so builds need neither package):
    python -m venv /tmp/v && /tmp/v/bin/pip install svgelements pygal_maps_world
    /tmp/v/bin/python scripts/world_shapes.py
Each country (ISO 3166 alpha-2, upper case) becomes one SVG path of integer coordinates in a
1000 × 560 box: curves flattened to their end points, points closer than the tolerance dropped
(Douglas–Peucker), rings smaller than a few units left out (microstates keep their largest ring); Antarctica left out.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from xml.etree import ElementTree as ET

import pygal_maps_world
from svgelements import Close, Move
from svgelements import Path as SvgPath

OUT = Path(__file__).resolve().parent.parent / "hooks" / "briefing" / "emit" / "world.json"
WIDTH, HEIGHT = 1000, 560
TOLERANCE = 2.0  # in output units: the map is a page's width; finer detail costs a phone load time
SKIP = {"AQ"}  # Antarctica: no state makes deals there, and it is a tenth of the bytes


def _simplify(points, tolerance):
    if len(points) < 3:
        return points
    (x1, y1), (x2, y2) = points[0], points[-1]
    dx, dy = x2 - x1, y2 - y1
    norm = (dx * dx + dy * dy) ** 0.5 or 1e-9
    far, at = -1.0, 0
    for i, (x, y) in enumerate(points[1:-1], start=1):
        d = abs(dy * x - dx * y + x2 * y1 - y2 * x1) / norm if (dx or dy) else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
        if d > far:
            far, at = d, i
    if far <= tolerance:
        return [points[0], points[-1]]
    return _simplify(points[: at + 1], tolerance)[:-1] + _simplify(points[at:], tolerance)


def _rings(d: str, scale: float):
    rings, ring = [], []
    for segment in SvgPath(d):
        if isinstance(segment, Move):
            if ring:
                rings.append(ring)
            ring = [(segment.end.x * scale, segment.end.y * scale)]
        elif isinstance(segment, Close):
            if ring:
                rings.append(ring)
            ring = []
        elif segment.end is not None:
            ring.append((segment.end.x * scale, segment.end.y * scale))
    if ring:
        rings.append(ring)
    return rings


def main() -> None:
    source = Path(pygal_maps_world.__file__).parent / "worldmap.svg"
    root = ET.parse(source).getroot()
    box = [float(v) for v in root.get("viewBox").split()]
    scale = WIDTH / box[2]
    shapes = {}
    for group in root.iter("{http://www.w3.org/2000/svg}g"):
        classes = (group.get("class") or "").split()
        if "map-element" not in classes:  # pygal: one group of paths per country
            continue
        code = classes[0].upper()
        if code in SKIP:
            continue
        rings = [r for p in group.iter("{http://www.w3.org/2000/svg}path") for r in _rings(p.get("d"), scale)]
        if not rings:
            continue

        def size(ring):
            xs, ys = [x for x, _ in ring], [y for _, y in ring]
            return max(xs) - min(xs) + max(ys) - min(ys)

        kept = [r for r in rings if size(r) >= 3] or [max(rings, key=size)]
        parts = []
        for ring in kept:
            pts = _simplify(ring + [ring[0]], TOLERANCE)
            pts = [(round(x), round(y)) for x, y in pts]
            pts = [p for i, p in enumerate(pts) if i == 0 or p != pts[i - 1]]
            if len(pts) < 3:
                pts = [(round(x), round(y)) for x, y in ring[:: max(1, len(ring) // 4)]][:4]
            parts.append("M" + "L".join(f"{x} {y}" for x, y in pts) + "Z")
        shapes[code] = re.sub(r"L(\d)", r" \1", "".join(parts)).replace("L-", " -")
    OUT.write_text(
        json.dumps(
            {
                "about": "Country outlines for the home page's map, derived by scripts/world_shapes.py "
                "from pygal_maps_world 1.0.2 (LGPL-3.0-or-later; shapes from the public-domain "
                "Wikimedia Commons world map). Keys: ISO 3166 alpha-2.",
                "width": WIDTH,
                "height": min(HEIGHT, max(int(n) for d in shapes.values() for n in re.findall(r"\d+ (\d+)", d)) + 4),
                "shapes": dict(sorted(shapes.items())),
            },
            separators=(",", ":"),
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"{OUT}: {len(shapes)} countries, {OUT.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
