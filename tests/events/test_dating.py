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
          "dates_blind4.yaml", "dates_blind5.yaml", "dates_blind6.yaml", "dates_blind7.yaml",
          "dates_blind8.yaml", "dates_blind9.yaml")
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


# One text for each kind of date the dating can give: a day (by clause, sentence, discourse,
# dateline, publication), a range, a week, a month and a year of publication, a live-blog
# entry's day, no date at all, and a story's date for an undated text (a batch).
_KINDS = [
    ("day", dict(text="VALLETTA, May 4 (Wire) - Russia accused Ukraine on Friday of shelling "
                      "a port. Ukraine denied it.", reference="2025-05-10")),
    ("range", dict(text="Russia and Ukraine held talks in Valletta from 28 April to 2 May.",
                   published="2025-05-10")),
    ("week", dict(text="Russia and Ukraine held talks in Valletta last week.",
                  published="2025-05-10")),
    ("month", dict(text="Russia accused Ukraine of shelling a port.", published="2025-05")),
    ("year", dict(text="Russia accused Ukraine of shelling a port.", published="2025")),
    ("none", dict(text="Russia accused Ukraine of shelling a port.")),
]
_LENGTHS = {"day": 10, "range": 10, "month": 7, "year": 4}


def _agrees(date: Any, precision: Any, dated_by: Any, *, story: bool = False) -> None:
    """A date and its precision say the same thing; a dated event says where the date came
    from (a story's date has ``dated_by`` null and says ``dated_from``), an undated one says
    nothing."""
    if date is None:
        assert precision is None and dated_by is None
        return
    assert len(date) == _LENGTHS[precision], (date, precision)
    assert (dated_by is None) == story, dated_by


@pytest.mark.parametrize("kind,fields", _KINDS, ids=[k for k, _ in _KINDS])
def test_event_dates_keep_the_contract(kind: str, fields: dict[str, Any], validator: Any) -> None:
    """Every record of a text of each kind validates against the contract, and each event's
    ``date``, ``date_precision`` and ``dated_by`` agree."""
    fields = dict(fields)
    text, reference = fields.pop("text"), fields.pop("reference", None)
    result = extract_text(text, reference_date=reference, language="en", **fields)
    events = [r for r in result.records if r["kind"] == "event"]
    assert events
    for record in result.records:
        validator.validate(record)
    for event in events:
        _agrees(event["date"], event.get("date_precision"), event.get("dated_by"))
    precisions = {e.get("date_precision") for e in events}
    assert precisions == ({None} if kind == "none" else {"range"} if kind == "week"
                          else {"day"} if kind == "day" else {kind})


def test_a_live_blog_entry_and_a_story_date_keep_the_contract(validator: Any) -> None:
    """A live-blog entry dates its events by ``passage``; in a batch, a story's date for an
    undated text's event is listed on the story with its precision, ``dated_by`` null and
    ``dated_from``, and the event keeps its own (no) date."""
    blog = read_text("VALLETTA, May 6 (Wire) - Live: the talks\n\n10:40 GMT - Prisoners swapped\n"
                     "Russia and Ukraine exchanged 40 prisoners of war, the army said.\n\n"
                     "09:15 GMT - Envoys meet\nThe American envoy met the Russian delegation.",
                     id="blog", published="2025-05-06")
    dated = read_text("Russia and Ukraine held talks in Valletta on 6 May 2025.", id="a",
                      published="2025-05-07")
    undated = read_text("Russia and Ukraine held talks in Valletta, the envoys said.", id="b")
    result = extract_documents([blog, dated, undated], language="en")
    for record in result.records:
        validator.validate(record)
    events = [r for r in result.records if r["kind"] == "event"]
    for event in events:
        _agrees(event["date"], event.get("date_precision"), event.get("dated_by"))
    by_story = [d for r in result.records if r["kind"] == "story" for d in r.get("event_dates", ())]
    assert by_story
    for entry in by_story:
        _agrees(entry["date"], entry.get("date_precision"), entry.get("dated_by"), story=True)
        assert entry["dated_from"]["document"] == "a"
    assert {e["dated_by"] for e in events if e["document"] == "blog"} == {"passage"}
    assert {e["dated_by"] for e in events if e["document"] == "a"} == {"clause"}
    assert [e["date"] for e in events if e["document"] == "b"] == [None]
