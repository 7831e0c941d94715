"""Score the invented story sets (examples/stories/*/expected.yaml with `facts`) in ONE batch,
as a user would run a folder of mixed stories: B-cubed F1 of the grouping over all sets,
and per set the gold disagreements surfaced and the reported discrepancies not borne out.

    PYTHONPATH=. .venv/bin/python scripts/score_story_sets.py [SET ...] [--reference DATE]
        [--save FILE.jsonl | --records FILE.jsonl]

A document's id in the batch is "<set>.<doc>.txt"; the texts are copied to a temporary
folder under those names. ``--save`` keeps the per-document records, ``--records`` reads
them back and runs only the cross-document stage.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

import yaml

from eventwire.reconcile.scoring import bcubed, borne_out, gold_disagreements, surfaced

STORIES = Path(__file__).resolve().parents[1] / "examples" / "stories"


def _sets(names: list[str]) -> dict[str, dict[str, Any]]:
    out = {}
    for path in sorted(STORIES.iterdir()):
        want = path / "expected.yaml"
        if not want.exists() or (names and path.name not in names):
            continue
        gold = yaml.safe_load(want.read_text(encoding="utf-8"))
        if gold.get("facts"):
            out[path.name] = gold
    return out


def _records(sets: list[str], reference: str, saved: Path | None, save: Path | None
             ) -> list[dict[str, Any]]:
    if saved is not None:
        from eventwire.reconcile import CROSS_DOCUMENT_KINDS, reconcile

        lines = saved.read_text(encoding="utf-8").splitlines()
        per_document = [r for r in map(json.loads, lines)
                        if r["kind"] not in CROSS_DOCUMENT_KINDS]
        return per_document + reconcile(per_document)
    from eventwire.api import extract

    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for name in sets:
            for text in sorted((STORIES / name).glob("*.txt")):
                target = Path(tmp) / f"{name}.{text.name}"
                shutil.copyfile(text, target)
                paths.append(str(target))
        records = extract(paths, reference_date=reference).records
    if save is not None:
        save.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                        encoding="utf-8")
    return records


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("sets", nargs="*")
    parser.add_argument("--reference", default="2026-12-31")
    parser.add_argument("--records", type=Path)
    parser.add_argument("--save", type=Path)
    args = parser.parse_args()
    sets = _sets(args.sets)
    records = _records(sorted(sets), args.reference, args.records, args.save)
    stories = [[d.removesuffix(".txt") for d in r["documents"]] for r in records
               if r["kind"] == "story"]
    gold = [[f"{name}.{d}" for d in story] for name, want in sets.items()
            for story in want["stories"]]
    print(f"{len(sets)} sets in one batch: B-cubed F1 {bcubed(stories, gold)['f1']:.4f}")
    golden = {tuple(sorted(g)) for g in gold}
    for story in stories:
        if tuple(sorted(story)) not in golden:
            print("  not a gold story: " + " ".join(sorted(story)))
    discrepancies = [{**r, "values": [{**v, "sources": [s.removesuffix(".txt")
                                                         for s in v["sources"]]}
                                      for v in r["values"]]}
                     for r in records if r["kind"] == "discrepancy"]
    total = [0, 0, 0, 0]
    for name, want in sets.items():
        facts = {f"{name}.{d}": f for d, f in want["facts"].items()}
        named = [[f"{name}.{d}" for d in story] for story in want["stories"]]
        mine = [d for d in discrepancies
                if any(s.startswith(f"{name}.") for v in d["values"] for s in v["sources"])]
        pairs = gold_disagreements(facts, named)
        hits = surfaced(pairs, mine)
        false = [d["summary"] for d in mine if not borne_out(d, facts)]
        total = [total[0] + len(hits), total[1] + len(pairs), total[2] + len(mine),
                 total[3] + len(false)]
        print(f"  {name}: surfaced {len(hits)}/{len(pairs)}, reported {len(mine)}, "
              f"not borne out {len(false)}")
        for summary in false:
            print(f"    false: {summary}")
    print(f"all: surfaced {total[0]}/{total[1]}, reported {total[2]}, not borne out {total[3]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
