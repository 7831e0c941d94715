"""Ranges written with number words ("two-three days", "deux à trois jours") are ranges,
not the sum of their words, in all seven languages; compound numbers ("twenty-five",
"vingt-cinq") stay one number. The whole quantity list of each text is pinned."""

from __future__ import annotations

import pytest

from tests.text.conftest import run_text

# (lang, text, [(mention, value, unit, low, high)])
CASES = [
    ("en", "The envoys met for two-three days.", [("two-three days", 2.0, "day", 2.0, 3.0)]),
    ("en", "The envoys met for two - three days.",
     [("two - three days", 2.0, "day", 2.0, 3.0)]),
    ("en", "The envoys met for two to three days.",
     [("two to three days", 2.0, "day", 2.0, 3.0)]),
    ("en", "The envoys met for twenty-five days.",
     [("twenty-five days", 25.0, "day", None, None)]),
    ("fr", "Les émissaires ont siégé deux à trois jours.",
     [("deux à trois jours", 2.0, "day", 2.0, 3.0)]),
    ("fr", "Les émissaires ont siégé deux-trois jours.",
     [("deux-trois jours", 2.0, "day", 2.0, 3.0)]),
    ("fr", "Les émissaires ont siégé vingt-cinq jours.",
     [("vingt-cinq jours", 25.0, "day", None, None)]),
    ("fr", "Les émissaires ont siégé dix-sept jours.",
     [("dix-sept jours", 17.0, "day", None, None)]),
    ("de", "Die Gesandten tagten zwei-drei Tage.", [("zwei-drei Tage", 2.0, "day", 2.0, 3.0)]),
    ("de", "Die Gesandten tagten zwei bis drei Tage.",
     [("zwei bis drei Tage", 2.0, "day", 2.0, 3.0)]),
    ("es", "Los enviados se reunieron dos-tres días.",
     [("dos-tres días", 2.0, "day", 2.0, 3.0)]),
    ("es", "Los enviados se reunieron de dos a tres días.",
     [("de dos a tres días", 2.0, "day", 2.0, 3.0)]),
    ("it", "Gli inviati si sono riuniti due-tre giorni.",
     [("due-tre giorni", 2.0, "day", 2.0, 3.0)]),
    ("it", "Gli inviati si sono riuniti da due a tre giorni.",
     [("da due a tre giorni", 2.0, "day", 2.0, 3.0)]),
    ("ru", "Посланники заседали два-три дня.", [("два-три дня", 2.0, "day", 2.0, 3.0)]),
    ("ru", "Посланники заседали от двух до трёх дней.",
     [("от двух до трёх дней", 2.0, "day", 2.0, 3.0)]),
    ("ru", "Посланники заседали двадцать пять дней.",
     [("двадцать пять дней", 25.0, "day", None, None)]),
    ("uk", "Посланці засідали два-три дні.", [("два-три дні", 2.0, "day", 2.0, 3.0)]),
    ("uk", "Посланці засідали від двох до трьох днів.",
     [("від двох до трьох днів", 2.0, "day", 2.0, 3.0)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_word_ranges(lang: str, text: str, expected: list[tuple]) -> None:
    doc = run_text(text, lang, "2026-05-04")
    found = [(q.text, q.value, q.unit, q.low, q.high) for q in doc.quantities]
    assert found == expected
    for q in doc.quantities:
        assert doc.text[q.start:q.end] == q.text
