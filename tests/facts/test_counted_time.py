"""A date read from words that count time is no day of a happening (facts.subject
``_counts_time``): "une trêve de 30 jours après cinq heures de négociations" reads "30 jours
après" as a day counted from the reference date, and that day dated the talks told beside
it. Sentences written for these tests; (lang, text, [(attribute, value, happening kind,
day)]), the facts about talks only; reference date 2026-12-10."""

from __future__ import annotations

import pytest

from eventwire.api import extract_text

CASES = [
    ("fr", "L'Arménie et l'Azerbaïdjan ont signé mardi à Vienne une trêve de 30 jours après "
           "six heures de négociations.",
     [("duration", 6, "talks", "2026-12-08")]),
    ("en", "Armenia and Azerbaijan signed a 30-day truce in Vienna on Tuesday after six hours "
           "of talks.",
     [("duration", 6, "talks", "2026-12-08")]),
    # no day but the counted one: the talks stay undated
    ("fr", "L'Arménie et l'Azerbaïdjan ont conclu une trêve de 30 jours après six heures de "
           "négociations à Vienne.",
     [("duration", 6, "talks", None), ("venue", "Vienna", "talks", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_counted_time_is_no_day(lang: str, text: str, expected: list[tuple]) -> None:
    records = extract_text(text, reference_date="2026-12-10", language=lang).records
    facts = [(r["attribute"], r["value"], r["happening"]["kind"], r["happening"]["date"])
             for r in records if r["kind"] == "fact" and r["happening"]["kind"] == "talks"]
    assert facts == expected


def test_an_offset_in_words_still_dates() -> None:
    """"one day after" a dated call is counted from it (text.dates): still a day."""
    text = ("The presidents of Armenia and Azerbaijan spoke by phone on Wednesday. It came "
            "one day after the Armenian president had held a two-hour phone call with the "
            "Georgian president.")
    records = extract_text(text, reference_date="2026-12-10", language="en").records
    days = sorted((r["attribute"], r["happening"]["parties"], r["happening"]["date"])
                  for r in records if r["kind"] == "fact")
    assert ("duration", ["ARM", "GEO"], "2026-12-08") in days
