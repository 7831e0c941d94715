"""When two values of one happening's attribute conflict: a table of (kind, attribute, value
a, value b, conflict?). Values are ``value_key`` tuples: ("num", low, high, estimate) or a
frozenset of tags. Invented figures."""

from __future__ import annotations

import math

import pytest

from eventwire.reconcile.discrepancies import conflict

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
    # ... a full truce or disjoint targets are another truce.
    ("truce", "scope", frozenset({"energy"}), frozenset({"full"}), False),
    ("truce", "scope", frozenset({"energy"}), frozenset({"ports"}), False),
]


@pytest.mark.parametrize(("kind", "attribute", "a", "b", "expected"), CASES)
def test_conflict_table(kind: str, attribute: str, a: object, b: object,
                        expected: bool) -> None:
    assert conflict(a, b, attribute, kind) is expected
