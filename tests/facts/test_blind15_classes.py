"""Fact slots of the classes the fifteenth session worked on, in sentences written for these
tests: a mediator is one of the happening brokered, not of the mediation's own word (an
exchange held "with the mediation of X" is the exchange's, as "a swap mediated by X" is;
an exchange agreed under mediation is the outcome of talks, which keep the mediators and
the venue, the exchange taking none); a number between 1900 and 2100 before a word for
bodies is a count, not a year. (lang, text, [(attribute, value, happening kind, parties,
day, venue)]), the whole fact output."""

from __future__ import annotations

import pytest

from eventwire.api import extract_text

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
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_blind15_classes(lang: str, text: str, expected: list[tuple]) -> None:
    records = extract_text(text, reference_date="2026-11-12", language=lang).records
    facts = [(r["attribute"], r["value"], r["happening"]["kind"], r["happening"]["parties"],
              r["happening"]["date"], r["happening"]["venue"])
             for r in records if r["kind"] == "fact"]
    assert facts == expected
