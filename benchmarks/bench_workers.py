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
        found = {"jobs": jobs, "documents": len(docs), "records": len(result.records),
                 "errors": len(result.errors), "wall_s": run.wall,
                 "cpu_s": run.cpu + workers.ru_utime + workers.ru_stime,
                 "worker_peak_rss_mb": round(workers.ru_maxrss / 1024, 1)}
        os.write(writer, json.dumps(found).encode())
        os._exit(0)
    os.close(writer)
    with os.fdopen(reader) as pipe:
        found = json.loads(pipe.read())
    _, _, usage = os.wait4(pid, 0)
    found["docs_per_wall_s"] = round(found["documents"] / found["wall_s"], 1)
    found["docs_per_cpu_s"] = round(found["documents"] / found["cpu_s"], 1)
    return {**found, "parent_peak_rss_mb": round(usage.ru_maxrss / 1024, 1)}


def tokenizer_row(docs: list[Document]) -> dict[str, float]:
    tokenizers = {d.language: blank_tokenizer(d.language) for d in docs}
    with timed() as run:
        for doc in docs:
            tokenizers[doc.language](doc.text)
    return {"jobs": "tokenizer", "documents": len(docs), "records": 0, "errors": 0,
            "wall_s": run.wall, "cpu_s": run.cpu, "worker_peak_rss_mb": 0,
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
    right.bar(labels, [r["worker_peak_rss_mb"] or r["parent_peak_rss_mb"] for r in runs])
    right.set_ylabel("peak RSS of one process (MB)")
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
