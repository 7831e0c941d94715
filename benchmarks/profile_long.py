"""Where the time goes on long inputs: cProfile of the per-document stage.

Two inputs that find super-linear spots: a long document (the English examples repeated to
1 MB) and one long sentence (100 KB with no full stop or line break). Prints the functions
with the most own time and their share of the total, and each stage's time.

    python benchmarks/profile_long.py [--document-kb 1024] [--sentence-kb 100]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time

from _common import long_text, one_sentence

from eventwire.api import prepare
from eventwire.ingest.readers import read_text
from eventwire.parallel import preload
from eventwire.pipeline import STAGES


def stage_times(text: str) -> list[tuple[str, float]]:
    doc = prepare(read_text(text, id="long", language="en"), reference_date="2026-05-04",
                  language="en")
    times = []
    for stage in STAGES:
        started = time.process_time()
        stage.run(doc)
        times.append((stage.name, time.process_time() - started))
    return times


def profile(name: str, text: str, top: int) -> None:
    print(f"\n## {name}: {len(text.encode('utf-8')):,} bytes")
    for stage, seconds in stage_times(text):
        print(f"  stage {stage:<12} {seconds:8.2f} s CPU")
    doc = prepare(read_text(text, id="long", language="en"), reference_date="2026-05-04",
                  language="en")
    profiler = cProfile.Profile(time.process_time)
    profiler.enable()
    for stage in STAGES:
        stage.run(doc)
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = stats.total_tt  # type: ignore[attr-defined]
    rows = sorted(stats.stats.items(), key=lambda kv: kv[1][2], reverse=True)  # type: ignore
    print(f"  profiled total {total:.2f} s CPU; own time, top {top}:")
    for (path, line, function), (_, calls, own, cumulative, _) in rows[:top]:
        short = path.split("site-packages/")[-1].split("wt-speed/")[-1]
        print(f"  {100 * own / total:5.1f} %  own {own:7.2f} s  cum {cumulative:7.2f} s  "
              f"{calls:>9} calls  {short}:{line}:{function}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--document-kb", type=int, default=1024)
    parser.add_argument("--sentence-kb", type=int, default=100)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    preload(["en"])
    profile("one long sentence", one_sentence(args.sentence_kb * 1024), args.top)
    profile("long document", long_text(args.document_kb * 1024), args.top)


if __name__ == "__main__":
    main()
