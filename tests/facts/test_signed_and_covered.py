"""Where a truce was signed, told after the truce noun ("signed a 60-day truce in Tallinn"):
the place is the venue when a word of signing comes before the truce and the place lies in
neither party's country; a place in a party's country is where the truce holds, and a truce
only agreed "in" a place says nothing of where. A truce that covers "all military activity"
is a full truce. Sentences written for these tests: (lang, text, [(attribute, value,
happening kind, happening venue)]), the whole fact output."""

from __future__ import annotations

import pytest

from eventwire.api import extract_text

CASES = [
    ("en", "Ethiopia and Eritrea signed a 60-day truce in Jeddah on Friday.",
     [("duration", 60, "truce", "Jeddah"), ("venue", "Jeddah", "truce", None)]),
    ("es", "Etiopía y Eritrea firmaron una tregua de 60 días en Yeda el viernes.",
     [("duration", 60, "truce", "Jeddah"), ("venue", "Jeddah", "truce", None)]),
    ("fr", "L'Éthiopie et l'Érythrée ont signé une trêve de 60 jours à Djeddah vendredi.",
     [("duration", 60, "truce", "Jeddah"), ("venue", "Jeddah", "truce", None)]),
    ("it", "Etiopia ed Eritrea hanno firmato una tregua di 60 giorni a Gedda venerdì.",
     [("duration", 60, "truce", "Jeddah"), ("venue", "Jeddah", "truce", None)]),
    ("ru", "Эфиопия и Эритрея подписали перемирие в Джидде в пятницу.",
     [("venue", "Jeddah", "truce", None)]),
    ("uk", "Ефіопія та Еритрея підписали перемир'я в Джидді в пʼятницю.",
     [("venue", "Jeddah", "truce", None)]),
    # where the truce holds: a party's own ground
    ("en", "Israel and Hamas signed a 60-day truce in Gaza on Friday.",
     [("duration", 60, "truce", None)]),
    # agreed, not signed: "a ceasefire in Idlib" may be where it holds
    ("en", "Russia and Turkey agreed a 30-day ceasefire in Idlib on Thursday.",
     [("duration", 30, "truce", None)]),
]

SCOPES = [
    ("en", "The truce, which covers all military activity along the border, was signed "
           "on Friday.", ["full"]),
    ("fr", "La trêve, qui couvre toutes les activités militaires, a été signée vendredi.",
     ["full"]),
    ("es", "La tregua cubre toda la actividad militar en la frontera.", ["full"]),
    ("it", "La tregua copre tutte le attività militari lungo il confine.", ["full"]),
    ("de", "Die Waffenruhe umfasst alle Kampfhandlungen an der Grenze.", ["full"]),
    ("ru", "Перемирие распространяется на все боевые действия на границе.", ["full"]),
    ("uk", "Перемир'я охоплює всі бойові дії на кордоні.", ["full"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_where_a_truce_was_signed(lang: str, text: str, expected: list[tuple]) -> None:
    records = extract_text(text, reference_date="2026-11-09", language=lang).records
    facts = [(r["attribute"], r["value"], r["happening"]["kind"], r["happening"]["venue"])
             for r in records if r["kind"] == "fact"]
    assert facts == expected


@pytest.mark.parametrize(("lang", "text", "tags"), SCOPES)
def test_a_truce_covering_all_military_activity_is_full(lang: str, text: str,
                                                       tags: list[str]) -> None:
    from eventwire.facts.scope import find_scope

    assert sorted({t for hit in find_scope(text, lang) for t in hit.tags}) == tags
