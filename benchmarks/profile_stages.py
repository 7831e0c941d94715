"""CPU seconds per pipeline stage over a corpus, pass after pass, and a cProfile of it.

``python benchmarks/profile_stages.py DIR... [--repeat 3] [--profile out.pstats]`` prints,
per pass of the corpus, the CPU time (``time.process_time``) of each stage of
``eventwire.pipeline.STAGES`` and of parsing every text alone with eventwire's models, after
a warm-up pass (loading, per-word caches). With ``--profile`` one more pass runs under
cProfile and the 30 functions of most own time outside spaCy are printed.
"""

from __future__ import annotations

import argparse
import copy
import cProfile
import pstats
import time
from collections import defaultdict

from _common import prepared_documents  # beside this script

from eventwire.model import Document
from eventwire.parallel import preload
from eventwire.pipeline import STAGES, process, settle
from eventwire.syntax.models import load


def timed_pass(docs: list[Document], totals: dict[str, float]) -> None:
    """One pass, as ``process_batch`` runs it where the checkout has it: the stages document
    by document, except the parse, once per window of documents (else per document)."""
    from eventwire import pipeline
    from eventwire.records import document_records
    from eventwire.syntax import parse as syntax

    pooled = getattr(syntax, "parse_documents", None)
    size = getattr(pipeline, "BATCH_DOCUMENTS", 1) if pooled is not None else 1
    for first in range(0, len(docs), size):
        window = [copy.copy(doc) for doc in docs[first:first + size]]
        for stage in STAGES:
            started = time.process_time()
            if stage.name == "syntax" and pooled is not None:
                pooled(window)
            else:
                for fresh in window:
                    stage.run(fresh)
            totals[stage.name] += time.process_time() - started
        for fresh in window:
            started = time.process_time()
            document_records(fresh)
            totals["records"] += time.process_time() - started
            settle(fresh.language)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", default=None)
    args = parser.parse_args()
    docs = prepared_documents(args.inputs)
    preload(None)
    done = [process(copy.copy(doc)) for doc in docs]
    languages = {d.id: d.language for d in done}
    totals: dict[str, float] = defaultdict(float)
    parse = 0.0
    for _ in range(args.repeat):
        timed_pass(docs, totals)
        started = time.process_time()
        for doc in docs:
            nlp = load(languages[doc.id])
            if nlp is not None:
                nlp(doc.text)
        parse += time.process_time() - started
    whole = sum(totals.values())
    print(f"{len(docs)} documents, {args.repeat} passes; CPU s per pass:")
    for name, seconds in sorted(totals.items(), key=lambda kv: -kv[1]):
        print(f"  {name:12s} {seconds / args.repeat:7.3f}")
    print(f"  {'all':12s} {whole / args.repeat:7.3f}   parsing alone {parse / args.repeat:.3f}"
          f"   ratio {whole / parse:.2f}")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        timed_pass(docs, defaultdict(float))
        profiler.disable()
        profiler.dump_stats(args.profile)
        stats = pstats.Stats(args.profile)
        stats.sort_stats("tottime").print_stats(r"eventwire|lingua|simplemma", 40)


if __name__ == "__main__":
    main()
