"""The store: SQLite by default (see :mod:`eventwire.store.sqlite`)."""

from __future__ import annotations

from eventwire.store.sqlite import SQLiteStore, open_store

__all__ = ["SQLiteStore", "open_store"]
