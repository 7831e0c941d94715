"""What every store does, run against each backend (SQLite, PostgreSQL; see conftest.py):
migrations, ordering, idempotent re-ingest, queries, search, and CLI export."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from eventwire.store import EventFilter, open_store

CROSS = ("agreement", "story", "discrepancy")


def test_migrations_are_named_and_recorded_once(store_target: str) -> None:
    store = open_store(store_target)
    names = store.migrations()
    store.close()
    assert names == sorted(names) == [name for name, _ in store.migrations_sql]
    assert names[0] == "0001_records"
    again = open_store(store_target)  # reopening applies nothing twice
    assert again.migrations() == names
    again.close()


def test_records_come_back_unchanged_in_order(store: Any,
                                              fixture_records: list[dict[str, Any]]) -> None:
    assert list(store.records()) == fixture_records
    assert [r["kind"] for r in store.records(["event"])] == ["event"] * 7


def test_same_input_twice_is_stored_once(store: Any,
                                         fixture_records: list[dict[str, Any]]) -> None:
    before = store.counts()
    store.write([r for r in fixture_records if r["kind"] not in CROSS])
    store.write_cross_document([r for r in fixture_records if r["kind"] in CROSS])
    assert store.counts() == before
    assert list(store.records()) == fixture_records
    assert store.events(EventFilter()).total == 7


def test_changed_document_replaces_its_records(store: Any,
                                               fixture_records: list[dict[str, Any]]) -> None:
    doc = next(r for r in fixture_records if r["id"] == "fx-a")
    changed = {**doc, "text": doc["text"].replace("175", "176")}
    store.write([changed, next(r for r in fixture_records if r["id"] == "fx-a/p0")])
    assert store.get("fx-a")["text"] == changed["text"]
    assert store.get("fx-a/e0") is None and store.get("fx-a/s0") is None
    assert store.events(EventFilter(document="fx-a")).total == 0
    assert store.events(EventFilter(document="fx-b")).total == 3
    # the changed document keeps its place before fx-b
    assert [r["id"] for r in store.records(["document"])] == ["fx-a", "fx-b"]
    assert store.search("constructive", kinds=("statement",)).total == 0


def test_event_filters(store: Any) -> None:
    def ids(**kw: Any) -> list[str]:
        return [e["id"] for e in store.events(EventFilter(**kw), limit=100).items]

    assert ids(type="ASSAULT") == ["fx-b/e2", "fx-a/e3"]  # by date
    assert ids(country="TUR") == []
    assert set(ids(country="rus")) == {"fx-a/e0", "fx-a/e1", "fx-a/e2", "fx-a/e3",
                                       "fx-b/e0", "fx-b/e1", "fx-b/e2"}
    assert ids(actor="ministere") == ["fx-b/e1"]  # accents folded
    assert ids(modality="future") == ["fx-a/e1"]
    assert ids(date_from="2025-03-20") == ["fx-a/e1"]
    assert ids(date_to="2025-03-18") == ["fx-b/e2"]
    assert ids(located=True, type="AGREE") == ["fx-a/e0", "fx-b/e0"]
    page = store.events(EventFilter(), limit=2, offset=2)
    assert page.total == 7 and len(page.items) == 2


def test_full_text_search_folds_accents_and_case(store: Any) -> None:
    hits = store.search("negociations")  # written "négociations"
    assert [(h["kind"], h["id"]) for h in hits.items] == [("statement", "fx-b/s0"),
                                                          ("document", "fx-b")]
    assert "\x02" in hits.items[0]["snippet"]
    assert {h["id"] for h in store.search("ECHANGE").items} >= {"fx-b"}
    assert {h["id"] for h in store.search("peskov", kinds=("statement",)).items} == {
        "fx-a/s1", "fx-b/s0"}
    assert store.search('") OR * NEAR(').total == 0  # query syntax cannot leak through


def test_links_and_facets(store: Any) -> None:
    assert [s["id"] for s in store.linking("document", "fx-a", "story")] == [
        "story:istanbul-exchange"]
    assert store.event_facets()["type"] == ["ACCUSE", "AGREE", "ASSAULT", "COOPERATE"]
    assert "UKR" in store.event_facets()["country"]


def test_delete_document_removes_its_records(store: Any) -> None:
    assert store.delete_document("fx-a") == 8
    assert store.get("fx-a") is None and store.document_records("fx-a") == []
    assert [r["id"] for r in store.records(["document"])] == ["fx-b"]
    assert store.search("constructive").total == 0
    assert store.page("statement").total == 1


def test_pages_and_document_records(store: Any) -> None:
    page = store.page("statement", limit=2, offset=1)
    assert (page.total, [r["id"] for r in page.items]) == (3, ["fx-a/s1", "fx-b/s0"])
    assert [r["id"] for r in store.page("event", document="fx-b").items] == [
        "fx-b/e0", "fx-b/e1", "fx-b/e2"]
    assert [r["kind"] for r in store.document_records("fx-b")] == [
        "document", "passage", "statement", "event", "event", "event"]
    assert [r["id"] for r in store.get_many(["fx-b", "nope", "fx-a/e0"])] == ["fx-b", "fx-a/e0"]


def test_export_equals_extract_output(tmp_path: Path, store_target: str) -> None:
    """A store built by one ingest exports exactly what extract printed."""
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "one.txt").write_text("Talks between Russia and Ukraine began in Geneva on "
                                    "Monday, officials said.\n", encoding="utf-8")
    (corpus / "two.txt").write_text("Les négociations ont repris à Genève lundi, a déclaré "
                                    "un porte-parole.\n", encoding="utf-8")
    exe = Path(sys.executable).parent / "eventwire"
    extract = subprocess.run([str(exe), "extract", str(corpus), "--date", "2025-03-18"],
                             capture_output=True, text=True, check=True).stdout
    db = store_target
    for _ in range(2):
        subprocess.run([str(exe), "ingest", str(corpus), "--db", str(db), "--date",
                        "2025-03-18"], capture_output=True, check=True)
    exported = [subprocess.run([str(exe), "export", "--db", str(db)], capture_output=True,
                               text=True, check=True).stdout for _ in range(2)]
    assert exported[0] == exported[1] == extract
