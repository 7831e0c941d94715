"""Language identification among the languages eventwire has data for.

- ``language_id.tsv``: short texts written for the project, one per row, in all seven
  languages; each must be identified as its own language;
- every document of the shared development corpus must be identified as the language its
  gold file gives (skipped with a message when /work/shared is absent).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from eventwire import lang
from eventwire.model import Document
from eventwire.text.language import detect, identify_language

HERE = Path(__file__).parent
DEV = Path("/work/shared/dev/corpus")


def _rows() -> list[dict[str, str]]:
    with (HERE / "language_id.tsv").open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


ROWS = _rows()


def test_the_table_covers_every_language_with_data() -> None:
    assert {row["lang"] for row in ROWS} == set(lang.available())
    assert {"de", "en", "es", "fr", "it", "ru", "uk"} <= set(lang.available())


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['lang']}:{r['text'][:30]}" for r in ROWS])
def test_short_text(row: dict[str, str]) -> None:
    assert detect(row["text"]) == row["lang"]


def test_development_corpus_languages() -> None:
    metas = sorted(DEV.glob("*.json"))
    if not metas:
        pytest.skip(f"{DEV} is not available: no development documents to identify")
    wrong = []
    for meta in metas:
        gold = json.loads(meta.read_text(encoding="utf-8"))["language"]
        found = detect(meta.with_suffix(".txt").read_text(encoding="utf-8"))
        if found != gold:
            wrong.append((meta.stem, gold, found))
    assert wrong == [], f"{len(metas) - len(wrong)}/{len(metas)} identified"
    assert len(metas) == 36


def test_a_text_without_letters_gets_the_fallback_language() -> None:
    doc = Document(id="t", text="12:40 - 175 / 246 (2025)", language=None, reference_date=None)
    identify_language(doc)
    assert doc.language == lang.FALLBACK == "en"


def test_a_given_language_is_kept() -> None:
    doc = Document(id="t", text="Die beiden Delegationen trafen sich in Genf.", language="de",
                   reference_date=None)
    identify_language(doc)
    assert doc.language == "de"
