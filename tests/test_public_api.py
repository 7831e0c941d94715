"""The public names do not drift without a decision (and a change to this test)."""

from __future__ import annotations

import eventwire

PUBLIC = {
    "STAGES", "Document", "Result", "__version__", "check_order", "connect", "extract",
    "extract_text",
    "ingest_into", "open_store", "process", "reconcile",
}


def test_public_names_are_the_documented_ones() -> None:
    assert set(eventwire.__all__) == PUBLIC
    for name in PUBLIC:
        assert hasattr(eventwire, name), name


def test_extract_text_through_the_package() -> None:
    result = eventwire.extract_text("Japan urged China to show restraint.", language="en")
    kinds = [r["kind"] for r in result.records]
    assert kinds[0] == "document" and "event" in kinds
