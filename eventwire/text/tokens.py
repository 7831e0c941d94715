"""Tokens of the folded view: the one place where text and lexicon phrases are split.

Lexicon phrases and document text go through the same two steps (``fold`` then one of the
patterns below), so a phrase matches wherever its folded tokens appear. There are two
patterns because two kinds of reading need different units:

- :data:`WORD` for cues and names (the matcher in :mod:`eventwire.match`, used by statements
  and events, and the actors stage): runs of letters and digits, every other non-space
  character alone. "l'armée" gives ``l ' armee``; "_" is punctuation, as in "_Kremlin_".
- :data:`NUMBER_AWARE` for dates and quantities: a number keeps its inner separators
  ("1,300", parsed later by the language's conventions), letters and digits part ("5km"),
  and an elided article keeps its apostrophe ("d'", "l'"). A language may group digits its
  own way (``tokenize(norm, pattern)``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from eventwire.text.view import SHORT, fold

WORD = re.compile(r"[^\W_]+|\S")
NUMBER_AWARE = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+'?|[^\s]")


# -- words: cues and names ---------------------------------------------------------------


def key(phrase: str) -> str:
    """The lexicon key of a phrase written in a data file (any case, accents): its word
    tokens joined by one space, which keeps lexicons plain ``dict[str, ...]``."""
    return _short_key(phrase) if len(phrase) <= SHORT else _key(phrase)


@lru_cache(maxsize=65536)
def _short_key(phrase: str) -> str:  # a word of the text is keyed again and again
    return _key(phrase)


def _key(phrase: str) -> str:
    return " ".join(WORD.findall(fold(phrase)))


def spans(folded: str) -> list[tuple[int, int, str]]:
    """``(start, end, token)`` for every word token of the folded view."""
    return [(m.start(), m.end(), m.group()) for m in WORD.finditer(folded)]


# -- number-aware tokens: dates and quantities --------------------------------------------


class Token(NamedTuple):
    """A token of the folded view (a named tuple: tokenising is on the hot path)."""

    text: str
    start: int  # offsets in the folded view
    end: int

    @property
    def is_digit(self) -> bool:
        return self.text[0].isdigit()


def tokenize(norm: str, pattern: re.Pattern[str] = NUMBER_AWARE) -> list[Token]:
    """Number-aware tokens of a folded text; ``pattern`` lets a language group digits."""
    new = tuple.__new__
    return [new(Token, (m.group(), *m.span())) for m in pattern.finditer(norm)]


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The number-aware token texts of a data phrase, folded, without hyphens."""
    return tuple(t.text for t in tokenize(fold(phrase)) if t.text != "-")
