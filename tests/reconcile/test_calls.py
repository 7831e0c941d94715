"""Calls are merged across documents by their sides and their day (the event's date, else
the day the document was written), so that sources' differing durations of one call are
compared, and two calls of one document (with different countries, or days apart) stay two."""

from __future__ import annotations

from eventwire.reconcile import reconcile


def _actor(code: str) -> dict:
    return {"name": code, "canonical": code, "country": code, "sector": None, "type": "country"}


def _doc(doc: str, published: str | None) -> dict:
    return {"kind": "document", "id": doc, "language": "en", "outlet": doc, "title": None,
            "published": published,
            # Texts of their own: identical texts would be one syndicated voice.
            "text": f"{doc} reports. {doc} says the leaders spoke by phone about the border."}


def _call(doc: str, n: int, actors: list[str], recipients: list[str], date: str | None,
          hours: float | None = None, low: bool = False) -> dict:
    quantities = []
    if hours is not None:
        q: dict = {"value": hours, "unit": "hour", "text": f"{hours} hours"}
        if low:
            q["low"] = hours
        quantities.append(q)
    return {"kind": "event", "id": f"{doc}#e{n}", "document": doc, "type": "CONSULT",
            "mode": "phone", "actors": [_actor(c) for c in actors],
            "recipients": [_actor(c) for c in recipients], "date": date, "location": None,
            "quantities": quantities, "modality": "asserted", "statement": None,
            "claimed_by": None,
            "evidence": {"text": "spoke", "span": [len(doc) * 2 + 28, len(doc) * 2 + 33]}}


def _calls(out: list[dict]) -> list[dict]:
    return [m for s in out if s["kind"] == "story" for m in s["merged_events"]
            if m["family"] == "phone"]


def test_tuesday_call_and_yesterdays_call_are_one_call_whose_durations_disagree() -> None:
    records = [
        _doc("a", "2025-05-06"), _doc("b", "2025-05-07"), _doc("c", "2025-05-07"),
        _call("a", 1, ["BRA"], ["ARG"], "2025-05-06", 2),
        _call("b", 1, ["ARG"], ["BRA"], None, 2.5),  # "yesterday's call", not dated by the coder
        _call("c", 1, ["BRA", "ARG"], [], None, 1.5, low=True),  # "at least 90 minutes"
    ]
    out = reconcile(records)
    calls = _calls(out)
    assert len(calls) == 1 and calls[0]["sources"] == ["a", "b", "c"]
    hours = [d for d in out if d["kind"] == "discrepancy" and d["attribute"] == "duration"]
    assert len(hours) == 1 and hours[0]["unit"] == "hour"
    # "at least 90 minutes" fits both 2 and 2.5 hours: a vaguer value, not a side.
    values = {v["value"]: v["sources"] for v in hours[0]["values"]}
    assert values == {2: ["a"], 2.5: ["b"]}
    assert hours[0]["nature"] == "conflict" and hours[0]["conflicts"] == [[0, 1]]


def test_one_document_two_calls_with_different_countries_stay_two() -> None:
    records = [
        _doc("a", "2025-05-07"), _doc("b", "2025-05-07"),
        # a: yesterday's call with ARG (2 h), today's with CHL (1 h)
        _call("a", 1, ["BRA"], ["ARG"], "2025-05-06", 2),
        _call("a", 2, ["BRA"], ["CHL"], "2025-05-07", 1),
        _call("b", 1, ["BRA"], ["CHL"], None, 1),
        _call("b", 2, ["BRA"], ["ARG"], "2025-05-06", 2),
        _call("b", 3, ["BRA"], [], "2025-05-07"),  # "the president's call today": CHL's
    ]
    calls = _calls(reconcile(records))
    by_sides = {tuple(c["sides"]): c for c in calls}
    assert sorted(by_sides) == [("ARG", "BRA"), ("BRA", "CHL")]
    assert by_sides[("BRA", "CHL")]["mentions"] == ["a#e2", "b#e1", "b#e3"]
    assert by_sides[("ARG", "BRA")]["mentions"] == ["a#e1", "b#e2"]


def test_calls_of_one_pair_days_apart_are_two_calls() -> None:
    records = [
        _doc("a", "2025-05-06"), _doc("b", "2025-05-13"), _doc("c", "2025-05-14"),
        _call("a", 1, ["BRA"], ["ARG"], "2025-05-06", 2),
        _call("b", 1, ["BRA"], ["ARG"], "2025-05-13", 1),
        _call("c", 1, ["ARG"], ["BRA"], None, 3),  # reported the day after the second call
    ]
    out = reconcile(records)
    calls = sorted(_calls(out), key=lambda m: m["mentions"])
    assert [c["mentions"] for c in calls] == [["a#e1"], ["b#e1", "c#e1"]]


def test_a_broker_on_the_line_does_not_split_the_call() -> None:
    records = [
        _doc("a", "2025-05-06"), _doc("b", "2025-05-06"),
        _call("a", 1, ["BRA"], ["ARG", "URY"], "2025-05-06", 1),
        _call("b", 1, ["ARG", "BRA"], [], "2025-05-06", 2),
    ]
    calls = _calls(reconcile(records))
    assert len(calls) == 1 and calls[0]["sources"] == ["a", "b"]
