"""The hand-written fixture records shared with tests/store (see tests/store/data)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

FIXTURE = Path(__file__).parents[1] / "store" / "data" / "fixture.jsonl"


@pytest.fixture
def fixture_records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
