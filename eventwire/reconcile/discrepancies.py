"""Discrepancies: attributes on which sources differ, compared by meaning.

Each source's wording becomes a value with a meaning one can compare: a quantity is an
interval ("more than an hour" = [1, inf), "about 2 hours" = [1.8, 2.2]), a date is the days
it covers ("March 2025" = the whole month), a scope or a set of parties is a set of tags.
Two values *conflict* when no reading makes them both true (disjoint intervals, different
sets); they differ in *precision* when one is a vaguer form of the other. A scope is a
commitment's substance, so any difference of scope ("energy infrastructure" vs "energy and
infrastructure") is a conflict.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from eventwire.reconcile.common import (
    TIME_UNITS,
    Interval,
    Record,
    date_interval,
    quantity_family,
    quantity_interval,
    stable_id,
    time_scale,
    time_scales,
    unit_of,
)


@dataclass(frozen=True)
class Observation:
    """One source's value for one attribute."""

    source: str  # document id
    key: Any  # what makes two values the same: an interval or a frozenset
    value: Any  # JSON value shown to the reader
    text: str | None
    voice: str = ""  # who says it within the source: statement, passage or sentence

    @property
    def speaker(self) -> str:
        return self.voice or self.source


def compare(subject: str, subject_kind: str, story: str | None, attribute: str,
            observations: list[Observation], duplicate_of: dict[str, str],
            *, strict_sets: bool = False) -> dict[str, Any] | None:
    """A discrepancy record when at least two sources give different values, else None.

    ``strict_sets``: any difference between two sets is a conflict (scope), rather than
    nested sets being a difference of precision (parties)."""
    # Two documents, or two voices of one document (the Kremlin's and the White House's
    # readouts quoted in one live blog), must be behind the values.
    if len({o.speaker for o in observations}) < 2:
        return None
    by_key: dict[Any, list[Observation]] = defaultdict(list)
    for o in observations:
        by_key[o.key].append(o)
    if len(by_key) < 2:
        return None
    keys = sorted(by_key, key=_sort_key)
    values = []
    for k in keys:
        obs = by_key[k]
        sources = sorted({o.source for o in obs})
        texts = sorted({o.text for o in obs if o.text})
        entry: dict[str, Any] = {
            "value": obs[0].value,
            "text": texts[0] if texts else None,
            "texts": texts,
            "sources": sources,
            "independent_sources": len({duplicate_of.get(s, s) for s in sources}),
        }
        if isinstance(k, Interval):
            entry["interval"] = k.as_list()
        values.append(entry)
    # One voice giving two values (it says both) does not make a disagreement alone.
    voices = [{o.speaker for o in by_key[k]} for k in keys]
    if all(v == voices[0] for v in voices) and len(voices[0]) == 1:
        return None
    conflicts = []
    for i in range(len(keys)):
        for j in range(i + 1, len(keys)):
            if _conflict(keys[i], keys[j], strict_sets):
                conflicts.append([i, j])
    return {
        "kind": "discrepancy",
        "id": stable_id("discrepancy", subject, attribute),
        "subject": subject,
        "subject_kind": subject_kind,
        "story": story,
        "attribute": attribute,
        "nature": "conflict" if conflicts else "precision",
        "conflicts": conflicts,
        "values": values,
    }


def _sort_key(k: Any) -> tuple[Any, ...]:
    if isinstance(k, Interval):
        return (0, k.low, k.high)
    if isinstance(k, frozenset):
        return (1, len(k), sorted(k))
    return (2, str(k))


def _conflict(a: Any, b: Any, strict_sets: bool) -> bool:
    if isinstance(a, Interval) and isinstance(b, Interval):
        return not a.overlaps(b)
    if isinstance(a, frozenset) and isinstance(b, frozenset):
        return strict_sets or not (a <= b or b <= a)
    return a != b


# ---------------------------------------------------------------- observations

def _fmt(x: float) -> float | int:
    x = round(x, 4)
    return int(x) if float(x).is_integer() else x


def quantity_observations(events: list[Record], *,
                          scales: frozenset[str] = frozenset({"short", "long"}),
                          counts: frozenset[str] | None = None,
                          ) -> dict[str, list[Observation]]:
    """attribute -> observations from the quantities of event mentions, one attribute per
    thing measured: ``duration_hours`` (calls, meetings: seconds to hours), ``duration_days``
    (periods: days to years) and ``count_<unit>``. Units outside ``scales`` (a call's hours on
    a truce) and counts whose unit is not in ``counts`` (when given) do not describe the
    subject and are left out, so they can never pose as a disagreement."""
    out: dict[str, list[Observation]] = defaultdict(list)
    for e in events:
        for q in e.get("quantities") or ():
            unit = unit_of(q.get("unit"))
            scale = time_scale(unit)
            if scale is not None:
                if scale not in scales:
                    continue
                target = "hour" if scale == "short" else "day"
                factor = TIME_UNITS[unit] / TIME_UNITS[target]
                iv = quantity_interval(q, factor)
                attribute = f"duration_{target}s"
                value = _fmt(float(q["value"]) * factor)
            elif quantity_family(unit) == "duration":
                continue
            else:
                if counts is not None and unit not in counts:
                    continue
                iv = quantity_interval(q)
                attribute = f"count_{unit}" if unit else "count"
                value = _fmt(float(q["value"]))
            out[attribute].append(Observation(e["document"], iv, value, q.get("text"),
                                              voice(e)))
    return out


def date_observations(events: list[Record]) -> list[Observation]:
    obs = []
    for e in events:
        iv = date_interval(e.get("date"))
        if iv is not None:
            obs.append(Observation(e["document"], iv, e["date"], _evidence(e), voice(e)))
    return obs


def location_observations(events: list[Record]) -> list[Observation]:
    obs = []
    for e in events:
        place = e.get("location") or None
        if place:
            key = place.get("canonical") or place.get("name")
            obs.append(Observation(e["document"], str(key).casefold(), key, place.get("name"),
                                   voice(e)))
    return obs


def set_observations(per_source: dict[str, tuple[list[str], str | None]]) -> list[Observation]:
    """Observations of a set-valued attribute (scope, parties): source -> (items, words)."""
    return [Observation(src, frozenset(items), sorted(items), words)
            for src, (items, words) in sorted(per_source.items()) if items]


def voice(e: Record) -> str:
    """Who speaks for an event mention within its document."""
    return e.get("statement") or e.get("passage") or e["document"]


def _evidence(e: Record) -> str | None:
    return (e.get("evidence") or {}).get("text")


def event_discrepancies(merged: dict[str, Any], mentions: list[Record], story: str,
                        duplicate_of: dict[str, str], *, covered: bool = False
                        ) -> list[dict[str, Any]]:
    """Discrepancies of one merged event: date, place, durations and counts. When an agreement
    rests on the event (``covered``), its numbers are compared on the agreement instead."""
    out = []
    candidates: list[tuple[str, list[Observation]]] = [
        ("date", date_observations(mentions)),
        ("location", location_observations(mentions)),
    ]
    if not covered:
        scales = time_scales(merged["type"], merged.get("family"))
        candidates += sorted(quantity_observations(mentions, scales=scales).items())
    for attribute, obs in candidates:
        rec = compare(merged["id"], "event", story, attribute, obs, duplicate_of)
        if rec:
            rec["event"] = {"type": merged["type"], "mode": merged["mode"],
                            "sides": merged["sides"]}
            out.append(rec)
    return out
