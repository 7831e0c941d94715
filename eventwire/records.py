"""Turn finished documents into the contract's JSON records (see shared contract README).

The records are the public face of eventwire: every export, the store and the web pages
read them. Fields beyond the contract are additions, never changes (``text`` on a
document, ``speaker_span`` on a statement, ``trigger`` on an event...).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from eventwire.model import Actor, Document, Event, Place, Statement
from eventwire.typed import TypedRecord
from eventwire.typed import omit as _omit

RECORD_KINDS = ("document", "passage", "statement", "event", "agreement", "story", "discrepancy",
                "fact")


def document_records(doc: Document) -> list[dict[str, Any]]:
    """The document, passage, statement and event records of one document, in that order."""
    records: list[dict[str, Any]] = [_document(doc)]
    records += [_passage(doc, p.index) for p in doc.passages]
    records += [_statement(doc, s) for s in doc.statements]
    records += [_event(doc, e) for e in doc.events]
    records += [f.to_json() for f in doc.facts]
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
        "location": event.location.as_record() if event.location else None,
        "quantities": [q.as_record() for q in event.quantities],
        "modality": event.modality,
        "statement": statement_id,
        "claimed_by": event.claimed_by.as_record() if event.claimed_by else None,
        "evidence": {"text": doc.text[event.start : event.end], "span": [event.start, event.end]},
        "trigger": list(event.trigger_span) if event.trigger_span else None,
        "mentions": [{"text": doc.text[s:e], "span": [s, e]} for s, e in event.mentions],
        "confidence": round(event.confidence, 3),
    } | {  # where the date came from, when there is one (contract: optional)
        key: value for key, value in (("date_precision", event.date_precision),
                                      ("dated_by", event.dated_by)) if value is not None
    }


# ---------------------------------------------------------------- typed records
#
# One frozen dataclass per kind of the contract (``contract/records.schema.json``), fields in
# the order the JSON is written (the base, :class:`eventwire.typed.TypedRecord`, reads and
# writes them). The contract's actor and place shapes are the model's own classes
# (:class:`eventwire.model.Actor`, :class:`eventwire.model.Place`): one class each, from
# the pipeline to the store, export and web.

@dataclass(frozen=True)
class QuantityRef(TypedRecord):
    value: float
    unit: str
    text: str | None = None
    low: float | None = _omit()
    high: float | None = _omit()
    approximate: bool | None = _omit()


@dataclass(frozen=True)
class Evidence(TypedRecord):
    text: str
    span: tuple[int, ...]


@dataclass(frozen=True, kw_only=True)
class DocumentRecord(TypedRecord):
    id: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    language: str
    published: str | None = None
    reference_date: str | None = None
    passages: int = 0
    source: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    text: str = ""
    notes: tuple[str, ...] = _omit()  # "language 'pl' has no eventwire data: ... not coded"
    kind: str = "document"
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class PassageRecord(TypedRecord):
    id: str
    document: str
    index: int = 0
    heading: str | None = None
    heading_span: tuple[int, ...] | None = None
    span: tuple[int, ...]
    published: str | None = None
    time: str | None = None
    chronological: int | None = None
    language: str | None = None
    kind: str = "passage"
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class StatementRecord(TypedRecord):
    id: str
    document: str
    passage: str | None = None
    speaker: Actor
    speaker_span: tuple[int, ...] | None = None
    reported_by: tuple[str, ...] = ()
    channel: str | None = None
    direct: bool = False
    text: str
    span: tuple[int, ...]
    date: str | None = None
    kind: str = "statement"
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class EventRecord(TypedRecord):
    id: str
    document: str
    passage: str | None = None
    type: str
    mode: str | None = None
    context: tuple[str, ...] = ()
    actors: tuple[Actor, ...]
    recipients: tuple[Actor, ...]
    date: str | None = None
    location: Place | None = None
    quantities: tuple[QuantityRef, ...] = ()
    modality: str
    statement: str | None = None
    claimed_by: Actor | None = None
    evidence: Evidence
    trigger: tuple[int, ...] | None = None
    mentions: tuple[Evidence, ...] = ()
    confidence: float = 0.5
    date_precision: str | None = _omit()
    dated_by: str | None = _omit()
    kind: str = "event"
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class HappeningRef(TypedRecord):
    """Which happening a fact is about, as its document gives it: kind (call, talks, truce,
    exchange, attack, signing, conflict, toll), the countries on either side, its day and
    venue where the document says them."""

    kind: str
    parties: tuple[str, ...] = ()
    date: str | None = None
    venue: str | None = None
    words: str | None = None  # the noun that names it in the text
    id: str | None = _omit()  # across documents: the happening's id (see reconcile)


@dataclass(frozen=True)
class FactRecord(TypedRecord):
    """A checkable fact as one document states it (the contract's ``fact``)."""

    id: str
    document: str
    subject: str
    attribute: str
    value: Any
    unit: str | None
    interval: tuple[float | None, ...] | None
    text: str | None
    statement: str | None
    claimed_by: Actor | None
    reported_by: tuple[str, ...]
    evidence: Evidence
    happening: HappeningRef | None = None
    kind: str = "fact"
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SideOfDiscrepancy(TypedRecord):
    """One value of a disputed attribute and who states it: outlets, quotes, voices."""

    value: Any
    text: str | None = None
    sources: tuple[str, ...] = ()
    outlets: tuple[str, ...] = _omit()
    quotes: tuple[str, ...] = _omit()
    claimed_by: tuple[str, ...] = _omit()
    reported_by: tuple[str, ...] = _omit()
    independent_sources: int | None = _omit()
    interval: tuple[float | None, ...] | None = _omit()
    facts: tuple[str, ...] = _omit()


@dataclass(frozen=True)
class DiscrepancyRecord(TypedRecord):
    """An attribute of one happening on which independent sources disagree (the contract's
    fields first; what eventwire adds is written when it has it)."""

    id: str
    subject: str
    attribute: str
    values: tuple[SideOfDiscrepancy, ...]
    subject_kind: str | None = _omit()
    story: str | None = _omit()
    nature: str | None = _omit()
    conflicts: tuple[tuple[int, ...], ...] = _omit()
    happening: HappeningRef | None = _omit()
    summary: str | None = _omit()
    unit: str | None = _omit()
    kind: str = "discrepancy"
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class StoryRecord(TypedRecord):
    id: str
    title: str | None
    documents: tuple[str, ...]
    events: tuple[str, ...] = ()
    # the dates the story gives undated events (reconcile/story_dates.py), when it gives any
    event_dates: tuple[dict[str, Any], ...] | None = _omit()
    kind: str = "story"
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class AgreementRecord(TypedRecord):
    id: str
    subject: str
    scope: tuple[str, ...]
    parties: tuple[Actor, ...]
    mediators: tuple[Actor, ...]
    start: str | None
    end: str | None
    duration_days: float | None
    status: str
    conditions: tuple[str, ...]
    quantities: tuple[QuantityRef, ...]
    events: tuple[str, ...]
    sources: tuple[str, ...]
    kind: str = "agreement"
    extra: dict[str, Any] = field(default_factory=dict)


RECORD_TYPES: dict[str, type[TypedRecord]] = {
    "document": DocumentRecord, "passage": PassageRecord, "statement": StatementRecord,
    "event": EventRecord, "agreement": AgreementRecord, "story": StoryRecord,
    "discrepancy": DiscrepancyRecord, "fact": FactRecord,
}


def typed(record: dict[str, Any]) -> TypedRecord:
    """The typed form of one record dict (``ValueError`` naming the kind if unknown)."""
    kind = record.get("kind")
    if kind not in RECORD_TYPES:
        raise ValueError(f"unknown record kind {kind!r} (record {record.get('id')!r})")
    return RECORD_TYPES[kind].from_json(record)


# The names the typed records gave these shapes before they were the model's own classes;
# callers outside reconcile, store, export and web still import them.
ActorRef = Actor
PlaceRef = Place
