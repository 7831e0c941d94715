"""What the event coder looks up in a document: its mentions, places, statements, dates and
quantities, indexed by position, and the actors a list of mentions stands for."""

from __future__ import annotations

from eventwire.events.author import document_issuer
from eventwire.model import Actor, Document, Mention
from eventwire.spans import SpanIndex


class EventContext:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.names = SpanIndex(doc.mentions)
        self.by_label = {
            label: SpanIndex(m for m in doc.mentions if m.label == label)
            for label in ("ACTOR", "PLACE", "SOURCE")
        }
        self.placed = SpanIndex(m for m in doc.mentions if m.place is not None)
        self.statements = SpanIndex(
            enumerate(doc.statements),
            start=lambda pair: pair[1].start,
            end=lambda pair: pair[1].end,
        )
        self.dates = SpanIndex(d for d in doc.dates if d.value)
        self.quantities = SpanIndex(doc.quantities)
        self.issuer = document_issuer(doc, self.by_label["ACTOR"])

    def mentions_in(self, start: int, end: int, label: str = "ACTOR") -> list[Mention]:
        """Mentions of one label inside ``[start, end)``, in order."""
        return self.by_label[label].within(start, end)

    def places_in(self, start: int, end: int) -> list[Mention]:
        """Mentions that name a place (places and capitals) inside ``[start, end)``."""
        return self.placed.within(start, end)

    def inside_name(self, start: int, end: int) -> bool:
        """Whether a span lies within a named mention ("Rapid Support Forces")."""
        return self.names.covering(start, end) is not None

    def statement_at(self, start: int, end: int) -> int | None:
        """Index in doc.statements of the statement whose content holds the span."""
        found = self.statements.covering(start, end)
        return found[0] if found is not None else None


def actors_of(mentions: list[Mention]) -> list[Actor]:
    """Actors of mentions (group mentions give their members), one per country."""
    out: list[Actor] = []
    seen: set[str] = set()
    for mention in mentions:
        for actor in mention.members or ([mention.actor] if mention.actor else []):
            key = actor.country or actor.canonical or actor.name
            if key not in seen:
                seen.add(key)
                out.append(actor)
    return out
