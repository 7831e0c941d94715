"""Auxiliaries and subjects the model reads wrong, repaired per language from grammar.yaml:
hand-built trees (as our models give them) for the incise between auxiliary and participle
(``perfect_auxiliaries``), a passive-only auxiliary read as a copula
(``passive_auxiliaries``) and the subjectless third-person plural (``impersonal_plural``).
Each repair also leaves its look-alike alone."""

from __future__ import annotations

import pytest

from eventwire.syntax.repair import repair
from tests.syntax.test_repair import Row, lemma_tree, relations

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
    # eleventh session: "Ni X ni Y condenaron": the pair is the subject and the verb's
    # negation (grammar.yaml negative_correlatives), with no "no" on the verb (es)
    ("es negative pair", "es", [
        ("Ni", "ni", "PROPN", "nsubj", 4, ""), ("Ruritania", "ruritania", "PROPN", "flat", 0, ""),
        ("ni", "ni", "CCONJ", "cc", 3, ""), ("Molvania", "molvania", "PROPN", "conj", 0, ""),
        ("condenaron", "condenar", "VERB", "ROOT", 4, "Mood=Ind|VerbForm=Fin")],
     1, ["Ni:advmod>condenaron", "Ruritania:nsubj>condenaron", "ni:cc>Molvania",
         "Molvania:conj>Ruritania", "condenaron:ROOT>condenaron"]),
    # "sono stati rilasciati da X": the participle of "be" makes a passive (it
    # been_auxiliaries); the subject is the one released
    ("it been auxiliary", "it", [
        ("detenuti", "detenuto", "NOUN", "nsubj", 3, ""),
        ("sono", "essere", "AUX", "aux", 3, "Mood=Ind|VerbForm=Fin"),
        ("stati", "essere", "AUX", "aux", 3, "VerbForm=Part"),
        ("rilasciati", "rilasciare", "VERB", "ROOT", 3, "Tense=Past|VerbForm=Part"),
        ("da", "da", "ADP", "case", 5, ""), ("Ruritania", "Ruritania", "PROPN", "obl", 3, "")],
     2, ["detenuti:nsubj:pass>rilasciati", "sono:aux>rilasciati", "stati:aux:pass>rilasciati",
         "rilasciati:ROOT>rilasciati", "da:case>Ruritania", "Ruritania:obl>rilasciati"]),
    # look-alike: "è stato a Roma": no participle after "stato", nothing changes (it)
    ("it been as a verb", "it", [
        ("ministro", "ministro", "NOUN", "nsubj", 2, ""),
        ("è", "essere", "AUX", "aux", 2, "Mood=Ind|VerbForm=Fin"),
        ("stato", "essere", "VERB", "ROOT", 2, "VerbForm=Part"),
        ("a", "a", "ADP", "case", 4, ""), ("Roma", "Roma", "PROPN", "obl", 2, "")],
     0, ["ministro:nsubj>stato", "è:aux>stato", "stato:ROOT>stato", "a:case>Roma",
         "Roma:obl>stato"]),
    # "пост атакували військові": a singular noun before a plural verb is its object, the
    # plural nominative after it the subject (uk)
    ("uk fronted object", "uk", [
        ("пост", "пост", "NOUN", "nsubj", 1, "Case=Nom|Number=Sing"),
        ("атакували", "атакувати", "VERB", "ROOT", 1, "Mood=Ind|Number=Plur|VerbForm=Fin"),
        ("військові", "військовий", "NOUN", "obj", 1, "Case=Nom|Number=Plur")],
     1, ["пост:obj>атакували", "атакували:ROOT>атакували", "військові:nsubj>атакували"]),
    # look-alike: "пост атакували вночі": no nominative after the verb, nothing changes (uk)
    ("uk impersonal plural", "uk", [
        ("пост", "пост", "NOUN", "obj", 1, "Case=Acc|Number=Sing"),
        ("атакували", "атакувати", "VERB", "ROOT", 1, "Mood=Ind|Number=Plur|VerbForm=Fin"),
        ("вночі", "вночі", "ADV", "advmod", 1, "")],
     0, ["пост:obj>атакували", "атакували:ROOT>атакували", "вночі:advmod>атакували"]),
    # "warf Y vor, zwei Bürger entführt zu haben": an infinitive clause has no subject; an
    # accusative one is its object (de)
    ("de subject of an infinitive", "de", [
        ("Bürger", "Bürger", "NOUN", "nsubj", 1, "Case=Acc|Number=Plur"),
        ("entführt", "entführen", "ADJ", "ROOT", 1, ""),
        ("zu", "zu", "PART", "mark", 3, ""), ("haben", "haben", "VERB", "xcomp", 1, "")],
     1, ["Bürger:obj>entführt", "entführt:ROOT>entführt", "zu:mark>haben",
         "haben:xcomp>entführt"]),
]


@pytest.mark.parametrize(("name", "lang", "rows", "count", "expected"), CASES,
                         ids=[c[0] for c in CASES])
def test_auxiliaries_and_subjects(name: str, lang: str, rows: list[Row], count: int | None,
                                  expected: list[str] | None) -> None:
    doc = lemma_tree(lang, rows)
    before = relations(doc)
    mended = repair(doc)
    if expected is None:  # other repairs may mend this tree; the name stays no object
        assert "Молвания:obj>договорились" not in relations(doc), before
        return
    assert mended == count
    assert relations(doc) == expected
