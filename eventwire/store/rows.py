"""Records to table rows: the one place that knows how a contract record is laid out in SQL.

Both backends (SQLite, PostgreSQL) store each record twice over: its JSON body, which is what
:meth:`records` gives back unchanged, and typed rows in per-kind tables, which is what
queries filter on (actor country, type, date, modality...). Keeping the flattening here means
the two backends cannot disagree on it.
"""

from __future__ import annotations

import unicodedata
from typing import Any

# table -> columns, in insert order. ``seq`` orders rows the way they were written.
TABLES: dict[str, tuple[str, ...]] = {
    "documents": ("id", "title", "url", "outlet", "language", "published", "reference_date",
                  "text"),
    "passages": ("id", "document", "idx", "heading", "span_start", "span_end", "published"),
    "statements": ("id", "document", "passage", "speaker_name", "speaker_canonical",
                   "speaker_country", "speaker_sector", "speaker_type", "channel", "direct",
                   "text", "span_start", "span_end", "date"),
    "events": ("id", "document", "passage", "type", "mode", "date", "modality", "statement",
               "location_name", "location_country", "lat", "lon", "span_start", "span_end",
               "confidence"),
    "agreements": ("id", "subject", "status", "start_date", "end_date", "duration_days"),
    "stories": ("id", "title"),
    "discrepancies": ("id", "subject", "attribute", "n_values"),
    # actors of any record: role is speaker, actor, recipient, claimed_by, party or mediator
    "actors": ("record", "document", "role", "position", "name", "canonical", "country",
               "sector", "type", "folded"),
    # links between records: (source, relation, target), e.g. (story, "document", doc id)
    "links": ("source", "document", "relation", "target"),
}

KIND_TABLE = {"document": "documents", "passage": "passages", "statement": "statements",
              "event": "events", "agreement": "agreements", "story": "stories",
              "discrepancy": "discrepancies"}


def fold(text: str | None) -> str:
    """Lower case without accents, for search and actor matching ("Genève" -> "geneve")."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _span(value: Any) -> tuple[int | None, int | None]:
    if isinstance(value, list | tuple) and len(value) == 2:
        return int(value[0]), int(value[1])
    return None, None


def _folded(actor: dict[str, Any]) -> str:
    return fold(f"{actor.get('name') or ''} | {actor.get('canonical') or ''}")


def _actors(record_id: str, document: str | None, role: str,
            actors: list[dict[str, Any]] | None) -> list[tuple[Any, ...]]:
    return [(record_id, document, role, i, a.get("name"), a.get("canonical"), a.get("country"),
             a.get("sector"), a.get("type"), _folded(a))
            for i, a in enumerate(actors or []) if a]


def rows_for(record: dict[str, Any]) -> dict[str, list[tuple[Any, ...]]]:
    """The typed rows of one record, by table name (the JSON body is stored separately)."""
    kind, rid = record["kind"], record["id"]
    doc = record.get("document") if kind != "document" else rid
    out: dict[str, list[tuple[Any, ...]]] = {}
    if kind == "document":
        out["documents"] = [(rid, record.get("title"), record.get("url"), record.get("outlet"),
                             record.get("language"), record.get("published"),
                             record.get("reference_date"), record.get("text"))]
    elif kind == "passage":
        start, end = _span(record.get("span"))
        out["passages"] = [(rid, doc, record.get("index"), record.get("heading"), start, end,
                            record.get("published"))]
    elif kind == "statement":
        start, end = _span(record.get("span"))
        sp = record.get("speaker") or {}
        out["statements"] = [(rid, doc, record.get("passage"), sp.get("name"), sp.get("canonical"),
                              sp.get("country"), sp.get("sector"), sp.get("type"),
                              record.get("channel"), bool(record.get("direct")), record.get("text"),
                              start, end, record.get("date"))]
        out["actors"] = _actors(rid, doc, "speaker", [sp] if sp else [])
        out["links"] = [(rid, doc, "reported_by", r) for r in record.get("reported_by") or []]
    elif kind == "event":
        start, end = _span((record.get("evidence") or {}).get("span"))
        loc = record.get("location") or {}
        out["events"] = [(rid, doc, record.get("passage"), record.get("type"), record.get("mode"),
                          record.get("date"), record.get("modality"), record.get("statement"),
                          loc.get("canonical") or loc.get("name"), loc.get("country"),
                          loc.get("lat"), loc.get("lon"), start, end, record.get("confidence"))]
        claimed = record.get("claimed_by")
        out["actors"] = (_actors(rid, doc, "actor", record.get("actors"))
                         + _actors(rid, doc, "recipient", record.get("recipients"))
                         + _actors(rid, doc, "claimed_by", [claimed] if claimed else []))
        out["links"] = [(rid, doc, "context", c) for c in record.get("context") or []]
    elif kind == "agreement":
        out["agreements"] = [(rid, record.get("subject"), record.get("status"),
                              record.get("start"), record.get("end"),
                              record.get("duration_days"))]
        out["actors"] = (_actors(rid, None, "party", record.get("parties"))
                         + _actors(rid, None, "mediator", record.get("mediators")))
        out["links"] = ([(rid, None, "event", e) for e in record.get("events") or []]
                        + [(rid, None, "source", s) for s in record.get("sources") or []]
                        + [(rid, None, "violation", v) for v in violation_events(record)])
    elif kind == "story":
        out["stories"] = [(rid, record.get("title"))]
        out["links"] = ([(rid, None, "document", d) for d in record.get("documents") or []]
                        + [(rid, None, "event", e) for e in record.get("events") or []])
    elif kind == "discrepancy":
        values = record.get("values") or []
        out["discrepancies"] = [(rid, record.get("subject"), record.get("attribute"), len(values))]
        out["links"] = [(rid, None, "subject", record.get("subject"))] + [
            (rid, None, "source", s) for v in values for s in v.get("sources") or []]
    return out


def violation_events(agreement: dict[str, Any]) -> list[str]:
    """Event ids of an agreement's alleged violations; entries are ids or objects that
    name their ``event``/``events`` (what the reconcile stage writes)."""
    out: list[str] = []
    for entry in agreement.get("violations") or []:
        if isinstance(entry, str):
            out.append(entry)
        elif isinstance(entry, dict):
            out += [e for e in [entry.get("event"), *(entry.get("events") or [])]
                    if isinstance(e, str)]
    return list(dict.fromkeys(out))


def search_fields(record: dict[str, Any]) -> tuple[str, str] | None:
    """The searchable (heading, body) of a document or statement; None for other kinds.

    Texts stay as written: SQLite's FTS5 folds case and accents itself, PostgreSQL's backend
    folds with :func:`fold` so that both find "Genève" from "geneve".
    """
    if record["kind"] == "document":
        return record.get("title") or "", record.get("text") or ""
    if record["kind"] == "statement":
        sp = record.get("speaker") or {}
        who = " ".join(x for x in (sp.get("name"), sp.get("canonical")) if x)
        return who, record.get("text") or ""
    return None
