"""Statement classes in all seven languages, from classes.yaml, generality.yaml (the
classes that must hold on unseen news), blind.yaml to blind9.yaml (invented wire texts
written before their fixes): the whole output is pinned. A case the code still gets wrong
(``known``) is a strict expected failure with that reason."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from eventwire.api import extract_text

HERE = Path(__file__).parent
GENERAL = yaml.safe_load((HERE / "generality.yaml").read_text(encoding="utf-8"))
BLIND = yaml.safe_load((HERE / "blind.yaml").read_text(encoding="utf-8"))
BLIND2 = yaml.safe_load((HERE / "blind2.yaml").read_text(encoding="utf-8"))
BLIND3 = yaml.safe_load((HERE / "blind3.yaml").read_text(encoding="utf-8"))
BLIND4 = yaml.safe_load((HERE / "blind4.yaml").read_text(encoding="utf-8"))
BLIND5 = yaml.safe_load((HERE / "blind5.yaml").read_text(encoding="utf-8"))
BLIND6 = yaml.safe_load((HERE / "blind6.yaml").read_text(encoding="utf-8"))
BLIND7 = yaml.safe_load((HERE / "blind7.yaml").read_text(encoding="utf-8"))
BLIND8 = yaml.safe_load((HERE / "blind8.yaml").read_text(encoding="utf-8"))
BLIND9 = yaml.safe_load((HERE / "blind9.yaml").read_text(encoding="utf-8"))
CASES = yaml.safe_load((HERE / "classes.yaml").read_text(encoding="utf-8")) + GENERAL + BLIND \
    + BLIND2 + BLIND3 + BLIND4 + BLIND5 + BLIND6 + BLIND7 + BLIND8 + BLIND9
LANGUAGES = {"de", "en", "es", "fr", "it", "ru", "uk"}


def _statements(case: dict) -> list[list]:
    result = extract_text(case["text"], language=case["lang"], reference_date="2026-01-15")
    assert not result.errors, result.errors
    return [
        [s["speaker"]["canonical"], s["speaker"]["country"], s["text"], s["direct"],
         s["reported_by"]]
        for s in result.records
        if s["kind"] == "statement"
    ]


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(
            case,
            id=f"{case['class']}-{case['lang']}-{n}",
            marks=[pytest.mark.xfail(strict=True, reason=case["known"])]
            if case.get("known") else [],
        )
        for n, case in enumerate(CASES)
    ],
)
def test_statements_of_a_class(case: dict) -> None:
    assert _statements(case) == case["statements"]


def test_every_language_has_cases() -> None:
    assert {c["lang"] for c in CASES} == LANGUAGES


@pytest.mark.parametrize("name", sorted({c["class"] for c in GENERAL}))
def test_every_general_class_in_all_seven_languages(name: str) -> None:
    assert {c["lang"] for c in GENERAL if c["class"] == name} == LANGUAGES


def test_blind_table_has_six_texts_per_language() -> None:
    first = [c for c in BLIND if c["class"] == "blind"]
    assert all(sum(c["lang"] == code for c in first) == 6 for code in LANGUAGES)
    for name in {c["class"] for c in BLIND}:  # the later rounds: every language too
        assert {c["lang"] for c in BLIND if c["class"] == name} == LANGUAGES


def test_blind2_table_has_five_texts_per_language() -> None:
    assert all(sum(c["lang"] == code for c in BLIND2) == 5 for code in LANGUAGES)


def test_blind3_table_has_five_texts_per_language() -> None:
    assert all(sum(c["lang"] == code for c in BLIND3) == 5 for code in LANGUAGES)


def test_blind4_table_has_five_texts_per_language() -> None:
    assert all(sum(c["lang"] == code for c in BLIND4) == 5 for code in LANGUAGES)


def test_evidence_is_the_text() -> None:
    """Every statement's span points at its text in the stored document."""
    for case in CASES:
        result = extract_text(case["text"], language=case["lang"], reference_date="2026-01-15")
        for record in result.records:
            if record["kind"] == "statement":
                start, end = record["span"]
                assert case["text"][start:end] == record["text"]


def test_blind5_table_has_five_texts_per_language() -> None:
    assert all(sum(c["lang"] == code for c in BLIND5) == 5 for code in LANGUAGES)


def test_blind6_table_has_eight_texts_per_language() -> None:
    assert all(sum(c["lang"] == code for c in BLIND6) == 8 for code in LANGUAGES)


def test_blind7_table_has_five_texts_per_language() -> None:
    assert all(sum(c["lang"] == code for c in BLIND7) == 5 for code in LANGUAGES)


def test_blind8_table_has_six_texts_per_language_in_class_order() -> None:
    for code in LANGUAGES:
        classes = [c["class"] for c in BLIND8 if c["lang"] == code]
        assert classes == [c["class"] for c in BLIND8 if c["lang"] == "en"] and len(classes) == 6


def test_blind9_table_has_six_texts_per_language_in_class_order() -> None:
    for code in LANGUAGES:
        classes = [c["class"] for c in BLIND9 if c["lang"] == code]
        assert classes == [c["class"] for c in BLIND9 if c["lang"] == "en"] and len(classes) == 6
