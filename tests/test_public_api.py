"""The public names do not drift without a decision (and a change to this test)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

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


def test_connect_and_dataframe(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas", reason="pandas is the optional [pandas] extra")
    result = eventwire.extract_text("Japan urged China to show restraint.", language="en",
                                    reference_date="2026-02-03")
    db = tmp_path / "notebook.db"
    with eventwire.open_store(db) as store:
        eventwire.ingest_into(store, result)
    with pytest.raises(FileNotFoundError, match="no such store"):
        eventwire.connect(tmp_path / "typo.db")
    store = eventwire.connect(db)
    try:
        events = store.dataframe("event")
        assert isinstance(events, pd.DataFrame)
        assert list(events["type"]) == [r["type"] for r in result.records
                                        if r["kind"] == "event"]
        assert str(events["type"].dtype) == "string"
        assert store.dataframe("documents")["id"].tolist() == [result.documents[0].id]
        with pytest.raises(ValueError, match="unknown record kind 'people'"):
            store.dataframe("people")
    finally:
        store.close()


def test_dataframe_says_how_to_get_pandas(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    store = eventwire.open_store(tmp_path / "s.db")
    try:
        with pytest.raises(ImportError, match=r"pip install 'eventwire\[pandas\]'"):
            store.dataframe("event")
    finally:
        store.close()
