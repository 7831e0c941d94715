"""Two invented sets of the same two sides read in one batch (examples/stories): Sudan and
South Sudan sign a truce in Nairobi on 18 November (nairobi-truce) and another in Addis
Ababa on 15 December (addis-truce), and a town of theirs is struck on 16 November and
shelled on 13 December with the same tolls (11 and 14 dead). One happening is one day
(stories.OtherDays): each set keeps its own stories, though the reports share sides,
words and numbers."""

from __future__ import annotations

import pytest
import yaml
from stories_data import STORIES

from eventwire.reconcile import reconcile
from eventwire.reconcile.common import Batch
from eventwire.reconcile.stories import OtherDays, lead_day

SETS = ("addis-truce", "nairobi-truce")


def test_two_truces_of_one_pair_a_month_apart_stay_two_stories() -> None:
    from eventwire.api import extract

    if not all((STORIES / s).exists() for s in SETS):
        pytest.skip("example stories missing")
    paths = sorted(str(p) for s in SETS for p in (STORIES / s).glob("*.txt"))
    records = extract(paths, reference_date="2026-12-16").records
    stories = sorted(sorted(d.removesuffix(".txt") for d in r["documents"])
                     for r in records if r["kind"] == "story")
    gold = sorted(sorted(g) for s in SETS for g in
                  yaml.safe_load((STORIES / s / "expected.yaml").read_text("utf-8"))["stories"])
    assert stories == gold


def _doc(doc: str, published: str | None, text: str) -> dict:
    return {"kind": "document", "id": doc, "language": "en", "outlet": doc, "title": None,
            "published": published, "reference_date": "2025-06-30", "text": text}


def _event(doc: str, date: str | None, dated_by: str | None, at: int = 0) -> dict:
    side = {"name": "x", "canonical": "x", "sector": None, "type": "country"}
    return {"kind": "event", "id": f"{doc}#e1", "document": doc, "type": "AGREE",
            "mode": "ceasefire", "actors": [{**side, "country": "SDN"}],
            "recipients": [{**side, "country": "SSD"}], "date": date, "dated_by": dated_by,
            "location": None, "quantities": [], "modality": "asserted", "statement": None,
            "claimed_by": None, "evidence": {"text": "signed", "span": [at, at + 6]}}


@pytest.mark.parametrize(("text", "published", "date", "dated_by", "expected"), [
    # a day told in the clause, under a dateline with a day
    ("JUBA, Nov 19 (Wire) - They signed on Wednesday.", None, "2026-11-18", "clause",
     ("2026-11-18", False)),
    ("YUBA, 14 de diciembre (Agencia) - Firmaron el domingo.", None, "2026-12-13", "clause",
     ("2026-12-13", False)),
    # no publication date, no dated dateline: "on Wednesday" is read against the batch's day
    ("They signed on Wednesday.", None, "2025-06-25", "clause", (None, False)),
    ("PARIS (AFP) - They signed on Wednesday.", None, "2025-06-25", "clause", (None, False)),
    # a day of writing, not told
    ("They signed a truce.", "2025-06-12", "2025-06-12", "published", ("2025-06-12", True)),
    ("They signed a truce.", "2025-06-12", None, None, ("2025-06-12", True)),
])
def test_lead_day(text: str, published: str | None, date: str | None,
                  dated_by: str | None, expected: tuple[str | None, bool]) -> None:
    from eventwire.reconcile.common import iso

    batch = Batch.of([_doc("a", published, text), _event("a", date, dated_by)])
    got = lead_day(batch, "a")
    assert got is not None and got[0] == ("SDN", "SSD")
    assert (None if got[1] is None else iso(int(got[1])), got[2]) == expected


@pytest.mark.parametrize(("first", "second", "apart"), [
    (("2025-06-10", "clause"), ("2025-06-11", "clause"), False),  # misdated by a day
    (("2025-06-10", "clause"), ("2025-06-14", "clause"), True),  # four days on: another
    (("2025-06-10", "clause"), ("2025-06-16", "published"), False),  # told six days later
    (("2025-06-10", "clause"), ("2025-06-18", "published"), True),  # more than a week on
    (("2025-06-10", "clause"), ("2025-06-05", "published"), True),  # written before it
])
def test_other_days(first: tuple[str, str], second: tuple[str, str], apart: bool) -> None:
    head = "JUBA, Jun 20 (Wire) - They signed."
    batch = Batch.of([_doc("a", None, head), _event("a", *first),
                      _doc("b", second[0] if second[1] == "published" else None, head),
                      _event("b", *second)])
    assert OtherDays(batch, ["a", "b"])([0], [1]) is apart


def test_sides_with_no_country_in_common_are_other_happenings() -> None:
    """A clash of Peru and Ecuador told in Russian is no strike of Russia on Ukraine told in
    Russian, however alike the two reports read; sides that share a country may be one
    story (a call of the United States with Russia beside one with Ukraine is the calls'
    rule, :class:`OtherCalls`)."""
    head = "They fought."
    records = [_doc("a", None, head), _event("a", None, None), _doc("b", None, head),
               {**_event("b", None, None),
                "actors": [{"name": "x", "canonical": "x", "sector": None, "type": "country",
                            "country": "PER"}],
                "recipients": [{"name": "x", "canonical": "x", "sector": None,
                                "type": "country", "country": "ECU"}]},
               _doc("c", None, head),
               {**_event("c", None, None),
                "recipients": [{"name": "x", "canonical": "x", "sector": None,
                                "type": "country", "country": "TCD"}]}]
    batch = Batch.of(records)
    apart = OtherDays(batch, ["a", "b", "c"])
    assert apart([0], [1]) and not apart([0], [2])


def test_other_sides_and_another_kind_are_other_happenings() -> None:
    """A clash of Peru and Ecuador is no call of Peru's president with Chile's (Peru in
    both); a truce of Sudan and Chad may be told in a story of Sudan and South Sudan's."""
    side = {"name": "x", "canonical": "x", "sector": None, "type": "country"}

    def event(doc: str, etype: str, a: str, b: str) -> dict:
        return {**_event(doc, None, None), "type": etype, "mode": None,
                "actors": [{**side, "country": a}], "recipients": [{**side, "country": b}]}

    records = [_doc("clash", None, "They fought."), event("clash", "ASSAULT", "PER", "ECU"),
               _doc("call", None, "They spoke."), event("call", "CONSULT", "PER", "CHL"),
               _doc("truce", None, "They agreed."), event("truce", "AGREE", "SDN", "TCD"),
               _doc("other", None, "They agreed."), event("other", "AGREE", "SDN", "SSD")]
    apart = OtherDays(Batch.of(records), ["clash", "call", "truce", "other"])
    assert apart([0], [1]) and not apart([2], [3])


def test_undated_reports_keep_no_story_apart() -> None:
    """Reports without a publication date or a dated dateline read "on Sunday" against the
    batch's reference date: such days split nothing."""
    records = [_doc("a", None, "Sudan and South Sudan signed a truce on Sunday."),
               _event("a", "2025-06-29", "clause"),
               _doc("b", None, "Sudan and South Sudan signed a truce on Sunday, envoys said."),
               _event("b", "2025-05-04", "clause")]
    stories = [r["documents"] for r in reconcile(records) if r["kind"] == "story"]
    assert stories == [["a", "b"]]
