"""The words of fact slots, per language, from ``eventwire/lang/<code>/facts.yaml``.

Each list becomes one pattern over the folded view of the text (see
:mod:`eventwire.text.view`): a word ending in ``*`` is a stem, other words match whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from eventwire import lang
from eventwire.text.view import fold


def _alternation(words: Iterable[str]) -> str:
    parts = []
    for word in sorted({fold(str(w)) for w in words}, key=lambda w: (-len(w), w)):
        stem = word.endswith("*")
        body = re.escape(word.rstrip("*")).replace(r"\ ", r"\s+")
        parts.append(body + (r"\w*" if stem else ""))
    return "|".join(parts)


def _pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    body = _alternation(words)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)") if body else None


@dataclass(frozen=True)
class FactWords:
    """One language's fact words as compiled patterns (None where the language has none)."""

    happenings: tuple[tuple[str, re.Pattern[str]], ...]
    counts: tuple[tuple[str, re.Pattern[str]], ...]
    per_side: re.Pattern[str] | None  # after the count ("60 prisoners each")
    per_side_joins: re.Pattern[str] | None  # between two counts ("175 for 175")
    per_side_lead: re.Pattern[str] | None  # earlier in the clause ("each side will free 60")
    per_side_next: re.Pattern[str] | None  # right before the number ("je 500", "по 500")
    bounds: tuple[tuple[str, re.Pattern[str]], ...]
    venue: re.Pattern[str] | None
    mediators: re.Pattern[str] | None
    signatories: re.Pattern[str] | None
    start: re.Pattern[str] | None
    end: re.Pattern[str] | None


def _named(table: dict[str, list[str]] | None) -> tuple[tuple[str, re.Pattern[str]], ...]:
    out = []
    for name, words in (table or {}).items():
        pattern = _pattern(words or ())
        if pattern is not None:
            out.append((str(name), pattern))
    return tuple(out)


@lru_cache(maxsize=16)
def fact_words(code: str) -> FactWords | None:
    """The fact words of a language, or None when it has no ``facts.yaml``."""
    if code not in lang.having("facts"):
        return None
    data = lang.section(code, "facts") or {}
    bounds: dict[str, list[str]] = {}
    for words, bound in (data.get("bounds") or {}).items():
        bounds.setdefault(str(bound), []).append(str(words))
    return FactWords(
        happenings=_named(data.get("happenings")),
        counts=_named(data.get("counts")),
        per_side=_pattern(data.get("per_side") or ()),
        per_side_joins=_pattern(data.get("per_side_joins") or ()),
        per_side_lead=_pattern(data.get("per_side_lead") or ()),
        per_side_next=_pattern(data.get("per_side_next") or ()),
        bounds=_named(bounds),
        venue=_pattern(data.get("venue") or ()),
        mediators=_pattern(data.get("mediators") or ()),
        signatories=_pattern(data.get("signatories") or ()),
        start=_pattern(data.get("start") or ()),
        end=_pattern(data.get("end") or ()),
    )
