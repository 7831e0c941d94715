"""SQLite store: the embedded default, with FTS5 search that folds case and accents.

Migrations are named and recorded in the ``migrations`` table; a new one is appended to
:data:`MIGRATIONS`, never edited in place.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from eventwire.store.base import (
    CROSS_DOCUMENT,
    KIND_ORDER,
    MARK_END,
    MARK_START,
    EventFilter,
    Page,
    SQLStore,
    search_tokens,
)


def _backfill_v1(store: SQLStore) -> None:
    """Move records of the first store layout (0001) into the ordered, typed layout."""
    bodies = [b for (b,) in store._x("SELECT body FROM records_v1 ORDER BY rowid").fetchall()]
    records = [json.loads(b) for b in bodies]
    store._insert([r for r in records if r["kind"] not in CROSS_DOCUMENT], section=0)
    store._insert([r for r in records if r["kind"] in CROSS_DOCUMENT], section=1)
    store._x("DROP TABLE records_v1")


MIGRATIONS: tuple[tuple[str, str | Callable[[SQLStore], None]], ...] = (
    # the spine's first layout, kept verbatim so databases made with it migrate forward
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
    ("0002_ordered_records", """
        DROP INDEX IF EXISTS records_kind;
        DROP INDEX IF EXISTS records_document;
        ALTER TABLE records RENAME TO records_v1;
        CREATE TABLE records (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            document TEXT,
            section INTEGER NOT NULL,
            doc_order INTEGER NOT NULL,
            body TEXT NOT NULL
        );
        CREATE INDEX records_kind ON records(kind, section, doc_order, seq);
        CREATE INDEX records_document ON records(document);
        CREATE INDEX records_order ON records(section, doc_order, seq);
        CREATE TABLE document_order (document TEXT PRIMARY KEY, ord INTEGER NOT NULL);
    """),
    ("0003_typed_tables", """
        CREATE TABLE documents (id TEXT PRIMARY KEY, title TEXT, url TEXT, outlet TEXT,
            language TEXT, published TEXT, reference_date TEXT, text TEXT);
        CREATE TABLE passages (id TEXT PRIMARY KEY, document TEXT NOT NULL, idx INTEGER,
            heading TEXT, span_start INTEGER, span_end INTEGER, published TEXT);
        CREATE INDEX passages_document ON passages(document);
        CREATE TABLE statements (id TEXT PRIMARY KEY, document TEXT NOT NULL, passage TEXT,
            speaker_name TEXT, speaker_canonical TEXT, speaker_country TEXT,
            speaker_sector TEXT, speaker_type TEXT, channel TEXT, direct INTEGER, text TEXT,
            span_start INTEGER, span_end INTEGER, date TEXT);
        CREATE INDEX statements_document ON statements(document);
        CREATE INDEX statements_country ON statements(speaker_country);
        CREATE TABLE events (id TEXT PRIMARY KEY, document TEXT NOT NULL, passage TEXT,
            type TEXT, mode TEXT, date TEXT, modality TEXT, statement TEXT,
            location_name TEXT, location_country TEXT, lat REAL, lon REAL,
            span_start INTEGER, span_end INTEGER, confidence REAL);
        CREATE INDEX events_document ON events(document);
        CREATE INDEX events_type ON events(type);
        CREATE INDEX events_date ON events(date);
        CREATE INDEX events_modality ON events(modality);
        CREATE TABLE agreements (id TEXT PRIMARY KEY, subject TEXT, status TEXT,
            start_date TEXT, end_date TEXT, duration_days REAL);
        CREATE TABLE stories (id TEXT PRIMARY KEY, title TEXT);
        CREATE TABLE discrepancies (id TEXT PRIMARY KEY, subject TEXT, attribute TEXT,
            n_values INTEGER);
        CREATE TABLE actors (record TEXT NOT NULL, document TEXT, role TEXT NOT NULL,
            position INTEGER NOT NULL, name TEXT, canonical TEXT, country TEXT, sector TEXT,
            type TEXT, folded TEXT);
        CREATE INDEX actors_record ON actors(record);
        CREATE INDEX actors_country ON actors(country, role);
        CREATE TABLE links (source TEXT NOT NULL, document TEXT, relation TEXT NOT NULL,
            target TEXT);
        CREATE INDEX links_source ON links(source);
        CREATE INDEX links_target ON links(target, relation);
    """),
    ("0004_search_fts5", """
        CREATE VIRTUAL TABLE search USING fts5(heading, body,
            tokenize = 'unicode61 remove_diacritics 2');
    """),
    ("0005_backfill_first_layout", _backfill_v1),
    # what story grouping reads of a document (eventwire.reconcile.profiles), kept so an
    # ingest need not read its candidates' records and compute it again
    ("0006_profiles", """
        CREATE TABLE profiles (document TEXT PRIMARY KEY, version INTEGER NOT NULL,
            body TEXT NOT NULL);
    """),
    ("0007_backfill_profiles", SQLStore._profiles_made_later),
    # the holders of a key read from the index alone (an ingest asks for those of thousands)
    ("0008_links_target_source", """
        DROP INDEX IF EXISTS links_target;
        CREATE INDEX links_target ON links(target, relation, source);
    """),
    # an ingest leaves out the candidates written long before or after its documents:
    # their period is read from this index, not their profiles
    ("0009_profile_periods", """
        ALTER TABLE profiles ADD COLUMN low INTEGER;
        ALTER TABLE profiles ADD COLUMN high INTEGER;
        CREATE INDEX profiles_period ON profiles(document, version, low, high);
    """),
    ("0010_index_profiles", SQLStore._index_profiles),
    # how many documents (no copies) hold each story feature: an ingest weighs the
    # features of the documents it reconciles again by all stored documents, as one
    # batch of them would
    ("0011_feature_counts", """
        CREATE TABLE feature_counts (feature TEXT PRIMARY KEY, documents INTEGER NOT NULL);
        CREATE TABLE copies (document TEXT PRIMARY KEY);
    """),
    ("0012_count_features", SQLStore._count_all_features),
)


CACHE_KIB = 65536  # the page cache of a connection (see SQLiteStore.__init__)


class SQLiteStore(SQLStore):
    """Records in one SQLite file (WAL mode, so the web app can read while an ingest writes)."""

    migrations_sql = MIGRATIONS
    profile_periods = "profiles INDEXED BY profiles_period"

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        connection = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA busy_timeout=10000")
        # An ingest into a big store reads and then writes a few thousand scattered pages of
        # the links index (the new documents' keys and their holders): with SQLite's default
        # 2 MB cache it read them twice (system time 0.10 s of an ingest into 10,000
        # documents, against 0.01 s into an empty store). 64 MB holds them; memory used
        # only as pages are read.
        connection.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        super().__init__(connection)

    def _begin_write(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def _run_script(self, sql: str) -> None:
        for statement in sql.split(";"):
            if statement.strip():
                self.db.execute(statement)

    def _index_search(self, rows: list[tuple[int, str, str]]) -> None:
        self._many("INSERT INTO search(rowid, heading, body) VALUES (?, ?, ?)", rows)

    def _unindex_search(self, seqs: list[int]) -> None:
        self._many("DELETE FROM search WHERE rowid = ?", [(s,) for s in seqs])

    def search(self, query: str, *, kinds: Sequence[str] = ("document", "statement"),
               limit: int = 20, offset: int = 0) -> Page:
        """Documents and statements matching every word (prefixes too), best first.

        Each item is ``{"kind", "id", "document", "heading", "snippet", "record"}``; the
        snippet marks hits with ``\\x02``/``\\x03`` so a page can escape it, then highlight.
        """
        tokens = search_tokens(query)
        if not tokens:
            return Page([], 0, limit, offset)
        match = " ".join(f'"{t}"*' if len(t) >= 3 else f'"{t}"' for t in tokens)
        marks = ", ".join("?" for _ in kinds)
        base = (f"FROM search JOIN records r ON r.seq = search.rowid "
                f"WHERE search MATCH ? AND r.kind IN ({marks})")
        params = [match, *kinds]
        with self._lock:
            total = int(self._x(f"SELECT COUNT(*) {base}", params).fetchone()[0])
            rows = self._x(
                f"SELECT r.kind, r.id, r.document, search.heading, "
                f"snippet(search, 1, '{MARK_START}', '{MARK_END}', '…', 24), r.body {base} "
                "ORDER BY bm25(search), r.seq LIMIT ? OFFSET ?",
                [*params, max(0, min(limit, 200)), max(0, offset)]).fetchall()
        items = [{"kind": k, "id": i, "document": d, "heading": h, "snippet": s,
                  "record": _record(b)} for k, i, d, h, s, b in rows]
        return Page(items, total, limit, offset)


def _record(body: str) -> dict[str, Any]:
    return json.loads(body)


__all__ = ["CROSS_DOCUMENT", "KIND_ORDER", "MARK_END", "MARK_START", "MIGRATIONS", "EventFilter",
           "SQLiteStore"]
