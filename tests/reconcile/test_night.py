"""A night spans two days: sources that date one night by either of its days ("overnight
Sunday into Monday", "dans la nuit de dimanche") tell it no less truly, and are not set
against each other; a day outside the night still is. Texts written for this test."""

from __future__ import annotations

from pathlib import Path

from eventwire.api import extract

TEXTS = {
    # dated by the night's second day, Monday
    "a.txt": "Russia and Ukraine swap prisoners overnight\n\nKYIV, May 5 (Eastwire) - Russia and "
             "Ukraine exchanged 150 prisoners each overnight Sunday into Monday in a swap "
             "brokered by the United Arab Emirates, Ukraine's coordination headquarters said.\n",
    # dated by its first, Sunday
    "b.txt": "Moscow and Kyiv trade 150 prisoners each\n\nMOSCOW, May 5 (Northern Post) - Russia "
             "and Ukraine handed over 150 prisoners each on Sunday night in an exchange "
             "mediated by the United Arab Emirates, the Russian defence ministry said.\n",
    # a day outside the night: Saturday
    "c.txt": "Prisoner exchange between Russia and Ukraine\n\nISTANBUL, May 5 (Bosporus Daily) - "
             "Russia and Ukraine exchanged 150 prisoners each on Saturday with the mediation "
             "of the United Arab Emirates, the Russian defence ministry said.\n",
}


def test_a_night_told_by_either_day_is_no_conflict(tmp_path: Path) -> None:
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    records = extract(sorted(str(p) for p in tmp_path.glob("*.txt")),
                      reference_date="2026-05-05").records
    days = [d for d in records if d["kind"] == "discrepancy" and d["attribute"] == "date"]
    assert len(days) == 1
    sides = [sorted(Path(s).name for s in v["sources"]) for v in days[0]["values"]]
    # Saturday against the night into Monday; "Sunday night" may be Saturday's too (a night
    # dated by its second day), so it is set against neither
    assert sides == [["c.txt"], ["a.txt"]]
