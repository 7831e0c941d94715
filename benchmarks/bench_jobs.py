"""One command for the wall-clock speed-up of ``eventwire extract --jobs N``, end to end.

Runs the real command line (``eventwire extract``, through ``_timed_extract.py``, which
only adds a record of CPU time per phase) over one JSON Lines corpus with each ``--jobs``
setting, one after the other, and prints for each: wall time, CPU time (the command and its
workers, from ``os.wait4``), peak memory, the speed-up in wall time over ``--jobs 1``, and
the CPU time of each phase with the wall time they predict on idle cores (the parent's
serial work before and after the worker pool plus the larger of the parent's and one
worker's share of the pool), so a busy machine still gives a figure; then checks that every
setting wrote the same bytes. Loading the models counts, as it does for a user: the first
run of a batch pays it once per process tree.

The corpus is real news when the shared development corpus is present (its texts read
from ../shared/dev/corpus at run time, never copied into the project), repeated with new
ids to ``--documents``; otherwise the ~3 KB texts ``make_corpus.py`` builds from the
examples. Meant for an idle machine: on a busy one wall time measures the neighbours.
Loading all seven languages (~16 CPU s) is paid once per run, so the speed-up grows with
the batch: about 1.6x is reached from ~1,500 documents (docs/benchmarks.md).

    python benchmarks/bench_jobs.py                      # 2,000 documents, jobs 1 and 2
    python benchmarks/bench_jobs.py --documents 300 --jobs 1,2,4
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, machine
from make_corpus import build

DEV_CORPUS = ROOT.parent / "shared" / "dev" / "corpus"


def corpus(documents: int) -> tuple[list[dict[str, str]], str]:
    """``documents`` JSONL rows (text and id; the language is left to detection)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(DEV_CORPUS.glob("*.txt"))]
    if texts:
        name = f"real news ({len(texts)} texts of {DEV_CORPUS} repeated)"
    else:
        print(f"{DEV_CORPUS} is absent: using make_corpus.py's texts", file=sys.stderr)
        texts = [row["text"] for row in build(200)]
        name = "make_corpus.py (examples joined to ~3 KB)"
    rows = [{"id": f"news-{n:05d}", "text": texts[n % len(texts)]} for n in range(documents)]
    return rows, name


def _environment() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}


def fill_cache() -> None:
    """Build the derived data eventwire caches on disk (simplemma's decoded dictionaries)
    before any timed run, so that no setting pays for what only a first run ever pays."""
    code = ("from eventwire import lang\nfrom eventwire.lang.lemmas import dictionary\n"
            "for code in lang.available():\n    dictionary(code)\n")
    subprocess.run([sys.executable, "-c", code], env=_environment(), check=True)


def run(jobs: int, corpus_path: Path, output: Path) -> dict[str, float]:
    command = [sys.executable, str(Path(__file__).with_name("_timed_extract.py")), "extract",
               str(corpus_path), "--jobs", str(jobs), "--output", str(output)]
    phases_path = output.with_suffix(".phases.json")
    env = {**_environment(), "EVENTWIRE_PHASES": str(phases_path)}
    started = time.perf_counter()
    child = subprocess.Popen(command, env=env, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    errors = child.stderr.read().decode() if child.stderr else ""
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"--jobs {jobs} failed ({child.returncode}): {errors.strip()[-500:]}")
    phases = json.loads(phases_path.read_text(encoding="utf-8"))
    return {"jobs": jobs, "wall_s": round(wall, 2),
            "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
            "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
            "idle_wall_s": round(idle_wall(phases, jobs), 2), "phases": phases,
            "sha256": hashlib.sha256(output.read_bytes()).hexdigest()[:16]}


def idle_wall(phases: dict[str, float], jobs: int, cores: int | None = None) -> float:
    """Wall time on idle cores from the CPU time of each phase: the parent's work before and
    after the pool is serial; in the pool the workers share ``jobs`` cores, and the parent's
    reading and writing takes its share of the machine's ``cores`` with them."""
    cores = cores or os.cpu_count() or 1
    in_pool = max(phases["parent_in_pool"], phases["workers"] / jobs,
                  (phases["workers"] + phases["parent_in_pool"]) / min(jobs + 1, cores))
    return phases["parent_before_pool"] + in_pool + phases["parent_after_pool"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--jobs", default="1,2")
    args = parser.parse_args()
    rows, name = corpus(args.documents)
    print(f"{machine()}\ncorpus: {args.documents} documents, {name}")
    fill_cache()
    results = []
    with tempfile.TemporaryDirectory(prefix="eventwire-jobs-") as folder:
        corpus_path = Path(folder) / "corpus.jsonl"
        with corpus_path.open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        for jobs in (int(j) for j in args.jobs.split(",")):
            results.append(run(jobs, corpus_path, Path(folder) / f"out-{jobs}.jsonl"))
            first = results[0]
            row = results[-1]
            print(f"--jobs {row['jobs']}: wall {row['wall_s']} s, CPU {row['cpu_s']} s, "
                  f"peak RSS of one process {row['peak_rss_mb']} MB, "
                  f"{args.documents / row['wall_s']:.1f} documents per wall second, "
                  f"speed-up {first['wall_s'] / row['wall_s']:.2f}x", flush=True)
            print(f"  CPU by phase {row['phases']}: on idle cores about {row['idle_wall_s']} s"
                  f" wall, speed-up {first['idle_wall_s'] / row['idle_wall_s']:.2f}x", flush=True)
    same = len({r["sha256"] for r in results}) == 1
    print("output: byte-identical across settings" if same else
          f"output DIFFERS across settings: {[r['sha256'] for r in results]}")
    if not same:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
