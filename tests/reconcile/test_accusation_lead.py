"""A report led by an accusation ("Sudan and South Sudan accuse each other of breaking the
ceasefire") and one led by the fighting itself ("new clashes between Sudan and South
Sudan") tell one happening: an accusation is of either kind, what it accuses of says
(stories.lead_violent). The two reports are heglig-claims' h1 and h4 (invented)."""

from __future__ import annotations

from eventwire.api import extract
from tests.reconcile.stories_data import STORIES


def test_accusation_and_fighting_are_one_story() -> None:
    folder = STORIES / "heglig-claims"
    paths = [str(folder / "h1.txt"), str(folder / "h4.txt")]
    records = extract(paths, reference_date="2026-12-10").records
    assert [sorted(r["documents"]) for r in records if r["kind"] == "story"] == \
        [["h1.txt", "h4.txt"]]
