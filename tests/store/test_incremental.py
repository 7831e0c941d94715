"""Incremental ingest: an ingest reconciles only the new documents' neighbourhood
(eventwire.reconcile.incremental) and replaces that neighbourhood's cross-document records.

The records are the hand-written ones of the example stories (invented happenings)."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reconcile"))
from stories_data import all_records, story_records  # noqa: E402

from eventwire.reconcile import CROSS_DOCUMENT_KINDS, reconcile  # noqa: E402
from eventwire.store import open_store  # noqa: E402

Record = dict[str, Any]


class Spy:
    """``rebuild`` for the store: reconcile, remembering which documents it was given."""

    def __init__(self) -> None:
        self.given: list[list[str]] = []

    def __call__(self, records: list[Record]) -> list[Record]:
        self.given.append(sorted(r["id"] for r in records if r["kind"] == "document"))
        return reconcile(records)


def _cross(store: Any) -> list[str]:
    return sorted(json.dumps(r, sort_keys=True) for r in store.records(CROSS_DOCUMENT_KINDS))


def _moved(records: list[Record], tag: str, years: int) -> list[Record]:
    """A copy of some records as another happening: ids prefixed, dates ``years`` later."""
    out = []
    for r in copy.deepcopy(records):
        r["id"] = f"{tag}-{r['id']}"
        if r.get("document"):
            r["document"] = f"{tag}-{r['document']}"
        if r.get("statement"):
            r["statement"] = f"{tag}-{r['statement']}"
        for key in ("date", "published", "reference_date"):
            if r.get(key):
                r[key] = f"{int(r[key][:4]) + years}{r[key][4:]}"
        out.append(r)
    return out


def _is_first(record: Record) -> bool:
    return (record.get("document") or record["id"])[0] in "af"


def test_two_ingests_equal_one_reconcile(tmp_path: Path) -> None:
    records = all_records()
    spy = Spy()
    store = open_store(tmp_path / "s.db")
    store.ingest([r for r in records if _is_first(r)], spy)
    store.ingest([r for r in records if not _is_first(r)], spy)
    assert _cross(store) == sorted(json.dumps(r, sort_keys=True) for r in reconcile(records))
    assert spy.given[0] == ["a1", "a2", "a3", "f1", "f2"]
    before = _cross(store)
    store.ingest([r for r in records if not _is_first(r)], spy)  # the same again: no change
    assert _cross(store) == before
    store.close()


@pytest.mark.parametrize("copies", [70])
def test_unrelated_documents_reconcile_alone(tmp_path: Path, copies: int) -> None:
    """A store of many happenings (one story's records, each copy years apart): new
    documents that share no rare feature, window or commitment with them are reconciled on
    their own, and the stored stories stay."""
    story = story_records("caucasus-truce")
    stored = [r for k in range(copies) for r in _moved(story, f"k{k}", 10 + k)]
    spy = Spy()
    store = open_store(tmp_path / "s.db")
    store.ingest(stored, spy)
    stories_before = sum(1 for _ in store.records(["story"]))
    new = _moved(story_records("black-sea-talks"), "new", 200)
    store.ingest(new, spy)
    assert spy.given[-1] == ["new-b1", "new-b2", "new-b3"]
    stories_after = sum(1 for _ in store.records(["story"]))
    assert stories_after == stories_before + 1
    store.close()
