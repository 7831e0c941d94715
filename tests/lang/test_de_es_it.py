"""German, Spanish and Italian, end to end through tables a linguist can extend.

Each ``cases_<lang>.yaml`` row is a sentence run through ``eventwire.api.extract_text``:
the actor countries it must find (a subset), the country of the statement's speaker and,
when given, the exact words of the statement. Their event lexicons are tested with the
events tables.
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
    for code in ("de", "es", "it")
    for row in yaml.safe_load((HERE / f"cases_{code}.yaml").read_text(encoding="utf-8"))
]


@pytest.mark.parametrize(("code", "row"), CASES, ids=[f"{c}:{r['text'][:40]}" for c, r in CASES])
def test_case(code: str, row: dict[str, Any]) -> None:
    text = row["text"]
    if "actors" in row:
        found = recognized_countries(text, code)
        assert set(row["actors"]) <= found, found
    records = extract_text(text, language=code, reference_date="2025-03-20").records
    statements = [r for r in records if r["kind"] == "statement"]
    assert len(statements) == 1, statements
    statement = statements[0]
    assert (statement["speaker"] or {}).get("country") == row["speaker"], statement["speaker"]
    if "content" in row:
        assert statement["text"] == row["content"]
    start, end = statement["span"]
    assert text[start:end] == statement["text"]
