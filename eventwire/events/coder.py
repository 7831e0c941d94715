"""PLOVER event coding (first version: none found)."""

from __future__ import annotations

from eventwire.model import Document


def code_events(doc: Document) -> None:
    doc.events = []
