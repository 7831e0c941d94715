"""Fact slots of the classes the fourteenth session's blind sets showed, in sentences written
for these tests: a meeting told as a repeat ("met again") is another meeting than the one
told, its figures compared with none; the ground a strike hit is the other side's when one
side is named ("удар російських ракет по Харкову"); a place between a word of agreeing and
an exchange is where it was agreed, not where the exchange is held. (lang, text, [(attribute,
value, happening kind, parties, day, venue)]), the whole fact output."""

from __future__ import annotations

import pytest

from tests.facts.rows import fact_rows

FIRST = [("duration", 4, "talks", ["ARM", "AZE"], "2026-11-09", "Vienna"),
         ("venue", "Vienna", "talks", ["ARM", "AZE"], "2026-11-09", None)]

CASES = [
    ("en", "Armenia and Azerbaijan held talks in Vienna on Monday that lasted four hours. On "
           "Tuesday, the two delegations met again in Vienna for two hours.", FIRST),
    ("fr", "L'Arménie et l'Azerbaïdjan ont tenu lundi à Vienne des pourparlers qui ont duré "
           "quatre heures. Mardi, les délégations se sont de nouveau réunies à Vienne pendant "
           "deux heures.", FIRST),
    pytest.param(
        "de", "Armenien und Aserbaidschan führten am Montag in Wien Gespräche, die vier "
              "Stunden dauerten. Am Dienstag trafen sich die Delegationen erneut in Wien für "
              "zwei Stunden.", FIRST,
        # known: 'erneut' stands three words after 'trafen sich' (the window is two), and
        # the first talks take no day
        marks=pytest.mark.xfail(strict=True, reason="known: 'trafen sich die Delegationen "
                                                   "erneut' and the undated first talks")),
    ("uk", "Удар російських ракет по Харкову в неділю забрав життя 5 людей.",
     [("count_killed", 5, "attack", ["RUS", "UKR"], "2026-11-08", "Kharkiv")]),
    ("en", "A Russian drone strike on Kharkiv killed 5 people on Sunday.",
     [("count_killed", 5, "attack", ["RUS", "UKR"], "2026-11-08", "Kharkiv")]),
    ("de", "Russland und die Ukraine vereinbarten in Wien einen Austausch von je 200 "
           "Gefangenen.",
     [("count_prisoner_per_side", 200, "exchange", ["RUS", "UKR"], None, None)]),
    ("it", "Russia e Ucraina hanno concordato a Vienna lo scambio di 200 prigionieri per parte.",
     [("count_prisoner_per_side", 200, "exchange", ["RUS", "UKR"], None, None)]),
    # "mató el lunes a 11 civiles": the personal "a" read as oblique, the verb says the fate;
    # the day in words after the strike's word is its day (subject._day_after_strike)
    ("es", "Un ataque con drones contra un mercado de Aweil mató el lunes a 11 civiles e hirió "
           "a otros 40.",
     [("count_killed", 11, "attack", [], "2026-11-09", "Aweil"),
      ("count_wounded", 40, "attack", [], "2026-11-09", "Aweil")]),
    # held there, not agreed there: the exchange's venue
    ("en", "Russia and Ukraine exchanged 200 prisoners each in Vienna on Monday.",
     [("count_prisoner_per_side", 200, "exchange", ["RUS", "UKR"], "2026-11-09", "Vienna"),
      ("venue", "Vienna", "exchange", ["RUS", "UKR"], "2026-11-09", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_blind14_classes(lang: str, text: str, expected: list[tuple]) -> None:
    assert fact_rows(text, lang, "2026-11-12") == expected
