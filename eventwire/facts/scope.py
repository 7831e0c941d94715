"""Scope words -> normalised tags, from ``eventwire/lang/<code>/scope.yaml``.

Which targets a ceasefire covers is said in words ("energy infrastructure", "infrastructures
énergétiques"); the tags (``energy``, ``naval``, ``full``...) are language-neutral so that
sources in different languages can be compared. Longest phrase first, no overlaps: "energy
infrastructure" is one target, "energy and infrastructure" two.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
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


# A length written as one hyphenated word between the words of a phrase ("a full 60-day
# ceasefire", "полное 30-дневное перемирие", "vollständige 60-tägige Waffenruhe"): the phrase
# is "full ceasefire" with the truce's length told inside it.
_LENGTH_WORD = r"\d[\d.,]*[-‐–]\w+"
_GAP = rf"\s+(?:{_LENGTH_WORD}\s+)?"


def _alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of casefolded phrases, longest first, any run of spaces inside
    (and a length word: ``_LENGTH_WORD``)."""
    ordered = sorted(phrases, key=lambda p: (-len(p), p))
    return "|".join(re.escape(p).replace(r"\ ", _GAP) for p in ordered)


def _phrase_key(words: str) -> str:
    """The phrase a match is, as the table writes it: casefolded, one space between words, a
    length word inside left out."""
    return " ".join(w for w in words.casefold().split() if not re.fullmatch(_LENGTH_WORD, w))


def _languages_to_try(language: str | None) -> list[str]:
    """The document's language first, then every other with scope data (a mislabelled
    language should not hide the words)."""
    order = [language] if language else []
    return order + [c for c in lang.having("scope") if c != language]


@lru_cache(maxsize=64)
def _matcher(code: str) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]] | None:
    data = lang.section(code, "scope") or {}
    phrases: dict[str, list[str]] = data.get("phrases") or {}
    if not phrases:
        return None
    table = {p.casefold(): tuple(tags) for p, tags in phrases.items()}
    tail = r"\w*" if data.get("prefix_match") else ""
    pattern = re.compile(rf"(?<!\w)({_alternation(table)}){tail}(?!\w)", re.IGNORECASE)
    return pattern, table


def find_scope(text: str, language: str | None) -> list[ScopeHit]:
    """Scope phrases in a text, in the first language (see :func:`_languages_to_try`)
    whose phrases occur in it."""
    for code in _languages_to_try(language):
        compiled = _matcher(code)
        if compiled is None:
            continue
        pattern, table = compiled
        hits = []
        for m in pattern.finditer(text):
            key = _phrase_key(m.group(1))
            tags = table.get(key)
            if tags:
                hits.append(ScopeHit(m.start(), m.end(), m.group(0), tags))
        if hits:
            return hits
    return []


def outside_names(hits: list[ScopeHit], names: Iterable[tuple[int, int]],
                  offset: int = 0) -> list[ScopeHit]:
    """The hits not inside a longer name (spans in the text that ``offset`` places the hits'
    in): "Port of Spain", "Port Sudan" are no ports; a name that is the scope phrase itself
    is the scope ("the Black Sea")."""
    spans = list(names)
    return [h for h in hits
            if not any(a <= offset + h.start and offset + h.end <= b
                       and b - a > h.end - h.start for a, b in spans)]


@lru_cache(maxsize=64)
def _cue_pattern(code: str) -> re.Pattern[str] | None:
    data = lang.section(code, "scope") or {}
    cues = [c.casefold() for c in data.get("cues") or ()]
    if not cues:
        return None
    return re.compile(rf"(?<!\w)(?:{_alternation(cues)})", re.IGNORECASE)


def load() -> None:
    """Build every language's scope matcher and cue pattern now (a text is tried in every
    language when its own has no scope words): ``parallel.preload`` calls this before
    forking, so that ``--jobs`` workers share them rather than each build them (~0.05 CPU s)
    on the first truce it reads."""
    for code in lang.having("scope"):
        _matcher(code)
        _cue_pattern(code)


_SENTENCE = re.compile(r"[^.!?…\n]+[.!?…]?")


def truce_sentences(text: str, language: str | None) -> list[tuple[int, int]]:
    """Spans of the sentences that speak of a truce (language's cue words, else any
    language's), where scope words are worth reading even without a coded event."""
    for code in _languages_to_try(language):
        pattern = _cue_pattern(code)
        if pattern is None:
            continue
        spans = [(m.start(), m.end()) for m in _SENTENCE.finditer(text)
                 if pattern.search(m.group(0))]
        if spans:
            return spans
    return []


def scope_tags(hits: list[ScopeHit]) -> tuple[str, ...]:
    """Sorted distinct tags of some hits."""
    return tuple(sorted({t for h in hits for t in h.tags}))


def is_partial(tags: tuple[str, ...] | list[str]) -> bool:
    """A scope that names targets (energy, naval...) rather than all hostilities. Targets
    named beside a full truce ("a halt on energy strikes, a first step toward a complete
    ceasefire") make the reading partial: the full truce there is a goal, not the deal."""
    return bool(set(tags) - PARTIAL_EXCLUDES)


def reading_tags(tags: tuple[str, ...] | list[str], partial: bool) -> tuple[str, ...]:
    """The tags of a reading that can describe an agreement of this kind: a partial truce's
    reading keeps its targets only (the full truce it mentions is another commitment)."""
    if partial:
        return tuple(sorted(set(tags) - PARTIAL_EXCLUDES))
    return tuple(sorted(tags))
