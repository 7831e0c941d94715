"""Documents parsed one per pipeline call against in windows, the two alternating in one
process, so that load on a shared machine hits both alike.

``python benchmarks/paired_batches.py api DIR --pairs 12`` times
``api.extract_documents`` (windows of documents through ``pipeline.process_batch``) against
the loop it replaced (``process`` document by document), CPU seconds per pass of the texts.

``python benchmarks/paired_batches.py pool DIR --pairs 3 --documents 360`` times the
workers of ``--jobs 2`` (their CPU, read from the reaped children) with one document per
task (a window of four) against batches (the default window).
"""

from __future__ import annotations

import argparse
import copy
import resource
import time
from collections.abc import Callable
from pathlib import Path

from eventwire import parallel
from eventwire.api import Result, extract_documents, failure, prepare
from eventwire.ingest.readers import read_inputs, read_text
from eventwire.model import Document
from eventwire.pipeline import process
from eventwire.reconcile import reconcile
from eventwire.records import document_records


def one_by_one(docs: list[Document]) -> Result:
    """``extract_documents`` as it was before windows: each document processed alone."""
    result = Result()
    for item in docs:
        try:
            process(prepare(item, reference_date=None, language=None))
        except Exception as error:
            result.errors.append(failure(item, error))
        else:
            result.documents.append(item)
            result.records.extend(document_records(item))
    result.records.extend(reconcile(result.records))
    return result


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("api", "pool"))
    parser.add_argument("corpus", help="a folder of .txt news texts")
    parser.add_argument("--pairs", type=int, default=6)
    parser.add_argument("--documents", type=int, default=360, help="pool mode only")
    args = parser.parse_args()
    parallel.preload(None)
    sides: dict[str, Callable[[], float]]
    if args.mode == "api":
        source = [d for d in read_inputs([args.corpus]) if isinstance(d, Document)]

        def timed(run: Callable[[list[Document]], Result]) -> Callable[[], float]:
            def once() -> float:
                docs = [copy.deepcopy(d) for d in source]
                started = time.process_time()
                run(docs)
                return time.process_time() - started
            return once

        sides = {"one by one": timed(one_by_one), "windows": timed(extract_documents)}
    else:
        texts = [p.read_text(encoding="utf-8") for p in sorted(Path(args.corpus).glob("*.txt"))]

        def pooled(window: int | None) -> Callable[[], float]:
            def once() -> float:
                docs = [read_text(texts[n % len(texts)], id=f"n{n:05d}")
                        for n in range(args.documents)]
                started = _children_cpu()
                list(parallel.stream_documents(docs, jobs=2, window=window))
                return _children_cpu() - started
            return once

        sides = {"one per task": pooled(4), "batches": pooled(None)}
    spent: dict[str, list[float]] = {name: [] for name in sides}
    for pair in range(args.pairs):
        order = list(sides) if pair % 2 == 0 else list(reversed(sides))  # who goes first
        for name in order:
            spent[name].append(sides[name]())
    for name, values in spent.items():
        print(f"{name:13s} CPU s {' '.join(f'{v:.3f}' for v in values)}   "
              f"mean {sum(values) / len(values):.3f}")


if __name__ == "__main__":
    main()
