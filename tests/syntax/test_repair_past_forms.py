"""A past form the English model read as a name, noun or adjective, or a finite verb it hung
on its object, in a sentence left with no verb (syntax.repair._past_verb_read_as_nominal, the
mechanism de, ru and uk share, with English data: grammar.yaml ``verb_form_endings`` and
``irregular_past_forms``), and a subject read as a compound of its verb. Hand-built trees,
as the model gives them; their lemmas are the words: a verb the model tagged keeps its lemma,
a word it did not gets the infinitive."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from eventwire.syntax.repair import repair
from tests.syntax.test_repair import relations

FIN = "Mood=Ind|Tense=Past|VerbForm=Fin"
CASES = [
    # a regular past form tagged as a name and made the root
    ("past form read as a name", [
        ("Ruritania", "PROPN", "nsubj", 1, ""), ("vetoed", "PROPN", "ROOT", 1, ""),
        ("the", "DET", "det", 3, ""), ("resolution", "NOUN", "obj", 1, "")],
     1, "veto", ["Ruritania:nsubj>vetoed", "vetoed:ROOT>vetoed", "the:det>resolution",
                 "resolution:obj>vetoed"]),
    # a finite verb compounded on its object, which the model made the root
    ("finite verb hung on its object", [
        ("Ruritania", "PROPN", "compound", 1, ""), ("cut", "VERB", "compound", 2, FIN),
        ("ties", "NOUN", "ROOT", 2, ""), ("with", "ADP", "case", 4, ""),
        ("Molvania", "PROPN", "nmod", 2, "")],
     1, "cut", ["Ruritania:nsubj>cut", "cut:ROOT>cut", "ties:obj>cut", "with:case>Molvania",
                "Molvania:nmod>ties"]),
    # an irregular past form no ending shows, read as a noun root
    ("irregular past form read as a noun", [
        ("Ruritania", "PROPN", "compound", 1, ""), ("shot", "NOUN", "ROOT", 1, ""),
        ("a", "DET", "det", 3, ""), ("drone", "NOUN", "obj", 1, "")],
     1, "shoot", ["Ruritania:nsubj>shot", "shot:ROOT>shot", "a:det>drone", "drone:obj>shot"]),
    # a headline verb hung on its subject noun: the place with its preposition is no subject
    ("headline verb after a place", [
        ("missile", "NOUN", "compound", 1, ""), ("strike", "NOUN", "ROOT", 1, ""),
        ("on", "ADP", "case", 4, ""), ("Molvania", "PROPN", "compound", 4, ""),
        ("kills", "VERB", "nmod", 1, "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
        ("nine", "NUM", "obj", 4, "")],
     1, "kills", ["missile:compound>strike", "strike:nsubj>kills", "on:case>Molvania",
                  "Molvania:obl>kills", "kills:ROOT>kills", "nine:obj>kills"]),
    # a past participle hung on the root noun before it, with an object: the clause's verb
    ("participle with an object on a noun", [
        ("Ruritania", "PROPN", "nmod:poss", 2, ""), ("'s", "PART", "case", 0, ""),
        ("president", "NOUN", "ROOT", 2, ""),
        ("praised", "VERB", "acl", 2, "Tense=Past|VerbForm=Part|Voice=Pass"),
        ("Molvania", "PROPN", "obj", 3, "")],
     1, "praised", ["Ruritania:nmod:poss>president", "'s:case>Ruritania", "president:nsubj>praised",
                    "praised:ROOT>praised", "Molvania:obj>praised"]),
    # a past participle read as a modifier of the name after it, its subject left unmarked
    ("participle on the object, after its subject", [
        ("Ruritania", "PROPN", "obl:unmarked", 1, ""),
        ("accused", "VERB", "amod", 2, "Tense=Past|VerbForm=Part|Voice=Pass"),
        ("Molvania", "PROPN", "ROOT", 2, "")],
     1, "accused", ["Ruritania:nsubj>accused", "accused:ROOT>accused", "Molvania:obj>accused"]),
    # look-alike: a participle with no object hung on a noun is no active verb; with no verb
    # in the sentence (a headline) it heads the clause as a passive (_headline_participle_on_noun)
    ("reduced relative", [
        ("refugees", "NOUN", "ROOT", 0, ""),
        ("displaced", "VERB", "acl", 0, "Tense=Past|VerbForm=Part|Voice=Pass"),
        ("by", "ADP", "case", 3, ""), ("fighting", "NOUN", "obl:agent", 1, "")],
     1, "displaced", ["refugees:nsubj:pass>displaced", "displaced:ROOT>displaced",
                      "by:case>fighting", "fighting:obl:agent>displaced"]),
    # a finite verb root with its subject read as a compound of it
    ("subject read as a compound of the verb", [
        ("Ruritania", "PROPN", "compound", 1, ""), ("fought", "VERB", "ROOT", 1, FIN),
        ("rebels", "NOUN", "obj", 1, "")],
     1, "fought", ["Ruritania:nsubj>fought", "fought:ROOT>fought", "rebels:obj>fought"]),
    # a name tagged as an adjective and hung on the verb as its modifier: the subject
    ("subject read as a modifier of the verb", [
        ("Ruritania", "ADJ", "amod", 1, ""), ("banned", "VERB", "ROOT", 1, FIN),
        ("rallies", "NOUN", "obj", 1, "")],
     1, "banned", ["Ruritania:nsubj>banned", "banned:ROOT>banned", "rallies:obj>banned"]),
    # look-alike: a lower-case adjective on a verb is no name
    ("adjective on a verb", [
        ("rebels", "NOUN", "nsubj", 2, ""), ("heavy", "ADJ", "amod", 2, ""),
        ("shelled", "VERB", "ROOT", 2, FIN)],
     0, "shelled", ["rebels:nsubj>shelled", "heavy:amod>shelled", "shelled:ROOT>shelled"]),
    # look-alike: a word spelled as a past form with its own article is a noun
    ("noun with its article", [
        ("a", "DET", "det", 2, ""), ("new", "ADJ", "amod", 2, ""), ("set", "NOUN", "ROOT", 2, ""),
        ("of", "ADP", "case", 4, ""), ("talks", "NOUN", "nmod", 2, "")],
     0, "set", ["a:det>set", "new:amod>set", "set:ROOT>set", "of:case>talks",
                "talks:nmod>set"]),
    # look-alike: a copula on the root is the clause's verb; the participle stays a modifier
    ("copular clause", [
        ("the", "DET", "det", 2, ""), ("vested", "ADJ", "amod", 2, ""),
        ("interest", "NOUN", "nsubj", 4, ""), ("was", "AUX", "cop", 4, FIN),
        ("part", "NOUN", "ROOT", 4, "")],
     0, "vested", ["the:det>interest", "vested:amod>interest", "interest:nsubj>part",
                   "was:cop>part", "part:ROOT>part"]),
    # look-alike: a participle after "were" is an adjective of state, not a lost verb
    ("participle after a copula", [
        ("twenty", "NUM", "nummod", 1, ""), ("people", "NOUN", "nsubj", 3, ""),
        ("were", "AUX", "cop", 3, FIN), ("wounded", "ADJ", "ROOT", 3, "")],
     0, "wounded", ["twenty:nummod>people", "people:nsubj>wounded", "were:cop>wounded",
                    "wounded:ROOT>wounded"]),
    # look-alike: an adjective after an article is a modifier ("the alleged plot")
    ("modifier in a title", [
        ("Ruritania", "PROPN", "nmod", 3, ""), ("the", "DET", "det", 3, ""),
        ("alleged", "ADJ", "amod", 3, ""), ("plot", "NOUN", "ROOT", 3, "")],
     0, "alleged", ["Ruritania:nmod>plot", "the:det>plot", "alleged:amod>plot",
                    "plot:ROOT>plot"]),
]


@pytest.mark.parametrize(("name", "rows", "count", "lemma", "expected"), CASES,
                         ids=[c[0] for c in CASES])
def test_past_form(name: str, rows: list, count: int, lemma: str, expected: list[str]) -> None:
    words, pos, deps, heads, morphs = zip(*rows, strict=True)
    doc = Doc(English().vocab, words=list(words), pos=list(pos), deps=list(deps),
              heads=list(heads), morphs=list(morphs), lemmas=[w.lower() for w in words])
    assert (repair(doc), relations(doc)) == (count, expected)
    if count:
        verb = next(t for t in doc if t.dep_ == "ROOT")
        assert (verb.pos_, verb.lemma_) == ("VERB", lemma)
