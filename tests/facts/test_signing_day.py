"""Talks that ended in a signing take the signing's day (sixteenth session, facts.yaml
`after`): "signed a truce on Wednesday after six hours of talks in X" tells talks in X that
ended on Wednesday, so a source naming another venue for them speaks of the same talks (a
disagreement of venue), not of other talks on no known day. Sentences written for these
tests; the signers are the talks' sides, however far before the talks word they stand.
(lang, text, [(attribute, value, happening kind, parties, day, venue)]), the whole fact
output. Reference date Friday 2026-11-20: Wednesday is the 18th."""

from __future__ import annotations

import pytest

from tests.facts.rows import fact_rows

ENDED = [("duration", 6, "talks", ["ARM", "AZE"], "2026-11-18", "Vienna"),
         ("venue", "Vienna", "talks", ["ARM", "AZE"], "2026-11-18", None)]
UNDATED = [("duration", 6, "talks", ["ARM", "AZE"], None, "Vienna"),
           ("venue", "Vienna", "talks", ["ARM", "AZE"], None, None)]

CASES = [
    ("en", "Armenia and Azerbaijan signed a border accord on Wednesday after six hours of talks "
           "in Vienna.", ENDED),
    ("fr", "L'Arménie et l'Azerbaïdjan ont signé mercredi un accord frontalier après six "
           "heures de discussions à Vienne.", ENDED),
    ("de", "Armenien und Aserbaidschan haben am Mittwoch nach sechs Stunden Verhandlungen in "
           "Wien ein Grenzabkommen unterzeichnet.", ENDED),
    # the signers name both sides, more than 80 characters before the talks word
    ("es", "Armenia y Azerbaiyán firmaron el miércoles un acuerdo fronterizo tras seis horas "
           "de negociaciones en Viena.", ENDED),
    ("it", "Armenia e Azerbaigian hanno firmato mercoledì un accordo di frontiera dopo sei "
           "ore di colloqui a Vienna.", ENDED),
    ("ru", "Армения и Азербайджан подписали в среду пограничное соглашение после шести "
           "часов переговоров в Вене.", ENDED),
    ("uk", "Вірменія та Азербайджан підписали в середу прикордонну угоду після шести годин "
           "переговорів у Відні.", ENDED),
    # no day beside the signing: the talks take none
    ("en", "Armenia and Azerbaijan signed a border accord after six hours of talks in "
           "Vienna.", UNDATED),
    # the day is the talks' own, in another clause: not the signing's ("Monday" has no
    # digits, so the talks take no day of their own either)
    ("en", "After six hours of talks in Vienna on Monday, Armenia and Azerbaijan signed a "
           "border accord on Wednesday.", UNDATED),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_talks_take_the_signing_day(lang: str, text: str, expected: list[tuple]) -> None:
    assert fact_rows(text, lang, "2026-11-20") == expected
