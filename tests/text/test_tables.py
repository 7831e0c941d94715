"""The per-language tables under tables/: a linguist extends them, these tests read them."""

from __future__ import annotations

import pytest

from eventwire.model import Document
from tests.text.conftest import case_id, run_text, tsv_rows, yaml_cases

DATES = tsv_rows("dates.tsv")
DATES_WHOLE = tsv_rows("dates_whole.tsv")
QUANTITIES = tsv_rows("quantities.tsv")
SEGMENTS = yaml_cases("segmentation.yaml")
LIVEBLOGS = yaml_cases("liveblog.yaml")


@pytest.mark.parametrize("row", DATES, ids=[case_id(r) for r in DATES])
def test_dates(row: dict[str, str]) -> None:
    doc = run_text(row["input"], row["lang"], row["reference"])
    found = [(d.text, d.value or "", d.precision or "") for d in doc.dates]
    if not row["mention"]:
        assert found == []
    else:
        assert (row["mention"], row["value"], row["precision"]) in found
    for date in doc.dates:
        assert doc.text[date.start:date.end] == date.text


def render_dates(doc: Document) -> str:
    """All date phrases of a document in the table's notation (see dates_whole.tsv)."""
    rendered = []
    for date in doc.dates:
        cell = f"{date.text}={date.value or ''}:{date.precision or ''}"
        cell += f"..{date.until}" if date.until else ""
        cell += " @dateline" if date.dateline else ""
        rendered.append(cell)
    return " | ".join(rendered)


@pytest.mark.parametrize("row", DATES_WHOLE, ids=[case_id(r) for r in DATES_WHOLE])
def test_dates_whole_output(row: dict[str, str]) -> None:
    doc = run_text(row["input"], row["lang"], row["reference"])
    assert render_dates(doc) == row["dates"]
    for date in doc.dates:
        assert doc.text[date.start:date.end] == date.text


def _number(cell: str) -> float | None:
    return float(cell) if cell else None


@pytest.mark.parametrize("row", QUANTITIES, ids=[case_id(r) for r in QUANTITIES])
def test_quantities(row: dict[str, str]) -> None:
    doc = run_text(row["input"], row["lang"], "2025-03-18")
    found = [(q.text, q.value, q.unit, q.low, q.high, q.approximate) for q in doc.quantities]
    if not row["mention"]:
        assert found == []
        return
    expected = (row["mention"], float(row["value"]), row["unit"], _number(row["low"]),
                _number(row["high"]), row["approximate"] == "yes")
    assert expected in found
    for quantity in doc.quantities:
        assert doc.text[quantity.start:quantity.end] == quantity.text


@pytest.mark.parametrize("case", SEGMENTS, ids=[case_id(c) for c in SEGMENTS])
def test_segmentation(case: dict[str, object]) -> None:
    doc = run_text(str(case["text"]), str(case["lang"]))
    assert [doc.text[s.start:s.end] for s in doc.sentences] == case["sentences"]


@pytest.mark.parametrize("case", LIVEBLOGS, ids=[case_id(c) for c in LIVEBLOGS])
def test_liveblog_entries(case: dict[str, object]) -> None:
    doc = run_text(str(case["text"]), str(case["lang"]), str(case["reference"]))
    assert doc.metadata.get("passage_order", "single") == case["order"]
    got = [{"heading": p.heading, "chronological": p.chronological,
            **({"time": p.time} if p.time else {})} for p in doc.passages]
    assert got == case["passages"]
    for passage in doc.passages:
        if passage.heading_span:
            assert doc.text[slice(*passage.heading_span)] == passage.heading
