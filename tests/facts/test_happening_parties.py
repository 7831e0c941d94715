"""Whose happening a fact is about (issue #13): the parties a happening noun's own phrase
names ("Tuesday's call between A and B", not the capital that reports it), and a happening
named again without its parties is the latest of its kind told before it ("The one-hour
call was ..."). Whole fact list of each invented text: (attribute, value, kind, parties).

Not yet: German, Russian and Ukrainian lengths written as one adjective ("zweistündige",
"двухчасовой", "двогодинна") give no fact at all, so they have no rows here.
"""

from __future__ import annotations

import pytest

from eventwire.api import extract_text

CASES = [
    ("en", "Kyiv said Zelensky was briefed about Tuesday's two-hour call between Trump and Putin.",
     [("duration", 2, "call", ["RUS", "USA"])]),
    ("fr", "Kiev a indiqué que Zelensky avait été informé de l'appel de deux heures entre Trump "
           "et Poutine.",
     [("duration", 2, "call", ["RUS", "USA"])]),
    ("es", "Kiev dijo que Zelenski fue informado de la llamada de dos horas entre Trump y Putin.",
     [("duration", 2, "call", ["RUS", "USA"])]),
    ("it", "Kiev ha detto che Zelensky è stato informato della telefonata di due ore tra Trump "
           "e Putin.",
     [("duration", 2, "call", ["RUS", "USA"])]),
    ("en", "Trump held a phone call with Zelensky on Wednesday. The one-hour call was their first "
           "since February.",
     [("duration", 1, "call", ["UKR", "USA"])]),
    # near-miss: no call told before, no parties
    ("en", "The one-hour call was their first since February.",
     [("duration", 1, "call", [])]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_happening_parties(lang: str, text: str, expected: list[tuple]) -> None:
    records = extract_text(text, reference_date="2026-04-15", language=lang).records
    facts = [(r["attribute"], r["value"], r["happening"]["kind"], r["happening"]["parties"])
             for r in records if r["kind"] == "fact"]
    assert facts == expected
