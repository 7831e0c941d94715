"""Turn finished documents into the contract's JSON records (see shared contract README).

The records are the public face of eventwire: every export, the store and the web pages
read them. Fields beyond the contract are additions, never changes (``text`` on a
document, ``speaker_span`` on a statement, ``trigger`` on an event...).
"""

from __future__ import annotations

from typing import Any

from eventwire.model import Document, Event, Statement

RECORD_KINDS = ("document", "passage", "statement", "event", "agreement", "story", "discrepancy")


def document_records(doc: Document) -> list[dict[str, Any]]:
    """The document, passage, statement and event records of one document, in that order."""
    records: list[dict[str, Any]] = [_document(doc)]
    records += [_passage(doc, p.index) for p in doc.passages]
    records += [_statement(doc, s) for s in doc.statements]
    records += [_event(doc, e) for e in doc.events]
    return records


def _document(doc: Document) -> dict[str, Any]:
    notes = {"notes": list(doc.notes)} if doc.notes else {}
    return {
        "kind": "document",
        "id": doc.id,
        "title": doc.title,
        "url": doc.url,
        "outlet": doc.outlet,
        "language": doc.language,
        "published": doc.published,
        "reference_date": doc.reference_date,
        "passages": len(doc.passages),
        "source": doc.source,
        "metadata": doc.metadata,
        "text": doc.text,
    } | notes


def passage_id(doc: Document, index: int) -> str:
    return f"{doc.id}/p{index}"


def _passage(doc: Document, index: int) -> dict[str, Any]:
    passage = doc.passages[index]
    return {
        "kind": "passage",
        "id": passage_id(doc, index),
        "document": doc.id,
        "index": passage.index,
        "heading": passage.heading,
        "heading_span": list(passage.heading_span) if passage.heading_span else None,
        "span": [passage.start, passage.end],
        "published": passage.published,
        "time": passage.time,
        "chronological": passage.chronological,
        "language": passage.language,
    }


def _statement(doc: Document, statement: Statement) -> dict[str, Any]:
    return {
        "kind": "statement",
        "id": statement.id,
        "document": doc.id,
        "passage": passage_id(doc, statement.passage),
        "speaker": statement.speaker.as_record(),
        "speaker_span": list(statement.speaker_span) if statement.speaker_span else None,
        "reported_by": list(statement.reported_by),
        "channel": statement.channel,
        "direct": statement.direct,
        "text": doc.text[statement.start : statement.end],
        "span": [statement.start, statement.end],
        "date": statement.date,
    }


def _event(doc: Document, event: Event) -> dict[str, Any]:
    statement_id = doc.statements[event.statement].id if event.statement is not None else None
    return {
        "kind": "event",
        "id": event.id,
        "document": doc.id,
        "passage": passage_id(doc, event.passage),
        "type": event.type,
        "mode": event.mode,
        "context": list(event.context),
        "actors": [a.as_record() for a in event.actors],
        "recipients": [a.as_record() for a in event.recipients],
        "date": event.date,
        "date_precision": event.date_precision,
        "dated_by": event.dated_by,
        "location": event.location.as_record() if event.location else None,
        "quantities": [q.as_record() for q in event.quantities],
        "modality": event.modality,
        "statement": statement_id,
        "claimed_by": event.claimed_by.as_record() if event.claimed_by else None,
        "evidence": {"text": doc.text[event.start : event.end], "span": [event.start, event.end]},
        "trigger": list(event.trigger_span) if event.trigger_span else None,
        "mentions": [{"text": doc.text[s:e], "span": [s, e]} for s, e in event.mentions],
        "confidence": round(event.confidence, 3),
    }
