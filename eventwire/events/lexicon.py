"""The coding conventions that hold for every language, read once.

``convention(name)`` and ``unit_types()`` read the language-neutral
``events/conventions.yaml`` and ``events/units.yaml``; per-language knowledge is in
``lang/<code>/predicates.yaml`` (:mod:`eventwire.events.predicates`).
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def _conventions() -> dict[str, frozenset[str]]:
    path = resources.files("eventwire.events") / "conventions.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {key: frozenset(values or ()) for key, values in data.items()}


@cache  # asked tens of thousands of times a pass: one look-up, no call into the loader
def convention(name: str) -> frozenset[str]:
    """The types (or modes) a convention of ``events/conventions.yaml`` names, read once."""
    return _conventions().get(name, frozenset())


@lru_cache(maxsize=1)
def unit_types() -> dict[str, frozenset[str]]:
    path = resources.files("eventwire.events") / "units.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {unit: frozenset(types or ()) for unit, types in data.items()}
