"""What only the PostgreSQL store has: migrations in the database, URLs, writers on several
connections at once, the database's locale, NUL characters, and the web app over a URL.

The behaviour shared with SQLite is checked in test_store.py, against both backends.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from eventwire.store import EventFilter, PostgresStore, open_store
from eventwire.store.postgres import folded_words, snippet

CROSS = ("agreement", "story", "discrepancy")


def test_migrations_are_recorded_in_the_database(postgres_url: str) -> None:
    import psycopg

    store = open_store(postgres_url)
    assert isinstance(store, PostgresStore)
    names = store.migrations()
    store.close()
    with psycopg.connect(postgres_url) as db:
        assert [r[0] for r in db.execute("SELECT name FROM migrations ORDER BY name")] == names
        collation = db.execute("SELECT collation_name FROM information_schema.columns "
                               "WHERE table_name = 'events' AND column_name = 'date'").fetchone()
    assert names == ["0001_records", "0002_typed_tables", "0003_search_tsvector",
                     "0004_profiles", "0005_backfill_profiles", "0006_links_target_source",
                     "0007_profile_periods", "0008_index_profiles", "0009_feature_counts",
                     "0010_count_features"]
    assert collation == ("C",)


@pytest.mark.parametrize("spelling", ["postgres://", "path"])
def test_url_spellings(postgres_url: str, spelling: str) -> None:
    target: Any = postgres_url.replace("postgresql://", "postgres://")
    if spelling == "path":  # what a URL looks like after going through pathlib.Path
        target = Path(postgres_url)
    store = open_store(target)
    assert isinstance(store, PostgresStore) and store.counts() == {}
    store.close()


def test_writers_on_several_connections(postgres_url: str,
                                        fixture_records: list[dict[str, Any]]) -> None:
    """Writers serialise on the store's lock: nothing is lost, duplicated or reordered."""
    per_doc = [r for r in fixture_records if r["kind"] not in CROSS]
    stores = [open_store(postgres_url) for _ in range(4)]
    barrier = threading.Barrier(len(stores))
    errors: list[BaseException] = []

    def ingest(store: Any) -> None:
        try:
            barrier.wait()
            for _ in range(3):
                store.write(per_doc)
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=ingest, args=(s,)) for s in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert errors == []
    assert list(stores[0].records()) == per_doc
    for s in stores:
        s.close()


def test_order_ignores_the_database_locale(postgres_server: str, postgres_url: str,
                                           fixture_records: list[dict[str, Any]]) -> None:
    """Sorted text (facets, dates) orders by code point, as in SQLite, in a database whose
    locale sorts "aardvark" before "ACCUSE"."""
    import psycopg

    name = urlsplit(postgres_url).path.lstrip("/") + "_icu"
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        try:
            admin.execute(f'CREATE DATABASE "{name}" TEMPLATE template0 '
                          "LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8'")
        except psycopg.Error as error:
            pytest.skip(f"no ICU locale on this server: {error}")
    try:
        odd = {**next(r for r in fixture_records if r["id"] == "fx-a/e2"), "type": "aardvark"}
        records = [odd if r["id"] == odd["id"] else r for r in fixture_records]
        store = open_store(urlsplit(postgres_url)._replace(path=f"/{name}").geturl())
        with store._transaction():  # past the contract check: no valid type sorts like this
            store._replace_documents([r for r in records if r["kind"] not in CROSS])
        facets = store.event_facets()["type"]
        assert [e["id"] for e in store.events(EventFilter(), limit=3).items] == [
            "fx-b/e2", "fx-a/e0", "fx-a/e2"]
        store.close()
        assert facets == ["ACCUSE", "AGREE", "ASSAULT", "COOPERATE", "aardvark"]
    finally:
        with psycopg.connect(postgres_server, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_nul_characters_survive(postgres_url: str) -> None:
    doc = {"kind": "document", "id": "nul", "title": "a\x00b", "text": "before\x00after",
           "language": "en"}
    store = open_store(postgres_url)
    store.write([doc])
    assert store.get("nul") == doc and list(store.records()) == [doc]
    assert store.search("after", kinds=("document",)).total == 1
    store.close()


def test_web_app_over_a_url(postgres_url: str, fixture_records: list[dict[str, Any]]) -> None:
    from fastapi.testclient import TestClient

    from eventwire.web import create_app

    store = open_store(postgres_url)
    store.write([r for r in fixture_records if r["kind"] not in CROSS])
    store.close()
    with TestClient(create_app(postgres_url)) as client:
        assert client.get("/api/counts").json()["migrations"][-1] == "0010_count_features"
        assert client.get("/api/events", params={"country": "RUS"}).json()["total"] == 7
        hits = client.get("/api/search", params={"q": "négociations"}).json()
        assert [h["id"] for h in hits["items"]] == ["fx-b/s0", "fx-b"]
        assert client.get("/documents/fx-b").status_code == 200


# -- search helpers (no server needed) ----------------------------------------------------
SNIPPETS = [
    # (text, query tokens, snippet)
    ("Les négociations ont repris", ["negoc"], "Les \x02négociations\x03 ont repris"),
    ("Les ne\u0301gociations", ["negociations"], "Les \x02ne\u0301gociations\x03"),  # decomposed
    ("Zelensky said", ["ze"], "Zelensky said"),  # two letters match whole words only
    ("«Genève» aujourd'hui.", ["geneve"], "«\x02Genève\x03» aujourd'hui."),
    (" ".join(f"w{i}" for i in range(60)) + " target end", ["target"],
     "…" + " ".join(f"w{i}" for i in range(38, 60)) + " \x02target\x03 end"),
    (" ".join(f"w{i}" for i in range(60)), ["nothing"],
     " ".join(f"w{i}" for i in range(24)) + "…"),
]


@pytest.mark.parametrize(("text", "tokens", "expected"), SNIPPETS)
def test_snippet(text: str, tokens: list[str], expected: str) -> None:
    assert snippet(text, tokens) == expected


def test_indexed_words_are_folded_like_queries() -> None:
    assert folded_words("Échange à Genève", "porte-parole, 3.5 ÉTÉ") == (
        "echange a geneve porte parole 3 5 ete")
