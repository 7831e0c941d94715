"""What only the SQLite store has: the fixture's provenance, the migrations table as sqlite3
sees it, and databases of the spine's first layout migrating forward."""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest

from eventwire.store import EventFilter, open_store


def test_fixture_file_matches_its_script() -> None:
    here = Path(__file__).parent / "data"
    sys.path.insert(0, str(here))
    try:
        import make_fixture
    finally:
        sys.path.remove(str(here))
    assert make_fixture.dump(make_fixture.build()) == (here / "fixture.jsonl").read_text("utf-8")


def test_fixture_validates_against_the_contract(fixture_records: list[dict[str, Any]]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    package_copy = Path(__file__).parents[2] / "eventwire" / "contract" / "records.schema.json"
    shared = Path("/work/shared/contract/records.schema.json")
    schema_path = package_copy if package_copy.exists() else shared
    if not schema_path.exists():
        pytest.skip(f"contract schema not found at {schema_path}")
    validator = jsonschema.Draft202012Validator(json.loads(schema_path.read_text()))
    texts = {r["id"]: r["text"] for r in fixture_records if r["kind"] == "document"}
    for record in fixture_records:
        validator.validate(record)
        if record["kind"] == "statement":
            assert texts[record["document"]][slice(*record["span"])] == record["text"]


def test_migrations_table_as_sqlite_sees_it(tmp_path: Path) -> None:
    store = open_store(tmp_path / "m.db")
    names = store.migrations()
    store.close()
    assert names == sorted(names) and names[0] == "0001_records"
    assert "0004_search_fts5" in names
    with sqlite3.connect(tmp_path / "m.db") as db:
        assert [r[0] for r in db.execute("SELECT name FROM migrations ORDER BY name")] == names
    again = open_store(tmp_path / "m.db")  # reopening applies nothing twice
    assert again.migrations() == names
    again.close()


def test_first_layout_database_migrates_forward(tmp_path: Path,
                                                fixture_records: list[dict[str, Any]]) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as db:  # what the spine's first store wrote
        db.executescript("""
            CREATE TABLE migrations (name TEXT PRIMARY KEY, applied TEXT NOT NULL);
            INSERT INTO migrations VALUES ('0001_records', '2025-01-01');
            CREATE TABLE records (id TEXT PRIMARY KEY, kind TEXT NOT NULL, document TEXT,
                                  body TEXT NOT NULL);
        """)
        db.executemany("INSERT INTO records VALUES (?, ?, ?, ?)",
                       [(r["id"], r["kind"], r.get("document"), json.dumps(r))
                        for r in fixture_records])
    store = open_store(path)
    assert list(store.records()) == fixture_records
    assert store.events(EventFilter(country="RUS")).total > 0
    store.close()


