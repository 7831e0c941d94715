"""Facts read off coded events, for documents whose records carry no fact records (records
made before the facts stage, a store filled by an older version, gold annotations): each
quantity of an event becomes a fact about the event's happening, with the event's sides and
day. Documents with fact records of their own are left alone, so nothing is counted twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from eventwire.facts.slots import (
    COUNT_KINDS,
    LONG_KINDS,
    LONG_UNITS,
    MONTH_DAYS,
    SHORT_KINDS,
    SHORT_UNITS,
    UNIT_COUNTS,
    YEAR_DAYS,
    interval_of,
    subject_key,
)
from eventwire.facts.subject import TYPE_KINDS, kind_of_mode
from eventwire.model import Actor, Quantity
from eventwire.reconcile.common import Batch, Record, date_interval, sides
from eventwire.records import Evidence, FactRecord, HappeningRef


def event_facts(batch: Batch, documents_with_facts: set[str],
                agreements: Sequence[Record] = ()) -> list[FactRecord]:
    """Fact records from the quantities of events of documents that have none. An event that
    an agreement rests on is about that agreement's happening: its parties and its start (the
    exchange carried out on the 13th is the one agreed on the 10th)."""
    anchor: dict[str, HappeningRef] = {}
    for a in agreements:
        iv = date_interval(a.get("start"))
        parties = tuple(sorted({p["country"] for p in a["parties"] if p.get("country")}))
        for e in a.get("events") or ():
            anchor[e] = HappeningRef(kind="", parties=parties,
                                     date=a["start"] if iv is not None and iv.is_point()
                                     else None)
    out: list[FactRecord] = []
    for doc_id in sorted(batch.events_by_doc):
        if doc_id in documents_with_facts:
            continue
        n = 0
        for event in batch.events_by_doc[doc_id]:
            for fact in _facts_of(event, anchor.get(event["id"])):
                out.append(FactRecord(**{**_fields(fact), "id": f"{doc_id}/ef{n}"}))
                n += 1
    return out


def event_days(batch: Batch) -> dict[str, dict[str, set[str]]]:
    """Document -> kind of happening -> the days its coded events of that kind give (a day,
    not a month), the days a document itself tells its happenings on."""
    out: dict[str, dict[str, set[str]]] = {}
    for doc_id, events in sorted(batch.events_by_doc.items()):
        for event in events:
            kind = kind_of_mode(event.get("mode")) or TYPE_KINDS.get(event["type"])
            iv = date_interval(event.get("date"))
            if kind and iv is not None and iv.is_point():
                out.setdefault(doc_id, {}).setdefault(kind, set()).add(str(event["date"]))
    return out


def _fields(fact: FactRecord) -> dict[str, Any]:
    return {name: getattr(fact, name) for name in FactRecord.__dataclass_fields__}


def _facts_of(event: Record, anchor: HappeningRef | None) -> list[FactRecord]:
    kind = kind_of_mode(event.get("mode")) or TYPE_KINDS.get(event["type"])
    iv = date_interval(event.get("date"))
    happening = HappeningRef(kind=kind or "", parties=sides(event),
                             date=event["date"] if iv is not None and iv.is_point() else None)
    if anchor is not None and anchor.parties:
        happening = HappeningRef(kind=kind or "", parties=anchor.parties,
                                 date=anchor.date or happening.date)
    out = []
    for q in event.get("quantities") or ():
        quantity = Quantity(0, 0, q.get("text") or "", float(q["value"]), str(q["unit"]),
                            q.get("low"), q.get("high"), bool(q.get("approximate")))
        unit = quantity.unit.lower().removesuffix("s")
        if unit in SHORT_UNITS and kind in SHORT_KINDS:
            factor, scale, span = SHORT_UNITS[unit], "hour", None
        elif unit in LONG_UNITS and kind in LONG_KINDS:
            factor, scale = LONG_UNITS[unit], "day"
            span = MONTH_DAYS if unit == "month" else YEAR_DAYS if unit == "year" else None
        elif unit in UNIT_COUNTS:
            count = UNIT_COUNTS[unit]
            default, kinds = COUNT_KINDS[count]
            h = happening if kind in kinds else HappeningRef(kind=default)
            out.append(_fact(event, h, f"count_{count}", quantity, 1.0, count, None))
            continue
        else:
            continue
        if kind:
            out.append(_fact(event, happening, "duration", quantity, factor, scale, span))
    return out


def _fact(event: Record, h: HappeningRef, attribute: str, q: Quantity, factor: float,
          unit: str, span: tuple[float, float] | None) -> FactRecord:
    value = round(q.value * factor, 4)
    claimed = event.get("claimed_by")
    evidence = event.get("evidence") or {"text": "", "span": [0, 0]}
    return FactRecord(
        id="", document=event["document"], subject=subject_key(h), attribute=attribute,
        value=int(value) if float(value).is_integer() else value, unit=unit,
        interval=interval_of(q, factor, None, span), text=q.text or None,
        statement=event.get("statement"),
        claimed_by=Actor.from_json(claimed) if claimed else None, reported_by=(),
        evidence=Evidence(evidence["text"], tuple(evidence["span"])), happening=h,
    )


def scope_facts(agreements: list[Record], documents_with_facts: set[str]) -> list[FactRecord]:
    """Scope facts of truces from the agreements' per-source scope readings, for documents
    with no fact records of their own."""
    out: list[FactRecord] = []
    for agreement in agreements:
        if agreement["subject"] != "ceasefire":
            continue
        parties = tuple(sorted({a["country"] for a in agreement["parties"] if a.get("country")}))
        start = agreement.get("start")
        iv = date_interval(start)
        h = HappeningRef(kind="truce", parties=parties,
                         date=start if iv is not None and iv.is_point() else None)
        for n, reading in enumerate(agreement.get("scope_words") or ()):
            doc = reading["document"]
            if doc in documents_with_facts or not reading.get("tags"):
                continue
            span = tuple(reading["spans"][0]) if reading.get("spans") else (0, 0)
            out.append(FactRecord(
                id=f"{doc}/sf{n}:{agreement['id']}", document=doc, subject=subject_key(h),
                attribute="scope", value=sorted(reading["tags"]), unit=None, interval=None,
                text=reading.get("words"), statement=None, claimed_by=None, reported_by=(),
                evidence=Evidence(reading.get("words") or "", span), happening=h))
    return out
