"""A truce named as the cessation of one kind of fire ("соглашение о прекращении
артиллерийских обстрелов", "угоду про припинення авіаударів", "the cessation of artillery
shelling"): a truce word (facts.yaml phrases may hold stems and any one word,
"прекращени* _ обстрел*"), so its scope and where it was signed are read (kampala-truce d3,
addis-truce g3). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.facts.rows import fact_rows

# lang -> (text, the whole output)
CASES = {
    "ru": ("Эфиопия и Эритрея в четверг подписали в Кампале соглашение о "
           "прекращении артиллерийских обстрелов сроком на 45 дней после семи часов "
           "переговоров.",
           [("duration", 45, "truce", ["ERI", "ETH"], None, "Kampala"),
            ("duration", 7, "talks", ["ERI", "ETH"], "2026-12-10", None),
            ("scope", ["artillery"], "truce", ["ERI", "ETH"], None, "Kampala"),
            ("venue", "Kampala", "truce", ["ERI", "ETH"], None, None)]),
    "uk": ("Ефіопія та Еритрея у четвер підписали в Кампалі угоду про припинення "
           "авіаударів строком на 45 днів після семи годин переговорів.",
           [("duration", 45, "truce", ["ERI", "ETH"], None, "Kampala"),
            ("duration", 7, "talks", ["ERI", "ETH"], "2026-12-10", None),
            ("scope", ["air"], "truce", ["ERI", "ETH"], None, "Kampala"),
            ("venue", "Kampala", "truce", ["ERI", "ETH"], None, None)]),
    "en": ("Ethiopia and Eritrea signed in Kampala on Thursday an agreement on the "
           "cessation of artillery shelling for 45 days after seven hours of talks.",
           [("duration", 7, "talks", ["ERI", "ETH"], "2026-12-10", None),
            ("duration", 45, "truce", ["ERI", "ETH"], None, None),
            ("scope", ["artillery"], "truce", ["ERI", "ETH"], None, "Kampala"),
            ("venue", "Kampala", "truce", ["ERI", "ETH"], None, None)]),
    "fr": ("L'Éthiopie et l'Érythrée ont signé jeudi à Kampala un accord sur la "
           "cessation des tirs d'artillerie pour 45 jours après sept heures de "
           "négociations.",
           [("duration", 45, "truce", ["ERI", "ETH"], None, "Kampala"),
            ("duration", 7, "talks", ["ERI", "ETH"], "2026-12-10", None),
            ("scope", ["artillery"], "truce", ["ERI", "ETH"], None, "Kampala"),
            ("venue", "Kampala", "truce", ["ERI", "ETH"], None, None)]),
    "de": ("Äthiopien und Eritrea unterzeichneten am Donnerstag in Kampala nach "
           "sieben Stunden Verhandlungen ein Abkommen über die Einstellung der "
           "Luftangriffe für 45 Tage.",
           [("duration", 7, "talks", ["ERI", "ETH"], "2026-12-10", "Kampala"),
            ("duration", 45, "truce", ["ERI", "ETH"], None, None),
            ("scope", ["air"], "truce", ["ERI", "ETH"], None, None),
            ("venue", "Kampala", "talks", ["ERI", "ETH"], "2026-12-10", None)]),
    "es": ("Etiopía y Eritrea firmaron el jueves en Kampala un acuerdo sobre el "
           "cese de los bombardeos de artillería durante 45 días tras siete horas "
           "de negociaciones.",
           [("duration", 45, "truce", ["ERI", "ETH"], None, None),
            ("duration", 7, "talks", ["ERI", "ETH"], "2026-12-10", None),
            ("scope", ["artillery"], "truce", ["ERI", "ETH"], None, "Kampala"),
            ("venue", "Kampala", "truce", ["ERI", "ETH"], None, None)]),
    "it": ("Etiopia ed Eritrea hanno firmato giovedì a Kampala un accordo per la "
           "cessazione dei bombardamenti di artiglieria per 45 giorni dopo sette "
           "ore di colloqui.",
           [("duration", 7, "talks", ["ERI", "ETH"], "2026-12-10", None),
            ("duration", 45, "truce", ["ERI", "ETH"], None, None),
            ("scope", ["artillery"], "truce", ["ERI", "ETH"], None, "Kampala"),
            ("venue", "Kampala", "truce", ["ERI", "ETH"], None, None)]),
}

# known: what each row falls short of
KNOWN = {
    "en": ("no length ('for 45 days') and no venue ('signed in Kampala on Thursday "
           "an agreement on the cessation ...': signed is no word of agreeing here)"),
    "es": ("the length ('durante 45 días') is read as the talks'"),
    "it": ("the length ('per 45 giorni') is read as the talks'"),
}


@pytest.mark.parametrize("lang", [
    pytest.param(code, marks=pytest.mark.xfail(strict=True, reason=KNOWN[code]))
    if code in KNOWN else code for code in CASES])
def test_a_cessation_of_fire_is_a_truce(lang: str) -> None:
    text, expected = CASES[lang]
    assert fact_rows(text, lang, "2026-12-11") == expected
