"""A happening of a kind the document has told already, in a sentence that places it on
another day ("The day before, ...", "Накануне, ...", "Il giorno prima ..."), is another
happening: undated, its figures are left out (they would be set against the ones told).
Words that lead to the noun itself ("the day before the talks") name the told happening's
eve: its figures stay. Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.api import extract_text

# (lang, text, [(attribute, value, happening kind)]), the whole output
CASES = [
    # with a day of writing given, "the day before" told first is the day before it: the
    # second talks are a happening of their own, dated, with their own figures
    ("en", "Talks between Armenia and Azerbaijan in Doha lasted three hours. The day before, "
           "the two delegations held talks in Doha that lasted five hours.",
     [("duration", 3, "talks"), ("venue", "Doha", "talks"), ("duration", 5, "talks"),
      ("venue", "Doha", "talks")]),
    ("en", "Talks between Armenia and Azerbaijan in Doha lasted three hours. On the day before "
           "the talks, a shelling of the border killed 12 people.",
     [("duration", 3, "talks"), ("venue", "Doha", "talks"), ("count_killed", 12, "attack")]),
    # told first: the day before is the day of the happening the text tells
    ("en", "The day before, talks between Armenia and Azerbaijan in Doha lasted three hours.",
     [("duration", 3, "talks"), ("venue", "Doha", "talks")]),
    ("ru", "Переговоры России и Украины в Абу-Даби продлились три часа. Накануне, во вторник, "
           "в Абу-Даби прошла встреча рабочих групп, которая длилась пять часов.",
     [("duration", 3, "talks"), ("venue", "Abu Dhabi", "talks")]),
    ("it", "I colloqui tra Armenia e Azerbaigian a Doha sono durati tre ore. Il giorno prima i "
           "ministri degli Esteri si erano incontrati a Doha per colloqui durati cinque ore.",
     [("duration", 3, "talks"), ("venue", "Doha", "talks")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_another_day(lang: str, text: str, expected: list[tuple]) -> None:
    records = extract_text(text, reference_date="2026-04-30", language=lang).records
    facts = [(r["attribute"], r["value"], r["happening"]["kind"])
             for r in records if r["kind"] == "fact"]
    assert facts == expected
