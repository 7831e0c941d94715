"""Time and memory against document length, beside spaCy's blank tokenizer, in one run.

Documents of 1 KB to 1.5 MB are made by repeating the English examples. Each length runs in
a child forked after the lexicons are loaded, so its CPU time and peak resident memory
(``os.wait4``'s rusage) are its own. Writes docs/bench-length.csv and docs/bench-length.png.

    python benchmarks/bench_length.py [--sizes-kb 1,4,16,64,256,1024,1536]
"""

from __future__ import annotations

import argparse
import json
import os
import time

from _common import DOCS, blank_tokenizer, long_text, machine, read_csv, timed, write_csv

from eventwire.api import prepare
from eventwire.ingest.readers import read_text
from eventwire.parallel import preload
from eventwire.pipeline import process
from eventwire.records import document_records


def measure(size_kb: int) -> dict[str, float]:
    """Run one length in a forked child; its own CPU time and peak RSS come from wait4."""
    text = long_text(size_kb * 1024)
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: pipeline, then the tokenizer on the same text
        os.close(reader)
        doc = prepare(read_text(text, id=f"len-{size_kb}", language="en"),
                      reference_date="2026-05-04", language="en")
        with timed() as pipeline:
            process(doc)
            records = document_records(doc)
        tokenizer = blank_tokenizer("en")
        with timed() as tokens:
            tokenizer(text)
        found = {"pipeline_cpu_s": pipeline.cpu, "pipeline_wall_s": pipeline.wall,
                 "tokenizer_cpu_s": tokens.cpu, "tokenizer_wall_s": tokens.wall,
                 "records": len(records)}
        os.write(writer, json.dumps(found).encode())
        os._exit(0)
    os.close(writer)
    with os.fdopen(reader) as pipe:
        found = json.loads(pipe.read())
    _, _, usage = os.wait4(pid, 0)
    return {"kb": size_kb, "bytes": len(text.encode("utf-8")), **found,
            "peak_rss_mb": round(usage.ru_maxrss / 1024, 1)}


def draw(rows: list[dict[str, float]], title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    kb = [r["kb"] for r in rows]
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    left.loglog(kb, [r["pipeline_cpu_s"] for r in rows], "o-", label="eventwire, CPU")
    left.loglog(kb, [r["pipeline_wall_s"] for r in rows], "x:", label="eventwire, wall")
    left.loglog(kb, [r["tokenizer_cpu_s"] for r in rows], "s-", label="spaCy blank tokenizer, CPU")
    middle = rows[len(rows) // 2]
    ideal = [middle["pipeline_cpu_s"] * k / middle["kb"] for k in kb]
    left.loglog(kb, ideal, "--", color="grey", label=f"linear (through {middle['kb']} KB)")
    left.set_xlabel("document size (KB)")
    left.set_ylabel("seconds")
    left.legend(fontsize=8)
    right.semilogx(kb, [r["bytes"] / 1024 / r["pipeline_cpu_s"] for r in rows], "o-",
                   label="eventwire")
    right.set_xlabel("document size (KB)")
    right.set_ylabel("KB per CPU second")
    right.legend(fontsize=8)
    fig.suptitle(title, fontsize=9)
    fig.tight_layout()
    fig.savefig(DOCS / "bench-length.png", dpi=100)
    print(f"wrote {DOCS / 'bench-length.png'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes-kb", default="1,4,16,64,256,1024,1536")
    parser.add_argument("--plot-only", action="store_true", help="redraw from the CSV")
    args = parser.parse_args()
    if args.plot_only:
        rows = read_csv(DOCS / "bench-length.csv")
        draw(rows, f"Document length ({rows[0]['machine']})")
        return
    about = machine()
    started = time.perf_counter()
    preload(["en"])
    print(f"preload {time.perf_counter() - started:.1f} s wall")
    rows = []
    for size in (int(s) for s in args.sizes_kb.split(",")):
        row = {**measure(size), "machine": about}
        rows.append(row)
        print(row, flush=True)
    write_csv(DOCS / "bench-length.csv", rows)
    draw(rows, f"Document length ({about})")


if __name__ == "__main__":
    main()
