"""Fact slots of the classes the sixteenth session's blind sets showed, in sentences written
for these tests: a count followed by another conjunct with its own count ("25 detainees and
the bodies of 14 soldiers") is counted by its own words, not the next conjunct's body word;
an exchange agreed on a day ("agreed on 17 December to an exchange") is held later, so that
day is not the exchange's (a date after the exchange word, or an exchange held that day,
is); in German, capitalised nouns after a word of signing are no signatories. (lang, text,
[(attribute, value, happening kind, parties, day, venue)]), the whole fact output;
reference date 2026-12-18."""

from __future__ import annotations

import pytest

from tests.facts.rows import fact_rows


def _freed(bodies: int) -> list[tuple]:
    return [("count_body", bodies, "exchange", [], None, None),
            ("count_prisoner_per_side", 25, "exchange", [], None, None)]


def _agreed(count: int, day: str | None = None) -> list[tuple]:
    out = [("count_prisoner_per_side", count, "exchange", ["COL", "VEN"], day, None)]
    if day is not None:
        out.append(("date", day, "exchange", ["COL", "VEN"], day, None))
    return out


CASES = [
    ("fr", "Chaque partie libérera 25 détenus et les corps de 14 soldats seront restitués.",
     _freed(14)),
    ("uk", "Сторони звільнять по 25 полонених і передадуть тіла 12 загиблих військових.",
     _freed(12)),
    ("en", "Each side will free 25 detainees and the bodies of 14 soldiers will be handed "
           "back.", _freed(14)),
    ("de", "Jede Seite wird 25 Gefangene freilassen und die Leichen von 14 Soldaten "
           "übergeben.", _freed(14)),
    ("es", "Cada parte liberará a 25 detenidos y se entregarán los cuerpos de 14 soldados.",
     _freed(14)),
    ("ru", "Стороны освободят по 25 пленных и передадут тела 12 погибших военных.", _freed(12)),
    ("it", "Ogni parte libererà 25 detenuti e saranno restituiti i corpi di 14 soldati.",
     _freed(14)),
    ("it", "Colombia e Venezuela hanno concordato giovedì 17 dicembre uno scambio di 60 "
           "prigionieri per parte.", _agreed(60)),
    ("en", "Colombia and Venezuela agreed on 17 December to an exchange of 60 prisoners each.",
     _agreed(60)),
    ("es", "Colombia y Venezuela acordaron el 17 de diciembre un canje de 60 prisioneros por "
           "cada lado.", _agreed(60)),
    ("ru", "Венесуэла и Колумбия 17 декабря договорились об обмене 50 пленными с каждой "
           "стороны.", _agreed(50)),
    # the exchange's own day: after the exchange word, or an exchange held that day
    ("en", "Colombia and Venezuela agreed to an exchange of 60 prisoners each on 20 December.",
     _agreed(60, "2026-12-20")),
    ("en", "Colombia and Venezuela exchanged 60 prisoners each on 17 December.",
     _agreed(60, "2026-12-17")),
    # German capitalises its nouns: after a word of signing, capitalised words name people
    # only from the first to the last proper noun of the parse (facts.yaml
    # `capitalised_nouns`): "nach sechs Stunden Verhandlungen" named two signatories
    ("de", "Armenien und Aserbaidschan unterzeichneten am Mittwoch nach sechs Stunden "
           "Verhandlungen in Wien ein Grenzabkommen.",
     [("duration", 6, "talks", ["ARM", "AZE"], "2026-12-16", "Vienna"),
      ("venue", "Vienna", "talks", ["ARM", "AZE"], "2026-12-16", None)]),
    ("de", "Das Abkommen wurde unterzeichnet von den Ministern Farhod Qodirov und Almazbek "
           "Toktogulov.",
     [("signatories", ["Almazbek Toktogulov", "Farhod Qodirov"], "signing", [], None, None)]),
    ("en", "The accord was signed by the ministers Farhod Qodirov and Almazbek Toktogulov.",
     [("signatories", ["Almazbek Toktogulov", "Farhod Qodirov"], "signing", [], None, None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_blind16_classes(lang: str, text: str, expected: list[tuple]) -> None:
    assert fact_rows(text, lang, "2026-12-18") == expected
