"""The facts of one text as rows the fact tables compare: attribute, value, and the
happening's kind, parties, date and venue."""

from __future__ import annotations

from eventwire.api import extract_text


def fact_rows(text: str, language: str, reference_date: str) -> list[tuple]:
    records = extract_text(text, reference_date=reference_date, language=language).records
    return [(r["attribute"], r["value"], r["happening"]["kind"], r["happening"]["parties"],
             r["happening"]["date"], r["happening"]["venue"])
            for r in records if r["kind"] == "fact"]
