"""Pinned behaviour of the cross-document stage on small invented records: quantities are
compared only within one attribute of one subject, names meet across scripts, and grouping
does not count missing evidence (an uncoded translation) against a document."""

from __future__ import annotations

from eventwire.reconcile.agreements.build import subject_units
from eventwire.facts.scope import is_partial, reading_tags
from eventwire.reconcile import reconcile
from eventwire.reconcile.common import Batch
from eventwire.reconcile.discrepancies import quantity_observations
from eventwire.reconcile.stories import name_skeleton, similarity


def _actor(code: str) -> dict:
    return {"name": code, "canonical": code, "country": code, "sector": None, "type": "country"}


def _event(doc: str, n: int, etype: str, mode: str | None, sides: list[str], quantities: list,
           date: str | None = "2025-09-02", text: str = "x") -> dict:
    return {"kind": "event", "id": f"{doc}#e{n}", "document": doc, "type": etype, "mode": mode,
            "actors": [_actor(c) for c in sides], "recipients": [], "date": date,
            "location": None, "quantities": quantities, "modality": "asserted",
            "statement": None, "claimed_by": None, "evidence": {"text": text, "span": [0, 1]}}


def _doc(doc: str, text: str, language: str = "en") -> dict:
    return {"kind": "document", "id": doc, "language": language, "outlet": doc,
            "title": None, "published": "2025-09-02", "text": text}


def test_a_truce_ignores_the_hours_of_its_call_and_the_prisoners_beside_it() -> None:
    events = [_event("a", 1, "AGREE", "ceasefire", ["IND", "PAK"],
                     [{"value": 15, "unit": "day"}, {"value": 2.5, "unit": "hour"},
                      {"value": 60, "unit": "prisoner"}]),
              _event("b", 1, "AGREE", "ceasefire", ["IND", "PAK"],
                     [{"value": 2, "unit": "week"}, {"value": 90, "unit": "minute"}])]
    obs = quantity_observations(events, **subject_units("ceasefire"))
    assert sorted(obs) == ["duration_days"]
    assert sorted(o.value for o in obs["duration_days"]) == [14, 15]
    exchange = quantity_observations(events, **subject_units("prisoner_exchange"))
    assert sorted(exchange) == ["count_prisoner"]


def test_call_durations_are_intervals_in_hours() -> None:
    docs = [_doc("a", "Leaders spoke."), _doc("b", "Leaders spoke."), _doc("c", "Leaders spoke.")]
    events = [
        _event("a", 1, "CONSULT", "phone", ["IND", "PAK"],
               [{"value": 1, "unit": "hour", "low": 1, "text": "more than an hour"}]),
        _event("b", 1, "CONSULT", "phone", ["IND", "PAK"],
               [{"value": 90, "unit": "minute", "text": "90 minutes"},
                {"value": 15, "unit": "day", "text": "15 days"}]),
        _event("c", 1, "CONSULT", "phone", ["PAK", "IND"],
               [{"value": 2.5, "unit": "hour", "text": "two and a half hours"}]),
    ]
    out = reconcile(docs + events)
    durations = [r for r in out if r["kind"] == "discrepancy"]
    assert [d["attribute"] for d in durations] == ["duration_hours"]  # the days are no call's
    d = durations[0]
    assert [v["value"] for v in d["values"]] == [1, 1.5, 2.5]
    assert d["values"][0]["interval"] == [1, None]
    assert d["nature"] == "conflict" and d["conflicts"] == [[1, 2]]  # 1.5 h vs 2.5 h


def test_names_meet_across_scripts() -> None:
    assert name_skeleton("Putin") == name_skeleton("Путина") == name_skeleton("Poutine")
    assert name_skeleton("Zelensky") == name_skeleton("Зеленського") == name_skeleton("Zelenskyy")
    assert name_skeleton("Trump") == name_skeleton("Трампом")
    assert name_skeleton("Putin") != name_skeleton("Trump")


def test_an_uncoded_translation_is_judged_on_the_evidence_it_has() -> None:
    en = _doc("en", "Sharif and Modi agreed a 15-day truce; 60 prisoners each will be freed.")
    ru = _doc("ru", "Шариф и Моди договорились о 15-дневном перемирии; по 60 пленных.", "ru")
    other = _doc("x", "Lula and Milei met in Brasilia about 4 trade quotas.")
    records = [en, ru, other,
               _event("en", 1, "AGREE", "ceasefire", ["IND", "PAK"],
                      [{"value": 15, "unit": "day"}]),
               _event("x", 1, "CONSULT", "meeting", ["BRA", "ARG"], [])]
    sim = similarity(Batch.of(records), ["en", "ru", "x"]).toarray()
    assert sim[0, 1] > 0.21 > sim[0, 2]
    assert sim[1, 2] < 0.21


def test_a_partial_truce_keeps_its_targets_only() -> None:
    assert is_partial(("energy", "full"))
    assert reading_tags(("energy", "full", "infrastructure"), partial=True) == (
        "energy", "infrastructure")
    assert reading_tags(("full",), partial=True) == ()
    assert reading_tags(("full",), partial=False) == ("full",)
