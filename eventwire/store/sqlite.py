"""SQLite store of records, with migrations recorded in the database.

One write path (:meth:`SQLiteStore.write`) in one transaction. Re-ingesting a document
replaces its records, so the same input twice is stored once.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

MIGRATIONS: tuple[tuple[str, str], ...] = (
    ("0001_records", """
        CREATE TABLE records (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            document TEXT,
            body TEXT NOT NULL
        );
        CREATE INDEX records_kind ON records(kind);
        CREATE INDEX records_document ON records(document);
    """),
)

CROSS_DOCUMENT = ("agreement", "story", "discrepancy")
KIND_ORDER = ("document", "passage", "statement", "event", "agreement", "story", "discrepancy")


class SQLiteStore:
    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self.db = sqlite3.connect(self.path)
        self.db.execute("PRAGMA journal_mode=WAL")
        self._migrate()

    def _migrate(self) -> None:
        with self.db:
            self.db.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, "
                            "applied TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)")
            done = {row[0] for row in self.db.execute("SELECT name FROM migrations")}
            for name, sql in MIGRATIONS:
                if name not in done:
                    self.db.executescript(sql)
                    self.db.execute("INSERT INTO migrations(name) VALUES (?)", (name,))

    def migrations(self) -> list[str]:
        return [row[0] for row in self.db.execute("SELECT name FROM migrations ORDER BY name")]

    def write(self, records: Iterable[dict[str, Any]]) -> int:
        """Store per-document records, replacing earlier records of the same documents."""
        rows = [r for r in records if r["kind"] not in CROSS_DOCUMENT]
        documents = sorted({r["id"] for r in rows if r["kind"] == "document"})
        with self.db:
            for doc_id in documents:
                self.db.execute("DELETE FROM records WHERE document = ? OR id = ?", (doc_id, doc_id))
            self.db.executemany(
                "INSERT OR REPLACE INTO records(id, kind, document, body) VALUES (?, ?, ?, ?)",
                [(r["id"], r["kind"], r.get("document"), json.dumps(r, ensure_ascii=False))
                 for r in rows],
            )
        return len(rows)

    def write_cross_document(self, records: Iterable[dict[str, Any]]) -> None:
        """Replace the cross-document records (they are rebuilt from the whole store)."""
        with self.db:
            self.db.execute(f"DELETE FROM records WHERE kind IN {CROSS_DOCUMENT}")
            self.db.executemany(
                "INSERT OR REPLACE INTO records(id, kind, document, body) VALUES (?, ?, NULL, ?)",
                [(r["id"], r["kind"], json.dumps(r, ensure_ascii=False)) for r in records],
            )

    def records(self, kinds: Iterable[str] | None = None) -> Iterator[dict[str, Any]]:
        wanted = tuple(kinds) if kinds else KIND_ORDER
        for kind in wanted:
            for (body,) in self.db.execute(
                "SELECT body FROM records WHERE kind = ? ORDER BY rowid", (kind,)
            ):
                yield json.loads(body)

    def counts(self) -> dict[str, int]:
        return dict(self.db.execute("SELECT kind, COUNT(*) FROM records GROUP BY kind").fetchall())

    def close(self) -> None:
        self.db.close()


def open_store(path: str | Path) -> SQLiteStore:
    return SQLiteStore(path)
