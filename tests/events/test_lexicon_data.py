"""Format checks for the PLOVER ontology the lexicons are written against (events/plover.yaml)."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2] / "eventwire"
PLOVER = yaml.safe_load((ROOT / "events" / "plover.yaml").read_text(encoding="utf-8"))
TYPES = PLOVER["types"]


def allowed_modes(type_name: str) -> set[str]:
    spec = TYPES[type_name]
    return set(spec.get("modes") or {}) | set(spec.get("extensions") or {})


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
