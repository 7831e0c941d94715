"""The view's shortcuts for the common case (nothing folded to more or fewer characters) give
what the offset map gives: per text, every offset, and the word tokens of every stretch."""

from __future__ import annotations

from bisect import bisect_left

import pytest

from eventwire.match import Tokens
from eventwire.text.tokens import WORD
from eventwire.text.view import _ARTEFACTS, TextView, fold, fold_char

# (text, whether the view is the identity)
TEXTS = [
    ("Ana Ruiz a déclaré « la trêve tient ».", True),
    ("Переговоры в Ореховске возобновятся.", True),
    ("Die Straße nach Molvanien bleibt offen.", False),  # ß -> ss
    ("Les sœurs ont signé 1,300 XNUMX accords.", False),  # œ -> oe, an MT artefact removed
    ("", True),
]


@pytest.mark.parametrize(("text", "identity"), TEXTS)
def test_view_offset_is_the_bisection(text: str, identity: bool) -> None:
    view = TextView.of(text)
    assert view.identity is identity
    for offset in range(-2, len(text) + 3):
        assert view.view_offset(offset) == bisect_left(view.to_original, offset)


@pytest.mark.parametrize(("text", "identity"), TEXTS)
def test_tokens_of_match_the_offset_map(text: str, identity: bool) -> None:
    view = TextView.of(text)
    for start in range(0, len(text) + 1, 3):
        for end in range(start, len(text) + 1, 4):
            v_start, v_end = view.view_offset(start), view.view_offset(end)
            found = list(WORD.finditer(view.norm, v_start, v_end))
            spans = [view.original_span(m.start(), m.end()) for m in found]
            tokens = Tokens.of(view, start, end)
            assert tokens.words == tuple(m.group() for m in found)
            assert list(zip(tokens.starts, tokens.ends, strict=True)) == spans


@pytest.mark.parametrize(("text", "identity"), TEXTS)
def test_view_is_the_character_by_character_fold(text: str, identity: bool) -> None:
    """The translate table and the identity flag set up front give what folding each
    character and comparing the offset map give."""
    view = TextView.of(text)
    kept = [i for i in range(len(text)) if not any(
        m.start() <= i < m.end() for m in _ARTEFACTS.finditer(text))]
    assert view.norm == "".join(fold_char(text[i]) for i in kept)
    assert view.identity is (view.to_original == tuple(range(len(view.norm) + 1)))
    assert fold(text) == "".join(map(fold_char, _ARTEFACTS.sub("", text)))
