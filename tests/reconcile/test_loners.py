"""Documents left alone by grouping join each other when they tell of one happening: the
same type (or fact kind), the same sides, days that do not contradict. Invented keys."""

from __future__ import annotations

import pytest

from eventwire.reconcile.common import date_interval
from eventwire.reconcile.stories import HappeningKey, share_a_happening


def key(space: str, kind: str, sides: tuple[str, ...], date: str | None) -> HappeningKey:
    iv = date_interval(date)
    return (space, kind, sides, (iv.low, iv.high) if iv else None)


CASES = [
    # one call told by two reports, dated or not
    (key("e", "CONSULT", ("BOL", "PRY"), "2026-02-09"),
     key("e", "CONSULT", ("BOL", "PRY"), "2026-02-09"), True),
    (key("f", "call", ("BOL", "PRY"), None), key("f", "call", ("BOL", "PRY"), "2026-02-09"),
     True),
    (key("e", "CONSULT", ("BOL", "PRY"), "2026-02"),
     key("e", "CONSULT", ("BOL", "PRY"), "2026-02-09"), True),  # a month holds the day
    # the same pair on two days: two calls
    (key("e", "CONSULT", ("BOL", "PRY"), "2026-02-09"),
     key("e", "CONSULT", ("BOL", "PRY"), "2026-02-10"), False),
    # a leader's calls with two counterparts: other sides
    (key("f", "call", ("BOL", "PRY"), None), key("f", "call", ("BOL", "URY"), None), False),
    # same sides, another kind of happening
    (key("f", "call", ("BOL", "PRY"), None), key("f", "talks", ("BOL", "PRY"), None), False),
    (key("e", "CONSULT", ("BOL", "PRY"), None), key("f", "call", ("BOL", "PRY"), None), False),
]


@pytest.mark.parametrize(("a", "b", "expected"), CASES)
def test_share_a_happening(a: HappeningKey, b: HappeningKey, expected: bool) -> None:
    assert share_a_happening([a], [b]) is expected
    assert share_a_happening([b], [a]) is expected
