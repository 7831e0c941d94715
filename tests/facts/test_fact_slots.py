"""Fact slots per language: what a figure counts, its interval, and the happening it is
about; and how two facts' values compare (conflict vs precision, other units)."""

from __future__ import annotations

import pytest

from eventwire.api import extract_text
from eventwire.reconcile.discrepancies import conflict

# (lang, text, [(attribute, value, interval, happening kind)])
CASES = [
    ("en", "The talks in Ankara lasted more than an hour.",
     [("duration", 1, [1, None], "talks"), ("venue", "Ankara", None, "talks")]),
    ("en", "The ceasefire will last six weeks.", [("duration", 42, [42, 42], "truce")]),
    ("en", "A strike on the port killed about 100 people.",
     [("count_killed", 100, [90, 110], "attack")]),
    ("en", "The two sides will exchange 300 prisoners for 300 prisoners.",
     [("count_prisoner_per_side", 300, [300, 300], "exchange"),
      ("count_prisoner_per_side", 300, [300, 300], "exchange")]),
    ("fr", "Les pourparlers ont duré deux heures et demie.",
     [("duration", 2.5, [2.5, 2.5], "talks")]),
    ("fr", "Le cessez-le-feu durera 42 jours.", [("duration", 42, [42, 42], "truce")]),
    ("ru", "Переговоры продолжались 90 минут.", [("duration", 1.5, [1.5, 1.5], "talks")]),
    ("ru", "При ударе по порту погибли 25 человек.",
     [("count_killed", 25, [25, 25], "attack")]),
    ("uk", "Перемир'я триватиме 30 днів.", [("duration", 30, [30, 30], "truce")]),
    # "handed over": the verb's particle, no bound (was [150, None]: "more than 150")
    ("en", "Russia handed over 150 prisoners in the exchange.",
     [("count_prisoner", 150, [150, 150], "exchange")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_fact_slots(lang: str, text: str, expected: list[tuple]) -> None:
    records = extract_text(text, reference_date="2026-04-15", language=lang).records
    facts = [(r["attribute"], r["value"], r["interval"], r["happening"]["kind"])
             for r in records if r["kind"] == "fact"]
    assert facts == [(a, v, i, k) for a, v, i, k in expected]


def test_fact_evidence_is_the_text() -> None:
    text = "The talks in Ankara lasted more than an hour, the Kremlin said."
    records = extract_text(text, reference_date="2026-04-15", language="en").records
    doc = next(r for r in records if r["kind"] == "document")
    for f in (r for r in records if r["kind"] == "fact"):
        start, end = f["evidence"]["span"]
        assert doc["text"][start:end] == f["evidence"]["text"]


def _num(lo: float | None, hi: float | None, estimate: float | None = None
         ) -> tuple[str, float, float, float | None]:
    return ("num", float("-inf") if lo is None else lo, float("inf") if hi is None else hi,
            estimate)


# (a, b, conflict?): about 100 vs 103 is precision; 90 minutes vs 2.5 hours a conflict;
# six weeks vs 42 days the same; 2 days vs 30 days two different things; "about 40 km" vs
# "about 43 km" two estimates of different figures.
COMPARISONS = [
    (_num(90, 110, 100), _num(103, 103), False),
    (_num(36, 44, 40), _num(38.7, 47.3, 43), True),
    (_num(36, 44, 40), _num(36, 44, 40), False),
    (_num(36, 44, 40), _num(43, 43), False),
    (_num(1.5, 1.5), _num(2.5, 2.5), True),
    (_num(42, 42), _num(42, 42), False),
    (_num(1, None), _num(2.5, 2.5), False),
    (_num(2, 3), _num(30, 30), False),
    (_num(12, 12), _num(20, 20), True),
]


@pytest.mark.parametrize(("a", "b", "expected"), COMPARISONS)
def test_conflict_or_precision(a: tuple, b: tuple, expected: bool) -> None:
    assert conflict(a, b, "duration") is expected


@pytest.mark.parametrize(("a", "b", "expected"), [
    ({"energy"}, {"energy", "infrastructure"}, True),
    ({"energy"}, {"black_sea", "naval"}, False),
    ({"full"}, {"energy"}, True),  # one truce told wider and narrower
    ({"full"}, {"black_sea", "naval"}, True),
])
def test_scope_tags(a: set[str], b: set[str], expected: bool) -> None:
    assert conflict(frozenset(a), frozenset(b), "scope") is expected
