"""A batch ingested in two parts gives the stories of one reconcile of the whole batch:
the neighbourhood an ingest reconciles again (eventwire.reconcile.incremental) holds every
stored document grouping could join with a new one. The records are the pipeline's, of the
invented story sets that carry facts (examples/stories, texts written for eventwire); each
set is split in seven ways: first and second half, every other document, four seeded
random halves."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reconcile"))
from stories_data import STORIES  # noqa: E402

from eventwire.reconcile import CROSS_DOCUMENT_KINDS, reconcile  # noqa: E402
from eventwire.store import open_store  # noqa: E402

Record = dict[str, Any]

# folder -> why its two-part stories still differ (strict: fixed means fail)
DIFFERS: dict[str, str] = {
    # the shelling reports f1 and f2 are 0.107 alike in a first batch of three (e5, f1, f2),
    # under the 0.12 a pair of loners needs, and 0.136 in the whole batch, where the truce
    # reports make their shared words rarer: they stay apart when the truce reports come
    # second, none of which is close enough to either to bring them into the neighbourhood
    "jeddah-truce": "feature weights of a small first batch (f1, f2)",
    # passed on the stories branch; after the sixteenth session's merges (events read anew in
    # v1-v4) a first batch of v2, x1 and x2 leaves v2 alone and the second splits v1+v4 from
    # v3; all at once the four are one story. Not yet diagnosed
    "panama-exchange": "v2 in a first batch with x1, x2 (not yet diagnosed)",
}


def _folders() -> list[str]:
    if not STORIES.exists():
        return []
    return sorted(p.name for p in STORIES.iterdir() if (p / "expected.yaml").exists()
                  and yaml.safe_load((p / "expected.yaml").read_text("utf-8")).get("facts"))


def _per_document(folder: str) -> list[Record]:
    from eventwire.api import extract

    path = STORIES / folder
    want = yaml.safe_load((path / "expected.yaml").read_text(encoding="utf-8"))
    paths = sorted(str(p) for p in path.glob("*.txt"))
    records = extract(paths, reference_date=want.get("reference_date", "2025-12-31")).records
    return [r for r in records if r["kind"] not in CROSS_DOCUMENT_KINDS]


def _doc(r: Record) -> str:
    return str(r["id"] if r["kind"] == "document" else r.get("document"))


def _stories(records: Any) -> list[list[str]]:
    return sorted(sorted(r["documents"]) for r in records if r["kind"] == "story")


@pytest.mark.parametrize("folder", [
    pytest.param(f, marks=pytest.mark.xfail(strict=True, reason=DIFFERS[f]))
    if f in DIFFERS else f for f in _folders()])
def test_two_ingests_group_as_one(folder: str, tmp_path: Path) -> None:
    records = _per_document(folder)
    whole = _stories(reconcile(records))
    docs = sorted({_doc(r) for r in records if r["kind"] == "document"})
    rng = random.Random(13)
    splits = [set(docs[:len(docs) // 2]), set(docs[::2])]
    splits += [set(rng.sample(docs, len(docs) // 2)) for _ in range(4)]
    differ = []
    for n, first in enumerate(splits):
        store = open_store(tmp_path / f"{n}.db")
        store.ingest([r for r in records if _doc(r) in first], reconcile)
        store.ingest([r for r in records if _doc(r) not in first], reconcile)
        got = _stories(store.records(["story"]))
        store.close()
        if got != whole:
            differ.append((sorted(first), got))
    assert differ == []
