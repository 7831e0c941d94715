"""What an ingest reads of the stored candidates: only those written within reach of a new
document (eventwire.reconcile.incremental.reach), found by the publication periods the
store keeps beside their profiles (columns ``low``, ``high``).

The records are the hand-written ones of the example stories (invented happenings)."""

from __future__ import annotations

import copy
import json
import sqlite3
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reconcile"))
from stories_data import all_records, story_records  # noqa: E402

import eventwire.reconcile.incremental as incremental  # noqa: E402
from eventwire.reconcile import CROSS_DOCUMENT_KINDS, reconcile  # noqa: E402
from eventwire.reconcile.common import Batch  # noqa: E402
from eventwire.reconcile.profiles import profile_of  # noqa: E402
from eventwire.store import open_store  # noqa: E402

Record = dict[str, Any]


def _shifted(records: list[Record], tag: str, days: int) -> list[Record]:
    """A copy of some records as another happening: ids prefixed, dates ``days`` later."""
    out = []
    for r in copy.deepcopy(records):
        r["id"] = f"{tag}-{r['id']}"
        for key in ("document", "statement"):
            if r.get(key):
                r[key] = f"{tag}-{r[key]}"
        for key in ("date", "published", "reference_date"):
            value = r.get(key)
            if value and len(value) >= 10 and value[4] == "-" and value[7] == "-":
                day = date.fromisoformat(value[:10]) + timedelta(days=days)
                r[key] = day.isoformat() + value[10:]
        out.append(r)
    return out


def _periods(path: Path) -> dict[str, tuple[Any, Any]]:
    with sqlite3.connect(path) as db:
        return {d: (lo, hi) for d, lo, hi in db.execute("SELECT document, low, high "
                                                        "FROM profiles")}


@pytest.mark.parametrize(("periods", "expected"), [
    ([], []),
    ([(100, 100)], [(70, 130)]),
    ([(100, 100), (150, 160)], [(70, 190)]),
    ([(100, 100), (200, 230)], [(70, 130), (170, 260)]),
    ([(100, 100), None], None),
])
def test_reach(periods: list[tuple[int, int] | None],
               expected: list[tuple[int, int]] | None) -> None:
    assert incremental.reach(periods) == expected


def test_periods_follow_the_profiles(tmp_path: Path) -> None:
    records = all_records()
    path = tmp_path / "s.db"
    store = open_store(path)
    store.ingest(records, reconcile)
    store.ingest(records, reconcile)
    batch = Batch.of(records)
    expected = {d: profile_of(batch, d).period or (None, None) for d in batch.documents}
    assert _periods(path) == expected
    assert any(p != (None, None) for p in expected.values())
    store.close()


def test_an_older_store_gets_periods_on_open(tmp_path: Path) -> None:
    records = all_records()
    path = tmp_path / "old.db"
    store = open_store(path)
    store.ingest(records, reconcile)
    store.close()
    periods = _periods(path)
    with sqlite3.connect(path) as db:  # as a store made before periods were kept
        db.execute("DROP INDEX profiles_period")
        db.execute("ALTER TABLE profiles DROP COLUMN low")
        db.execute("ALTER TABLE profiles DROP COLUMN high")
        db.execute("DELETE FROM migrations WHERE name IN "
                   "('0009_profile_periods', '0010_index_profiles')")
    store = open_store(path)
    assert store.migrations()[8:10] == ["0009_profile_periods", "0010_index_profiles"]
    store.close()
    assert _periods(path) == periods


def test_candidates_out_of_reach_are_never_compared(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Copies of one story years before share rare features with the new documents, as
    does a copy written 20 days before: only that one is compared."""
    story = story_records("caucasus-truce")
    stored = [*_shifted(story, "old", -3 * 365), *_shifted(story, "older", -6 * 365),
              *_shifted(story, "near", -20)]
    compared: list[set[str]] = []
    close_to = incremental.close_to

    def spy(profiles: Any, new: set[str], candidates: set[str], *rest: Any) -> set[str]:
        compared.append(set(candidates))
        return close_to(profiles, new, candidates, *rest)

    monkeypatch.setattr(incremental, "close_to", spy)
    store = open_store(tmp_path / "s.db")
    store.ingest(stored, reconcile)
    store.ingest(story, reconcile)
    docs = sorted({r["id"] for r in story if r["kind"] == "document"})
    assert compared[-1] == {f"near-{d}" for d in docs}
    made = sorted(json.dumps(r, sort_keys=True) for r in store.records(CROSS_DOCUMENT_KINDS))
    store.close()
    assert made == sorted(json.dumps(r, sort_keys=True)
                          for r in reconcile([*stored, *story]))


def _first(record: Record) -> bool:
    return (record.get("document") or record["id"])[0] in "af"


def test_two_ingests_on_each_backend(store_target: str) -> None:
    """The second ingest follows keys, probes crowded ones, reads periods and profiles: the
    same SQL on SQLite and PostgreSQL, and the records of one reconcile."""
    records = all_records()
    store = open_store(store_target)
    store.ingest([r for r in records if _first(r)], reconcile)
    store.ingest([r for r in records if not _first(r)], reconcile)
    made = sorted(json.dumps(r, sort_keys=True) for r in store.records(CROSS_DOCUMENT_KINDS))
    filed = store._x("SELECT target FROM links WHERE relation = 'neighbourhood'").fetchall()
    holders = Counter(key for (key,) in filed if key)
    for most in (0, 1, 2, 3):
        assert store._crowded(set(holders) | {"s|nobody@*"}, most) == {
            key for key, n in holders.items() if n > most}
    store.close()
    assert made == sorted(json.dumps(r, sort_keys=True) for r in reconcile(records))
    assert max(holders.values()) > 3


def test_crowded_counts_the_new_holders(store_target: str) -> None:
    """An ingest looks for neighbours before its documents file their keys: a key is
    crowded when its stored holders and the new documents holding it are more than the
    most a key may have, on each backend (0 to 3 new holders of every stored key, and keys
    only new documents hold)."""
    store = open_store(store_target)
    store.ingest(all_records(), reconcile)
    filed = store._x("SELECT target FROM links WHERE relation = 'neighbourhood'").fetchall()
    stored = Counter(key for (key,) in filed if key)
    new = {key: i % 4 for i, key in enumerate(sorted(stored))} | {"s|m:nobody@*": 2}
    for most in (0, 1, 2, 3, 4):
        assert store._crowded_with(new, most) == {
            key for key, n in new.items() if stored[key] + n > most}
    store.close()
    assert max(stored.values()) > 4

