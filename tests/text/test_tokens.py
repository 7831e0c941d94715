"""One word tokenizer for cues and names: the matcher and the actors stage split alike."""

from __future__ import annotations

import pytest

from eventwire.match import PatternSet, Tokens, tokenize_phrase
from eventwire.text.tokens import key, phrase_key, spans, tokenize
from eventwire.text.view import TextView, fold

WORDS = [
    ("L'armée russe", ("l", "'", "armee", "russe")),
    ("cessez-le-feu", ("cessez", "-", "le", "-", "feu")),
    ("1,300 prisoners", ("1", ",", "300", "prisoners")),
    ("_Kremlin_ said", ("_", "kremlin", "_", "said")),  # "_" is punctuation, as in markdown
    ("«Oui»", ('"', "oui", '"')),
]

NUMBER_AWARE = [
    ("1,300 prisonniers", ("1,300", "prisonniers")),
    ("plus d'une heure", ("plus", "d'", "une", "heure")),
    ("5km", ("5", "km")),
    ("vingt-trois", ("vingt", "trois")),
]


@pytest.mark.parametrize(("text", "expected"), WORDS)
def test_matcher_and_actors_split_words_alike(text: str, expected: tuple[str, ...]) -> None:
    view = TextView.of(text)
    assert Tokens.of(view, 0, len(text)).words == expected
    assert tuple(t for _, _, t in spans(view.norm)) == expected
    assert key(text) == " ".join(expected)
    assert tokenize_phrase(text) == expected


@pytest.mark.parametrize(("text", "expected"), NUMBER_AWARE)
def test_number_aware_tokens(text: str, expected: tuple[str, ...]) -> None:
    assert phrase_key(text) == expected
    assert tuple(t.text for t in tokenize(fold(text)) if t.text != "-") == expected


def test_a_prefix_pattern_matches_on_the_shared_tokens() -> None:
    text = "Les deux pays s'accusent mutuellement"
    words = Tokens.of(TextView.of(text), 0, len(text)).words
    assert PatternSet([("s'accus*", "ACCUSE")]).find(words) == [(3, 6, "ACCUSE")]
