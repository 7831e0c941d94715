"""Shared pieces of the benchmark scripts: texts made from the project's examples, timers.

Everything here is built from ``examples/`` (texts written for eventwire; the happenings
are invented), deterministically, so two runs measure the same input.
"""

from __future__ import annotations

import csv
import platform
import re
import resource
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DOCS = ROOT / "docs"
SENTENCE_END = re.compile(r"[.!?]*\n+|[.!?]+(?=\s)")


def prepared_documents(inputs: list[str]) -> list[Any]:
    """The documents of ``inputs`` (files, folders), prepared as ``extract`` prepares them
    (each dated by its own publication date, its language found): what the per-document
    benchmarks run their stages over."""
    from eventwire.api import prepare
    from eventwire.ingest.readers import read_inputs
    from eventwire.model import Document

    docs = [d for d in read_inputs(inputs) if isinstance(d, Document)]
    for doc in docs:
        prepare(doc, reference_date=doc.published, language=None)
    return docs


def english_examples() -> list[str]:
    """The English example texts (a file's name or its first line tells the language)."""
    from eventwire.text.language import detect

    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.rglob("*.txt"))]
    return [t for t in texts if detect(t) == "en"]


def long_text(target_bytes: int) -> str:
    """The English examples joined as paragraphs and repeated up to ``target_bytes``."""
    pool = english_examples()
    parts: list[str] = []
    size = 0
    n = 0
    while size < target_bytes:
        text = pool[n % len(pool)].strip()
        parts.append(text)
        size += len(text.encode("utf-8")) + 2
        n += 1
    return "\n\n".join(parts).encode("utf-8")[:target_bytes].decode("utf-8", "ignore")


def one_sentence(target_bytes: int) -> str:
    """English example text with every full stop and line break made a comma: one sentence."""
    return SENTENCE_END.sub(", ", long_text(target_bytes)).rstrip(",. ") + "."


@dataclass
class Timing:
    cpu: float = 0.0
    wall: float = 0.0


@contextmanager
def timed() -> Iterator[Timing]:
    """CPU time of this process (user + system) and wall time of the block."""
    timing = Timing()
    cpu, wall = time.process_time(), time.perf_counter()
    yield timing
    timing.cpu = time.process_time() - cpu
    timing.wall = time.perf_counter() - wall


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def blank_tokenizer(lang: str = "en") -> Callable[[str], Any]:
    import spacy

    return spacy.blank(lang).tokenizer


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import os

    return (f"{datetime.now(UTC):%Y-%m-%d}, {os.cpu_count()} cores {cpu}, "
            f"Python {platform.python_version()}, {platform.system()}; load average "
            f"{os.getloadavg()[0]:.1f} at start (shared machine)")


def write_csv(path: Path, rows: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {path}", file=sys.stderr)


def read_csv(path: Path) -> list[dict[str, Any]]:
    """Rows written by :func:`write_csv`, numbers as floats (to redraw a figure)."""
    def value(text: str) -> Any:
        try:
            return float(text)
        except ValueError:
            return text
    with path.open(encoding="utf-8", newline="") as handle:
        return [{k: value(v) for k, v in row.items()} for row in csv.DictReader(handle)]
