"""Eight sentences per PLOVER type in wordings the CAMEO table does not use (type_variants.yaml).

The CAMEO table gained faster than unseen gold sentences did: fixes fitted our own wording. This
table measures breadth (synonyms, nominal events, passives, stated intent, negation) with the
complete event output of each row pinned; an extra, missing or inverted event fails.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from eventwire.model import PLOVER_TYPES
from tests.events.test_tree_cases import assert_events, table_params

TABLE_PATH = Path(__file__).parent / "type_variants.yaml"
TABLE = yaml.safe_load(TABLE_PATH.read_text(encoding="utf-8"))
CASES = table_params(TABLE, lambda lang, case: f"{lang}:{case['type']}:{case['text'][:30]}")


def test_rows_are_well_formed() -> None:
    """Each row names a PLOVER type that its pinned events hold."""
    for block in TABLE:
        for case in block["cases"]:
            assert case["type"] in PLOVER_TYPES, case["text"]
            assert case["type"] in {event.split()[0] for event in case["events"]}, case["text"]


def test_every_type_has_eight_rows() -> None:
    counts = Counter(case["type"] for block in TABLE for case in block["cases"])
    assert counts == dict.fromkeys(PLOVER_TYPES, 8)


@pytest.mark.parametrize(("lang", "case"), CASES)
def test_sentence_output(lang: str, case: dict) -> None:
    assert_events(lang, case)
