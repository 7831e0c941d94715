"""Official style ("Российской стороной потребовано", "пограничниками было задержано судно"):
the short passives of ministries' prose with their doer in the instrumental, which the
Russian and Ukrainian models misread (found in round o of the invented wires, session 23)."""

from __future__ import annotations

from typing import Any

from eventwire.syntax.repair.auxiliaries import _govern_later_verb
from eventwire.syntax.repair.common import VERBS, _where

ADJECTIVES = frozenset({"ADJ"})
# what an adjective read in a noun's place hangs by on its verb (an adjective modifies a
# noun, never a verb; "xcomp" and "iobj" are how the Russian model hangs the mistake)
_ON_A_VERB = frozenset({"amod", "xcomp", "iobj", "obl", "nmod"})


def _noun_read_as_adjective(doc: Any) -> int:
    """"Российской стороной потребовано освобождение": the instrumental "стороной" (ending
    like a feminine adjective) was tagged an adjective, hung on the verb, with the adjective
    of the country on it. An adjective hung on a verb that carries an adjective of its own,
    before it, in its own case-less phrase, is a noun: with an instrumental case and no case
    word it is the verb's oblique (the doer of a short passive); in another case it keeps its
    relation. Two adjectives hung side by side on the verb ("Эстонской" and "стороной", both
    modifiers of it) are one phrase: the second is the noun, the first its adjective. Found in
    round o of the invented wires (session 23)."""
    mended = 0
    for word in _where(doc, None, ADJECTIVES):
        head = word.head
        if word.pos_ != "ADJ" or head.i == word.i or head.pos_ not in VERBS \
                or word.dep_ not in _ON_A_VERB:
            continue
        children = list(word.children)
        if any(c.dep_ == "case" for c in children):
            continue
        before = doc[word.i - 1] if word.i > 0 else None
        flat = before is not None and before.pos_ == "ADJ" and before.dep_ == "amod" \
            and before.head.i == head.i and word.dep_ == "amod"  # both hung on the verb
        if not flat and not any(c.dep_ == "amod" and c.pos_ == "ADJ" and c.i < word.i
                                for c in children):
            continue
        if flat:
            before.head = word  # "Эстонской стороной": the country's adjective is the noun's
        word.pos_ = "NOUN"
        if word.morph.get("Case") == ["Ins"]:
            word.dep_ = "obl"
        mended += 1
    return mended


FINITE_AS_ARGUMENT = frozenset({"nsubj", "obj", "iobj", "obl", "nmod", "advmod", "amod"})


def _finite_verb_read_as_argument(doc: Any) -> int:
    """"Требуем от Таллина освободить моряков", "Вимагаємо від Мінська звільнити ...": a
    finite verb opening its clause with its subject left unsaid (the first person of official
    prose) was read as a noun-like argument of the infinitive after it, which became the
    clause. An infinitive takes no finite verb as subject, object or modifier: the finite
    verb governs it (it takes the infinitive's place and the dependents before it; the
    infinitive becomes its complement), so what it asks stays asked, not done."""
    mended = 0
    for first in _where(doc, None, VERBS):
        second = first.head
        if first.pos_ != "VERB" or "Fin" not in first.morph.get("VerbForm") or \
                first.dep_.split(":")[0] not in FINITE_AS_ARGUMENT or second.i <= first.i \
                or second.pos_ != "VERB" or second.morph.get("VerbForm") != ["Inf"] or any(
                    child.dep_.split(":")[0] == "nsubj" for child in second.children
                    if child.i != first.i):
            continue
        _govern_later_verb(first, second)
        mended += 1
    return mended


def _finite_verb_read_as_object(doc: Any) -> int:
    """"Россия нанесла удар по Харькову": the noun "удар" was tagged a finite verb in the past
    and hung as the object of the verb before it, so the light verb's strike was no event. A
    finite verb is never a verb's object: one hung so right after its verb (at most two words
    between), with no subject, auxiliary, complementizer, coordinator or object of its own,
    is a noun in the accusative (its own dependents stay on it)."""
    mended = 0
    for word in _where(doc, "obj", VERBS):
        head = word.head
        if word.dep_ != "obj" or word.pos_ != "VERB" or "Fin" not in word.morph.get(
                "VerbForm") or head.pos_ not in VERBS or not 0 < word.i - head.i <= 3 or any(
                c.dep_.split(":")[0] in ("nsubj", "aux", "mark", "cc", "obj", "expl")
                for c in word.children):
            continue
        number = word.morph.get("Number")
        word.pos_ = "NOUN"
        word.set_morph("Case=Acc" + (f"|Number={number[0]}" if number else ""))
        mended += 1
    return mended
