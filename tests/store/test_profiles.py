"""Stored profiles (eventwire.reconcile.profiles): what story grouping reads of a document,
kept by the store so an ingest compares candidates without reading their records.

The records are the hand-written ones of the example stories (invented happenings)."""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reconcile"))
from stories_data import all_records  # noqa: E402

from eventwire.reconcile import CROSS_DOCUMENT_KINDS, reconcile  # noqa: E402
from eventwire.reconcile.common import Batch  # noqa: E402
from eventwire.reconcile.incremental import close_to  # noqa: E402
from eventwire.reconcile.profiles import VERSION, Profile, profile_of  # noqa: E402
from eventwire.store import open_store  # noqa: E402


def _computed(records: list[dict[str, Any]]) -> dict[str, Profile]:
    batch = Batch.of(records)
    return {doc: profile_of(batch, doc) for doc in sorted(batch.documents)}


def _stored(path: Path) -> dict[str, tuple[int, str]]:
    with sqlite3.connect(path) as db:
        return {d: (v, b) for d, v, b in db.execute("SELECT document, version, body "
                                                    "FROM profiles ORDER BY document")}


def _cross(store: Any) -> list[str]:
    return sorted(json.dumps(r, sort_keys=True) for r in store.records(CROSS_DOCUMENT_KINDS))


def test_profile_round_trip_is_exact() -> None:
    profiles = _computed(all_records())
    assert len(profiles) == 8
    for profile in profiles.values():
        assert Profile.from_json(profile.to_json()) == profile
        assert list(Profile.from_json(profile.to_json()).features) == list(profile.features)


def test_close_to_from_stored_profiles_equals_from_records(tmp_path: Path) -> None:
    records = all_records()
    store = open_store(tmp_path / "s.db")
    store.ingest(records, reconcile)
    store.close()
    stored = {d: Profile.from_json(b) for d, (_, b) in _stored(tmp_path / "s.db").items()}
    computed = _computed(records)
    assert stored == computed
    new = {d for d in computed if d[0] in "af"}
    others = set(computed) - new
    assert close_to(stored, new, others) == close_to(computed, new, others)


def test_an_older_store_gets_profiles_on_open(tmp_path: Path) -> None:
    records = all_records()
    path = tmp_path / "old.db"
    store = open_store(path)
    store.ingest([r for r in records if (r.get("document") or r["id"])[0] in "af"], reconcile)
    store.close()
    with sqlite3.connect(path) as db:  # as a store made before profiles were kept
        db.execute("DROP TABLE profiles")
        db.execute("DROP TABLE feature_counts")
        db.execute("DROP TABLE copies")
        db.execute("DELETE FROM migrations WHERE name IN ('0006_profiles', "
                   "'0007_backfill_profiles', '0009_profile_periods', "
                   "'0010_index_profiles', '0011_feature_counts', '0012_count_features')")
    store = open_store(path)
    assert store.migrations()[5:] == ["0006_profiles", "0007_backfill_profiles",
                                      "0008_links_target_source",
                                      "0009_profile_periods", "0010_index_profiles",
                                      "0011_feature_counts", "0012_count_features"]
    first = {d: p for d, p in _computed(records).items() if d[0] in "af"}
    assert _stored(path) == {d: (VERSION, p.to_json()) for d, p in first.items()}
    store.ingest([r for r in records if (r.get("document") or r["id"])[0] not in "af"],
                 reconcile)
    assert _cross(store) == sorted(json.dumps(r, sort_keys=True) for r in reconcile(records))
    store.close()


def test_profiles_of_another_version_are_made_again(tmp_path: Path) -> None:
    records = all_records()
    path = tmp_path / "s.db"
    store = open_store(path)
    store.ingest([r for r in records if (r.get("document") or r["id"])[0] in "af"], reconcile)
    with sqlite3.connect(path) as db:  # as if features were computed another way before
        db.execute("UPDATE profiles SET version = ?, body = '[{}, null, null, [], []]'",
                   (VERSION - 1,))
    store.ingest([r for r in records if (r.get("document") or r["id"])[0] not in "af"],
                 reconcile)
    assert _cross(store) == sorted(json.dumps(r, sort_keys=True) for r in reconcile(records))
    made = _stored(path)
    assert {d for d, (v, _) in made.items() if v != VERSION} <= {d for d in made
                                                                 if d[0] in "af"}
    store.close()


def test_a_document_stored_again_or_deleted_takes_its_profile_along(tmp_path: Path) -> None:
    records = all_records()
    path = tmp_path / "s.db"
    store = open_store(path)
    store.ingest(records, reconcile)
    store.ingest(records, reconcile)
    assert sorted(_stored(path)) == sorted(_computed(records))
    store.delete_document("a1")
    assert "a1" not in _stored(path)
    store.close()
