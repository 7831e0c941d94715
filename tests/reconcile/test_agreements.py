"""Agreements built from the example stories: subject, scope, parties, mediators, dates,
status through time, conditions and alleged violations; scope words as language data."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reconcile"))
from stories_data import all_records, expected, story_names  # noqa: E402

from eventwire.reconcile import reconcile  # noqa: E402
from eventwire.reconcile.agreements import find_scope, scope_tags  # noqa: E402


@pytest.fixture(scope="module")
def agreements() -> list[dict]:
    return [r for r in reconcile(all_records()) if r["kind"] == "agreement"]


def _find(agreements: list[dict], spec: dict) -> dict:
    parties = set(spec.get("parties", []))
    found = [a for a in agreements if a["subject"] == spec["subject"]
             and ("scope" not in spec or a["scope"] == spec["scope"])
             and parties <= {p["country"] for p in a["parties"]}
             and (not spec.get("sources") or set(spec["sources"]) <= set(a["sources"]))]
    assert found, (spec, [(a["subject"], a["scope"], a["sources"]) for a in agreements])
    return found[0]


@pytest.mark.parametrize("name", story_names())
def test_expected_agreements(agreements: list[dict], name: str) -> None:
    for spec in expected(name)["agreements"]:
        a = _find(agreements, spec)
        assert a["status"] == spec["status"], (spec, a["history"])
        if "parties" in spec:
            assert sorted(p["country"] for p in a["parties"]) == sorted(spec["parties"])
        if "mediators" in spec:
            assert sorted(p["country"] for p in a["mediators"]) == sorted(spec["mediators"])
        for key in ("start", "duration_days"):
            if key in spec:
                assert a[key] == spec[key], (key, a[key])
        if "violations" in spec:
            assert len(a["violations"]) == spec["violations"], a["violations"]
        if "conditions" in spec:
            assert len(a["conditions"]) == spec["conditions"], a["conditions"]
        assert a["history"] and a["history"][-1]["status"] == a["status"]


def test_violation_says_who_accuses_whom_on_whose_word(agreements: list[dict]) -> None:
    truce = _find(agreements, {"subject": "ceasefire", "scope": ["energy"]})
    (v,) = truce["violations"]
    assert v["accuser"] == ["ARM"] and v["accused"] == ["AZE"]
    assert v["date"] == "2025-06-12" and v["sources"] == ["f2"]
    assert v["on_the_word_of"]
    assert truce["end"] == "2025-06-24"
    assert [h["status"] for h in truce["history"]] == ["agreed", "in_force", "violated"]


def test_scope_words_kept_per_source(agreements: list[dict]) -> None:
    truce = _find(agreements, {"subject": "ceasefire", "scope": ["energy"]})
    words: dict[str, str] = {}
    for s in truce["scope_words"]:
        words[s["document"]] = words.get(s["document"], "") + "; " + s["words"]
    assert "energy infrastructure" in words["a1"]
    assert "infrastructures énergétiques" in words["f1"]


SCOPE_TABLE = [
    ("en", "a 30-day halt to attacks on energy infrastructure", ["energy"]),
    ("en", "a ceasefire on energy and infrastructure", ["energy", "infrastructure"]),
    ("en", "a naval ceasefire in the Black Sea", ["black_sea", "naval"]),
    ("en", "Kyiv wants a full ceasefire", ["full"]),
    ("en", "an Easter truce", ["holiday"]),
    ("fr", "un arrêt des frappes sur les infrastructures énergétiques", ["energy"]),
    ("fr", "un cessez-le-feu naval en mer Noire", ["black_sea", "naval"]),
    ("fr", "une trêve humanitaire", ["humanitarian"]),
    ("fr", "un cessez-le-feu complet", ["full"]),
]


@pytest.mark.parametrize(("lang", "text", "tags"), SCOPE_TABLE)
def test_scope_words_to_tags(lang: str, text: str, tags: list[str]) -> None:
    assert list(scope_tags(find_scope(text, lang))) == tags
