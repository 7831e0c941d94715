"""CPU seconds of the parse repairs per pass of a corpus, mend by mend.

``python benchmarks/repair_costs.py DIR... [--passes 3] [--top 30]`` loads every language,
warms up, then runs passes of the per-document stages (as ``profile_stages.py`` does) with
each mend of ``eventwire.syntax.repair.REPAIRS`` and the reading of a tree's shape
(``_Shape``) timed apart (``time.process_time``). Prints the stages' CPU per pass, the
repairs' share, and the costliest mends with how many trees each ran on: what a tighter gate
or a cheaper mend would save, and how many trees each changed.
"""

from __future__ import annotations

import argparse
import copy
import time
from collections import Counter, defaultdict

from _common import prepared_documents  # beside this script
from profile_stages import timed_pass

from eventwire.parallel import preload
from eventwire.pipeline import process
from eventwire.syntax import repair as repairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    docs = prepared_documents(args.inputs)
    preload(None)
    for doc in docs:
        process(copy.copy(doc))

    cost: Counter[str] = Counter()
    runs: Counter[str] = Counter()
    mended: Counter[str] = Counter()
    shape = [0.0]
    timed = []
    for position, (needs, mend) in enumerate(repairs.REPAIRS):
        name = f"{position:2d} {mend.__name__}"

        def run(doc: object, mend=mend, name=name) -> int:
            started = time.process_time()
            done = mend(doc)
            cost[name] += time.process_time() - started
            runs[name] += 1
            mended[name] += bool(done)
            return done

        timed.append((needs, run))
    original_repairs, original_shape = repairs.REPAIRS, repairs._Shape

    class Shape(original_shape):
        __slots__ = ()

        def __init__(self, doc: object) -> None:
            started = time.process_time()
            super().__init__(doc)
            shape[0] += time.process_time() - started

    repairs.REPAIRS, repairs._Shape = tuple(timed), Shape
    totals: dict[str, float] = defaultdict(float)
    try:
        for _ in range(args.passes):
            timed_pass(docs, totals)
    finally:
        repairs.REPAIRS, repairs._Shape = original_repairs, original_shape
    n = args.passes
    whole = sum(totals.values()) / n
    mends = sum(cost.values()) / n
    print(f"{len(docs)} documents, {n} passes; CPU s per pass: all {whole:.3f}, syntax "
          f"{totals['syntax'] / n:.3f}; repairs {mends + shape[0] / n:.3f} "
          f"({100 * (mends + shape[0] / n) / whole:.1f} %): shape {shape[0] / n:.3f}, "
          f"{len(cost)} mends {mends:.3f}")
    for name, seconds in cost.most_common(args.top):
        print(f"  {1000 * seconds / n:7.1f} ms  {runs[name] // n:5d} trees  "
              f"{mended[name] // n:3d} mended  {name}")
    never = sum(not mended[name] for name in cost)
    print(f"{never} of {len(cost)} mends changed no tree of the corpus; all mends together "
          f"changed {sum(mended.values()) // n} trees a pass")


if __name__ == "__main__":
    main()
