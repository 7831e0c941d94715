"""Counts per side and lengths, per language: the whole fact list of each invented sentence
(attribute, value, interval, unit, happening kind), near-misses included."""

from __future__ import annotations

import pytest

from eventwire.api import extract_text

# (lang, text, [(attribute, value, interval, unit, happening kind)])
PER_SIDE = [
    ("en", "India and Pakistan agreed to exchange 60 prisoners each before the end of the month.",
     [("count_prisoner_per_side", 60, [60, 60], "prisoner", "exchange")]),
    ("en", "Each side will free 40 detainees next week under the exchange deal.",
     [("count_prisoner_per_side", 40, [40, 40], "prisoner", "exchange")]),
    ("en", "The two sides will exchange 300 prisoners for 300 prisoners.",
     [("count_prisoner_per_side", 300, [300, 300], "prisoner", "exchange")] * 2),
    # near-miss: a total, not per side
    ("en", "The two countries agreed to exchange 60 prisoners before the end of the month.",
     [("count_prisoner", 60, [60, 60], "prisoner", "exchange")]),
    # near-miss: two different numbers across a join are two totals
    ("en", "Israel will release 90 Palestinian prisoners in exchange for three hostages.",
     [("count_hostage", 3, [3, 3], "hostage", "exchange"),
      ("count_prisoner", 90, [90, 90], "prisoner", "exchange")]),
    ("ru", "Израиль освободит 90 палестинских узников в обмен на трех заложников.",
     [("count_hostage", 3, [3, 3], "hostage", "exchange"),
      ("count_prisoner", 90, [90, 90], "prisoner", "exchange")]),
    ("uk", "Ізраїль звільнить 90 палестинських в'язнів в обмін на трьох заручників.",
     [("count_hostage", 3, [3, 3], "hostage", "exchange"),
      ("count_prisoner", 90, [90, 90], "prisoner", "exchange")]),
    ("de", "Die Seiten tauschten 200 Gefangene gegen 200 Gefangene.",
     [("count_prisoner_per_side", 200, [200, 200], "prisoner", "exchange")] * 2),
    ("fr", "Un échange de 65 prisonniers de chaque côté est prévu.",
     [("count_prisoner_per_side", 65, [65, 65], "prisoner", "exchange")]),
    ("fr", "Les deux pays échangeront 80 prisonniers chacun.",
     [("count_prisoner_per_side", 80, [80, 80], "prisoner", "exchange")]),
    ("fr", "Les deux pays échangeront 80 prisonniers.",
     [("count_prisoner", 80, [80, 80], "prisoner", "exchange")]),
    ("de", "Beide Länder tauschten je 120 Gefangene aus.",
     [("count_prisoner_per_side", 120, [120, 120], "prisoner", "exchange")]),
    ("de", "Beim Austausch übergab jede Seite 75 Gefangene.",
     [("count_prisoner_per_side", 75, [75, 75], "prisoner", "exchange")]),
    ("es", "Ambos países intercambiarán 50 prisioneros cada uno.",
     [("count_prisoner_per_side", 50, [50, 50], "prisoner", "exchange")]),
    ("it", "I due paesi scambieranno 70 prigionieri ciascuno.",
     [("count_prisoner_per_side", 70, [70, 70], "prisoner", "exchange")]),
    ("ru", "Каждая сторона передаст 90 пленных в ходе обмена.",
     [("count_prisoner_per_side", 90, [90, 90], "prisoner", "exchange")]),
    ("ru", "Стороны обменялись пленными по 45 человек.",
     [("count_prisoner_per_side", 45, [45, 45], "prisoner", "exchange")]),
    ("uk", "Кожна сторона передасть 90 полонених під час обміну.",
     [("count_prisoner_per_side", 90, [90, 90], "prisoner", "exchange")]),
]

LENGTHS = [
    ("en", "The two armies will pull back 15 km from the line of contact.",
     [("length", 15, [15, 15], "km", "withdrawal")]),
    ("en", "The new corridor, about 30 miles long, will link the two regions.",
     [("length", 48.2803, [43.4523, 53.1084], "km", "corridor")]),
    ("en", "A buffer zone 800 metres wide will run along the river.",
     [("length", 0.8, [0.8, 0.8], "km", "zone")]),
    # near-miss: a distance that measures no corridor, zone or pullback
    ("en", "The village lies 20 km from the capital.", []),
    ("fr", "Les forces se retireront à 20 kilomètres de la frontière.",
     [("length", 20, [20, 20], "km", "withdrawal")]),
    ("de", "Die Truppen sollen sich 10 Kilometer von der Grenze zurückziehen.",
     [("length", 10, [10, 10], "km", "withdrawal")]),
    ("es", "El corredor de unos 35 kilómetros unirá las dos regiones.",
     [("length", 35, [31.5, 38.5], "km", "corridor")]),
    ("it", "Il corridoio di circa 25 chilometri collegherà le due regioni.",
     [("length", 25, [22.5, 27.5], "km", "corridor")]),
    ("ru", "Войска будут отведены на 12 километров от линии соприкосновения.",
     [("length", 12, [12, 12], "km", "withdrawal")]),
    ("uk", "Буферна зона завширшки 5 кілометрів пролягатиме вздовж кордону.",
     [("length", 5, [5, 5], "km", "zone")]),
]

KILLING = [
    ("en", "A strike on the border post on Friday, killing seven soldiers, was denied.",
     [("count_killed", 7, [7, 7], "killed", "attack")]),
    ("fr", "Le bombardement d'un poste frontière a eu lieu vendredi, tuant neuf soldats.",
     [("count_killed", 9, [9, 9], "killed", "attack")]),
    # what happened to the people counted, later in the number's clause, says what is counted
    ("en", "Thousands of soldiers are being killed in the war, both presidents said.",
     [("count_killed", 1000, [1000, None], "killed", "conflict")]),
    ("en", "Ruritania said 40 soldiers were wounded in the shelling.",
     [("count_wounded", 40, [40, 40], "wounded", "attack")]),
    # the fate is the verb the counted noun is the subject of, however far it stands
    ("de", "Nach Angaben der Regionalverwaltung wurden 14 Zivilisten bei dem nächtlichen "
     "Drohnenangriff auf Sumy getötet.", [("count_killed", 14, [14, 14], "killed", "toll")]),
    ("de", "Insgesamt 25 Menschen wurden bei den Angriffen der vergangenen Nacht in mehreren "
     "Städten verletzt.", [("count_wounded", 25, [25, 25], "wounded", "attack")]),
    # near-miss: people rescued are no toll
    ("de", "Zwölf Menschen wurden bei dem Angriff auf das Hafengebiet von Rettungskräften aus "
     "den Trümmern gerettet.", []),
    ("en", "Fourteen civilians in the border town of Sumy were killed overnight by drones.",
     [("count_killed", 14, [14, 14], "killed", "toll")]),
    ("fr", "Quatorze civils de la ville frontalière de Soumy ont été tués cette nuit par des "
     "drones.", [("count_killed", 14, [14, 14], "killed", "toll")]),
    ("es", "Catorce civiles de la ciudad fronteriza de Sumy murieron esta noche por el ataque "
     "de drones.", [("count_killed", 14, [14, 14], "killed", "attack")]),
    ("it", "Quattordici civili della città di confine di Sumy sono stati uccisi stanotte dai "
     "droni.", [("count_killed", 14, [14, 14], "killed", "toll")]),
    ("ru", "Четырнадцать мирных жителей приграничного города Сумы были убиты ночью в "
     "результате атаки дронов.", [("count_killed", 14, [14, 14], "killed", "attack")]),
    ("uk", "Чотирнадцять мирних жителів прикордонного міста Суми були вбиті вночі внаслідок "
     "атаки дронів.", [("count_killed", 14, [14, 14], "killed", "attack")]),
    # near-miss: soldiers handed over are prisoners
    ("en", "Ruritania and Molvania will exchange 40 soldiers next week.",
     [("count_prisoner", 40, [40, 40], "prisoner", "exchange")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PER_SIDE + LENGTHS + KILLING)
def test_sides_lengths_and_kinds(lang: str, text: str, expected: list[tuple]) -> None:
    records = extract_text(text, reference_date="2026-04-15", language=lang).records
    facts = [(r["attribute"], r["value"], r["interval"], r["unit"], r["happening"]["kind"])
             for r in records if r["kind"] == "fact"]
    assert facts == expected
