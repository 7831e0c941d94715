"""A wire carried by three outlets is one voice, and a place is compared only as the venue
of the same happening. Invented stories in three languages (tests/reconcile/voices/): three
outlets give the length of one round of talks through one agency ("according to Reuters",
"a rapporté l'AFP", "meldete dpa"), a fourth gives another length on its own; every text has
a dateline in another capital, one names a capital as an actor ("Moscow said") and one a
place of another happening (a shelling near a border village). Exactly one discrepancy: the
length, three sources but one independent voice against one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from eventwire.api import extract

VOICES = Path(__file__).parent / "voices"

# language -> (wire, the wire's value, the other value)
EXPECTED = {"en": ("Reuters", 3, 5), "fr": ("AFP", 3, 5), "de": ("dpa", 3, 5)}


def _run(lang: str) -> list[dict[str, Any]]:
    return extract([str(VOICES / f"{lang}.jsonl")], reference_date="2026-09-30").records


@pytest.mark.parametrize("lang", sorted(EXPECTED))
def test_a_wire_in_three_outlets_is_one_voice(lang: str) -> None:
    wire, carried, other = EXPECTED[lang]
    records = _run(lang)
    assert [r["documents"] for r in records if r["kind"] == "story"] == [
        ["w1", "w2", "w3", "w4"]]
    table = [(d["attribute"], d["happening"]["kind"],
              [(v["value"], v["sources"], v["independent_sources"],
               v.get("reported_by", []))
               for v in d["values"]])
             for d in records if d["kind"] == "discrepancy"]
    assert table == [("duration", "talks", [(carried, ["w1", "w2", "w3"], 1, [wire]),
                                            (other, ["w4"], 1, [])])]
