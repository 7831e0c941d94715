"""Cross-document records from per-document records (first version)."""

from __future__ import annotations

from typing import Any


def reconcile(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Agreement, story and discrepancy records for a batch of per-document records."""
    documents = [r["id"] for r in records if r["kind"] == "document"]
    events = [r["id"] for r in records if r["kind"] == "event"]
    if not documents:
        return []
    return [{"kind": "story", "id": "story:0", "title": None, "documents": documents,
             "events": events}]
