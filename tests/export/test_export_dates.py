"""Every exported event row carries a date and says where it came from: its own text's tier
(``clause`` ... ``published``), else the date its story gives it (``story``)."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from eventwire.export import write_records
from eventwire.export.cameo import GDELT_COLUMNS
from eventwire.reconcile.story_dates import event_date, story_dates


@pytest.fixture
def story_dated(fixture_records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The fixture with fx-b undated (no date of its own, no date given for it) and its
    first event dated by the story, as reconcile writes it."""
    records = json.loads(json.dumps(fixture_records))
    for record in records:
        if record["kind"] == "document" and record["id"] == "fx-b":
            record["published"] = record["reference_date"] = None
        if record["kind"] == "event" and record["document"] == "fx-b":
            record.update(date=None, date_precision=None, dated_by=None)
        if record["kind"] == "event" and record["document"] == "fx-a":
            record.update(date_precision="day", dated_by="clause")
        if record["kind"] == "story":
            record["event_dates"] = [{"event": "fx-b/e0", "date": "2025-03-19",
                                      "date_precision": "day", "dated_by": None,
                                      "dated_from": {"document": "fx-a", "event": "fx-a/e0"}}]
    return records


def _csv(records: list[dict[str, Any]]) -> list[dict[str, str]]:
    out = io.StringIO()
    write_records(records, "csv", out)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def test_csv_rows_say_where_each_date_came_from(story_dated: list[dict[str, Any]]) -> None:
    rows = {r["id"]: (r["date"], r["date_precision"], r["dated_by"]) for r in _csv(story_dated)}
    assert rows == {
        "fx-a/e0": ("2025-03-19", "day", "clause"),
        "fx-a/e1": ("2025-03-21", "day", "clause"),
        "fx-a/e2": ("2025-03-19", "day", "clause"),
        "fx-a/e3": ("2025-03-19", "day", "clause"),
        "fx-b/e0": ("2025-03-19", "day", "story"),
        "fx-b/e1": ("", "", ""),
        "fx-b/e2": ("", "", ""),
    }


def test_cameo_date_column_takes_the_story_date(story_dated: list[dict[str, Any]]) -> None:
    out = io.StringIO()
    write_records(story_dated, "cameo", out)
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True))
            for line in out.getvalue().splitlines()]
    # the asserted events: fx-a's three, fx-b/e0 by its story, fx-b/e1 undated
    assert [r["SQLDATE"] for r in rows] == ["20250319"] * 4 + [""]


def test_plover_events_carry_date_precision_and_source(
        story_dated: list[dict[str, Any]]) -> None:
    out = io.StringIO()
    write_records(story_dated, "plover", out)
    got = [(e["event_id"], e["date"], e["dated_by"])
           for e in map(json.loads, out.getvalue().splitlines())]
    assert got == [("fx-a/e0", "2025-03-19", "clause"), ("fx-a/e1", "2025-03-21", "clause"),
                   ("fx-a/e2", "2025-03-19", "clause"), ("fx-a/e3", "2025-03-19", "clause"),
                   ("fx-b/e0", "2025-03-19", "story"), ("fx-b/e1", None, None),
                   ("fx-b/e2", None, None)]


def test_an_own_date_wins_over_the_story() -> None:
    given = story_dates([{"kind": "story", "event_dates": [
        {"event": "x/e0", "date": "2025-05-02", "date_precision": "day"}]}])
    own = {"id": "x/e0", "date": "2025-05-04", "date_precision": "day", "dated_by": "dateline"}
    assert event_date(own, given) == ("2025-05-04", "day", "dateline")
    assert event_date({**own, "date": None}, given) == ("2025-05-02", "day", "story")
    assert event_date({"id": "y/e0"}, given) == (None, None, None)


def test_a_story_with_event_dates_reads_back_as_written(
        story_dated: list[dict[str, Any]]) -> None:
    from eventwire.records import typed

    story = next(r for r in story_dated if r["kind"] == "story")
    assert json.dumps(typed(story).to_json()) == json.dumps(story)
