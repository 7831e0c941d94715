"""Russian and Ukrainian, tested end to end through tables a linguist can extend.

Each ``cases_<lang>.yaml`` row is a sentence run through ``eventwire.api.extract_text``
with its expected actor countries, statement speaker country and event (type, sides, and
optionally mode and modality).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from eventwire.api import extract_text
from tests.lang.actor_tables import recognized_countries

HERE = Path(__file__).parent
CASES = [
    (code, row)
    for code in ("ru", "uk")
    for row in yaml.safe_load((HERE / f"cases_{code}.yaml").read_text(encoding="utf-8"))
]


def _countries(sides: list[dict[str, Any]]) -> set[str]:
    return {s.get("country") for s in sides if s.get("country")}


PARAMS = [pytest.param(c, r, id=f"{c}:{r['text'][:40]}",
                       marks=[pytest.mark.xfail(strict=True, reason=r["known"])]
                       if r.get("known") else []) for c, r in CASES]


@pytest.mark.parametrize(("code", "row"), PARAMS)
def test_case(code: str, row: dict[str, Any]) -> None:
    text = row["text"]
    if "actors" in row:
        found = recognized_countries(text, code)
        assert set(row["actors"]) <= found, found
    records = extract_text(text, language=code, reference_date="2025-03-20").records
    if "speaker" in row:
        speakers = [r["speaker"] for r in records if r["kind"] == "statement" and r["speaker"]]
        assert row["speaker"] in {s.get("country") for s in speakers}, speakers
    if "event" in row:
        want = row["event"]
        events = [r for r in records if r["kind"] == "event" and r["type"] == want["type"]]
        assert events, [(r["type"], r.get("mode")) for r in records if r["kind"] == "event"]
        ok = [
            e for e in events
            if _countries(e["actors"]) == set(want.get("actors", _countries(e["actors"])))
            and set(want.get("recipients", [])) <= _countries(e["recipients"])
            and want.get("mode", e.get("mode")) == e.get("mode")
            and want.get("modality", e["modality"]) == e["modality"]
        ]
        assert ok, [(e["type"], e.get("mode"), _countries(e["actors"]),
                     _countries(e["recipients"]), e["modality"]) for e in events]


@pytest.mark.parametrize("code", ["ru", "uk"])
def test_spans_equal_text(code: str) -> None:
    for c, row in CASES:
        if c != code:
            continue
        for r in extract_text(row["text"], language=code).records:
            if "span" in r and "text" in r and r["kind"] == "statement":
                s, e = r["span"]
                assert row["text"][s:e] == r["text"]
