"""Could the parser skip sentences that hold no record? An oracle answers it.

``python benchmarks/parse_gate.py DIR...`` runs the pipeline on every document, notes the
sentences that hold no event, statement or fact, then runs it again with exactly those
sentences left unparsed (the best any cheap gate could do) and counts the records that
change. Any change means no gate can be lossless: the parse of a sentence without records
feeds other sentences' records (names and speakers read from the tree).

With ``--gate`` the sentences left unparsed are those the cheap test of ``_gate.py`` rejects
(no digit, quote mark, date word, fact word, nor word of the predicate or speech data of
the language), and every record that changes is printed with the sentences skipped.
"""

from __future__ import annotations

import argparse
import copy
import json
import time
from collections import Counter
from typing import Any

from _gate import worth_parsing  # beside this script

from eventwire import pipeline
from eventwire.api import prepare
from eventwire.ingest.readers import read_inputs
from eventwire.model import Document
from eventwire.records import document_records
from eventwire.syntax.models import load
from eventwire.syntax.parse import parse_sentences, sentence_language

CORE = ("event", "statement", "fact", "agreement")


def _spans(records: list[dict[str, Any]], wide: bool = False) -> list[tuple[int, int]]:
    """The spans of the records' evidence; with ``wide``, also of every other place a
    record was read from: an event's further mentions, a statement's speaker."""
    spans = []
    for record in records:
        if record["kind"] in CORE:
            evidence = record.get("evidence")
            span = (evidence.get("span") if isinstance(evidence, dict) else None) or record.get(
                "span")
            if span:
                spans.append((span[0], span[1]))
            if wide:
                for mention in record.get("mentions") or ():
                    if mention.get("span"):
                        spans.append((mention["span"][0], mention["span"][1]))
                if record.get("speaker_span"):
                    spans.append((record["speaker_span"][0], record["speaker_span"][1]))
    return spans


def _brief(record: dict[str, Any]) -> str:
    keep = ("kind", "type", "mode", "actors", "recipients", "speaker", "span", "evidence",
            "mentions", "date")
    return json.dumps({k: record[k] for k in keep if k in record}, ensure_ascii=False)[:400]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--gate", action="store_true",
                        help="skip the sentences the cheap gate of _gate.py rejects (not the "
                             "oracle's) and print every record that changes")
    parser.add_argument("--wide", action="store_true",
                        help="keep also the sentences of events' further mentions and of "
                             "statements' speakers")
    args = parser.parse_args()
    docs = [d for d in read_inputs(args.inputs) if isinstance(d, Document)]
    for doc in docs:
        prepare(doc, reference_date=doc.published, language=None)
    skipped: set[tuple[int, int]] = set()

    def gated(doc: Document) -> None:
        every = doc.sentences
        doc.sentences = [s for s in every if (s.start, s.end) not in skipped]
        try:
            parse_sentences(doc)
        finally:
            doc.sentences = every

    stages = tuple(pipeline.Stage(s.name, gated if s.name == "syntax" else s.run, s.reads,
                                  s.writes) for s in pipeline.STAGES)
    counts: Counter[str] = Counter()
    texts: dict[str, list[tuple[str, bool]]] = {}  # language -> (sentence, holds a record)
    for doc in docs:
        full = pipeline.process(copy.copy(doc))
        records = document_records(full)
        spans = _spans(records, args.wide)
        empty = [s for s in full.sentences
                 if not any(a < s.end and b > s.start for a, b in spans)]
        counts["sentences"] += len(full.sentences)
        counts["characters"] += sum(s.end - s.start for s in full.sentences)
        counts["sentences without a record"] += len(empty)
        counts["their characters"] += sum(s.end - s.start for s in empty)
        skipped.clear()
        if args.gate:
            gated_out = [s for s in full.sentences if not worth_parsing(
                full.text[s.start:s.end], sentence_language(full, s))]
            skipped.update((s.start, s.end) for s in gated_out)
            counts["sentences gated"] += len(gated_out)
            counts["gated characters"] += sum(s.end - s.start for s in gated_out)
            counts["gated holding a record"] += sum(s not in empty for s in gated_out)
        else:
            skipped.update((s.start, s.end) for s in empty)
        for s in full.sentences:
            texts.setdefault(sentence_language(full, s), []).append(
                (full.text[s.start:s.end], (s.start, s.end) not in skipped))
        gated_records = document_records(pipeline.process(copy.copy(doc), stages=stages))
        after = {json.dumps(r, sort_keys=True) for r in gated_records}
        before = {json.dumps(r, sort_keys=True) for r in records}
        changed = [r["kind"] for r in records if json.dumps(r, sort_keys=True) not in after]
        added = [r["kind"] for r in gated_records if json.dumps(r, sort_keys=True) not in before]
        counts["documents changed"] += bool(changed or added)
        if args.gate and (changed or added):
            print(f"== {doc.id}: {len(changed)} changed or lost, {len(added)} new")
            for (a, b) in sorted(skipped):
                print(f"   skipped [{a},{b}) {full.text[a:b][:100]!r}")
            for r in records:
                if json.dumps(r, sort_keys=True) not in after:
                    print("   - " + _brief(r))
            for r in gated_records:
                if json.dumps(r, sort_keys=True) not in before:
                    print("   + " + _brief(r))
        counts.update(f"{kind} changed or lost" for kind in changed)
        counts.update(f"{kind} new" for kind in added)
    for key, value in counts.items():
        print(f"{key:28s} {value}")
    # what the oracle would save of the parse: every sentence parsed, then only those that
    # hold a record, three times each, in turn (CPU time)
    spent = {"all": 0.0, "with a record": 0.0}
    for _ in range(3):
        for which in spent:
            started = time.process_time()
            for code, rows in sorted(texts.items()):
                nlp = load(code)
                if nlp is not None:
                    kept = [t for t, holds in rows if holds or which == "all"]
                    for _ in nlp.pipe(kept, batch_size=128):
                        pass
            spent[which] += time.process_time() - started
    print(f"parse CPU, every sentence      {spent['all'] / 3:.3f} s")
    print(f"parse CPU, with a record only  {spent['with a record'] / 3:.3f} s "
          f"({100 * (1 - spent['with a record'] / spent['all']):.1f} % saved)")


if __name__ == "__main__":
    main()
