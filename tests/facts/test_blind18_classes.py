"""Classes of the eighteenth session's blind round (cuyuni-truce), in sentences written for
these tests: a call of a later sentence is between the leaders its clause names, the
mediator of the talks too; a scope word inside a longer name is part of the name ("Port of
Spain": no ports), while a name that is the scope phrase is the scope ("the Black Sea")."""

from __future__ import annotations

import pytest

from tests.facts.rows import fact_rows

CASES = [
    ("en", "Bolivia and Paraguay agreed on Monday in Port of Spain to a full truce after talks "
           "mediated by Chile. On Tuesday the Bolivian president held a one-hour call with the "
           "Chilean president.",
     [("mediators", ["CHL"], "talks", ["BOL", "PRY"], "2026-05-04", None),
      ("scope", ["full"], "truce", ["BOL", "PRY"], "2026-05-04", "Port of Spain"),
      ("venue", "Port of Spain", "truce", ["BOL", "PRY"], "2026-05-04", None),
      ("duration", 1, "call", ["BOL", "CHL"], "2026-05-05", None)]),
    ("en", "Bolivia and Paraguay agreed to a truce covering the Black Sea ports after talks "
           "mediated by Chile.",
     [("mediators", ["CHL"], "talks", ["BOL", "PRY"], None, None),
      ("scope", ["black_sea", "naval", "ports"], "truce", ["BOL", "PRY"], None, None)]),
    ("it", "Bolivia e Paraguay hanno firmato una tregua dopo colloqui con la mediazione del "
           "Cile. Martedì il presidente boliviano ha avuto una telefonata di un'ora con il "
           "presidente cileno.",
     [("mediators", ["CHL"], "talks", ["BOL", "PRY"], None, None),
      ("duration", 1, "call", ["BOL", "CHL"], "2026-05-05", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_blind18_classes(lang: str, text: str, expected: list[tuple]) -> None:
    assert fact_rows(text, lang, "2026-05-06") == expected
