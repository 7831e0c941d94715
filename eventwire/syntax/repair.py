"""Mend the few parser errors that break who-did-what-to-whom, with the tree's own evidence.

Our small models sometimes split a coordination ("A and B signed") into two subjects of the
verb, or leave the first conjunct as a stray root, or read a finite verb that has a subject
and an object as a passive participle ("Peru accused Ecuador of ..."). Every reader of the
tree (events, statements, facts) would have to work around each error; mending it once, here,
right after parsing, keeps them simple. Each repair is a pattern over Universal Dependencies
relations, so it holds in every language, and it fires only when the tree itself shows the
error (a ``cc`` inside a second subject, a root with nothing under it).
"""

from __future__ import annotations

from typing import Any

NOMINAL = frozenset({"NOUN", "PROPN"})
# relations a conjunct shares with the first conjunct when the parser split them
SHARED_ROLES = frozenset({"nsubj", "nsubj:pass", "obj", "iobj"})
# what a stray nominal before a finite verb was left as, when it is really the subject
STRAY_SUBJECT = frozenset({"obl:unmarked", "obl:npmod", "nmod:npmod", "dep", "nsubj:pass"})


def repair(doc: Any) -> int:
    """Mend ``doc`` in place; the number of repairs made."""
    return (_split_coordination(doc) + _stray_first_conjunct(doc) + _active_participle(doc)
            + _subject_after_comma(doc))


def _split_coordination(doc: Any) -> int:
    """"A und B tauschten": the parser made A and B both subjects; B carries the ``cc``.

    B becomes a conjunct of A (so it keeps A's role through ``token.conjuncts``)."""
    mended = 0
    for token in doc:
        if token.dep_ not in SHARED_ROLES or token.pos_ not in NOMINAL:
            continue
        if not _after_coordinator(doc, token):
            continue
        earlier = [s for s in token.head.children
                   if s.i < token.i and s.dep_ == token.dep_ and s.pos_ in NOMINAL]
        if earlier:
            token.head = earlier[-1]
            token.dep_ = "conj"
            mended += 1
    return mended


def _after_coordinator(doc: Any, token: Any) -> bool:
    """Whether a coordinating conjunction stands just before the phrase of ``token`` (as its
    child, or left on the verb by the parser)."""
    first = token.left_edge.i
    if doc[first].dep_ == "cc":
        return True
    return first > 0 and doc[first - 1].dep_ == "cc" and doc[first - 1].pos_ == "CCONJ"


def _stray_first_conjunct(doc: Any) -> int:
    """"A и B обменялись": A was left as a root with nothing under it, and "и B" is the
    verb's subject. A takes B's place and B becomes its conjunct."""
    mended = 0
    for token in doc:
        if token.dep_ != "ROOT" or token.pos_ not in NOMINAL or any(token.children):
            continue
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if following is None or following.dep_ != "cc":
            continue
        second = next((t for t in doc[following.i + 1:following.i + 4]
                       if t.pos_ in NOMINAL and t.left_edge.i <= following.i + 1), None)
        if second is None or second.dep_ not in SHARED_ROLES or second.head.i == second.i:
            continue
        verb, role = second.head, second.dep_
        token.head, token.dep_ = verb, role
        second.head, second.dep_ = token, "conj"
        mended += 1
    return mended


def _active_participle(doc: Any) -> int:
    """"Peru accused Ecuador of ...": a root tagged as a bare passive participle (no auxiliary)
    that has a direct object and a nominal just before it is an active finite verb, and that
    nominal is its subject. A real reduced passive ("Peru accused of ...") has no object."""
    mended = 0
    for token in doc:
        if token.dep_ != "ROOT" or token.pos_ != "VERB":
            continue
        if "Part" not in token.morph.get("VerbForm") or "Pass" not in token.morph.get("Voice"):
            continue
        children = list(token.children)
        if any(c.dep_.startswith(("aux", "nsubj", "cop")) for c in children):
            continue
        if not any(c.dep_ == "obj" and c.i > token.i for c in children):
            continue
        before = [c for c in children if c.i < token.i and c.dep_ in STRAY_SUBJECT
                  and c.pos_ in NOMINAL]
        if not before or any(g.dep_ == "case" for g in before[-1].children):
            continue
        before[-1].dep_ = "nsubj"
        token.set_morph("Mood=Ind|Tense=Past|VerbForm=Fin")
        mended += 1
    return mended


def _subject_after_comma(doc: Any) -> int:
    """"X erklärte, Moskau sei ... interessiert": the clause after the comma was taken for a
    conjunct of the verb, and its subject for the verb's object. A nominal object that stands
    right after "verb ," (not marked accusative), before a conjunct verb of its own with no
    subject, is that verb's subject."""
    mended = 0
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX") or verb.i + 2 >= len(doc) \
                or doc[verb.i + 1].text != ",":
            continue
        objects = [c for c in verb.children if c.dep_ == "obj" and c.pos_ in NOMINAL
                   and c.left_edge.i == verb.i + 2 and "Acc" not in c.morph.get("Case")]
        if not objects:
            continue
        clause = next((c for c in verb.children if c.dep_ == "conj" and c.i > objects[0].i
                       and c.pos_ in ("VERB", "AUX")
                       and not any(g.dep_.startswith(("nsubj", "cc")) for g in c.children)),
                      None)
        if clause is None:
            continue
        objects[0].head, objects[0].dep_ = clause, "nsubj"
        mended += 1
    return mended
