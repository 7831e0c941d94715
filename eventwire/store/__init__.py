"""The store: SQLite by default, PostgreSQL through the same interface for a shared store.

``open_store(path_or_url)`` is the one door: a file path (or ``sqlite:///path``) opens
SQLite, a ``postgresql://`` URL opens PostgreSQL (needs the ``postgres`` extra, psycopg).
"""

from __future__ import annotations

from pathlib import Path

from eventwire.store.base import EventFilter, Page, SQLStore
from eventwire.store.contract import InvalidRecord
from eventwire.store.postgres import PostgresStore
from eventwire.store.sqlite import SQLiteStore

POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def open_store(target: str | Path) -> SQLStore:
    """A store for a file path or a ``sqlite:///path`` / ``postgresql://...`` URL."""
    text = str(target)
    if text.startswith(("postgresql:/", "postgres:/")) and "://" not in text:
        text = text.replace(":/", "://", 1)  # a URL that went through pathlib.Path
    if text.startswith(POSTGRES_SCHEMES):
        return PostgresStore(text)
    if text.startswith("sqlite:///"):
        text = text[len("sqlite:///"):]
    return SQLiteStore(text)


__all__ = ["EventFilter", "InvalidRecord", "Page", "PostgresStore", "SQLStore", "SQLiteStore",
           "open_store"]
