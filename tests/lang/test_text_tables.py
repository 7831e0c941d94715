"""The text-layer tables of languages added after en/fr: ``tests/text/tables/<kind>_<code>.*``.

A linguist adds a language's rows in its own files (quantities_de.tsv, segmentation_de.yaml,
liveblog_de.yaml); this module reads every such file and runs the same checks as
``tests/text/test_tables.py`` does on the shared tables; the quantity tables also pin every
quantity of each input.
"""

from __future__ import annotations

import pytest

from tests.text import test_tables
from tests.text.conftest import TABLES, case_id, run_text, tsv_rows, yaml_cases

QUANTITIES = [row for path in sorted(TABLES.glob("quantities_*.tsv"))
              for row in tsv_rows(path.name)]
SEGMENTS = [case for path in sorted(TABLES.glob("segmentation_*.yaml"))
            for case in yaml_cases(path.name)]
LIVEBLOGS = [case for path in sorted(TABLES.glob("liveblog_*.yaml"))
             for case in yaml_cases(path.name)]


def test_tables_cover_the_new_languages() -> None:
    for rows in (QUANTITIES, SEGMENTS, LIVEBLOGS):
        assert {str(r["lang"]) for r in rows} >= {"de", "es", "it"}


@pytest.mark.parametrize("row", QUANTITIES, ids=[case_id(r) for r in QUANTITIES])
def test_quantities(row: dict[str, str]) -> None:
    test_tables.test_quantities(row)


def test_quantity_tables_pin_every_quantity() -> None:
    """Each input yields exactly the quantities its rows list, in order (none for an empty
    mention)."""
    expected: dict[tuple[str, str], list[str]] = {}
    for row in QUANTITIES:
        listed = expected.setdefault((row["lang"], row["input"]), [])
        if row["mention"]:
            listed.append(row["mention"])
    for (code, text), listed in expected.items():
        doc = run_text(text, code, "2025-03-18")
        assert [q.text for q in doc.quantities] == listed, text


@pytest.mark.parametrize("case", SEGMENTS, ids=[case_id(c) for c in SEGMENTS])
def test_segmentation(case: dict[str, object]) -> None:
    test_tables.test_segmentation(case)


@pytest.mark.parametrize("case", LIVEBLOGS, ids=[case_id(c) for c in LIVEBLOGS])
def test_liveblog_entries(case: dict[str, object]) -> None:
    test_tables.test_liveblog_entries(case)
