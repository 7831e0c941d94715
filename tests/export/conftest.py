"""The hand-written fixture records shared with tests/store (see tests/store/data), and one
hand-written fact record about the first document, for the facts table."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

FIXTURE = Path(__file__).parents[1] / "store" / "data" / "fixture.jsonl"
SENTENCE = ("Russia and Ukraine agreed on Wednesday to exchange 175 prisoners each, Turkish "
            "officials said after two days of talks in Istanbul.")
FACT = {
    "kind": "fact", "id": "fx-a/f0", "document": "fx-a", "subject": "exchange:RUS+UKR:?",
    "attribute": "count_prisoner_per_side", "value": 175, "unit": "prisoner",
    "interval": [175, 175], "text": "175 prisoners each", "statement": None,
    "claimed_by": None, "reported_by": [],
    "evidence": {"text": SENTENCE, "span": [50, 180]},
    "happening": {"kind": "exchange", "parties": ["RUS", "UKR"], "date": None, "venue": None,
                  "words": "exchange"},
}


@pytest.fixture
def fixture_records() -> list[dict[str, Any]]:
    records = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
    return [*records, FACT]
