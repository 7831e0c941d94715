"""Arguments the English model hangs where no argument goes, mended after parsing (session
23, fifth PLOVER round): a name read as the verb's adverb with the object after the verb read
as its subject (syntax.repair._name_read_as_adverb with _uncased_object_read_as_subject), a
reported clause read as one noun phrase (_reported_clause_read_as_noun), a gerund read as the
modifier of its object (_gerund_read_as_modifier). Hand-built trees, as the model gives them,
each mended by its repair alone (other repairs read a hand-built tree's lemmas otherwise than
the model's); look-alikes beside them stay as they are."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from eventwire.syntax.repair import (
    _gerund_read_as_modifier,
    _name_read_as_adverb,
    _reported_clause_read_as_noun,
)
from tests.syntax.test_repair import relations

PAST = "Tense=Past|VerbForm=Part"
CASES = [
    # the name before the verb read as its adverb, the object after it as its subject
    ("name read as adverb, object as subject", _name_read_as_adverb, [
        ("Ruritania", "PROPN", "advmod", 1, ""), ("withdrew", "VERB", "ROOT", 1, ""),
        ("its", "PRON", "nmod:poss", 3, ""), ("troops", "NOUN", "nsubj", 1, "")],
     ["Ruritania:nsubj>withdrew", "withdrew:ROOT>withdrew", "its:nmod:poss>troops",
      "troops:obj>withdrew"]),
    # a reported clause read as one noun phrase hung on the verb of saying
    ("reported clause read as a noun phrase", _reported_clause_read_as_noun, [
        ("Witnesses", "NOUN", "nsubj", 1, ""), ("said", "VERB", "ROOT", 1, ""),
        ("Molvanian", "ADJ", "amod", 3, ""), ("troops", "NOUN", "compound", 5, ""),
        ("looted", "VERB", "amod", 5, PAST), ("shops", "NOUN", "ccomp", 1, "")],
     ["Witnesses:nsubj>said", "said:ROOT>said", "Molvanian:amod>troops",
      "troops:nsubj>looted", "looted:ccomp>said", "shops:obj>looted"]),
    # look-alike: the same shape as the object of a verb that is no verb of saying
    ("participle in an object of no verb of saying", _reported_clause_read_as_noun, [
        ("Ruritania", "PROPN", "nsubj", 1, ""), ("fed", "VERB", "ROOT", 1, ""),
        ("Molvanian", "ADJ", "amod", 3, ""), ("troops", "NOUN", "compound", 5, ""),
        ("cooked", "VERB", "amod", 5, PAST), ("rice", "NOUN", "obj", 1, "")],
     ["Ruritania:nsubj>fed", "fed:ROOT>fed", "Molvanian:amod>troops",
      "troops:compound>rice", "cooked:amod>rice", "rice:obj>fed"]),
    # a gerund read as the modifier of its object, hung by "of" on the accused
    ("gerund read as its object's modifier", _gerund_read_as_modifier, [
        ("Ruritania", "PROPN", "nsubj", 1, ""), ("accused", "VERB", "ROOT", 1, ""),
        ("Molvanian", "ADJ", "amod", 3, ""), ("police", "NOUN", "obj", 1, ""),
        ("of", "ADP", "case", 6, ""), ("beating", "VERB", "amod", 6, "VerbForm=Ger"),
        ("traders", "NOUN", "nmod", 3, "")],
     ["Ruritania:nsubj>accused", "accused:ROOT>accused", "Molvanian:amod>police",
      "police:obj>accused", "of:mark>beating", "beating:acl>police", "traders:obj>beating"]),
    # look-alike: a gerund on a verb's oblique stays a modifier ("warned of rising prices")
    ("gerund on a verb's oblique", _gerund_read_as_modifier, [
        ("Ruritania", "PROPN", "nsubj", 1, ""), ("warned", "VERB", "ROOT", 1, ""),
        ("of", "ADP", "case", 4, ""), ("rising", "VERB", "amod", 4, "VerbForm=Ger"),
        ("prices", "NOUN", "obl", 1, "")],
     ["Ruritania:nsubj>warned", "warned:ROOT>warned", "of:case>prices",
      "rising:amod>prices", "prices:obl>warned"]),
]


@pytest.mark.parametrize(("name", "mend", "rows", "expected"), CASES, ids=[c[0] for c in CASES])
def test_misread_argument(name: str, mend: Callable[[Doc], int], rows: list,
                          expected: list[str]) -> None:
    words, pos, deps, heads, morphs = zip(*rows, strict=True)
    doc = Doc(English().vocab, words=list(words), pos=list(pos), deps=list(deps),
              heads=list(heads), morphs=list(morphs), lemmas=[w.lower() for w in words])
    changed = relations(doc) != expected
    assert (mend(doc) > 0, relations(doc)) == (changed, expected)
