"""Which facts are about one happening: kind, parties, day and venue must agree; two
meetings stay apart; a story holds several happenings; yesterday's call told in today's
story is the same call."""

from __future__ import annotations

from eventwire.reconcile.happenings import resolve
from eventwire.records import Evidence, FactRecord, HappeningRef


def _fact(doc: str, n: int, kind: str, parties: tuple[str, ...], date: str | None,
          attribute: str = "duration", value: object = 1) -> FactRecord:
    h = HappeningRef(kind=kind, parties=parties, date=date)
    return FactRecord(id=f"{doc}/f{n}", document=doc, subject="", attribute=attribute,
                      value=value, unit="hour", interval=None, text=None, statement=None,
                      claimed_by=None, reported_by=(), evidence=Evidence("", (0, 0)),
                      happening=h)


def _groups(facts: list[FactRecord], story_of: dict[str, str],
            published: dict[str, str | None] | None = None) -> list[list[str]]:
    return sorted(sorted(f.id for f in h.facts) for h in resolve(facts, story_of, published))


def test_two_meetings_of_one_story_stay_apart() -> None:
    facts = [_fact("a", 0, "talks", ("RUS", "UKR"), "2026-04-14"),
             _fact("a", 1, "talks", ("RUS", "TUR"), "2026-04-15"),
             _fact("b", 0, "talks", ("RUS", "UKR"), "2026-04-14"),
             _fact("b", 1, "talks", ("RUS", "TUR"), "2026-04-15")]
    assert _groups(facts, {"a": "s", "b": "s"}) == [["a/f0", "b/f0"], ["a/f1", "b/f1"]]


def test_kinds_and_days_keep_happenings_apart() -> None:
    facts = [_fact("a", 0, "call", ("RUS", "USA"), "2026-03-18"),
             _fact("b", 0, "call", ("RUS", "USA"), "2026-03-25"),
             _fact("c", 0, "truce", ("RUS", "USA"), "2026-03-18")]
    assert _groups(facts, {"a": "s", "b": "s", "c": "s"}) == [["a/f0"], ["b/f0"], ["c/f0"]]


def test_a_vague_fact_joins_the_only_fitting_happening() -> None:
    facts = [_fact("a", 0, "talks", ("RUS", "UKR"), "2026-04-14"),
             _fact("b", 0, "talks", ("UKR",), None),  # "the talks", Kyiv named alone
             _fact("c", 0, "talks", ("RUS", "TUR"), "2026-04-15"),
             _fact("d", 0, "talks", (), None)]  # fits both meetings: left out
    story = {"a": "s", "b": "s", "c": "s", "d": "s"}
    assert _groups(facts, story) == [["a/f0", "b/f0"], ["c/f0"]]


def test_the_vague_fact_of_a_report_goes_to_its_own_day() -> None:
    facts = [_fact("a", 0, "talks", ("RUS", "UKR"), "2026-04-14"),
             _fact("c", 0, "talks", ("RUS", "TUR"), "2026-04-16"),
             _fact("d", 0, "talks", (), None)]
    story = {"a": "s", "c": "s", "d": "s"}
    assert _groups(facts, story, {"d": "2026-04-14"}) == [["a/f0", "d/f0"], ["c/f0"]]


def test_yesterdays_call_in_todays_story_is_the_same_call() -> None:
    facts = [_fact("a", 0, "call", ("RUS", "USA"), "2026-03-18"),
             _fact("b", 0, "call", ("UKR", "USA"), "2026-03-19"),
             _fact("b", 1, "call", ("RUS", "USA"), None)]
    story = {"a": "s1", "b": "s2"}
    published = {"a": "2026-03-18", "b": "2026-03-19"}
    assert _groups(facts, story, published) == [["a/f0", "b/f1"], ["b/f0"]]
    late = {"a": "2026-03-18", "b": "2026-03-30"}  # written 12 days later: not "yesterday"
    assert _groups(facts, story, late) == [["a/f0"], ["b/f0"], ["b/f1"]]


def test_undated_reports_of_two_stories_give_no_day_to_either() -> None:
    # a dated exchange in one story; undated reports of two other stories each tell an
    # exchange of the same sides, undated: neither is known to be the dated one
    facts = [_fact("a", 0, "exchange", ("RUS", "UKR"), "2026-03-19", "count_prisoner", 372),
             _fact("b", 0, "exchange", ("RUS", "UKR"), None, "count_prisoner", 84),
             _fact("c", 0, "exchange", ("RUS", "UKR"), None, "count_prisoner", 300)]
    story = {"a": "s1", "b": "s2", "c": "s3"}
    assert _groups(facts, story) == [["a/f0"], ["b/f0"], ["c/f0"]]
    # one such story alone: its exchange is the dated one
    assert _groups(facts[:2], story) == [["a/f0", "b/f0"]]


def _at(fact: FactRecord, start: int) -> FactRecord:
    return FactRecord.from_json({**fact.to_json(), "evidence": {"text": "", "span": [start,
                                                                                     start]}})


def test_a_vague_fact_joins_the_happening_its_own_document_told_last() -> None:
    """Twentieth session: "Also, the bodies of 1,000 soldiers were returned", after a
    Saturday exchange and before an earlier one named as the previous: Saturday's."""
    facts = [_at(_fact("a", 0, "exchange", ("RUS", "UKR"), "2026-10-24"), 10),
             _at(_fact("a", 1, "exchange", ("RUS", "UKR"), "2026-10-02"), 300),
             _at(_fact("a", 2, "exchange", (), None, "count_body", 1000), 200),
             _at(_fact("b", 0, "exchange", ("RUS", "UKR"), "2026-10-24"), 10)]
    assert _groups(facts, {"a": "s", "b": "s"}) == [["a/f0", "a/f2", "b/f0"], ["a/f1"]]


def test_a_vague_fact_goes_to_the_day_its_document_s_events_give() -> None:
    """A report that states nothing else of the exchange: the day its coded exchange has,
    not another report's misdated one."""
    facts = [_fact("a", 0, "exchange", ("RUS", "UKR"), "2026-10-24"),
             _fact("b", 0, "exchange", ("RUS", "UKR"), "2026-10-23"),
             _fact("c", 0, "exchange", (), None, "count_body", 909)]
    story = {"a": "s", "b": "s", "c": "s"}
    assert _groups(facts, story) == [["a/f0"], ["b/f0"]]
    days = {"c": {"exchange": {"2026-10-24"}}}
    got = sorted(sorted(f.id for f in h.facts) for h in resolve(facts, story, None, None, days))
    assert got == [["a/f0", "c/f0"], ["b/f0"]]
