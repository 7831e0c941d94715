"""The real pipeline on the invented sets that carry per-document `facts` (texts written
for eventwire): grouping and gold disagreements surfaced, printed with ``-s``. Extraction
is in flux, so the figures are reported, not floored."""

from __future__ import annotations

import yaml
from stories_data import STORIES

from eventwire.reconcile.scoring import bcubed, gold_disagreements, surfaced


def test_invented_sets_with_facts() -> None:
    from eventwire.api import extract

    found = total = 0
    lines = []
    for folder in sorted(p for p in STORIES.iterdir() if (p / "expected.yaml").exists()):
        want = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
        if not want.get("facts"):
            continue
        paths = sorted(str(p) for p in folder.glob("*.txt"))
        records = extract(paths, reference_date=want.get("reference_date", "2025-12-31")).records
        # a file's document id is its name with the extension ("c1.txt"); the gold says "c1"
        stories = [[d.removesuffix(".txt") for d in r["documents"]] for r in records
                   if r["kind"] == "story"]
        discrepancies = [{**r, "values": [{**v, "sources": [s.removesuffix(".txt")
                                                             for s in v["sources"]]}
                                          for v in r["values"]]}
                         for r in records if r["kind"] == "discrepancy"]
        gold = gold_disagreements(want["facts"], want["stories"])
        hits = surfaced(gold, discrepancies)
        found, total = found + len(hits), total + len(gold)
        missed = [g for g in gold if g not in hits]
        lines.append(f"  {folder.name}: B-cubed F1={bcubed(stories, want['stories'])['f1']:.2f} "
                     f"surfaced {len(hits)}/{len(gold)}; missed {missed}")
    print(f"\ninvented sets: surfaced {found}/{total} ({found / max(1, total):.0%})\n"
          + "\n".join(lines))
    assert total > 0
