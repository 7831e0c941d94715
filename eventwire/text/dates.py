"""Date expressions resolved against the reference date (first version: none found)."""

from __future__ import annotations

from eventwire.model import Document


def find_dates(doc: Document) -> None:
    doc.dates = []
