"""The whole event output of one sentence, in seven languages (tree_cases*.yaml).

Each table file holds one block per language; a class of sentence may get a file of its own.

An extra, missing or inverted event fails: the table pins the complete output.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from eventwire.api import extract_text
from eventwire.syntax import models

TABLE_FILES = sorted(Path(__file__).parent.glob("tree_cases*.yaml"))
TABLE = [
    block
    for path in TABLE_FILES
    for block in yaml.safe_load(path.read_text(encoding="utf-8"))
]


def table_params(blocks: list[dict], name: Callable[[str, dict], str]) -> list:
    """One test parameter per (language, case) of a table; a case the shipped parser gets
    wrong (``known``) is a strict expected failure with that reason."""
    return [
        pytest.param(block["lang"], case, id=name(block["lang"], case),
                     marks=[pytest.mark.xfail(strict=True, reason=case["known"])]
                     if case.get("known") else [])
        for block in blocks
        for case in block["cases"]
    ]


CASES = table_params(TABLE, lambda lang, case: f"{lang}:{case['text'][:36]}")


def render(event: dict) -> str:
    """``TYPE ACTORS -> RECIPIENTS [modality] [claimed_by=X]``, as the table writes events."""

    def side(actors: list[dict]) -> str:
        return "+".join(a["country"] for a in actors if a["country"]) or "_"

    out = f"{event['type']} {side(event['actors'])} -> {side(event['recipients'])}"
    if event["modality"] != "asserted":
        out += f" {event['modality']}"
    if event.get("claimed_by") and event["claimed_by"].get("country"):
        out += f" claimed_by={event['claimed_by']['country']}"
    return out


@pytest.mark.parametrize("path", TABLE_FILES, ids=lambda path: path.name)
def test_every_language_has_cases(path: Path) -> None:
    blocks = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert sorted(block["lang"] for block in blocks) == ["de", "en", "es", "fr", "it", "ru", "uk"]


def assert_events(lang: str, case: dict) -> None:
    """The complete event output of a table row, as rendered lines in any order."""
    if lang not in models.available():
        pytest.skip(f"no syntax model shipped for {lang}")
    result = extract_text(case["text"], language=lang, reference_date="2026-01-15")
    events = sorted(render(r) for r in result.records if r["kind"] == "event")
    assert events == sorted(case["events"])


@pytest.mark.parametrize(("lang", "case"), CASES)
def test_sentence_output(lang: str, case: dict) -> None:
    assert_events(lang, case)
