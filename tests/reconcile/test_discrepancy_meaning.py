"""Comparison by meaning: a table of (wording A, wording B, expected nature)."""

from __future__ import annotations

import pytest

from eventwire.reconcile.discrepancies import compare, quantity_observations
from eventwire.reconcile.scoring import bcubed

Q = dict

# (quantity stated by source A, by source B, nature of the difference or None when equal)
CASES = [
    (Q(value=1, unit="hour", low=1, text="more than an hour"),
     Q(value=2.5, unit="hour", text="two and a half hours"), "precision"),
    (Q(value=90, unit="minute", text="90 minutes"),
     Q(value=2.5, unit="hour", text="2.5 hours"), "conflict"),
    (Q(value=90, unit="minute", text="90 minutes"),
     Q(value=1.5, unit="hour", text="an hour and a half"), None),
    (Q(value=2, unit="hour", approximate=True, text="about two hours"),
     Q(value=2.5, unit="hour", text="two and a half hours"), "conflict"),
    (Q(value=2.5, unit="hour", high=2.5, approximate=True, text="almost 2.5 hours"),
     Q(value=2.5, unit="hour", text="2.5 hours"), "precision"),
    (Q(value=30, unit="day", text="30 days"), Q(value=1, unit="month", text="a month"),
     "precision"),
    (Q(value=14, unit="day", text="14 days"), Q(value=2, unit="week", text="two weeks"), None),
    (Q(value=175, unit="prisoner", text="175"), Q(value=172, unit="prisoner", text="172"),
     "conflict"),
]


@pytest.mark.parametrize(("a", "b", "nature"), CASES)
def test_quantities_compare_by_meaning(a: dict, b: dict, nature: str | None) -> None:
    events = [{"document": "A", "quantities": [a]}, {"document": "B", "quantities": [b]}]
    observations = quantity_observations(events)
    assert len(observations) == 1
    (attribute, obs), = observations.items()
    record = compare("subject", "event", None, attribute, obs, {})
    if nature is None:
        assert record is None
    else:
        assert record is not None and record["nature"] == nature
        assert sorted(s for v in record["values"] for s in v["sources"]) == ["A", "B"]


def test_one_source_alone_is_no_discrepancy() -> None:
    events = [{"document": "A", "quantities": [Q(value=1, unit="hour"), Q(value=2, unit="hour")]}]
    (attribute, obs), = quantity_observations(events).items()
    assert compare("s", "event", None, attribute, obs, {}) is None


def test_bcubed() -> None:
    gold = [["a", "b", "c"], ["d", "e"]]
    assert bcubed(gold, gold)["f1"] == 1.0
    assert round(bcubed([["a", "b", "c", "d", "e"]], gold)["f1"], 3) == 0.684
