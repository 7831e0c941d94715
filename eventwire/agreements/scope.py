"""Scope words -> normalised tags, from ``eventwire/lang/<code>/scope.yaml``.

Which targets a ceasefire covers is said in words ("energy infrastructure", "infrastructures
énergétiques"); the tags (``energy``, ``naval``, ``full``...) are language-neutral so that
sources in different languages can be compared. Longest phrase first, no overlaps: "energy
infrastructure" is one target, "energy and infrastructure" two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from eventwire import lang

PARTIAL_EXCLUDES = frozenset({"full"})


@dataclass(frozen=True)
class ScopeHit:
    start: int
    end: int
    words: str
    tags: tuple[str, ...]


@lru_cache(maxsize=64)
def _matcher(code: str) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]] | None:
    data = lang.section(code, "scope") or {}
    phrases: dict[str, list[str]] = data.get("phrases") or {}
    if not phrases:
        return None
    table = {p.casefold(): tuple(tags) for p, tags in phrases.items()}
    tail = r"\w*" if data.get("prefix_match") else ""
    alternatives = sorted(table, key=lambda p: (-len(p), p))
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in alternatives)
    pattern = re.compile(rf"(?<!\w)({body}){tail}(?!\w)", re.IGNORECASE)
    return pattern, table


def _scope_languages() -> tuple[str, ...]:
    return tuple(sorted(p.name for p in lang.folder("en").parent.iterdir()
                        if (p / "scope.yaml").exists()))


def find_scope(text: str, language: str | None) -> list[ScopeHit]:
    """Scope phrases in a text: the document's language first, then any other with data
    (a mislabelled language should not hide the words)."""
    order = [language] if language else []
    order += [c for c in _scope_languages() if c != language]
    for code in order:
        compiled = _matcher(code) if code else None
        if compiled is None:
            continue
        pattern, table = compiled
        hits = []
        for m in pattern.finditer(text):
            key = " ".join(m.group(1).casefold().split())
            tags = table.get(key)
            if tags:
                hits.append(ScopeHit(m.start(), m.end(), m.group(0), tags))
        if hits:
            return hits
    return []


def scope_tags(hits: list[ScopeHit]) -> tuple[str, ...]:
    """Sorted distinct tags of some hits."""
    return tuple(sorted({t for h in hits for t in h.tags}))


def is_partial(tags: tuple[str, ...] | list[str]) -> bool:
    """A scope that names targets (energy, naval...) rather than all hostilities."""
    return bool(tags) and not (set(tags) & PARTIAL_EXCLUDES)
