"""What the pages say, without a server: words for records, list facets and sorting, the
timeline's axis and the map's outlines. Tables pin whole outputs."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.records import (
    AgreementRecord,
    DiscrepancyRecord,
    DocumentRecord,
    EventRecord,
    StoryRecord,
)
from eventwire.web import charts, listing, words


@pytest.mark.parametrize("url, safe", [
    ("https://example.org/a", "https://example.org/a"),
    ("http://example.org/a?b=1", "http://example.org/a?b=1"),
    ("  HTTPS://example.org/x ", "HTTPS://example.org/x"),
    ("javascript:alert(1)", None),
    ("JavaScript:alert(1)", None),
    (" javascript:alert(1)", None),
    ("data:text/html,<script>alert(1)</script>", None),
    ("vbscript:msgbox", None),
    ("//example.org/a", None),
    ("/documents/x", None),
    ("https:///nohost", None),
    ("http://[broken", None),
    (None, None),
    (42, None),
])
def test_only_http_links_are_live(url: Any, safe: str | None) -> None:
    assert words.safe_url(url) == safe


@pytest.mark.parametrize("code, name", [
    ("RUS", "Russia"), ("UKR", "Ukraine"), ("TUR", "Türkiye"), ("USA", "United States"),
    ("KHM", "Cambodia"), ("FR", "France"), ("rus", "Russia"), ("XKX", "XKX"),
    ("UN", "UN"), ("", ""),
])
def test_country_names_replace_codes(code: str, name: str) -> None:
    assert words.country_name(code) == name


def _discrepancy(attribute: str, values: list[dict[str, Any]], **fields: Any
                 ) -> DiscrepancyRecord:
    return DiscrepancyRecord.from_json({"kind": "discrepancy", "id": "d1",
                                        "subject": "story:s1", "attribute": attribute,
                                        "values": values, **fields})


SWAP = [{"value": 175, "text": "175 prisoners", "sources": ["a"]},
        {"value": 150, "text": "150 prisonniers", "sources": ["b"]}]
EXCHANGE = AgreementRecord.from_json({
    "kind": "agreement", "id": "agreement:x", "subject": "prisoner_exchange", "scope": [],
    "parties": [], "mediators": [], "start": None, "end": None, "duration_days": None,
    "status": "agreed", "conditions": [], "quantities": [], "events": [], "sources": []})
TALKS = EventRecord.from_json({
    "kind": "event", "id": "e1", "document": "a", "passage": None, "type": "CONSULT",
    "mode": "phone", "context": [], "actors": [{"name": "Argentina", "country": "ARG"}],
    "recipients": [{"name": "Chile", "country": "CHL"}], "date": None, "location": None,
    "quantities": [], "modality": "asserted", "statement": None, "claimed_by": None,
    "evidence": {"text": "x", "span": [0, 1]}})
STORY = StoryRecord(id="story:s1", title="Envoys meet in Port Vell", documents=("a", "b"))


@pytest.mark.parametrize("discrepancy, subject, sentence", [
    (_discrepancy("count_prisoner", SWAP), EXCHANGE,
     "Sources disagree on the number of prisoners in the prisoner exchange: 175 prisoners "
     "or 150 prisoners."),
    (_discrepancy("count_prisoner_per_side", SWAP, happening={
        "kind": "exchange", "parties": ["RUS", "UKR"], "date": "2025-06-02"}), STORY,
     "Sources disagree on the number of prisoners per side in the exchange between Russia "
     "and Ukraine on 2025-06-02: 175 prisoners per side or 150 prisoners per side."),
    (_discrepancy("count_prisoner", SWAP), STORY,
     "Sources disagree on the number of prisoners in “Envoys meet in Port Vell”: "
     "175 prisoners or 150 prisoners."),
    (_discrepancy("count_prisoner", SWAP), None,
     "Sources disagree on the number of prisoners in the story: 175 prisoners or "
     "150 prisoners."),
    (_discrepancy("parties", [{"value": ["RUS", "UKR"], "sources": ["a"]},
                              {"value": ["RUS", "TUR", "UKR"], "sources": ["b"]}],
                  nature="precision", happening={"kind": "truce", "venue": "Port Vell"}), None,
     "Sources give different precision for the parties of the truce in Port Vell: "
     "Russia and Ukraine or Russia, Türkiye and Ukraine."),
    (_discrepancy("duration", [{"value": 1.5, "sources": ["a"]},
                               {"value": 2.5, "interval": [2.25, 2.5], "sources": ["b"]},
                               {"value": 3, "interval": [3, None], "sources": ["c"]}],
                  unit="hour"), TALKS,
     "Sources disagree on the length of the phone talks between Argentina and Chile: "
     "1.5 hours or 2.25 to 2.5 hours or more than 3 hours."),
    (_discrepancy("count_killed", [{"value": 7, "sources": ["a"]},
                                   {"value": 9, "sources": ["b"]}]), None,
     "Sources disagree on the number of people killed in the story: 7 people killed or "
     "9 people killed."),
    (_discrepancy("location", [{"value": "Kyiv", "sources": ["a"]},
                               {"value": None, "sources": ["b"]}]), None,
     "Sources disagree on the place of the story: Kyiv or unknown."),
])
def test_discrepancies_in_words(discrepancy: DiscrepancyRecord, subject: Any,
                                sentence: str) -> None:
    assert words.discrepancy_sentence(discrepancy, subject) == sentence


def _document(**fields: Any) -> DocumentRecord:
    """A document record: the given fields over empty ones."""
    return DocumentRecord.from_json({
        "kind": "document", "id": "d", "title": None, "url": None, "outlet": None,
        "language": "en", "published": None, "reference_date": None, "passages": 1,
        "source": None, "metadata": {}, "text": "", **fields})


def _event_record(**fields: Any) -> EventRecord:
    """An event record: the given fields over empty ones."""
    return EventRecord.from_json({
        "kind": "event", "id": "e", "document": "d", "passage": None, "type": "CONSULT",
        "mode": None, "context": [], "actors": [], "recipients": [], "date": None,
        "location": None, "quantities": [], "modality": "asserted", "statement": None,
        "claimed_by": None, "evidence": {"text": "x", "span": [0, 1]}, **fields})


@pytest.mark.parametrize("document, headline, outlet, date", [
    (_document(title="Talks resume", outlet="Wire", published="2025-01-02T10:00"),
     "Talks resume", "Wire", "2025-01-02"),
    (_document(title=None, text="\n  Envoys meet in Port Vell\nBody text.",
               url="https://www.example.org/x", reference_date="2025-01-03"),
     "Envoys meet in Port Vell", "example.org", "2025-01-03"),
    (_document(title="", text="", url="javascript:x"), "d", "", ""),
    (_document(text="word " * 60), ("word " * 32).strip() + "…", "", ""),
    (_document(title=7, outlet="", url=3, published=20250102), "d", "", ""),  # odd types
    (None, "untitled", "", ""),  # the document is not in the store
])
def test_documents_are_named_by_headline(document: DocumentRecord | None, headline: str,
                                         outlet: str, date: str) -> None:
    assert (words.headline(document), words.outlet(document),
            words.document_date(document)) == (headline, outlet, date)


def _event(n: int, type_: str, country: str, date: str | None, lang: str) -> listing.Row:
    event = _event_record(id=f"e{n}", document=f"d{lang}", type=type_, date=date,
                          evidence={"text": f"cue {n}", "span": [0, 5]},
                          actors=[{"name": country, "country": country}])
    return listing.event_row(event, _document(id=f"d{lang}", language=lang, outlet="Wire"))


ROWS = [_event(1, "ASSAULT", "RUS", "2025-03-02", "en"), _event(2, "AGREE", "UKR", None, "fr"),
        _event(3, "ASSAULT", "UKR", "2025-03-01", "fr"), _event(4, "CONSULT", "RUS",
                                                                "2025-03-03", "en")]


@pytest.mark.parametrize("params, ids, type_facet", [
    ({}, ["e1", "e2", "e3", "e4"], [("ASSAULT", 2), ("AGREE", 1), ("CONSULT", 1)]),
    ({"country": "UKR"}, ["e2", "e3"], [("AGREE", 1), ("ASSAULT", 1)]),
    ({"type": "ASSAULT", "language": "fr"}, ["e3"], [("ASSAULT", 1)]),
    ({"sort": "date"}, ["e3", "e1", "e4", "e2"], [("ASSAULT", 2), ("AGREE", 1),
                                                  ("CONSULT", 1)]),
    ({"sort": "-date"}, ["e4", "e1", "e3", "e2"], [("ASSAULT", 2), ("AGREE", 1),
                                                   ("CONSULT", 1)]),
    ({"sort": "-type"}, ["e4", "e1", "e3", "e2"], [("ASSAULT", 2), ("AGREE", 1),
                                                   ("CONSULT", 1)]),
    ({"sort": "evidence"}, ["e1", "e2", "e3", "e4"], [("ASSAULT", 2), ("AGREE", 1),
                                                      ("CONSULT", 1)]),
    ({"country": "FRA"}, [], [("FRA", 0)][:0]),
])
def test_facets_filters_and_sorting(params: dict[str, str], ids: list[str],
                                    type_facet: list[tuple[str, int]]) -> None:
    built = listing.build(ROWS, listing.EVENT_COLUMNS, listing.EVENT_FACETS, params)
    assert [r.record.id for r in built.rows] == ids
    assert [(v.value, v.count) for v in built.facets["type"]] == type_facet


def test_facet_labels_and_selection() -> None:
    built = listing.build(ROWS, listing.EVENT_COLUMNS, listing.EVENT_FACETS, {"country": "RUS"})
    assert [(v.label, v.count, v.selected) for v in built.facets["country"]] == [
        ("Russia", 2, True)]
    assert [(v.value, v.count) for v in built.facets["date"]] == [("2025-03-02", 1),
                                                                  ("2025-03-03", 1)]


def test_csv_download_holds_every_kept_row_and_no_formulas() -> None:
    rows = [*ROWS, _event(5, "ACCUSE", "RUS", "2025-03-04", "en")]
    rows[-1].cells["actors"] = "=HYPERLINK(\"http://x\")"
    built = listing.build(rows, listing.EVENT_COLUMNS, listing.EVENT_FACETS,
                          {"country": "RUS", "sort": "date"}, limit=1)
    assert len(built.rows) == 1
    assert listing.to_csv(built).splitlines() == [
        "id,date,type,actors,recipients,modality,location,evidence,source,link",
        "e1,2025-03-02,ASSAULT,RUS (Russia),,asserted,,cue 1,den,/documents/den#e1",
        "e4,2025-03-03,CONSULT,RUS (Russia),,asserted,,cue 4,den,/documents/den#e4",
        "e5,2025-03-04,ACCUSE,\"'=HYPERLINK(\"\"http://x\"\")\",,asserted,,cue 5,den,"
        "/documents/den#e5",
    ]


TICKS = ["01 Mar", "04 Mar", "07 Mar", "10 Mar", "13 Mar", "16 Mar", "19 Mar"]


def test_timeline_has_a_date_axis() -> None:
    events = [_event_record(date="2025-03-01", modality="asserted"),
              _event_record(date="2025-03-01", modality="negated"),
              _event_record(date="2025-03-20T08:00", modality="future"),
              _event_record(date=None, modality="asserted"),
              _event_record(date="March", modality="x")]
    plot = charts.timeline_plot(events)
    assert plot is not None
    assert (plot["first"], plot["last"], plot["peak"]) == ("2025-03-01", "2025-03-20", 2)
    assert [t["label"] for t in plot["ticks"]] == TICKS
    assert [b["label"] for b in plot["bars"]] == [
        "2025-03-01: 1 asserted", "2025-03-01: 1 negated", "2025-03-20: 1 future"]
    assert plot["legend"] == ["asserted", "negated", "future"]
    assert [y["label"] for y in plot["y_ticks"]] == ["0", "1", "2"]
    assert charts.timeline_plot([_event_record(date=None)]) is None


def test_timeline_ticks_are_evenly_spaced_dates() -> None:
    plot = charts.timeline_plot([_event_record(date="2025-03-01"),
                                 _event_record(date="2025-03-20")])
    assert plot is not None
    assert [t["label"] for t in plot["ticks"]] == TICKS
    assert [t["x"] for t in plot["ticks"]] == [76.6, 198.3, 320.0, 441.7, 563.4, 685.1, 806.9]


@pytest.mark.parametrize("location, point", [
    ({"name": "P", "lat": 50.45, "lon": 30.52}, (50.45, 30.52)),
    ({"name": "P", "lat": "50.45", "lon": "30.52"}, (50.45, 30.52)),
    ({"name": "P", "lat": "north", "lon": 30.5}, None),
    ({"name": "P", "lat": 95, "lon": 30.5}, None),
    ({"name": "P", "lat": 10, "lon": 181}, None),
    ({"name": "P", "lat": float("nan"), "lon": 1}, None),
    ({"name": "P", "lat": True, "lon": 1}, None),
    ({"name": "P", "lat": None, "lon": 1}, None),
    ({"name": "P"}, None),
    ("Kyiv", None),  # a place stored as a bare string
])
def test_bad_coordinates_are_skipped(location: Any, point: tuple[float, float] | None) -> None:
    assert charts.located(_event_record(location=location)) == point


def test_map_has_country_outlines_around_the_points() -> None:
    events = [_event_record(id="a", location={"name": "Kyiv", "lat": 50.45, "lon": 30.52}),
              _event_record(id="b", location={"name": "Istanbul", "lat": 41.01, "lon": 28.95}),
              _event_record(id="c", location={"name": "Bad", "lat": "x", "lon": 1})]
    plot = charts.map_plot(events)
    names = {c["name"] for c in plot["land"]}
    assert {"Ukraine", "Turkey", "Romania", "Moldova"} <= names
    assert "Australia" not in names and "Brazil" not in names
    assert [p["name"] for p in plot["points"]] == ["Kyiv", "Istanbul"]
    assert len(charts.world_rings()) == 177
    assert charts.WORLD.stat().st_size < 1_000_000
    assert (charts.WORLD.parent / "LICENSE.txt").exists()


def test_datasette_metadata_names_the_store_tables(tmp_path: Any) -> None:
    """docs/datasette-metadata.json describes or hides every table of a new store."""
    import json
    import sqlite3
    from pathlib import Path

    from eventwire.store import open_store

    open_store(tmp_path / "eventwire.db").close()
    with sqlite3.connect(tmp_path / "eventwire.db") as db:
        tables = {name for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    metadata = json.loads((Path(__file__).parents[2] / "docs" / "datasette-metadata.json")
                          .read_text("utf-8"))
    described = metadata["databases"]["eventwire"]["tables"]
    assert set(described) == tables
