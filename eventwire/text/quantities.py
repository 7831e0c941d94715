"""Quantities with normalised units (first version: none found)."""

from __future__ import annotations

from eventwire.model import Document


def find_quantities(doc: Document) -> None:
    doc.quantities = []
