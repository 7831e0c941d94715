"""`eventwire report` shows a discrepancy as an analyst reads it: what is disputed, each
value with the outlets, speakers and words behind it, never ids, hashes or raw lists."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from eventwire.api import extract
from eventwire.reconcile.report import write_report

STORY = Path(__file__).parent / "stories" / "fr" / "story.jsonl"


@cache
def _report(fmt: str) -> str:
    records = extract([str(STORY)], reference_date="2026-06-30").records
    return write_report(records, fmt=fmt)


def test_disputed_section_reads_like_prose() -> None:
    text = _report("md")
    disputed = text.split("## Disputed")[1].split("## Commitments")[0].strip().splitlines()
    assert disputed[:3] == [
        "- **Length of the talks between RUS, UKR on 2026-05-20** (conflict):",
        "  - 1.5 hours as “90 minutes”: journal-un.example (1 independent source) — «Les "
        "pourparlers ont duré 90 minutes.»",
        "  - 2.5 hours as “deux heures et demie”: radio-deux.example (1 independent source) — "
        "«Les pourparlers entre la Russie et l'Ukraine à Genève le 20 mai 2026 ont duré deux "
        "heures et demie.»",
    ]
    assert disputed[6:9] == [
        "- **Number of people killed in the attack between RUS, UKR on Odesa** (conflict):",
        "  - 8 as “8 morts”: journal-un.example (1 independent source) — «Une frappe russe "
        "sur Odessa a fait 8 morts.»",
        "  - about 14 as “environ 14 morts”: hebdo-trois.example (1 independent source) — "
        "«La frappe sur Odessa a fait environ 14 morts.»",
    ]


def test_no_ids_hashes_or_raw_lists() -> None:
    for fmt in ("md", "html"):
        shown = re.sub(r'id="[^"]*"', "", _report(fmt))
        assert not re.search(r"(story|discrepancy|happening|agreement):[0-9a-f]{6}", shown)
        assert "['" not in shown and "fr1" not in shown
