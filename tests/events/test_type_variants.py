"""Sentences per PLOVER type in wordings the CAMEO table does not use: type_variants.yaml
(eight per type) and type_variants2.yaml (six per type, written later in words neither of
the others uses).

The CAMEO table gained faster than unseen gold sentences did: fixes fitted our own wording. These
tables measure breadth (synonyms, nominal events, passives, stated intent, negation) with the
complete event output of each row pinned; an extra, missing or inverted event fails.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from eventwire.model import PLOVER_TYPES
from tests.events.test_tree_cases import assert_events, table_params

HERE = Path(__file__).parent
ROWS_PER_TYPE = {"type_variants.yaml": 8, "type_variants2.yaml": 6}
TABLES = {name: yaml.safe_load((HERE / name).read_text(encoding="utf-8"))
          for name in ROWS_PER_TYPE}
CASES = [param for name, table in TABLES.items() for param in table_params(
    table, lambda lang, case, name=name: f"{name[:-5]}:{lang}:{case['type']}:{case['text'][:30]}")]


@pytest.mark.parametrize("name", ROWS_PER_TYPE)
def test_rows_are_well_formed(name: str) -> None:
    """Each row names a PLOVER type that its pinned events hold."""
    for block in TABLES[name]:
        for case in block["cases"]:
            assert case["type"] in PLOVER_TYPES, case["text"]
            assert case["type"] in {event.split()[0] for event in case["events"]}, case["text"]


@pytest.mark.parametrize("name", ROWS_PER_TYPE)
def test_every_type_has_its_rows(name: str) -> None:
    counts = Counter(case["type"] for block in TABLES[name] for case in block["cases"])
    assert counts == dict.fromkeys(PLOVER_TYPES, ROWS_PER_TYPE[name])


def test_tables_share_no_sentence() -> None:
    texts = [case["text"] for table in TABLES.values() for block in table
             for case in block["cases"]]
    assert len(texts) == len(set(texts))


@pytest.mark.parametrize(("lang", "case"), CASES)
def test_sentence_output(lang: str, case: dict) -> None:
    assert_events(lang, case)
