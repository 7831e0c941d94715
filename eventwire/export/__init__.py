"""Exports of the contract's records: JSON Lines (the contract itself), flat CSV and Parquet
tables, PLOVER/POLECAT-style JSON Lines and CAMEO-coded GDELT-ordered TSV.

:func:`write_records` is the one entry point. Text formats write to a text stream; Parquet
is binary and takes a path or a binary stream (a text stream with a ``buffer``, such as
``sys.stdout``, is unwrapped).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from eventwire.export.cameo import write_cameo
from eventwire.export.jsonl import write_jsonl
from eventwire.export.plover import write_plover
from eventwire.export.tables import TABLES, column_types, table_rows

FORMATS = ("jsonl", "csv", "parquet", "plover", "cameo")
BINARY_FORMATS = ("parquet",)

__all__ = ["BINARY_FORMATS", "FORMATS", "TABLES", "write_records"]


def write_records(records: Iterable[dict[str, Any]], fmt: str, out: IO[Any] | str | Path,
                  *, table: str = "events") -> int:
    """Write records in a named format and return how many rows were written.

    ``table`` picks the flat table for csv and parquet (events, statements, documents...).
    ``ValueError`` names the choices on a wrong format or table.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    if fmt == "parquet":
        return _write_parquet(records, _binary(out), table)
    if isinstance(out, str | Path):
        with open(out, "w", encoding="utf-8", newline="") as handle:
            return write_records(records, fmt, handle, table=table)
    if fmt == "jsonl":
        return write_jsonl(records, out)
    if fmt == "csv":
        return _write_csv(records, out, table)
    if fmt == "plover":
        return write_plover(records, out)
    return write_cameo(records, out)


def _write_csv(records: Iterable[dict[str, Any]], out: IO[str], table: str) -> int:
    columns, rows = table_rows(records, table)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return len(rows)


def _binary(out: IO[Any] | str | Path) -> IO[bytes] | str:
    if isinstance(out, str | Path):
        return str(out)
    if isinstance(out, io.TextIOBase) or hasattr(out, "encoding"):
        buffer = getattr(out, "buffer", None)
        if buffer is None:
            raise ValueError("parquet is binary: give a file path (--output) or a binary stream")
        out.flush()
        return buffer
    return out


def _write_parquet(records: Iterable[dict[str, Any]], out: IO[bytes] | str, table: str) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns, rows = table_rows(records, table)
    arrow_types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(),
                   "bool": pa.bool_()}
    schema = pa.schema([(name, arrow_types[typ])
                        for name, typ in zip(columns, column_types(table), strict=True)])
    data = {name: [row[i] for row in rows] for i, name in enumerate(columns)}
    arrow_table = pa.Table.from_pydict(data, schema=schema)
    # no creation timestamp in the file metadata: the same records give the same bytes
    pq.write_table(arrow_table, out, compression="zstd", write_statistics=True)
    return len(rows)
