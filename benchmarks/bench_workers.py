"""Throughput with one and two worker processes (``eventwire.parallel``), beside the tokenizer.

The corpus is ``make_corpus.py``'s ~3 KB EN/FR texts built from the examples. Lexicons and
the detector are preloaded once, then each setting runs in a child forked from that
process (as ``extract_parallel`` forks its workers), so CPU time counts the child and its
workers (``RUSAGE_CHILDREN``), and peak RSS is given for the parent and the largest worker.
Writes docs/bench-workers.csv and docs/bench-workers.png.

    python benchmarks/bench_workers.py [--documents 200] [--jobs 1,2]
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import resource
import time
from pathlib import Path

from _common import DOCS, blank_tokenizer, machine, timed, write_csv
from make_corpus import build

from eventwire.ingest.readers import make_document
from eventwire.model import Document
from eventwire.parallel import extract_parallel, preload


def corpus(documents: int) -> list[Document]:
    return [make_document(fields, fields["id"]) for fields in build(documents)]


def measure(docs: list[Document], jobs: int) -> dict[str, float]:
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(reader)
        with timed() as run:
            result = extract_parallel([copy.copy(d) for d in docs], jobs=jobs,
                                      reference_date="2026-05-04")
        workers = resource.getrusage(resource.RUSAGE_CHILDREN)
        own = resource.getrusage(resource.RUSAGE_SELF)
        found = {"jobs": jobs, "documents": len(docs), "records": len(result.records),
                 "errors": len(result.errors), "wall_s": run.wall,
                 "cpu_s": run.cpu + workers.ru_utime + workers.ru_stime,
                 "system_cpu_s": own.ru_stime + workers.ru_stime,
                 "minor_faults": own.ru_minflt + workers.ru_minflt,
                 "worker_peak_rss_mb": round(workers.ru_maxrss / 1024, 1)}
        os.write(writer, json.dumps(found).encode())
        os._exit(0)
    os.close(writer)
    shared = Shared()
    while True:  # sample the workers' memory while they run (this process has no threads)
        done, _, usage = os.wait4(pid, os.WNOHANG)
        if done == pid:
            break
        shared.sample([pid, *_children(pid)])
        time.sleep(0.5)
    with os.fdopen(reader) as pipe:
        found = json.loads(pipe.read())
    found.update(shared.as_dict())
    found["docs_per_wall_s"] = round(found["documents"] / found["wall_s"], 1)
    found["docs_per_cpu_s"] = round(found["documents"] / found["cpu_s"], 1)
    return {**found, "parent_peak_rss_mb": round(usage.ru_maxrss / 1024, 1)}


class Shared:
    """The largest per-process figures seen in /proc/PID/smaps_rollup: resident (RSS),
    proportional (PSS: shared pages divided among their sharers) and private (USS)."""

    def __init__(self) -> None:
        self.rss = self.pss = self.uss = 0.0

    def sample(self, pids: list[int]) -> None:
        for pid in pids:
            try:
                lines = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
            except OSError:
                continue
            kb = {line.split(":")[0]: int(line.split()[1]) for line in lines[1:]}
            self.rss = max(self.rss, kb.get("Rss", 0) / 1024)
            self.pss = max(self.pss, kb.get("Pss", 0) / 1024)
            private = kb.get("Private_Clean", 0) + kb.get("Private_Dirty", 0)
            self.uss = max(self.uss, private / 1024)

    def as_dict(self) -> dict[str, float]:
        return {"max_rss_mb": round(self.rss, 1), "max_pss_mb": round(self.pss, 1),
                "max_private_mb": round(self.uss, 1)}


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            found += [int(c) for c in task.read_text().split()]
        except OSError:
            continue
    return found


def tokenizer_row(docs: list[Document]) -> dict[str, float]:
    tokenizers = {language: blank_tokenizer(language) for language in {d.language for d in docs}}
    with timed() as run:
        for doc in docs:
            tokenizers[doc.language](doc.text)
    return {"jobs": "tokenizer", "documents": len(docs), "records": 0, "errors": 0,
            "wall_s": run.wall, "cpu_s": run.cpu, "system_cpu_s": 0, "minor_faults": 0,
            "worker_peak_rss_mb": 0, "max_rss_mb": 0, "max_pss_mb": 0, "max_private_mb": 0,
            "docs_per_wall_s": round(len(docs) / run.wall, 1),
            "docs_per_cpu_s": round(len(docs) / run.cpu, 1), "parent_peak_rss_mb": 0}


def draw(rows: list[dict[str, float]], title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    runs = [r for r in rows if r["jobs"] != "tokenizer"]
    labels = [f"jobs={r['jobs']}" for r in runs]
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    width = 0.38
    xs = range(len(runs))
    left.bar([x - width / 2 for x in xs], [r["docs_per_wall_s"] for r in runs], width,
             label="documents per wall second")
    left.bar([x + width / 2 for x in xs], [r["docs_per_cpu_s"] for r in runs], width,
             label="documents per CPU second")
    left.set_xticks(list(xs), labels)
    left.set_ylabel("documents / s")
    left.legend(fontsize=8)
    third = width * 2 / 3
    for shift, key, label in ((-third, "max_rss_mb", "RSS"), (0, "max_pss_mb", "PSS"),
                              (third, "max_private_mb", "private")):
        right.bar([x + shift for x in xs], [r[key] for r in runs], third, label=label)
    right.set_xticks(list(xs), labels)
    right.set_ylabel("largest process while running (MB)")
    right.legend(fontsize=8)
    tokenizer = next(r for r in rows if r["jobs"] == "tokenizer")
    fig.suptitle(f"{title}\nspaCy blank tokenizer on the same texts: "
                 f"{tokenizer['docs_per_cpu_s']:.0f} documents per CPU second", fontsize=9)
    fig.tight_layout()
    fig.savefig(DOCS / "bench-workers.png", dpi=100)
    print(f"wrote {DOCS / 'bench-workers.png'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--jobs", default="1,2")
    args = parser.parse_args()
    about = machine()
    docs = corpus(args.documents)
    preload(sorted({d.language for d in docs}))
    rows = []
    for jobs in (int(j) for j in args.jobs.split(",")):
        rows.append(measure(docs, jobs))
        print(rows[-1], flush=True)
    rows.append(tokenizer_row(docs))
    print(rows[-1])
    write_csv(DOCS / "bench-workers.csv", rows)
    draw(rows, f"Workers ({about})")


if __name__ == "__main__":
    main()
