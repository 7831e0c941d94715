"""Tokens of the folded view and a phrase matcher over them, shared by dates and quantities.

Language data lists phrases as plain strings ("prisonniers de guerre", "plus d'"); they are
folded and tokenised the same way as the text, so matching is a dictionary lookup per token.
Hyphens are optional inside phrases: "vingt-trois" and "vingt trois" match the same entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Generic, NamedTuple, TypeVar

from eventwire.text.view import fold

T = TypeVar("T")

# Digits (with inner separators, parsed later by the language's conventions), words (an
# elided article keeps its apostrophe: "d'", "l'"), or any other single character.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+'?|[^\s]")


class Token(NamedTuple):
    """A token of the folded view (a named tuple: tokenising is on the hot path)."""

    text: str
    start: int  # offsets in the folded view
    end: int

    @property
    def is_digit(self) -> bool:
        return self.text[0].isdigit()


def tokenize(norm: str, pattern: re.Pattern[str] = _TOKEN) -> list[Token]:
    """Tokens of a folded text; ``pattern`` lets a language group digits its own way."""
    new = tuple.__new__
    return [new(Token, (m.group(), *m.span())) for m in pattern.finditer(norm)]


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The token texts of a data phrase, folded, without hyphens."""
    return tuple(t.text for t in tokenize(fold(phrase)) if t.text != "-")


class PhraseMatcher(Generic[T]):
    """Longest phrase starting at a token, skipping hyphens between the phrase's words."""

    def __init__(self, entries: Iterable[tuple[str, T]]) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], T]]] = {}
        for phrase, payload in entries:
            key = phrase_key(phrase)
            if key:
                self._by_first.setdefault(key[0], []).append((key, payload))
        for options in self._by_first.values():
            options.sort(key=lambda item: -len(item[0]))

    def __contains__(self, word: str) -> bool:
        return word in self._by_first

    def first_words(self) -> frozenset[str]:
        """Words a phrase can start with (for cheap pre-checks)."""
        return frozenset(self._by_first)

    def match(self, tokens: list[Token], i: int) -> tuple[int, T] | None:
        """``(index after the phrase, payload)`` for the longest phrase at token ``i``."""
        if i >= len(tokens):
            return None
        options = self._by_first.get(tokens[i].text)
        if not options:
            return None
        for key, payload in options:
            j = i
            ok = True
            for n, word in enumerate(key):
                if n:
                    while j < len(tokens) and tokens[j].text == "-":
                        j += 1
                if j >= len(tokens) or tokens[j].text != word:
                    ok = False
                    break
                j += 1
            if ok:
                return j, payload
        return None
