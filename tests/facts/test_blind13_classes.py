"""Fact slots of the classes the thirteenth session's blind sets showed, in sentences written
for these tests: a body word nearer the number than a fate says what is counted ("500 тіл
загиблих": bodies); a party's capital after a venue word that doubles as "to" in a hand-over
is the receiver, not the venue; where a truce was agreed, when a meeting noun is told only
after the truce (the mediation), and that place is no meeting's venue."""

from __future__ import annotations

import pytest

from eventwire.api import extract_text

# (lang, text, [(attribute, value, happening kind, happening venue)]), the whole output
CASES = [
    ("uk", "Росія передасть Україні 500 тіл загиблих військових.",
     [("count_body", 500, "exchange", None)]),
    ("ru", "Россия передала Украине 500 тел погибших военных.",
     [("count_body", 500, "exchange", None)]),
    ("en", "Russia handed over 500 bodies of killed soldiers.",
     [("count_body", 500, "exchange", None)]),
    ("en", "The strike killed 12 soldiers.", [("count_killed", 12, "attack", None)]),
    ("en", "12 soldiers were killed in the strike.", [("count_killed", 12, "attack", None)]),
    ("it", "Mosca consegnerà a Kiev le salme di 500 soldati.",
     [("count_body", 500, "exchange", None)]),
    ("it", "Lo scambio di prigionieri tra Russia e Ucraina è avvenuto a Minsk.",
     [("venue", "Minsk", "exchange", None)]),
    ("es", "Etiopía y Eritrea firmaron en Riad una tregua de 60 días con la mediación de "
           "Arabia Saudí.",
     [("duration", 60, "truce", "Riyadh"), ("mediators", ["SAU"], "talks", None),
      ("venue", "Riyadh", "truce", None)]),
    # a meeting told before the truce owns the place: none is read for the truce
    ("es", "Tras las conversaciones, Etiopía y Eritrea firmaron en Riad una tregua de 60 días.",
     [("duration", 60, "truce", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_blind13_classes(lang: str, text: str, expected: list[tuple]) -> None:
    records = extract_text(text, reference_date="2026-04-30", language=lang).records
    facts = [(r["attribute"], r["value"], r["happening"]["kind"], r["happening"]["venue"])
             for r in records if r["kind"] == "fact"]
    assert facts == expected
