"""Classes of the twenty-third session's blind round (muscat-exchange, ladakh-ceasefire),
written after the fixes, in every language: a clock time told with its zone is an instant,
given in UTC (facts.clock: capitals of _shared/zones.yaml, named zones of each language's
facts.yaml ``time_zones``, an hour with a clock word, ``clock_hours``, and four digits
before a zone). Near-misses: a clock time with no zone stays the source's own, a length in
hours after no time word is no clock time."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.api import extract_text

REFERENCE = "2026-11-20"  # winter time in Europe: Kyiv UTC+2, Paris UTC+1


def _facts(text: str, language: str) -> list[dict[str, Any]]:
    """The fact records of a text read on REFERENCE."""
    records = extract_text(text, reference_date=REFERENCE, language=language).records
    return [r for r in records if r["kind"] == "fact"]


def _times(text: str, language: str) -> list[tuple[Any, ...]]:
    records = _facts(text, language)
    return sorted((r["value"], r["happening"]["kind"]) for r in records
                  if r["attribute"] == "time")


ZONES = [
    ("en", "Armenia's and Azerbaijan's foreign ministers spoke by phone on Tuesday at 16:00 "
     "Moscow time.", [("13:00 UTC", "call")]),
    ("en", "The swap of detainees between Armenia and Azerbaijan began at 0930 GMT on "
     "Friday.", [("09:30 UTC", "exchange")]),
    ("fr", "Les présidents arménien et azerbaïdjanais se sont entretenus par téléphone mardi "
     "à 15 heures, heure de Moscou.", [("12:00 UTC", "call")]),
    ("de", "Die Außenminister Armeniens und Aserbaidschans telefonierten am Dienstag um 14 "
     "Uhr MEZ.", [("13:00 UTC", "call")]),
    ("de", "Der Gefangenenaustausch zwischen Armenien und Aserbaidschan begann am Freitag um "
     "9:30 Uhr Moskauer Zeit.", [("06:30 UTC", "exchange")]),
    ("es", "Los cancilleres de Armenia y Azerbaiyán hablaron por teléfono el martes a las "
     "20:00 hora de Pekín.", [("12:00 UTC", "call")]),
    ("it", "I ministri degli Esteri di Armenia e Azerbaigian hanno avuto una telefonata "
     "martedì alle 17:30 ora indiana.", [("12:00 UTC", "call")]),
    ("ru", "Министры иностранных дел Армении и Азербайджана провели телефонный разговор во "
     "вторник в 15:00 по московскому времени.", [("12:00 UTC", "call")]),
    ("uk", "Міністри закордонних справ Вірменії та Азербайджану провели телефонну розмову у "
     "вівторок о 14:00 за київським часом.", [("12:00 UTC", "call")]),
    # near-misses: no zone, the source's own time; an hour count after no time word
    ("ru", "Министры иностранных дел Армении и Азербайджана провели телефонный разговор во "
     "вторник в 15:00.", [("15:00", "call")]),
    ("fr", "Les délégations arménienne et azerbaïdjanaise ont négocié pendant 15 heures "
     "mardi.", []),
]


@pytest.mark.parametrize(("language", "text", "want"), ZONES)
def test_a_time_in_a_zone_is_an_instant(language: str, text: str,
                                         want: list[tuple[Any, ...]]) -> None:
    assert _times(text, language) == want


def _exchange_days(text: str, language: str) -> list[tuple[Any, ...]]:
    records = _facts(text, language)
    return sorted(r["value"] for r in records
                  if r["attribute"] == "date" and r["happening"]["kind"] == "exchange")


RELEASED = [
    ("en", "Each side will free 60 prisoners on 2 December.", ["2026-12-02"]),
    ("fr", "Chaque camp libérera 60 prisonniers le 2 décembre.", ["2026-12-02"]),
    ("de", "Beide Seiten lassen am 2. Dezember jeweils 60 Gefangene frei.", ["2026-12-02"]),
    ("es", "Cada parte liberará a 60 prisioneros el 2 de diciembre.", ["2026-12-02"]),
    ("it", "Ciascuna parte libererà 60 prigionieri il 2 dicembre.", ["2026-12-02"]),
    ("ru", "Стороны освободят по 60 пленных 2 декабря.", ["2026-12-02"]),
    ("uk", "Сторони звільнять по 60 полонених 2 грудня.", ["2026-12-02"]),
    # near-misses: two days in the sentence, a day of the talks beside the release, a count
    # of prisoners with no release word
    ("en", "Each side will free 60 prisoners between 2 December and 4 December.", []),
    ("fr", "Lors des pourparlers du 2 décembre, chaque camp a promis de libérer 60 "
     "prisonniers.", []),
    ("ru", "На 2 декабря в плену оставались 60 военных.", []),
]


@pytest.mark.parametrize(("language", "text", "want"), RELEASED)
def test_a_release_day_is_the_exchange_day(language: str, text: str, want: list[str]) -> None:
    assert _exchange_days(text, language) == want


def _speakers(text: str, language: str) -> list[tuple[str, tuple[str, ...]]]:
    records = _facts(text, language)
    return [(r["value"], tuple(r["concepts"])) for r in records
            if r["attribute"] == "speaker"]


_DIE = ("die", "height", "soldier")
QUOTES = [  # who must not die on which heights, and a year (facts.quotes concepts)
    ("en", '"Not one more soldier must die on these mountains," said General Tigran '
     'Avetisyan.', [("Tigran Avetisyan", _DIE)]),
    ("fr", "« Plus aucun soldat ne doit mourir sur ces hauteurs », a déclaré le général "
     "Tigran Avetisyan.", [("Tigran Avetisyan", _DIE)]),
    ("de", "„Kein Soldat darf mehr in diesen Bergen sterben“, sagte General Tigran "
     "Avetisyan.", [("Tigran Avetisyan", _DIE)]),
    ("es", "«Ningún soldado más debe morir en estas montañas», dijo el general Tigran "
     "Avetisyan.", [("Tigran Avetisyan", _DIE)]),
    ("it", "«Nessun soldato deve più morire su queste montagne», ha detto il generale "
     "Tigran Avetisyan.", [("Tigran Avetisyan", _DIE)]),
    ("ru", "«Ни один солдат больше не должен погибнуть в этих горах», — заявил генерал "
     "Тигран Аветисян.", [("Тигран Аветисян", _DIE)]),
    ("uk", "«Жоден солдат більше не повинен загинути в цих горах», — заявив генерал "
     "Тигран Аветісян.", [("Тигран Аветісян", _DIE)]),
    ("en", '"Our prisoners will be home by the new year," said Tigran Avetisyan.',
     [("Tigran Avetisyan", ("home", "new", "prisoner", "year"))]),
    # near-miss: two concepts tell a quote apart from no other
    ("en", '"We will see next year," said Tigran Avetisyan.', []),
]


@pytest.mark.parametrize(("language", "text", "want"), QUOTES)
def test_quote_concepts(language: str, text: str, want: list[tuple[Any, ...]]) -> None:
    assert _speakers(text, language) == want


def _signed(text: str, language: str) -> list[tuple[Any, ...]]:
    records = _facts(text, language)
    return sorted((r["attribute"], r["value"]) for r in records
                  if r["attribute"] in ("signatories", "start"))


_PAIR = [("signatories", ["Ashot Grigoryan", "Elchin Mammadov"])]
SIGNED = [  # who signed, told by the signatures or a verb before the names; a start in the
    # present tense (facts.yaml signatories, start)
    ("en", "The accord bears the signatures of Ashot Grigoryan and Elchin Mammadov.", _PAIR),
    ("fr", "L'accord porte les signatures du général Ashot Grigoryan et du général Elchin "
     "Mammadov.", _PAIR),
    ("de", "Das Abkommen trägt die Unterschriften von Ashot Grigoryan und Elchin Mammadov.",
     _PAIR),
    ("es", "Firmaron el acuerdo el general Ashot Grigoryan y el general Elchin Mammadov.",
     _PAIR),
    ("it", "L'accordo porta le firme del generale Ashot Grigoryan e del generale Elchin "
     "Mammadov.", _PAIR),
    ("ru", "Соглашение подписали генерал Ашот Григорян и генерал Эльчин Мамедов.",
     [("signatories", ["Ашот Григорян", "Эльчин Мамедов"])]),
    ("uk", "Угоду підписали генерал Ашот Григорян і генерал Ельчин Мамедов.",
     [("signatories", ["Ашот Григорян", "Ельчин Мамедов"])]),
    ("it", "La tregua entra in vigore il 2 dicembre.", [("start", "2026-12-02")]),
    ("es", "La tregua entra en vigor el 2 de diciembre.", [("start", "2026-12-02")]),
    # near-miss: signatures collected for a petition name no signatory of an accord
    ("en", "The petition gathered the signatures of 3,000 people.", []),
]


@pytest.mark.parametrize(("language", "text", "want"), SIGNED)
def test_signatures_and_present_starts(language: str, text: str,
                                       want: list[tuple[Any, ...]]) -> None:
    assert _signed(text, language) == want


def _venues(text: str, language: str) -> list[str]:
    records = _facts(text, language)
    return [r["value"] for r in records if r["attribute"] == "venue"]


VENUES = [  # a city whose name ends in a consonant, in its case forms (actors.gazetteer:
    # declined_letters; places.declined.generated.tsv: "берні" is Bern's, not Burnie's)
    ("uk", "Вірменія та Азербайджан провели переговори в Берні.", ["Bern"]),
    ("uk", "Вірменія та Азербайджан провели переговори в Лондоні.", ["London"]),
    ("ru", "Армения и Азербайджан провели переговоры в Берне.", ["Bern"]),
    ("ru", "Армения и Азербайджан провели переговоры в Лондоне.", ["London"]),
    ("de", "Armenien und Aserbaidschan führten Verhandlungen in Bern.", ["Bern"]),
    ("it", "Armenia e Azerbaigian hanno tenuto colloqui a Berna.", ["Bern"]),
    ("es", "Armenia y Azerbaiyán celebraron negociaciones en Berna.", ["Bern"]),
]


@pytest.mark.parametrize(("language", "text", "want"), VENUES)
def test_case_forms_of_a_city(language: str, text: str, want: list[str]) -> None:
    assert _venues(text, language) == want


def _starts(text: str, language: str) -> list[tuple[Any, ...]]:
    records = _facts(text, language)
    return [(r["value"], r["happening"]["kind"]) for r in records
            if r["attribute"] == "start"]


STARTS = [  # the truce of the sentence before, a pronoun in this one (slots._truce_before)
    ("en", "Armenia and Azerbaijan signed a ceasefire. It takes effect on 2 December.",
     [("2026-12-02", "truce")]),
    ("fr", "L'Arménie et l'Azerbaïdjan ont signé un cessez-le-feu. Il entre en vigueur le "
     "2 décembre.", [("2026-12-02", "truce")]),
    ("de", "Armenien und Aserbaidschan unterzeichneten eine Waffenruhe. Sie tritt am "
     "2. Dezember in Kraft.", [("2026-12-02", "truce")]),
    ("es", "Armenia y Azerbaiyán firmaron una tregua. Entrará en vigor el 2 de diciembre.",
     [("2026-12-02", "truce")]),
    ("it", "Armenia e Azerbaigian hanno firmato una tregua. Entrerà in vigore il 2 dicembre.",
     [("2026-12-02", "truce")]),
    ("ru", "Армения и Азербайджан подписали перемирие. Оно вступит в силу 2 декабря.",
     [("2026-12-02", "truce")]),
    ("uk", "Вірменія та Азербайджан підписали перемир'я. Воно набуде чинності 2 грудня.",
     [("2026-12-02", "truce")]),
    # near-miss: the sentence before names talks, no truce
    ("en", "Armenia and Azerbaijan met in Geneva. It takes effect on 2 December.", []),
]


@pytest.mark.parametrize(("language", "text", "want"), STARTS)
def test_start_of_the_truce_before(language: str, text: str, want: list[tuple[Any, ...]]
                                   ) -> None:
    assert _starts(text, language) == want
