"""One event per happening within a document.

A text tells the same event several times ("Trump and Putin agreed ...", later "the
leaders agreed ...", with fewer sides named). Mentions of one type and modality whose
sides are contained in another's, with no conflicting mode, quantity or day of their own, are
folded into the most complete one; their evidence is kept in ``Event.mentions``.
"""

from __future__ import annotations

from bisect import insort

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
    if _own_day(big) and _own_day(small) and big.date != small.date:
        return False  # "met on Wednesday" and "a meeting on Tuesday": two meetings
    big_units, small_units = _units(big), _units(small)
    if any(unit in big_units and big_units[unit] != value for unit, value in small_units.items()):
        return False
    big_sides, small_sides = _countries(big), _countries(small)
    return small_sides[0] <= big_sides[0] and small_sides[1] <= big_sides[1]


def _own_day(event: Event) -> bool:
    """Whether the event's own words (its clause or sentence) give it a day: a day told for
    another mention is another happening; a day lent by the passage, the discourse or the
    date of writing says nothing of which one it is."""
    return event.dated_by in ("clause", "sentence") and event.date_precision == "day"


def _weight(event: Event) -> tuple[int, int, int, int]:
    actors, recipients = _countries(event)
    return (len(actors) + len(recipients), bool(event.mode), len(event.quantities), -event.start)


Sides = tuple[frozenset[str], frozenset[str]]


class _Hosts:
    """The kept events of one type and modality, filed by what a mention must share with its
    host: the mode (when the mention has one) or the passage (when it has none), and sides
    that contain the mention's. A mention then tries only those hosts, oldest first, instead
    of every kept event of the document (a long document's length squared); the full test
    (:func:`_contains`) still decides, so the host found is the one a scan would find."""

    def __init__(self) -> None:
        self.by_mode: dict[tuple[str | None, Sides], list[tuple[int, Event]]] = {}
        self.by_passage: dict[tuple[str | None, Sides, int], list[tuple[int, Event]]] = {}
        self.order: dict[int, int] = {}  # id(host) -> when it was kept

    def add(self, event: Event) -> None:
        self.order[id(event)] = len(self.order)
        self._file(event, event.mode)

    def _file(self, event: Event, mode: str | None) -> None:
        entry = (self.order[id(event)], event)
        sides = _countries(event)
        insort(self.by_mode.setdefault((mode, sides), []), entry, key=_first)
        insort(self.by_passage.setdefault((mode, sides, event.passage), []), entry, key=_first)

    def moved(self, host: Event, old_mode: str | None) -> None:
        """A host that took a mode from a mention it folded is filed under that mode."""
        entry = (self.order[id(host)], host)
        sides = _countries(host)
        self.by_mode[(old_mode, sides)].remove(entry)
        self.by_passage[(old_mode, sides, host.passage)].remove(entry)
        self._file(host, host.mode)

    def find(self, event: Event) -> Event | None:
        actors, recipients = _countries(event)
        best: tuple[int, Event] | None = None
        for mode, (big_actors, big_recipients) in list(self.by_mode):
            if not (actors <= big_actors and recipients <= big_recipients):
                continue
            if event.mode is not None:
                if mode != event.mode:
                    continue
                candidates = self.by_mode[(mode, (big_actors, big_recipients))]
            else:
                candidates = self.by_passage.get(
                    (mode, (big_actors, big_recipients), event.passage), [])
            for order, host in candidates:
                if best is not None and order >= best[0]:
                    break
                if _contains(host, event):
                    best = (order, host)
                    break
        return best[1] if best else None


def _first(entry: tuple[int, Event]) -> int:
    return entry[0]


def merge_mentions(events: list[Event]) -> list[Event]:
    """Fold events into the most complete event that contains them (order kept)."""
    ranked = sorted(events, key=_weight, reverse=True)
    kept: list[Event] = []
    hosts: dict[tuple[str, str], _Hosts] = {}  # only one type and modality can merge
    for event in ranked:
        group = hosts.setdefault((event.type, event.modality), _Hosts())
        host = group.find(event)
        if host is None:
            kept.append(event)
            group.add(event)
            continue
        host.mentions.append((event.start, event.end))
        host.mentions.extend(event.mentions)
        mode = host.mode or event.mode
        if mode != host.mode:
            old_mode, host.mode = host.mode, mode
            group.moved(host, old_mode)
        seen = {(q.start, q.end) for q in host.quantities}
        host.quantities += [q for q in event.quantities if (q.start, q.end) not in seen]
        host.confidence = min(1.0, host.confidence + 0.05)
    for event in kept:
        event.mentions = sorted(set(event.mentions))
    return sorted(kept, key=lambda e: (e.start, e.end, e.type))
