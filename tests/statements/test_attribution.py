"""Statement attribution on the table in cases.yaml (a linguist can extend it)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from eventwire.api import extract_text

CASES = yaml.safe_load((Path(__file__).parent / "cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_statement_is_attributed(case: dict) -> None:
    result = extract_text(case["text"], language=case["lang"], reference_date="2026-01-15")
    statements = [r for r in result.records if r["kind"] == "statement"]
    found = [s for s in statements if case["content"] in s["text"]]
    assert found, f"no statement containing {case['content']!r}: {statements}"
    statement = found[0]
    assert statement["speaker"]["country"] == case["speaker_country"], statement["speaker"]
    for source in case.get("reported_by", []):
        assert source in statement["reported_by"], statement["reported_by"]
    if "direct" in case:
        assert statement["direct"] is case["direct"]
