"""The one dateline pattern: where a sentence's own words begin (invented datelines)."""

from __future__ import annotations

import pytest

from eventwire.text.datelines import dateline_end

CASES = [  # text, the words after the dateline
    ("KYIV, May 4 (Wire) - The convoy left at dawn.", "The convoy left at dawn."),
    ("PARIS (AFP) — Talks resume on Monday.", "Talks resume on Monday."),
    ("JEDDAH, May 4, 2026 (Wire) - Envoys met.", "Envoys met."),
    ("BERLIN - Die Gespräche beginnen.", "Die Gespräche beginnen."),
    ("МОСКВА, 4 мая. /ТАСС/. Переговоры продолжатся.", "Переговоры продолжатся."),
    ("КИЇВ, 4 травня - Колона вирушила.", "Колона вирушила."),
    ("MADRID (Wire) – Las conversaciones siguen.", "Las conversaciones siguen."),
    ("The convoy left - at dawn.", "The convoy left - at dawn."),  # no capitals: no dateline
    ("A - the first point.", "A - the first point."),  # too few capitals
    ("Ok - fine.", "Ok - fine."),
]


@pytest.mark.parametrize(("text", "words"), CASES)
def test_dateline_end(text: str, words: str) -> None:
    assert text[dateline_end(text, 0, len(text)):] == words


def test_only_at_the_start_of_the_span() -> None:
    text = "Envoys met. KYIV (Wire) - Talks resume."
    assert dateline_end(text, 0, len(text)) == 0
    assert text[dateline_end(text, 12, len(text)):] == "Talks resume."
