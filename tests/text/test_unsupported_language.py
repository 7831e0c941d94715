"""A text in a language eventwire has no data for keeps its language and is not coded."""

from __future__ import annotations

import pytest

from eventwire.api import extract_text

# Written for this test (invented happenings).
CASES = [
    ("pl", "Rosja i Ukraina wymieniły jeńców w poniedziałek, poinformowało ministerstwo. "
           "Prezydent powiedział, że rozmowy będą kontynuowane w przyszłym tygodniu."),
    ("pt", "A Rússia e a Ucrânia trocaram prisioneiros na segunda-feira, disse o ministério. "
           "O presidente afirmou que as negociações vão continuar na próxima semana."),
    ("nl", "Rusland en Oekraïne hebben maandag gevangenen uitgewisseld, meldde het ministerie. "
           "De president zei dat de gesprekken volgende week worden voortgezet."),
]


@pytest.mark.parametrize(("code", "text"), CASES, ids=[c for c, _ in CASES])
def test_unknown_language_is_recorded_not_coded(code: str, text: str) -> None:
    result = extract_text(text)
    document = next(r for r in result.records if r["kind"] == "document")
    assert document["language"] == code
    assert document["notes"] == [f"language {code!r} has no eventwire data: "
                                 "the text is stored but not coded"]
    kinds = {r["kind"] for r in result.records}
    assert not kinds & {"event", "statement", "passage"}
