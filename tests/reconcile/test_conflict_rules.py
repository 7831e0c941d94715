"""When two values of one happening's attribute conflict: a table of (kind, attribute, value
a, value b, conflict?). Values are ``value_key`` tuples: ("num", low, high, estimate) or a
frozenset of tags. Invented figures."""

from __future__ import annotations

import math

import pytest

from eventwire.reconcile.discrepancies import conflict, happening_discrepancies
from eventwire.reconcile.happenings import Happening
from eventwire.records import Evidence, FactRecord, HappeningRef

INF = math.inf


def num(low: float, high: float, estimate: float | None = None) -> tuple:
    return ("num", float(low), float(high), estimate)


CASES = [
    # An exchange "of 80 prisoners" may be 80 for 80: a total of 166 (both sides and a few
    # wounded handed over beside them) is the same exchange told another way.
    ("exchange", "count_prisoner", num(80, 80), num(166, 166), False),
    ("exchange", "count_prisoner", num(80, 80), num(160, 160), False),
    ("exchange", "count_prisoner", num(166, 166), num(80, 80), False),
    # ... but neither reading makes 80 and 120, or 80 and 200, one exchange.
    ("exchange", "count_prisoner", num(80, 80), num(120, 120), True),
    ("exchange", "count_prisoner", num(80, 80), num(200, 200), True),
    ("exchange", "count_prisoner", num(18, 18), num(20, 20), True),  # both each side's
    ("exchange", "count_body", num(500, 500), num(1000, 1000), False),
    # Said to be each side's: no second reading.
    ("exchange", "count_prisoner_per_side", num(80, 80), num(160, 160), True),
    # Other happenings have no sides to count: killed 7 vs 14 is a conflict.
    ("attack", "count_killed", num(7, 7), num(14, 14), True),
    ("release", "count_prisoner", num(40, 40), num(80, 80), True),
    # "more than 80" covers 90 in either reading.
    ("exchange", "count_prisoner", num(80, INF), num(90, 90), False),
    # Tags are what each source says the whole reach is: a truce on energy against one on
    # energy and ports is a conflict (sets are exact values, not ranges)...
    ("truce", "scope", frozenset({"energy"}), frozenset({"energy", "ports"}), True),
    ("talks", "mediators", frozenset({"TUR"}), frozenset({"QAT", "TUR"}), True),
    # ... a full truce covers every target: one truce told wider and narrower (a document
    # telling both, the rejected full truce beside the energy one, stands on neither side);
    ("truce", "scope", frozenset({"energy"}), frozenset({"full"}), True),
    ("truce", "scope", frozenset({"artillery"}), frozenset({"full"}), True),
    # ... disjoint targets are another truce.
    ("truce", "scope", frozenset({"energy"}), frozenset({"ports"}), False),
]


@pytest.mark.parametrize(("kind", "attribute", "a", "b", "expected"), CASES)
def test_conflict_table(kind: str, attribute: str, a: object, b: object,
                        expected: bool) -> None:
    assert conflict(a, b, attribute, kind) is expected


def each(low: float, high: float) -> tuple:
    """A count said to be each side's ("80 for 80")."""
    return ("num", float(low), float(high), None, True)


SIDES = [
    # 80 each against "an exchange of 80" (read as each side's) or "166 exchanged" (the
    # total): one exchange; against "an exchange of 120": neither reading fits.
    (each(80, 80), num(80, 80), False),
    (each(80, 80), num(166, 166), False),
    (each(80, 80), num(120, 120), True),
    (num(166, 166), each(80, 80), False),
    # 80 each against 166 each: the total reading is not open to a count said per side
    (each(80, 80), each(166, 166), True),
]


@pytest.mark.parametrize(("a", "b", "expected"), SIDES)
def test_each_side_against_either(a: tuple, b: tuple, expected: bool) -> None:
    assert conflict(a, b, "count_prisoner", "exchange") is expected


def _count(doc: str, attribute: str, value: int) -> FactRecord:
    return FactRecord(id=f"{doc}/f0", document=doc, subject="", attribute=attribute,
                      value=value, unit=None, interval=(value, value), text=str(value),
                      statement=None, claimed_by=None, reported_by=(),
                      evidence=Evidence(str(value), (0, 1)),
                      happening=HappeningRef(kind="exchange", parties=("BOL", "PRY")))


# documents' counts of one exchange -> the discrepancies: (attribute, values in order)
EXCHANGES = [
    ([("a", "count_prisoner_per_side", 80), ("b", "count_prisoner", 120)],
     [("count_prisoner", [80, 120])]),
    ([("a", "count_prisoner_per_side", 80), ("b", "count_prisoner", 166),
      ("c", "count_prisoner", 80)], []),
    ([("a", "count_prisoner_per_side", 80), ("b", "count_prisoner_per_side", 100)],
     [("count_prisoner_per_side", [80, 100])]),
]


@pytest.mark.parametrize(("told", "expected"), EXCHANGES)
def test_counts_of_one_exchange(told: list[tuple[str, str, int]],
                                expected: list[tuple[str, list[int]]]) -> None:
    h = Happening(kind="exchange", parties={"BOL", "PRY"})
    for doc, attribute, value in told:
        h.add(_count(doc, attribute, value), "s")
    found = happening_discrepancies(h, {}, {}, {d: "s" for d, _, _ in told})
    assert [(r.attribute, [v.value for v in r.values]) for r in found] == expected
