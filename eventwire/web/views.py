"""What the pages and the API show, computed from the store: no HTML here, no HTTP either.

Keeping this apart lets the JSON API and the pages agree (a story's accounts and its
discrepancies are worked out once) and lets tests check it without a server.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

from eventwire.store.base import EventFilter, SQLStore
from eventwire.store.rows import violation_events

VIOLATION_TYPES = ("ASSAULT", "COERCE", "MOBILIZE")


@dataclass
class Segment:
    """A piece of document text and the records whose spans cover all of it."""

    text: str
    ids: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)


def record_span(record: dict[str, Any]) -> tuple[int, int] | None:
    span = record.get("span") if record["kind"] == "statement" else (
        (record.get("evidence") or {}).get("span") if record["kind"] == "event" else None)
    if isinstance(span, list) and len(span) == 2 and 0 <= span[0] < span[1]:
        return int(span[0]), int(span[1])
    return None


def segments(text: str, records: list[dict[str, Any]]) -> list[Segment]:
    """Cut the text at every span boundary; each piece lists the statements/events over it.

    Overlaps are kept (an event inside a statement shows as both), never resolved away.
    """
    spans = []
    for record in records:
        span = record_span(record)
        if span:
            start, end = max(0, span[0]), min(len(text), span[1])
            if start < end:
                spans.append((start, end, record["kind"], record["id"]))
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        cover = [(k, i) for s, e, k, i in spans if s <= a and e >= b]
        ids = [i for _, i in cover]
        kinds = sorted({k for k, _ in cover})
        if out and out[-1].ids == ids:
            out[-1].text += text[a:b]
        else:
            out.append(Segment(text[a:b], ids, kinds))
    return out


def snippet_parts(snippet: str) -> tuple[str, list[list[int]]]:
    """A search snippet without its hit markers, and the hits as [start, end] into it."""
    plain, hits, start = [], [], None
    pos = 0
    for char in snippet:
        if char == "\x02":
            start = pos
        elif char == "\x03":
            if start is not None:
                hits.append([start, pos])
            start = None
        else:
            plain.append(char)
            pos += 1
    return "".join(plain), hits


def snippet_html(snippet: str) -> Markup:
    """Escape a snippet, then turn its hit markers into <mark> (the text never becomes HTML)."""
    return escape(snippet).replace("\x02", Markup("<mark>")).replace("\x03", Markup("</mark>"))


def actor_label(actor: dict[str, Any] | None) -> str:
    if not actor:
        return ""
    name = actor.get("canonical") or actor.get("name") or "?"
    return f"{name} ({actor['country']})" if actor.get("country") else name


def story_view(store: SQLStore, story: dict[str, Any]) -> dict[str, Any]:
    """A story's documents side by side, each with its statements and events, and the
    discrepancies on the story, its events or the agreements its documents support."""
    event_ids = set(story.get("events") or [])
    columns = []
    for doc_id in story.get("documents") or []:
        records = store.document_records(doc_id)
        if not records:
            continue
        doc = records[0]
        columns.append({
            "document": {k: v for k, v in doc.items() if k != "text"},
            "statements": [r for r in records if r["kind"] == "statement"],
            "events": [r for r in records if r["kind"] == "event"
                       and (not event_ids or r["id"] in event_ids)],
        })
    subjects = {story["id"], *event_ids}
    for doc_id in story.get("documents") or []:
        subjects.update(a["id"] for a in store.linking("source", doc_id, "agreement"))
    discrepancies: dict[str, dict[str, Any]] = {}
    for subject in sorted(subjects):
        for record in store.linking("subject", subject, "discrepancy"):
            discrepancies[record["id"]] = record
    return {"story": story, "columns": columns,
            "discrepancies": sorted(discrepancies.values(), key=lambda r: r["id"])}


def agreement_view(store: SQLStore, agreement: dict[str, Any]) -> dict[str, Any]:
    """An agreement's status over time and its alleged violations.

    The status strip is the agreement's own ``history`` when it has one (the reconcile stage
    writes it); otherwise it is read off its events in date order. Violations are the
    agreement's ``violations`` (ids, or objects naming their event), or failing that its
    uses of force."""
    events = {e["id"]: e for e in store.get_many(agreement.get("events") or [])}
    named = violation_events(agreement)
    if agreement.get("violations") is None and not named:
        named = [i for i, e in events.items() if e.get("type") in VIOLATION_TYPES]
    timeline = []
    for entry in agreement.get("history") or []:
        ids = [i for i in entry.get("events") or [] if isinstance(i, str)]
        timeline.append({"date": entry.get("date"), "stage": entry.get("status") or "",
                         "events": store.get_many(ids), "sources": entry.get("sources") or [],
                         "violation": entry.get("status") == "violated"})
    if not timeline:
        for event in sorted(events.values(), key=lambda e: (e.get("date") or "9999", e["id"])):
            violation = event["id"] in named
            timeline.append({"date": event.get("date"), "stage": _stage(event, violation),
                             "events": [event], "sources": [event.get("document")],
                             "violation": violation})
    violations = []
    for entry in agreement.get("violations") or [{"event": i} for i in named]:
        claim = entry if isinstance(entry, dict) else {"event": entry}
        event = store.get(claim.get("event") or "") if claim.get("event") else None
        violations.append({"event": event, "text": claim.get("text"),
                           "date": claim.get("date") or (event or {}).get("date"),
                           "accuser": claim.get("accuser") or [],
                           "accused": claim.get("accused") or [],
                           "sources": claim.get("sources") or []})
    return {"agreement": agreement, "timeline": timeline, "violations": violations}


def _stage(event: dict[str, Any], violation: bool) -> str:
    """The agreement's state an event points to, for the status-over-time strip."""
    if violation:
        return "violation alleged"
    if event.get("modality") in ("future", "hypothetical", "uncertain"):
        return "announced" if event.get("type") == "AGREE" else "expected"
    return {"AGREE": "agreed", "CONSULT": "under negotiation", "REQUEST": "proposed",
            "REJECT": "rejected", "ACCUSE": "disputed", "COOPERATE": "implemented",
            "CONCEDE": "implemented", "RETREAT": "implemented"}.get(event.get("type") or "", "")


def event_filter(params: dict[str, Any]) -> EventFilter:
    """An EventFilter from query parameters, blanks ignored."""
    def get(name: str) -> str | None:
        value = params.get(name)
        return value.strip() if isinstance(value, str) and value.strip() else None

    return EventFilter(actor=get("actor"), country=get("country"), type=get("type"),
                       modality=get("modality"), date_from=get("date_from"),
                       date_to=get("date_to"), document=get("document"),
                       located=str(params.get("located") or "").lower() in ("1", "true", "on"))


def timeline_bars(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Events per day (undated left out), stacked by modality, for the SVG timeline."""
    days: dict[str, dict[str, int]] = {}
    for event in events:
        date = (event.get("date") or "")[:10]
        if len(date) == 10:
            day = days.setdefault(date, {})
            day[event.get("modality") or "?"] = day.get(event.get("modality") or "?", 0) + 1
    return [{"date": d, "counts": days[d], "total": sum(days[d].values())} for d in sorted(days)]


def map_points(events: list[dict[str, Any]], width: int = 900,
               height: int = 450) -> dict[str, Any]:
    """Equirectangular plot of located events, framed on them (no tiles, no network)."""
    located = [e for e in events if (e.get("location") or {}).get("lat") is not None
               and (e.get("location") or {}).get("lon") is not None]
    if not located:
        return {"points": [], "grid": [], "width": width, "height": height, "bounds": None}
    lats = [float(e["location"]["lat"]) for e in located]
    lons = [float(e["location"]["lon"]) for e in located]
    pad = 3.0
    west, east = max(-180.0, min(lons) - pad), min(180.0, max(lons) + pad)
    south, north = max(-90.0, min(lats) - pad), min(90.0, max(lats) + pad)
    # keep degrees square: widen the narrower side
    span_x, span_y = east - west, north - south
    if span_x / width < span_y / height:
        extra = (span_y * width / height - span_x) / 2
        west, east = west - extra, east + extra
    else:
        extra = (span_x * height / width - span_y) / 2
        south, north = south - extra, north + extra

    def xy(lat: float, lon: float) -> tuple[float, float]:
        return (round((lon - west) / (east - west) * width, 1),
                round((north - lat) / (north - south) * height, 1))

    places: dict[tuple[float, float], dict[str, Any]] = {}
    for event in located:
        loc = event["location"]
        x, y = xy(float(loc["lat"]), float(loc["lon"]))
        place = places.setdefault((x, y), {"x": x, "y": y, "name": loc.get("canonical")
                                           or loc.get("name"), "events": []})
        place["events"].append(event)
    step = 1 if east - west <= 12 else 5 if east - west <= 60 else 10
    grid = []
    for lon in range(int(west // step * step), int(east) + 1, step):
        if west <= lon <= east:
            grid.append({"x1": xy(north, lon)[0], "y1": 0, "x2": xy(north, lon)[0], "y2": height,
                         "label": f"{lon}°"})
    for lat in range(int(south // step * step), int(north) + 1, step):
        if south <= lat <= north:
            grid.append({"x1": 0, "y1": xy(lat, west)[1], "x2": width, "y2": xy(lat, west)[1],
                         "label": f"{lat}°"})
    return {"points": sorted(places.values(), key=lambda p: (p["y"], p["x"])), "grid": grid,
            "width": width, "height": height,
            "bounds": [round(south, 2), round(west, 2), round(north, 2), round(east, 2)]}
