"""The real pipeline on the shared dev corpus (36 real accounts of five happenings in seven
languages): how well documents are grouped into stories (B-cubed F1), the share of the gold's
numeric disagreements between sources that discrepancy records find, and the share of
reported discrepancies the gold bears out. The figures are printed (run with ``-s``;
``scripts/score_reconcile.py`` prints the lists)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from eventwire.reconcile.scoring import bcubed, borne_out, found, numeric_disagreements

DEV = Path("/work/shared/dev")
pytestmark = pytest.mark.skipif(not (DEV / "stories.json").exists(),
                                reason=f"dev corpus not found at {DEV} (shared folder absent)")


@pytest.fixture(scope="module")
def dev_run() -> dict:
    from eventwire.api import extract

    gold = json.loads((DEV / "stories.json").read_text(encoding="utf-8"))
    named = {g["story"]: [f"{d}.txt" for d in g["docs"]] for g in gold}
    paths = sorted(str(p) for p in (DEV / "corpus").glob("*.txt"))
    t0 = time.perf_counter()
    # each text dated by the metadata beside it (its gold file's "published"), as a corpus is
    # read; texts without one stay undated
    result = extract(paths)
    seconds = time.perf_counter() - t0
    # a file's document id is its name with the extension ("c001.txt"); the gold says "c001"
    facts = {f"{p.stem}.txt": json.loads(p.read_text(encoding="utf-8")).get("facts", {})
             for p in (DEV / "corpus").glob("*.json")}
    return {"gold": [[f"{d}.txt" for d in g["docs"]] for g in gold], "named": named,
            "records": result.records,
            "facts": facts, "seconds": seconds}


def test_story_grouping_bcubed(dev_run: dict) -> None:
    stories = [r["documents"] for r in dev_run["records"] if r["kind"] == "story"]
    score = bcubed(stories, dev_run["gold"])
    print(f"\ndev story grouping: B-cubed P={score['precision']:.3f} R={score['recall']:.3f} "
          f"F1={score['f1']:.3f}; predicted {stories}")
    assert score["f1"] >= 0.95  # 1.0 measured (threshold plateau 0.23-0.26)


def test_numeric_disagreements_found_and_discrepancies_borne_out(dev_run: dict) -> None:
    discrepancies = [r for r in dev_run["records"] if r["kind"] == "discrepancy"]
    gold = numeric_disagreements(dev_run["facts"], dev_run["named"])
    hits = [d for d in gold if found(d, discrepancies)]
    good = [d for d in discrepancies if borne_out(d, dev_run["facts"])]
    print(f"\ndev: numeric disagreements found {len(hits)}/{len(gold)}; discrepancies borne "
          f"out {len(good)}/{len(discrepancies)}; extract+reconcile {dev_run['seconds']:.1f}s")
    # the corridor: "about 40 km" vs "about 43 km", two estimates (es/it)
    assert [d.key for d in hits] == ["call_duration_hours", "corridor_length_km"]
    # 4 of 4 borne out: 175 prisoners (a French text, per side implied) against 372 (a total,
    # both sides and the wounded) is one exchange told two ways, not reported. Since the
    # seventh session's coordinated subjects ("Russia and Ukraine exchanged ..." told by both)
    # the call's four lengths are one discrepancy and its scope another, where the lengths had
    # been split between two reports (one mixing in the other call's "about 1 hour").
    # Eighth session: stories grouped exactly (B-cubed 1.0); a happening noun's own phrase
    # names its parties ("Tuesday's call between Trump and Putin", not the Kyiv beside it) and
    # one named again without them is the latest of its kind told before ("Wednesday's
    # one-hour call"), so the 18 March call's five lengths are one discrepancy again.
    not_borne = sorted(d["attribute"] for d in discrepancies if d not in good)
    assert (len(good), not_borne) == (4, [])


def test_dev_records_validate(dev_run: dict) -> None:
    from stories_data import validator

    v = validator()
    if v is None:
        pytest.skip("jsonschema or the contract schema is missing")
    for r in dev_run["records"]:
        if r["kind"] in ("story", "agreement", "discrepancy"):
            errors = sorted(v.iter_errors(r), key=str)
            assert not errors, (r["id"], errors[0].message)


def _gold_records() -> list[dict]:
    """Per-document records built from the dev gold annotations (what a near-perfect
    extractor would give), to measure the cross-document stage on its own."""
    records: list[dict] = []
    for meta_path in sorted((DEV / "corpus").glob("*.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        text = meta_path.with_suffix(".txt").read_text(encoding="utf-8")
        doc = meta["id"]
        published = meta.get("published")
        records.append({"kind": "document", "id": doc, "language": meta["language"],
                        "outlet": meta.get("outlet"), "title": None,
                        "published": published if published and len(published) >= 4 else None,
                        "text": text})

        def actor(code: str) -> dict:
            return {"name": code, "canonical": code, "country": code, "sector": None,
                    "type": "country"}

        for n, ev in enumerate(meta.get("events", [])):
            start = max(0, text.find(ev["evidence"]))
            records.append({
                "kind": "event", "id": f"{doc}#e{n}", "document": doc, "type": ev["type"],
                "mode": ev.get("mode"), "actors": [actor(c) for c in ev.get("actors", [])],
                "recipients": [actor(c) for c in ev.get("recipients", [])],
                "date": ev.get("date"), "location": None,
                "quantities": ev.get("quantities", []), "modality": ev.get("modality", "asserted"),
                "statement": None, "claimed_by": None,
                "evidence": {"text": ev["evidence"], "span": [start, start + len(ev["evidence"])]},
            })
    return records


def test_reconcile_on_gold_extraction() -> None:
    """The cross-document stage alone, fed records built from the gold annotations (facts
    come from the events' quantities)."""
    from eventwire.reconcile import reconcile

    named = {g["story"]: g["docs"]
             for g in json.loads((DEV / "stories.json").read_text("utf-8"))}
    facts = {p.stem: json.loads(p.read_text(encoding="utf-8")).get("facts", {})
             for p in (DEV / "corpus").glob("*.json")}
    out = reconcile(_gold_records())
    stories = [r["documents"] for r in out if r["kind"] == "story"]
    score = bcubed(stories, list(named.values()))
    discrepancies = [r for r in out if r["kind"] == "discrepancy"]
    gold = numeric_disagreements(facts, named)
    hits = [d for d in gold if found(d, discrepancies)]
    good = [d for d in discrepancies if borne_out(d, facts)]
    print(f"\ngold-fed reconcile: B-cubed F1={score['f1']:.3f}; numeric disagreements found "
          f"{len(hits)}/{len(gold)}; discrepancies borne out {len(good)}/{len(discrepancies)}")
    # Gold records carry events only (no statements, no speakers): grouping has less to go
    # on than the real pipeline (0.88: the two calls of consecutive days meet).
    assert score["f1"] >= 0.85
    assert [d.key for d in hits] == ["call_duration_hours"]
    assert len(good) == len(discrepancies)
