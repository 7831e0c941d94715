"""reconcile() on ~1,000 documents' records (the example stories replicated as distinct
happenings, each with its own dates): it must stay well under a minute on two cores."""

from __future__ import annotations

import copy
import time

from stories_data import all_records

from eventwire.reconcile import reconcile


def _replicate(n: int) -> list[dict]:
    base = all_records()
    out = []
    for k in range(n):
        for r in base:
            r = copy.deepcopy(r)
            r["id"] = f"k{k}/{r['id']}"
            for field in ("document", "statement"):
                if r.get(field):
                    r[field] = f"k{k}/{r[field]}"
            year = 2030 + k  # each copy is another happening, years apart
            for field in ("date", "published", "reference_date"):
                if r.get(field):
                    r[field] = f"{year}{r[field][4:]}"
            if r["kind"] == "document":  # and not a syndicated copy of the others
                r["text"] = f"Dispatch {k}: " + " ".join(
                    w if i % 7 else f"{w}{k}" for i, w in enumerate(r["text"].split()))
            out.append(r)
    return out


def test_thousand_documents() -> None:
    records = _replicate(125)  # 8 documents each
    docs = sum(1 for r in records if r["kind"] == "document")
    t0 = time.perf_counter()
    out = reconcile(records)
    seconds = time.perf_counter() - t0
    stories = [r for r in out if r["kind"] == "story"]
    print(f"\nreconcile: {docs} documents, {len(records)} records -> {len(stories)} stories, "
          f"{len(out) - len(stories)} other records in {seconds:.1f}s")
    assert docs == 1000
    assert seconds < 120
    # Each replica is grouped as the examples alone are (a later violation report apart).
    base = sum(1 for r in reconcile(all_records()) if r["kind"] == "story")
    assert len(stories) == 125 * base
