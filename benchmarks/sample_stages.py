"""Where a pass of extract spends its CPU, by sampling: no per-call overhead, unlike cProfile.

``python benchmarks/sample_stages.py DIR... [--passes 4] [--every 0.5] [--top 40]
[--under eventwire/events/tree/]`` loads every language, warms up, then runs ``--passes``
passes of the corpus as ``profile_stages.py`` does while a CPU-time interval timer
(``SIGPROF``) samples the Python stack every ``--every`` milliseconds of CPU. Prints, per
function, the share of samples in which it is running (own) and on the stack (inclusive),
with ``--under`` limiting the table to functions of files under that path; a sample taken
in spaCy's compiled code counts for the Python function that called it.
"""

from __future__ import annotations

import argparse
import copy
import signal
import sys
from collections import Counter, defaultdict

from _common import prepared_documents  # beside this script
from profile_stages import timed_pass

from eventwire.parallel import preload
from eventwire.pipeline import process


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--passes", type=int, default=4)
    parser.add_argument("--every", type=float, default=0.5, help="milliseconds of CPU")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--under", default="eventwire/")
    parser.add_argument("--lines", action="store_true",
                        help="also count the line each sample runs in (own, per line)")
    args = parser.parse_args()
    docs = prepared_documents(args.inputs)
    preload(None)
    for doc in docs:
        process(copy.copy(doc))
    own: Counter[str] = Counter()
    lines: Counter[str] = Counter()
    inclusive: Counter[str] = Counter()
    samples = 0

    def name(code) -> str:  # type: ignore[no-untyped-def]
        path = code.co_filename
        cut = path.rfind("eventwire/")
        where = path[cut:] if cut >= 0 else path.rsplit("/", 2)[-1]
        return f"{where}:{code.co_firstlineno}({code.co_name})"

    def sample(_signum, frame) -> None:  # type: ignore[no-untyped-def]
        nonlocal samples
        samples += 1
        if frame is None:
            return
        own[name(frame.f_code)] += 1
        seen = set()
        placed = not args.lines
        while frame is not None:
            key = name(frame.f_code)
            if not placed and args.under in key:  # the innermost line under --under
                lines[f"{key}:{frame.f_lineno}"] += 1
                placed = True
            if key not in seen:
                seen.add(key)
                inclusive[key] += 1
            frame = frame.f_back

    signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, args.every / 1000, args.every / 1000)
    totals: dict[str, float] = defaultdict(float)
    for _ in range(args.passes):
        timed_pass(docs, totals)
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    whole = sum(totals.values()) / args.passes
    print(f"{len(docs)} documents, {args.passes} passes, {samples} samples; "
          f"{whole:.3f} CPU s a pass (with sampling)")
    tables = [("inclusive", inclusive), ("own", own)] + ([("lines", lines)] if args.lines else [])
    for label, counts in tables:
        print(f"\n{label}: share of samples, CPU s a pass")
        rows = [(k, v) for k, v in counts.items() if args.under in k]
        for key, count in sorted(rows, key=lambda kv: -kv[1])[:args.top]:
            share = count / samples
            print(f"  {100 * share:5.1f} %  {share * whole:6.3f} s  {key}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
