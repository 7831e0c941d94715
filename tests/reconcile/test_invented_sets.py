"""The real pipeline on the invented sets that carry per-document `facts` (texts written
for eventwire): every planted disagreement surfaced, every reported discrepancy borne out
by the facts the texts state, and the reported set pinned whole. Near-misses stay apart:
two calls of one leader on consecutive days, two stories (andes-calls), "about two hours"
against "more than two hours" (precision), "two weeks" and "15 days" in one text, a
shelling after the truce (loc-truce), talks on two days at one venue that no source tells of twice
(mekong-border), two strikes a day apart on two cities (sumy-strikes), a second round of
talks a week later and an earlier one elsewhere, a length given in minutes, a total against
counts per side (geneva-rounds: ru, uk, es, it), "about 40" and "more than 40" against 42, a
strike on another city the same day, counts of other kinds (odesa-strikes: uk, ru, es, de),
a leader's call with another counterpart the next day, "about an hour" against "one hour"
(caspian-calls: es, it, ru, uk); a capital as dateline or actor, a vaguer count, the
same count in words, an earlier exchange, an earlier meeting elsewhere (dangrek-truce: en,
fr, de; danube-swap: en, fr, uk, it; zangezur-talks: en, fr, es); about 90 minutes and
"about an hour and a half" against 92 minutes, an earlier round at the same venue
(istanbul-swap: ru, uk, de, it); six hours in minutes, "more than 3,000" against 3,000, a
copied wire, a meeting last year (kivu-doha: de, es, it, en); the working groups' meeting at
the same venue the day before, "about three hours" and "180 minuti" against three hours, "more
than 30" wounded against 31, a strike story of the same two sides (abu-dhabi-talks: ru, uk,
de, it, en); "environ 40 minutes" against 40, a copied wire, the foreign ministers' talks the
day before, the leader's call with another counterpart, a shelling story of the same two
sides (jeddah-truce: en, fr, es, it); "about six hours" against six, "six-week" against
"42 días", a copied wire, the officers meeting "again" the next day, "environ 90" wounded
against 92, a strike story of the same two sides (nairobi-truce: es, fr, en); "240 minuti"
against four hours, "близько чотирьох годин", the commissioners' meeting the next day, "mehr
als 30" wounded against 34, a strike story of the same two sides (ankara-exchange: de, it,
uk); "около трёх часов" against "180 хвилин", the same signatories in Cyrillic and Latin, a
copied wire, the working groups' meeting the day before, "about 90" wounded against 92, a
strike story of the same two sides (astana-talks: ru, uk, en); "360 minuti" and "etwa sechs
Stunden" against six hours, "mehr als 12.000" against 12,000, a copied wire, the defence
ministers' meeting the day before, Montevideo (a capital) as a venue, "etwa 20" wounded
against 21, a clash story of the same two sides (brasilia-truce: es, it, de); "etwa fünf
Stunden" and "300 хвилин" against five hours, a copied wire, the border commissions' meeting
the day before, "близько 20" wounded against 21, a shelling story of the same two sides
(tashkent-truce: fr, de, uk); "240 minuti" against four hours, "около полутора часов"
against 92 minutes, Panama City in three spellings, a copied wire, the president's call
with another counterpart the next day, "около 10" wounded against 11, a clash story of the
same two sides (panama-exchange: es, ru, it); "300 minutos" and "близько п'яти годин"
against five hours, a copied wire, the foreign ministers' meeting the day before, "unos 30"
wounded against 32, a shelling story of the same two sides (addis-truce: de, es, uk); "360
minuti" against six hours, "environ 40 minutes" against 40, a copied wire, the president's
call with the mediator's the next day, "около 90" wounded against 92, a shelling story of
the same two sides (cuyuni-truce: en, fr, it, ru); "420 minutes" against seven hours, "около
семи часов" against seven, "más de 30" prisoners against 35, the army commanders' meeting in
Tumbes the next day, "около 20" wounded against 21, a clash story of the same two sides a
week before (santiago-truce: es, fr, ru); "420 Minuten" and "майже семи годин" against seven
hours, a total of 80 beside 40 per side, the signatories in Cyrillic and Latin, a copied
wire, the military chiefs' meeting the day before, Moscow as actor and dateline, a drone
strike on Georgia a week before (baku-truce: es, de, uk); "360 Minuten" and
"anderthalbstündiges" against six hours and 90 minutes, "близько шести годин", the military
delegations' meeting in Lausanne the day before, Morocco's own dead beside Algeria's, a
copied wire, a second quote of one speaker, the trade ministers' meeting in Rabat, another
story of the same sides (figuig-truce: en, de, es, uk, it); "300 minutos" against five
hours, "unos 40", the intelligence chiefs' meeting in Alexandria the day before, a copied
wire (cairo-swap: it, es, de, en); one instant told in Moscow, Kyiv and GMT time, "около
семи часов" and "420 minutes" against seven hours, a total beside the count per side, the
working groups' meeting the day before, a copied wire (muscat-exchange: ru, uk, de, en); one
instant told in India, Beijing and Moscow time, "660 minutos" and "plus de dix heures"
against eleven hours, the other side's dead, an earlier round at the same venue, a trade
meeting story of the same sides in New Delhi (ladakh-ceasefire: it, fr, es, ru, uk)."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from stories_data import STORIES

from eventwire.reconcile.scoring import bcubed, borne_out, gold_disagreements, surfaced

# folder -> the discrepancies reported: (attribute, sources of each value, in value order)
EXPECTED: dict[str, list[tuple[str, tuple[tuple[str, ...], ...]]]] = {
    "andes-calls": [
        ("duration", (("c3",), ("c1",))),
        ("duration", (("c2",), ("c1",))),
    ],
    "loc-truce": [
        ("count_killed", (("p4",), ("p5",))),
        ("count_prisoner_per_side", (("p1", "p2"), ("p3",))),
        ("duration", (("p2",), ("p3",), ("p1",))),
        ("scope", (("p1", "p3"), ("p2",))),
    ],
    "sumy-strikes": [
        ("count_killed", (("d1", "d2"), ("d3",))),
    ],
    "mekong-border": [
        ("count_prisoner", (("t4",), ("t5",))),
        ("date", (("t1", "t3"), ("t2",))),
        ("duration", (("t3",), ("t1",), ("t2",))),
    ],
    "geneva-rounds": [
        ("count_prisoner", (("a2",), ("a1",), ("a3",))),
        ("duration", (("a1", "a3"), ("a2",))),
        ("mediators", (("a2",), ("a1", "a3"))),
    ],
    "caspian-calls": [
        ("duration", (("k4",), ("k3",), ("k1",), ("k2",))),
    ],
    "odesa-strikes": [
        ("count_killed", (("b2",), ("b1", "b3", "b4"))),
        ("count_wounded", (("b3",), ("b2",), ("b1",))),
    ],
    "dangrek-truce": [
        ("count_killed", (("r1", "r3"), ("r2",))),
        ("mediators", (("r3",), ("r1", "r2"))),
        ("scope", (("r2",), ("r1",))),
        ("start", (("r1", "r3"), ("r2",))),
        ("venue", (("r1", "r2"), ("r3",))),
    ],
    "danube-swap": [
        ("count_body", (("s2",), ("s1", "s4"))),
        ("count_prisoner_per_side", (("s1", "s2"), ("s3",))),
        ("mediators", (("s1", "s2", "s4"), ("s3",))),
    ],
    # twelfth session's blind round (de, es, it, ru, uk), first run: istanbul-swap B-cubed
    # 0.77 surfaced 2/13, kivu-doha B-cubed 0.53 surfaced 3/13, 4 reported, none false
    "istanbul-swap": [
        ("count_killed", (("i2",), ("i4",))),
        ("count_prisoner_per_side", (("i2",), ("i1", "i3"))),
        ("date", (("i1", "i4"), ("i3",))),
        ("duration", (("i1", "i4"), ("i2",), ("i3",))),
        ("mediators", (("i1", "i2", "i4"), ("i3",))),
        ("venue", (("i4",), ("i1", "i2", "i3"))),
    ],
    "kivu-doha": [
        ("count_killed", (("k4", "k5"), ("k2",), ("k1",))),
        ("duration", (("k2",), ("k4", "k5"), ("k1", "k3"))),
        ("mediators", (("k1", "k4", "k5"), ("k2",))),
        ("scope", (("k3",), ("k1",))),
        ("signatories", (("k4", "k5"), ("k3",))),
        ("start", (("k1", "k4", "k5"), ("k2",))),
    ],
    # thirteenth session's blind round, first run: abu-dhabi-talks B-cubed 1.00 surfaced
    # 12/14, 5 reported, none false; jeddah-truce B-cubed 1.00 surfaced 20/26, 8 reported,
    # none false
    "abu-dhabi-talks": [
        ("count_body", (("x1", "x2"), ("x4",))),
        ("count_killed", (("y1",), ("y2",))),
        ("count_prisoner_per_side", (("x3",), ("x1", "x2", "x4"))),
        ("duration", (("x2",), ("x1", "x4"), ("x3",))),
        # y2, the strike story, names the coming talks and their mediator (the same talks:
        # since the fifteenth session a group "Russian and Ukrainian delegations" names
        # both sides), on the side of the many; since session 19 x1's meeting of the working
        # groups the day before is a happening of its own, and y2's mediator (of talks it
        # dates to no day) and venue are no longer set beside the story's
        ("mediators", (("x1", "x2", "x3"), ("x4",))),
        ("venue", (("x1", "x2", "x4"), ("x3",))),
    ],
    "jeddah-truce": [
        ("count_displaced", (("e1", "e2"), ("e3",))),
        ("count_killed", (("f1",), ("f2",))),
        ("count_prisoner_per_side", (("e1", "e2"), ("e3",))),
        ("duration", (("e1", "e2", "e4", "e5"), ("e3",))),
        ("duration", (("e3",), ("e1", "e2"), ("e4",))),
        ("mediators", (("e4",), ("e1", "e2", "e3", "e5"))),
        ("scope", (("e4",), ("e1", "e2"))),
        ("signatories", (("e5",), ("e1", "e2"))),
        ("start", (("e4",), ("e1", "e2", "e3"))),
        ("venue", (("e1", "e2", "e3", "e5"), ("e4",))),
    ],
    # fourteenth session's blind round, first run: nairobi-truce B-cubed 1.00 surfaced 15/22,
    # 8 reported, none false by the scorer but one false by hand (the day of the talks set
    # n3's officers meeting 'again' the next day against n1's talks) and the talks' length
    # holding that meeting's two hours; ankara-exchange B-cubed 0.89 (the Ukrainian strike
    # report alone) surfaced 3/12, 2 reported, none false
    "nairobi-truce": [
        ("count_killed", (("m1",), ("m2",))),
        ("count_prisoner", (("n2",), ("n1", "n3", "n4"))),
        ("duration", (("n2",), ("n1", "n3", "n4"))),
        # sixteenth session: n3's talks end in the signing "on Wednesday after about six
        # hours of talks" (facts.yaml `after`), so they are the talks of n1 and n2 held
        # elsewhere: their venue and mediators are compared (22/22, was 16/22)
        ("duration", (("n3", "n4"), ("n1",), ("n2",))),
        ("mediators", (("n1",), ("n2", "n3", "n4"))),
        ("scope", (("n2",), ("n1", "n3", "n4"))),
        ("signatories", (("n3", "n4"), ("n1",))),
        ("start", (("n1",), ("n3", "n4"))),
        ("venue", (("n3", "n4"), ("n1", "n2"))),
    ],
    "ankara-exchange": [
        ("count_body", (("a1", "a2"), ("a3",))),
        ("count_killed", (("z1",), ("z2",))),
        ("count_prisoner_per_side", (("a2",), ("a1", "a3"))),
        ("date", (("a1", "a2"), ("a3",))),
        ("duration", (("a3",), ("a2",), ("a1",))),
        ("mediators", (("a3",), ("a1", "a2"))),
        ("venue", (("a1", "a3"), ("a2",))),
    ],
    # fifteenth session's blind round, first run: astana-talks B-cubed 0.80 (the English
    # wire and its copy a story apart: "Russian and Ukrainian delegations" named no side)
    # surfaced 6/26, 4 reported, none false; brasilia-truce B-cubed 1.00 surfaced 19/20, 9
    # reported, none false
    "astana-talks": [
        ("count_body", (("w1", "w3", "w4"), ("w2",))),
        ("count_killed", (("x1",), ("x2",))),
        ("count_prisoner_per_side", (("w3", "w4"), ("w1", "w2"))),
        ("date", (("w1", "w3", "w4"), ("w2",))),
        ("duration", (("w1",), ("w2",), ("w3", "w4"))),
        ("mediators", (("w2",), ("w1", "w3", "w4"))),
        ("scope", (("w1", "w3", "w4"), ("w2",))),
        ("signatories", (("w1", "w3", "w4"), ("w2",))),
        ("start", (("w1",), ("w3", "w4"))),
    ],
    "brasilia-truce": [
        ("count_killed", (("q1",), ("q2",))),
        ("count_prisoner_per_side", (("p1", "p4"), ("p2",))),
        ("duration", (("p1", "p2", "p4"), ("p3",))),
        ("duration", (("p1", "p4"), ("p2",))),
        ("mediators", (("p2",), ("p1", "p3", "p4"))),
        ("scope", (("p3",), ("p1", "p4"))),
        ("signatories", (("p1", "p4"), ("p2",))),
        ("start", (("p1", "p4"), ("p2",))),
        ("venue", (("p1", "p3", "p4"), ("p2",))),
    ],
    # sixteenth session's blind round, first run (expected.yaml committed before it):
    # tashkent-truce B-cubed 0.91 (the shelling's de and uk reports apart) surfaced 14/21, 7
    # reported, none false; panama-exchange B-cubed 1.00 surfaced 17/19, 8 reported, none
    # false by the scorer but one by hand (the day the exchange was agreed, set as its day)
    # seventeenth session: the shelling's uk report names Batken (places.curated.tsv: the
    # Cyrillic forms of Kyrgyz and Tajik towns) and t1's talks are dated by "mardi", not
    # by "30 jours après" (facts.subject: a date of counted time is no day): 21/21, 1.00;
    # the evacuated ("evakuiert", "евакуювали": facts.yaml displaced) compared too
    "tashkent-truce": [
        ("count_body", (("t3",), ("t1", "t4"))),
        ("count_displaced", (("s1",), ("s2",))),
        ("count_killed", (("s1",), ("s2",))),
        ("count_prisoner_per_side", (("t1", "t3", "t4"), ("t2",))),
        ("duration", (("t1", "t4"), ("t2",))),
        ("mediators", (("t1", "t3", "t4"), ("t2",))),
        ("scope", (("t3",), ("t1", "t4"))),
        ("signatories", (("t1", "t4"), ("t3",))),
        ("start", (("t1", "t4"), ("t3",))),
        ("venue", (("t3",), ("t1", "t2", "t4"))),
    ],
    "panama-exchange": [
        # twenty-first session: both counts are of Venezuelan soldiers (slots._counted_side)
        ("count_killed_ven_soldier", (("x1",), ("x2",))),
        ("count_prisoner_per_side", (("v2",), ("v1", "v3", "v4"))),
        ("date", (("v1", "v2", "v4"), ("v3",))),
        ("date", (("v1", "v4"), ("v2",))),
        ("duration", (("v2",), ("v1", "v4"), ("v3",))),
        ("duration", (("v1", "v3", "v4"), ("v2",))),
        ("mediators", (("v1", "v3", "v4"), ("v2",))),
        ("signatories", (("v1", "v4"), ("v2",))),
    ],
    # seventeenth session's blind round, first run (expected.yaml committed before it):
    # kampala-truce B-cubed 1.00 surfaced 25/31 by the scorer, 9 reported, none false (by
    # hand: the call's day, Monday against Tuesday, not reported; d3's venue and scope
    # missed); lisbon-exchange B-cubed 0.78 (k2, the clash told in Ukrainian with no coded
    # event, joined the exchange story on words alone) surfaced 15/25, 6 reported, none false
    "kampala-truce": [
        ("count_body", (("d1", "d4"), ("d3",))),
        ("count_killed", (("x1",), ("x2",))),
        ("count_prisoner_per_side", (("d2",), ("d1", "d3", "d4"))),
        ("duration", (("d1", "d3", "d4"), ("d2",))),
        ("duration", (("d3",), ("d1", "d2", "d4"))),
        ("duration", (("d3",), ("d1", "d4"), ("d2",))),
        ("mediators", (("d1", "d3", "d4"), ("d2",))),
        # nineteenth session: "прекращении артиллерийских обстрелов" is a truce word
        # (facts.yaml: a phrase may hold stems and any one word, "прекращени* _ обстрел*"),
        # so d3's scope and its venue ("подписали в Найроби соглашение о ...") are read:
        # 29/31 (was 25/31)
        # twentieth session: "a full 60-day ceasefire" is a full one (scope.py: a length
        # word inside a phrase), d1 and d4 beside d2: 31/31 (was 29/31)
        ("scope", (("d3",), ("d1", "d2", "d4"))),
        ("signatories", (("d1", "d4"), ("d2",))),
        ("start", (("d1", "d2", "d4"), ("d3",))),
        ("venue", (("d1", "d2", "d4"), ("d3",))),
    ],
    # after: a report with no coded event joins no story whose facts tell of other kinds
    # of happening (stories._told_alike), a clash is an attack (facts.yaml), a date after
    # another kind's word is that kind's (facts.subject._nearer_happening), the exchange
    # coded at its own word names its sides, an exchange's venue is its agreement's
    # (happenings.join_misdated), "desplazadas"/"евакуювали" count the displaced: 1.00,
    # 25/25, 10 reported, none false
    "lisbon-exchange": [
        ("count_body", (("l1", "l4"), ("l3",))),
        ("count_displaced", (("k1",), ("k2",))),
        ("count_killed", (("k1",), ("k2",))),
        ("count_prisoner_per_side", (("l2",), ("l1", "l3", "l4"))),
        ("date", (("l1", "l3", "l4"), ("l2",))),
        ("date", (("l3",), ("l1", "l2", "l4"))),
        ("duration", (("l1", "l3", "l4"), ("l2",))),
        ("duration", (("l1", "l4"), ("l3",))),
        ("mediators", (("l1", "l3", "l4"), ("l2",))),
        ("signatories", (("l1", "l2", "l4"), ("l3",))),
    ],
    # eighteenth session's blind round, first run (expected.yaml committed before it):
    # addis-truce (de, es, uk) B-cubed 1.00 surfaced 15/22, 7 reported, none false (by hand:
    # g2's mediators read as Ethiopia alone, "Etiopía, Catar y Kenia"); cuyuni-truce (en,
    # fr, it, ru) B-cubed 1.00 surfaced 25/29, 11 reported, none false by the scorer but one
    # by hand (the next day's call with Brazil read as the Guyana call, which gave it a day,
    # Tuesday, against v3's Monday, and a length, an hour); "Port of Spain" gave the truce
    # the scope "ports". After: a call is between the leaders its clause names, a mediator's
    # too (facts.slots CALLED_KINDS), a scope word inside a name is none: 25/29, 10
    # reported, none false
    "addis-truce": [
        ("count_killed", (("h1",), ("h2",))),
        ("count_prisoner_per_side", (("g1", "g3", "g4"), ("g2",))),
        ("duration", (("g3",), ("g1", "g2", "g4"))),
        # twenty-first session: g2's "con la mediación de Etiopía, Catar y Kenia" read whole
        # from the tree (facts.governed; was Ethiopia alone), so its side sorts after
        ("mediators", (("g1", "g3", "g4"), ("g2",))),
        # nineteenth session: "угоду про припинення авіаударів" is a truce of air strikes
        # (facts.yaml "припинення авіаудар*", scope.yaml "авіаудар"): 18/22 (was 15/22)
        ("scope", (("g3",), ("g1", "g2", "g4"))),
        # twentieth session: "Unterzeichnet wurde das Abkommen von den
        # Verteidigungsministern Ahmed Osman und Peter Lual" (de facts.yaml "unterzeichnet
        # wurde _ _ von"; "Ahmed", tagged a noun, heads the name's flat part): 22/22
        ("signatories", (("g1", "g2", "g4"), ("g3",))),
        # twentieth session: "tritt am 17. Dezember in Kraft" is g1's (and its copy g4's)
        # start (de facts.yaml start_split): 20/22 (was 18/22)
        ("start", (("g1", "g2", "g4"), ("g3",))),
        ("venue", (("g1", "g2", "g4"), ("g3",))),
    ],
    "cuyuni-truce": [
        ("count_killed", (("y1",), ("y2",))),
        ("count_prisoner_per_side", (("v1", "v3", "v4"), ("v2",))),
        ("date", (("v3",), ("v1", "v2", "v4"))),
        # twentieth session: "Port-d'Espagne" is Port of Spain (fr places.curated.tsv), no
        # longer Spain and ports, so v2's truce is read with its venue, length and start
        ("duration", (("v1", "v2", "v4"), ("v3",))),
        ("duration", (("v1", "v3", "v4"), ("v2",))),
        ("duration", (("v2",), ("v1", "v4"), ("v3",))),
        ("mediators", (("v1", "v3", "v4"), ("v2",))),
        # and "les ministres de la Défense Luis Cabrera" names Luis Cabrera (slots.
        # _without_office), not "Défense Luis Cabrera"
        ("signatories", (("v1", "v4"), ("v2",))),
        ("start", (("v1", "v2", "v4"), ("v3",))),
        ("venue", (("v3",), ("v1", "v2", "v4"))),
    ],
    # nineteenth session's blind round, first run (expected.yaml committed before it):
    # santiago-truce (es, fr, ru) B-cubed 1.00 surfaced 17/17, 7 reported, none false by the
    # scorer but one value by hand: the army commanders' three-hour meeting in Tumbes on the
    # next day (p3: "В пятницу ... встретились в Тумбесе и провели трёхчасовые переговоры",
    # no coded event, no day, venue or sides read for it) is set as a length of the talks
    # (test_another_meeting_is_not_compared below). After: a day in words opening the
    # clause of a happening word in a sentence with no coded event dates it
    # (facts.subject._day_in_words): the commanders' meeting is Friday's, 17/17, 7
    # reported, none false
    "santiago-truce": [
        ("count_killed", (("q1",), ("q2",))),
        ("count_prisoner_per_side", (("p1", "p3"), ("p2",))),
        ("duration", (("p2",), ("p1", "p3", "p4"))),
        ("duration", (("p3",), ("p1", "p2"), ("p4",))),
        ("mediators", (("p2",), ("p1", "p3", "p4"))),
        ("start", (("p1", "p2", "p4"), ("p3",))),
        ("venue", (("p1", "p2", "p3"), ("p4",))),
    ],
    # twenty-first session's blind round, first run (expected.yaml committed before it):
    # baku-truce (es, de, uk) B-cubed 1.00 surfaced 22/36, 6 reported, one false by the
    # scorer (KNOWN_FALSE). After: mediators read from the tree (b1's "Con Turquía y Suiza
    # como mediadoras", facts.governed) and signatories whose parts the parse tags nouns
    # (b2's "Giorgi Lomidze und Sergej Wolkow", slots._in_name): 26/36, 7 reported, the
    # same one false. Left: who said the quote (read by no fact); b3's talks, misdated to
    # Thursday (planted), are b1's military chiefs' meeting of that day, so their day and
    # mediators are set beside no Friday talks; b1's venue ("en Bakú", read as Azerbaijan)
    "baku-truce": [
        ("count_prisoner", (("b1", "b2", "b4", "b5"), ("b3",), ("b2", "b5"))),
        ("duration", (("b1",), ("b3",))),
        ("duration", (("b4",), ("b1", "b2", "b5"))),
        ("scope", (("b3",), ("b1", "b2", "b4", "b5"))),
        ("signatories", (("b2", "b5"), ("b1", "b3"))),
        # twenty-second session: who said the quote (facts.quotes, reconcile.quotes): 30/36
        ("speaker", (("b1", "b3"), ("b2", "b5"))),
        ("start", (("b1", "b3", "b4"), ("b2", "b5"))),
        ("venue", (("b2", "b3", "b5"), ("b4",))),
    ],
    "zangezur-talks": [
        ("date", (("z3",), ("z1", "z2", "z4"))),
        ("duration", (("z3",), ("z1", "z4"), ("z2",))),
        ("signatories", (("z2",), ("z1",))),
    ],
    # twentieth session's blind round, first run (expected.yaml committed with it): four
    # sets, two of one pair (Ethiopia and Eritrea: a call on 2 November, asmara-call, and
    # truce talks on 19 November, djibouti-truce). asmara-call (de, es, uk, it) B-cubed 1.00
    # surfaced 5/5, 2 reported, none false; djibouti-truce (it, ru, es, de) 1.00, 13/19, 5
    # reported, none false; kherson-exchange (uk, ru, de, it) 1.00, 5/12, 3 reported, none
    # false; khost-doha (de, es, ru, uk, it, fr) 1.00, 13/14, 8 reported, none false by the
    # scorer (by hand: t2's signatory read "Esteri Nadia Qureshi"). The four in one batch:
    # 1.00; all 31 sets in one batch: 0.933 (djibouti-truce pooled with kampala-truce, a
    # truce of the same sides three weeks later)
    "asmara-call": [
        ("date", (("b3",), ("b1", "b2", "b4"))),
        ("duration", (("b4",), ("b1", "b3"), ("b2",))),
    ],
    "djibouti-truce": [
        ("count_prisoner_per_side", (("d1", "d3", "d4"), ("d2",))),
        ("duration", (("d4",), ("d1",), ("d2", "d3"))),
        ("mediators", (("d2",), ("d1", "d3", "d4"))),
        ("scope", (("d1", "d3"), ("d4",))),
        # after: "Unterzeichnet wurde die Vereinbarung von Ministerpräsident Dawit Alemu und
        # Präsident Tesfay Gebremariam" read (17/19)
        ("signatories", (("d4",), ("d1",))),
        # twenty-second session: who said the quote (facts.quotes, reconcile.quotes): 18/19
        ("speaker", (("d1",), ("d3",))),
        ("start", (("d1", "d2"), ("d3",))),
        # after: Djibouti, a country named as its capital, is the venue (slots._city_states):
        # d3's Mombasa set against it, 16/19 (was 13/19)
        ("venue", (("d1", "d2", "d4"), ("d3",))),
    ],
    "kherson-exchange": [
        # after: a count told in a sentence of its own joins the exchange its document
        # tells (happenings._told_by_itself): the bodies, 909 against 1,000; e2's "по 250
        # человек" after "обменялись военнопленными" are prisoners (slots._exchanged) and
        # its "Посредниками выступили ОАЭ и Саудовская Аравия" are the exchange's mediators
        # (slots._continued_brokering): 12/12 (was 5/12), none false
        ("count_body", (("e2",), ("e1", "e4"))),
        ("count_killed", (("f1",), ("f2",))),
        ("count_prisoner", (("e1", "e2"), ("e4",), ("e3",))),
        ("date", (("e3",), ("e1", "e2", "e4"))),
        ("mediators", (("e1", "e3", "e4"), ("e2",))),
    ],
    "khost-doha": [
        ("count_killed", (("s1", "s3"), ("s2",))),
        ("count_wounded", (("s1",), ("s3",))),
        # after: "am Sonntag" after the strikes' word is their day (subject._day_after_strike)
        ("date", (("s3",), ("s1", "s2"))),
        ("duration", (("t1", "t2"), ("t3",))),
        ("duration", (("t1", "t3"), ("t2",))),
        ("mediators", (("t2",), ("t1", "t3"))),
        ("signatories", (("t2",), ("t1",))),
        ("venue", (("t1", "t2"), ("t3",))),
    ],
    # twentieth session's second blind round, first run (expected.yaml committed with it):
    # heglig-claims (fr, en, de, fr) B-cubed 0.77 (h4 apart) surfaced 2/9, 3 reported, one
    # false by the scorer (h4's "trois soldats" lost and "quatre civils" killed read as
    # prisoners) and all three wrong by hand (killed soldiers as prisoners, each side's dead
    # set against each other); cucuta-summit (en, fr, es, it) 0.77 (c4 apart) surfaced 2/9,
    # 3 reported, one false by the scorer and two by hand (the first planned venue, Cúcuta,
    # set against the new one); lachin-release (fr, en, ru, uk) 1.00 surfaced 12/12, 4
    # reported, none false by the scorer, but the prisoners' record mixes soldiers,
    # civilians, the total and June's earlier release in one (by hand a muddle)
    # after: killed soldiers are no prisoners (slots._amid_violence), "tuant cinq soldats
    # sud-soudanais et deux civils" are both killed and marked as groups, set against no
    # single figure (slots._conjoined, discrepancies._one_of_groups): 1 reported (was 3),
    # still wrong by hand (h3's two civilians, unmarked in the German parse, against h1's
    # three Sudanese soldiers)
    # and an accusation leading a report is of either kind (stories.lead_violent): h4,
    # led by "nouveaux combats", joins the reports led by the trading of blame (B-cubed
    # 1.00, was 0.77). Left: h3's two civilians (unmarked in the German parse) set against
    # h1's three Sudanese soldiers, wrong by hand (the xfail); nothing should be reported
    # twenty-first session: a count whose people an actor's mention names (country and
    # military or civilian sector: "trois soldats soudanais", "vier sudanesische Soldaten")
    # is that side's and people's (slots._counted_side), compared only with theirs
    # (discrepancies._of_whom), and a side's dead in a sentence naming no strike are the
    # story's one attack with that side (happenings._losses_of_side): h1's three Sudanese
    # soldiers against h3's four, borne out; h3's civilians set against nothing (2/9 by
    # the scorer's pairs would need h2's "three of its soldiers", not read)
    # twenty-second session: h2's "three of its soldiers" after "Khartoum said" are
    # Sudan's (facts.own): beside h1's three, against h3's four (2/9, was 1/9)
    "heglig-claims": [("count_killed_sdn_soldier", (("h1", "h2"), ("h3",)))],
    # after: the place a moved happening was planned at is no venue (slots._superseded):
    # Cúcuta no longer set against Caracas (2 false by hand gone); with no shared venue the
    # summit told for 17 December (c3) and for 18 December (c2) are two happenings, so the
    # planted day (c2) and venue (c3: Maracaibo) are not compared: 0 reported (was 3)
    "cucuta-summit": [],
    "lachin-release": [
        ("count_body", (("r1", "r3", "r4"), ("r2",))),
        # after: r1's and r2's soldiers and civilians are marked as groups and left out;
        # r3's and r4's (ru, uk parses) are not, so the record still mixes kinds
        ("count_prisoner", (("r4",), ("r3",), ("r3", "r4"), ("r1",), ("r1", "r4"))),
        ("date", (("r4",), ("r1", "r2", "r3"))),
        ("mediators", (("r1", "r2", "r4"), ("r3",))),
    ],
    # twenty-second session's blind round, first run (expected.yaml committed before it):
    # figuig-truce (en, de, es, uk, it) B-cubed 1.00 surfaced 39/57, 11 reported, one false
    # by the scorer (the end: its families knew no "end") and by hand e2's 14 bodies read as
    # prisoners and the end reported as the truce's day. After: who said the quote
    # (facts.quotes, reconcile.quotes), "Хаддад" and "Haddad" one signatory
    # (discrepancies.person_key), a side's own soldiers (facts.own), the time of a call
    # (slots._times), every start and end taken before a truce is dated (slots._dates),
    # displaced and signing words; the scorer's "end" and "time" families: 51/57, 14
    # reported, none false by the scorer (by hand: the 14 bodies as prisoners); then bodies
    # named before their number (slots._state_before): 49/57 by the scorer, 15 reported,
    # none false by the scorer nor by hand (the two e2/e5-e4 displaced pairs the scorer had
    # counted through the wrong prisoners' record are missed: "flohen nach
    # Behördenangaben 1.200 Menschen", parsed as an apposition, is not read)
    "figuig-truce": [
        # "die Leichen von 14 marokkanischen Soldaten" are bodies (slots._state_before), no
        # longer 14 prisoners set beside the 25 and 30 per side (the false value by hand)
        ("count_body", (("e1",), ("e2", "e5"))),
        ("count_displaced", (("e1",), ("e4",))),
        # "three of its soldiers" after "Algeria's defence ministry said", "cuatro de sus
        # soldados" after "Según Argel": Algeria's soldiers (facts.own)
        ("count_killed_dza_soldier", (("e1",), ("e3",))),
        ("count_prisoner_per_side", (("e1", "e2", "e4", "e5"), ("e3",))),
        ("count_wounded", (("e1",), ("e3",))),
        # twenty-third session: e4's "звільнить по 25 полонених 21 грудня" dates the
        # exchange (slots._released_day): 51/57 (was 49/57)
        ("date", (("e1", "e3"), ("e4",))),
        ("duration", (("e1", "e2", "e3", "e5"), ("e4",))),
        ("duration", (("e1", "e2", "e5"), ("e3",))),
        ("duration", (("e4",), ("e1", "e2", "e5"), ("e3",))),
        ("end", (("e1", "e2", "e5"), ("e3",))),
        ("mediators", (("e3",), ("e1", "e2", "e4", "e5"))),
        ("scope", (("e4",), ("e1", "e2", "e3", "e5"))),
        ("signatories", (("e2", "e5"), ("e1", "e3", "e4"))),
        ("speaker", (("e1", "e3", "e4"), ("e2", "e5"))),
        ("start", (("e1", "e3", "e4"), ("e2", "e5"))),
        # "on Monday at 18:00" against "в понеділок о 20:00" (facts.slots._times)
        ("time", (("e1",), ("e4",))),
        # twenty-third session: "в Берні" is Bern (gazetteer.declined_letters: "Берн" was
        # taken for a name of another alphabet; places.declined.generated.tsv: "берні" is
        # Bern's, not Burnie's): 55/57
        ("venue", (("e4",), ("e1", "e2", "e3", "e5"))),
    ],
    # twenty-second session's second blind round, first run (expected.yaml committed before
    # it): cairo-swap (it, es, de, en) B-cubed 0.68 (the Italian report and its copy a story
    # apart), surfaced 7/23, 4 reported, none false. After: the quote's words "exchange",
    # "soldier", "return" are concepts (quotes.yaml), d1's "fünf seiner Soldaten ... getötet"
    # read by the word the number hangs on (slots._fate_above): 8/23, 5 reported, none false
    "cairo-swap": [
        # i1's bodies against e1's, across the two stories the set is cut into
        ("count_body", (("i1", "i2"), ("e1",))),
        ("count_killed_tcd_soldier", (("e1",), ("s1",))),
        # twenty-third session: "Ogni parte libererà 40 prigionieri il 12 dicembre" and its
        # kin date the exchange (slots._released_day): s1's 13th against it (12/23, was 8/23)
        ("date", (("d1", "e1", "i1", "i2"), ("s1",))),
        ("duration", (("d1", "s1"), ("e1",))),
        ("mediators", (("s1",), ("d1", "e1"))),
        ("speaker", (("d1",), ("e1",))),
    ],
    # twenty-third session's blind round, first run (expected.yaml committed before it):
    # muscat-exchange (ru, uk, de, en) B-cubed 1.00 surfaced 30/41, 8 reported, one false
    # (r1's "11:00 по московскому времени" set against u1's "о 10:00 за київським часом",
    # one instant in two zones: the zone words were not read); missed: who said the quote
    # (g1's Viktor Sedow), g1's "10 Uhr MEZ" and n1's "0800 GMT" (no clock read), u1's
    # exchange day (20 December). ladakh-ceasefire (it, fr, es, ru, uk) B-cubed 1.00 (k1
    # apart), surfaced 12/28, 7 reported, one false (the call at 15:30 India time, 18:00
    # Beijing time and 13:00 Moscow time, one instant, set against each other); missed: r1's
    # talks on Friday, f1's venue (Chushul) and "à 19 heures, heure de Pékin", who said the
    # quote, f1's and s1's signatories, f1's call length
    "muscat-exchange": [
        ("count_body", (("r1", "u1"), ("n1", "n2"))),
        # after: "освободит по 150 пленных 19 декабря", "lässt am 19. Dezember 150 Gefangene
        # frei": a release word dates the exchange (slots._released_day; 35/41)
        ("date", (("g1", "r1"), ("u1",))),
        ("duration", (("g1", "r1", "u1"), ("n1", "n2"))),
        ("duration", (("r1",), ("n1", "n2", "u1"), ("g1",))),
        ("mediators", (("n1", "n2", "r1", "u1"), ("g1",))),
        ("signatories", (("n1", "n2"), ("r1", "u1"))),
        ("start", (("g1", "n1", "n2", "u1"), ("r1",))),
        # after: a time told with its zone is an instant in UTC (facts.clock): r1's Moscow,
        # u1's Kyiv and n1's GMT times are one, g1's "10 Uhr MEZ" an hour later (34/41)
        ("time", (("n1", "n2", "r1", "u1"), ("g1",))),
        ("venue", (("r1",), ("g1", "n1", "n2", "u1"))),
    ],
    "ladakh-ceasefire": [
        ("count_killed_ind_soldier", (("a1", "s1"), ("f1",))),
        ("duration", (("a1",), ("r1",))),
        ("duration", (("a1", "f1", "r1"), ("s1",))),
        ("scope", (("s1",), ("a1", "f1"))),
        # after: "porte les signatures du", "Firmaron el acuerdo el" (facts.yaml
        # signatories) read f1's and s1's signatories beside a1's
        ("signatories", (("a1", "f1", "s1"), ("r1",))),
        # after: "die", "height" are quote concepts (quotes.yaml): the quote is compared
        ("speaker", (("a1", "r1"), ("s1",))),
        # after: "La tregua entra in vigore il 14 dicembre" (facts.yaml start) and f1's "Il
        # entre en vigueur le 14 décembre" after its ceasefire (slots._truce_before): 23/28
        # by the scorer (which credits f1-r1's talks day through this record: by hand r1's
        # "в пятницу" is still unread)
        ("start", (("a1", "f1", "s1"), ("r1",))),
        # after: the India, Beijing and Moscow times are one instant, f1's "à 19 heures,
        # heure de Pékin" an hour later (facts.clock; 15/28)
        ("time", (("a1", "r1", "s1"), ("f1",))),
    ],
}

# folder -> what the pipeline gives instead, while it falls short (strict: fixed means fail)
FALLS_SHORT: dict[str, str] = {
    "cairo-swap": "i1 (it) and its copy a story apart (not looked into; its AGREE "
                  "event names Sudan alone)",
    "cucuta-summit": "c4 (it) a story apart (its sentence names no change: Cúcuta a venue)",
}

# folder -> the reported discrepancies the facts do not bear out, pinned (fixed: remove)
KNOWN_FALSE: dict[str, list[str]] = {
    # b3's talks, dated to Thursday (a planted error), joined b1's military chiefs' two-hour
    # meeting of that Thursday in Baku: their length set against it
    "baku-truce": ["Length of the talks between GEO, RUS on 2026-12-10: 2 hours (b1.txt) vs "
                   "6.3 to 7 hours (b3.txt)"],
}

# folder -> the planted disagreements still missed, pinned (one found means: remove it here)
KNOWN_MISSED: dict[str, list[tuple[str, str, str]]] = {
    "muscat-exchange": [
        ("exchange_quote_speaker", "g1", "n1"), ("exchange_quote_speaker", "g1", "n2"),
        ("exchange_quote_speaker", "g1", "r1"), ("exchange_quote_speaker", "g1", "u1"),
        ("exchange_date", "n1", "u1"), ("exchange_date", "n2", "u1")],
    # Moldo and Chushul (border meeting points) are in no gazetteer: no venue read; f1's
    # call length ("pendant 50 minutes") not read; r1's scope ("полном прекращении огня")
    # read as no scope
    "ladakh-ceasefire": [
        ("talks_venue", "a1", "f1"), ("call_duration_minutes", "f1", "r1"),
        ("talks_venue", "f1", "r1"), ("talks_venue", "f1", "s1"),
        ("truce_scope", "r1", "s1")],
    # i2, a live blog, dates the talks only by its dateline ("КИЇВ, 1 червня"): the 19:05
    # entry, which tells them, shares the dateline's passage (no time of its own), its event
    # is dated by the dateline, and its facts take only days their own words tell; the gold
    # infers the day from a live blog of "головне за день" (precision first: left alone)
    "istanbul-swap": [("talks_date", "i2", "i3")],
    # v3's truce "limitata all'artiglieria" gives no scope fact (not looked into), so
    # the full truce of v1, v2 and v4 is compared with nothing
    "cuyuni-truce": [("truce_scope", "v1", "v3"), ("truce_scope", "v2", "v3"),
                     ("truce_scope", "v3", "v4")],
    "baku-truce": [("talks_date", "b1", "b3"), ("talks_mediators", "b1", "b3"),
                   ("talks_venue", "b1", "b4"), ("talks_mediators", "b2", "b3"),
                   ("talks_date", "b3", "b4"), ("talks_mediators", "b3", "b5")],
    # twentieth session's round: d4's start ("Sie tritt am 21. November in Kraft": no truce
    # word in its sentence) is not read (who said the quote: read since session 22)
    "djibouti-truce": [("truce_start_date", "d3", "d4")],
    # e2's displaced ("flohen nach Behördenangaben 1.200 Menschen", an apposition) are not
    # read (e4's venue and exchange day are since session 23)
    "figuig-truce": [("clash_displaced", "e2", "e4"), ("clash_displaced", "e4", "e5")],
    # who a count is of is read only where an actor's mention names the counted people, or
    # a possessive the speaker's (since session 22: "three of its soldiers"), not "deux
    # civils" after "soldats sud-soudanais"; a count in one of several groups naming no
    # side is set against nothing (precision first); the day "am Montag" inside the
    # accusation's clause is not the clash's
    "heglig-claims": [("clash_date", "h1", "h3"), ("ssd_civilians_killed", "h1", "h4"),
                      ("clash_date", "h2", "h3"), ("ssd_civilians_killed", "h2", "h4"),
                      ("clash_date", "h3", "h4"), ("sdn_soldiers_killed", "h3", "h4"),
                      ("ssd_civilians_killed", "h3", "h4")],
}


def _folders() -> list[str]:
    if not STORIES.exists():
        pytest.skip(f"no example stories at {STORIES}")
    return sorted(p.name for p in STORIES.iterdir() if (p / "expected.yaml").exists()
                  and yaml.safe_load((p / "expected.yaml").read_text("utf-8")).get("facts"))


def _run(folder: str) -> tuple[dict[str, Any], list[list[str]], list[dict[str, Any]]]:
    from eventwire.api import extract

    path = STORIES / folder
    want = yaml.safe_load((path / "expected.yaml").read_text(encoding="utf-8"))
    paths = sorted(str(p) for p in path.glob("*.txt"))
    records = extract(paths, reference_date=want.get("reference_date", "2025-12-31")).records
    # a file's document id is its name with the extension ("c1.txt"); the gold says "c1"
    stories = [[d.removesuffix(".txt") for d in r["documents"]] for r in records
               if r["kind"] == "story"]
    discrepancies = [{**r, "values": [{**v, "sources": [s.removesuffix(".txt")
                                                         for s in v["sources"]]}
                                      for v in r["values"]]}
                     for r in records if r["kind"] == "discrepancy"]
    return want, stories, discrepancies


def test_the_pinned_folders_are_the_sets_with_facts() -> None:
    assert _folders() == sorted(EXPECTED)


@pytest.mark.parametrize("folder", [
    pytest.param(f, marks=pytest.mark.xfail(strict=True, reason=FALLS_SHORT[f]))
    if f in FALLS_SHORT else f for f in sorted(EXPECTED)])
def test_invented_set(folder: str) -> None:
    want, stories, discrepancies = _run(folder)
    gold = gold_disagreements(want["facts"], want["stories"])
    hits = surfaced(gold, discrepancies)
    false = [d["summary"] for d in discrepancies if not borne_out(d, want["facts"])]
    print(f"\n  {folder}: B-cubed F1={bcubed(stories, want['stories'])['f1']:.2f} surfaced "
          f"{len(hits)}/{len(gold)}, reported {len(discrepancies)}, not borne out {len(false)}")
    assert sorted(map(sorted, stories)) == sorted(map(sorted, want["stories"]))
    assert [g for g in gold if g not in hits] == KNOWN_MISSED.get(folder, [])
    assert false == KNOWN_FALSE.get(folder, [])
    reported = sorted((d["attribute"], tuple(tuple(v["sources"]) for v in d["values"]))
                      for d in discrepancies)
    assert reported == sorted(EXPECTED[folder])


# folder, attribute, value, document: a figure of another meeting that no discrepancy holds
OTHER_MEETINGS = [
    pytest.param("santiago-truce", "duration", 3, "p3"),
    pytest.param("nairobi-truce", "duration", 2, "n3"),
]


@pytest.mark.parametrize(("folder", "attribute", "value", "doc"), OTHER_MEETINGS)
def test_another_meeting_is_not_compared(folder: str, attribute: str, value: float,
                                          doc: str) -> None:
    _, _, discrepancies = _run(folder)
    assert not [d["summary"] for d in discrepancies if d["attribute"] == attribute
                and any(v["value"] == value and doc in v["sources"] for v in d["values"])]
