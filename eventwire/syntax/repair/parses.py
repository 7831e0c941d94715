"""Parses: mends for the cased languages' word order (session 23, issue 11), where the
models read case and agreement wrongly: an object placed first, an instrumental of time
opening a passive.

Each mend is a pattern over relations and morphology; it fires only where the tree's own
features show the error (a past verb that cannot agree with its subject, a subject in a case
no subject has).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from eventwire.syntax.repair.common import (
    NOMINAL,
    _finite,
    _grammar_value,
    _grammar_words,
    _where,
)

# the relations of a nominal argument a word mistagged as an adverb may hold
_ARGUMENT_RELATIONS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod"})

AGREEMENT = ("Case", "Gender", "Number")  # what a noun and its adjective share


def _retag(word: Any, pos: str, features: Any) -> None:
    """``word`` is now a ``pos`` with the case, gender and number of ``features``."""
    word.pos_ = pos
    word.set_morph("|".join(f"{k}={features.get(k)[0]}" for k in AGREEMENT if features.get(k)))


def _adjective_genders(word: Any) -> set[str]:
    """The genders the adjectives agreeing with a word (``amod``, in a case) give it."""
    return {g for c in word.children if c.dep_ == "amod" and c.pos_ == "ADJ"
            and c.morph.get("Case") for g in c.morph.get("Gender")}


def _adverb_with_adjective(doc: Any) -> int:
    """"Российское судно ...": a word tagged an adverb (or a short adjective) that has an
    adjective in a case agreeing with it is a noun (nouns ending like adverbs, "судно", are
    tagged so); it takes the adjective's gender, number and case, which later mends and
    readers need, and an adverb's relation on a finite verb becomes the argument free on its
    side (subject before the verb, object after it)."""
    mended = 0
    for word in _where(doc, _ARGUMENT_RELATIONS | {"advmod"}, frozenset({"ADV", "ADJ"})):
        adjectives = [c for c in word.children if c.dep_ == "amod" and c.pos_ == "ADJ"
                      and c.morph.get("Case") and c.morph.get("Gender")]
        if not adjectives or any(c.dep_ == "case" for c in word.children) or (
                word.pos_ == "ADJ" and word.morph.get("Variant") != ["Short"]):
            continue  # a short adjective ("судно" read as one) has no adjective of its own
        if word.dep_ == "advmod":
            verb = word.head
            taken = {c.dep_ for c in verb.children}
            if verb.pos_ != "VERB" or not _finite(verb):
                continue
            if word.i < verb.i and not taken & {"nsubj", "nsubj:pass"}:
                word.dep_ = "nsubj"
            elif word.i > verb.i and "obj" not in taken:
                word.dep_ = "obj"
            else:
                continue
        _retag(word, "NOUN", adjectives[0].morph)
        mended += 1
    return mended


def _gender_of(word: Any) -> set[str]:
    """A nominal's gender: its own, else the one its adjectives give it."""
    return set(word.morph.get("Gender")) or _adjective_genders(word)


def _object_first_by_gender(doc: Any) -> int:
    """"Российское судно задержал эстонский катер": a past verb marked for one gender
    cannot have as its subject a single inanimate noun of another (its own gender or its
    adjectives'); the object after it, of the verb's gender, inanimate and so the same in the
    nominative as in the accusative, is the subject, and the first noun, fronted, its object
    (else the seized reads as the seizer). Names are left alone (their gender is the model's
    guess, and a name tagged a common noun is still one: both words are lower-case common
    nouns), and so are animate nouns ("врач" of a woman) and counted ones."""
    mended = 0
    for subject in [t for t in _where(doc, "nsubj", frozenset({"NOUN"}))
                    if t.i < t.head.i and t.head.pos_ == "VERB"]:
        verb = subject.head
        gender, number = verb.morph.get("Gender"), verb.morph.get("Number")
        if len(gender) != 1 or number != ["Sing"] or "Past" not in verb.morph.get("Tense") or \
                not _finite(verb):
            continue
        genders = _gender_of(subject)
        if not subject.text.islower() or not genders or gender[0] in genders or \
                "Anim" in subject.morph.get("Animacy") or \
                subject.morph.get("Number") == ["Plur"] or any(
                    c.dep_ in ("conj", "nummod", "nummod:gov") for c in subject.children):
            continue
        objects = [c for c in verb.children if c.dep_ == "obj" and c.i > verb.i]
        if len(objects) != 1 or any(c.dep_.startswith("nsubj") and c.i != subject.i
                                    for c in verb.children):
            continue
        agent = objects[0]
        case = agent.morph.get("Case")
        if agent.pos_ not in NOMINAL or not agent.text.islower() or \
                _gender_of(agent) != set(gender) or \
                agent.morph.get("Number") == ["Plur"] or "Anim" in agent.morph.get("Animacy") or \
                not set(case) <= {"Nom", "Acc"} or (gender == ["Fem"] and case != ["Nom"]) or \
                any(c.dep_ == "case" for c in agent.children):
            continue  # a feminine accusative ("охрану") is spelled apart: an object
        subject.dep_, agent.dep_ = "obj", "nsubj"
        mended += 1
    return mended


def _as_subject(word: Any) -> None:
    """A nominal made a passive's subject: nominative, whatever case the model guessed."""
    features = {k: v for k, v in word.morph.to_dict().items() if k != "Case"}
    word.dep_ = "nsubj:pass"
    word.set_morph("|".join(f"{k}={v}" for k, v in sorted({**features, "Case": "Nom"}.items())))


def _instrumental_opening_passive(doc: Any) -> int:
    """"Ночью украинскими дронами была атакована нефтебаза": a common noun in the
    instrumental with no preposition opening the sentence (so capitalised) was taken for the
    passive's subject, the agent hung on it. No subject is instrumental: the noun is an
    oblique of time or manner, an instrumental noun hung on it is the passive's agent, and
    the bare nominal after the verb is its subject (else the attacker reads as attacked)."""
    mended = 0
    for word in _where(doc, frozenset({"nsubj:pass", "nsubj", "obj"}), frozenset({"NOUN"})):
        verb = word.head
        if word.i != 0 or verb.i < word.i or word.morph.get("Case") != ["Ins"] or any(
                c.dep_ == "case" for c in word.children) or verb.pos_ != "VERB" or not (
                word.dep_ == "nsubj:pass" or any(c.dep_ == "aux:pass" for c in verb.children)):
            continue
        word.dep_ = "obl"
        for agent in [c for c in [*word.children, *verb.children]
                      if c.dep_ in ("nmod", "obl", "iobj", "obj") and c.i < verb.i
                      and c.i != word.i]:
            if agent.pos_ in NOMINAL and agent.morph.get("Case") == ["Ins"] and not any(
                    c.dep_ == "case" for c in agent.children):
                agent.head, agent.dep_ = verb, "obl:agent"
        if not any(c.dep_ == "nsubj:pass" for c in verb.children):
            after = [c for c in verb.children if c.i > verb.i and c.pos_ in NOMINAL
                     and c.dep_ in ("nmod", "obj", "obl")
                     and not set(c.morph.get("Case")) & {"Ins", "Dat", "Loc"}
                     and not any(g.dep_ == "case" for g in c.children)]
            if after:
                _as_subject(after[0])
        mended += 1
    return mended


@lru_cache(maxsize=16)
def _demonym_lemmas(code: str) -> frozenset[str]:
    """The demonym adjectives and nouns of a language (its ``demonyms.tsv`` forms),
    lower-cased."""
    from eventwire import lang

    return frozenset(form.strip().lower() for row in lang.table(code, "demonyms")
                     for form in (row.get("forms") or "").split("|") if form.strip())


def _demonym_read_as_participle(doc: Any) -> int:
    """"украинскими дронами" read as a present participle ("-ими" like "-ющими"): a word
    modifying a noun whose lemma is one of the language's demonyms (``demonyms.tsv``) is
    that adjective, its case, gender and number kept (else the drones' side is lost)."""
    demonyms = _demonym_lemmas(doc.lang_)
    if not demonyms:
        return 0
    mended = 0
    for word in _where(doc, "amod", frozenset({"VERB"})):
        if "Part" not in word.morph.get("VerbForm") or word.lemma_.lower() not in demonyms:
            continue
        _retag(word, "ADJ", word.morph)
        mended += 1
    return mended


def _clause_root(word: Any) -> Any:
    while word.head.i != word.i:
        word = word.head
    return word


def _particle_read_as_root(doc: Any) -> int:
    """"Die Regierung wies Berichte Jerewans zurück, ...": a separable particle (grammar.yaml
    ``separable_particles``) closing the clause, after a finite verb that has its subject
    before it, where the model lost the verb (read as a modifier of its object, the particle
    or the object noun or the reported clause after the comma made the root, a genitive name
    read as a subject). The verb is the root, the particle its particle, the first bare
    nominal between them its object and the later ones that object's attributes; what hung
    on the misread root after the particle (the reported clause, the full stop) hangs on
    the verb, a reported clause made the root its aside (which _reported_clause_read_as_
    conjunct makes its content); else the denial is lost and what is denied reads as done."""
    particles = _grammar_words(doc.lang_, "separable_particles")
    mended = 0
    for particle in list(doc) if particles else ():
        if particle.text.lower() not in particles or particle.pos_ not in ("ADV", "ADP",
                                                                          "PART") or not (
                particle.i + 1 == len(doc) or doc[particle.i + 1].pos_ == "PUNCT"):
            continue
        verb = next((w for w in reversed(doc[:particle.i]) if w.pos_ in ("VERB", "PUNCT")),
                    None)
        if verb is None or verb.pos_ != "VERB" or not _finite(verb):
            continue
        subjects = [c for c in [*verb.children, *particle.children]
                    if c.dep_ == "nsubj" and c.i < verb.i]
        if not subjects:
            continue
        noun_particle = particle.dep_ == "compound:prt" and particle.head.pos_ in NOMINAL
        if not (verb.dep_ == "amod" or noun_particle or particle.dep_ in _PARTICLE_MISREAD):
            continue
        root = _clause_root(verb)
        between = range(verb.i + 1, particle.i)
        if root.i != verb.i and not (root.i in between or root.i >= particle.i):
            continue  # the verb inside a clause of a verb before it: not this misreading
        nominals = [doc[i] for i in between if doc[i].pos_ in NOMINAL
                    and not any(c.dep_ == "case" for c in doc[i].children)]
        endings = tuple(_grammar_words(doc.lang_, "genitive_endings"))
        if not nominals or not all(
                ("Gen" in w.morph.get("Case") or (endings and w.text.endswith(endings)))
                and not any(c.dep_ == "det" for c in w.children) for w in nominals[1:]):
            continue  # "warf der Türkei Provokationen vor": two objects, not an attribute
        verb.head, verb.dep_ = verb, "ROOT"
        subjects[0].head = verb
        if root.i > particle.i:
            root.head, root.dep_ = verb, "parataxis"
        elif root.i != verb.i:
            for child in [c for c in root.children if c.i > particle.i]:
                child.head = verb  # the reported clause, the full stop
        for child in [c for c in particle.children]:
            child.head = verb
        particle.head, particle.dep_ = verb, "compound:prt"
        first = nominals[0]
        first.head, first.dep_ = verb, "obj"
        for later in nominals[1:]:
            later.head, later.dep_ = first, "nmod"
        for clause in [c for c in verb.children if c.dep_ == "acl:relcl" and c.i > particle.i
                       and any(g.dep_ == "nsubj" for g in c.children)]:
            clause.dep_ = "parataxis"  # a clause with its own subject after the verb's
        mended += 1
    return mended


# what the models leave a clause-closing separable particle as: the root, or an argument of
# its verb or of its object (never a particle's relation)
_PARTICLE_MISREAD = frozenset({"ROOT", "obj", "iobj", "nsubj", "advmod"})


def _passive_read_as_copula(doc: Any) -> int:
    """"Російськими ракетами була атакована українська підстанція": a passive participle
    (marked for case, so an inflected one, and for the passive voice) with "be" read as its
    copula is a passive: the copula its passive auxiliary, its subject the passive subject,
    a bare instrumental beside it the agent (else the thing attacked reads as the attacker,
    as "Українська підстанція була атакована ..." is read already)."""
    mended = 0
    for copula in _where(doc, "cop", frozenset({"AUX"})):
        word = copula.head
        if copula.dep_ != "cop" or "Part" not in word.morph.get("VerbForm") or \
                "Pass" not in word.morph.get("Voice") or not word.morph.get("Case") or \
                not any(c.dep_ == "nsubj" for c in word.children):
            continue  # a passive subject already: read as a passive (participles.py)
        copula.dep_ = "aux:pass"
        for child in word.children:
            if child.dep_ == "nsubj":
                child.dep_ = "nsubj:pass"
            elif child.dep_ in ("iobj", "obj", "obl", "nmod") and child.pos_ in NOMINAL and \
                    child.morph.get("Case") == ["Ins"] and not any(
                        c.dep_ == "case" for c in child.children):
                child.dep_ = "obl:agent"
        mended += 1
    return mended


def _subject_of_impersonal(doc: Any) -> int:
    """"Послу Угорщини вручено ноту протесту": a verb in the impersonal form (``Person=0``
    and spelled so, grammar ``impersonal_endings``: the Ukrainian "-но/-то" forms, "вручено",
    "обстріляно"; the model gives Person=0 to other forms too) has no subject; a
    nominal the model hung on it as one is its dative addressee (marked so) or its object
    (else the one handed the note reads as the one who protests)."""
    endings = tuple(_grammar_words(doc.lang_, "impersonal_endings"))
    mended = 0
    for word in _where(doc, "nsubj", None) if endings else ():
        verb = word.head
        if word.dep_ != "nsubj" or "0" not in verb.morph.get("Person") or \
                not verb.lower_.endswith(endings) or \
                word.pos_ not in NOMINAL or any(c.dep_ == "case" for c in word.children):
            continue
        word.dep_ = "iobj" if word.morph.get("Case") == ["Dat"] else "obj"
        mended += 1
    return mended


def _passive_like(word: Any) -> bool:
    """A passive (its voice, its passive auxiliary or copula, the impersonal form) or a root
    the model did not tag a verb ("обстреляны" read as a noun): what an agent can hang on."""
    return "Pass" in word.morph.get("Voice") or "0" in word.morph.get("Person") or any(
        c.dep_ in ("aux:pass", "cop") for c in word.children) or (
        word.dep_ == "ROOT" and word.pos_ in ("NOUN", "ADJ"))


def _agent_phrase(doc: Any) -> int:
    """"Позиции обстреляны со стороны России", "обстріляно з боку Росії": a noun of side
    opened by its case word (grammar ``agent_phrases``: "сторона" after "со", "бік" after
    "з") hung on a passive names with the name hung on it who did the act: the name is the
    passive's agent (``obl:agent``), never whom the act hit."""
    phrases = _grammar_value(doc.lang_, "agent_phrases") or {}
    mended = 0
    for side in _where(doc, frozenset({"obl", "nmod"}), frozenset({"NOUN"})) if phrases else ():
        opener = phrases.get(side.lemma_.lower())
        if not opener or not any(c.dep_ == "case" and c.lower_ in opener
                                 for c in side.children):
            continue
        names = [c for c in side.children if c.dep_ == "nmod" and c.pos_ in NOMINAL
                 and not any(g.dep_ == "case" for g in c.children)]
        if len(names) != 1 or side.head.i == side.i or not _passive_like(side.head):
            continue  # "ссылаясь на угрозу со стороны X": the side of a threat, no agent
        name = names[0]
        name.head, name.dep_ = side.head, "obl:agent"
        side.head, side.dep_ = name, "case"
        mended += 1
    return mended
