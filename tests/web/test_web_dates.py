"""The events page puts events on a real date axis: one bar per day and modality, events
without a day apart (counted under the axis, listed in the table), and an undated event its
story dates on the story's day, marked "(story)"."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eventwire.web import charts
from tests.web.conftest import CROSS, FIXTURE
from tests.web.test_web_views import _event_record


def test_events_without_a_day_stand_apart() -> None:
    plot = charts.timeline_plot([_event_record(date="2025-03-18"),
                                 _event_record(date="2025-03-18", modality="future"),
                                 _event_record(date="2025-03-19"),
                                 _event_record(date="2025-03"), _event_record(date=None)])
    assert plot is not None
    assert [b["label"] for b in plot["bars"]] == [
        "2025-03-18: 1 asserted", "2025-03-18: 1 future", "2025-03-19: 1 asserted"]
    assert (plot["first"], plot["last"], plot["undated"]) == ("2025-03-18", "2025-03-19", 2)


@pytest.fixture
def story_client(tmp_path: Path) -> Iterator[Any]:
    """A store of the fixture with fx-b undated and its first event dated by its story."""
    from fastapi.testclient import TestClient

    from eventwire.store import open_store
    from eventwire.web import create_app

    records = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
    for record in records:
        if record["kind"] == "document" and record["id"] == "fx-b":
            record["published"] = record["reference_date"] = None
        if record["kind"] == "event" and record["document"] == "fx-b":
            record["date"] = None
        if record["kind"] == "story":
            record["event_dates"] = [{"event": "fx-b/e0", "date": "2025-03-17",
                                      "date_precision": "day", "dated_by": None,
                                      "dated_from": {"document": "fx-a", "event": "fx-a/e0"}}]
    store = open_store(tmp_path / "s.db")
    store.write([r for r in records if r["kind"] not in CROSS])
    store.write_cross_document([r for r in records if r["kind"] in CROSS])
    store.close()
    with TestClient(create_app(tmp_path / "s.db", token="t")) as client:
        yield client


def test_a_story_date_reaches_the_timeline_and_the_table(story_client: Any) -> None:
    page = story_client.get("/events").text
    bars = re.findall(r"<title>(\d{4}-\d\d-\d\d: \d+ \w+)</title>", page)
    assert bars == ["2025-03-17: 1 asserted", "2025-03-19: 3 asserted",
                    "2025-03-21: 1 future"]
    assert "(2 without a day" in page  # fx-b's other two events
    assert page.count(">(story)</span>") == 1


def test_the_date_filter_sees_story_dates(story_client: Any) -> None:
    """An event undated in the store and dated by its story is kept by the date range it is
    shown with, and left out of another."""
    page = story_client.get("/events?date_from=2025-03-17&date_to=2025-03-17").text
    assert re.findall(r"<title>(\d{4}-\d\d-\d\d: \d+ \w+)</title>", page) == [
        "2025-03-17: 1 asserted"]
    assert page.count(">(story)</span>") == 1
    page = story_client.get("/events?date_from=2025-03-19").text
    assert re.findall(r"<title>(\d{4}-\d\d-\d\d: \d+ \w+)</title>", page) == [
        "2025-03-19: 3 asserted", "2025-03-21: 1 future"]
    assert page.count(">(story)</span>") == 0


def test_the_api_gives_events_the_date_their_story_gives(story_client: Any) -> None:
    """/api/events shows each event's date as the exports do: its own, else its story's
    (``dated_by`` "story"); the date range keeps an event by that date."""
    items = story_client.get("/api/events", params={"limit": 200}).json()["items"]
    dated = {e["id"]: (e["date"], e.get("date_precision"), e.get("dated_by")) for e in items}
    assert dated["fx-b/e0"] == ("2025-03-17", "day", "story")
    assert all(e["date"] is None for e in items if e["document"] == "fx-b" and
               e["id"] != "fx-b/e0")
    found = story_client.get("/api/events", params={"date_from": "2025-03-17",
                                                   "date_to": "2025-03-17"}).json()
    assert [e["id"] for e in found["items"]] == ["fx-b/e0"] and found["total"] == 1
    later = story_client.get("/api/events", params={"date_from": "2025-03-19", "limit": 2}).json()
    assert later["total"] == 4 and len(later["items"]) == 2 and later["next_offset"] == 2
    assert all(e["date"] >= "2025-03-19" for e in later["items"])
