"""Fact slots of the eleventh session's blind sets, in sentences written for these tests: a
truce's start with a word between the start word and the date ("takes effect on", "entrera
en vigueur le") or after the date ("am 3. Mai in Kraft treten"), never then the day of the
talks beside it; a day set off by commas after its noun ("the exchange, on April 3,"); the
figures of another happening ("the previous exchange") with no day, left out; what a number
counts when it hangs on a count word ("the bodies of 500 soldiers": bodies); lengths told as
"an hour and a half" or "hora y media"; a bare number whose verb's subject says what it
counts ("the death toll ... rose to 23"); a place as the venue of the happening the tree hangs
it on, or of none when a happening word of another kind stands nearer."""

from __future__ import annotations

import pytest

from eventwire.api import extract_text

ONE_PAIR = ("Talks between Armenia and Azerbaijan in Doha ended on Friday. The sides agreed to "
            "swap 40 prisoners each.")
TWO_PAIRS = ("Armenia and Azerbaijan met in Doha, while Serbia and Kosovo met in Brussels. The "
             "sides agreed to swap 40 prisoners each.")
# (lang, text, [(attribute, value, happening kind, happening date)]), the whole output
CASES = [
    ("en", "The truce agreed at the talks in Doha is to take effect on May 3.",
     [("start", "2026-05-03", "truce", None), ("venue", "Doha", "talks", None)]),
    ("fr", "La trêve, conclue lors des pourparlers de Doha, entrera en vigueur le 3 mai.",
     [("start", "2026-05-03", "truce", None)]),
    ("de", "Die in Doha vereinbarte Waffenruhe soll am 3. Mai in Kraft treten.",
     [("start", "2026-05-03", "truce", None)]),
    ("es", "La tregua pactada entrará en vigor el 3 de mayo.",
     [("start", "2026-05-03", "truce", None)]),
    ("it", "La tregua concordata entrerà in vigore il 3 maggio.",
     [("start", "2026-05-03", "truce", None)]),
    ("en", "Kyiv said it had received the bodies of 500 soldiers in the exchange.",
     [("count_body", 500, "exchange", None)]),
    ("it", "Nello scambio Kiev ha ricevuto i corpi di cinquecento soldati.",
     [("count_body", 500, "exchange", None)]),
    ("en", "The exchange of 120 soldiers took place on the border.",
     [("count_prisoner", 120, "exchange", None)]),
    ("en", "The foreign ministers' talks lasted an hour and a half.",
     [("duration", 1.5, "talks", None)]),
    ("es", "Los cancilleres mantuvieron una reunión de hora y media.",
     [("duration", 1.5, "talks", None)]),
    ("fr", "Les discussions entre les deux ministres ont duré trois heures.",
     [("duration", 3, "talks", None)]),
    ("de", "Bei den Kämpfen an der Grenze wurden zwölf Menschen getötet.",
     [("count_killed", 12, "conflict", None)]),
    # another happening than the one told: dated, it keeps its day; undated, no fact
    ("en", "The previous exchange, on April 3, involved 150 soldiers on each side.",
     [("count_prisoner_per_side", 150, "exchange", "2026-04-03"),
      ("date", "2026-04-03", "exchange", "2026-04-03")]),
    ("en", "In the previous exchange, 150 soldiers on each side were freed.", []),
    ("fr", "Lors de l'échange précédent, 150 prisonniers de chaque côté avaient été libérés.",
     []),
    ("de", "Beim vorherigen Austausch waren je 150 Gefangene freigekommen.", []),
    # a bare number whose verb's subject says what it counts, however far before it
    ("en", "The death toll from the shelling of the port rose to 23 on Sunday.",
     [("count_killed", 23, "attack", None)]),
    ("es", "El número de muertos por el bombardeo del puerto asciende a 23.",
     [("count_killed", 23, "attack", None)]),
    ("de", "Die Zahl der Toten nach dem Beschuss des Hafens stieg auf 23.",
     [("count_killed", 23, "attack", None)]),
    ("uk", "Кількість загиблих унаслідок обстрілу порту зросла до 23.",
     [("count_killed", 23, "attack", None)]),
    ("en", "The number of talks held since January rose to 23.", []),
    # "the sides" unnamed: the one pair the document's earlier facts name, never a guess
    ("en", ONE_PAIR,
     [("venue", "Doha", "talks", None), ("count_prisoner_per_side", 40, "exchange", None)]),
    ("en", TWO_PAIRS,
     [("venue", "Doha", "talks", None), ("venue", "Brussels", "talks", None),
      ("count_prisoner_per_side", 40, "exchange", None)]),
    # a place is the venue of the happening the tree hangs it on, or of none
    ("en", "The talks that prepared the swap lasted two days in Doha.",
     [("duration", 2, "talks", None), ("venue", "Doha", "talks", None)]),
    ("fr", "Échange de prisonniers entre les deux pays, bombardement meurtrier à Odessa.", []),
]


@pytest.mark.parametrize(("lang", "text", "parties"), [
    ("en", ONE_PAIR, [["ARM", "AZE"], ["ARM", "AZE"]]),
    ("en", TWO_PAIRS, [["ARM", "AZE"], ["SRB", "XKX"], []]),
])
def test_the_sides_unnamed(lang: str, text: str, parties: list[list[str]]) -> None:
    records = extract_text(text, reference_date="2026-04-30", language=lang).records
    assert [r["happening"]["parties"] for r in records if r["kind"] == "fact"] == parties


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_starts_and_counted(lang: str, text: str, expected: list[tuple]) -> None:
    records = extract_text(text, reference_date="2026-04-30", language=lang).records
    facts = [(r["attribute"], r["value"], r["happening"]["kind"], r["happening"]["date"])
             for r in records if r["kind"] == "fact"]
    assert facts == expected
