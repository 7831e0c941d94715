"""A weekday with a day and month fixes the year of a text that writes none and has no
date given: the latest such day up to the day eventwire runs (pinned here)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.text.dates import calendar
from tests.text.conftest import run_text
from tests.text.test_tables import render_dates

# (lang, text, dates as in dates_whole.tsv); the happenings are invented
NO_YEAR = [
    ("en", "The leaders signed the declaration on Friday, August 8, in Valletta.",
     "Friday, August 8=2025-08-08:day"),
    ("fr", "Les dirigeants ont signé la déclaration vendredi 8 août à La Valette.",
     "vendredi 8 août=2025-08-08:day"),
    ("de", "Die Staatschefs unterzeichneten die Erklärung am Freitag, 8. August, in Valletta.",
     "am Freitag, 8. August=2025-08-08:day"),
    ("es", "Los líderes firmaron la declaración el viernes 8 de agosto en La Valeta.",
     "viernes 8 de agosto=2025-08-08:day"),
    ("it", "I leader hanno firmato la dichiarazione venerdì 8 agosto a La Valletta.",
     "venerdì 8 agosto=2025-08-08:day"),
    ("ru", "Лидеры подписали декларацию в пятницу, 8 августа, в Валлетте.",
     "пятницу, 8 августа=2025-08-08:day"),
    ("uk", "Лідери підписали декларацію в п'ятницю, 8 серпня, у Валлетті. Учора вони зустрілися.",
     "п'ятницю, 8 серпня=2025-08-08:day | Учора=2025-08-07:day"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NO_YEAR, ids=[r[0] for r in NO_YEAR])
def test_a_weekday_fixes_the_year(monkeypatch: pytest.MonkeyPatch, lang: str, text: str,
                                  expected: str) -> None:
    monkeypatch.setattr(calendar, "_today", lambda: date(2026, 11, 29))
    assert render_dates(run_text(text, lang)) == expected


@pytest.mark.parametrize(("today", "expected"), [
    (date(2025, 8, 7), "Friday, August 8=:"),  # not come yet, and 2014 is too long ago
    (date(2031, 8, 8), "Friday, August 8=2031-08-08:day"),
    (date(2032, 1, 1), "Friday, August 8=2031-08-08:day"),
])
def test_the_latest_fitting_day_up_to_today(monkeypatch: pytest.MonkeyPatch, today: date,
                                            expected: str) -> None:
    monkeypatch.setattr(calendar, "_today", lambda: today)
    assert render_dates(run_text("The envoys met on Friday, August 8.", "en")) == expected


def test_a_day_without_weekday_or_year_stays_open(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(calendar, "_today", lambda: date(2026, 11, 29))
    assert render_dates(run_text("The envoys met on August 8.", "en")) == "August 8=:"
