"""Score the cross-document stage on the shared dev corpus.

Prints B-cubed F1 of the story grouping, the share of the gold's numeric disagreements
between sources that discrepancy records find, the share of reported discrepancies the gold
bears out, and the lists behind those figures.

    .venv/bin/python scripts/score_reconcile.py [DEV_DIR] [--records FILE.jsonl]

A document's id is its file name with the extension ("c001.txt"); the gold says "c001".
``--records`` reads per-document records saved from an earlier extraction of the corpus
(JSON lines) and runs only the cross-document stage, to try changes to it quickly.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from eventwire.reconcile.scoring import bcubed, borne_out, found, numeric_disagreements


def _records(dev: Path, saved: Path | None) -> list[dict[str, Any]]:
    if saved is None:
        from eventwire.api import extract

        paths = sorted(str(p) for p in (dev / "corpus").glob("*.txt"))
        return extract(paths).records
    from eventwire.reconcile import CROSS_DOCUMENT_KINDS, reconcile

    lines = saved.read_text(encoding="utf-8").splitlines()
    per_document = [r for r in map(json.loads, lines) if r["kind"] not in CROSS_DOCUMENT_KINDS]
    return per_document + reconcile(per_document)


def main(dev: Path, saved: Path | None) -> int:
    if not (dev / "stories.json").exists():
        print(f"dev corpus not found at {dev}", file=sys.stderr)
        return 1
    named = {g["story"]: [f"{d}.txt" for d in g["docs"]]
             for g in json.loads((dev / "stories.json").read_text(encoding="utf-8"))}
    gold = list(named.values())
    metas = {f"{p.stem}.txt": json.loads(p.read_text(encoding="utf-8"))
             for p in sorted((dev / "corpus").glob("*.json"))}
    facts = {doc: meta.get("facts", {}) for doc, meta in metas.items()}
    outlet = {doc: meta.get("outlet") or doc for doc, meta in metas.items()}
    records = _records(dev, saved)
    stories = [r["documents"] for r in records if r["kind"] == "story"]
    discrepancies = [r for r in records if r["kind"] == "discrepancy"]
    score = bcubed(stories, gold)
    print(f"stories: B-cubed P={score['precision']:.3f} R={score['recall']:.3f} "
          f"F1={score['f1']:.3f} ({len(stories)} predicted, {len(gold)} gold)")
    for story in stories:
        print("  " + " ".join(d.removesuffix(".txt") for d in story))
    disagreements = numeric_disagreements(facts, named)
    hits = [d for d in disagreements if found(d, discrepancies)]
    print(f"numeric disagreements found: {len(hits)}/{len(disagreements)} "
          f"({len(hits) / max(1, len(disagreements)):.0%})")
    for d in disagreements:
        said = "; ".join(f"{v} ({', '.join(outlet[x] for x in docs)})" for v, docs in d.values)
        print(f"  {'FOUND ' if d in hits else 'MISSED'} {d.key}: {said}")
    good = [d for d in discrepancies if borne_out(d, facts)]
    print(f"reported discrepancies borne out: {len(good)}/{len(discrepancies)} "
          f"({len(good) / max(1, len(discrepancies)):.0%})")
    for d in discrepancies:
        print(f"  {'BORNE OUT' if d in good else 'NOT BORNE'} {d.get('summary') or d['attribute']}")
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dev", nargs="?", type=Path, default=Path("/work/shared/dev"))
    parser.add_argument("--records", type=Path, default=None)
    args = parser.parse_args()
    sys.exit(main(args.dev, args.records))
