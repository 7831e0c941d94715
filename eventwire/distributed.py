"""The per-document stage on a Dask cluster: shards in, one output part per shard.

For backfills (millions of documents) that one machine's cores cannot take in time. The
inputs are cut into shards (a JSONL or Parquet file is a shard; plain text and HTML files
are grouped ``files_per_shard`` at a time); a ``dask.bag`` maps the per-document stage over
the shards, and each shard's worker writes its own part (``part-00000.jsonl`` or one
Parquet file per flat table), so nothing but a small summary comes back to the client.

The records of a part are byte-identical to what one process writes for those documents
(:func:`eventwire.parallel.extract_one` runs the same functions as the API). Two things stay
out on purpose and belong to the ingest that follows (``docs/scale.md``): the cross-document
stage (``reconcile``, over the whole store) and duplicate ids across shards (the store
replaces a re-ingested document, never duplicates it).

Run as ``python -m eventwire.distributed PATH... --output DIR [--address tcp://host:8786]``;
without an address a local cluster of one worker per core is started (and the
``__main__`` guard below keeps its spawned workers from starting clusters of their own).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.ingest import readers
from eventwire.ingest.decode import MAX_BYTES, repair
from eventwire.ingest.errors import InputError
from eventwire.model import Document

__all__ = ["DaskSummary", "Shard", "extract_dask", "make_shards", "read_shard"]

FORMATS = ("jsonl", "parquet")
SHARD_SUFFIXES = readers.JSONL_SUFFIXES | {".parquet"}  # a file of many documents
FILES_PER_SHARD = 200


@dataclass(frozen=True)
class Shard:
    """A unit of work: some files, with the folder their document ids are relative to."""

    number: int
    files: tuple[str, ...]
    root: str | None = None  # ids as ``eventwire extract DIR`` gives them: relative paths


@dataclass
class DaskSummary:
    documents: int = 0
    records: int = 0
    errors: list[str] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)


def make_shards(paths: Iterable[str], files_per_shard: int = FILES_PER_SHARD) -> list[Shard]:
    """Shards in a stable order: each JSONL or Parquet file alone, other files in groups."""
    units: list[tuple[tuple[str, ...], str | None]] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file()
                           and _suffix(p) in readers.KNOWN_SUFFIXES | SHARD_SUFFIXES)
            units += _grouped([str(f) for f in files], str(path), files_per_shard)
        else:
            units += _grouped([str(path)], None, files_per_shard)
    return [Shard(n, files, root) for n, (files, root) in enumerate(units)]


def _grouped(files: list[str], root: str | None,
             size: int) -> list[tuple[tuple[str, ...], str | None]]:
    units: list[tuple[tuple[str, ...], str | None]] = []
    group: list[str] = []
    for file in files:
        if _suffix(Path(file)) in SHARD_SUFFIXES:
            units.append(((file,), root))
            continue
        group.append(file)
        if len(group) == size:
            units.append((tuple(group), root))
            group = []
    if group:
        units.append((tuple(group), root))
    return units


def _suffix(path: Path) -> str:
    return readers._suffix(path)


def read_shard(shard: Shard) -> Iterator[Document | InputError]:
    """The documents of a shard, with the ids ``eventwire extract`` would give them."""
    for name in shard.files:
        path = Path(name)
        if not path.exists():
            yield InputError(name, "no such file or directory")
        elif _suffix(path) == ".parquet":
            yield from _read_parquet(path)
        elif shard.root is None:
            yield from readers.read_inputs([name])
        else:
            # the id `eventwire extract DIR` gives: the path under the folder, extension kept
            yield from readers._read_file(path, path.relative_to(shard.root).as_posix(),
                                          MAX_BYTES)


def _read_parquet(path: Path) -> Iterator[Document | InputError]:
    """Rows with a ``text`` column (and optionally id, language, published...) as documents."""
    import pyarrow.parquet as pq

    try:
        table = pq.ParquetFile(path)
    except Exception as error:
        yield InputError(str(path), f"cannot read Parquet ({type(error).__name__}: {error})")
        return
    number = 0
    for batch in table.iter_batches(batch_size=1000):
        for row in batch.to_pylist():
            number += 1
            where = f"{path}:{number}"
            if not isinstance(row.get("text"), str) or not row["text"].strip():
                yield InputError(where, "missing or empty 'text' field")
                continue
            row["text"] = repair(row["text"])
            yield readers.make_document(row, where)


def _run_shards(shards: list[Shard], output: str, fmt: str, reference_date: str | None,
                language: str | None) -> list[dict[str, Any]]:
    """One bag partition: extract each shard's documents and write its part."""
    from eventwire.parallel import Extracted, stream_documents

    summaries = []
    for shard in shards:
        records: list[dict[str, Any]] = []
        errors: list[str] = []
        documents = 0
        for out in stream_documents(read_shard(shard), jobs=1, reference_date=reference_date,
                                    language=language):
            if isinstance(out, Extracted) and out.error is None:
                documents += 1
                records.extend(out.records)
            else:
                errors.append(str(out if isinstance(out, InputError) else out.error))
        parts = _write_part(records, Path(output), shard.number, fmt)
        summaries.append({"documents": documents, "records": len(records), "errors": errors,
                          "parts": parts})
    return summaries


def _write_part(records: list[dict[str, Any]], output: Path, number: int,
                fmt: str) -> list[str]:
    from eventwire.export import write_records
    from eventwire.export.tables import TABLE_KIND

    if fmt == "jsonl":
        path = output / f"part-{number:05d}.jsonl"
        write_records(records, "jsonl", path)
        return [str(path)]
    parts = []
    kinds = {r["kind"] for r in records}
    for table, kind in TABLE_KIND.items():
        if kind in kinds:
            path = output / table / f"part-{number:05d}.parquet"
            path.parent.mkdir(parents=True, exist_ok=True)
            write_records(records, "parquet", path, table=table)
            parts.append(str(path))
    return parts


def extract_dask(
    paths_or_shards: Iterable[str] | Iterable[Shard],
    *,
    output: str | Path,
    address: str | None = None,
    fmt: str = "jsonl",
    reference_date: str | None = None,
    language: str | None = None,
    workers: int | None = None,
) -> DaskSummary:
    """Run the per-document stage over shards on a Dask cluster and write one part per shard.

    ``address`` is a running scheduler (``tcp://host:8786``); None starts a local cluster of
    ``workers`` processes (default: one per core) for the call. ``output`` is a folder (the
    workers must see it: a shared file system for a real cluster). ``fmt`` is ``jsonl`` (the
    contract's records) or ``parquet`` (one folder per flat table, as ``eventwire export``).
    """
    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    given = list(paths_or_shards)
    shards = [s for s in given if isinstance(s, Shard)] or make_shards(map(str, given))
    out = Path(output).resolve()
    out.mkdir(parents=True, exist_ok=True)
    summary = DaskSummary()
    if not shards:
        return summary

    cluster = None
    if address is None:
        from eventwire.parallel import default_jobs

        cluster = LocalCluster(n_workers=workers or default_jobs(), threads_per_worker=1,
                               processes=True, dashboard_address=None)
    try:
        with Client(address or cluster) as client:
            bag = db.from_sequence(shards, npartitions=len(shards))
            found = bag.map_partitions(_run_shards, str(out), fmt, reference_date, language)
            for item in client.compute(found, sync=True):
                summary.documents += item["documents"]
                summary.records += item["records"]
                summary.errors += item["errors"]
                summary.parts += item["parts"]
    finally:
        if cluster is not None:
            cluster.close()
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", help="files, folders, JSONL or Parquet shards")
    parser.add_argument("--output", required=True, help="folder for the parts")
    parser.add_argument("--address", help="a running Dask scheduler, tcp://host:8786")
    parser.add_argument("--format", dest="fmt", choices=FORMATS, default="jsonl")
    parser.add_argument("--date", help="reference date (YYYY-MM-DD) where a document has none")
    parser.add_argument("--lang", help="force the language (ISO 639-1)")
    parser.add_argument("--workers", type=int, help="local cluster size (no --address)")
    args = parser.parse_args(argv)
    summary = extract_dask(args.paths, output=args.output, address=args.address, fmt=args.fmt,
                           reference_date=args.date, language=args.lang, workers=args.workers)
    for error in summary.errors:
        print(f"eventwire: error: {error}", file=sys.stderr)
    print(json.dumps({"documents": summary.documents, "records": summary.records,
                      "errors": len(summary.errors), "parts": len(summary.parts)}))
    return 1 if summary.errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
