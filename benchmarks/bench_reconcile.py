"""Time and memory of the cross-document stage against batch size, beside the tokenizer.

Batches of 100 to 10,000 documents (more with ``--sizes``) are made by replicating the
per-document records of the examples: each copy gets its own ids, dates shifted by days,
names, numbers in the text and words replaced by invented ones of the same length (offsets
stay valid) and invented country codes for the countries the texts now name, so
copies are neither syndicated duplicates nor one giant story; a document without a
publication date gets its (shifted) reference date, as real news has one.
``reconcile(records)`` runs in a child forked per size (its own CPU time and peak RSS
from ``os.wait4``); the same run
times spaCy's blank tokenizer over the batch's texts. Writes docs/bench-reconcile.csv/.png.

    python benchmarks/bench_reconcile.py [--sizes 100,300,1000,3000,10000]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
from datetime import date, timedelta
from typing import Any

from _common import DOCS, EXAMPLES, blank_tokenizer, machine, read_csv, timed, write_csv

from eventwire.api import extract
from eventwire.reconcile import CROSS_DOCUMENT_KINDS, reconcile

Record = dict[str, Any]
WORD = re.compile(r"\b\w{4,}\b")
ISO_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})")
VARIED_KEYS = {"text", "name", "canonical", "heading"}  # where names and words are replaced
CODE_KEYS = {"country", "parties"}  # country codes follow the names the texts now give
DIGITS = re.compile(r"\b\d{1,3}\b")


def base_records() -> list[Record]:
    found = extract([str(EXAMPLES)], reference_date="2026-05-04")
    return [r for r in found.records if r["kind"] not in CROSS_DOCUMENT_KINDS]


def _pseudo(word: str, copy: int) -> str:
    """An invented word of the same length and case, fixed for a copy (about a third of the
    lower-case words and every capitalised one are replaced)."""
    digest = hashlib.sha1(f"{copy}:{word}".encode()).digest()
    if word[0].islower() and digest[0] % 3:
        return word
    letters = "".join("bcdfghklmnprstvz"[b % 16] if i % 2 == 0 else "aeiou"[b % 5]
                      for i, b in enumerate(digest * 4))[: len(word)]
    return letters.capitalize() if word[0].isupper() else letters


def _pseudo_code(code: str, copy: int) -> str:
    """An invented country code for a copy: its texts name other, invented countries."""
    digest = hashlib.sha1(f"{copy}:{code}".encode()).digest()
    return "".join("ABCDEFGHIJKLMNOPQRSTUVWXYZ"[b % 26] for b in digest[:5])


def _pseudo_number(number: str, copy: int) -> str:
    """Invented digits of the same length (no leading zero), fixed for a copy."""
    digest = hashlib.sha1(f"{copy}#{number}".encode()).digest()
    digits = "".join(str(b % 10) for b in digest[: len(number)])
    return str(1 + digest[-1] % 9) + digits[1:] if len(number) > 1 else str(digest[0] % 10)


def replicate(records: list[Record], copies: int) -> list[Record]:
    doc_ids = [r["id"] for r in records if r["kind"] == "document"]
    out: list[Record] = []
    for copy in range(copies):
        ids = {d: f"c{copy:05d}-{d}" for d in doc_ids}
        shift = timedelta(days=copy % 365)

        def vary(value: Any, key: str = "", copy: int = copy, ids: dict[str, str] = ids,
                 shift: timedelta = shift) -> Any:
            if isinstance(value, dict):
                return {k: vary(v, k) for k, v in value.items()}
            if isinstance(value, list):
                return [vary(v, key) for v in value]
            if not isinstance(value, str):
                return value
            head = _document_of(value, ids)
            if head is not None:
                return ids[head] + value[len(head):]
            day = ISO_DAY.match(value)
            if day:
                moved = date.fromisoformat(day.group(1)) + shift
                return moved.isoformat() + value[10:]
            if key in CODE_KEYS:
                return _pseudo_code(value, copy)
            if key in VARIED_KEYS:
                value = DIGITS.sub(lambda m: _pseudo_number(m.group(0), copy), value)
                return WORD.sub(lambda m: _pseudo(m.group(0), copy), value)
            return value

        for r in records:
            r = vary(r)
            if r["kind"] == "document" and not r.get("published"):
                r["published"] = r.get("reference_date")  # real news has a date
            out.append(r)
    return out


def _document_of(value: str, ids: dict[str, str]) -> str | None:
    """The document id a record id or reference starts with ("stories/a/c1.txt/e0" ->
    "stories/a/c1.txt"), if any: document ids may hold slashes themselves."""
    head = value
    while True:
        if head in ids:
            return head
        if "/" not in head:
            return None
        head = head.rsplit("/", 1)[0]


def measure(records: list[Record], documents: int) -> dict[str, float]:
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(reader)
        batch = replicate(records, max(1, documents // sum(r["kind"] == "document"
                                                           for r in records)))
        docs = [r for r in batch if r["kind"] == "document"]
        with timed() as run:
            made = reconcile(batch)
        tokenizers = {code: blank_tokenizer(code) for code in {d["language"] for d in docs}}
        with timed() as tokens:
            for doc in docs:
                tokenizers[doc["language"]](doc["text"])
        found = {"documents": len(docs), "records_in": len(batch), "records_out": len(made),
                 "reconcile_cpu_s": run.cpu, "reconcile_wall_s": run.wall,
                 "tokenizer_cpu_s": tokens.cpu, "tokenizer_wall_s": tokens.wall}
        os.write(writer, json.dumps(found).encode())
        os._exit(0)
    os.close(writer)
    with os.fdopen(reader) as pipe:
        found = json.loads(pipe.read())
    _, _, usage = os.wait4(pid, 0)
    return {**found, "peak_rss_mb": round(usage.ru_maxrss / 1024, 1)}


def measure_ingest(records: list[Record], store_size: int, new: int = 50) -> dict[str, float]:
    """CPU seconds of ingesting ``new`` documents into an empty store and into one holding
    ``store_size`` documents (built first, not timed), in a child process."""
    import tempfile

    from eventwire.store import open_store

    per_copy = sum(r["kind"] == "document" for r in records)
    copies = max(1, store_size // per_copy)
    extra = max(1, new // per_copy)
    batch = replicate(records, copies + extra)
    boundary = len(records) * copies
    stored, fresh = batch[:boundary], batch[boundary:]
    found: dict[str, float] = {"store_documents": copies * per_copy,
                               "new_documents": extra * per_copy}
    with tempfile.TemporaryDirectory() as tmp:
        # Warm up first (imports, the contract's validators): else the first ingest timed,
        # into the empty store, pays for them.
        warm = open_store(os.path.join(tmp, "warm.db"))
        warm.ingest(replicate(records, 1), reconcile)
        warm.close()
        empty = open_store(os.path.join(tmp, "empty.db"))
        with timed() as into_empty:
            empty.ingest(fresh, reconcile)
        empty.close()
        full = open_store(os.path.join(tmp, "full.db"))
        with timed() as building:
            full.ingest(stored, reconcile)
        with timed() as into_full:
            full.ingest(fresh, reconcile)
        full.close()
    found.update({"build_store_cpu_s": building.cpu, "ingest_into_empty_cpu_s": into_empty.cpu,
                  "ingest_into_store_cpu_s": into_full.cpu})
    return found


def draw(rows: list[dict[str, float]], title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    n = [r["documents"] for r in rows]
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    left.loglog(n, [r["reconcile_cpu_s"] for r in rows], "o-", label="reconcile, CPU")
    left.loglog(n, [r["reconcile_wall_s"] for r in rows], "x:", label="reconcile, wall")
    left.loglog(n, [r["tokenizer_cpu_s"] for r in rows], "s-",
                label="spaCy blank tokenizer over the texts, CPU")
    middle = rows[len(rows) // 2]
    ideal = [middle["reconcile_cpu_s"] * k / middle["documents"] for k in n]
    left.loglog(n, ideal, "--", color="grey",
                label=f"linear (through {middle['documents']:.0f} documents)")
    left.set_xlabel("documents in the batch")
    left.set_ylabel("seconds")
    left.legend(fontsize=8)
    right.semilogx(n, [r["peak_rss_mb"] for r in rows], "o-", label="peak RSS")
    right.set_xlabel("documents in the batch")
    right.set_ylabel("MB")
    right.legend(fontsize=8)
    fig.suptitle(title, fontsize=9)
    fig.tight_layout()
    fig.savefig(DOCS / "bench-reconcile.png", dpi=100)
    print(f"wrote {DOCS / 'bench-reconcile.png'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,300,1000,3000,10000")
    parser.add_argument("--plot-only", action="store_true", help="redraw from the CSV")
    parser.add_argument("--ingest", type=int, default=0, metavar="N",
                        help="instead: 50 new documents into an empty store and one of N")
    args = parser.parse_args()
    if args.ingest:
        print(measure_ingest(base_records(), args.ingest), flush=True)
        return
    if args.plot_only:
        rows = read_csv(DOCS / "bench-reconcile.csv")
        draw(rows, f"Cross-document stage ({rows[0]['machine']})")
        return
    about = machine()
    records = base_records()
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        row = {**measure(records, size), "machine": about}
        rows.append(row)
        print(row, flush=True)
    write_csv(DOCS / "bench-reconcile.csv", rows)
    draw(rows, f"Cross-document stage ({about})")


if __name__ == "__main__":
    main()
