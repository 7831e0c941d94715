"""CPU per pipeline stage of two checkouts, pass by pass in turn, so that load hits both alike.

``python benchmarks/paired_stages.py OTHER_ROOT DIR... [--passes 10]`` starts one worker
process per checkout (this one and ``OTHER_ROOT``, e.g. a ``git archive`` copy of main), each
with its own ``PYTHONPATH``. Both load every language and warm up; then they run one pass of
the corpus each, in turn, ``--passes`` times, and print the mean CPU seconds
(``time.process_time``) of each stage per pass. On a shared machine `eventwire bench` run
after run varies by about 10 %; taking turns pass by pass leaves the two sides within about
1 % of each other on stages whose code they share.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path


def worker(inputs: list[str]) -> None:
    """Load, warm up, say ``ready``; run one timed pass per ``go`` line; on ``stop`` print
    the stage totals as JSON."""
    from profile_stages import timed_pass  # beside this script

    from eventwire.api import prepare
    from eventwire.ingest.readers import read_inputs
    from eventwire.model import Document
    from eventwire.parallel import preload
    from eventwire.pipeline import process

    docs = [d for d in read_inputs(inputs) if isinstance(d, Document)]
    for doc in docs:
        prepare(doc, reference_date=doc.published, language=None)
    preload(None)
    for doc in docs:
        process(copy.copy(doc))
    totals: dict[str, float] = defaultdict(float)
    print("ready", flush=True)
    for line in sys.stdin:
        if line.strip() != "go":
            break
        timed_pass(docs, totals)  # the same pass as profile_stages.py times
        print("done", flush=True)
    print(json.dumps(totals), flush=True)


def _start(root: Path, inputs: list[str]) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(root))
    return subprocess.Popen([sys.executable, __file__, "--worker", str(root), *inputs],
                            cwd=root, env=env,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


def _expect(process: subprocess.Popen[str], word: str) -> None:
    assert process.stdout is not None
    line = process.stdout.readline().strip()
    if line != word:
        raise SystemExit(f"worker in {process.args}: expected {word!r}, got {line!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("other", help="the other checkout's root (its eventwire/ is imported)")
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--passes", type=int, default=10)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.inputs)
        return
    here = Path(__file__).resolve().parent.parent
    args.inputs = [str(Path(i).resolve()) for i in args.inputs]
    sides = {"this": _start(here, args.inputs), "other": _start(Path(args.other), args.inputs)}
    for process in sides.values():
        _expect(process, "ready")
    for _ in range(args.passes):
        for process in sides.values():
            assert process.stdin is not None
            process.stdin.write("go\n")
            process.stdin.flush()
            _expect(process, "done")
    totals = {}
    for name, process in sides.items():
        assert process.stdin is not None and process.stdout is not None
        process.stdin.write("stop\n")
        process.stdin.flush()
        totals[name] = json.loads(process.stdout.readline())
        process.wait()
    print(f"CPU s per pass of the corpus, mean of {args.passes} passes taken in turn")
    print(f"{'stage':12s} {'this':>8s} {'other':>8s}")
    for stage in totals["this"]:
        this, other = (totals[side].get(stage, 0.0) / args.passes for side in ("this", "other"))
        print(f"{stage:12s} {this:8.4f} {other:8.4f}")
    for side in ("this", "other"):
        rest = sum(v for k, v in totals[side].items() if k not in ("syntax", "events"))
        print(f"{side}: all {sum(totals[side].values()) / args.passes:.3f} s, outside syntax "
              f"and events {rest / args.passes:.4f} s")


if __name__ == "__main__":
    main()
