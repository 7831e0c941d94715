"""One invented sentence per CAMEO code (cameo_cases.yaml): the complete event output.

The PLOVER gold sentences are one stylised sentence per CAMEO code; these rows cover every code
of the mapping with sentences of our own, so that breadth over every kind of act is measured,
not depth on the sentences seen. An extra, missing or inverted event fails.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from eventwire.model import PLOVER_TYPES
from tests.events.test_tree_cases import assert_events, table_params

TABLE_PATH = Path(__file__).parent / "cameo_cases.yaml"
TABLE = yaml.safe_load(TABLE_PATH.read_text(encoding="utf-8"))
CASES = table_params(TABLE, lambda lang, case: f"{lang}:{case['code']}:{case['text'][:30]}")


def test_rows_are_well_formed() -> None:
    """Each row names a PLOVER type, and its events hold that type unless nothing is coded."""
    types = set(PLOVER_TYPES)
    for block in TABLE:
        for case in block["cases"]:
            assert case["type"] in types, case["code"]
            assert case["type"] in {event.split()[0] for event in case["events"]}, case["code"]


def test_every_type_has_rows() -> None:
    counts = Counter(case["type"] for block in TABLE for case in block["cases"])
    assert sorted(counts) == sorted(PLOVER_TYPES)


@pytest.mark.parametrize(("lang", "case"), CASES)
def test_sentence_output(lang: str, case: dict) -> None:
    assert_events(lang, case)
