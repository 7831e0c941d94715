"""Every event dated, and the date says where it came from (tests/events/dating.yaml, and
the blind table tests/events/dates_blind.yaml, written before eventwire read it)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from eventwire.api import extract_documents, extract_text
from eventwire.ingest.readers import read_inputs, read_text

TABLES = ("dating.yaml", "dates_blind.yaml", "dates_blind2.yaml", "dates_blind3.yaml",
          "dates_blind4.yaml")
CASES: list[dict[str, Any]] = [
    case for table in TABLES
    for case in yaml.safe_load((Path(__file__).parent / table).read_text(encoding="utf-8"))
]


def _params() -> list[Any]:
    """One test a row; a row the code gets wrong for now (``known``) is a strict expected
    failure with that reason."""
    return [pytest.param(case, id=f"{case['lang']}:{case['name']}",
                         marks=[pytest.mark.xfail(strict=True, reason=case["known"])]
                         if case.get("known") else [])
            for case in CASES]


@pytest.mark.parametrize("case", _params())
def test_event_dates(case: dict[str, Any], tmp_path: Path) -> None:
    """A row with a ``file`` name is read as that file (an HTML page, a feed), the way
    ``eventwire extract`` reads it; else its text is a plain document."""
    if case.get("file"):
        path = tmp_path / case["file"]
        path.write_text(case["text"], encoding="utf-8")
        result = extract_documents(read_inputs([str(path)]), reference_date=case.get("reference"),
                                   language=case["lang"])
    else:
        fields = {"published": case["published"]} if case.get("published") else {}
        result = extract_text(
            case["text"], reference_date=case.get("reference"), language=case["lang"], **fields
        )
    assert not result.errors
    got = [
        [e["type"], e["date"], e.get("date_precision"), e.get("dated_by")]
        for e in result.records
        if e["kind"] == "event"
    ]
    assert got == case["events"]


def test_reference_date_fills_the_gap_only() -> None:
    """A batch date dates the documents without one; a document's own date is kept."""
    own = read_text("Russia accused Ukraine of shelling a port.", id="own", published="2025-03")
    bare = read_text("Russia accused Ukraine of shelling a port.", id="bare")
    result = extract_documents([own, bare], reference_date="2025-05-10", language="en")
    dates = {
        e["document"]: (e["date"], e["date_precision"], e["dated_by"])
        for e in result.records
        if e["kind"] == "event"
    }
    assert dates == {
        "own": ("2025-03", "month", "published"),
        "bare": ("2025-05-10", "day", "published"),
    }


@pytest.mark.parametrize("value", ["2025-13-01", "2025-02-30", "18/03/2025", "tomorrow"])
def test_a_bad_reference_date_is_one_line_naming_it(value: str) -> None:
    with pytest.raises(ValueError) as error:
        extract_text("Russia accused Ukraine.", reference_date=value, language="en")
    assert str(error.value) == (
        f"reference date {value!r} is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)"
    )


@pytest.mark.parametrize("value", ["2025-03-18", "2025-03", "2025"])
def test_partial_reference_dates_are_kept_at_their_precision(value: str) -> None:
    result = extract_text("Russia accused Ukraine of lying.", reference_date=value, language="en")
    event = next(e for e in result.records if e["kind"] == "event")
    precision = {4: "year", 7: "month", 10: "day"}[len(value)]
    assert (event["date"], event["date_precision"], event["dated_by"]) == (
        value, precision, "published")


def test_events_take_the_publication_date_each_input_gives(tmp_path: Path) -> None:
    """A JSON Lines document dated by a Unix ``timestamp``, a page by its microdata: their
    events are dated by it (``published``), each at its own day."""
    from eventwire.ingest.readers import read_inputs

    lines = tmp_path / "batch.jsonl"
    lines.write_text(
        '{"id": "a", "language": "en", "timestamp": 1742292000, '
        '"text": "Russia accused Ukraine of shelling a port."}\n', encoding="utf-8")
    page = tmp_path / "page.html"
    page.write_text(
        '<html lang="en"><head><title>Port</title></head><body><article>'
        '<span itemprop="datePublished" content="2025-03-19T08:00:00Z"></span>'
        "<p>Ukraine accused Russia of shelling a port on the river, officials of both "
        "invented republics said in a long statement read out on the radio.</p></article>"
        "</body></html>", encoding="utf-8")
    result = extract_documents(read_inputs([str(lines), str(page)]))
    dated = sorted({(e["type"], e["date"], e["dated_by"]) for e in result.records
                    if e["kind"] == "event"})
    assert dated == [("ACCUSE", "2025-03-18", "published"), ("ACCUSE", "2025-03-19", "published"),
                     ("ASSAULT", "2025-03-18", "published"), ("ASSAULT", "2025-03-19", "published")]
