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
        # a byline's date ending the text's first line files it, as a title's does
        # ("Morning briefing, 13 May 2026"; session 23: it filed nothing before, the story's
        # days read against it as the latest day the text writes)
        ("en", "By Jane Roe, 18 March 2025", "Russia accused Ukraine on Monday.",
         [("18 March 2025", "2025-03-18", True), ("Monday", "2025-03-17", False)]),
    ],
)
def test_a_date_heading_the_story_files_it(lang: str, header: str, story: str,
                                           dates: list[tuple[str, str, bool]]) -> None:
    doc = run_text(f"{header}\n{story}", lang)
    assert [(d.text, d.value, d.dateline) for d in doc.dates] == dates


@pytest.mark.parametrize(
    ("lang", "header", "story", "dates"),
    [
        # a scraper's header, then the page's byline: the earliest day is the day of writing,
        # a later one (an update, the day the page was read) dates nothing
        ("en", " date 2025-03-20 03/19/2025March 19, 2025", "Russia accused Ukraine on Monday.",
         [("2025-03-20", None, True), ("03/19/2025", "2025-03-19", True),
          ("March 19, 2025", None, True), ("Monday", "2025-03-17", False)]),
        ("en", "Published 18 March 2025 10:05 GMT, updated 19 March 2025",
         "Russia accused Ukraine on Monday.",
         [("18 March 2025", "2025-03-18", True), ("19 March 2025", None, True),
          ("Monday", "2025-03-17", False)]),
        ("fr", "Publié le 18/03/2025 à 10h05 Mis à jour le 19/03/2025 à 08h00",
         "La Russie a accusé l'Ukraine lundi.",
         [("18/03/2025", "2025-03-18", True), ("19/03/2025", None, True),
          ("lundi", "2025-03-17", False)]),
        ("de", "Veröffentlicht am 18.03.2025, aktualisiert am 19.03.2025",
         "Russland warf der Ukraine am Montag Lügen vor.",
         [("18.03.2025", "2025-03-18", True), ("19.03.2025", None, True),
          ("am Montag", "2025-03-17", False)]),
        ("es", " date 2025-03-18 FOTO: Rusia acusó a Ucrania el lunes.", "",
         [("2025-03-18", "2025-03-18", True), ("lunes", "2025-03-17", False)]),
        ("it", "Pubblicato il 18/03/2025 Aggiornato il 19/03/2025",
         "La Russia ha accusato l'Ucraina lunedì.",
         [("18/03/2025", "2025-03-18", True), ("19/03/2025", None, True),
          ("lunedì", "2025-03-17", False)]),
        ("ru", "Опубликовано 18.03.2025 10:05, обновлено 19.03.2025",
         "Россия обвинила Украину в понедельник.",
         [("18.03.2025", "2025-03-18", True), ("19.03.2025", None, True),
          ("понедельник", "2025-03-17", False)]),
        ("uk", " date 2025-03-18 Росія звинуватила Україну в понеділок.", "",
         [("2025-03-18", "2025-03-18", True), ("понеділок", "2025-03-17", False)]),
        # a day before the month on a page whose language writes the month first: one order
        ("en", "18/03/2025 - 10:05", "Russia accused Ukraine on Monday.",
         [("18/03/2025", "2025-03-18", True), ("Monday", "2025-03-17", False)]),
    ],
)
def test_the_dates_of_one_header_file_the_text_by_the_earliest(
        lang: str, header: str, story: str, dates: list[tuple[str, str | None, bool]]) -> None:
    doc = run_text(f"{header}\n{story}" if story else header, lang)
    assert [(d.text, d.value, d.dateline) for d in doc.dates] == dates


@pytest.mark.parametrize(
    ("lang", "story", "day"),
    [
        ("en", "Russia accused Ukraine on 17 March.", ("17 March", "2025-03-17")),
        ("fr", "La Russie a accusé l'Ukraine le 17 mars.", ("17 mars", "2025-03-17")),
        ("de", "Russland warf der Ukraine am 17. März Lügen vor.", ("17. März", "2025-03-17")),
        ("es", "Rusia acusó a Ucrania el 17 de marzo.", ("17 de marzo", "2025-03-17")),
        ("it", "La Russia ha accusato l'Ucraina il 17 marzo.", ("17 marzo", "2025-03-17")),
        ("ru", "Россия обвинила Украину 17 марта.", ("17 марта", "2025-03-17")),
        ("uk", "Росія звинуватила Україну 17 березня.", ("17 березня", "2025-03-17")),
    ],
)
def test_a_header_giving_only_the_month_files_the_text_that_month(
        lang: str, story: str, day: tuple[str, str]) -> None:
    """" date 2025-03": the month of writing, kept a month; a day of it the text names takes
    its year, a weekday stays unread (the day is never guessed)."""
    doc = run_text(f" date 2025-03 {story}", lang)
    assert [(d.text, d.value, d.precision, d.dateline) for d in doc.dates] == [
        ("2025-03", "2025-03", "month", True), (*day, "day", False)]


def test_a_photo_caption_above_the_byline_does_not_push_its_date_out_of_the_header() -> None:
    caption = ("Photo shows the two ministers at the table. This picture was taken on 2 March "
               "2025 and shows the delegations of both countries in the hall of the ministry, "
               "with their flags, their advisers and a crowd of reporters waiting outside for "
               "the statements that came later in the evening, after the talks had ended.")
    doc = run_text(f"Ministers meet\n{caption}\nBy Staff\nMar 18, 2025 8:42 PM\n"
                   "Russia accused Ukraine on Monday.", "en")
    assert [(d.text, d.value, d.dateline) for d in doc.dates] == [
        ("2 March 2025", "2025-03-02", False), ("Mar 18, 2025", "2025-03-18", True),
        ("Monday", "2025-03-17", False)]


def test_a_date_opening_the_story_under_the_header_is_no_part_of_it() -> None:
    doc = run_text("Published 19 March 2025\n18 March 2025: Russia accused Ukraine of lying.", "en")
    assert [(d.text, d.value, d.dateline) for d in doc.dates] == [
        ("19 March 2025", "2025-03-19", True), ("18 March 2025", "2025-03-18", False)]
