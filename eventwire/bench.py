"""``eventwire bench``: documents per second and peak memory, measured, never guessed.

The same texts go through the full per-document pipeline and through spaCy's bare blank
tokenizer in the same run, so the figure comes with a baseline from the same machine.
Lexicon loading is timed apart (it happens once per process).
"""

from __future__ import annotations

import copy
import resource
import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from eventwire.ingest.errors import InputError
from eventwire.ingest.readers import read_inputs
from eventwire.model import Document


@dataclass
class BenchResult:
    documents: int
    repeat: int
    mean_bytes: float
    load_seconds: float
    pipeline_seconds: float
    tokenizer_seconds: float
    reconcile_seconds: float
    peak_rss_mb: float
    errors: int

    @property
    def docs_per_second(self) -> float:
        return (
            self.documents * self.repeat / self.pipeline_seconds if self.pipeline_seconds else 0.0
        )

    @property
    def tokenizer_docs_per_second(self) -> float:
        n = self.documents * self.repeat
        return n / self.tokenizer_seconds if self.tokenizer_seconds else 0.0

    @property
    def kb_per_second(self) -> float:
        return self.docs_per_second * self.mean_bytes / 1024

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "repeat": self.repeat,
            "mean_bytes": round(self.mean_bytes),
            "load_seconds": round(self.load_seconds, 3),
            "docs_per_second": round(self.docs_per_second, 1),
            "kb_per_second": round(self.kb_per_second, 1),
            "tokenizer_docs_per_second": round(self.tokenizer_docs_per_second, 1),
            "ratio_to_tokenizer": round(self.pipeline_seconds / self.tokenizer_seconds, 2)
            if self.tokenizer_seconds
            else None,
            "reconcile_seconds": round(self.reconcile_seconds, 3),
            "peak_rss_mb": round(self.peak_rss_mb, 1),
            "errors": self.errors,
        }


def default_corpus() -> list[str]:
    """The project's own examples (texts written for eventwire)."""
    candidates = [
        Path.cwd() / "examples",
        Path(str(resources.files("eventwire"))).parent / "examples",
    ]
    for path in candidates:
        if path.is_dir():
            return [str(path)]
    raise FileNotFoundError("no corpus given and no examples/ folder found")


def run_bench(
    inputs: list[str] | None = None, *, repeat: int = 3, language: str | None = None
) -> BenchResult:
    from eventwire.api import prepare
    from eventwire.pipeline import process
    from eventwire.reconcile import reconcile
    from eventwire.records import document_records

    items = list(read_inputs(inputs or default_corpus()))
    docs = [d for d in items if isinstance(d, Document)]
    errors = sum(isinstance(d, InputError) for d in items)
    if not docs:
        raise ValueError("the benchmark corpus holds no readable document")
    for doc in docs:
        prepare(doc, reference_date=doc.published, language=language)

    started = time.perf_counter()
    for doc in docs:  # a warm-up pass loads every language's lexicons and detectors once
        process(copy.copy(doc))
    load_seconds = time.perf_counter() - started

    records: list[dict[str, Any]] = []
    started = time.perf_counter()
    for _ in range(repeat):
        records = []
        for doc in docs:
            fresh = copy.copy(doc)
            process(fresh)
            records += document_records(fresh)
    pipeline_seconds = time.perf_counter() - started

    started = time.perf_counter()
    reconcile(records)
    reconcile_seconds = time.perf_counter() - started

    tokenizer_seconds = _tokenizer_seconds(docs, repeat)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return BenchResult(
        documents=len(docs),
        repeat=repeat,
        mean_bytes=sum(len(d.text.encode("utf-8")) for d in docs) / len(docs),
        load_seconds=load_seconds,
        pipeline_seconds=pipeline_seconds,
        tokenizer_seconds=tokenizer_seconds,
        reconcile_seconds=reconcile_seconds,
        peak_rss_mb=peak,
        errors=errors,
    )


def _tokenizer_seconds(docs: list[Document], repeat: int) -> float:
    import spacy

    from eventwire import lang

    tokenizers: dict[str, Any] = {}
    for doc in docs:
        code = lang.section(doc.language, "language").get("spacy", "xx")
        if doc.language not in tokenizers:
            tokenizers[doc.language] = spacy.blank(code).tokenizer
    started = time.perf_counter()
    for _ in range(repeat):
        for doc in docs:
            tokenizers[doc.language](doc.text)
    return time.perf_counter() - started


def format_bench(result: BenchResult) -> str:
    data = result.as_dict()
    lines = [
        f"documents            {data['documents']} x {data['repeat']} passes "
        f"(mean {data['mean_bytes']} bytes; {data['errors']} unreadable)",
        f"pipeline             {data['docs_per_second']} docs/s ({data['kb_per_second']} KB/s) "
        "on one core",
        f"spaCy tokenizer      {data['tokenizer_docs_per_second']} docs/s on the same texts",
        f"ratio                pipeline takes {data['ratio_to_tokenizer']}x the tokenizer's time",
        f"warm-up pass         {data['load_seconds']} s (loads lexicons once per process)",
        f"reconcile            {data['reconcile_seconds']} s for the batch",
        f"peak memory (RSS)    {data['peak_rss_mb']} MB",
    ]
    return "\n".join(lines)
