"""Dating from the story (eventwire/reconcile/story_dates.py): in a batch, an undated event
of an undated document is dated from the same happening that another document of its story
dates in its own words; the story record lists it (``event_dates``: ``dated_by`` null,
``dated_from`` naming the source), the event record keeps its own text's reading. The
texts are invented."""

from __future__ import annotations

from typing import Any

from eventwire.api import extract_documents
from eventwire.ingest.readers import read_text


def _events(*documents: Any) -> list[tuple[Any, ...]]:
    """Each event as its own text dates it, then as its story does."""
    result = extract_documents(list(documents), language="en")
    stories = [r for r in result.records if r["kind"] == "story"]
    assert len(stories) == 1
    from_story = {d["event"]: d for d in stories[0].get("event_dates", [])}
    assert all(d["dated_by"] is None for d in from_story.values())
    return [(e["document"], e["type"], e["date"], e.get("date_precision"), e.get("dated_by"),
             *((from_story[e["id"]]["date"], from_story[e["id"]]["date_precision"],
                from_story[e["id"]]["dated_from"]) if e["id"] in from_story else ()))
            for e in result.records if e["kind"] == "event"]


DATED = read_text("Russia and Ukraine held talks in Valletta on 6 May 2025. The envoys of Russia "
                  "and Ukraine agreed to exchange prisoners, officials said.",
                  id="a", published="2025-05-07")


def test_an_undated_text_takes_the_date_of_the_same_happening_from_its_story() -> None:
    """The talks of the undated text are dated from the dated one's; the talks of a text
    that says "in April" are not (its own words say otherwise)."""
    undated = read_text("Russia and Ukraine held talks in Valletta, the envoys said.", id="b")
    other_month = read_text("The envoys of Russia and Ukraine held talks in Valletta in April, "
                            "officials said.", id="c")
    assert _events(DATED, undated, other_month) == [
        ("a", "CONSULT", "2025-05-06", "day", "clause"),
        ("a", "AGREE", "2025-05-06", "day", "discourse"),
        ("b", "CONSULT", None, None, None, "2025-05-06", "day", {"document": "a", "event": "a/e0"}),
        ("c", "CONSULT", None, None, None),
    ]


def test_two_dates_for_the_happening_date_nothing() -> None:
    other_day = read_text("Russia and Ukraine held talks in Valletta on 9 May 2025, the envoys "
                          "said.", id="d", published="2025-05-10")
    undated = read_text("Russia and Ukraine held talks in Valletta, the envoys said.", id="b")
    assert [e for e in _events(DATED, other_day, undated) if e[0] == "b"] == [
        ("b", "CONSULT", None, None, None)]


def test_a_text_that_says_when_it_was_written_dates_its_own_events() -> None:
    own = read_text("Russia and Ukraine held talks in Valletta, the envoys said.", id="e",
                    published="2025-05-12")
    assert [e for e in _events(DATED, own) if e[0] == "e"] == [
        ("e", "CONSULT", "2025-05-12", "day", "published")]
