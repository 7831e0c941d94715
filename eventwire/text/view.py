"""A normalised view of a document's text, with a map back to the stored offsets.

Matching wants folded text (lower case, no accents, straight quotes and apostrophes, no
machine-translation artefacts); records want offsets into the stored text. The view keeps
both: ``norm`` is the folded text and ``to_original[i]`` is the offset in the stored text
of the character that produced ``norm[i]``. ``to_original`` has one extra entry at the end
so that an exclusive end offset maps too.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property, lru_cache

# Typographic marks folded to their ASCII form for matching. Quote *pairs* are still found
# on the stored text, where « » and “ ” keep their meaning.
_CHAR_FOLDS = {
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "`": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2039": '"', "\u203a": '"',
    "\u2013": "-", "\u2014": "-", "\u2011": "-", "\u2010": "-", "\u2212": "-",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ",
    "\u0153": "oe", "\u0152": "oe", "\u00e6": "ae", "\u00c6": "ae", "\u00df": "ss",
}

# Machine-translation artefacts removed from the view (never from the stored text).
# "1,300 XNUMX" is what some MT engines leave for a number they could not render.
_ARTEFACTS = re.compile(r"(?<=\d)\s+XNUMX\b|\bXNUMX\s*")
_ARTEFACT = "XNUMX"  # in every artefact: a substring test spares the regex's slow scan


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """Fold one character: typographic marks, case, and accents (but not Cyrillic ones)."""
    if char in _CHAR_FOLDS:
        return _CHAR_FOLDS[char]
    lowered = char.lower()
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFD", lowered)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    # "й" and "ё" lose meaning without their marks: keep Cyrillic letters whole.
    if base and "CYRILLIC" in unicodedata.name(base[0], ""):
        return lowered
    return base or lowered


class _FoldTable(dict[int, str]):
    """``str.translate``'s table for :func:`fold_char`, filled as characters are met: one
    C-level pass over a text instead of a Python call per character."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = fold_char(chr(code))
        return folded


_FOLDS = _FoldTable()


def fold_chars(text: str) -> str:
    """Every character of ``text`` folded by :func:`fold_char` (artefacts are kept)."""
    return text.translate(_FOLDS)


SHORT = 64  # words and short phrases recur (every token of every sentence): remember them


def fold(text: str) -> str:
    """Fold a phrase the way the view folds text (for building lexicons)."""
    return _fold_short(text) if len(text) <= SHORT else _fold(text)


@lru_cache(maxsize=65536)
def _fold_short(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    return fold_chars(_ARTEFACTS.sub("", text) if _ARTEFACT in text else text)


@dataclass(frozen=True)
class TextView:
    norm: str
    to_original: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> TextView:
        norm = fold_chars(text)
        # fold_char never returns "": the same length means one character for each one.
        if len(norm) == len(text) and (_ARTEFACT not in text or not _ARTEFACTS.search(text)):
            # The common case: one character for one, so offsets are the identity.
            view = cls(norm, tuple(range(len(text) + 1)))
            view.__dict__["identity"] = True  # what the cached property would find
            return view
        removed = [False] * len(text)
        for match in _ARTEFACTS.finditer(text):
            for i in range(match.start(), match.end()):
                removed[i] = True
        pieces: list[str] = []
        offsets: list[int] = []
        for i, char in enumerate(text):
            if removed[i]:
                continue
            folded = fold_char(char)
            pieces.append(folded)
            offsets.extend([i] * len(folded))
        offsets.append(len(text))
        return cls("".join(pieces), tuple(offsets))

    @cached_property
    def identity(self) -> bool:
        """Whether every view offset is the same offset of the stored text (the common case:
        nothing folded to more or fewer characters), so callers may skip the map."""
        return self.to_original == tuple(range(len(self.norm) + 1))

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of the view back to the stored text."""
        if end <= start:
            point = self.to_original[start]
            return point, point
        return self.to_original[start], self.to_original[end - 1] + 1

    def view_offset(self, original: int) -> int:
        """First view offset at or after an offset of the stored text."""
        if self.identity:  # what the bisection below gives on (0, 1, ..., n)
            return max(0, min(original, len(self.to_original)))
        return bisect_left(self.to_original, original)
