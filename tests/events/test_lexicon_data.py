"""Format checks for the event cue lexicons (eventwire/lang/*/events.yaml) against plover.yaml."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from eventwire.match import tokenize_phrase
from eventwire.text.view import fold

ROOT = Path(__file__).resolve().parents[2] / "eventwire"
PLOVER = yaml.safe_load((ROOT / "events" / "plover.yaml").read_text(encoding="utf-8"))
TYPES = PLOVER["types"]
LEXICONS = sorted((ROOT / "lang").glob("*/events.yaml"))
LIST_KEYS = ("reciprocal", "passive_agent", "negation", "future", "hypothetical", "uncertain")
SUFFIX_KEYS = ("future_suffixes", "conditional_suffixes")


def allowed_modes(type_name: str) -> set[str]:
    spec = TYPES[type_name]
    return set(spec.get("modes") or {}) | set(spec.get("extensions") or {})


def tokens(cue: str) -> list[str]:
    """Tokens of a cue as the matcher reads it (a lone * is any word)."""
    out = list(tokenize_phrase(cue))
    assert out and out[0] != "*", f"{cue!r}: a cue must start with a word"
    return out


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_plover_has_sixteen_types_with_definitions():
    assert len(TYPES) == 16
    assert "REQUEST" in TYPES and "DEMAND" not in TYPES
    for name, spec in TYPES.items():
        assert spec["definition"].strip(), name
        assert spec["quad"] in PLOVER["quads"], name
        assert name in PLOVER["quads"][spec["quad"]], name
        for mode in allowed_modes(name):
            assert re.fullmatch(r"[a-z][a-z0-9_]*", mode), (name, mode)
        for mode, ext in (spec.get("extensions") or {}).items():
            assert mode not in (spec.get("modes") or {}), (name, mode)
            assert ext["maps_to"] is None or ext["maps_to"] in (spec.get("modes") or {}), (
                name,
                mode,
            )
    assert "military" in PLOVER["contexts"] and "human_rights" in PLOVER["contexts"]


def test_there_are_lexicons():
    langs = {p.parent.name for p in LEXICONS}
    assert {"en", "fr"} <= langs


@pytest.mark.parametrize("path", LEXICONS, ids=lambda p: p.parent.name)
def test_cues(path: Path):
    data = load(path)
    seen: set[str] = set()
    for entry in data["cues"]:
        cue, kind = entry["cue"], entry["type"]
        assert set(entry) <= {"cue", "type", "mode", "pos", "passive"}, entry
        assert kind in TYPES, entry
        assert entry["pos"] in ("verb", "noun"), entry
        if "mode" in entry:
            assert entry["mode"] in allowed_modes(kind), entry
        if "passive" in entry:
            assert entry["passive"] is True, entry
        toks = tokens(cue)
        assert toks and toks[-1] != "*", entry  # a lone * only between words
        # cues may be written as people write them ("cessez-le-feu"): the matcher folds
        # and tokenises them, so duplicates are found on that form
        assert tuple(toks) not in seen, f"duplicate cue {cue!r}"
        seen.add(tuple(toks))


@pytest.mark.parametrize("path", LEXICONS, ids=lambda p: p.parent.name)
def test_modes(path: Path):
    data = load(path)
    seen: set[str] = set()
    for entry in data["modes"]:
        cue = entry["cue"]
        assert set(entry) == {"cue", "mode", "types"}, entry
        assert entry["types"], entry
        for kind in entry["types"]:
            assert kind in TYPES, entry
            assert entry["mode"] in allowed_modes(kind), (entry, kind)
        toks = tokens(cue)
        assert toks, entry
        assert tuple(toks) not in seen, f"duplicate mode cue {cue!r}"
        seen.add(tuple(toks))


@pytest.mark.parametrize("path", LEXICONS, ids=lambda p: p.parent.name)
def test_every_type_has_cues(path: Path):
    data = load(path)
    assert {e["type"] for e in data["cues"]} == set(TYPES)


@pytest.mark.parametrize("path", LEXICONS, ids=lambda p: p.parent.name)
def test_word_lists(path: Path):
    data = load(path)
    for key in LIST_KEYS:
        # may be empty where the language marks it by case (Russian agents: instrumental)
        assert isinstance(data[key], list), key
        for phrase in data[key]:
            assert tokens(phrase), (key, phrase)
    for key in SUFFIX_KEYS:
        assert isinstance(data[key], list), key
        for suffix in data[key]:
            assert re.fullmatch(r"\w+", fold(suffix)), (key, suffix)
