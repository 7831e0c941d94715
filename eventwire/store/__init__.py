"""The store: SQLite by default, PostgreSQL through the same interface for a shared store.

``open_store(path_or_url)`` is the one door: a file path (or ``sqlite:///path``) opens
SQLite, a ``postgresql://`` URL opens PostgreSQL.
"""

from __future__ import annotations

from eventwire.store.base import EventFilter, Page, SQLStore
from eventwire.store.sqlite import SQLiteStore, open_store

__all__ = ["EventFilter", "Page", "SQLStore", "SQLiteStore", "open_store"]
