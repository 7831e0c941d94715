"""Passages: live-blog entries, or the whole body of an article."""

from __future__ import annotations

from eventwire.model import Document, Passage


def split_passages(doc: Document) -> None:
    if not doc.passages:
        doc.passages = [Passage(index=0, start=0, end=len(doc.text))]
