"""Two calls on different days between different pairs of parties are two happenings and
two stories (stories.OtherCalls): a group of reports is kept apart from another when the
call most of its documents lead with is of other sides (neither within the other) on a day
that does not meet the other's. Invented records: the sides, days and positions only."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.reconcile.common import Batch
from eventwire.reconcile.stories import OtherCalls, lead_call

Record = dict[str, Any]


def _actor(code: str) -> Record:
    return {"name": code, "canonical": code, "country": code, "type": "country"}


def _event(doc: str, n: int, at: int, kind: str, mode: str | None, sides: tuple[str, ...],
           date: str | None) -> Record:
    return {"kind": "event", "id": f"{doc}#e{n}", "document": doc, "type": kind, "mode": mode,
            "actors": [_actor(sides[0])], "recipients": [_actor(s) for s in sides[1:]],
            "date": date, "dated_by": "clause" if date else None,
            "evidence": {"text": "x", "span": [at, at + 1]}}


def _call_fact(doc: str, n: int, at: int, sides: tuple[str, ...], date: str | None) -> Record:
    return {"kind": "fact", "id": f"{doc}/f{n}", "document": doc, "attribute": "duration",
            "evidence": {"text": "x", "span": [at, at + 1]},
            "happening": {"kind": "call", "parties": list(sides), "date": date}}


# document -> what it tells, in order: (position, "call" | "talk" | "agree" | "fact", sides,
# day). "call": a phone call coded as an event; "talk": a meeting with no mode; "fact": a
# fact about a call.
DOCS: dict[str, list[tuple[int, str, tuple[str, ...], str | None]]] = {
    # the Monday call of Bolivia and Paraguay, told first
    "mon1": [(10, "call", ("BOL", "PRY"), "2026-02-09")],
    "mon2": [(5, "fact", ("BOL", "PRY"), None), (40, "call", ("BOL", "PRY"), "2026-02-09")],
    # the Tuesday call of Bolivia and Uruguay
    "tue1": [(12, "call", ("BOL", "URY"), "2026-02-10")],
    # told by a fact and a meeting of its sides with no mode, dated by the meeting
    "tue2": [(3, "talk", ("BOL", "URY"), "2026-02-10"), (50, "fact", ("BOL", "URY"), None)],
    # a call of Bolivia and Uruguay on the same Monday
    "mon3": [(8, "call", ("BOL", "URY"), "2026-02-09")],
    # a truce report that tells a call in its third paragraph: about the truce
    "truce": [(10, "agree", ("BOL", "PRY"), "2026-02-09"),
              (400, "call", ("BOL", "URY"), "2026-02-10")],
    # the Monday call with Brazil on the line: the same call
    "broker": [(10, "call", ("BOL", "BRA", "PRY"), "2026-02-09")],
    # an undated call of Bolivia and Uruguay
    "undated": [(10, "fact", ("BOL", "URY"), None)],
}


def _batch() -> tuple[Batch, list[str]]:
    records: list[Record] = []
    for doc, told in DOCS.items():
        records.append({"kind": "document", "id": doc, "text": "x" * 500,
                        "published": "2026-02-10"})
        for n, (at, what, sides, day) in enumerate(told):
            if what == "fact":
                records.append(_call_fact(doc, n, at, sides, day))
            else:
                kind = "AGREE" if what == "agree" else "CONSULT"
                mode = "phone_call" if what == "call" else None
                records.append(_event(doc, n, at, kind, mode, sides, day))
    return Batch.of(records), sorted(DOCS)


@pytest.mark.parametrize(("doc", "expected"), [
    ("mon1", (("BOL", "PRY"), "2026-02-09")),
    ("mon2", (("BOL", "PRY"), "2026-02-09")),  # the day from a later mention of the call
    ("tue2", (("BOL", "URY"), "2026-02-10")),  # the call's sides met that day
    ("truce", None),  # leads with the truce
    ("undated", (("BOL", "URY"), None)),
])
def test_lead_call(doc: str, expected: tuple[tuple[str, ...], str | None] | None) -> None:
    batch, _ = _batch()
    got = lead_call(batch, doc)
    if expected is None:
        assert got is None
        return
    sides, day = expected
    assert got is not None and got[0] == sides
    assert (got[1] is None) == (day is None)


@pytest.mark.parametrize(("a", "b", "apart"), [
    (["mon1", "mon2"], ["tue1", "tue2"], True),  # other pairs, consecutive days
    (["mon1"], ["tue1"], True),
    (["mon1", "mon2"], ["mon1"], False),  # one call
    (["mon1"], ["broker"], False),  # a broker on the line: the same call
    (["mon1"], ["mon3"], False),  # a leader's round of calls of one day
    (["mon1"], ["undated"], True),  # another pair, no day to join them
    (["mon1", "mon2"], ["truce"], False),  # the truce report leads with no call
    (["mon1", "tue1"], ["tue2"], False),  # no call most of the group leads with
])
def test_other_calls(a: list[str], b: list[str], apart: bool) -> None:
    batch, heads = _batch()
    other = OtherCalls(batch, heads)
    ia, ib = [heads.index(d) for d in a], [heads.index(d) for d in b]
    assert other(ia, ib) is apart
    assert other(ib, ia) is apart
