"""Actor, place and source mentions (first version: none found)."""

from __future__ import annotations

from eventwire.model import Document


def recognize_actors(doc: Document) -> None:
    doc.mentions = []
