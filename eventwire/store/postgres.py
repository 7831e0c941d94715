"""PostgreSQL store: one store shared by a team, behind the same interface as SQLite.

Everything but the schema and full-text search is the shared SQL of :mod:`eventwire.store.base`
(psycopg's ``%s`` placeholders stand in for ``?``), so records come back in the same order
and queries answer the same as with SQLite.

- Text columns that are sorted or compared (dates, types, countries...) are ``bytewise_text``,
  text with the "C" collation, so they order by code point like SQLite whatever the
  database's locale.
- Writers are serialised across processes and machines by a transaction-level advisory lock
  (the ``BEGIN IMMEDIATE`` of SQLite); readers never wait for them. The connection is in
  autocommit mode outside writes, so a long-running ``eventwire serve`` holds no transaction.
- Search folds case and accents in Python with :func:`eventwire.store.rows.fold`, the same
  fold that actor matching uses, and indexes the folded words with the ``simple`` text-search
  configuration. No extension (``unaccent``) is needed, so a managed server where
  ``CREATE EXTENSION`` is not allowed works as well. Snippets are cut from the original text.

Migrations are named and recorded in the ``migrations`` table; a new one is appended to
:data:`MIGRATIONS`, never edited in place.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from typing import Any

from eventwire.store.base import MARK_END, MARK_START, Page, SQLStore, search_tokens
from eventwire.store.rows import fold, search_fields

# a constant key for pg_advisory_xact_lock: "eventwire" as a 64-bit integer
WRITE_LOCK = int.from_bytes(b"evtwire\x01", "big")

MIGRATIONS: tuple[tuple[str, str | Callable[[SQLStore], None]], ...] = (
    ("0001_records", """
        CREATE DOMAIN bytewise_text AS TEXT COLLATE "C";
        CREATE TABLE records (
            seq BIGINT PRIMARY KEY,
            id bytewise_text NOT NULL UNIQUE,
            kind bytewise_text NOT NULL,
            document bytewise_text,
            section INTEGER NOT NULL,
            doc_order INTEGER NOT NULL,
            body TEXT NOT NULL
        );
        CREATE INDEX records_kind ON records(kind, section, doc_order, seq);
        CREATE INDEX records_document ON records(document);
        CREATE INDEX records_order ON records(section, doc_order, seq);
        CREATE TABLE document_order (document bytewise_text PRIMARY KEY,
            ord INTEGER NOT NULL);
    """),
    ("0002_typed_tables", """
        CREATE TABLE documents (id bytewise_text PRIMARY KEY, title TEXT, url TEXT,
            outlet bytewise_text, language bytewise_text, published bytewise_text,
            reference_date bytewise_text, text TEXT);
        CREATE TABLE passages (id bytewise_text PRIMARY KEY, document bytewise_text NOT NULL,
            idx INTEGER, heading TEXT, span_start INTEGER, span_end INTEGER,
            published bytewise_text);
        CREATE INDEX passages_document ON passages(document);
        CREATE TABLE statements (id bytewise_text PRIMARY KEY,
            document bytewise_text NOT NULL, passage bytewise_text, speaker_name TEXT,
            speaker_canonical TEXT, speaker_country bytewise_text,
            speaker_sector bytewise_text, speaker_type bytewise_text, channel TEXT,
            direct BOOLEAN, text TEXT, span_start INTEGER, span_end INTEGER,
            date bytewise_text);
        CREATE INDEX statements_document ON statements(document);
        CREATE INDEX statements_country ON statements(speaker_country);
        CREATE TABLE events (id bytewise_text PRIMARY KEY, document bytewise_text NOT NULL,
            passage bytewise_text, type bytewise_text, mode bytewise_text,
            date bytewise_text, modality bytewise_text, statement bytewise_text,
            location_name TEXT, location_country bytewise_text, lat DOUBLE PRECISION,
            lon DOUBLE PRECISION, span_start INTEGER, span_end INTEGER,
            confidence DOUBLE PRECISION);
        CREATE INDEX events_document ON events(document);
        CREATE INDEX events_type ON events(type);
        CREATE INDEX events_date ON events(date);
        CREATE INDEX events_modality ON events(modality);
        CREATE TABLE agreements (id bytewise_text PRIMARY KEY, subject TEXT,
            status bytewise_text, start_date bytewise_text, end_date bytewise_text,
            duration_days DOUBLE PRECISION);
        CREATE TABLE stories (id bytewise_text PRIMARY KEY, title TEXT);
        CREATE TABLE discrepancies (id bytewise_text PRIMARY KEY, subject bytewise_text,
            attribute bytewise_text, n_values INTEGER);
        CREATE TABLE actors (record bytewise_text NOT NULL, document bytewise_text,
            role bytewise_text NOT NULL, position INTEGER NOT NULL, name TEXT,
            canonical TEXT, country bytewise_text, sector bytewise_text,
            type bytewise_text, folded bytewise_text);
        CREATE INDEX actors_record ON actors(record);
        CREATE INDEX actors_country ON actors(country, role);
        CREATE TABLE links (source bytewise_text NOT NULL, document bytewise_text,
            relation bytewise_text NOT NULL, target bytewise_text);
        CREATE INDEX links_source ON links(source);
        CREATE INDEX links_target ON links(target, relation);
    """),
    # words of the folded heading and body (see module docstring), one row per record
    ("0003_search_tsvector", """
        CREATE TABLE search (seq BIGINT PRIMARY KEY, words TSVECTOR NOT NULL);
        CREATE INDEX search_words ON search USING GIN (words);
    """),
    # what story grouping reads of a document (eventwire.reconcile.profiles), kept so an
    # ingest need not read its candidates' records and compute it again
    ("0004_profiles", """
        CREATE TABLE profiles (document bytewise_text PRIMARY KEY, version INTEGER NOT NULL,
            body TEXT NOT NULL);
    """),
    ("0005_backfill_profiles", SQLStore._profiles_made_later),
    # the holders of a key read from the index alone (an ingest asks for those of thousands)
    ("0006_links_target_source", """
        DROP INDEX IF EXISTS links_target;
        CREATE INDEX links_target ON links(target, relation, source);
    """),
    # an ingest leaves out the candidates written long before or after its documents:
    # their period is read from this index, not their profiles
    ("0007_profile_periods", """
        ALTER TABLE profiles ADD COLUMN low INTEGER, ADD COLUMN high INTEGER;
        CREATE INDEX profiles_period ON profiles(document, version, low, high);
    """),
    ("0008_index_profiles", SQLStore._index_profiles),
    # how many documents (no copies) hold each story feature: an ingest weighs the
    # features of the documents it reconciles again by all stored documents, as one
    # batch of them would
    ("0009_feature_counts", """
        CREATE TABLE feature_counts (feature bytewise_text PRIMARY KEY,
            documents INTEGER NOT NULL);
        CREATE TABLE copies (document bytewise_text PRIMARY KEY);
    """),
    ("0010_count_features", SQLStore._count_all_features),
)

_WORDS = re.compile(r"\w+")
# a word of the original text: word characters and the combining marks that fold drops
_TEXT_WORD = re.compile(r"\w[\w\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]*")
SNIPPET_WORDS = 24


def folded_words(*texts: str) -> str:
    """The words that are indexed: folded, split like :func:`search_tokens` splits a query."""
    return " ".join(w for text in texts for w in _WORDS.findall(fold(text)))


def _no_nul(params: Sequence[Any]) -> tuple[Any, ...]:
    # PostgreSQL text cannot hold NUL; bodies are JSON (NUL escaped), typed columns drop it
    return tuple(p.replace("\x00", "") if isinstance(p, str) else p for p in params)


class PostgresStore(SQLStore):
    """Records in a PostgreSQL database named by a ``postgresql://`` URL (libpq syntax, so
    ``PGPASSWORD``, ``~/.pgpass`` and ``?sslmode=`` work as usual)."""

    placeholder = "%s"
    migrations_sql = MIGRATIONS

    def __init__(self, url: str) -> None:
        try:
            import psycopg
        except ImportError as error:  # the driver is an optional extra
            raise ImportError("the PostgreSQL store needs psycopg: "
                              "pip install 'eventwire[postgres]'") from error
        self.url = url
        super().__init__(psycopg.connect(url, autocommit=True))

    # -- dialect hooks ------------------------------------------------------------------
    def _begin_write(self) -> None:
        self.db.execute("BEGIN")
        self.db.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))

    def _run_script(self, sql: str) -> None:
        self.db.execute(sql)  # no parameters: the simple protocol runs every statement

    def _x(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.db.execute(self._sql(sql), _no_nul(params))

    def _many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            self.db.cursor().executemany(self._sql(sql), [_no_nul(r) for r in rows])

    def _index_search(self, rows: list[tuple[int, str, str]]) -> None:
        self._many("INSERT INTO search(seq, words) VALUES (?, to_tsvector('simple', ?))",
                   [(seq, folded_words(heading, body)) for seq, heading, body in rows])

    def _unindex_search(self, seqs: list[int]) -> None:
        self._many("DELETE FROM search WHERE seq = ?", [(s,) for s in seqs])

    def search(self, query: str, *, kinds: Sequence[str] = ("document", "statement"),
               limit: int = 20, offset: int = 0) -> Page:
        """Documents and statements matching every word (prefixes too), best first.

        Items are shaped as :meth:`SQLiteStore.search` shapes them, snippets marked with
        ``\\x02``/``\\x03`` around the words that matched.
        """
        tokens = search_tokens(query)
        if not tokens or not kinds:
            return Page([], 0, limit, offset)
        # tokens are word characters only, so quoting them is all the escaping needed
        match = " & ".join(f"'{t}':*" if len(t) >= 3 else f"'{t}'" for t in tokens)
        marks = ", ".join("?" for _ in kinds)
        base = ("FROM search s JOIN records r ON r.seq = s.seq "
                "CROSS JOIN to_tsquery('simple', ?) AS q "
                f"WHERE s.words @@ q AND r.kind IN ({marks})")
        params = [match, *kinds]
        with self._lock:
            total = int(self._x(f"SELECT COUNT(*) {base}", params).fetchone()[0])
            rows = self._x(f"SELECT r.kind, r.id, r.document, r.body {base} "
                           "ORDER BY ts_rank(s.words, q, 1) DESC, r.seq LIMIT ? OFFSET ?",
                           [*params, max(0, min(limit, 200)), max(0, offset)]).fetchall()
        items = []
        for kind, rid, document, body in rows:
            record = json.loads(body)
            heading, text = search_fields(record) or ("", "")
            items.append({"kind": kind, "id": rid, "document": document, "heading": heading,
                          "snippet": snippet(text, tokens), "record": record})
        return Page(items, total, limit, offset)


def _hit(word: str, tokens: Sequence[str]) -> bool:
    pieces = _WORDS.findall(fold(word))
    return any(p == t or (len(t) >= 3 and p.startswith(t)) for p in pieces for t in tokens)


def snippet(text: str, tokens: Sequence[str], width: int = SNIPPET_WORDS) -> str:
    """Up to ``width`` words of ``text`` around the most hits, hits between ``\\x02`` and
    ``\\x03``, "…" where the text was cut (what SQLite's FTS5 ``snippet()`` gives)."""
    words = [(m.start(), m.end(), _hit(m.group(), tokens)) for m in _TEXT_WORD.finditer(text)]
    if not words:
        return text
    hits = [i for i, (_, _, hit) in enumerate(words) if hit]
    start = 0
    if hits:  # the window, a little before a hit, that holds the most hits (first on ties)
        starts = [max(0, min(h - width // 4, len(words) - width)) for h in hits]
        start = max(starts, key=lambda s: (sum(s <= h < s + width for h in hits), -s))
    chosen = words[start:start + width]
    out, pos = [], chosen[0][0]
    for begin, end, hit in chosen:
        out.append(text[pos:begin])
        out.append(f"{MARK_START}{text[begin:end]}{MARK_END}" if hit else text[begin:end])
        pos = end
    lead = "…" if start > 0 else text[:chosen[0][0]]
    tail = "…" if start + width < len(words) else text[pos:]
    return lead + "".join(out) + tail


__all__ = ["MIGRATIONS", "PostgresStore", "folded_words", "snippet"]
