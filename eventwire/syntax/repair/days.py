"""Day names and dates read as subjects, objects or parts of a name."""

from __future__ import annotations

from typing import Any

from eventwire.syntax.repair.common import (
    DAY_OWN,
    NAME_PARTS,
    NOMINAL,
    VERBS,
    _a_day,
    _day_words,
    _finite,
    _where,
    base_dep,
)


def _subject_under_day(doc: Any) -> int:
    """"У ніч на понеділок російські війська атакували ...": the subject after a time phrase
    read as a modifier of the day. A bare nominal on a day word, between the day and a finite
    verb that has no subject and that the day hangs on, is that verb's subject."""
    mended = 0
    for word in _where(doc, "nmod", NOMINAL):
        day = word.head
        verb = day.head
        if word.dep_ != "nmod" or not _a_day(day) or word.i < day.i or verb.i <= word.i \
                or verb.pos_ != "VERB" or not _finite(verb) or base_dep(day) != "obl" \
                or any(base_dep(c) == "case" for c in word.children) \
                or any(c.dep_.startswith("nsubj") for c in verb.children) \
                or word.morph.get("Case") not in (["Nom"], ["Acc"], []):
            continue
        word.head, word.dep_ = verb, "nsubj"
        mended += 1
    return mended


def _day_after_name(doc: Any) -> int:
    """"Denmark today accepted ..., officials said", "Vietnam today released ...": a day
    between a name and its subjectless verb made the model hang the name on the day or leave
    it a root of its own. The name is the verb's subject, the day the verb's time."""
    days = _day_words(doc.lang_)
    mended = 0
    for verb in _where(doc, None, VERBS):
        if verb.pos_ != "VERB" or verb.i < 2 or any(
                c.dep_.startswith(("nsubj", "csubj")) for c in verb.children):
            continue
        day, name = doc[verb.i - 1], doc[verb.i - 2]
        if day.lower_ not in days or any(c.i != name.i for c in day.children):
            continue
        while name.head.i < day.i and name.head.i != name.i and name.dep_ in NAME_PARTS:
            name = name.head
        if name.pos_ != "PROPN" or not (name.dep_ == "ROOT" or name.head.i == day.i) or \
                name in list(verb.ancestors):
            continue
        name.head, name.dep_ = verb, "nsubj"
        day.head, day.dep_ = verb, "obl:tmod"
        mended += 1
    return mended


CLAUSES = frozenset({"acl", "acl:relcl", "advcl", "ccomp", "xcomp"})


def _day_between_verb_and_clause(doc: Any) -> int:
    """"Venezuela negó este martes que ...", "a nié jeudi que ...", "у понеділок заперечив, що
    ...", "denied on Sunday that ...": a day named between a verb and its content clause took
    the clause under it, or the verb itself (as its case word, article or modifier). A day is
    a time oblique of the clause's verb: the verb takes the day's place, the day and what the
    model hung on it besides its own words move to the verb, and a clause opened by a
    subordinator is the verb's complement. A finite verb left on a nominal before it (the uk
    subject, the en root noun) takes that nominal as its subject."""
    mended = 0
    for day in _where(doc, None, NOMINAL):  # the cheap test before the folding
        if not _a_day(day):
            continue
        verb = next((c for c in day.children if c.pos_ == "VERB" and c.dep_ not in CLAUSES),
                    None)
        if verb is None and day.head.pos_ == "VERB" and day.head.dep_ == "acl" and \
                day.head.head.pos_ in NOMINAL and day.head.head.dep_ == "ROOT" and any(
                    c.dep_ in CLAUSES and c.i > day.i and (_subordinated(c) or _own_subject(c))
                    for c in day.head.head.children):
            verb = day.head  # "minister denied on Sunday that": a participle of the root noun
            _subject_of_a_verb(verb, verb.head)
            mended += 1
            continue
        if verb is None:
            clause = next((c for c in day.children if c.dep_ in CLAUSES and c.i > day.i
                           and _subordinated(c)), None)
            governor = day.head
            if clause is None or governor.pos_ != "VERB" or any(
                    c.dep_ == "ccomp" for c in governor.children):
                continue
            clause.head, clause.dep_ = governor, "ccomp"  # "negó este martes que ..."
            day.dep_ = "obl" if day.dep_ == "obj" else day.dep_
            mended += 1
            continue
        if day.dep_ == "ROOT":
            verb.head, verb.dep_ = verb, "ROOT"
        else:
            verb.head, verb.dep_ = day.head, day.dep_
        day.head, day.dep_ = verb, "obl"
        for child in list(day.children):
            if child.dep_ not in DAY_OWN:
                child.head = verb
                if child.dep_ in CLAUSES and child.dep_ != "xcomp" and _subordinated(child):
                    child.dep_ = "ccomp"
        if verb.dep_ not in ("ROOT",) and verb.head.pos_ in NOMINAL and verb.head.i < verb.i \
                and _finite(verb) and verb.head.dep_ == "ROOT":
            _subject_of_a_verb(verb, verb.head)  # "Мінськ у понеділок заперечив"
        mended += 1
    return mended


def _subordinated(clause: Any) -> bool:
    """Whether a clause opens with a subordinator ("que", "that", "що") or is non-finite."""
    return clause.dep_ == "xcomp" or any(c.dep_ == "mark" for c in clause.children)


def _own_subject(clause: Any) -> bool:
    """Whether a clause has a subject that is no relative pronoun: "(denied on Friday) that
    helicopters had fired" is a content clause whatever the model made of "that"; "(talks
    held on Monday) that ended" is a relative one."""
    return any(c.dep_.startswith("nsubj") and "Rel" not in c.morph.get("PronType")
               for c in clause.children)


def _subject_of_a_verb(verb: Any, noun: Any) -> None:
    """A verb hung on the root nominal before it heads the clause, the nominal its subject;
    what the nominal held after the verb is the verb's, a subordinate clause its complement."""
    verb.head, verb.dep_ = verb, "ROOT"
    noun.head, noun.dep_ = verb, "nsubj"
    if not _finite(verb):
        verb.set_morph("Mood=Ind|Tense=Past|VerbForm=Fin")
    for child in list(noun.children):
        if child.i > verb.i:
            child.head = verb
            if child.dep_ in CLAUSES and child.dep_ != "xcomp" and (
                    _subordinated(child) or _own_subject(child)):
                child.dep_ = "ccomp"
                for word in child.children:  # "that" the model read as a relative's object
                    if word.i < child.i and "Rel" in word.morph.get("PronType") and \
                            word.dep_ in ("obj", "nsubj") and word.left_edge.i == word.i:
                        word.dep_ = "mark"


def _day_read_as_object(doc: Any) -> int:
    """A day the model made the object ("a tenu lundi des pourparlers", "celebraron el lunes
    conversaciones") is a time oblique, and the noun it held the object (run right after
    :func:`_object_read_as_modifier`, on trees that name a day)."""
    mended = 0
    for day in doc:
        verb = day.head
        if base_dep(day) != "obj" or verb.pos_ != "VERB" or not _a_day(day):
            continue
        thing = next((c for c in day.children if c.i > day.i and c.pos_ == "NOUN"
                      and base_dep(c) in ("nmod", "amod") and not any(
                          base_dep(g) == "case" and g.text.lower() not in DAY_ARTICLES
                          for g in c.children)), None)
        if thing is None:
            continue
        day.dep_ = "obl"
        thing.head, thing.dep_ = verb, "obj"
        mended += 1
    return mended


def _day_read_as_subject(doc: Any) -> int:
    """"Gestern hat Russland zwei Grenzbeamte festgenommen": a day word the model made the
    subject of a verb that has two objects after it, the first a bare nominative (no case
    word), is the verb's time; that nominative is its subject (else the one who acted is
    read as the one acted on). One object left after it: nothing is changed."""
    days = _day_words(doc.lang_)
    mended = 0
    for day in doc:
        verb = day.head
        if base_dep(day) != "nsubj" or verb.pos_ != "VERB" or not (
                day.lower_ in days or _a_day(day)):
            continue
        objects = [c for c in verb.children if c.dep_ == "obj" and c.i > day.i
                   and c.pos_ in NOMINAL]
        if len(objects) < 2 or "Nom" not in objects[0].morph.get("Case") or any(
                base_dep(g) == "case" for g in objects[0].children):
            continue
        day.dep_ = "obl:tmod"
        objects[0].dep_ = "nsubj"
        mended += 1
    return mended


# partitive articles a model reads as case words ("des pourparlers", "degli incontri")
DAY_ARTICLES = frozenset({"des", "de", "du", "d'", "degli", "dei", "delle"})
