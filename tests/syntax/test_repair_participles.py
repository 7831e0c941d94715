"""Passive participles the Ukrainian model misreads, and German clauses read with a subject
where there is none or none where there is, on hand-built trees: participles hung as a modifier
on the instrumental agent after them, or tagged a noun; and the look-alikes left alone."""

from __future__ import annotations

import pytest

from eventwire.syntax.repair import repair
from tests.syntax.test_repair import relations, tree

CASES = [
    # the participle hung on its agent, which the model made the root; the source clause
    # after the comma hung on the agent too
    ("uk participle on its agent", [
        ("Рурітанська", "ADJ", "amod", 1, "Case=Nom"),
        ("застава", "NOUN", "nsubj:pass", 3, "Case=Nom"),
        ("була", "AUX", "cop", 3, "VerbForm=Fin"),
        ("атакована", "ADJ", "amod", 5, "Case=Nom|VerbForm=Part|Voice=Pass"),
        ("молванськими", "ADJ", "amod", 5, "Case=Ins"),
        ("військами", "NOUN", "ROOT", 5, "Case=Ins"), (",", "PUNCT", "punct", 7, ""),
        ("заявила", "VERB", "conj", 5, "VerbForm=Fin"),
        ("Рурітанія", "PROPN", "nsubj", 7, "")],
     1, ["Рурітанська:amod>застава", "застава:nsubj:pass>атакована", "була:cop>атакована",
         "атакована:ROOT>атакована", "молванськими:amod>військами", "військами:obl>атакована",
         ",:punct>заявила", "заявила:conj>атакована", "Рурітанія:nsubj>заявила"]),
    # the subject made the root, the agent hung on it, the participle (with its copula) on
    # the agent
    ("uk participle on the agent of a root subject", [
        ("Рурітанські", "ADJ", "amod", 1, "Case=Nom"),
        ("застави", "NOUN", "ROOT", 1, "Case=Nom"),
        ("були", "AUX", "cop", 3, "VerbForm=Fin"),
        ("атаковані", "ADJ", "amod", 4, "Case=Nom|VerbForm=Part|Voice=Pass"),
        ("військами", "NOUN", "obl:agent", 1, "Case=Ins")],
     1, ["Рурітанські:amod>застави", "застави:nsubj:pass>атаковані", "були:cop>атаковані",
         "атаковані:ROOT>атаковані", "військами:obl>атаковані"]),
    # the participle tagged a noun, with its copula and passive subject; the agent a modifier
    ("uk participle read as a noun", [
        ("застави", "NOUN", "nsubj:pass", 2, "Case=Nom"),
        ("були", "AUX", "cop", 2, "VerbForm=Fin"),
        ("обстріляні", "NOUN", "ROOT", 2, "Case=Gen"),
        ("молванськими", "ADJ", "amod", 4, "Case=Ins"),
        ("військовими", "ADJ", "amod", 2, "Case=Ins")],
     1, ["застави:nsubj:pass>обстріляні", "були:cop>обстріляні", "обстріляні:ROOT>обстріляні",
         "молванськими:amod>військовими", "військовими:obl>обстріляні"]),
    # a participle modifying an instrumental noun, with no copula or subject: left alone
    ("uk participle as a plain modifier", [
        ("атакованими", "ADJ", "amod", 1, "Case=Ins|VerbForm=Part|Voice=Pass"),
        ("позиціями", "NOUN", "ROOT", 1, "Case=Ins")],
     0, ["атакованими:amod>позиціями", "позиціями:ROOT>позиціями"]),
    # a predicate noun with a copula and an active subject: left alone
    ("uk predicate noun", [
        ("Рурітанія", "PROPN", "nsubj", 2, ""), ("була", "AUX", "cop", 2, "VerbForm=Fin"),
        ("союзником", "NOUN", "ROOT", 2, "Case=Ins")],
     0, ["Рурітанія:nsubj>союзником", "була:cop>союзником", "союзником:ROOT>союзником"]),
]


@pytest.mark.parametrize(("name", "rows", "count", "expected"), CASES, ids=[c[0] for c in CASES])
def test_repair(name: str, rows: list, count: int, expected: list[str]) -> None:
    doc = tree(rows)
    assert (repair(doc), relations(doc)) == (count, expected)


def test_participle_read_as_noun_becomes_a_passive_participle() -> None:
    doc = tree(next(c[1] for c in CASES if c[0] == "uk participle read as a noun"))
    repair(doc)
    assert (doc[2].pos_, str(doc[2].morph)) == ("ADJ", "VerbForm=Part|Voice=Pass")


# German clauses the model reads with a subject where there is none, or none where there is
CLAUSE_CASES = [
    # the object of a controlled infinitive ("... zu haben") read as its subject
    ("de subject of a controlled clause", [
        ("Ruritanien", "PROPN", "nsubj", 1, ""), ("warf", "VERB", "ROOT", 1, "Mood=Ind"),
        ("Molvanien", "PROPN", "obj", 1, ""), ("vor", "ADP", "compound:prt", 1, ""),
        (",", "PUNCT", "punct", 6, ""), ("Dörfer", "NOUN", "nsubj", 6, "Case=Nom"),
        ("beschossen", "VERB", "xcomp", 1, "VerbForm=Inf"), ("zu", "PART", "mark", 8, ""),
        ("haben", "VERB", "xcomp", 6, "")],
     1, ["Ruritanien:nsubj>warf", "warf:ROOT>warf", "Molvanien:obj>warf",
         "vor:compound:prt>warf", ",:punct>beschossen", "Dörfer:obj>beschossen",
         "beschossen:xcomp>warf", "zu:mark>haben", "haben:xcomp>beschossen"]),
    # a controlled clause whose nominal stands before the governing verb: left alone
    ("de nominal before the governing verb", [
        ("Dörfer", "NOUN", "nsubj", 2, ""), ("wurden", "AUX", "aux", 2, "Mood=Ind"),
        ("beschossen", "VERB", "xcomp", 3, "VerbForm=Part"),
        ("gemeldet", "VERB", "ROOT", 3, "VerbForm=Part")],
     0, ["Dörfer:nsubj>beschossen", "wurden:aux>beschossen", "beschossen:xcomp>gemeldet",
         "gemeldet:ROOT>gemeldet"]),
    # two objects of a finite verb with no subject, the first opening the sentence
    ("de first of two objects", [
        ("Ruritanische", "ADJ", "amod", 1, ""), ("Truppen", "NOUN", "obj", 2, "Case=Acc"),
        ("beschossen", "VERB", "ROOT", 2, "Mood=Ind|VerbForm=Fin"),
        ("Stellungen", "NOUN", "obj", 2, "Case=Acc")],
     1, ["Ruritanische:amod>Truppen", "Truppen:nsubj>beschossen", "beschossen:ROOT>beschossen",
         "Stellungen:obj>beschossen"]),
    # two objects after the verb ("gab Molvanien Waffen"): left alone
    ("de two objects after the verb", [
        ("gab", "VERB", "ROOT", 0, "Mood=Ind|VerbForm=Fin"), ("Molvanien", "PROPN", "obj", 0, ""),
        ("Waffen", "NOUN", "obj", 0, "")],
     0, ["gab:ROOT>gab", "Molvanien:obj>gab", "Waffen:obj>gab"]),
]


@pytest.mark.parametrize(("name", "rows", "count", "expected"), CLAUSE_CASES,
                         ids=[c[0] for c in CLAUSE_CASES])
def test_clause_repair(name: str, rows: list, count: int, expected: list[str]) -> None:
    doc = tree(rows)
    assert (repair(doc), relations(doc)) == (count, expected)


# an object hung on a day or a place named between it and its verb
OBJECT_CASES = [
    ("ru object on a day", [
        ("Рурития", "PROPN", "nsubj", 1, ""), ("провела", "VERB", "ROOT", 1, "Mood=Ind"),
        ("в", "ADP", "case", 3, ""), ("понедельник", "NOUN", "obl", 1, "Case=Acc"),
        ("переговоры", "NOUN", "nmod", 3, "Case=Gen")],
     1, ["Рурития:nsubj>провела", "провела:ROOT>провела", "в:case>понедельник",
         "понедельник:obl>провела", "переговоры:obj>провела"]),
    ("fr day read as the object", [
        ("Ruritanie", "PROPN", "nsubj", 2, ""), ("a", "AUX", "aux:tense", 2, ""),
        ("tenu", "VERB", "ROOT", 2, ""), ("lundi", "NOUN", "obj:lvc", 2, ""),
        ("des", "ADP", "case", 5, ""), ("pourparlers", "NOUN", "nmod", 3, "")],
     1, ["Ruritanie:nsubj>tenu", "a:aux:tense>tenu", "tenu:ROOT>tenu", "lundi:obl>tenu",
         "des:case>pourparlers", "pourparlers:obj>tenu"]),
    # a place marked by its own preposition after the day is no object: left alone
    ("es place after a day read as the object", [
        ("Ruritania", "PROPN", "nsubj", 1, ""), ("firmó", "VERB", "ROOT", 1, "Mood=Ind"),
        ("viernes", "NOUN", "obj", 1, ""), ("en", "ADP", "case", 4, ""),
        ("Casa", "NOUN", "nmod", 2, "")],
     0, ["Ruritania:nsubj>firmó", "firmó:ROOT>firmó", "viernes:obj>firmó", "en:case>Casa",
         "Casa:nmod>viernes"]),
]


@pytest.mark.parametrize(("name", "rows", "count", "expected"), OBJECT_CASES,
                         ids=[c[0] for c in OBJECT_CASES])
def test_object_repair(name: str, rows: list, count: int, expected: list[str]) -> None:
    doc = tree(rows)  # day names are the dates' data, in every language
    assert (repair(doc), relations(doc)) == (count, expected)


# three coordinated names, the middle one after a comma made a subject (or the first a root)
LIST_CASES = [
    ("uk middle of a list as a second subject", [
        ("Рурітанія", "PROPN", "nsubj", 5, ""), (",", "PUNCT", "punct", 2, ""),
        ("Молванія", "PROPN", "nsubj", 5, ""), ("та", "CCONJ", "cc", 4, ""),
        ("Бордюрія", "PROPN", "conj", 2, ""), ("підписали", "VERB", "ROOT", 5, "Mood=Ind")],
     1, ["Рурітанія:nsubj>підписали", ",:punct>Молванія", "Молванія:conj>Рурітанія",
         "та:cc>Бордюрія", "Бордюрія:conj>Молванія", "підписали:ROOT>підписали"]),
    ("it first of a list left a root", [
        ("Ruritania", "PROPN", "ROOT", 0, ""), (",", "PUNCT", "punct", 0, ""),
        ("Molvania", "PROPN", "nsubj", 5, ""), ("e", "CCONJ", "cc", 4, ""),
        ("Borduria", "PROPN", "conj", 2, ""), ("firmarono", "VERB", "ROOT", 5, "Mood=Ind")],
     1, ["Ruritania:nsubj>firmarono", ",:punct>Ruritania", "Molvania:conj>Ruritania",
         "e:cc>Borduria", "Borduria:conj>Molvania", "firmarono:ROOT>firmarono"]),
    # a name after a comma with no coordination of its own (an apposition): left alone
    ("en apposition after a comma", [
        ("Ruritania", "PROPN", "nsubj", 3, ""), (",", "PUNCT", "punct", 2, ""),
        ("Molvania", "PROPN", "nsubj", 3, ""), ("signed", "VERB", "ROOT", 3, "Mood=Ind")],
     0, ["Ruritania:nsubj>signed", ",:punct>Molvania", "Molvania:nsubj>signed",
         "signed:ROOT>signed"]),
]


@pytest.mark.parametrize(("name", "rows", "count", "expected"), LIST_CASES,
                         ids=[c[0] for c in LIST_CASES])
def test_list_repair(name: str, rows: list, count: int, expected: list[str]) -> None:
    doc = tree(rows)
    assert (repair(doc), relations(doc)) == (count, expected)
