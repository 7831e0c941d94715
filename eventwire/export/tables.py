"""Flat tables of records for pandas and R users: one row per record, nested fields spread.

CSV and Parquet share these definitions, so the two exports always have the same columns.
Lists become ``"; "``-joined strings; an event's first actor and first recipient also get
their own columns (``actor_country``...), the way GDELT and POLECAT users expect. An event's
``date`` is its own, else the one its story gives it (a story record's ``event_dates``);
``date_precision`` and ``dated_by`` say how precise it is and where it came from (the tier
of its own text, ``clause`` ... ``published``, or ``story``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from eventwire.reconcile.story_dates import event_date, story_dates
from eventwire.records import typed

Getter = Callable[[dict[str, Any], dict[str, dict[str, Any]]], Any]
# column name, type ("str", "int", "float", "bool"), getter(record, documents by id)
Column = tuple[str, str, Getter]

TABLES = ("events", "statements", "documents", "passages", "agreements", "stories",
          "discrepancies", "facts")
TABLE_KIND = {"events": "event", "statements": "statement", "documents": "document",
              "passages": "passage", "agreements": "agreement", "stories": "story",
              "discrepancies": "discrepancy", "facts": "fact"}
# Tables read through the typed records of eventwire.records rather than dict lookups.
TYPED = frozenset({"discrepancies", "facts"})


def _f(key: str) -> Getter:
    return lambda r, docs: r.get(key)


def _joined(values: Iterable[Any] | None) -> str:
    return "; ".join("" if v is None else str(v) for v in values or [])


def _actor(role: str, field: str) -> Getter:
    def get(r: dict[str, Any], docs: dict[str, dict[str, Any]]) -> Any:
        found = r.get(role) or []
        return found[0].get(field) if found else None
    return get


def _actors(role: str, field: str) -> Getter:
    return lambda r, docs: _joined(a.get(field) or a.get("name") for a in r.get(role) or [])


def _sub(key: str, field: str) -> Getter:
    return lambda r, docs: (r.get(key) or {}).get(field)


def _span(key: str, i: int) -> Getter:
    def get(r: dict[str, Any], docs: dict[str, dict[str, Any]]) -> Any:
        span = r.get(key) if key != "evidence" else (r.get("evidence") or {}).get("span")
        return span[i] if span else None
    return get


def _doc(field: str) -> Getter:
    return lambda r, docs: (docs.get(r.get("document") or "") or {}).get(field)


def _quantities(r: dict[str, Any], docs: dict[str, dict[str, Any]]) -> str:
    return _joined(f"{q.get('value')} {q.get('unit')}" for q in r.get("quantities") or [])


def _actor_columns(role: str, prefix: str) -> list[Column]:
    return [(f"{prefix}_{f}", "str", _actor(role, f))
            for f in ("name", "canonical", "country", "sector", "type")] + [
        (f"{prefix}s", "str", _actors(role, "canonical")),
        (f"{prefix}_countries", "str", _actors(role, "country"))]


COLUMNS: dict[str, list[Column]] = {
    "events": [
        ("id", "str", _f("id")), ("document", "str", _f("document")),
        ("passage", "str", _f("passage")), ("date", "str", _f("date")),
        ("date_precision", "str", _f("date_precision")), ("dated_by", "str", _f("dated_by")),
        ("type", "str", _f("type")), ("mode", "str", _f("mode")),
        ("modality", "str", _f("modality")),
        ("context", "str", lambda r, d: _joined(r.get("context"))),
        *_actor_columns("actors", "actor"), *_actor_columns("recipients", "recipient"),
        ("claimed_by_name", "str", _sub("claimed_by", "name")),
        ("claimed_by_country", "str", _sub("claimed_by", "country")),
        ("location_name", "str", _sub("location", "name")),
        ("location_canonical", "str", _sub("location", "canonical")),
        ("location_country", "str", _sub("location", "country")),
        ("location_admin1", "str", _sub("location", "admin1")),
        ("lat", "float", _sub("location", "lat")), ("lon", "float", _sub("location", "lon")),
        ("geonames_id", "int", _sub("location", "geonames_id")),
        ("quantities", "str", _quantities),
        ("statement", "str", _f("statement")),
        ("evidence_text", "str", _sub("evidence", "text")),
        ("evidence_start", "int", _span("evidence", 0)),
        ("evidence_end", "int", _span("evidence", 1)),
        ("confidence", "float", _f("confidence")),
        ("outlet", "str", _doc("outlet")), ("url", "str", _doc("url")),
        ("language", "str", _doc("language")), ("published", "str", _doc("published")),
    ],
    "statements": [
        ("id", "str", _f("id")), ("document", "str", _f("document")),
        ("passage", "str", _f("passage")), ("date", "str", _f("date")),
        ("speaker_name", "str", _sub("speaker", "name")),
        ("speaker_canonical", "str", _sub("speaker", "canonical")),
        ("speaker_country", "str", _sub("speaker", "country")),
        ("speaker_sector", "str", _sub("speaker", "sector")),
        ("speaker_type", "str", _sub("speaker", "type")),
        ("reported_by", "str", lambda r, d: _joined(r.get("reported_by"))),
        ("channel", "str", _f("channel")), ("direct", "bool", _f("direct")),
        ("text", "str", _f("text")), ("start", "int", _span("span", 0)),
        ("end", "int", _span("span", 1)),
        ("outlet", "str", _doc("outlet")), ("language", "str", _doc("language")),
    ],
    "documents": [
        ("id", "str", _f("id")), ("title", "str", _f("title")), ("url", "str", _f("url")),
        ("outlet", "str", _f("outlet")), ("language", "str", _f("language")),
        ("published", "str", _f("published")), ("reference_date", "str", _f("reference_date")),
        ("passages", "int", _f("passages")), ("text", "str", _f("text")),
    ],
    "passages": [
        ("id", "str", _f("id")), ("document", "str", _f("document")),
        ("index", "int", _f("index")), ("heading", "str", _f("heading")),
        ("start", "int", _span("span", 0)), ("end", "int", _span("span", 1)),
        ("published", "str", _f("published")),
    ],
    "agreements": [
        ("id", "str", _f("id")), ("subject", "str", _f("subject")),
        ("status", "str", _f("status")), ("scope", "str", lambda r, d: _joined(r.get("scope"))),
        ("parties", "str", _actors("parties", "canonical")),
        ("party_countries", "str", _actors("parties", "country")),
        ("mediators", "str", _actors("mediators", "canonical")),
        ("start", "str", _f("start")), ("end", "str", _f("end")),
        ("duration_days", "float", _f("duration_days")),
        ("conditions", "str", lambda r, d: _joined(r.get("conditions"))),
        ("quantities", "str", _quantities),
        ("events", "str", lambda r, d: _joined(r.get("events"))),
        ("sources", "str", lambda r, d: _joined(r.get("sources"))),
    ],
    "stories": [
        ("id", "str", _f("id")), ("title", "str", _f("title")),
        ("documents", "str", lambda r, d: _joined(r.get("documents"))),
        ("events", "str", lambda r, d: _joined(r.get("events"))),
    ],
    "discrepancies": [
        ("id", "str", lambda r, d: r.id), ("story", "str", lambda r, d: r.story),
        ("subject", "str", lambda r, d: r.subject),
        ("happening", "str", lambda r, d: r.happening.kind if r.happening else None),
        ("parties", "str", lambda r, d: _joined(r.happening.parties if r.happening else ())),
        ("attribute", "str", lambda r, d: r.attribute), ("unit", "str", lambda r, d: r.unit),
        ("nature", "str", lambda r, d: r.nature),
        ("values", "str", lambda r, d: _joined(_value(v.value) for v in r.values)),
        ("sources", "str", lambda r, d: _joined("|".join(v.sources) for v in r.values)),
        ("outlets", "str", lambda r, d: _joined("|".join(v.outlets or ()) for v in r.values)),
        ("independent_sources", "str",
         lambda r, d: _joined(v.independent_sources or len(v.sources) for v in r.values)),
        ("summary", "str", lambda r, d: r.summary),
    ],
    "facts": [
        ("id", "str", lambda r, d: r.id), ("document", "str", lambda r, d: r.document),
        ("subject", "str", lambda r, d: r.subject),
        ("happening", "str", lambda r, d: r.happening.kind if r.happening else None),
        ("parties", "str", lambda r, d: _joined(r.happening.parties if r.happening else ())),
        ("happening_date", "str", lambda r, d: r.happening.date if r.happening else None),
        ("attribute", "str", lambda r, d: r.attribute),
        ("value", "str", lambda r, d: _value(r.value)), ("unit", "str", lambda r, d: r.unit),
        ("low", "float", lambda r, d: r.interval[0] if r.interval else None),
        ("high", "float", lambda r, d: r.interval[1] if r.interval else None),
        ("text", "str", lambda r, d: r.text),
        ("claimed_by", "str",
         lambda r, d: (r.claimed_by.canonical or r.claimed_by.name) if r.claimed_by else None),
        ("reported_by", "str", lambda r, d: _joined(r.reported_by)),
        ("statement", "str", lambda r, d: r.statement),
        ("evidence_text", "str", lambda r, d: r.evidence.text),
        ("evidence_start", "int", lambda r, d: r.evidence.span[0]),
        ("evidence_end", "int", lambda r, d: r.evidence.span[1]),
        ("outlet", "str", lambda r, d: (d.get(r.document) or {}).get("outlet")),
        ("language", "str", lambda r, d: (d.get(r.document) or {}).get("language")),
    ],
}


def _value(value: Any) -> str:
    return ", ".join(map(str, value)) if isinstance(value, list | tuple) else str(value)


def table_rows(records: Iterable[dict[str, Any]], table: str) -> tuple[list[str], list[list[Any]]]:
    """Column names and rows of one table; ``ValueError`` names the tables on a wrong one."""
    if table not in COLUMNS:
        raise ValueError(f"unknown table {table!r} (choose from {', '.join(TABLES)})")
    kind = TABLE_KIND[table]
    columns = COLUMNS[table]
    docs: dict[str, dict[str, Any]] = {}
    picked: list[dict[str, Any]] = []
    stories: list[dict[str, Any]] = []
    for record in records:
        if record["kind"] == "document":
            docs[record["id"]] = record
        if record["kind"] == kind:
            picked.append(record)
        if record["kind"] == "story":
            stories.append(record)
    if kind == "event":  # an undated event shows the date its story gives it, "story"
        given = story_dates(stories)
        picked = [_dated(r, given) for r in picked]
    if table in TYPED:
        picked = [typed(r) for r in picked]  # type: ignore[misc]
    rows = [[_typed(get(r, docs), typ) for _, typ, get in columns] for r in picked]
    return [name for name, _, _ in columns], rows


def _dated(event: dict[str, Any], given: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    if event.get("date") or str(event.get("id")) not in given:
        return event
    value, precision, dated_by = event_date(event, given)
    return {**event, "date": value, "date_precision": precision, "dated_by": dated_by}


def column_types(table: str) -> list[str]:
    return [typ for _, typ, _ in COLUMNS[table]]


def _typed(value: Any, typ: str) -> Any:
    if value is None or value == "":
        return None if typ != "str" else value
    if typ == "int":
        return int(value)
    if typ == "float":
        return float(value)
    if typ == "bool":
        return bool(value)
    return value if isinstance(value, str) else str(value)
