"""Attributed statements (first version: none found)."""

from __future__ import annotations

from eventwire.model import Document


def attribute_statements(doc: Document) -> None:
    doc.statements = []
