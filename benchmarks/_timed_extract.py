"""``eventwire extract`` with the CPU time of its phases written to a JSON file.

Run by ``bench_jobs.py`` in place of ``python -m eventwire.cli``: the same command line, the
same code path, and ``EVENTWIRE_PHASES=<file>`` receives the parent's CPU seconds before the
worker pool starts (reading the head of the input, loading), during the pool (reading,
writing), after it (the cross-document stage), and the workers' CPU seconds. On a busy
machine these give what wall time would be on idle cores, where wall time cannot:
``before + max(during, workers / jobs) + after``.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from collections.abc import Iterator
from typing import Any

from eventwire import cli, parallel

marks: dict[str, float] = {}


def _stream_documents(*args: Any, **kwargs: Any) -> Iterator[Any]:
    marks["pool_start"] = time.process_time()
    yield from _original(*args, **kwargs)
    marks["pool_end"] = time.process_time()


def _write() -> None:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    end = time.process_time()
    start, stop = marks.get("pool_start", 0.0), marks.get("pool_end", end)
    phases = {"parent_before_pool": round(start, 2), "parent_in_pool": round(stop - start, 2),
              "parent_after_pool": round(end - stop, 2),
              "workers": round(children.ru_utime + children.ru_stime, 2)}
    with open(os.environ["EVENTWIRE_PHASES"], "w", encoding="utf-8") as out:
        json.dump(phases, out)


_original = parallel.stream_documents
parallel.stream_documents = _stream_documents  # type: ignore[assignment]

if __name__ == "__main__":
    sys.argv[0] = "eventwire"
    try:
        cli.app()
    finally:
        _write()
