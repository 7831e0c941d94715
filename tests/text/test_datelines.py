"""The one dateline pattern: where a sentence's own words begin (invented datelines and
live-blog time stamps)."""

from __future__ import annotations

import pytest

from eventwire.text.datelines import dateline_end

CASES = [  # text, the words after the dateline
    ("KYIV, May 4 (Wire) - The convoy left at dawn.", "The convoy left at dawn."),
    ("PARIS (AFP) — Talks resume on Monday.", "Talks resume on Monday."),
    ("JEDDAH, May 4, 2026 (Wire) - Envoys met.", "Envoys met."),
    ("BERLIN - Die Gespräche beginnen.", "Die Gespräche beginnen."),
    ("МОСКВА, 4 мая. /ТАСС/. Переговоры продолжатся.", "Переговоры продолжатся."),
    ("КИЇВ, 4 травня - Колона вирушила.", "Колона вирушила."),
    ("MADRID (Wire) – Las conversaciones siguen.", "Las conversaciones siguen."),
    ("CARACAS/BOGOTÁ (Wire) – Los cancilleres hablaron.", "Los cancilleres hablaron."),
    ("Moskau/Kiew – Die Gespräche beginnen.", "Die Gespräche beginnen."),
    ("Berlin (dpa) – Die Gespräche beginnen.", "Die Gespräche beginnen."),
    ("Kiew/Moskau (AFP) – Die Gespräche beginnen.", "Die Gespräche beginnen."),
    ("Ginebra, 12 jun (EFE).- Las conversaciones siguen.", "Las conversaciones siguen."),
    ("Genf, 12. Juni (dpa) - Die Gespräche beginnen.", "Die Gespräche beginnen."),
    # a capital after an apostrophe or hyphen inside the place's name (session 17)
    ("L'Avana, 3 gen. (ANSA) - I colloqui proseguono.", "I colloqui proseguono."),
    ("Bandar-Abbas (AFP) - Les pourparlers reprennent.", "Les pourparlers reprennent."),
    ("Ginebra, 12 de junio - Las conversaciones siguen.",
     "Ginebra, 12 de junio - Las conversaciones siguen."),  # no wire: no dateline in lower case
    ("Russland – das größte Land – schweigt.", "Russland – das größte Land – schweigt."),
    ("Die Ukraine (im Osten) – so der Bericht.", "Die Ukraine (im Osten) – so der Bericht."),
    # time stamps that open a live-blog entry, in the seven languages
    ("10h42 – Les délégations sont arrivées.", "Les délégations sont arrivées."),
    ("14:05 GMT - The delegations arrived.", "The delegations arrived."),
    ("9.30 Uhr — Die Delegationen sind da.", "Die Delegationen sind da."),
    ("18:20 – Las delegaciones llegaron.", "Las delegaciones llegaron."),
    ("11.15 - Le delegazioni sono arrivate.", "Le delegazioni sono arrivate."),
    ("12:40 мск — Делегации прибыли.", "Делегации прибыли."),
    ("07:55 | Делегації прибули.", "Делегації прибули."),
    ("2022 - The year the war began.", "2022 - The year the war began."),  # a year, no clock
    ("3 - 2 was the vote.", "3 - 2 was the vote."),
    ("The convoy left - at dawn.", "The convoy left - at dawn."),  # no capitals: no dateline
    ("A - the first point.", "A - the first point."),  # too few capitals
    ("Ok - fine.", "Ok - fine."),
]


@pytest.mark.parametrize(("text", "words"), CASES)
def test_dateline_end(text: str, words: str) -> None:
    assert text[dateline_end(text, 0, len(text)):] == words


def test_only_at_the_start_of_the_span() -> None:
    text = "Envoys met. KYIV (Wire) - Talks resume."
    assert dateline_end(text, 0, len(text)) == 0
    assert text[dateline_end(text, 12, len(text)):] == "Talks resume."


# A month's name or abbreviation right after a dateline's place and comma is its date, not a
# town of that name ("Nov" is one): (text, the word, whether it is the dateline's month)
MONTHS = [
    ("ASMARA, Nov 3 (Wire) - Talks resumed.", "Nov", True),
    ("ASMARA, Nov. 3 (Wire) - Talks resumed.", "Nov", True),
    ("Title\n\nKYIV, Mar 3 (Wire) - Talks resumed.", "Mar", True),
    ("ASMARA, 3 nov (Diario) - Las conversaciones siguen.", "nov", True),
    ("Genf, 3. Nov. (dpa) - Die Gespräche beginnen.", "Nov", True),
    ("ROMA, 3 mar (Agenzia) - I colloqui riprendono.", "mar", True),
    ("МОСКВА, 3 нояб. /ТАСС/. Переговоры продолжились.", "нояб", True),
    ("КИЇВ, 3 лист. (Агенція) - Переговори тривають.", "лист", True),
    ("Officials met in Nov on Tuesday.", "Nov", False),  # no dateline before it
    ("ASMARA, Senafe (Wire) - Talks resumed.", "Senafe", False),  # no month
    ("The talks, in Geneva, Nice and Mar, went on.", "Mar", False),  # no dateline opens it
]


@pytest.mark.parametrize(("text", "word", "month"), MONTHS)
def test_dateline_month(text: str, word: str, month: bool) -> None:
    from eventwire.text.datelines import dateline_month

    start = text.index(word)
    assert dateline_month(text, start, start + len(word)) is month


# A name within the brackets of a dateline's wire is the outlet, never a place: (text, the
# name, whether it is in the wire)
WIRES = [
    ("JUBA, Nov 17 (Nile Agency) - A strike hit Aweil.", "Nile", True),
    ("YUBA, 17 nov (Agencia del Nilo) - Un ataque alcanzó Aweil.", "Nilo", True),
    ("JUBA, 17 novembre (L'Écho du Sahel) - Une frappe a touché Aweil.", "Sahel", True),
    ("Genf, 12. Juni (Alpenpost) - Die Gespräche beginnen.", "Alpenpost", True),
    ("JUBA, Nov 17 (Nile Agency) - A strike hit Aweil.", "Aweil", False),
    ("The strike (near the Nile) hit Aweil.", "Nile", False),  # no dateline
]


@pytest.mark.parametrize(("text", "name", "wire"), WIRES)
def test_in_dateline_wire(text: str, name: str, wire: bool) -> None:
    from eventwire.text.datelines import in_dateline_wire

    start = text.index(name)
    assert in_dateline_wire(text, start, start + len(name)) is wire
