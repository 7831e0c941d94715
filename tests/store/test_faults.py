"""Faults on the write path: a record that breaks the contract is refused with nothing
stored, and an ingest killed (kill -9) at any phase leaves the store as it was before, or
as it is after, never in between; a re-ingest then completes."""

from __future__ import annotations

import copy
import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from eventwire.api import Result, ingest_into
from eventwire.reconcile import reconcile
from eventwire.store import InvalidRecord, open_store
from eventwire.store.base import INGEST_PHASES, KILL_AT_ENV

CROSS = ("agreement", "story", "discrepancy")
ROOT = Path(__file__).resolve().parents[2]


def _documents(records: list[dict[str, Any]], doc: str) -> list[dict[str, Any]]:
    return [r for r in records if r["id"] == doc or r.get("document") == doc]


def _broken(records: list[dict[str, Any]], change: str) -> list[dict[str, Any]]:
    out = copy.deepcopy(records)
    event = next(r for r in out if r["kind"] == "event")
    if change == "no evidence":
        del event["evidence"]
    elif change == "span of strings":
        event["evidence"]["span"] = ["0", "5"]
    elif change == "unknown kind":
        out.append({"kind": "rumour", "id": "r1"})
    elif change == "not an object":
        out.append(["document"])  # type: ignore[arg-type]
    return out


BROKEN = [
    ("no evidence", "record 'fx-a/e0' (event) does not match the contract at the record: "
                    "'evidence' is a required property"),
    ("span of strings", "record 'fx-a/e0' (event) does not match the contract at "
                        "evidence/span/0: '0' is not of type 'integer'"),
    ("unknown kind", "record 'r1' (rumour) does not match the contract at kind: 'rumour' is "
                     "not one of ['document', 'passage', 'statement', 'event', 'agreement', "
                     "'story', 'discrepancy', 'fact']"),
    ("not an object", "record 14 is not a JSON object"),
]


@pytest.mark.parametrize("change, message", BROKEN)
def test_a_record_that_breaks_the_contract_is_refused_and_nothing_is_stored(
        tmp_path: Path, fixture_records: list[dict[str, Any]], change: str, message: str
) -> None:
    per_doc = [r for r in fixture_records if r["kind"] not in CROSS]
    db = tmp_path / "s.db"
    ingest_into(db, Result(records=_documents(per_doc, "fx-b")))
    with open_store(db) as store:
        before = list(store.records())
    with pytest.raises(InvalidRecord) as raised:
        ingest_into(db, Result(records=_broken(per_doc, change)))
    assert str(raised.value) == message
    with open_store(db) as store:
        assert list(store.records()) == before
        with pytest.raises(InvalidRecord):
            store.write(_broken(per_doc, change))
        assert list(store.records()) == before
    ingest_into(db, Result(records=per_doc))  # the next ingest works: nothing bad was kept
    with open_store(db) as store:  # fx-b keeps its place: it was stored first
        assert [r for r in store.records() if r["kind"] not in CROSS] == (
            _documents(per_doc, "fx-b") + _documents(per_doc, "fx-a"))


_INGEST = """
import json, sys
from eventwire.api import Result, ingest_into
records = [json.loads(line) for line in open(sys.argv[2], encoding="utf-8")]
ingest_into(sys.argv[1], Result(records=records))
"""


def _ingest_in_a_process(db: Path, records: list[dict[str, Any]], kill_at: str | None
                         ) -> int:
    batch = db.parent / "batch.jsonl"
    batch.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != KILL_AT_ENV}
    if kill_at:
        env[KILL_AT_ENV] = kill_at
    done = subprocess.run([sys.executable, "-c", _INGEST, str(db), str(batch)], env=env,
                          cwd=ROOT, capture_output=True, timeout=300)
    return done.returncode


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="no SIGKILL on this system")
@pytest.mark.parametrize("phase", INGEST_PHASES)
def test_kill_at_each_ingest_phase_leaves_a_consistent_store(
        tmp_path: Path, fixture_records: list[dict[str, Any]], phase: str) -> None:
    per_doc = [r for r in fixture_records if r["kind"] not in CROSS]
    first, second = _documents(per_doc, "fx-a"), _documents(per_doc, "fx-b")
    db = tmp_path / "s.db"
    ingest_into(db, Result(records=first))
    with open_store(db) as store:
        before = list(store.records())
    after = first + second + reconcile(first + second)

    assert _ingest_in_a_process(db, second, kill_at=phase) == -signal.SIGKILL
    with open_store(db) as store:
        seen = list(store.records())
    assert seen == (after if phase == "committed" else before)

    assert _ingest_in_a_process(db, second, kill_at=None) == 0
    with open_store(db) as store:
        assert list(store.records()) == after
