"""A day written in words at the head of a sentence that codes no event dates the meeting
its clause tells (facts.subject._day_in_words): the army commanders' three hours of talks
on Friday are another meeting than Thursday's talks, not a second length of them
(santiago-truce, nineteenth session's blind round). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.facts.rows import fact_rows

EXPECTED = [("duration", 7, "talks", ["ECU", "PER"], "2026-12-10", None),
            ("duration", 3, "talks", ["ECU", "PER"], "2026-12-11", "Tumbes"),
            ("venue", "Tumbes", "talks", ["ECU", "PER"], "2026-12-11", None)]

TEXTS = {
    "en": ("Peru and Ecuador signed a truce on Thursday after seven hours of talks. "
           "On Friday the army commanders of the two countries met in Tumbes and "
           "held three hours of talks on the pullback."),
    "fr": ("Le Pérou et l'Équateur ont signé une trêve jeudi après sept heures de "
           "négociations. Vendredi, les commandants des deux armées se sont réunis "
           "à Tumbes pour trois heures de discussions sur le retrait."),
    "de": ("Peru und Ecuador unterzeichneten am Donnerstag nach sieben Stunden "
           "Verhandlungen eine Waffenruhe. Am Freitag trafen sich die Armeechefs "
           "beider Länder in Tumbes zu dreistündigen Gesprächen über den Rückzug."),
    "es": ("Perú y Ecuador firmaron el jueves una tregua tras siete horas de "
           "negociaciones. El viernes los comandantes de ambos ejércitos se "
           "reunieron en Tumbes y mantuvieron tres horas de conversaciones sobre el "
           "repliegue."),
    "it": ("Perù ed Ecuador hanno firmato giovedì una tregua dopo sette ore di "
           "colloqui. Venerdì i comandanti dei due eserciti si sono riuniti a "
           "Tumbes per tre ore di colloqui sul ritiro."),
    "ru": ("Перу и Эквадор в четверг подписали перемирие после семи часов "
           "переговоров. В пятницу командующие армиями двух стран встретились в "
           "Тумбесе и провели трёхчасовые переговоры об отводе войск."),
    "uk": ("Перу та Еквадор у четвер підписали перемир'я після семи годин "
           "переговорів. У п'ятницю командувачі арміями двох країн зустрілися в "
           "Тумбесі та провели тригодинні переговори про відведення військ."),
}

# known: what each row falls short of (the day is right in all seven)
KNOWN = {
    "es": ("no sides (the_sides 'ambos ejércitos' stand in the subject of 'se "
           "reunieron', not found from 'mantuvieron ... conversaciones'), no venue (the "
           "place before the meeting word: 'se reunieron en Tumbes y mantuvieron')"),
    "ru": ("no sides (the_sides 'двух стран' stand in the subject of 'встретились', "
           "not found from 'провели ... переговоры'), no venue (the place before the "
           "meeting word: 'встретились в Тумбесе и провели ... переговоры')"),
    "uk": ("Перу та Еквадор у четвер підписали перемир'я після семи годин "
           "переговорів. У п'ятницю командувачі арміями двох країн зустрілися в "
           "Тумбесі та провели тригодинні переговори про відведення військ."),
}

# known: what each row falls short of (the day is right in all seven)
KNOWN = {
    "es": ("no sides ('de ambos ejércitos'), no venue (the place before the meeting "
           "word: 'se reunieron en Tumbes y mantuvieron ... conversaciones')"),
    "ru": ("no sides ('двух стран' is not among the_sides), no venue (the place "
           "before the meeting word: 'встретились в Тумбесе и провели ... "
           "переговоры')"),
    "uk": ("no venue (the place before the meeting word: 'зустрілися в Тумбесі та "
           "провели ... переговори')"),
}


@pytest.mark.parametrize("lang", [
    pytest.param(code, marks=pytest.mark.xfail(strict=True, reason=KNOWN[code]))
    if code in KNOWN else code for code in TEXTS])
def test_a_day_in_words_dates_its_meeting(lang: str) -> None:
    assert fact_rows(TEXTS[lang], lang, "2026-12-11") == EXPECTED
