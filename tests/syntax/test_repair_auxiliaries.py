"""Auxiliaries and subjects the model reads wrong, repaired per language from grammar.yaml:
hand-built trees (as our models give them) for the incise between auxiliary and participle
(``perfect_auxiliaries``), a passive-only auxiliary read as a copula
(``passive_auxiliaries``) and the subjectless third-person plural (``impersonal_plural``).
Each repair also leaves its look-alike alone."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from eventwire.syntax.repair import repair
from tests.syntax.test_repair import relations

Row = tuple[str, str, str, str, int, str]  # word, lemma, POS, relation, head, morphology


def tree(lang: str, rows: list[Row]) -> Doc:
    words, lemmas, pos, deps, heads, morphs = zip(*rows, strict=True)
    return Doc(spacy.blank(lang).vocab, words=list(words), lemmas=list(lemmas), pos=list(pos),
               deps=list(deps), heads=list(heads), morphs=list(morphs))


PART = "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part"

CASES = [
    # "Ruritania a de son côté accusé X": the participle hung on the incise's noun (fr)
    ("fr incise", "fr", [
        ("Ruritania", "Ruritania", "PROPN", "nsubj", 1, ""),
        ("a", "avoir", "VERB", "ROOT", 1, "Mood=Ind|Tense=Pres"),
        ("de", "de", "ADP", "case", 4, ""), ("son", "son", "DET", "det", 4, ""),
        ("côté", "côté", "NOUN", "obj", 1, ""),
        ("accusé", "accuser", "VERB", "acl", 4, PART),
        ("Molvania", "Molvania", "PROPN", "obj", 5, "")],
     1, ["Ruritania:nsubj>accusé", "a:aux>accusé", "de:case>côté", "son:det>côté",
         "côté:obl>accusé", "accusé:ROOT>accusé", "Molvania:obj>accusé"]),
    # look-alike: "a de nombreux soldats déployés": a noun the participle describes (fr)
    ("fr possession", "fr", [
        ("Ruritania", "Ruritania", "PROPN", "nsubj", 1, ""),
        ("a", "avoir", "VERB", "ROOT", 1, "Mood=Ind|Tense=Pres"),
        ("des", "un", "DET", "det", 3, ""), ("soldats", "soldat", "NOUN", "obj", 1, ""),
        ("déployés", "déployer", "VERB", "acl", 3, PART),
        ("là", "là", "ADV", "advmod", 4, "")],
     0, ["Ruritania:nsubj>a", "a:ROOT>a", "des:det>soldats", "soldats:obj>a",
         "déployés:acl>soldats", "là:advmod>déployés"]),
    # "Ruritania fue acusada de ...": "ser" read as a copula on the participle (es)
    ("es passive copula", "es", [
        ("Ruritania", "Ruritania", "PROPN", "nsubj", 2, ""),
        ("fue", "ser", "AUX", "cop", 2, "Mood=Ind|Tense=Past"),
        ("acusada", "acusar", "VERB", "ROOT", 2, "Gender=Fem|Tense=Past|VerbForm=Part"),
        ("de", "de", "ADP", "mark", 4, ""), ("atacar", "atacar", "VERB", "advcl", 2, "")],
     2, ["Ruritania:nsubj:pass>acusada", "fue:aux:pass>acusada", "acusada:ROOT>acusada",
         "de:mark>atacar", "atacar:advcl>acusada"]),
    # look-alike: "es responsable": a copula on an adjective stays (es)
    ("es copula on adjective", "es", [
        ("Ruritania", "Ruritania", "PROPN", "nsubj", 2, ""),
        ("es", "ser", "AUX", "cop", 2, "Mood=Ind|Tense=Pres"),
        ("responsable", "responsable", "ADJ", "ROOT", 2, "")],
     0, ["Ruritania:nsubj>responsable", "es:cop>responsable", "responsable:ROOT>responsable"]),
    # "Руританию обвиняют в ...": a plural verb with no subject; the name is its object (ru)
    ("ru impersonal plural", "ru", [
        ("Руританию", "Руритания", "PROPN", "nsubj", 1, "Case=Acc|Number=Sing"),
        ("обвиняют", "обвинять", "VERB", "ROOT", 1,
         "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
        ("в", "в", "ADP", "case", 3, ""), ("обстреле", "обстрел", "NOUN", "obl", 1, "")],
     1, ["Руританию:obj>обвиняют", "обвиняют:ROOT>обвиняют", "в:case>обстреле",
         "обстреле:obl>обвиняют"]),
    # look-alike: the last of two names split off by the model keeps its relation (ru)
    ("ru split coordination", "ru", [
        ("Руритания", "Руритания", "PROPN", "nsubj", 3, "Case=Nom|Number=Sing"),
        ("и", "и", "CCONJ", "cc", 3, ""),
        ("Молвания", "Молвания", "PROPN", "nsubj", 3, "Case=Nom|Number=Sing"),
        ("договорились", "договориться", "VERB", "ROOT", 3,
         "Mood=Ind|Number=Plur|Tense=Past|VerbForm=Fin")],
     None, None),
    # look-alike: the same shape in a language without that impersonal (de)
    ("de plural verb", "de", [
        ("Ruritanien", "Ruritanien", "PROPN", "nsubj", 1, "Case=Nom|Number=Sing"),
        ("verhandeln", "verhandeln", "VERB", "ROOT", 1,
         "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin")],
     0, ["Ruritanien:nsubj>verhandeln", "verhandeln:ROOT>verhandeln"]),
]


@pytest.mark.parametrize(("name", "lang", "rows", "count", "expected"), CASES,
                         ids=[c[0] for c in CASES])
def test_auxiliaries_and_subjects(name: str, lang: str, rows: list[Row], count: int | None,
                                  expected: list[str] | None) -> None:
    doc = tree(lang, rows)
    before = relations(doc)
    mended = repair(doc)
    if expected is None:  # other repairs may mend this tree; the name stays no object
        assert "Молвания:obj>договорились" not in relations(doc), before
        return
    assert mended == count
    assert relations(doc) == expected
