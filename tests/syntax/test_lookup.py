"""Per-tree lookups (``syntax.lookup``) answer as a scan of the tokens would, on hand-built
trees with spaces and punctuation, and are computed once per tree."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventwire.syntax import lookup


def tree() -> Doc:
    """ "Ana Ruiz said, smiling, that talks had ended." by hand (offsets checked below)."""
    words = ["Ana", "Ruiz", "said", ",", "smiling", ",", "that", "talks", "had", "ended", "."]
    spaces = [True, True, False, True, False, True, True, True, True, False, False]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "VERB", "PUNCT", "SCONJ", "NOUN", "AUX", "VERB",
           "PUNCT"]
    return Doc(Vocab(), words=words, spaces=spaces, pos=pos)


# (offset, text of the token starting there or None)
STARTING = [(0, "Ana"), (4, "Ruiz"), (9, "said"), (13, ","), (15, "smiling"), (3, None),
            (10, None), (44, "."), (45, None), (-1, None)]


@pytest.mark.parametrize(("offset", "expected"), STARTING)
def test_token_starting(offset: int, expected: str | None) -> None:
    doc = tree()
    found = lookup.token_starting(doc, offset)
    assert (found.text if found is not None else None) == expected
    assert found == next((t for t in doc if t.idx == offset), None)


# ([start, end), texts of the tokens whose idx lies inside)
WITHIN = [((0, 9), ["Ana", "Ruiz"]), ((1, 14), ["Ruiz", "said", ","]), ((9, 9), []),
          ((23, 100), ["that", "talks", "had", "ended", "."]), ((45, 50), [])]


@pytest.mark.parametrize(("span", "expected"), WITHIN)
def test_starting_within(span: tuple[int, int], expected: list[str]) -> None:
    doc = tree()
    assert [doc[i].text for i in lookup.starting_within(doc, *span)] == expected


def test_verb_indices_and_starts() -> None:
    doc = tree()
    assert lookup.verb_indices(doc) == (2, 4, 8, 9)
    assert lookup.token_starts(doc) == [t.idx for t in doc]


def test_computed_once_per_tree() -> None:
    doc, other = tree(), tree()
    calls: list[int] = []

    def count(parse: Doc) -> int:
        calls.append(1)
        return len(parse)

    assert lookup.once(doc, "n", count) == lookup.once(doc, "n", count) == 11
    assert lookup.once(other, "n", count) == 11
    assert len(calls) == 2


def parsed() -> Doc:
    """ "Talks had ended, officials said." with a tree and morphology, by hand."""
    words = ["Talks", "had", "ended", ",", "officials", "said", "."]
    return Doc(Vocab(), words=words, spaces=[True, True, False, True, True, False, False],
               pos=["NOUN", "AUX", "VERB", "PUNCT", "NOUN", "VERB", "PUNCT"],
               heads=[2, 2, 5, 5, 5, 5, 5],
               deps=["nsubj", "aux", "ccomp", "punct", "nsubj", "ROOT", "punct"],
               morphs=["Number=Plur", "Mood=Ind|Tense=Past|VerbForm=Fin",
                       "Tense=Past|VerbForm=Part", "", "Number=Plur",
                       "Mood=Ind|Tense=Past|VerbForm=Fin,Part", ""])


def test_shape_is_the_tree_as_lists() -> None:
    doc = parsed()
    assert lookup.shape(doc) == (
        ["NOUN", "AUX", "VERB", "PUNCT", "NOUN", "VERB", "PUNCT"],
        ["nsubj", "aux", "ccomp", "punct", "nsubj", "ROOT", "punct"],
        [2, 2, 5, 5, 5, 5, 5])  # heads before and after a token: offsets of both signs
    assert lookup.shape(Doc(Vocab(), words=[])) == ([], [], [])


# (feature, each token's values, as token.morph.get gives them)
FEATURES = [
    ("VerbForm", [(), ("Fin",), ("Part",), (), (), ("Fin", "Part"), ()]),
    ("Number", [("Plur",), (), (), (), ("Plur",), (), ()]),
    ("Voice", [()] * 7),
]


@pytest.mark.parametrize(("name", "expected"), FEATURES)
def test_feature_reads_every_token(name: str, expected: list[tuple[str, ...]]) -> None:
    doc = parsed()
    assert lookup.feature(doc, name) == expected
    assert [tuple(t.morph.get(name)) for t in doc] == expected
