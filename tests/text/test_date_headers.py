"""A date on a line of its own above the story files it: after a label, a day's short name,
before a clock time, in seven languages (the happenings are invented)."""

from __future__ import annotations

import pytest

from tests.text.conftest import run_text


@pytest.mark.parametrize(
    ("lang", "header", "story", "dates"),
    [
        ("en", "Published 18 March 2025 · 3 min read", "Russia accused Ukraine on Monday.",
         [("18 March 2025", "2025-03-18", True), ("Monday", "2025-03-17", False)]),
        ("en", "Tue 18 Mar 2025 10.05 GMT", "Russia accused Ukraine on Monday.",
         [("18 Mar 2025", "2025-03-18", True), ("Monday", "2025-03-17", False)]),
        ("en", "March 18, 2025 at 10:05 a.m. EDT", "Russia accused Ukraine on Monday.",
         [("March 18, 2025", "2025-03-18", True), ("Monday", "2025-03-17", False)]),
        ("fr", "mar. 18 mars 2025 10:05", "La Russie a accusé l'Ukraine lundi.",
         [("18 mars 2025", "2025-03-18", True), ("lundi", "2025-03-17", False)]),
        ("de", "Di., 18.03.2025, 10:05 Uhr", "Russland warf der Ukraine am Montag Lügen vor.",
         [("18.03.2025", "2025-03-18", True), ("am Montag", "2025-03-17", False)]),
        ("es", "18 de marzo de 2025 - 10:05 CET", "Rusia acusó a Ucrania el lunes.",
         [("18 de marzo de 2025", "2025-03-18", True), ("lunes", "2025-03-17", False)]),
        ("it", "18 marzo 2025 | 10:05", "La Russia ha accusato l'Ucraina lunedì.",
         [("18 marzo 2025", "2025-03-18", True), ("lunedì", "2025-03-17", False)]),
        ("ru", "вт, 18 марта 2025, 10:05", "Россия обвинила Украину в понедельник.",
         [("18 марта 2025", "2025-03-18", True), ("понедельник", "2025-03-17", False)]),
        ("uk", "вт, 18 березня 2025, 10:05", "Росія звинуватила Україну в понеділок.",
         [("18 березня 2025", "2025-03-18", True), ("понеділок", "2025-03-17", False)]),
        # a byline's date is no line of its own: the story's days are read against it all
        # the same (the latest day the text writes), but it files nothing
        ("en", "By Jane Roe, 18 March 2025", "Russia accused Ukraine on Monday.",
         [("18 March 2025", "2025-03-18", False), ("Monday", "2025-03-17", False)]),
    ],
)
def test_a_date_heading_the_story_files_it(lang: str, header: str, story: str,
                                           dates: list[tuple[str, str, bool]]) -> None:
    doc = run_text(f"{header}\n{story}", lang)
    assert [(d.text, d.value, d.dateline) for d in doc.dates] == dates
