"""Fact slots of the classes the twenty-first session was asked for, in sentences written
for these tests (invented happenings): mediators named before their cue ("With Qatar
mediating, ...") or governed by it ("Через посредничество Катара Россия и Украина ...": the
sides named after the mediator are no mediators), and the dead counted per side ("three of
its soldiers", "five South Sudanese soldiers"): a count whose people name their side and
kind is that side's and kind's, compared only with the same side's and kind's.

Each case pins every fact of its family: (lang, text, [(attribute, value, happening kind,
of whom)]), ``of`` being "<side> <people>" for a count per side, else None.

Blind protocol: cases and expected rows written and committed before the code ran on them.
First run (code of main 156b96ce plus the --date grouping fix, nothing else): mediators 0/9
(en, es, de, fr, it: none read; ru, uk: the sides after the mediator read as mediators too),
per side 0/7 (en: no count read; fr, es, de, ru, uk: a count with no side). Three expected
rows were wrong by hand, not the code: de, ru and uk name no strike, so their dead are a
toll's, as the code read them (corrected after the first run).
After the fixes (facts.governed: the names a mediation cue governs in the tree;
slots._counted_side: whose people a count counts, by the actor's mention): mediators 9/9,
per side 5/7; the two English cases stay known failures ("three of its soldiers": no count
read; "killed five South Sudanese soldiers": read as no count of a side), marked xfail.
Twenty-second session: "three of its soldiers" read (facts.own), 6/7."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.api import extract_text

REFERENCE = "2026-12-10"
TALKS = "talks"


def _rows(text: str, language: str, family: str) -> list[tuple[Any, ...]]:
    records = extract_text(text, reference_date=REFERENCE, language=language).records
    return sorted(((r["attribute"], r["value"], r["happening"]["kind"], r.get("of"))
                   for r in records if r["kind"] == "fact"
                   and r["attribute"].startswith(family)), key=str)


def _qatar() -> list[tuple[Any, ...]]:
    return [("mediators", ["QAT"], TALKS, None)]


MEDIATORS = [
    ("en", "With Qatar mediating, Russia and Ukraine held talks in Doha.", _qatar()),
    ("en", "With Qatar as mediator, Russia and Ukraine held talks in Doha.", _qatar()),
    ("es", "Con Catar como mediador, Rusia y Ucrania celebraron negociaciones en Doha.",
     _qatar()),
    ("de", "Mit Katar als Vermittler führten Russland und die Ukraine Verhandlungen in Doha.",
     _qatar()),
    ("fr", "Avec le Qatar comme médiateur, la Russie et l'Ukraine ont tenu des négociations "
     "à Doha.", _qatar()),
    ("it", "Con il Qatar come mediatore, Russia e Ucraina hanno tenuto negoziati a Doha.",
     _qatar()),
    ("ru", "Через посредничество Катара Россия и Украина провели переговоры в Дохе.",
     _qatar()),
    ("ru", "При посредничестве Катара Россия и Украина провели переговоры в Дохе.", _qatar()),
    ("uk", "За посередництва Катару Росія та Україна провели переговори в Досі.", _qatar()),
]


@pytest.mark.parametrize(("language", "text", "want"), MEDIATORS)
def test_mediators(language: str, text: str, want: list[tuple[Any, ...]]) -> None:
    assert _rows(text, language, "mediators") == want


def _killed(value: int, of: str, kind: str = "attack") -> tuple[Any, ...]:
    return ("count_killed", value, kind, of)


PER_SIDE = [
    # twenty-second session: a speaker's own soldiers (facts.own), no longer xfail
    ("en", "Sudan's army said on Tuesday that three of its soldiers were killed "
     "in the clash near Heglig.", [_killed(3, "SDN soldier")]),
    pytest.param("en", "South Sudan said Sudanese troops attacked its positions near Heglig "
                 "on Tuesday and killed five South Sudanese soldiers.",
                 [_killed(5, "SSD soldier")],
                 marks=pytest.mark.xfail(strict=True, reason="the count is not read")),
    ("fr", "L'armée soudanaise a affirmé mardi que les tirs sud-soudanais avaient tué trois "
     "soldats soudanais près de Heglig.", [_killed(3, "SDN soldier")]),
    ("de", "Nach Angaben der sudanesischen Armee wurden am Dienstag bei Heglig vier "
     "sudanesische Soldaten getötet.", [_killed(4, "SDN soldier", "toll")]),
    ("es", "El ejército sudanés afirmó que el ataque del martes cerca de Heglig mató a ocho "
     "soldados sudaneses.", [_killed(8, "SDN soldier")]),
    ("ru", "Армия Судана заявила, что во вторник у Хеглига погибли восемь суданских "
     "военных.", [_killed(8, "SDN soldier", "toll")]),
    ("uk", "Армія Судану заявила, що у вівторок біля Хегліга загинули вісім суданських "
     "військових.", [_killed(8, "SDN soldier", "toll")]),
]


@pytest.mark.parametrize(("language", "text", "want"), PER_SIDE)
def test_killed_per_side(language: str, text: str, want: list[tuple[Any, ...]]) -> None:
    assert _rows(text, language, "count_") == want


# Written after the fix (not blind): a place a happening was planned at is no venue when a
# later clause of the sentence places it elsewhere, with no word of the change
# (slots._placed_again); the venues of each case, whole.
MOVED = [
    ("es", "La cumbre entre Colombia y Venezuela, que debía celebrarse en Cúcuta, se "
     "celebrará el 17 de diciembre en Maracaibo.", ["Maracaibo"]),
    ("it", "Il vertice tra Colombia e Venezuela, previsto a Cúcuta, si terrà il 17 dicembre "
     "a Caracas.", ["Caracas"]),
    ("de", "Das Gipfeltreffen von Kolumbien und Venezuela, geplant in Cúcuta, findet am 17. "
     "Dezember in Caracas statt.", ["Caracas"]),
    ("en", "The summit of Colombia and Venezuela, planned in Cúcuta, will be held in Caracas "
     "on December 17.", ["Caracas"]),
]


@pytest.mark.parametrize(("language", "text", "want"), MOVED)
def test_planned_place_is_no_venue(language: str, text: str, want: list[str]) -> None:
    assert [r[1] for r in _rows(text, language, "venue")] == want
