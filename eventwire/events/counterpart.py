"""The other side of a demand or refusal the sentence leaves without one.

"Russia rejected this proposal", "Ukraine is pushing for a full ceasefire": a demand or a
refusal is addressed to someone, and the text has said to whom a sentence or two before,
when it told the two sides' last dealing ("the two delegations met in Istanbul"). Such an
event takes, as recipient, the one other side of the latest two-sided event before it that
its actor took part in; nothing when there is none or it had more sides.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.events.lexicon import convention
from eventwire.model import Actor, Event


def _sides(event: Event) -> dict[str, Actor]:
    """Country -> actor of each side of an event."""
    found: dict[str, Actor] = {}
    for actor in (*event.actors, *event.recipients):
        if actor.country and actor.country not in found:
            found[actor.country] = actor
    return found


def add_counterparts(events: list[Event]) -> list[Event]:
    """Events in text order, each demand or refusal with no recipient given the other side
    of its actor's latest two-sided dealing before it (convention ``counterpart_types``)."""
    wanted = frozenset(convention("counterpart_types"))
    ordered = sorted(events, key=lambda e: (e.start, e.end))
    out: list[Event] = []
    for event in events:
        actors = {a.country for a in event.actors if a.country}
        if event.type not in wanted or event.recipients or len(actors) != 1:
            out.append(event)
            continue
        (actor,) = actors
        other: Actor | None = None
        for earlier in ordered:
            if earlier.start >= event.start:
                break
            sides = _sides(earlier)
            if actor in sides and len(sides) == 2:
                other = next(a for country, a in sides.items() if country != actor)
        out.append(replace(event, recipients=[other]) if other is not None else event)
    return out
