"""PLOVER/POLECAT-style JSON Lines: one event a line, with POLECAT's field names.

POLECAT users read ``event_type``, ``mode``, ``contexts``, an ``actor`` and a ``recipient``
(each with ``country`` and ``sector``), ``date`` and ``location``. ``date`` is the event's
own, else the one its story gives it; ``dated_by`` says which (its text's tier, or
``story``). eventwire keeps every actor and recipient too (``actors``, ``recipients``),
the modality (POLECAT has none: filter on ``"asserted"`` for POLECAT-like counts) and the
evidence, so each row stays traceable.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from eventwire.model import Actor, Place
from eventwire.reconcile.story_dates import event_date, story_dates
from eventwire.records import DocumentRecord, EventRecord


def _actor(actor: Actor | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {"name": actor.canonical or actor.name, "raw_name": actor.name,
            "country": actor.country, "sector": actor.sector, "type": actor.type}


def _location(place: Place | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {"placename": place.canonical or place.name, "raw_placename": place.name,
            "country": place.country, "province": place.admin1, "latitude": place.lat,
            "longitude": place.lon, "geonames_id": place.geonames_id}


def plover_events(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """POLECAT-shaped events (every modality) with their source document's details."""
    docs: dict[str, DocumentRecord] = {}
    out: list[dict[str, Any]] = []
    records = list(records)
    given = story_dates(records)  # story records come after the events they date
    for body in records:
        if body["kind"] == "document":
            docs[body["id"]] = DocumentRecord.from_json(body)
        if body["kind"] != "event":
            continue
        event = EventRecord.from_json(body)
        doc = docs.get(event.document)
        value, precision, dated_by = event_date(body, given)
        out.append({
            "event_id": event.id,
            "date": value,
            "date_precision": precision,
            "dated_by": dated_by,
            "event_type": event.type,
            "mode": event.mode,
            "contexts": list(event.context),
            "modality": event.modality,
            "actor": _actor(event.actors[0] if event.actors else None),
            "recipient": _actor(event.recipients[0] if event.recipients else None),
            "actors": [_actor(a) for a in event.actors],
            "recipients": [_actor(a) for a in event.recipients],
            "claimed_by": _actor(event.claimed_by),
            "location": _location(event.location),
            "quantities": [q.to_json() for q in event.quantities],
            "text": event.evidence.text,
            "span": list(event.evidence.span),
            "statement": event.statement,
            "source": {"document": event.document, "title": doc and doc.title,
                       "outlet": doc and doc.outlet, "url": doc and doc.url,
                       "publication_date": doc and doc.published,
                       "language": doc and doc.language},
        })
    return out


def write_plover(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    events = plover_events(records)
    for event in events:
        out.write(json.dumps(event, ensure_ascii=False, separators=(",", ":")))
        out.write("\n")
    return len(events)
