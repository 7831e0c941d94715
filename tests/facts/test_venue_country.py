"""A country named where talks or a signing took place ("talks in Switzerland") is their
venue, not one of their sides; a country a truce is "in" stays a side. Per language, invented
sentences: (lang, text, kind of the happening, its parties)."""

from __future__ import annotations

import pytest

from eventwire.api import extract_text

CASES = [
    ("en", "Armenia and Azerbaijan held talks in Switzerland that lasted three hours.",
     "talks", ["ARM", "AZE"]),
    ("fr", "L'Arménie et l'Azerbaïdjan ont tenu en Suisse des pourparlers qui ont duré trois "
           "heures.", "talks", ["ARM", "AZE"]),
    ("de", "Armenien und Aserbaidschan führten in der Schweiz Gespräche, die drei Stunden "
           "dauerten.", "talks", ["ARM", "AZE"]),
    ("en", "Russia and the United States agreed a truce in Ukraine that will last six weeks.",
     "truce", ["RUS", "UKR", "USA"]),
]


@pytest.mark.parametrize(("lang", "text", "kind", "parties"), CASES)
def test_a_country_as_venue_is_no_party(lang: str, text: str, kind: str,
                                        parties: list[str]) -> None:
    records = extract_text(text, reference_date="2026-04-15", language=lang).records
    told = [(r["happening"]["kind"], r["happening"]["parties"]) for r in records
            if r["kind"] == "fact" and r["attribute"] == "duration"]
    assert told == [(kind, parties)]
