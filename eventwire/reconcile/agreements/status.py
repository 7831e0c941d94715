"""An agreement's status, in one place: each mention's step, the dated history, and the
status now. The web pages and the report import :func:`current_status` rather than
re-deriving it from their own list of types.
"""

from __future__ import annotations

from typing import Any

from eventwire.reconcile.common import Batch, Record, date_interval, day, iso

STATUS_ORDER = ("proposed", "under_negotiation", "rejected", "agreed", "in_force",
                "implemented", "violated", "expired")
_RANK = {s: i for i, s in enumerate(STATUS_ORDER)}
LASTING = frozenset({"ceasefire"})  # commitments that are in force for a while
PRELIMINARY = frozenset({"proposed", "under_negotiation"})
OPEN_STATUSES = frozenset({"proposed", "under_negotiation", "agreed", "in_force", "violated"})


def current_status(history: list[dict[str, Any]]) -> str:
    """The status an agreement has now: the last step of its history ("proposed" before any
    step is known)."""
    return str(history[-1]["status"]) if history else "proposed"


def is_open(status: str) -> bool:
    """Whether something is still to be done under an agreement with this status."""
    return status in OPEN_STATUSES


def step_of(event: Record, subject: str) -> str | None:
    etype, modality = event["type"], event.get("modality") or "asserted"
    if modality == "negated":
        return "rejected" if etype in ("AGREE", "CONCEDE", "SUPPORT") else None
    if etype in ("REQUEST", "SUPPORT") or modality in ("hypothetical", "uncertain"):
        return "proposed"
    if etype == "REJECT":
        return "rejected"
    if etype == "AGREE":
        return "agreed"
    if etype == "CONSULT":
        if subject == "talks":
            return "implemented" if modality == "asserted" else "agreed"
        return "under_negotiation"
    if etype in ("CONCEDE", "RETREAT", "COOPERATE"):
        return "implemented" if modality == "asserted" else "agreed"
    return None


def event_day(batch: Batch, e: Record) -> tuple[int | None, str]:
    """The day of a mention: its own date, else its document's; a month or a year ("in
    March") names no day, so it does not date a step."""
    for value, by in ((e.get("date"), "event"), (batch.doc_date(e["document"]), "document")):
        iv = date_interval(value)
        if iv is not None and iv.is_point():
            return int(iv.low), by
    return None, "document"


def history(batch: Batch, mentions: list[Record], subject: str, start: str | None,
             end: str | None, violations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Status changes in date order, each with its sources and events."""
    entries: dict[tuple[int | None, str], dict[str, Any]] = {}
    for e in mentions:
        status = step_of(e, subject)
        if status is None:
            continue
        d, dated_by = event_day(batch, e)
        entry = entries.setdefault((d, status), {"status": status,
                                                 "date": iso(d) if d is not None else None,
                                                 "dated_by": dated_by, "sources": set(),
                                                 "events": set()})
        if dated_by == "event":
            entry["dated_by"] = "event"
        entry["sources"].add(e["document"])
        entry["events"].add(e["id"])
    entries = _place_reported_steps(entries)
    ref = _reference_day(batch, mentions)
    agreed = any(k[1] in ("agreed", "implemented") for k in entries)
    start_day = day(start) if start and len(start) >= 10 else None
    end_day = day(end)
    if (subject in LASTING and agreed and start_day is not None and ref is not None
            and ref >= start_day):
        entries.setdefault((start_day, "in_force"), {"status": "in_force", "date": start,
                                                     "dated_by": "derived", "sources": set(),
                                                     "events": set()})
    if violations:
        first = min(violations, key=lambda v: (v["date"] or "9999", v["event"]))
        d = day(first["date"])
        entry = entries.setdefault((d, "violated"), {"status": "violated", "date": first["date"],
                                                     "dated_by": "event", "sources": set(),
                                                     "events": set(), "alleged": True})
        for v in violations:
            entry["sources"].update(v["sources"])
            entry["events"].update(v["events"])
    if end_day is not None and ref is not None and ref > end_day:
        entries.setdefault((end_day, "expired"), {"status": "expired", "date": end,
                                                  "dated_by": "derived", "sources": set(),
                                                  "events": set()})
    ordered = sorted(entries.values(), key=lambda x: (x["date"] is None, x["date"] or "",
                                                      _RANK[x["status"]]))
    # Undated entries cannot be placed in time: keep them, after the dated ones, ordered by
    # stage, and do not let them override a dated later stage.
    for x in ordered:
        x["sources"] = sorted(x["sources"])
        x["events"] = sorted(x["events"])
    dated = _collapse([x for x in ordered if x["date"]])
    undated = _collapse([x for x in ordered if not x["date"]])
    if dated and undated:
        last = _RANK[dated[-1]["status"]]
        tail = [x for x in undated if _RANK[x["status"]] > last]
        head = [x for x in undated if _RANK[x["status"]] <= last]
        return head + dated + tail
    return dated + undated


def _place_reported_steps(entries: dict[tuple[int | None, str], dict[str, Any]]
                          ) -> dict[tuple[int | None, str], dict[str, Any]]:
    """A step dated only by the report of it happened on or before that day: a proposal
    mentioned in tomorrow's article, once its answer (acceptance or refusal) is dated by the
    text, is placed no later than that answer, so the history reads proposed -> agreed; and
    a step reported again later (yesterday's agreement in today's article) is the first."""
    answers = ("agreed", "rejected")  # what answers a proposal or a negotiation
    dated = [k[0] for k, x in entries.items()
             if x["dated_by"] == "event" and k[0] is not None and k[1] in answers]
    out: dict[tuple[int | None, str], dict[str, Any]] = {}
    for (d, status), x in sorted(entries.items(), key=lambda kv: (kv[0][0] is None,
                                                                  kv[0][0] or 0, kv[0][1])):
        if x["dated_by"] == "document" and d is not None:
            earlier = [k[0] for k in entries if k[1] == status and k[0] is not None and k[0] < d]
            later = [ld for ld in dated if ld < d] if status in PRELIMINARY else []
            if earlier or later:  # a later report of a step already taken
                d = min(earlier + later)
                x = {**x, "date": iso(d)}
        if (d, status) in out:
            kept = out[(d, status)]
            kept["sources"] |= x["sources"]
            kept["events"] |= x["events"]
            if x["dated_by"] == "event":
                kept["dated_by"] = "event"
        else:
            out[(d, status)] = {**x, "sources": set(x["sources"]), "events": set(x["events"])}
    return out


def _collapse(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Consecutive entries of one status are one step (first date kept, sources joined)."""
    out: list[dict[str, Any]] = []
    for x in entries:
        if out and out[-1]["status"] == x["status"]:
            out[-1]["sources"] = sorted(set(out[-1]["sources"]) | set(x["sources"]))
            out[-1]["events"] = sorted(set(out[-1]["events"]) | set(x["events"]))
        else:
            out.append(x)
    return out


def _reference_day(batch: Batch, mentions: list[Record]) -> int | None:
    """"Now" for an agreement: the latest date of the documents that report it."""
    days = [day(batch.doc_date(e["document"])) for e in mentions]
    days += [day(e.get("date")) for e in mentions]
    known = [d for d in days if d is not None]
    return max(known) if known else None


def open_commitments(agreements: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Agreements whose last known status leaves something still to be done."""
    return [a for a in agreements if a["status"] in OPEN_STATUSES]
