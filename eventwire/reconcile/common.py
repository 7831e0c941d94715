"""Small shared helpers for the cross-document stages: ids, record indexes, intervals.

Everything here works on the contract's record dicts, never on pipeline objects, so the
same code serves a fresh extraction and the contents of a store.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

Record = dict[str, Any]
INF = math.inf

# Mode words as the event coder writes them -> one family per kind of happening. Matching is
# on substrings of the (language-neutral) mode id, so "prisoner_exchange" and "exchange" meet.
_MODE_FAMILIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ceasefire", ("ceasefire", "cease_fire", "truce", "moratorium", "halt_strikes",
                   "halt_attacks", "armistice")),
    ("exchange", ("exchange", "swap")),
    ("release", ("release", "handover", "hand_over", "repatriat", "return_of")),
    ("talks", ("talk", "negotiat", "working_group", "summit", "peace_process", "round")),
    ("phone", ("phone", "call")),
    ("meeting", ("meeting", "meet", "visit")),
    ("mediation", ("mediat", "broker", "facilitat")),
)

# Time units in hours, to compare durations stated in different units.
TIME_UNITS: dict[str, float] = {
    "second": 1 / 3600, "minute": 1 / 60, "hour": 1.0, "day": 24.0, "week": 168.0,
    "month": 720.0, "year": 8760.0,
}
# Which durations measure what: a call, a meeting or a bombardment lasts minutes or hours
# ("short"); a truce, a deadline or a detention lasts days to years ("long"). Quantities of
# the two scales describe different things and are never compared with each other.
SHORT_TIME_UNITS = frozenset({"second", "minute", "hour"})
LONG_TIME_UNITS = frozenset({"day", "week", "month", "year"})
# Event families whose length is short (their days, if any, belong to something else) and
# families that are periods (their hours belong to the call that agreed them).
SHORT_FAMILIES = frozenset({"phone", "meeting", "talks", "mediation"})
LONG_FAMILIES = frozenset({"ceasefire"})
SHORT_TYPES = frozenset({"CONSULT", "ASSAULT", "COERCE", "PROTEST"})
# People-counting units: what an exchange or a release is about.
PERSON_UNITS = frozenset({"prisoner", "soldier", "person", "people", "civilian", "hostage",
                          "detainee", "captive", "pow", "child", "body", "wounded"})


def time_scales(event_type: str | None, family: str | None) -> frozenset[str]:
    """The duration scales that can describe an event of this type and mode family."""
    if family in LONG_FAMILIES:
        return frozenset({"long"})
    if family in SHORT_FAMILIES or event_type in SHORT_TYPES:
        return frozenset({"short"})
    return frozenset({"short", "long"})


def time_scale(unit: str | None) -> str | None:
    u = unit_of(unit)
    if u in SHORT_TIME_UNITS:
        return "short"
    if u in LONG_TIME_UNITS:
        return "long"
    return None


# Units whose length varies: one of them covers this range (in hours).
TIME_RANGES: dict[str, tuple[float, float]] = {"month": (672.0, 744.0), "year": (8760.0, 8784.0)}
APPROXIMATE_TOLERANCE = 0.10  # "about 2 hours" spans [1.8, 2.2]
ORGANISATION_CODES = frozenset({"UN", "EU", "NATO", "OSCE", "IAEA", "ICRC", "IGO"})


def stable_id(prefix: str, *parts: Any) -> str:
    """An id derived from content only, so reruns and reorderings give the same ids."""
    blob = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return f"{prefix}:{hashlib.sha1(blob.encode('utf-8')).hexdigest()[:12]}"


@lru_cache(maxsize=4096)
def mode_family(mode: str | None) -> str | None:
    """The family of an event mode ("prisoner_exchange" -> "exchange"), or the mode itself."""
    if not mode:
        return None
    key = mode.lower().replace("-", "_").replace(" ", "_")
    for family, needles in _MODE_FAMILIES:
        if any(n in key for n in needles):
            return family
    return key


def countries(actors: list[Record] | None) -> list[str]:
    """Sorted distinct country (or organisation) codes of a list of Actor dicts."""
    return sorted({a["country"] for a in actors or () if a.get("country")})


def sides(event: Record) -> tuple[str, ...]:
    """Both sides of an event as one sorted tuple: "A called B" and "B spoke to A" meet."""
    both = set(countries(event.get("actors"))) | set(countries(event.get("recipients")))
    return tuple(sorted(both))


def unit_of(unit: str | None) -> str:
    """Normalised unit name ("Hours" -> "hour", "USD" -> "usd")."""
    u = (unit or "").strip().lower()
    if u.endswith("s") and u[:-1] in TIME_UNITS:
        u = u[:-1]
    return u


def quantity_family(unit: str | None) -> str:
    """Durations compare with each other whatever their unit; other units only with themselves."""
    u = unit_of(unit)
    return "duration" if u in TIME_UNITS else u


class Components:
    """Disjoint sets with path halving; a set's root is its smallest member, so the grouping
    does not depend on the order in which pairs are joined."""

    def __init__(self, members: Iterable[Any]) -> None:
        self.parent: dict[Any, Any] = {m: m for m in members}

    def __contains__(self, member: Any) -> bool:
        return member in self.parent

    def find(self, x: Any) -> Any:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(self, a: Any, b: Any) -> None:
        ra, rb = self.find(a), self.find(b)
        self.parent[max(ra, rb)] = min(ra, rb)


@dataclass(frozen=True)
class Interval:
    """A closed range of values a source's wording allows ("more than an hour" = [1, inf))."""

    low: float
    high: float

    def overlaps(self, other: Interval) -> bool:
        eps = 1e-9 * max(1.0, abs(self.low), abs(other.low))
        return self.low <= other.high + eps and other.low <= self.high + eps

    def is_point(self) -> bool:
        return self.low == self.high

    def as_list(self) -> list[float | None]:
        """JSON-safe bounds (an open end is null)."""
        return [None if math.isinf(self.low) else _num(self.low),
                None if math.isinf(self.high) else _num(self.high)]


def _num(x: float) -> float | int:
    x = round(x, 6)
    return int(x) if float(x).is_integer() else x


def quantity_interval(q: Record, scale: float = 1.0) -> Interval:
    """The interval a quantity's wording allows, in ``unit * scale`` (see ``TIME_UNITS``);
    "a month" is any length from 28 to 31 days."""
    value = float(q["value"]) * scale
    unit = unit_of(q.get("unit"))
    low = q.get("low")
    high = q.get("high")
    if low is not None or high is not None:
        lo = float(low) * scale if low is not None else None
        hi = float(high) * scale if high is not None else None
        if lo is None:
            lo = hi * (1 - APPROXIMATE_TOLERANCE) if q.get("approximate") and hi else 0.0
        if hi is None:
            hi = INF
        return Interval(lo, hi)
    if unit in TIME_RANGES and scale != 1.0:
        lo, hi = TIME_RANGES[unit]
        per = scale / TIME_UNITS[unit]
        return Interval(float(q["value"]) * lo * per, float(q["value"]) * hi * per)
    if q.get("approximate"):
        return Interval(value * (1 - APPROXIMATE_TOLERANCE), value * (1 + APPROXIMATE_TOLERANCE))
    return Interval(value, value)


_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def date_interval(value: str | None) -> Interval | None:
    """Day ordinals a date of year, month or day precision covers ("2025-03" = the month)."""
    if not value:
        return None
    m = _DATE.match(value)
    if not m:
        return None
    year = int(m.group(1))
    try:
        if m.group(3):
            d = _dt.date(year, int(m.group(2)), int(m.group(3))).toordinal()
            return Interval(d, d)
        if m.group(2):
            month = int(m.group(2))
            start = _dt.date(year, month, 1)
            nxt = _dt.date(year + (month == 12), month % 12 + 1, 1)
            return Interval(start.toordinal(), nxt.toordinal() - 1)
        return Interval(_dt.date(year, 1, 1).toordinal(), _dt.date(year, 12, 31).toordinal())
    except ValueError:
        return None


def day(value: str | None) -> int | None:
    """Ordinal of the first day a date covers, or None."""
    iv = date_interval(value)
    return int(iv.low) if iv else None


def iso(ordinal: int) -> str:
    return _dt.date.fromordinal(ordinal).isoformat()


@dataclass
class Batch:
    """The per-document records of a batch, indexed the ways the stages need."""

    documents: dict[str, Record] = field(default_factory=dict)
    events: dict[str, Record] = field(default_factory=dict)
    statements: dict[str, Record] = field(default_factory=dict)
    events_by_doc: dict[str, list[Record]] = field(default_factory=lambda: defaultdict(list))
    statements_by_doc: dict[str, list[Record]] = field(default_factory=lambda: defaultdict(list))
    facts_by_doc: dict[str, list[Record]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def of(cls, records: list[Record]) -> Batch:
        batch = cls()
        for r in records:
            kind = r.get("kind")
            if kind == "document":
                batch.documents[r["id"]] = r
            elif kind == "event":
                batch.events[r["id"]] = r
                batch.events_by_doc[r["document"]].append(r)
            elif kind == "statement":
                batch.statements[r["id"]] = r
                batch.statements_by_doc[r["document"]].append(r)
            elif kind == "fact":
                batch.facts_by_doc[r["document"]].append(r)
        for lst in list(batch.events_by_doc.values()) + list(batch.statements_by_doc.values()):
            lst.sort(key=_span_key)
        return batch

    def doc_date(self, doc_id: str) -> str | None:
        doc = self.documents.get(doc_id) or {}
        return doc.get("published") or doc.get("reference_date")


def _span_key(r: Record) -> tuple[int, str]:
    span = (r.get("evidence") or {}).get("span") or r.get("span") or [0, 0]
    return (int(span[0]), r["id"])


_SENTENCE_END = re.compile(r"[.!?…\n]")


def sentence_span(text: str, span: list[int] | tuple[int, int], limit: int = 400
                  ) -> tuple[int, int]:
    """Bounds of the sentence (at most ``limit`` chars each way) that holds a span."""
    start, end = max(0, int(span[0])), min(len(text), int(span[1]))
    lo = max(0, start - limit)
    left = text[lo:start]
    cut = [m.end() for m in _SENTENCE_END.finditer(left)]
    s = lo + cut[-1] if cut else lo
    right = text[end:end + limit]
    m = _SENTENCE_END.search(right)
    e = end + (m.start() + 1 if m else len(right))
    return s, e
