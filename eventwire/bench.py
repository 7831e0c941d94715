"""``eventwire bench``: documents per CPU second and peak memory, measured, never guessed.

Every figure is CPU time of this process (``time.process_time``), so a busy machine slows
the wall clock far more than the figures; it still moves them (on a shared virtual machine
the same pass costs up to a quarter more CPU from one minute to the next), so extract over
parse is also given pass by pass. In one run, pass after pass, the same texts go through:

- ``extract``: the whole per-document stage (``process`` and ``document_records``);
- ``parse``: eventwire's own syntax model of each text's language over the whole text (the
  cost of parsing alone, the floor ``extract`` is held against);
- spaCy's bare blank tokenizer (a second, model-free baseline).

The passes alternate (extract, parse, extract, parse...) so that a change in the machine's
load weighs on both. Loading (every language's lexicons and models, as ``preload`` does
before forking workers) is timed apart, and the peak memory is read after it. The long
document figure joins each language's texts into one document and compares its CPU time
with the same texts as separate documents.
"""

from __future__ import annotations

import copy
import resource
import time
from collections import defaultdict
from collections.abc import Callable
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
    languages: tuple[str, ...]
    load_seconds: float
    extract_seconds: float
    parse_seconds: float
    parse_batched_seconds: float
    tokenizer_seconds: float
    joined_seconds: float
    separate_seconds: float
    reconcile_seconds: float
    peak_rss_mb: float
    errors: int
    pass_ratios: tuple[float, ...] = ()  # extract / parse alone, pass by pass

    def _per_second(self, seconds: float) -> float:
        return self.documents * self.repeat / seconds if seconds else 0.0

    @property
    def docs_per_cpu_second(self) -> float:
        return self._per_second(self.extract_seconds)

    def as_dict(self) -> dict[str, Any]:
        def ratio(a: float, b: float) -> float | None:
            return round(a / b, 2) if b else None

        return {
            "documents": self.documents,
            "repeat": self.repeat,
            "mean_bytes": round(self.mean_bytes),
            "languages": list(self.languages),
            "load_cpu_seconds": round(self.load_seconds, 3),
            "docs_per_cpu_second": round(self.docs_per_cpu_second, 1),
            "kb_per_cpu_second": round(self.docs_per_cpu_second * self.mean_bytes / 1024, 1),
            "parse_docs_per_cpu_second": round(self._per_second(self.parse_seconds), 1),
            "extract_to_parse": ratio(self.extract_seconds, self.parse_seconds),
            "extract_to_parse_passes": [round(r, 2) for r in self.pass_ratios],
            "parse_batched_docs_per_cpu_second": round(
                self._per_second(self.parse_batched_seconds), 1),
            "extract_to_parse_batched": ratio(self.extract_seconds, self.parse_batched_seconds),
            "tokenizer_docs_per_cpu_second": round(self._per_second(self.tokenizer_seconds), 1),
            "extract_to_tokenizer": ratio(self.extract_seconds, self.tokenizer_seconds),
            "long_document_ratio": ratio(self.joined_seconds, self.separate_seconds),
            "reconcile_cpu_seconds": round(self.reconcile_seconds, 3),
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


def _cpu(run: Callable[[], object]) -> float:
    started = time.process_time()
    run()
    return time.process_time() - started


def run_bench(
    inputs: list[str] | None = None, *, repeat: int = 3, language: str | None = None
) -> BenchResult:
    from eventwire.api import prepare
    from eventwire.parallel import preload
    from eventwire.pipeline import BATCH_DOCUMENTS, process, process_batch
    from eventwire.reconcile import reconcile
    from eventwire.records import document_records
    from eventwire.syntax.models import load

    items = list(read_inputs(inputs or default_corpus()))
    docs = [d for d in items if isinstance(d, Document)]
    errors = sum(isinstance(d, InputError) for d in items)
    if not docs:
        raise ValueError("the benchmark corpus holds no readable document")
    for doc in docs:
        prepare(doc, reference_date=doc.published, language=language)

    load_seconds = _cpu(lambda: preload([language] if language else None))
    done = [process(copy.copy(doc)) for doc in docs]  # warm-up: per-word caches, languages
    languages = {doc.id: doc.language for doc in done}
    tokenizers = _tokenizers(set(languages.values()))

    records: list[dict[str, Any]] = []

    def extract() -> None:  # as `eventwire extract` runs: a few documents parsed together
        records.clear()
        for start in range(0, len(docs), BATCH_DOCUMENTS):
            window = [copy.copy(d) for d in docs[start:start + BATCH_DOCUMENTS]]
            for done in process_batch(window):
                if isinstance(done, Exception):
                    raise done
                records.extend(document_records(done))

    def parse() -> None:
        for doc in docs:
            nlp = load(languages[doc.id])
            if nlp is not None:
                nlp(doc.text)

    by_language: dict[str, list[str]] = {}
    for doc in docs:
        by_language.setdefault(languages[doc.id], []).append(doc.text)

    def parse_batched() -> None:  # the same texts through nlp.pipe, as extract batches them
        for code, texts in sorted(by_language.items()):
            nlp = load(code)
            if nlp is not None:
                for _ in nlp.pipe(texts, batch_size=BATCH_DOCUMENTS):
                    pass

    def tokenize() -> None:
        for doc in docs:
            tokenizers[languages[doc.id]](doc.text)

    extract_seconds = parse_seconds = parse_batched_seconds = tokenizer_seconds = 0.0
    pass_ratios: list[float] = []
    for _ in range(repeat):
        extract_pass, parse_pass = _cpu(extract), _cpu(parse)
        extract_seconds += extract_pass
        parse_seconds += parse_pass
        pass_ratios.append(extract_pass / parse_pass if parse_pass else 0.0)
        parse_batched_seconds += _cpu(parse_batched)
        tokenizer_seconds += _cpu(tokenize)
    reconcile_seconds = _cpu(lambda: reconcile(records))
    joined_seconds, separate_seconds = _long_document(docs, languages)
    return BenchResult(
        documents=len(docs),
        repeat=repeat,
        mean_bytes=sum(len(d.text.encode("utf-8")) for d in docs) / len(docs),
        languages=tuple(sorted(set(languages.values()))),
        load_seconds=load_seconds,
        extract_seconds=extract_seconds,
        parse_seconds=parse_seconds,
        parse_batched_seconds=parse_batched_seconds,
        tokenizer_seconds=tokenizer_seconds,
        joined_seconds=joined_seconds,
        separate_seconds=separate_seconds,
        reconcile_seconds=reconcile_seconds,
        peak_rss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        errors=errors,
        pass_ratios=tuple(pass_ratios),
    )


def _long_document(docs: list[Document], languages: dict[str, str]) -> tuple[float, float]:
    """CPU time of each language's texts joined into one document, and of the same texts
    as separate documents (the same ``process`` call, the language given to both)."""
    from eventwire.ingest.readers import read_text
    from eventwire.pipeline import process

    groups: dict[str, list[Document]] = defaultdict(list)
    for doc in docs:
        groups[languages[doc.id]].append(doc)
    joined = separate = 0.0
    for code, group in sorted(groups.items()):
        for doc in group:
            fresh = copy.copy(doc)
            fresh.language = code
            separate += _cpu(lambda d=fresh: process(d, budget=None))
        whole = read_text("\n\n".join(d.text for d in group), id=f"joined-{code}",
                          language=code)
        whole.reference_date = group[0].reference_date
        joined += _cpu(lambda d=whole: process(d, budget=None))
    return joined, separate


def _tokenizers(codes: set[str]) -> dict[str, Callable[[str], Any]]:
    import spacy

    from eventwire import lang

    return {code: spacy.blank(lang.section(code, "language").get("spacy", "xx")).tokenizer
            for code in codes}


def _spread(values: list[float]) -> str:
    """``0.9-1.1x``: how far the passes of one run lie apart (a busy machine shows here)."""
    if not values:
        return "-"
    low, high = min(values), max(values)
    return f"{low}x" if low == high else f"{low}-{high}x"


def format_bench(result: BenchResult) -> str:
    data = result.as_dict()
    lines = [
        f"documents            {data['documents']} x {data['repeat']} passes "
        f"(mean {data['mean_bytes']} bytes; {', '.join(data['languages'])}; "
        f"{data['errors']} unreadable)",
        f"extract              {data['docs_per_cpu_second']} docs per CPU second "
        f"({data['kb_per_cpu_second']} KB)",
        f"parse alone          {data['parse_docs_per_cpu_second']} docs per CPU second "
        "(eventwire's models over the same texts)",
        f"extract / parse      {data['extract_to_parse']}x the CPU time of parsing alone "
        f"(pass by pass: {_spread(data['extract_to_parse_passes'])})",
        f"parse, batched       {data['parse_batched_docs_per_cpu_second']} docs per CPU second "
        f"(nlp.pipe over the texts of each language; extract takes "
        f"{data['extract_to_parse_batched']}x its time)",
        f"spaCy tokenizer      {data['tokenizer_docs_per_cpu_second']} docs per CPU second "
        f"(extract takes {data['extract_to_tokenizer']}x its time)",
        f"long document        {data['long_document_ratio']}x the CPU time of the same texts "
        "as separate documents",
        f"loading              {data['load_cpu_seconds']} CPU s (lexicons, detector, models: "
        "once per process)",
        f"reconcile            {data['reconcile_cpu_seconds']} CPU s for the batch",
        f"peak memory (RSS)    {data['peak_rss_mb']} MB",
    ]
    return "\n".join(lines)
