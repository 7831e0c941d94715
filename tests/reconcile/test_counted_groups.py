"""Counts of several groups told together ("five soldiers and two civilians") are set
against no other source's single figure (discrepancies._one_of_groups): the attribute does
not tell the groups apart. Two invented reports of one strike, in English and French."""

from __future__ import annotations

from pathlib import Path

from eventwire.api import extract

GROUPS = ("KHARKIV, Nov 11 (Wire) - A Russian missile strike on Kharkiv on Tuesday killed "
          "five soldiers and two civilians, Ukrainian officials said.\n")
ONE = ("KHARKIV, 11 novembre (Agence) - Une frappe de missile russe sur Kharkiv a tué mardi "
       "trois civils, ont indiqué les autorités ukrainiennes.\n")
OTHER = ("KHARKIV, 11 novembre (Agence) - Une frappe de missile russe sur Kharkiv a tué mardi "
         "quatre civils, ont indiqué les autorités ukrainiennes.\n")


def _discrepancies(tmp_path: Path, texts: list[str]) -> list[tuple]:
    paths = []
    for n, text in enumerate(texts):
        path = tmp_path / f"d{n}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    records = extract(paths, reference_date="2026-11-12").records
    return [(r["attribute"], [v["value"] for v in r["values"]]) for r in records
            if r["kind"] == "discrepancy"]


def test_groups_are_not_set_against_one_figure(tmp_path: Path) -> None:
    assert _discrepancies(tmp_path, [GROUPS, ONE]) == []


def test_single_figures_are_still_compared(tmp_path: Path) -> None:
    assert _discrepancies(tmp_path, [ONE, OTHER]) == [("count_killed", [3, 4])]
