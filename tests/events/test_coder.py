"""Event coding on the table in cases.yaml (a linguist can extend it)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from eventwire.api import extract_text

CASES = yaml.safe_load((Path(__file__).parent / "cases.yaml").read_text(encoding="utf-8"))


def _countries(sides: list[dict]) -> set[str]:
    return {a["country"] for a in sides if a["country"]}


def _matches(expected: dict, event: dict) -> bool:
    if event["type"] != expected["type"]:
        return False
    if not set(expected.get("actors", [])) <= _countries(event["actors"]):
        return False
    if not set(expected.get("recipients", [])) <= _countries(event["recipients"]):
        return False
    if "modality" in expected and event["modality"] != expected["modality"]:
        return False
    if "date" in expected and event["date"] != expected["date"]:
        return False
    return "mode" not in expected or event["mode"] == expected["mode"]


PARAMS = [pytest.param(c, id=c["text"][:40],
                       marks=[pytest.mark.xfail(strict=True, reason=c["known"])]
                       if c.get("known") else []) for c in CASES]


@pytest.mark.parametrize("case", PARAMS)
def test_events_are_coded(case: dict) -> None:
    result = extract_text(case["text"], language=case["lang"], reference_date="2026-01-15")
    events = [r for r in result.records if r["kind"] == "event"]
    summary = [(e["type"], sorted(_countries(e["actors"])), sorted(_countries(e["recipients"])),
                e["modality"], e["mode"]) for e in events]
    for expected in case["events"]:
        assert any(_matches(expected, e) for e in events), (expected, summary)
    for kind in case.get("absent_asserted", []):
        assert not any(e["type"] == kind and e["modality"] == "asserted" for e in events), summary
    for kind, country in case.get("absent_actor", {}).items():
        assert not any(e["type"] == kind and country in _countries(e["actors"]) for e in events), (
            summary
        )
    if case.get("no_location"):
        assert all(e["location"] is None for e in events), [e["location"] for e in events]
    for kind, country in case.get("absent_recipient", {}).items():
        assert not any(
            e["type"] == kind and country in _countries(e["recipients"]) for e in events
        ), summary


def test_a_sentence_over_the_parse_limit_is_parsed_in_pieces_and_coded() -> None:
    """Every sentence has a tree (one coder): a long one is parsed in pieces that cover it."""
    from eventwire.syntax.parse import MAX_PARSE_CHARS, pieces

    # long words: the pipeline cuts sentences over 200 words before the parser sees them
    filler = "representatives-of-interministerial-committees gathered, " * 70
    text = filler + "and Bolivia launched an attack on Paraguay."
    assert len(text) > MAX_PARSE_CHARS
    cuts = pieces(text, 0, len(text))
    assert cuts[0][0] == 0 and cuts[-1][1] == len(text) and len(cuts) == 2
    assert all(a[1] == b[0] for a, b in zip(cuts, cuts[1:], strict=False))
    assert all(end - start <= MAX_PARSE_CHARS for start, end in cuts)
    result = extract_text(text, language="en", reference_date="2026-01-15")
    sentences = result.documents[0].sentences
    assert len(sentences) == 1 and sentences[0].parse is not None
    assert sentences[0].parse.text == text[sentences[0].parse_start : sentences[0].end]
    events = [(e["type"], sorted(_countries(e["actors"])), sorted(_countries(e["recipients"])))
              for e in result.records if e["kind"] == "event"]
    assert events == [("ASSAULT", ["BOL"], ["PRY"])]
