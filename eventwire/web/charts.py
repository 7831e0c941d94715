"""Geometry for the two drawings, computed on the server as plain numbers for SVG templates:
the events timeline (a real date axis, counts stacked by modality) and the map (country
outlines from Natural Earth through world-atlas's TopoJSON, shipped in eventwire/web/world).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from eventwire.model import Place
from eventwire.records import EventRecord

WORLD = Path(__file__).parent / "world" / "countries-110m.json"
MODALITIES = ("asserted", "negated", "future", "hypothetical", "uncertain")

Ring = list[tuple[float, float]]  # (lon, lat)


# -- coordinates -------------------------------------------------------------------------

def coordinate(value: Any, bound: float) -> float | None:
    """A latitude/longitude as a float within ±bound, or None for anything else (a string,
    NaN, out of range): one bad record is skipped, it never breaks the page."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) and -bound <= number <= bound else None


def located(event: EventRecord) -> tuple[float, float] | None:
    """(lat, lon) of an event's place when both are valid numbers."""
    place = event.location
    if not isinstance(place, Place):  # a stored place that is not an object
        return None
    lat, lon = coordinate(place.lat, 90), coordinate(place.lon, 180)
    return (lat, lon) if lat is not None and lon is not None else None


# -- world outlines ----------------------------------------------------------------------

@lru_cache(maxsize=1)
def world_rings() -> tuple[tuple[str, tuple[Ring, ...]], ...]:
    """(country name, its rings in lon/lat) for every country, decoded from TopoJSON once."""
    topology = json.loads(WORLD.read_text(encoding="utf-8"))
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs: list[Ring] = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:  # delta-encoded, quantized
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)

    def ring(indexes: list[int]) -> Ring:
        out: Ring = []
        for i in indexes:
            points = arcs[i] if i >= 0 else arcs[~i][::-1]
            out.extend(points if not out else points[1:])
        return out

    countries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = geometry.get("arcs") or []
        if geometry.get("type") == "Polygon":
            polygons = [polygons]
        rings = tuple(ring(r) for polygon in polygons for r in polygon)
        countries.append(((geometry.get("properties") or {}).get("name", ""), rings))
    return tuple(countries)


# -- the map -----------------------------------------------------------------------------

def map_plot(events: Sequence[EventRecord], width: int = 900,
             height: int = 450) -> dict[str, Any]:
    """An equirectangular map framed on the located events: outlines, graticule, points."""
    placed = [(e, xy) for e in events if (xy := located(e)) is not None]
    if not placed:
        return {"points": [], "grid": [], "land": [], "width": width, "height": height,
                "bounds": None}
    lats = [lat for _, (lat, _lon) in placed]
    lons = [lon for _, (_lat, lon) in placed]
    pad = 3.0
    west, east = max(-180.0, min(lons) - pad), min(180.0, max(lons) + pad)
    south, north = max(-90.0, min(lats) - pad), min(90.0, max(lats) + pad)
    span_x, span_y = east - west, north - south
    if span_x / width < span_y / height:  # keep degrees square: widen the narrower side
        extra = (span_y * width / height - span_x) / 2
        west, east = west - extra, east + extra
    else:
        extra = (span_x * height / width - span_y) / 2
        south, north = south - extra, north + extra

    def xy(lat: float, lon: float) -> tuple[float, float]:
        return (round((lon - west) / (east - west) * width, 1),
                round((north - lat) / (north - south) * height, 1))

    places: dict[tuple[float, float], dict[str, Any]] = {}
    for event, (lat, lon) in placed:
        x, y = xy(lat, lon)
        loc = event.location
        name = (loc.canonical or loc.name) if isinstance(loc, Place) else None
        place = places.setdefault((x, y), {"x": x, "y": y, "name": str(
            name or f"{lat:.2f}, {lon:.2f}"), "events": []})
        place["events"].append(event)
    step = 1 if east - west <= 12 else 5 if east - west <= 60 else 10
    grid = []
    for lon in range(math.ceil(west / step) * step, int(east) + 1, step):
        grid.append({"x1": xy(north, lon)[0], "y1": 0, "x2": xy(north, lon)[0], "y2": height,
                     "label": f"{abs(lon)}°{'E' if lon >= 0 else 'W'}"})
    for lat in range(math.ceil(south / step) * step, int(north) + 1, step):
        grid.append({"x1": 0, "y1": xy(lat, west)[1], "x2": width, "y2": xy(lat, west)[1],
                     "label": f"{abs(lat)}°{'N' if lat >= 0 else 'S'}"})
    return {"points": sorted(places.values(), key=lambda p: (p["y"], p["x"])), "grid": grid,
            "land": land_paths(west, south, east, north, xy), "width": width,
            "height": height,
            "bounds": [round(south, 2), round(west, 2), round(north, 2), round(east, 2)]}


def land_paths(west: float, south: float, east: float, north: float,
               xy: Any) -> list[dict[str, str]]:
    """SVG paths of the countries whose outline reaches into the frame."""
    margin = 2.0
    out = []
    for name, rings in world_rings():
        parts = []
        for ring in rings:
            if not any(west - margin <= lon <= east + margin
                       and south - margin <= lat <= north + margin for lon, lat in ring):
                continue
            d, last_lon = [], None
            for lon, lat in ring:
                x, y = xy(lat, lon)
                jump = last_lon is None or abs(lon - last_lon) > 180  # antimeridian: lift pen
                d.append(f"{'M' if jump else 'L'}{x} {y}")
                last_lon = lon
            parts.append("".join(d) + "Z")
        if parts:
            out.append({"name": name, "d": "".join(parts)})
    return out


# -- the timeline ------------------------------------------------------------------------

def timeline_plot(events: Sequence[EventRecord], width: int = 900,
                  height: int = 190) -> dict[str, Any] | None:
    """Events per day on a continuous date axis, stacked by modality, with axis ticks.

    Days without events keep their place on the axis (a gap is a gap); events without a
    day (undated, or dated only to a month or a year) stand apart, counted in ``undated``."""
    days: dict[date, dict[str, int]] = {}
    undated = 0
    for event in events:
        try:
            day = date.fromisoformat(str(event.date or "")[:10])
        except ValueError:
            undated += 1
            continue
        modality = event.modality if event.modality in MODALITIES else "other"
        counts = days.setdefault(day, {})
        counts[modality] = counts.get(modality, 0) + 1
    if not days:
        return None
    first, last = min(days) - timedelta(days=1), max(days) + timedelta(days=1)
    short = 14 - (last - first).days  # a short range still shows two weeks around it
    if short > 0:
        first, last = first - timedelta(days=short // 2), last + timedelta(days=short - short // 2)
    left, right, top, bottom = 36, 12, 12, 36
    plot_w, plot_h = width - left - right, height - top - bottom
    n_days = (last - first).days
    day_w = plot_w / n_days
    peak = max(sum(c.values()) for c in days.values())

    def x(day: date) -> float:
        return round(left + (day - first).days * day_w, 1)

    bars = []
    for day in sorted(days):
        y = top + plot_h
        for modality in (*MODALITIES, "other"):
            n = days[day].get(modality, 0)
            if n:
                h = round(plot_h * n / peak, 1)
                y = round(y - h, 1)
                bars.append({"x": round(x(day) - min(day_w * 0.4, 14.0), 1), "y": y, "h": h,
                             "w": round(min(max(day_w * 0.8, 1.5), 28.0), 1),
                             "modality": modality,
                             "label": f"{day.isoformat()}: {n} {modality}"})
    step = _tick_step(n_days)
    ticks = []
    tick = first + timedelta(days=(-first.toordinal()) % step)
    while tick <= last:
        ticks.append({"x": x(tick), "label": tick.strftime("%d %b") if step < 28
                      else tick.strftime("%b %Y")})
        tick += timedelta(days=step)
    levels = sorted({0, peak, *(round(peak * f) for f in (0.5,))})
    y_ticks = [{"y": round(top + plot_h - plot_h * n / peak, 1), "label": str(n)}
               for n in levels]
    present = [m for m in (*MODALITIES, "other") if any(b["modality"] == m for b in bars)]
    return {"width": width, "height": height, "bars": bars, "ticks": ticks, "y_ticks": y_ticks,
            "left": left, "right": width - right, "axis_y": top + plot_h,
            "legend": present, "first": min(days).isoformat(),
            "last": max(days).isoformat(), "peak": peak, "undated": undated}


def _tick_step(n_days: int) -> int:
    """Days between labelled ticks so that about eight labels fit."""
    for step in (1, 2, 3, 7, 14, 28, 91, 182, 365):
        if n_days / step <= 8:
            return step
    return 365 * math.ceil(n_days / 365 / 8)
