"""Store bodies become typed records once, at the web's door: a body written before a field
existed is read with it empty, one this version cannot read is left out with a note, and
what goes out as JSON is the record written back."""

from __future__ import annotations

import json
from typing import Any

import pytest

from eventwire.records import DocumentRecord, EventRecord, QuantityRef, StatementRecord
from eventwire.web import listing, pages
from eventwire.web.reading import Reader
from eventwire.web.views import segments

SPEAKER = {"name": "Lakeland", "canonical": None, "country": "FIN", "sector": None,
           "type": None}
STATEMENT = {"kind": "statement", "id": "s0", "document": "d", "passage": None,
             "speaker": SPEAKER, "speaker_span": [0, 8], "reported_by": [], "channel": None,
             "direct": True, "text": "Talks go on", "span": [10, 21], "date": None}
EVENT = {"kind": "event", "id": "e0", "document": "d", "passage": "d/p0", "type": "CONSULT",
         "mode": None, "context": [], "actors": [SPEAKER], "recipients": [],
         "date": "2025-07-01", "location": None,
         "quantities": [{"value": 2, "unit": "day", "text": "two days"}],
         "modality": "asserted", "statement": None, "claimed_by": None,
         "evidence": {"text": "Talks go on", "span": [10, 21]}, "trigger": [10, 15],
         "mentions": [], "confidence": 0.7}
DOCUMENT = {"kind": "document", "id": "d", "title": "Talks in Port Vell", "url": None,
            "outlet": "Lake Wire", "language": "en", "published": "2025-07-01",
            "reference_date": None, "passages": 1, "source": None, "metadata": {},
            "text": "Lakeland: Talks go on."}


def _without(body: dict[str, Any], *names: str) -> dict[str, Any]:
    return {k: v for k, v in body.items() if k not in names}


@pytest.mark.parametrize("body, cls, read, unreadable", [
    (STATEMENT, StatementRecord, STATEMENT, []),
    (_without(STATEMENT, "speaker_span"), StatementRecord,  # written before speaker_span
     {**STATEMENT, "speaker_span": None}, []),
    (_without(STATEMENT, "speaker"), StatementRecord, None, ["s0"]),
    (_without(STATEMENT, "text", "span"), StatementRecord, None, ["s0"]),
    (EVENT, EventRecord, EVENT, []),
    (_without(EVENT, "evidence"), EventRecord, None, ["e0"]),
    ({**EVENT, "actors": [{"country": "FIN"}]}, EventRecord, None, ["e0"]),  # nameless actor
    ("not a record", EventRecord, None, ["'not a record'"]),
])
def test_bodies_are_read_once_into_typed_records(body: Any, cls: Any, read: Any,
                                                 unreadable: list[str]) -> None:
    reader = Reader()
    record = reader.read(body, cls)
    assert (record.to_json() if record else None, reader.unreadable) == (read, unreadable)


def test_a_batch_keeps_what_it_can_read() -> None:
    reader = Reader()
    bodies = [STATEMENT, _without(STATEMENT, "speaker") | {"id": "s1"},
              {**STATEMENT, "id": "s2"}, _without(STATEMENT, "speaker") | {"id": "s1"}]
    assert [s.id for s in reader.read_all(bodies, StatementRecord)] == ["s0", "s2"]
    assert reader.unreadable == ["s1"]


def test_json_download_writes_the_records_back() -> None:
    doc = DocumentRecord.from_json(DOCUMENT)
    rows = [listing.event_row(EventRecord.from_json(EVENT), doc), listing.event_row(
        EventRecord.from_json({**EVENT, "id": "e1", "document": "gone"}), None)]
    built = listing.build(rows, listing.EVENT_COLUMNS, listing.EVENT_FACETS, {})
    assert listing.to_json(built) == json.dumps(
        [EVENT, {**EVENT, "id": "e1", "document": "gone"}], ensure_ascii=False,
        indent=1) + "\n"
    assert [r.cells["source"] for r in rows] == ["Talks in Port Vell", "untitled"]
    documents = listing.build([listing.document_row(doc)], listing.DOCUMENT_COLUMNS,
                              listing.DOCUMENT_FACETS, {})
    assert json.loads(listing.to_json(documents)) == [_without(DOCUMENT, "text")]


def test_quantities_are_worded_from_typed_records() -> None:
    words = pages.TEMPLATES.env.globals["quantities"]
    assert words((QuantityRef(2, "day", "two days"), QuantityRef(40, "prisoner"),
                  "odd")) == "two days, 40 prisoner"


def test_highlights_come_from_typed_spans() -> None:
    text = "Lakeland: Talks go on."
    marked = [StatementRecord.from_json(STATEMENT), EventRecord.from_json(
        {**EVENT, "id": "e1", "evidence": {"text": "Talks", "span": [10, 15]}}),
        EventRecord.from_json({**EVENT, "id": "e2", "evidence": {"text": "x", "span": [5]}})]
    assert [(s.text, s.ids, s.kinds) for s in segments(text, marked)] == [
        ("Lakeland: ", [], []), ("Talks", ["s0", "e1"], ["event", "statement"]),
        (" go on", ["s0"], ["statement"]), (".", [], [])]


NOTE = ("Left out 2 records stored in a form this version of eventwire cannot read: "
        "ox/s1, ox/e0 (see the server log).")


@pytest.mark.parametrize("url, note, shown", [
    ("/documents/ox", NOTE, ['data-id="ox/s0"']),
    ("/statements", "Left out 1 record stored in a form this version of eventwire cannot "
     "read: ox/s1 (see the server log).", ['href="/documents/ox#ox/s0"']),
    ("/events", "Left out 1 record stored in a form this version of eventwire cannot read: "
     "ox/e0 (see the server log).", ["No events match."]),
    ("/map", "Left out 1 record stored in a form this version of eventwire cannot read: "
     "ox/e0 (see the server log).", ["No located events match."]),
    ("/documents", None, ['<a href="/documents/ox">Mediators meet</a>']),
])
def test_unreadable_records_are_left_out_with_a_note(odd_client: Any, url: str,
                                                     note: str | None,
                                                     shown: list[str]) -> None:
    response = odd_client.get(url)
    assert response.status_code == 200
    notes = [line for line in response.text.splitlines() if 'class="note unreadable"' in line]
    assert notes == ([f'<p class="note unreadable">{note}</p>'] if note else [])
    assert all(s in response.text for s in shown)


def test_unreadable_records_stay_out_of_downloads(odd_client: Any) -> None:
    statements = odd_client.get("/statements?format=json").json()
    assert [(s["id"], s["speaker_span"]) for s in statements] == [("ox/s0", None)]
    assert odd_client.get("/events?format=csv").text == \
        "id,date,type,actors,recipients,modality,location,evidence,source,link\n"
