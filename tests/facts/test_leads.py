"""The leads test of a word list never skips a text its pattern matches in: per language,
invented sentences where a happening word stands whole, as a stem's longer form, after a
hyphen or an apostrophe, and where it only stands inside a longer word."""

from __future__ import annotations

import pytest

from eventwire.facts.lexicon import _leads, _pattern, fact_words, runs_of
from eventwire.text.view import fold

# (words of one list, folded sentence, whether the pattern matches, whether the leads let
# the text through: never False where it matches, True at times where it does not)
CASES = [
    (["talks", "round of talks"], "the round of talks in velmora ended", True, True),
    (["talks", "round of talks"], "the stalks of wheat", False, False),
    (["memorandum*", "accord"], "they signed memorandums on grain", True, True),
    (["memorandum*", "accord"], "they signed memoranda on grain", False, False),
    (["memorandum*", "accord"], "the premorandum draft", False, False),
    (["cease-fire", "truce"], "a new cease-fire held", True, True),
    (["cease-fire", "truce"], "they cease fighting", False, True),
    (["echang*"], "l'echange de prisonniers", True, True),
    (["обмен*"], "обменялись пленными вчера", True, True),
    (["обмен*"], "взаимообмен не состоялся", False, False),
]


@pytest.mark.parametrize(("words", "text", "matches", "possible"), CASES)
def test_leads_never_skip_a_match(words: list[str], text: str, matches: bool,
                                  possible: bool) -> None:
    pattern, leads = _pattern(words), _leads(words)
    assert pattern is not None and leads is not None
    assert (pattern.search(text) is not None) is matches
    assert leads.possible(runs_of(text)) is possible


def test_a_word_opening_with_no_letter_has_no_leads() -> None:
    assert _leads(["-day truce", "truce"]) is None


@pytest.mark.parametrize("code", ["de", "en", "es", "fr", "it", "ru", "uk"])
def test_every_happening_word_passes_its_own_leads(code: str) -> None:
    """Each word of each kind, alone in a text, is a possible match of its kind."""
    from eventwire import lang

    words = fact_words(code)
    assert words is not None
    table = lang.section(code, "facts")["happenings"]
    kinds = [kind for kind, listed in table.items() if listed]
    assert [kind for kind, _ in words.happenings] == kinds
    leads = words.happening_leads
    assert len(leads.leads) == len(words.happenings)
    for n, (kind, pattern) in enumerate(words.happenings):
        for word in table[kind]:
            text = fold(str(word)).rstrip("*").replace("*", "")
            assert pattern.search(text) is not None, (code, kind, word)
            assert n in leads.possible(runs_of(text)), (code, kind, word)
            assert n in leads.possible(runs_of(text)), (code, kind, word)  # remembered
