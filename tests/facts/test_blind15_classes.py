"""Fact slots of the classes the fifteenth session worked on, in sentences written for these
tests: a mediator is one of the happening brokered, not of the mediation's own word (an
exchange held "with the mediation of X" is the exchange's, as "a swap mediated by X" is;
an exchange agreed under mediation is the outcome of talks, which keep the mediators and
the venue, the exchange taking none); a number between 1900 and 2100 before a word for
bodies is a count, not a year; a pair its words name ("Armenian and Azerbaijani
delegations") names both countries; a moratorium in every Russian case, and its scope in
Ukrainian locatives. (lang, text, [(attribute, value, happening kind, parties, day,
venue)]), the whole fact output."""

from __future__ import annotations

import pytest

from tests.facts.rows import fact_rows

CASES = [
    ("de", "Russland und die Ukraine tauschten am Montag je 300 Gefangene unter Vermittlung der "
           "Vereinigten Arabischen Emirate aus.",
     [("count_prisoner_per_side", 300, "exchange", ["RUS", "UKR"], "2026-11-09", None),
      ("mediators", ["ARE"], "exchange", ["RUS", "UKR"], "2026-11-09", None)]),
    ("fr", "La Russie et l'Ukraine ont échangé lundi 300 prisonniers chacune, grâce à la "
           "médiation du Qatar.",
     [("count_prisoner_per_side", 300, "exchange", ["RUS", "UKR"], "2026-11-09", None),
      ("mediators", ["QAT"], "exchange", ["RUS", "UKR"], "2026-11-09", None)]),
    ("en", "Russia and Ukraine agreed in Vienna, with the mediation of Turkey, on an exchange of "
           "300 prisoners each.",
     [("count_prisoner_per_side", 300, "exchange", ["RUS", "UKR"], None, None),
      ("mediators", ["TUR"], "talks", ["RUS", "UKR"], None, "Vienna"),
      ("venue", "Vienna", "talks", ["RUS", "UKR"], None, None)]),
    ("it", "La Russia consegnerà all'Ucraina 2000 corpi di soldati caduti.",
     [("count_body", 2000, "exchange", ["RUS", "UKR"], None, None)]),
    ("es", "Rusia entregó a Ucrania 1950 cadáveres de soldados.",
     [("count_body", 1950, "exchange", ["RUS", "UKR"], None, None)]),
    ("de", "Russland werde zudem 2000 Leichen gefallener Soldaten übergeben.",
     [("count_body", 2000, "exchange", ["RUS"], None, None)]),
    # a group names both sides ("Armenian and Azerbaijani delegations"); the talks hang on a
    # verb completing "agreed", whose subject they are; the day of agreeing is not the
    # exchange's
    ("en", "Armenian and Azerbaijani delegations agreed to exchange 40 detainees each after "
           "three hours of talks in Vienna on Monday.",
     [("count_prisoner_per_side", 40, "exchange", ["ARM", "AZE"], None, None),
      ("duration", 3, "talks", ["ARM", "AZE"], None, "Vienna"),
      ("venue", "Vienna", "talks", ["ARM", "AZE"], None, None)]),
    # "о моратории": every case of the word; "енергетичній інфраструктурі" is one target
    ("ru", "Армения и Азербайджан договорились о 20-дневном моратории на удары по "
           "энергетической инфраструктуре.",
     [("duration", 20, "truce", ["ARM", "AZE"], None, None),
      ("scope", ["energy"], "truce", ["ARM", "AZE"], None, None)]),
    ("uk", "Вірменія та Азербайджан погодили 20-денний мораторій на удари по енергетичній "
           "інфраструктурі та портах.",
     [("duration", 20, "truce", ["ARM", "AZE"], None, None),
      ("scope", ["energy", "naval", "ports"], "truce", ["ARM", "AZE"], None, None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_blind15_classes(lang: str, text: str, expected: list[tuple]) -> None:
    assert fact_rows(text, lang, "2026-11-12") == expected
