"""What the pages and the API show, computed from the store: no HTML here, no HTTP either.

Keeping this apart lets the JSON API and the pages agree (a story's accounts and its
discrepancies are worked out once) and lets tests check it without a server.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from fastapi import HTTPException
from markupsafe import Markup, escape

from eventwire.model import Actor
from eventwire.reconcile.agreements.build import VIOLATION_TYPES
from eventwire.reconcile.agreements.status import step_of
from eventwire.records import (
    RECORD_TYPES,
    AgreementRecord,
    DiscrepancyRecord,
    DocumentRecord,
    EventRecord,
    Evidence,
    StatementRecord,
    StoryRecord,
    TypedRecord,
)
from eventwire.store.base import EventFilter, SQLStore
from eventwire.store.rows import violation_events
from eventwire.web import words
from eventwire.web.reading import Reader

Marked = StatementRecord | EventRecord  # the records a document page highlights


@dataclass
class Segment:
    """A piece of document text and the records whose spans cover all of it."""

    text: str
    ids: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)


def record_span(record: Marked) -> tuple[int, int] | None:
    """[start, end) of a statement's words or an event's evidence, when it is a sound span."""
    span = record.span if isinstance(record, StatementRecord) else (
        record.evidence.span if isinstance(record.evidence, Evidence) else None)
    if isinstance(span, tuple) and len(span) == 2 and all(
            isinstance(i, int) and not isinstance(i, bool) for i in span) \
            and 0 <= span[0] < span[1]:
        return span[0], span[1]
    return None


def segments(text: str, records: Sequence[Marked]) -> list[Segment]:
    """Cut the text at every span boundary; each piece lists the statements/events over it.

    Overlaps are kept (an event inside a statement shows as both), never resolved away.
    """
    spans = []
    for record in records:
        span = record_span(record)
        if span:
            start, end = max(0, span[0]), min(len(text), span[1])
            if start < end:
                spans.append((start, end, record.kind, record.id))
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


def actor_label(actor: Actor | None) -> str:
    """An actor with the name of its country: 'Hakan Fidan (Turkey)'."""
    return words.actor_words(actor)


def stored(store: SQLStore, record_id: str | None, kind: str) -> TypedRecord | None:
    """The typed record of that id and kind in the store, or None (a missing id, another
    kind, or a body this version cannot read)."""
    found = store.get(record_id) if isinstance(record_id, str) else None
    if found is None or found.get("kind") != kind:
        return None
    return Reader().read(found, RECORD_TYPES[kind])


Kept = TypeVar("Kept", bound=TypedRecord)


def required(store: SQLStore, record_id: str, kind: type[Kept]) -> Kept:
    """The stored record of that id and type, or a 404 naming it (what the pages and the
    API answer for a story or discrepancy that is not there)."""
    name = next(k for k, t in RECORD_TYPES.items() if t is kind)
    found = stored(store, record_id, name)
    if not isinstance(found, kind):
        raise HTTPException(404, f"no {name} {record_id!r}")
    return found


def story_view(store: SQLStore, story: StoryRecord) -> dict[str, Any]:
    """A story's documents side by side, each with its statements and events, and the
    discrepancies on the story, its events or the agreements its documents support."""
    event_ids = set(story.events)
    reader = Reader()
    columns = []
    for doc_id in story.documents:
        records = store.document_records(doc_id)
        doc = reader.read(records[0], DocumentRecord) if records else None
        if doc is None:
            continue
        events = reader.read_all(_of_kind(records, "event"), EventRecord)
        columns.append({
            "document": doc,
            "statements": reader.read_all(_of_kind(records, "statement"), StatementRecord),
            "events": [e for e in events if not event_ids or e.id in event_ids],
        })
    subjects = {story.id, *event_ids}
    for doc_id in story.documents:
        subjects.update(a.id for a in reader.read_all(
            store.linking("source", doc_id, "agreement"), AgreementRecord))
    found: dict[str, DiscrepancyRecord] = {}
    for subject in sorted(subjects):
        for record in reader.read_all(store.linking("subject", subject, "discrepancy"),
                                      DiscrepancyRecord):
            found[record.id] = record
    # discrepancies on merged events name their story but link to no stored subject
    offset = 0
    while True:
        page = store.page("discrepancy", limit=1000, offset=offset)
        for record in reader.read_all(page.items, DiscrepancyRecord):
            if record.story == story.id:
                found[record.id] = record
        offset += len(page.items)
        if not page.items or offset >= page.total:
            break
    return {"story": story, "columns": columns, "discrepancies": [found[i] for i in sorted(found)],
            "unreadable": reader.unreadable}


def _of_kind(bodies: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [b for b in bodies if b.get("kind") == kind]


def story_json(view: dict[str, Any]) -> dict[str, Any]:
    """A story view as the JSON API gives it (records written back to their contract form,
    documents without their text)."""
    columns = [{"document": {k: v for k, v in c["document"].to_json().items() if k != "text"},
                "statements": [s.to_json() for s in c["statements"]],
                "events": [e.to_json() for e in c["events"]]} for c in view["columns"]]
    return {"story": view["story"].to_json(), "columns": columns,
            "discrepancies": [d.to_json() for d in view["discrepancies"]]}


def agreement_view(store: SQLStore, agreement: AgreementRecord) -> dict[str, Any]:
    """An agreement's status over time and its alleged violations.

    The status strip is the agreement's own ``history`` when it has one (the reconcile stage
    writes it); otherwise each event's step is read with the reconcile stage's own rule
    (:func:`eventwire.reconcile.agreements.status.step_of`), in date order. Violations are
    the agreement's ``violations`` (ids, or objects naming their event), or failing that its
    uses of force."""
    # ``history`` and ``violations`` are not fields of AgreementRecord: read from its extras
    body = agreement.to_json()
    reader = Reader()
    events = {e.id: e for e in reader.read_all(store.get_many(agreement.events), EventRecord)}
    named = violation_events(body)
    if body.get("violations") is None and not named:
        named = [i for i, e in events.items() if e.type in VIOLATION_TYPES]
    timeline = []
    for entry in body.get("history") or []:
        ids = [i for i in entry.get("events") or [] if isinstance(i, str)]
        timeline.append({"date": entry.get("date"),
                         "stage": str(entry.get("status") or "").replace("_", " "),
                         "events": reader.read_all(store.get_many(ids), EventRecord),
                         "sources": entry.get("sources") or [],
                         "violation": entry.get("status") == "violated"})
    if not timeline:
        for event in sorted(events.values(), key=lambda e: (e.date or "9999", e.id)):
            violation = event.id in named
            step = "violation alleged" if violation else \
                (step_of(event.to_json(), agreement.subject) or "").replace("_", " ")
            timeline.append({"date": event.date, "stage": step, "events": [event],
                             "sources": [event.document], "violation": violation})
    violations = []
    for entry in body.get("violations") or [{"event": i} for i in named]:
        claim = entry if isinstance(entry, dict) else {"event": entry}
        event = stored(store, claim.get("event"), "event") if claim.get("event") else None
        violations.append({"event": event, "text": claim.get("text"),
                           "date": claim.get("date") or (event.date if event else None),
                           "accuser": claim.get("accuser") or [],
                           "accused": claim.get("accused") or [],
                           "sources": claim.get("sources") or []})
    return {"agreement": agreement, "timeline": timeline, "violations": violations,
            "unreadable": reader.unreadable}


def event_filter(params: dict[str, Any]) -> EventFilter:
    """An EventFilter from query parameters, blanks ignored."""
    def get(name: str) -> str | None:
        value = params.get(name)
        return value.strip() if isinstance(value, str) and value.strip() else None

    return EventFilter(actor=get("actor"), country=get("country"), type=get("type"),
                       modality=get("modality"), date_from=get("date_from"),
                       date_to=get("date_to"), document=get("document"),
                       located=str(params.get("located") or "").lower() in ("1", "true", "on"))


def quote_in_context(text: str, quote: str, reach: int = 160) -> dict[str, Any] | None:
    """Where a quoted phrase stands in a document: its sentence around it, cut at sentence
    ends (or ``reach`` characters), with [start, end) of the phrase. None when absent."""
    if not quote or not text:
        return None
    start = text.casefold().find(quote.casefold())
    if start < 0 or len(text.casefold()) != len(text):  # folding changed lengths: no offsets
        return None
    end = start + len(quote)
    left = max(text.rfind(".", max(0, start - reach), start),
               text.rfind("\n", max(0, start - reach), start))
    left = left + 1 if left >= 0 else max(0, start - reach)
    right_candidates = [i for i in (text.find(".", end, end + reach),
                                    text.find("\n", end, end + reach)) if i >= 0]
    right = min(right_candidates) + 1 if right_candidates else min(len(text), end + reach)
    return {"before": text[left:start].lstrip(), "quote": text[start:end],
            "after": text[end:right].rstrip(), "start": start, "end": end,
            "cut_left": left > 0 and text[left - 1] not in ".\n",
            "cut_right": right < len(text) and text[right - 1] not in ".\n"}


def discrepancy_view(store: SQLStore, discrepancy: DiscrepancyRecord) -> dict[str, Any]:
    """A discrepancy in words: the sentence, then each value with its quotes and sources,
    every quote shown in the sentence of the source where it stands."""
    subject = None
    for kind in ("agreement", "event", "story"):
        subject = subject or stored(store, discrepancy.subject, kind)
    values = []
    for side in discrepancy.values:
        quotes = list(side.quotes or ()) or ([side.text] if side.text else [])
        sources = []
        for doc_id in side.sources:
            doc = stored(store, doc_id, "document")
            if not isinstance(doc, DocumentRecord):
                sources.append({"id": str(doc_id), "headline": str(doc_id), "outlet": "",
                                "date": "", "contexts": []})
                continue
            contexts = [c for q in quotes if (c := quote_in_context(str(doc.text or ""), q))]
            sources.append({"id": doc.id, "headline": words.headline(doc),
                            "outlet": words.outlet(doc), "date": words.document_date(doc),
                            "contexts": contexts[:1]})
        values.append({"words": words.side_words(discrepancy, side), "quotes": quotes,
                       "sources": sources, "independent": side.independent_sources})
    story = stored(store, discrepancy.story, "story")
    return {"discrepancy": discrepancy, "subject": subject,
            "sentence": words.discrepancy_sentence(discrepancy, subject),
            "attribute": words.attribute_words(discrepancy.attribute), "values": values,
            "story": story}
