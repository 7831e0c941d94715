"""Classes of the twenty-second session's blind round (figuig-truce), written after the
fixes, in every language, each row the whole fact list of its text: a speaker's own soldiers
counted as that side's (facts.own), the time of day of a call (facts.slots._times), a
truce's start and end that date no truce (facts.slots._dates), bodies named before their
number and prisoners by their own noun (slots._state_before), and who said a quote
(facts.quotes). Near-misses: another country named before the possessive, a count with no
speaker, a clock time beside no call or talks."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.api import extract_text

REFERENCE = "2026-12-17"


def _rows(text: str, language: str) -> list[tuple[Any, ...]]:
    records = extract_text(text, reference_date=REFERENCE, language=language).records
    return sorted(((r["attribute"], r["value"], r["happening"]["kind"] if r.get("happening")
                    else None, r["happening"]["date"] if r.get("happening") else None,
                    r.get("of"))
                   for r in records if r["kind"] == "fact"), key=str)


def _dza_killed(value: int, date: str | None = None) -> tuple[Any, ...]:
    return ("count_killed", value, "attack", date, "DZA soldier")


OWN = [
    ("en", "Algeria's defence ministry said three of its soldiers were killed in the clash.",
     [_dza_killed(3)]),
    ("fr", "Alger a affirmé que trois de ses soldats avaient été tués dans l'affrontement.",
     [_dza_killed(3)]),
    ("de", "Algerien teilte mit, drei seiner Soldaten seien bei dem Gefecht getötet worden.",
     [_dza_killed(3)]),
    ("es", "Según Argel, cuatro de sus soldados murieron en el choque fronterizo.",
     [_dza_killed(4)]),
    ("it", "Secondo Algeri, tre dei suoi soldati sono stati uccisi negli scontri.",
     [_dza_killed(3)]),
    # the fate far from the number, on the word the number hangs on (slots._fate_above)
    ("de", "Algerien erklärte, fünf seiner Soldaten seien bei den Gefechten der vergangenen "
     "Woche getötet worden.", [_dza_killed(5)]),
    ("ru", "Алжир заявил, что трое его военных погибли в столкновении.", [_dza_killed(3)]),
    ("uk", "Алжир заявив, що троє його військових загинули під час зіткнення.",
     [_dza_killed(3)]),
    # near-misses: whose "its" is, with another country named first, is not told; with no
    # speaker, it is no one's
    ("en", "Algeria said Moroccan troops killed three of its soldiers in the clash.", []),
    ("en", "Three of its soldiers were killed in the clash.", []),
]


@pytest.mark.parametrize(("language", "text", "want"), OWN)
def test_own_soldiers(language: str, text: str, want: list[tuple[Any, ...]]) -> None:
    assert _rows(text, language) == want


def _time(value: str) -> tuple[Any, ...]:
    return ("time", value, "call")  # the call's day is the dating's (fr, it: none)


TIMES = [
    ("en", "Morocco's prime minister and Algeria's president held a phone call on Monday "
     "at 18:00.", [_time("18:00")]),
    ("fr", "Le Premier ministre marocain et le président algérien se sont entretenus par "
     "téléphone lundi à 18:00.", [_time("18:00")]),
    ("de", "Der marokkanische Regierungschef und der algerische Präsident führten am Montag "
     "um 18.30 Uhr ein Telefonat.", [_time("18:30")]),
    ("es", "El primer ministro marroquí y el presidente argelino mantuvieron una llamada "
     "telefónica el lunes a las 18:00 GMT.", [_time("18:00 UTC")]),  # an instant (facts.clock)
    ("it", "Il premier marocchino e il presidente algerino hanno avuto una telefonata lunedì "
     "alle 18:00.", [_time("18:00")]),
    ("ru", "Премьер-министр Марокко и президент Алжира провели телефонный разговор в "
     "понедельник в 18:00.", [_time("18:00")]),
    ("uk", "Прем'єр-міністр Марокко і президент Алжиру провели телефонну розмову в "
     "понеділок о 20:00.", [_time("20:00")]),
    # near-miss: a clock time beside no call or talks
    ("en", "At 18:00 on Monday the border crossing at Figuig reopened.", []),
]


@pytest.mark.parametrize(("language", "text", "want"), TIMES)
def test_time_of_a_call(language: str, text: str, want: list[tuple[Any, ...]]) -> None:
    assert [r[:3] for r in _rows(text, language) if r[0] == "time"] == want


TRUCE_DATES = [
    ("en", "The truce takes effect on 18 December and runs until 17 January.",
     [("end", "2027-01-17", "truce", None, None), ("start", "2026-12-18", "truce", None, None)]),
    ("es", "La tregua entrará en vigor el 18 de diciembre y se prolongará hasta el 20 de enero.",
     [("end", "2027-01-20", "truce", None, None), ("start", "2026-12-18", "truce", None, None)]),
    ("de", "Die Waffenruhe beginnt am 19. Dezember und endet am 17. Januar.",
     [("end", "2027-01-17", "truce", None, None), ("start", "2026-12-19", "truce", None, None)]),
]


@pytest.mark.parametrize(("language", "text", "want"), TRUCE_DATES)
def test_start_and_end_date_no_truce(language: str, text: str,
                                      want: list[tuple[Any, ...]]) -> None:
    assert _rows(text, language) == want


def _exchange(attribute: str, value: int) -> tuple[Any, ...]:
    return (attribute, value, "exchange", None, None)


BODIES = [  # the bodies are those a body word names, the prisoners those their noun names
    ("de", "Jede Seite lässt 25 Gefangene frei; Algerien übergibt zudem die Leichen von 14 "
     "marokkanischen Soldaten.", [_exchange("count_body", 14),
                                  _exchange("count_prisoner_per_side", 25)]),
    ("es", "Cada parte liberará a 25 prisioneros y Sudán devolverá los cuerpos de 12 soldados "
     "chadianos.", [_exchange("count_body", 12), _exchange("count_prisoner_per_side", 25)]),
    ("fr", "Chaque camp libérera 25 prisonniers et rendra les corps de 12 soldats.",
     [_exchange("count_body", 12), _exchange("count_prisoner_per_side", 25)]),
    ("it", "Ogni parte libererà 40 prigionieri e il Sudan consegnerà i corpi di nove soldati "
     "ciadiani.", [_exchange("count_body", 9), _exchange("count_prisoner_per_side", 40)]),
    ("en", "Each side will free 25 prisoners and hand over the bodies of 12 soldiers.",
     [_exchange("count_body", 12), _exchange("count_prisoner_per_side", 25)]),
    ("ru", "Стороны освободят по 25 пленных и передадут тела 12 погибших.",
     [_exchange("count_body", 12), _exchange("count_prisoner_per_side", 25)]),
    ("uk", "Кожна сторона звільнить по 25 полонених і передасть тіла 12 загиблих.",
     [_exchange("count_body", 12), _exchange("count_prisoner_per_side", 25)]),
]


@pytest.mark.parametrize(("language", "text", "want"), BODIES)
def test_bodies_and_prisoners(language: str, text: str, want: list[tuple[Any, ...]]) -> None:
    assert _rows(text, language) == want
