"""The names a cue word governs in the dependency tree: the mediators of "With Qatar
mediating, ...", "Con Catar como mediador, ...", "Через посредничество Катара Россия и
Украина провели ...". Read from the tree, a name before its cue is found, and the sides
named after the mediator, which the tree hangs elsewhere, are left out."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from eventwire.model import Sentence
from eventwire.syntax.parse import char_span, token_at

FUNCTION_POS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PUNCT", "AUX", "PART"})
APPOSED = frozenset({"nmod", "appos", "acl"})  # a cue noun saying what a name is


def _cue_head(sentence: Sentence, start: int, end: int) -> Any | None:
    """The content word of a cue ("mediation" in "with the mediation of"; "mediated" in
    "mediated by"): the first of its tokens that is no function word and hangs outside the
    cue, else its first content word."""
    if sentence.parse is None:
        return None
    inside = [t for t in sentence.parse if start <= char_span(sentence, t)[0] < end]
    content = [t for t in inside if t.pos_ not in FUNCTION_POS]
    return (_hung_outside(sentence, content, start, end) or content or [None])[0]


def _root(sentence: Sentence, start: int, end: int) -> Any | None:
    """The token of a name ``[start, end)`` the rest of the name hangs on."""
    first = token_at(sentence, start)
    if first is None:
        return None
    tokens = [t for t in first.sent if start <= char_span(sentence, t)[0] < end]
    heads = _hung_outside(sentence, tokens, start, end)
    return heads[0] if heads else None


def _hung_outside(sentence: Sentence, tokens: list[Any], start: int, end: int) -> list[Any]:
    """The tokens of ``[start, end)`` that head it: a root, or hung on a word outside it."""
    return [t for t in tokens
            if t.head == t or not start <= char_span(sentence, t.head)[0] < end]


def _cue_owns(sentence: Sentence, cue: Any, name: Any, start: int, end: int
              ) -> bool | None:
    """Whether the name hangs on the cue word, directly or as a later member of a list
    that does ("Kenya and Qatar"), with no preposition of its own outside the cue
    ("mediating between Russia and Ukraine": the sides, not the mediator); or the cue,
    a noun, hangs on the name as what it is ("Con Turquía y Suiza como mediadoras")."""
    while name.dep_ == "conj" and name.head != name and name.head != cue:
        name = name.head
    if name == cue:
        return False
    if cue.head == name and (cue.dep_ == "acl" or (cue.dep_ in APPOSED
                                                   and cue.pos_ == "NOUN")):
        return True
    if name.head != cue:
        return False
    # a noun's modifier ("médiation des Émirats") or a later member hung on the cue itself
    # ("mediazione dell'Arabia Saudita e degli Stati Uniti") is its mediator; a verb's
    # oblique with a preposition of its own is refused ("mediating between Russia and
    # Ukraine": None, the tree says it is no mediator)
    if name.dep_ not in ("obl", "obl:arg") or all(
            start <= char_span(sentence, c)[0] < end
            for c in name.children if c.dep_ == "case"):
        return True
    return None


def governed(sentence: Sentence, cue: tuple[int, int],
             names: Iterable[tuple[int, int]]) -> list[int] | None:
    """Which of ``names`` (character spans) the cue ``[start, end)`` governs in the tree,
    by their index, in the order given; empty when the names it governs all have their own
    preposition ("mediating between Russia and Ukraine"); None when the sentence is
    unparsed or the cue governs none of them (the caller then reads the names after it)."""
    head = _cue_head(sentence, *cue)
    if head is None:
        return None
    owned, refused = [], False
    for n, (start, end) in enumerate(names):
        root = _root(sentence, start, end)
        owns = _cue_owns(sentence, head, root, *cue) if root is not None else False
        if owns:
            owned.append(n)
        refused = refused or owns is None
    return owned or ([] if refused else None)
