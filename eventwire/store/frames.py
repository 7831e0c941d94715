"""For notebooks: ``eventwire.connect(path_or_url)`` and ``store.dataframe(kind)``.

A DataFrame has the columns of the CSV/Parquet exports (eventwire.export.tables), so a
notebook, an export and a spreadsheet agree; pandas is the optional ``[pandas]`` extra.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from eventwire.export.tables import TABLE_KIND, TABLES, column_types, table_rows

PANDAS_DTYPES = {"str": "string", "int": "Int64", "float": "Float64", "bool": "boolean"}


def connect(target: str | Path) -> Any:
    """The store at a SQLite path (or ``sqlite:///path``) or a ``postgresql://`` URL.

    Unlike :func:`eventwire.open_store`, a SQLite file must already exist: a typo in a
    notebook raises FileNotFoundError instead of creating an empty store."""
    from eventwire.store import open_store

    text = str(target)
    if "://" not in text or text.startswith("sqlite:///"):
        path = Path(text.removeprefix("sqlite:///"))
        if text != ":memory:" and not path.exists():
            raise FileNotFoundError(f"{path}: no such store (build one with `eventwire ingest`)")
    return open_store(target)


def table_for(kind: str) -> str:
    """'event' or 'events' -> 'events'; ValueError names the kinds on a wrong one."""
    if kind in TABLES:
        return kind
    for table, table_kind in TABLE_KIND.items():
        if table_kind == kind:
            return table
    kinds = ", ".join(TABLE_KIND.values())
    raise ValueError(f"unknown record kind {kind!r} (choose from {kinds})")


def dataframe(store: Any, kind: str) -> Any:
    """The records of one kind as a pandas DataFrame, one row per record, typed columns."""
    table = table_for(kind)
    try:
        import pandas as pd
    except ImportError:
        raise ImportError("store.dataframe() needs pandas: pip install 'eventwire[pandas]'") \
            from None
    wanted = ("document",) if TABLE_KIND[table] == "document" else \
        ("document", TABLE_KIND[table])
    columns, rows = table_rows(store.records(wanted), table)
    frame = pd.DataFrame(rows, columns=columns, dtype=object)
    return frame.astype({name: PANDAS_DTYPES[typ]
                         for name, typ in zip(columns, column_types(table), strict=True)})
