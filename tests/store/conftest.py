"""Fixtures for the store tests: hand-written records (see data/make_fixture.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

FIXTURE = Path(__file__).parent / "data" / "fixture.jsonl"
SCHEMA = Path("/work/shared/contract/records.schema.json")


def load_fixture() -> list[dict[str, Any]]:
    return [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def fixture_records() -> list[dict[str, Any]]:
    return load_fixture()


@pytest.fixture
def store(tmp_path: Path, fixture_records: list[dict[str, Any]]) -> Any:
    from eventwire.store import open_store

    s = open_store(tmp_path / "fx.db")
    s.write([r for r in fixture_records if r["kind"] not in ("agreement", "story", "discrepancy")])
    s.write_cross_document([r for r in fixture_records
                            if r["kind"] in ("agreement", "story", "discrepancy")])
    yield s
    s.close()
