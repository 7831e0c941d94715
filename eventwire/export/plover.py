"""PLOVER/POLECAT-style JSON Lines: one event a line, with POLECAT's field names.

POLECAT users read ``event_type``, ``mode``, ``contexts``, an ``actor`` and a ``recipient``
(each with ``country`` and ``sector``), ``date`` and ``location``. eventwire keeps every
actor and recipient too (``actors``, ``recipients``), the modality (POLECAT has none: filter
on ``"asserted"`` for POLECAT-like counts) and the evidence, so each row stays traceable.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any


def _actor(actor: dict[str, Any] | None) -> dict[str, Any] | None:
    if not actor:
        return None
    return {"name": actor.get("canonical") or actor.get("name"), "raw_name": actor.get("name"),
            "country": actor.get("country"), "sector": actor.get("sector"),
            "type": actor.get("type")}


def _location(place: dict[str, Any] | None) -> dict[str, Any] | None:
    if not place:
        return None
    return {"placename": place.get("canonical") or place.get("name"),
            "raw_placename": place.get("name"), "country": place.get("country"),
            "province": place.get("admin1"), "latitude": place.get("lat"),
            "longitude": place.get("lon"), "geonames_id": place.get("geonames_id")}


def plover_events(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """POLECAT-shaped events (every modality) with their source document's details."""
    docs: dict[str, dict[str, Any]] = {}
    out: list[dict[str, Any]] = []
    for record in records:
        if record["kind"] == "document":
            docs[record["id"]] = record
        if record["kind"] != "event":
            continue
        doc = docs.get(record.get("document") or "", {})
        evidence = record.get("evidence") or {}
        out.append({
            "event_id": record["id"],
            "date": record.get("date"),
            "event_type": record["type"],
            "mode": record.get("mode"),
            "contexts": list(record.get("context") or []),
            "modality": record.get("modality"),
            "actor": _actor((record.get("actors") or [None])[0]),
            "recipient": _actor((record.get("recipients") or [None])[0]),
            "actors": [_actor(a) for a in record.get("actors") or []],
            "recipients": [_actor(a) for a in record.get("recipients") or []],
            "claimed_by": _actor(record.get("claimed_by")),
            "location": _location(record.get("location")),
            "quantities": list(record.get("quantities") or []),
            "text": evidence.get("text"),
            "span": evidence.get("span"),
            "statement": record.get("statement"),
            "source": {"document": record.get("document"), "title": doc.get("title"),
                       "outlet": doc.get("outlet"), "url": doc.get("url"),
                       "publication_date": doc.get("published"),
                       "language": doc.get("language")},
        })
    return out


def write_plover(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    events = plover_events(records)
    for event in events:
        out.write(json.dumps(event, ensure_ascii=False, separators=(",", ":")))
        out.write("\n")
    return len(events)
