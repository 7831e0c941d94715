"""Phrase matchers over tokens of the folded view (tokens: :mod:`eventwire.text.tokens`).

:class:`PatternSet` is the matcher the cue lexicons (statements, events) go through, over
word tokens; :class:`PhraseMatcher` is the simpler one dates and quantities use over
number-aware tokens. Both index phrases by their first token and try the longest first.

Lexicon phrases are written as they are read ("cessez-le-feu", "s'accusent", "according
to"); they are folded and split with the same tokenizer as the text, so a phrase matches
wherever its tokens follow each other. A pattern token ending in ``*`` matches any token
that starts with the rest ("accus*"); a lone ``*`` matches any word. Matches come back as
``(start, end, value)`` spans of *view* tokens; :class:`Tokens` maps them to offsets of the
stored text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from eventwire.text.tokens import WORD, Token, phrase_key
from eventwire.text.view import TextView, fold

T = TypeVar("T")


def tokenize_phrase(phrase: str) -> tuple[str, ...]:
    """Tokens of a lexicon phrase, folded like the text ("*" kept on prefix tokens)."""
    tokens: list[str] = []
    for part in fold(phrase).split():
        star = part.endswith("*") and len(part) > 1
        pieces = WORD.findall(part[:-1] if star else part)
        if star and pieces:
            pieces[-1] += "*"
        tokens.extend(pieces)
    return tuple(tokens)


@dataclass(frozen=True)
class Tokens:
    """The tokens of a stretch of a document's view, with offsets into the stored text."""

    words: tuple[str, ...]
    starts: tuple[int, ...]  # stored-text offsets
    ends: tuple[int, ...]

    @classmethod
    def of(cls, view: TextView, start: int, end: int) -> Tokens:
        """Tokens of the stored-text span ``[start, end)``."""
        v_start, v_end = view.view_offset(start), view.view_offset(end)
        if view.identity:
            found = list(WORD.finditer(view.norm, v_start, v_end))
            return cls(tuple(m.group() for m in found), tuple(m.start() for m in found),
                       tuple(m.end() for m in found))
        words, starts, ends = [], [], []
        for match in WORD.finditer(view.norm, v_start, v_end):
            s, e = view.original_span(match.start(), match.end())
            words.append(match.group())
            starts.append(s)
            ends.append(e)
        return cls(tuple(words), tuple(starts), tuple(ends))

    @classmethod
    def of_sentence(cls, view: TextView, sentence: Any) -> Tokens:
        """A sentence's tokens, made once and kept on the sentence for later stages."""
        if sentence.tokens is None:
            sentence.tokens = cls.of(view, sentence.start, sentence.end)
        return sentence.tokens

    def __len__(self) -> int:
        return len(self.words)

    def index_at(self, offset: int) -> int:
        """Index of the first token that ends after a stored-text offset."""
        from bisect import bisect_right

        return bisect_right(self.ends, offset)


def _token_matches(pattern: str, word: str) -> bool:
    if pattern == "*":  # any word
        return word[:1].isalnum()
    if pattern.endswith("*"):
        return word.startswith(pattern[:-1])
    return word == pattern


class PatternSet(Generic[T]):
    """Many token patterns, each with a value; finds them all, longest first at a position.

    Patterns are indexed by their first token: exact words in one dict, prefix words
    ("accus*") in another keyed by the prefix itself, so a text token only looks at the
    patterns that can start with it.
    """

    def __init__(self, entries: Iterable[tuple[str, T]]) -> None:
        self._exact: dict[str, list[tuple[tuple[str, ...], T]]] = {}
        self._prefix: dict[str, list[tuple[tuple[str, ...], T]]] = {}
        for phrase, value in entries:
            tokens = tokenize_phrase(phrase)
            if not tokens:
                continue
            if tokens[0].endswith("*"):
                self._prefix.setdefault(tokens[0][:-1], []).append((tokens, value))
            else:
                self._exact.setdefault(tokens[0], []).append((tokens, value))
        for bucket in [*self._exact.values(), *self._prefix.values()]:
            bucket.sort(key=lambda item: -len(item[0]))
        self._prefix_lengths = tuple(sorted({len(head) for head in self._prefix}))
        self._seen: dict[str, list[tuple[tuple[str, ...], T]]] = {}  # words recur: remember
        self._nothing: set[str] = set()  # words seen that start no pattern

    def _candidates(self, word: str) -> list[tuple[tuple[str, ...], T]]:
        known = self._seen.get(word)
        if known is not None:
            return known
        if len(self._seen) > 200_000:
            self._seen.clear()
            self._nothing.clear()
        found = self._exact.get(word)
        candidates = list(found) if found else []
        for length in self._prefix_lengths:
            if length > len(word):
                break
            bucket = self._prefix.get(word[:length])
            if bucket:
                candidates.extend(bucket)
        self._seen[word] = candidates
        if not candidates:
            self._nothing.add(word)
        return candidates

    def match_at(self, words: Sequence[str], i: int) -> list[tuple[int, T]]:
        """Every pattern that matches at token ``i``: ``(length, value)``, longest first."""
        found: list[tuple[int, T]] = []
        for tokens, value in self._candidates(words[i]):
            n = len(tokens)
            if i + n <= len(words) and all(
                _token_matches(tokens[k], words[i + k]) for k in range(1, n)
            ):
                found.append((n, value))
        found.sort(key=lambda item: -item[0])
        return found

    def find(
        self,
        words: Sequence[str],
        start: int = 0,
        end: int | None = None,
        overlapping: bool = False,
    ) -> list[tuple[int, int, T]]:
        """Matches as ``(first token, end token, value)``; longest wins unless overlapping."""
        end = len(words) if end is None else end
        stretch = words if start == 0 and end >= len(words) else words[start:end]
        if self._prefix:  # words already seen, none of which starts a pattern
            if self._nothing.issuperset(stretch):
                return []
        elif self._exact.keys().isdisjoint(stretch):
            return []  # no word of the stretch starts a pattern: one set test in C
        out: list[tuple[int, int, T]] = []
        i = start
        seen = self._seen.get
        while i < end:
            candidates = seen(words[i])
            if candidates is None:
                candidates = self._candidates(words[i])
            if not candidates:  # most words start no pattern: skip them cheaply
                i += 1
                continue
            found = [(n, v) for n, v in self.match_at(words, i) if i + n <= end]
            if found:
                n, value = found[0]
                out.append((i, i + n, value))
                if not overlapping:
                    i += n
                    continue
            i += 1
        return out

    def contains(self, words: Sequence[str], start: int = 0, end: int | None = None) -> bool:
        return bool(self.find(words, start, end))


class PhraseMatcher(Generic[T]):
    """Longest phrase starting at a number-aware token, skipping hyphens between the
    phrase's words ("vingt-trois" and "vingt trois" match the same entry)."""

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
