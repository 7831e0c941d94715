"""One event per happening within a document.

A text tells the same event several times ("Trump and Putin agreed ...", later "the
leaders agreed ...", with fewer sides named). Mentions of one type and modality whose
sides are contained in another's, with no conflicting mode or quantity, are folded into
the most complete one; their evidence is kept in ``Event.mentions``.
"""

from __future__ import annotations

from eventwire.model import POOLED_TYPES, Event


def _countries(event: Event) -> tuple[frozenset[str], frozenset[str]]:
    actors = frozenset(a.country for a in event.actors if a.country)
    recipients = frozenset(a.country for a in event.recipients if a.country)
    if event.type in POOLED_TYPES:
        return actors | recipients, frozenset()
    return actors, recipients


def _units(event: Event) -> dict[str, float]:
    return {q.unit: q.value for q in event.quantities if q.unit != "count"}


def _contains(big: Event, small: Event) -> bool:
    if big.type != small.type or big.modality != small.modality:
        return False
    if big.mode != small.mode and small.mode is not None:
        return False  # a ceasefire and a prisoner exchange are two agreements
    if small.mode is None and big.mode is not None and big.type in POOLED_TYPES:
        return False  # "they agreed" may be another agreement than "they agreed a truce"
    if small.mode is None and big.passage != small.passage:
        return False  # with nothing saying what was agreed, another entry is another event
    big_units, small_units = _units(big), _units(small)
    if any(unit in big_units and big_units[unit] != value for unit, value in small_units.items()):
        return False
    big_sides, small_sides = _countries(big), _countries(small)
    return small_sides[0] <= big_sides[0] and small_sides[1] <= big_sides[1]


def _weight(event: Event) -> tuple[int, int, int, int]:
    actors, recipients = _countries(event)
    return (len(actors) + len(recipients), bool(event.mode), len(event.quantities), -event.start)


def merge_mentions(events: list[Event]) -> list[Event]:
    """Fold events into the most complete event that contains them (order kept)."""
    ranked = sorted(events, key=_weight, reverse=True)
    kept: list[Event] = []
    hosts: dict[tuple[str, str], list[Event]] = {}  # only one type and modality can merge
    for event in ranked:
        group = hosts.setdefault((event.type, event.modality), [])
        host = next((k for k in group if _contains(k, event)), None)
        if host is None:
            kept.append(event)
            group.append(event)
            continue
        host.mentions.append((event.start, event.end))
        host.mentions.extend(event.mentions)
        host.mode = host.mode or event.mode
        seen = {(q.start, q.end) for q in host.quantities}
        host.quantities += [q for q in event.quantities if (q.start, q.end) not in seen]
        host.confidence = min(1.0, host.confidence + 0.05)
    for event in kept:
        event.mentions = sorted(set(event.mentions))
    return sorted(kept, key=lambda e: (e.start, e.end, e.type))
