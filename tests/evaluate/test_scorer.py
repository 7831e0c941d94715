"""The gold scorer's matching rule, pinned down on hand-made records."""

from __future__ import annotations

from eventwire.evaluate.scorer import event_key, events_match, score_document


def _event(kind: str, actors: list[str], recipients: list[str]) -> dict:
    return {"kind": "event", "type": kind,
            "actors": [{"name": c, "country": c} for c in actors],
            "recipients": [{"name": c, "country": c} for c in recipients]}


def test_type_and_one_shared_country_per_named_side() -> None:
    gold = event_key({"type": "ACCUSE", "actors": ["UKR"], "recipients": ["RUS"]})
    assert events_match(gold, event_key(_event("ACCUSE", ["UKR", "USA"], ["RUS"])))
    assert not events_match(gold, event_key(_event("ACCUSE", ["RUS"], ["UKR"])))
    assert not events_match(gold, event_key(_event("ASSAULT", ["UKR"], ["RUS"])))
    assert not events_match(gold, event_key(_event("ACCUSE", ["UKR"], [])))


def test_pooled_types_ignore_direction() -> None:
    gold = event_key({"type": "CONSULT", "actors": ["USA"], "recipients": ["RUS"]})
    assert events_match(gold, event_key(_event("CONSULT", ["RUS"], [])))
    assert not events_match(gold, event_key(_event("CONSULT", ["FRA"], ["DEU"])))


def test_gold_side_left_empty_accepts_anything() -> None:
    gold = event_key({"type": "REQUEST", "actors": ["RUS"], "recipients": []})
    assert events_match(gold, event_key(_event("REQUEST", ["RUS"], ["UKR"])))


def test_duplicates_count_once_and_matching_is_one_to_one() -> None:
    gold = {"id": "g", "language": "en", "events": [
        {"type": "ASSAULT", "actors": ["RUS"], "recipients": ["UKR"]},
        {"type": "ASSAULT", "actors": ["RUS"], "recipients": ["UKR"]},
        {"type": "ASSAULT", "actors": ["UKR"], "recipients": ["RUS"]},
    ], "statements": []}
    predicted = [_event("ASSAULT", ["RUS"], ["UKR"]), _event("ASSAULT", ["RUS"], ["UKR"]),
                 _event("AGREE", ["RUS"], [])]
    score = score_document(gold, predicted, "")
    assert (score.events.true_positive, score.events.predicted, score.events.gold) == (1, 2, 2)
    assert score.events.precision == 0.5 and score.events.recall == 0.5


def test_statements_match_on_country_and_overlap() -> None:
    text = "The Kremlin said the talks were useful and would go on."
    gold = {"id": "g", "events": [], "statements": [
        {"speaker_country": "RUS", "evidence": "the talks were useful"}]}
    right = {"kind": "statement", "speaker": {"name": "Kremlin", "country": "RUS"},
             "text": "the talks were useful and would go on", "span": [17, 54]}
    wrong_speaker = dict(right, speaker={"name": "White House", "country": "USA"})
    assert score_document(gold, [right], text).statements.true_positive == 1
    assert score_document(gold, [wrong_speaker], text).statements.true_positive == 0


def test_dated_share_and_date_accuracy_on_matched_events() -> None:
    gold = {"id": "g", "language": "en", "events": [
        {"type": "ASSAULT", "actors": ["RUS"], "recipients": ["UKR"], "date": "2025-03-18"},
        {"type": "ACCUSE", "actors": ["UKR"], "recipients": ["RUS"], "date": "2025-03"},
        {"type": "AGREE", "actors": ["RUS", "UKR"], "recipients": [], "date": "2025-03-18"},
        {"type": "CONSULT", "actors": ["USA"], "recipients": ["RUS"], "date": None},
    ], "statements": []}
    predicted = [
        dict(_event("ASSAULT", ["RUS"], ["UKR"]), date="2025-03-18"),
        dict(_event("ASSAULT", ["RUS"], ["UKR"]), date="2025-03-17"),
        dict(_event("ASSAULT", ["RUS"], ["UKR"]), date="2025-03-18"),
        dict(_event("ACCUSE", ["UKR"], ["RUS"]), date="2025-03-20"),  # within the gold month
        dict(_event("AGREE", ["RUS"], []), date="2025-03"),  # less than the gold says
        dict(_event("CONSULT", ["USA"], ["RUS"]), date=None),  # gold gives no date: not judged
    ]
    score = score_document(gold, predicted, "")
    dates = score.dates
    assert (dates.dated, dates.events, dates.right, dates.judged) == (5, 6, 2, 3)
    assert score.wrong_dates == ["AGREE RUS+UKR -> -: 2025-03 (gold 2025-03-18)"]


def test_two_calls_between_the_same_sides_pair_by_their_dates() -> None:
    """Either pairing of two pooled calls is a maximum matching; the dates choose one."""
    gold = {"id": "g", "language": "en", "events": [
        {"type": "CONSULT", "actors": ["USA"], "recipients": ["RUS"], "date": "2025-03-18"},
        {"type": "CONSULT", "actors": ["USA"], "recipients": ["UKR"], "date": "2025-03-19"},
    ], "statements": []}
    predicted = [
        dict(_event("CONSULT", ["USA"], ["RUS", "UKR"]), date="2025-03-19"),
        dict(_event("CONSULT", ["USA"], ["RUS"]), date="2025-03-18"),
    ]
    score = score_document(gold, predicted, "")
    assert score.events.true_positive == 2
    assert (score.dates.right, score.dates.judged) == (2, 2)
