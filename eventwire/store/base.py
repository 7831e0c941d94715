"""What every store does, written once over DB-API: the write path, ordering and queries.

A backend (SQLite, PostgreSQL) brings a connection, its migrations, its placeholder style and
its full-text search; everything else lives here so the two cannot drift apart.

Order of :meth:`SQLStore.records`: documents in the order they were first stored (a changed
document keeps its place), each document's records in the order they were written, then the
cross-document records (agreements, stories, discrepancies) in the order they were written.
That is the order ``eventwire extract`` prints, so an export of a store built from one
ingest equals the extract output, byte for byte.
"""

from __future__ import annotations

import gc
import json
import os
import re
import signal
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from eventwire.store.contract import check_records
from eventwire.store.rows import KIND_TABLE, TABLES, fold, rows_for, search_fields

if TYPE_CHECKING:
    from eventwire.reconcile.profiles import Profile
    from eventwire.reconcile.stories import Frequencies

CROSS_DOCUMENT = ("agreement", "story", "discrepancy")
KIND_ORDER = ("document", "passage", "statement", "event", "fact", "agreement", "story",
              "discrepancy")
MAX_PAGE = 1000
# a test hook: the phase of an ingest at which the process kills itself (kill -9), to show
# that a crash at any point leaves the store as it was before the ingest
KILL_AT_ENV = "EVENTWIRE_TEST_KILL_AT"
INGEST_PHASES = ("documents-written", "rebuild-written", "committed")
NEIGHBOURHOOD = "neighbourhood"  # links relation: a document files its neighbourhood keys

# search snippet markers: control characters that cannot come from a query, turned into <mark>
# by whoever renders the snippet after escaping it
MARK_START, MARK_END = "\x02", "\x03"

# tables whose rows belong to a record through this column
_OWNER_COLUMN = {**{t: "id" for t in KIND_TABLE.values()}, "actors": "record", "links": "source",
                 "profiles": "document", "copies": "document"}


@dataclass
class EventFilter:
    """Filters on events; every field is optional and they combine with AND."""

    actor: str | None = None  # name or canonical, accents and case ignored, substring
    country: str | None = None  # ISO alpha-3 / organisation code of an actor or recipient
    type: str | None = None  # PLOVER type
    modality: str | None = None
    date_from: str | None = None  # inclusive, ISO prefix compare
    date_to: str | None = None  # inclusive
    document: str | None = None
    located: bool = False  # only events with coordinates


@dataclass
class Page:
    """One page of records and the total that matched."""

    items: list[dict[str, Any]] = field(default_factory=list)
    total: int = 0
    limit: int = 50
    offset: int = 0


def dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def search_tokens(query: str) -> list[str]:
    """Words of a user's query, folded; the backends build their own query syntax from them."""
    return [t for t in re.findall(r"\w+", fold(query)) if t]


class SQLStore:
    """A store of contract records over a DB-API connection (see module docstring)."""

    placeholder = "?"
    # where the publication periods of profiles are read from (SQLite's planner would read
    # the profiles themselves through their primary key, not the covering index)
    profile_periods = "profiles"
    migrations_sql: tuple[tuple[str, Any], ...] = ()  # (name, SQL script or callable(store))

    def __init__(self, connection: Any) -> None:
        self.db = connection
        self._lock = threading.RLock()
        # the features of profiles stored by a migration are counted by the one that
        # counts them all (0012 in SQLite), which runs after the table exists
        self._counting = False
        self._migrate()
        self._counting = True

    # -- dialect hooks ------------------------------------------------------------------
    def _begin_write(self) -> None:
        """Serialise writers (one write path): SQLite's BEGIN IMMEDIATE, PostgreSQL's lock."""

    def _run_script(self, sql: str) -> None:
        raise NotImplementedError

    def _index_search(self, rows: list[tuple[int, str, str]]) -> None:
        raise NotImplementedError

    def _unindex_search(self, seqs: list[int]) -> None:
        raise NotImplementedError

    def search(self, query: str, *, kinds: Sequence[str] = ("document", "statement"),
               limit: int = 20, offset: int = 0) -> Page:
        raise NotImplementedError

    # -- plumbing -----------------------------------------------------------------------
    def _sql(self, sql: str) -> str:
        return sql if self.placeholder == "?" else sql.replace("?", self.placeholder)

    def _x(self, sql: str, params: Sequence[Any] = ()) -> Any:
        cur = self.db.cursor()
        cur.execute(self._sql(sql), tuple(params))
        return cur

    def _many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            self.db.cursor().executemany(self._sql(sql), [tuple(r) for r in rows])

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        with self._lock:
            try:
                self._begin_write()
                yield
            except BaseException:
                self.db.rollback()
                raise
            else:
                self.db.commit()

    def _migrate(self) -> None:
        with self._transaction():
            self._run_script("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, "
                             "applied TEXT NOT NULL)")
            done = {row[0] for row in self._x("SELECT name FROM migrations").fetchall()}
            for name, sql in self.migrations_sql:
                if name not in done:
                    if callable(sql):
                        sql(self)
                    else:
                        self._run_script(sql)
                    self._x("INSERT INTO migrations(name, applied) VALUES (?, ?)",
                            (name, _now()))

    def migrations(self) -> list[str]:
        """Names of the migrations applied to this database, in order."""
        with self._lock:
            return [r[0] for r in self._x("SELECT name FROM migrations ORDER BY name").fetchall()]

    # -- the write path -----------------------------------------------------------------
    # Every record is checked against the contract (InvalidRecord, nothing written) before
    # the transaction that stores it begins.
    def write(self, records: Iterable[dict[str, Any]]) -> int:
        """Store per-document records; a document record replaces everything of that document.

        Re-ingesting the same input stores it once; a changed document's old passages,
        statements and events go away with it. Records of other kinds replace by id.
        """
        rows = _per_document(check_records(records))
        with self._transaction():
            self._replace_documents(rows)
        return len(rows)

    def write_cross_document(self, records: Iterable[dict[str, Any]]) -> int:
        """Replace all cross-document records (they are rebuilt from the whole store)."""
        rows = _cross_document(check_records(records))
        with self._transaction():
            self._replace_cross_document(rows)
        return len(rows)

    def ingest(self, records: Iterable[dict[str, Any]],
               rebuild: Callable[[list[dict[str, Any]]], Iterable[dict[str, Any]]]) -> int:
        """Store per-document records and rebuild the cross-document records they bear on,
        in one transaction.

        ``rebuild`` gets the per-document records of the new documents' neighbourhood (see
        :mod:`eventwire.reconcile.incremental`: documents sharing a key with them, and the
        whole stories, agreements and discrepancies those belong to) and returns their
        cross-document records, which replace the old ones of that neighbourhood. Into an
        empty store that is every record. A crash or an error at any point leaves the
        store as it was: readers never see documents without their stories.
        """
        # What the caller holds (a batch of 10,000 documents in a benchmark, a web app's
        # caches) lives through the ingest: the garbage collector need not walk it at every
        # collection the reading and checking of records trigger (as in reconcile).
        gc.freeze()
        try:
            return self._ingest(records, rebuild)
        finally:
            gc.unfreeze()

    def _ingest(self, records: Iterable[dict[str, Any]],
                rebuild: Callable[[list[dict[str, Any]]], Iterable[dict[str, Any]]]) -> int:
        rows = _per_document(check_records(records))
        per_document_kinds = [k for k in KIND_ORDER if k not in CROSS_DOCUMENT]
        new_docs = list(dict.fromkeys(r["id"] if r["kind"] == "document" else r["document"]
                                      for r in rows if r["kind"] == "document"
                                      or r.get("document")))
        with self._transaction():
            self._replace_documents(rows)
            found = _profiles_and_keys(rows)
            filed = [(doc, key) for doc in sorted(found) for key in found[doc][1]]
            profiles = {doc: profile for doc, (profile, _) in found.items()}
            stored = self._file_missing_keys(per_document_kinds, set(found))
            # The neighbours are looked for before the new documents file their keys: the
            # holders read are then stored documents only (a third fewer rows).
            # Into a store that held none but these documents, none can be their neighbour.
            docs, old_cross = self._neighbourhood(
                new_docs, profiles, filed if stored > len(set(new_docs)) else [])
            self._file(found)
            _phase("documents-written")
            rebuilt = self._rebuild(docs, per_document_kinds, rebuild)
            # A rebuilt record equal to the stored one (a story the new documents did not
            # join) stays as it is: neither checked again nor rewritten.
            kept = self._unchanged(rebuilt, old_cross)
            cross = _cross_document(check_records(
                r for r in rebuilt if not (isinstance(r, dict) and r.get("id") in kept)))
            self._delete_ids(sorted(old_cross - kept))
            self._delete_ids([r["id"] for r in cross])
            self._insert(cross, section=1)
            _phase("rebuild-written")
        _phase("committed")
        return len(rows)

    def _rebuild(self, docs: set[str], kinds: list[str],
                 rebuild: Callable[[list[dict[str, Any]]], Iterable[dict[str, Any]]]
                 ) -> list[Any]:
        """``rebuild`` the records of a neighbourhood, grouping weighing their features by
        how many of all stored documents hold them (:func:`stories.counted_by`), as one
        reconcile of everything stored would: a story does not split or join by which
        documents an ingest happens to reconcile together."""
        from eventwire.reconcile.stories import counted_by

        features = {f for p in self._profiles(docs, kinds).values() for f in p.features}
        with counted_by(self._others(features, docs)):
            rebuilt = list(rebuild(self._records_of(docs, kinds)))
        self._set_copies(docs, _copies(rebuilt))
        return rebuilt

    def _unchanged(self, rebuilt: list[Any], stored_ids: set[str]) -> set[str]:
        """Ids among ``stored_ids`` whose rebuilt record is the stored one, byte for byte."""
        bodies = {r["id"]: dumps(r) for r in rebuilt
                  if isinstance(r, dict) and r.get("id") in stored_ids}
        found = self._linked("SELECT id, body FROM records WHERE +section = 1 AND "
                             "id IN ({marks})", bodies)
        return {rid for rid, body in found if bodies.get(rid) == body}

    # -- the neighbourhood of an ingest (eventwire.reconcile.incremental) -----------------
    def _file_keys(self, rows: list[dict[str, Any]]) -> None:
        """File the neighbourhood keys and store the profiles of the documents among
        ``rows``."""
        self._file(_profiles_and_keys(rows))

    def _file(self, found: dict[str, tuple[Profile, list[str]]]) -> None:
        """File documents' neighbourhood keys and store their profiles
        (:func:`eventwire.reconcile.incremental.profiles_and_keys`)."""
        self._many("INSERT INTO links(source, document, relation, target) VALUES (?, ?, ?, ?)",
                   [(doc, doc, NEIGHBOURHOOD, key) for doc in sorted(found)
                    for key in found[doc][1]])
        self._store_profiles({doc: profile for doc, (profile, _) in found.items()})

    def _store_profiles(self, profiles: dict[str, Profile]) -> None:
        """Store profiles, their publication period in columns too (:meth:`_within`)."""
        from eventwire.reconcile.profiles import VERSION

        self._many("INSERT INTO profiles(document, version, body, low, high) "
                   "VALUES (?, ?, ?, ?, ?)",
                   [(doc, VERSION, p.to_json(), *(p.period or (None, None)))
                    for doc, p in sorted(profiles.items())])
        if self._counting:
            copies = {d for (d,) in self._linked("SELECT document FROM copies WHERE "
                                                 "document IN ({marks})", profiles)}
            self._count_features(Counter(f for d, p in profiles.items() if d not in copies
                                         for f in p.features), 1)

    def _remove_profiles(self, docs: Iterable[str]) -> None:
        for chunk in _chunks(sorted(docs)):
            self._uncount_profiles(chunk)
            self._x(f"DELETE FROM profiles WHERE document IN ({', '.join('?' for _ in chunk)})",
                    chunk)

    # -- how many stored documents hold each story feature (grouping's weights) ----------
    # Counted over the documents that are no copy of another (the table ``copies``, set
    # from the stories each ingest rebuilds), as grouping counts a batch's.
    def _count_features(self, counts: Counter[str], sign: int) -> None:
        """Add (``sign`` 1) or take away (-1) documents holding features to their counts."""
        if not counts or not self._counting:
            return
        self._many("INSERT INTO feature_counts(feature, documents) VALUES (?, ?) "
                   "ON CONFLICT(feature) DO UPDATE SET "
                   "documents = feature_counts.documents + excluded.documents",
                   [(f, sign * n) for f, n in sorted(counts.items())])
        if sign < 0:
            for chunk in _chunks(sorted(counts)):
                self._x("DELETE FROM feature_counts WHERE documents <= 0 AND feature IN "
                        f"({', '.join('?' for _ in chunk)})", chunk)

    def _head_features(self, docs: Iterable[str]) -> tuple[int, Counter[str]]:
        """How many of ``docs`` have a stored profile and are no copy, and the features
        of those profiles (each counted once per document)."""
        counts: Counter[str] = Counter()
        n = 0
        for (body,) in self._linked("SELECT body FROM profiles WHERE document IN ({marks}) "
                                    "AND document NOT IN (SELECT document FROM copies)", docs):
            counts.update(_profile_features(body))
            n += 1
        return n, counts

    def _uncount_profiles(self, docs: list[str]) -> None:
        """Take the features of the stored profiles of ``docs`` out of the counts."""
        if self._counting:
            self._count_features(self._head_features(docs)[1], -1)

    def _count_all_features(self) -> None:
        """The migration that counts the features of every stored profile of a document
        that is no copy (copies as the stored stories tell them)."""
        self._counting = True
        copies = sorted({c for (body,) in self._x("SELECT body FROM records WHERE "
                                                  "kind = 'story'").fetchall()
                         for cs in (_load(body).get("duplicates") or {}).values() for c in cs})
        self._many("INSERT INTO copies(document) VALUES (?)", [(c,) for c in copies])
        counts: Counter[str] = Counter()
        for (body,) in self._x("SELECT body FROM profiles WHERE document NOT IN "
                               "(SELECT document FROM copies) ORDER BY document").fetchall():
            counts.update(_profile_features(body))
        self._count_features(counts, 1)

    def _set_copies(self, docs: set[str], copies: set[str]) -> None:
        """Of ``docs``, those in ``copies`` are copies now, the others not: their features
        leave or join the counts."""
        old = {d for (d,) in self._linked("SELECT document FROM copies WHERE document IN "
                                          "({marks})", docs)}
        became, ceased = sorted(copies & docs - old), sorted(old - copies)
        self._count_features(self._head_features(became)[1], -1)
        self._many("INSERT INTO copies(document) VALUES (?)", [(d,) for d in became])
        for chunk in _chunks(ceased):
            self._x(f"DELETE FROM copies WHERE document IN ({', '.join('?' for _ in chunk)})",
                    chunk)
        self._count_features(self._head_features(ceased)[1], 1)

    def _others(self, features: Iterable[str], docs: Iterable[str]) -> Frequencies:
        """The counts of ``features`` over the stored documents that are no copy, less
        ``docs`` (the documents compared, which similarity counts itself)."""
        from eventwire.reconcile.stories import Frequencies

        total = int(self._x("SELECT COUNT(*) FROM profiles WHERE document NOT IN "
                            "(SELECT document FROM copies)").fetchone()[0])
        stored = Frequencies(total, dict(self._linked(
            "SELECT feature, documents FROM feature_counts WHERE feature IN ({marks})",
            features)))
        n, counts = self._head_features(docs)
        return stored.without(Frequencies(n, counts))

    def _within(self, docs: set[str], ranges: list[tuple[int, int]] | None) -> set[str]:
        """The documents among ``docs`` whose stored profile's publication period touches
        one of the day ``ranges`` (:func:`incremental.reach`), undated ones, and those whose
        profile is missing or of another version (made again before they are compared).
        Read from the period index, not the profiles."""
        from eventwire.reconcile.profiles import VERSION

        if ranges is None:
            return set(docs)
        out = set(docs)
        for doc, version, low, high in self._linked(
                f"SELECT document, version, low, high FROM {self.profile_periods} "
                "WHERE document IN ({marks})", docs):
            if version == VERSION and low is not None and not any(
                    low <= b and high >= a for a, b in ranges):
                out.discard(doc)
        return out

    def _profiles(self, docs: set[str], kinds: list[str]) -> dict[str, Profile]:
        """The stored profiles of some documents; those missing (documents stored before
        profiles were, or by another version of them) are computed from their records and
        stored."""
        from eventwire.reconcile.incremental import profiles_and_keys
        from eventwire.reconcile.profiles import VERSION, Profile

        out = {doc: Profile.from_json(body) for doc, version, body in self._linked(
            "SELECT document, version, body FROM profiles WHERE document IN ({marks})", docs)
            if version == VERSION}
        missing = docs - set(out)
        if missing:
            made = {doc: profile for doc, (profile, _) in
                    profiles_and_keys(self._records_of(missing, kinds)).items()}
            self._remove_profiles(made)
            self._store_profiles(made)
            out.update(made)
        return out

    def _profiles_made_later(self) -> None:
        """The migration that gave every document of an older store its profile: now
        :meth:`_index_profiles`, which runs after the profiles gain their period columns
        (this one ran before, with a table that had none)."""

    def _index_profiles(self) -> None:
        """The migration that gives every stored profile its period columns, then profiles
        the documents that have none."""
        periods: list[tuple[Any, Any, str]] = []
        for doc, body in self._x("SELECT document, body FROM profiles ORDER BY document"
                                 ).fetchall():
            period = _profile_period(body)
            if period is not None:
                periods.append((*period, doc))
        self._many("UPDATE profiles SET low = ?, high = ? WHERE document = ?", periods)
        kinds = [k for k in KIND_ORDER if k not in CROSS_DOCUMENT]
        docs = [d for (d,) in self._x("SELECT id FROM records WHERE kind = 'document' AND id "
                                      "NOT IN (SELECT document FROM profiles) ORDER BY id")]
        for chunk in _chunks(docs):
            self._profiles(set(chunk), kinds)

    def _file_missing_keys(self, kinds: list[str], new: set[str]) -> int:
        """Documents stored before keys were filed get theirs (once: they file a mark);
        ``new``, documents just written that file theirs next, are left to do so.
        How many documents the store holds."""
        documents = self._x("SELECT COUNT(*) FROM records WHERE kind = 'document'").fetchone()
        marks = self._x("SELECT COUNT(*) FROM links WHERE relation = ? AND target = ''",
                        (NEIGHBOURHOOD,)).fetchone()
        if documents[0] == marks[0] + len(new):  # every other document has filed its keys
            return int(documents[0])
        missing = [row[0] for row in self._x(
            "SELECT id FROM records WHERE kind = 'document' AND id NOT IN "
            "(SELECT source FROM links WHERE relation = ? AND target = '')",
            (NEIGHBOURHOOD,)).fetchall() if row[0] not in new]
        for chunk in _chunks(missing):
            self._remove_profiles(chunk)
            self._file_keys(self._records_of(set(chunk), kinds))
        return int(documents[0])

    def _records_of(self, docs: set[str], kinds: list[str]) -> list[dict[str, Any]]:
        """Per-document records of some documents, in the store's order.

        Looked up by document: ``+section`` and the kinds filtered here keep SQLite's planner
        off the kind and section indexes, which read every record of a kind in the store
        (0.56 of 2.5 CPU s of an ingest of 50 documents into 10,000)."""
        found: list[tuple[int, int, str, str]] = []
        wanted = set(kinds)
        for chunk in _chunks(sorted(docs)):
            marks = ", ".join("?" for _ in chunk)
            found += self._x(f"SELECT doc_order, seq, kind, body FROM records WHERE "
                             f"document IN ({marks}) AND +section = 0", chunk).fetchall()
        return [_load(body) for _, _, kind, body in sorted(found) if kind in wanted]

    def _linked(self, sql: str, values: Iterable[str], extra: Sequence[Any] = ()
                ) -> list[tuple[Any, ...]]:
        rows: list[tuple[Any, ...]] = []
        for chunk in _chunks(sorted(set(values))):
            marks = ", ".join("?" for _ in chunk)
            rows += self._x(sql.format(marks=marks), [*extra, *chunk]).fetchall()
        return rows

    def _crowded(self, keys: set[str], most: int) -> set[str]:
        """The keys among ``keys`` filed by more than ``most`` documents. Each key's holders
        are counted only up to ``most`` + 1 (the first holder past them is looked up), not
        all: a common number or name is held by thousands of documents (54,000 index
        entries counted for the 2,455 keys of 50 documents in a store of 10,000)."""
        found: set[str] = set()
        for chunk in _chunks(sorted(keys)):
            rows = ", ".join("(?)" for _ in chunk)
            found.update(k for (k,) in self._x(
                f"SELECT column1 FROM (VALUES {rows}) AS v WHERE (SELECT source FROM links "
                "WHERE relation = ? AND target = v.column1 LIMIT 1 OFFSET ?) IS NOT NULL",
                [*chunk, NEIGHBOURHOOD, most]).fetchall())
        return found

    def _crowded_with(self, new_holders: dict[str, int], most: int) -> set[str]:
        """The keys that more than ``most`` documents hold once new documents, which have not
        filed them yet, are counted: ``new_holders`` is how many of them hold each key."""
        by_count: dict[int, set[str]] = defaultdict(set)
        for key, n in new_holders.items():
            by_count[n].add(key)
        found: set[str] = set()
        for n, keys in sorted(by_count.items()):
            found |= keys if n > most else self._crowded(keys, most - n)
        return found

    def _neighbourhood(self, new_docs: list[str], profiles: dict[str, Profile],
                       filed: list[tuple[str, str]]) -> tuple[set[str], set[str]]:
        """The documents to reconcile again and the cross-document records they replace.
        ``profiles``, ``filed``: the new documents' profiles and the (document, key) pairs
        to follow (none: the new documents are alone, only their old records are looked for)."""
        from eventwire.reconcile.incremental import (
            MAX_BLOCK,
            STORY,
            close_to,
            neighbour_kinds,
            reach,
        )

        new_holders = Counter(k for _, k in filed if k)
        crowded = self._crowded_with({k: n for k, n in new_holders.items()
                                      if k.startswith(STORY + "|")}, MAX_BLOCK)
        holders = self._linked("SELECT target, source FROM links WHERE relation = ? "
                               "AND target IN ({marks})", set(new_holders) - crowded,
                               (NEIGHBOURHOOD,))
        linked, candidates = neighbour_kinds(filed, holders)
        candidates -= set(new_docs)
        if candidates:  # only those grouping could join: their stories come along
            kinds = [k for k in KIND_ORDER if k not in CROSS_DOCUMENT]
            known = {d: profiles[d] for d in new_docs if d in profiles}
            known.update(self._profiles(set(new_docs) - set(known), kinds))
            # candidates written too long before or after every new document are never
            # close: their profiles are not read, their features neither computed nor
            # counted in the weights of the others
            candidates = self._within(candidates, reach([known[d].period for d in new_docs]))
            known.update(self._profiles(candidates, kinds))
            # weighed as the rebuild will weigh them: over the other stored documents too
            others = self._others({f for p in known.values() for f in p.features}, known)
            candidates = close_to(known, set(new_docs), candidates, others)
        docs = set(new_docs) | linked | candidates
        cross: set[str] = set()
        frontier = set(docs)
        while frontier:
            # Only cross-document records link to documents by these relations, with no
            # document of their own (eventwire.store.rows): no join with records needed
            # (the join cost 30 times more, 0.1 of 0.9 CPU s at 10,000 documents).
            ids = {c for (c,) in self._linked(
                "SELECT DISTINCT source FROM links WHERE relation IN ('document', 'source') "
                "AND document IS NULL AND target IN ({marks})", frontier)} - cross
            cross |= ids
            frontier = {d for (d,) in self._linked(
                "SELECT target FROM links WHERE relation IN ('document', 'source') "
                "AND source IN ({marks})", ids)} - docs
            docs |= frontier
        return docs, cross

    def _replace_documents(self, rows: list[dict[str, Any]]) -> None:
        found = []
        for chunk in _chunks(list(dict.fromkeys(r["id"] for r in rows
                                                if r["kind"] == "document"))):
            marks = ", ".join("?" for _ in chunk)
            found += self._x(f"SELECT seq, id FROM records WHERE document IN ({marks})",
                             chunk).fetchall()
        self._delete(found)
        self._delete_ids([r["id"] for r in rows])
        self._insert(rows, section=0)

    def _replace_cross_document(self, rows: list[dict[str, Any]]) -> None:
        self._set_copies({d for (d,) in self._x("SELECT document FROM profiles").fetchall()},
                         _copies(rows))
        self._delete(self._x("SELECT seq, id FROM records WHERE section = 1").fetchall())
        self._delete_ids([r["id"] for r in rows])
        self._insert(rows, section=1)

    def delete_document(self, doc_id: str) -> int:
        """Remove a document and its records (the caller rebuilds cross-document records)."""
        with self._transaction():
            found = self._x("SELECT seq, id FROM records WHERE document = ?", (doc_id,)).fetchall()
            self._delete(found)
            self._x("DELETE FROM document_order WHERE document = ?", (doc_id,))
        return len(found)

    def _delete_ids(self, ids: list[str]) -> None:
        found = []
        for chunk in _chunks(ids):
            marks = ", ".join("?" for _ in chunk)
            found += self._x(f"SELECT seq, id FROM records WHERE id IN ({marks})",
                             chunk).fetchall()
        self._delete(found)

    def _delete(self, found: list[tuple[int, str]]) -> None:
        if not found:
            return
        for chunk in _chunks([rid for _, rid in found]):
            marks = ", ".join("?" for _ in chunk)
            self._uncount_profiles(chunk)
            for table, column in _OWNER_COLUMN.items():
                self._x(f"DELETE FROM {table} WHERE {column} IN ({marks})", chunk)
        self._unindex_search([seq for seq, _ in found])
        for chunk in _chunks([rid for _, rid in found]):
            self._x(f"DELETE FROM records WHERE id IN ({', '.join('?' for _ in chunk)})", chunk)

    def _insert(self, records: list[dict[str, Any]], *, section: int) -> None:
        seq = int(self._x("SELECT COALESCE(MAX(seq), 0) FROM records").fetchone()[0])
        order: dict[str, int] = {}
        last = 0
        if section == 0:  # the places of these documents only, not the whole table
            order = dict(self._linked("SELECT document, ord FROM document_order WHERE "
                                      "document IN ({marks})",
                                      {r["id"] if r["kind"] == "document" else
                                       r.get("document") or "" for r in records}))
            last = int(self._x("SELECT COALESCE(MAX(ord), 0) FROM document_order"
                               ).fetchone()[0])
        new_order: list[tuple[str, int]] = []
        body_rows: list[tuple[Any, ...]] = []
        typed: dict[str, list[tuple[Any, ...]]] = {t: [] for t in TABLES}
        search: list[tuple[int, str, str]] = []
        for record in records:
            seq += 1
            doc = record["id"] if record["kind"] == "document" else record.get("document")
            doc_order = 0
            if section == 0 and doc:
                if doc not in order:
                    last += 1
                    order[doc] = last
                    new_order.append((doc, order[doc]))
                doc_order = order[doc]
            body_rows.append((seq, record["id"], record["kind"], doc if section == 0 else None,
                              section, doc_order, dumps(record)))
            for table, table_rows in rows_for(record).items():
                typed[table].extend(table_rows)
            fields = search_fields(record)
            if fields is not None:
                search.append((seq, *fields))
        self._many("INSERT INTO document_order(document, ord) VALUES (?, ?)", new_order)
        self._many("INSERT INTO records(seq, id, kind, document, section, doc_order, body) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)", body_rows)
        for table, columns in TABLES.items():
            marks = ", ".join("?" for _ in columns)
            self._many(f"INSERT INTO {table}({', '.join(columns)}) VALUES ({marks})", typed[table])
        self._index_search(search)

    # -- reading ------------------------------------------------------------------------
    def records(self, kinds: Iterable[str] | None = None) -> Iterator[dict[str, Any]]:
        """Contract records of the given kinds (all by default) in the store's fixed order."""
        wanted = tuple(kinds) if kinds else KIND_ORDER
        marks = ", ".join("?" for _ in wanted)
        with self._lock:
            bodies = self._x(f"SELECT body FROM records WHERE kind IN ({marks}) "
                             "ORDER BY section, doc_order, seq", wanted).fetchall()
        for (body,) in bodies:
            yield _load(body)

    def get(self, record_id: str) -> dict[str, Any] | None:
        with self._lock:
            row = self._x("SELECT body FROM records WHERE id = ?", (record_id,)).fetchone()
        return _load(row[0]) if row else None

    def get_many(self, ids: Iterable[str]) -> list[dict[str, Any]]:
        """Records by id, in the order asked, skipping ids the store does not hold."""
        out = []
        for rid in ids:
            record = self.get(rid)
            if record is not None:
                out.append(record)
        return out

    def document_records(self, doc_id: str) -> list[dict[str, Any]]:
        """A document and its passages, statements and events, in written order."""
        with self._lock:
            rows = self._x("SELECT body FROM records WHERE document = ? ORDER BY seq",
                           (doc_id,)).fetchall()
        return [_load(b) for (b,) in rows]

    def page(self, kind: str, *, document: str | None = None, limit: int = 50,
             offset: int = 0) -> Page:
        """One page of records of a kind, optionally of one document."""
        where, params = "kind = ?", [kind]
        if document:
            where += " AND document = ?"
            params.append(document)
        return self._page(f"SELECT body FROM records WHERE {where} "
                          "ORDER BY section, doc_order, seq",
                          f"SELECT COUNT(*) FROM records WHERE {where}", params, limit, offset)

    def events(self, filters: EventFilter | None = None, *, limit: int = 50,
               offset: int = 0) -> Page:
        """Events matching the filters, by date (undated last), then store order."""
        f = filters or EventFilter()
        where, params = ["1 = 1"], []
        for column, value in (("e.type", f.type), ("e.modality", f.modality),
                              ("e.document", f.document)):
            if value:
                where.append(f"{column} = ?")
                params.append(value)
        if f.date_from:
            where.append("e.date >= ?")
            params.append(f.date_from)
        if f.date_to:
            where.append("e.date <= ?")
            params.append(f.date_to + "\uffff")
        if f.located:
            where.append("e.lat IS NOT NULL AND e.lon IS NOT NULL")
        if f.country:
            where.append("EXISTS (SELECT 1 FROM actors a WHERE a.record = e.id AND a.role IN "
                         "('actor', 'recipient') AND a.country = ?)")
            params.append(f.country.upper())
        if f.actor:
            where.append("EXISTS (SELECT 1 FROM actors a WHERE a.record = e.id AND a.role IN "
                         "('actor', 'recipient') AND a.folded LIKE ?)")
            params.append(f"%{fold(f.actor)}%")
        cond = " AND ".join(where)
        return self._page(
            "SELECT r.body FROM events e JOIN records r ON r.id = e.id "
            f"WHERE {cond} ORDER BY CASE WHEN e.date IS NULL THEN 1 ELSE 0 END, e.date, "
            "r.doc_order, r.seq",
            f"SELECT COUNT(*) FROM events e WHERE {cond}", params, limit, offset)

    def event_facets(self) -> dict[str, list[str]]:
        """Distinct values for the event filters (types, countries, modalities), sorted."""
        with self._lock:
            return {
                "type": [r[0] for r in self._x(
                    "SELECT DISTINCT type FROM events WHERE type IS NOT NULL ORDER BY type")],
                "modality": [r[0] for r in self._x(
                    "SELECT DISTINCT modality FROM events WHERE modality IS NOT NULL "
                    "ORDER BY modality")],
                "country": [r[0] for r in self._x(
                    "SELECT DISTINCT a.country FROM actors a JOIN events e ON e.id = a.record "
                    "WHERE a.country IS NOT NULL AND a.role IN ('actor', 'recipient') "
                    "ORDER BY a.country")],
            }

    def linking(self, relation: str, target: str, kind: str | None = None) -> list[dict[str, Any]]:
        """Records that link to ``target`` (e.g. the stories holding a document)."""
        sql = ("SELECT r.body FROM links l JOIN records r ON r.id = l.source "
               "WHERE l.relation = ? AND l.target = ?")
        params: list[Any] = [relation, target]
        if kind:
            sql += " AND r.kind = ?"
            params.append(kind)
        with self._lock:
            rows = self._x(sql + " ORDER BY r.section, r.doc_order, r.seq", params).fetchall()
        return [_load(b) for (b,) in rows]

    def _page(self, sql: str, count_sql: str, params: list[Any], limit: int,
              offset: int) -> Page:
        limit = max(0, min(int(limit), MAX_PAGE))
        offset = max(0, int(offset))
        with self._lock:
            total = int(self._x(count_sql, params).fetchone()[0])
            rows = self._x(sql + " LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
        return Page([_load(b) for (b,) in rows], total, limit, offset)

    def dataframe(self, kind: str) -> Any:
        """Records of one kind as a pandas DataFrame (eventwire.store.frames; needs pandas)."""
        from eventwire.store.frames import dataframe

        return dataframe(self, kind)

    def counts(self) -> dict[str, int]:
        """Records per kind, in the contract's kind order (kinds with none are left out)."""
        with self._lock:
            found = dict(self._x("SELECT kind, COUNT(*) FROM records GROUP BY kind").fetchall())
        return {k: int(found[k]) for k in KIND_ORDER if k in found}

    def close(self) -> None:
        with self._lock:
            self.db.close()

    def __enter__(self) -> SQLStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _profiles_and_keys(rows: list[dict[str, Any]]) -> dict[str, tuple[Profile, list[str]]]:
    from eventwire.reconcile.incremental import profiles_and_keys

    return profiles_and_keys(rows)


def _per_document(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [r for r in records if r["kind"] not in CROSS_DOCUMENT]


def _cross_document(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [r for r in records if r["kind"] in CROSS_DOCUMENT]


def _phase(name: str) -> None:
    """The test hook of :data:`KILL_AT_ENV`: die here, as ``kill -9`` would, when asked."""
    if os.environ.get(KILL_AT_ENV) == name:
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))


def _chunks(values: list[Any], size: int = 500) -> Iterator[list[Any]]:
    """Slices short enough for one ``IN (...)`` (SQLite allows 32766 parameters)."""
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _copies(records: Iterable[Any]) -> set[str]:
    """The documents that the stories among ``records`` name as copies of another."""
    return {c for r in records if isinstance(r, dict) and r.get("kind") == "story"
            for cs in (r.get("duplicates") or {}).values() for c in cs}


def _profile_features(body: str) -> list[str]:
    """The story features of a stored profile's JSON."""
    return list(json.loads(body)[0])


def _profile_period(body: str) -> tuple[int, int] | None:
    """The publication period of a stored profile's JSON, whatever its version."""
    found = json.loads(body)
    period = found[1] if isinstance(found, list) and len(found) > 1 else None
    return (int(period[0]), int(period[1])) if period else None


def _load(body: Any) -> dict[str, Any]:
    return body if isinstance(body, dict) else json.loads(body)


def _now() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
