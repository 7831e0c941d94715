"""A subject phrase left as a root of its own before its verb: hand-built trees, as our models
give them, for the repair that hangs the phrase on the verb when it is a coordination or
an apposition of names (the repair's simpler shapes are in test_repair.py)."""

from __future__ import annotations

import pytest

from eventwire.syntax.repair import repair
from tests.syntax.test_repair import relations, tree

CASES = [
    # titles, their countries and two names coordinated under the first title (ru)
    ("ru titles and names", [
        ("Президенты", "NOUN", "ROOT", 0, "Case=Nom"), ("Рурития", "PROPN", "nmod", 0, ""),
        ("Иван", "PROPN", "appos", 0, "Case=Nom"), ("Петров", "PROPN", "flat:name", 2, ""),
        ("и", "CCONJ", "cc", 5, ""), ("Олег", "PROPN", "conj", 2, "Case=Nom"),
        ("Сидоров", "PROPN", "flat:name", 5, ""),
        ("провели", "VERB", "ROOT", 7, "Mood=Ind|Tense=Past"),
        ("переговоры", "NOUN", "obj", 7, "")],
     1, ["Президенты:nsubj>провели", "Рурития:nmod>Президенты", "Иван:appos>Президенты",
         "Петров:flat:name>Иван", "и:cc>Олег", "Олег:conj>Иван", "Сидоров:flat:name>Олег",
         "провели:ROOT>провели", "переговоры:obj>провели"]),
    # two coordinated names as a root of their own before the verb (de)
    ("de coordinated names", [
        ("Anna", "PROPN", "ROOT", 0, ""), ("Berg", "PROPN", "flat:name", 0, ""),
        ("und", "CCONJ", "cc", 3, ""), ("Olaf", "PROPN", "conj", 0, ""),
        ("Lind", "PROPN", "flat:name", 3, ""),
        ("telefonierten", "VERB", "ROOT", 5, "Mood=Ind|Tense=Past"),
        ("gestern", "ADV", "advmod", 5, "")],
     1, ["Anna:nsubj>telefonierten", "Berg:flat:name>Anna", "und:cc>Olaf", "Olaf:conj>Anna",
         "Lind:flat:name>Olaf", "telefonierten:ROOT>telefonierten",
         "gestern:advmod>telefonierten"]),
    # look-alike: the verb has a subject of its own; the phrase before it stays a root (en)
    ("en verb with its subject", [
        ("Talks", "NOUN", "ROOT", 0, ""), ("and", "CCONJ", "cc", 2, ""),
        ("truce", "NOUN", "conj", 0, ""), ("Ruritania", "PROPN", "nsubj", 4, ""),
        ("agreed", "VERB", "ROOT", 4, "Mood=Ind|Tense=Past")],
     0, ["Talks:ROOT>Talks", "and:cc>truce", "truce:conj>Talks", "Ruritania:nsubj>agreed",
         "agreed:ROOT>agreed"]),
    # the patient of a passive as a root of its own: the verb's passive subject (it)
    ("it passive root", [
        ("Due", "NUM", "nummod", 1, ""), ("pescherecci", "NOUN", "ROOT", 1, ""),
        ("maltesi", "ADJ", "amod", 1, ""), ("sono", "AUX", "aux", 5, "Mood=Ind|Tense=Pres"),
        ("stati", "AUX", "aux:pass", 5, "VerbForm=Part"),
        ("fermati", "VERB", "ROOT", 5, "Tense=Past|VerbForm=Part"),
        ("dalla", "ADP", "case", 7, ""), ("marina", "NOUN", "obl", 5, "")],
     1, ["Due:nummod>pescherecci", "pescherecci:nsubj:pass>fermati", "maltesi:amod>pescherecci",
         "sono:aux>fermati", "stati:aux:pass>fermati", "fermati:ROOT>fermati",
         "dalla:case>marina", "marina:obl>fermati"]),
    # a fronted phrase's genitive and the first subject read as one name, the second subject
    # the genitive's conjunct (ru)
    ("ru genitive name run", [
        ("При", "ADP", "case", 1, ""), ("содействии", "NOUN", "obl", 6, "Case=Loc"),
        ("Омана", "PROPN", "nsubj", 6, "Case=Gen"), ("Ирана", "PROPN", "flat:name", 2, "Case=Gen"),
        ("и", "CCONJ", "cc", 5, ""), ("Бахрейн", "PROPN", "conj", 2, "Case=Nom"),
        ("подписали", "VERB", "ROOT", 6, "Mood=Ind|Tense=Past"),
        ("соглашение", "NOUN", "obj", 6, "Case=Acc")],
     1, ["При:case>содействии", "содействии:obl>подписали", "Омана:nmod>содействии",
         "Ирана:nsubj>подписали", "и:cc>Бахрейн", "Бахрейн:conj>Ирана",
         "подписали:ROOT>подписали", "соглашение:obj>подписали"]),
]


@pytest.mark.parametrize(("name", "rows", "count", "expected"), CASES,
                         ids=[c[0] for c in CASES])
def test_subject_root_of_names(name: str, rows: list, count: int, expected: list[str]) -> None:
    doc = tree(rows)
    assert repair(doc) == count
    assert relations(doc) == expected
