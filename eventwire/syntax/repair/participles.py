"""Participles and passives: a participle read as an adjective, noun or modifier, a passive's
auxiliary and subject.
"""

from __future__ import annotations

from typing import Any

from eventwire.syntax.repair.common import (
    NOMINAL,
    NOUNS,
    STRAY_SUBJECT,
    VERBS,
    _after_coordinator,
    _finite,
    _grammar_flag,
    _grammar_value,
    _grammar_words,
    _past_form_lemma,
    _reporting_lemmas,
    _subjects_by_verb,
    _where,
    base_dep,
)


def _active_participle(doc: Any) -> int:
    """"Peru accused Ecuador of ...": a root tagged as a bare passive participle (no auxiliary)
    that has a direct object and a nominal just before it is an active finite verb, and that
    nominal is its subject. A real reduced passive ("Peru accused of ...") has no object. So
    is such a conjunct of a finite past verb ("denied it and accused Y of ...")."""
    mended = 0
    for token in _where(doc, "ROOT", frozenset({"VERB"})):
        if token.dep_ != "ROOT":
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
    # "denied the charge and accused Y of ...": a conjunct of a finite past verb, tagged a bare
    # passive participle, with an object of its own, is a finite verb sharing the subject
    for token in _where(doc, "conj", frozenset({"VERB"})):
        head = token.head
        if token.dep_ != "conj" or head.pos_ != "VERB" or not _finite(head) or \
                "Past" not in head.morph.get("Tense") or \
                "Part" not in token.morph.get("VerbForm") or \
                "Pass" not in token.morph.get("Voice"):
            continue
        children = list(token.children)
        if any(c.dep_.startswith(("aux", "nsubj", "cop")) for c in children) or not any(
                c.dep_ == "obj" and c.i > token.i for c in children):
            continue
        token.set_morph("Mood=Ind|Tense=Past|VerbForm=Fin")
        mended += 1
    return mended


def _second_subject_before_participle(doc: Any) -> int:
    """"Georgien hat Russland vorgeworfen, ... zu haben", "Serbien hat Kosovo angegriffen":
    two bare nominals between a tense auxiliary and the participle closing the clause, both
    read as its subject where case does not tell them apart. A clause has one subject: the
    first is it (the plain order), the second its object (a dative one where its case says
    so); never after a coordinator ("X und Y haben ... unterzeichnet"), never in a passive."""
    mended = 0
    for verb_i, subjects in _subjects_by_verb(doc):
        verb = doc[verb_i]
        if len(subjects) != 2 or verb.pos_ != "VERB" or any(s.i > verb_i for s in subjects):
            continue
        auxiliaries = [c for c in verb.children if c.dep_ == "aux" and c.i < subjects[1].i]
        if not auxiliaries or any(c.dep_ == "aux:pass" for c in verb.children):
            continue
        extra = subjects[1]
        if _after_coordinator(doc, extra) or any(c.dep_ == "cc" for c in extra.children) or \
                doc[extra.i - 1].is_punct:
            continue
        extra.dep_ = "iobj" if extra.morph.get("Case") == ["Dat"] else "obj"
        mended += 1
    return mended


def _plain_passive_auxiliary(doc: Any) -> int:
    """"Bolivia fue acusada de ...": a verb's past participle with an auxiliary that makes
    only passives, read as a copula, is a passive all the same, so its subject is the one
    the act is done to (else the accused reads as the accuser)."""
    auxiliaries = _grammar_words(doc.lang_, "passive_auxiliaries")
    if not auxiliaries:
        return 0
    mended = 0
    for aux in [t for t in _where(doc, "cop", None) if t.lemma_ in auxiliaries]:
        verb = aux.head  # "fue acusada": a copula on a verb's participle is its auxiliary
        if verb.i != aux.i and verb.pos_ == "ADJ":
            _participle_read_as_adjective(verb, doc.lang_)
        if verb.i == aux.i or verb.pos_ != "VERB" or "Part" not in verb.morph.get(
                "VerbForm") or "Pres" in verb.morph.get("Tense") or any(
                c.dep_ == "obj" for c in verb.children) or any(
                c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children):
            continue
        aux.dep_ = "aux:pass"
        mended += 1
    return mended


def _subject_of_a_participle_with_agent(doc: Any) -> int:
    """"Польський літак був атакований білоруським гелікоптером": a passive participle
    (``Voice=Pass``) read as an adjective under a copula, with its subject read as an active
    one, beside the agent the model itself found (``obl:agent``): the agent acts, the
    subject undergoes (else the sides are inverted). The subject becomes the passive's, the
    copula its passive auxiliary."""
    mended = 0
    for agent in _where(doc, "obl:agent", None):
        word = agent.head
        if agent.dep_ != "obl:agent" or word.i == agent.i or \
                "Pass" not in word.morph.get("Voice") or "Part" not in word.morph.get("VerbForm"):
            continue
        subjects = [c for c in word.children if c.dep_ == "nsubj"]
        if not subjects or not any(c.dep_ == "cop" for c in word.children):
            continue
        for child in word.children:
            if child.dep_ == "nsubj":
                child.dep_ = "nsubj:pass"
            elif child.dep_ == "cop":
                child.dep_ = "aux:pass"
        mended += 1
    return mended


def _instrumental_passive_subject(doc: Any) -> int:
    """"Польский самолёт был атакован белорусским вертолётом": the agent of a passive, an
    instrumental with no preposition, read as a second passive subject beside the nominative
    one, so the attacker reads as attacked too. Of two passive subjects of one verb, the
    instrumental one beside a nominative is the agent; so is an instrumental common noun
    beside one the model gave no case or another case ("эстонскими пограничниками было
    задержано российское судно", "судно" tagged an adverb; round o of the invented wires).
    Run again after the repairs that retag such words (``REPAIRS``)."""
    mended = 0
    for word in _where(doc, "nsubj:pass", NOMINAL):
        if word.dep_ != "nsubj:pass" or word.morph.get("Case") != ["Ins"] or any(
                c.dep_ == "case" for c in word.children):
            continue
        if any(c.dep_ == "nsubj:pass" and c.i != word.i and (
                c.morph.get("Case") == ["Nom"]
                or (c.morph.get("Case") != ["Ins"] and word.text.islower()))
               for c in word.head.children):
            word.dep_ = "obl:agent"
            mended += 1
    return mended


def _participle_read_as_adjective(word: Any, code: str) -> None:
    """"Two soldiers were wounded": a verb's past participle after a passive-making copula,
    tagged an adjective, is the participle (else its subject reads as the one who wounds).
    An adjective that governs a phrase or clause of its own ("were opposed to", "were
    determined to") stays one: there the word tells a stance, not an act undergone."""
    infinitive = _past_form_lemma(word, code)
    stances = _grammar_words(code, "stance_cases")
    if infinitive is None or any(c.dep_ in ("obj", "xcomp", "ccomp") or any(
            g.dep_ in ("case", "mark") and g.lemma_ in stances for g in c.children)
            for c in word.children):
        return
    word.pos_ = "VERB"
    word.lemma_ = infinitive
    word.set_morph("Tense=Past|VerbForm=Part")


def _been_auxiliary(doc: Any) -> int:
    """"Sette detenuti sono stati rilasciati da Israele", "ont été attaqués", "ha sido
    capturado": the participle of "be" as an auxiliary of a verb's past participle (the
    language's ``been_auxiliaries``) makes a passive, whatever relation the model gave it
    (else the detainees read as the ones who released)."""
    been = _grammar_words(doc.lang_, "been_auxiliaries")
    if not been:
        return 0
    mended = 0
    for aux in _where(doc, "aux", frozenset({"AUX", "VERB"})):
        verb = aux.head
        if aux.text.lower() not in been or verb.i == aux.i or verb.pos_ != "VERB" or \
                "Pres" in verb.morph.get("Tense") or any(
                    c.dep_ in ("obj", "aux:pass") for c in verb.children):
            continue
        aux.dep_ = "aux:pass"
        mended += 1
    return mended


def _passive_subject(doc: Any) -> int:
    """"Soldati ... sono stati attaccati da ...": a verb with a passive auxiliary has a passive
    subject; an active one beside it (the model's mix) is the passive subject, or the agent
    and the patient change places."""
    mended = 0
    for verb in doc:
        children = list(verb.children)
        if not any(c.dep_ == "aux:pass" for c in children) or any(
                c.dep_ == "nsubj:pass" for c in children):
            continue
        for child in children:
            if child.dep_ == "nsubj":
                child.dep_ = "nsubj:pass"
                mended += 1
    return mended


def _passive_auxiliary(doc: Any) -> int:
    """"Soldaten wurden von ... angegriffen": a verb with a passive subject, a lone plain
    auxiliary and no passive one: the auxiliary is the passive's (else "wurden" reads as a
    future). A future auxiliary (Tense=Fut: "будет атакован") is left as it is."""
    mended = 0
    for verb in doc:
        children = list(verb.children)
        auxiliaries = [c for c in children if c.dep_ == "aux"]
        if not any(c.dep_ == "nsubj:pass" for c in children) or len(auxiliaries) != 1 or any(
                c.dep_ == "aux:pass" for c in children) or "Fut" in auxiliaries[0].morph.get(
                    "Tense"):
            continue
        auxiliaries[0].dep_ = "aux:pass"
        mended += 1
    return mended


def _second_cased_modifier_of_passive_oblique(doc: Any) -> int:
    """"wurde nach Angaben seiner Zeitung von russischen Soldaten festgenommen": in a passive
    clause with no agent, a nominal with a case word of its own hung on an oblique of the verb
    after another modifier of that oblique ("seiner Zeitung") is a second oblique of the verb
    (here its agent), not a third part of the oblique's phrase."""
    mended = 0
    for verb in doc:
        children = list(verb.children)
        if not any(c.dep_ in ("aux:pass", "nsubj:pass") for c in children) or any(
                c.dep_ == "obl:agent" for c in children):
            continue
        for oblique in [c for c in children if base_dep(c) == "obl" and c.i < verb.i]:
            modifiers = [m for m in oblique.children if base_dep(m) == "nmod" and m.i > oblique.i]
            for later in modifiers[1:]:
                if any(base_dep(g) == "case" and g.i < later.i for g in later.children) \
                        and later.i < verb.i:
                    later.head = verb
                    later.dep_ = "obl"
                    mended += 1
    return mended


def _agent_read_as_modifier(doc: Any) -> int:
    """"wurden zwei Boote von russischen Hubschraubern beschossen": in a passive clause with
    no agent, a phrase opened by one of the language's agent case words (grammar
    ``agent_cases``) hung as a modifier on the verb's subject or object, that ends right
    before the verb, is the verb's agent: a verb-final clause puts its agent just before
    the participle (else the agent is lost, or taken for a side of what was hit)."""
    cases = _grammar_words(doc.lang_, "agent_cases")
    if not cases:
        return 0
    mended = 0
    for aux in _where(doc, "aux:pass", None):
        verb = aux.head
        if aux.dep_ != "aux:pass" or verb.i == aux.i or any(
                c.dep_ == "obl:agent" or (base_dep(c) == "obl" and _opened_by(c, cases))
                for c in verb.children):
            continue
        for argument in [c for c in verb.children if c.i < verb.i
                         and c.dep_ in ("nsubj:pass", "nsubj", "obj")]:
            for modifier in list(argument.children):
                if base_dep(modifier) == "nmod" and modifier.right_edge.i + 1 == verb.i \
                        and _opened_by(modifier, cases):
                    modifier.head = verb
                    modifier.dep_ = "obl:agent"
                    mended += 1
    return mended


PHRASE_NOUN_RELATIONS = frozenset({"advcl", "xcomp", "obl", "acl"})  # "pour cible" as a clause


def _phrase_noun_read_as_clause(doc: Any) -> int:
    """"a pris pour cible Y", "a été prise pour cible par X": a noun that completes its verb's
    phrase after a case word (grammar ``phrase_nouns``: "pour cible"), tagged a verb whose
    purpose clause the phrase opens, with the verb's object and agent hung on it. It is the
    verb's oblique, and its arguments are the verb's (the object, the agent: "par X" with a
    passive auxiliary on the verb)."""
    nouns = _grammar_value(doc.lang_, "phrase_nouns") or {}
    if not nouns:
        return 0
    mended = 0
    for word in _where(doc, PHRASE_NOUN_RELATIONS, None):
        opener = nouns.get(word.lower_)
        verb = word.head
        marks = [c for c in word.children if c.dep_ in ("mark", "case") and c.lower_ == opener]
        if opener is None or not marks or verb.i == word.i or verb.i > word.i:
            continue
        passive = any(c.dep_ == "aux:pass" for c in verb.children)
        for child in list(word.children):
            if child.dep_ in ("obj", "obl:arg", "obl:agent", "obl") and child.i > word.i:
                child.head = verb
                if child.dep_ == "obl:arg":
                    child.dep_ = "obl:agent" if passive else "obl"
        word.pos_ = "NOUN"
        word.dep_ = "obl"
        for mark in marks:
            mark.dep_ = "case"
        mended += 1
    return mended


def _agent_before_participle(doc: Any) -> int:
    """"Die von Katar vermittelten Gespräche": a phrase opened by an agent case word (grammar
    ``agent_cases``) that ends right before a participle placed before the noun it
    describes is that participle's agent, wherever the model hung it (on the article)."""
    cases = _grammar_words(doc.lang_, "agent_cases")
    if not cases:
        return 0
    mended = 0
    for participle in _where(doc, frozenset({"amod", "acl"}), frozenset({"VERB", "ADJ"})):
        noun = participle.head
        if noun.i <= participle.i or participle.i == 0 or any(
                c.dep_ == "obl:agent" for c in participle.children):
            continue
        before = doc[participle.i - 1]
        phrase = next((w for w in [before, *before.ancestors]
                       if w.right_edge.i + 1 == participle.i and w.pos_ in NOMINAL
                       and _opened_by(w, cases)), None)
        if phrase is None or phrase.head.i == participle.i or participle in phrase.ancestors:
            continue
        phrase.head = participle
        phrase.dep_ = "obl:agent"
        mended += 1
    return mended


def _opened_by(phrase: Any, cases: frozenset[str]) -> bool:
    """Whether a nominal phrase starts with one of ``cases`` as its own case word."""
    return any(base_dep(c) == "case" and c.i == phrase.left_edge.i and c.lower_ in cases
               for c in phrase.children)


def _participle_after_incise(doc: Any) -> int:
    """"Le Rwanda a, de son côté, accusé Kinshasa", "Il Ruanda ha dal canto suo accusato":
    a phrase between the auxiliary and its participle made the model read the auxiliary as
    the verb and hang the participle on the phrase's noun. The participle is the verb: it
    takes the auxiliary's place and its words, and the phrase is its oblique."""
    auxiliaries = _grammar_words(doc.lang_, "perfect_auxiliaries")
    if not auxiliaries:
        return 0
    mended = 0
    for aux in [t for t in _where(doc, None, VERBS) if t.lemma_ in auxiliaries]:
        nouns = [c for c in aux.children if c.i > aux.i and c.pos_ == "NOUN"  # a phrase
                 and c.dep_ in ("obj", "obl", "obl:mod", "nmod")  # opened by a preposition,
                 and any(g.dep_ == "case" and g.i < c.i for g in c.children)]  # not an object
        for noun in nouns:
            participles = [c for c in noun.children if c.i > noun.i and c.dep_.startswith("acl")
                           and c.pos_ == "VERB" and "Part" in c.morph.get("VerbForm")
                           and "Pres" not in c.morph.get("Tense")
                           and not any(g.dep_.startswith("aux") for g in c.children)]
            if not participles or participles[0].i - aux.i > 6:
                continue
            verb = participles[0]
            if any(w.pos_ in ("VERB", "AUX") for w in doc[aux.i + 1:verb.i]):
                continue
            verb.head, verb.dep_ = (verb, "ROOT") if aux.head.i == aux.i else (
                aux.head, aux.dep_)
            for child in list(aux.children):
                child.head = verb
            aux.head, aux.dep_, aux.pos_ = verb, "aux", "AUX"
            noun.dep_ = "obl"
            mended += 1
            break
    return mended


# what a noun keeps when a participle hung on it takes its place: its own words
NOUN_OWN = frozenset({"amod", "det", "det:poss", "nummod", "case", "nmod", "flat", "flat:name",
                      "compound", "appos"})


def _participle_read_as_modifier(doc: Any) -> int:
    """"Дві бази були атаковані російськими військами": a passive participle with a subject
    of its own (and its copula) was hung as a modifier on the instrumental agent after it,
    which the model made the head of the clause (or hung on the subject, made the root).
    The participle heads the clause, the instrumental is its agent, the root nominal
    before it its subject, and what the model hung on the agent besides its own words (the
    source clause after a comma) is the participle's."""
    mended = 0
    for part in _where(doc, "amod", None):
        noun = part.head
        if part.dep_ != "amod" or noun.i <= part.i or "Part" not in part.morph.get(
                "VerbForm") or "Pass" not in part.morph.get("Voice") or "Ins" not in \
                noun.morph.get("Case") or not any(
                    c.dep_ in ("nsubj:pass", "cop") for c in part.children):
            continue
        if noun.dep_ == "ROOT":
            part.head, part.dep_ = part, "ROOT"
        else:
            part.head, part.dep_ = noun.head, noun.dep_
        noun.head, noun.dep_ = part, "obl"
        for child in list(noun.children):
            if child.dep_ not in NOUN_OWN and child.i != part.i:
                child.head = part
        subject = part.head
        if part.dep_ != "ROOT" and subject.dep_ == "ROOT" and subject.i < part.i and \
                subject.pos_ in ("NOUN", "PROPN", "ADJ") and not any(
                    c.dep_.startswith("nsubj") for c in part.children):
            part.head, part.dep_ = part, "ROOT"  # "Дві прикордонні застави були атаковані"
            subject.head, subject.dep_ = part, "nsubj:pass"
            for child in list(subject.children):
                if child.i > part.i:
                    child.head = part
        mended += 1
    return mended


def _gerund_read_as_modifier(doc: Any) -> int:
    """"accused Ugandan police of beating demonstrators": the model read the gerund as a
    modifier of the noun after it ("beating demonstrators", hung by "of" on the police), so
    the act is lost and the noun is what the accused did. A gerund (VerbForm=Ger) right
    after the case word of a noun hung on another noun heads the clause: a clause of that
    other noun, marked by the case word, with the noun as its object."""
    mended = 0
    for word in _where(doc, "amod", frozenset({"VERB"})):
        noun = word.head
        if word.dep_ != "amod" or "Ger" not in word.morph.get("VerbForm") or word.i == 0 or \
                noun.i != word.i + 1 or noun.head.i == noun.i or any(True for _ in word.children):
            continue
        case = doc[word.i - 1]
        if case.head.i != noun.i or case.dep_ not in ("case", "mark"):
            continue
        governor = noun.head
        if noun.dep_ != "nmod" or governor.pos_ not in ("NOUN", "PROPN"):
            continue  # (only on a noun: "warned of rising prices" keeps its modifier)
        word.head, word.dep_ = governor, "acl"
        case.head, case.dep_ = word, "mark"
        noun.head, noun.dep_ = word, "obj"
        mended += 1
    return mended


def _participle_read_as_noun(doc: Any) -> int:
    """"Дві застави були обстріляні білоруськими військовими": a passive participle with its
    copula and a passive subject was tagged a noun (and the instrumental agent after it a
    modifier). The passive subject says what the word is: a passive participle, whose
    instrumental after it is its agent."""
    mended = 0
    for word in _where(doc, None, NOUNS):
        if word.pos_ != "NOUN" or not any(c.dep_ == "cop" for c in word.children) or not any(
                c.dep_ == "nsubj:pass" for c in word.children):
            continue
        word.pos_ = "ADJ"
        word.set_morph("VerbForm=Part|Voice=Pass")
        for child in word.children:
            if child.i > word.i and child.dep_ in ("amod", "nmod") and "Ins" in \
                    child.morph.get("Case"):
                child.dep_ = "obl"
        mended += 1
    return mended


def _pronominal_read_as_passive(doc: Any) -> int:
    """"Le président s'est entretenu par téléphone avec X": a pronominal verb (its reflexive
    tagged ``expl:pv``, an inherent part of the verb, not the ``expl:pass`` of a reflexive
    passive) that the model gave a passive subject, with no passive auxiliary, is active:
    its subject is who acts (else "par téléphone" reads as the agent)."""
    mended = 0
    for subject in _where(doc, "nsubj:pass", None):
        verb = subject.head
        if subject.dep_ != "nsubj:pass" or verb.i == subject.i or not any(
                c.dep_ == "expl:pv" and c.i < verb.i for c in verb.children) or any(
                c.dep_ in ("aux:pass", "expl:pass") for c in verb.children):
            continue
        subject.dep_ = "nsubj"
        mended += 1
    return mended


def _active_auxiliary_read_as_passive(doc: Any) -> int:
    """"Eritrean forces had not fired on ...": an auxiliary that never makes a passive
    (grammar.yaml ``active_auxiliaries``: "have", "haben", "avoir") marked as one; with no
    other passive auxiliary on the verb, its subject is the doer, not the patient."""
    actives = _grammar_words(doc.lang_, "active_auxiliaries")
    if not actives:
        return 0
    mended = 0
    for aux in _where(doc, "aux:pass", None):
        if aux.lemma_.lower() not in actives:
            continue
        aux.dep_ = "aux"
        verb = aux.head
        if not any(c.dep_ == "aux:pass" for c in verb.children):
            for child in verb.children:
                if child.dep_ == "nsubj:pass":
                    child.dep_ = "nsubj"
        mended += 1
    return mended


# what a sentence's real verb hangs by when the model made a participle before it the root
LATER_VERB = frozenset({"conj", "advcl", "parataxis"})
# what a verb of its own clause has, that a reduced relative's participle never does
OWN_CLAUSE = frozenset({"obj", "aux", "aux:pass", "ccomp", "xcomp", "expl", "expl:pass", "cop"})


def _reduced_relative_read_as_root(doc: Any) -> int:
    """"The Armenian soldiers killed in the shelling were buried on Monday": a past
    participle right after its noun, with no object or auxiliary of its own, made the root
    and the sentence's real verb (finite, with no subject, coordinator or subordinator of its
    own, and no comma before it) hung on it as a conjunct or an adverbial clause. The noun is
    the one the participle tells of (the killed, never the killers): the participle is its
    modifier (acl) and the later verb the root, with the noun as its subject."""
    if not _grammar_flag(doc.lang_, "past_is_participle"):
        return 0
    agent_cases = _grammar_words(doc.lang_, "participle_agent_cases")
    mended = 0
    for verb in _where(doc, "ROOT", VERBS):
        children = list(verb.children)
        subject = next((c for c in children if c.dep_ == "nsubj" and c.i == verb.i - 1
                        and c.pos_ in NOUNS), None)  # a name takes its participle in commas
        later = next((c for c in children if c.dep_ in LATER_VERB | {"ccomp"} and c.i > verb.i
                      and c.pos_ == "VERB"), None)
        if subject is None or any(c.dep_ in OWN_CLAUSE and c is not later for c in children):
            continue
        # "soldiers wounded by Azerbaijani fire were taken": the agent right after the
        # participle read as the later verb's subject (a subject never has a case word)
        agent = next((c for c in later.children if c.dep_.startswith("nsubj")
                      and c.left_edge.i == verb.i + 1 and doc[verb.i + 1].dep_ == "case"
                      and doc[verb.i + 1].lemma_.lower() in agent_cases), None) \
            if later is not None else None
        if agent is None and ("Past" not in verb.morph.get("Tense") or later is not None
                              and later.dep_ == "ccomp"):  # "Kenya said Uganda must go"
            continue
        if agent is not None:
            agent.head, agent.dep_ = verb, "obl:agent"
        if later is None or not (_finite(later) or any(
                c.dep_ in ("aux", "aux:pass") and _finite(c) for c in later.children)) or any(
                c.dep_ in ("cc", "mark") or c.dep_.startswith("nsubj") or c.dep_ == "csubj"
                for c in later.children) or any(
                w.pos_ == "PUNCT" for w in doc[verb.i + 1:later.i]):
            continue
        later.head, later.dep_ = later, "ROOT"
        passive = any(c.dep_ == "aux:pass" for c in later.children)
        subject.head, subject.dep_ = later, "nsubj:pass" if passive else "nsubj"
        verb.head, verb.dep_ = subject, "acl"
        verb.set_morph("Tense=Past|VerbForm=Part|Voice=Pass")
        for child in children:
            if child.dep_ == "punct" and child.i > later.i:
                child.head = later
        mended += 1
    return mended


def _headline_passive(doc: Any) -> int:
    """"Three Malian soldiers killed at border post": a headline's clause headed by a past
    form, with a subject but no auxiliary, copula or object of its own, is a reduced passive
    where the language's past is its participle (grammar ``past_is_participle``) or the form
    is a participle's alone (:func:`_participle_form`); the clause may be the one a closing
    "…, Riga says" reports (:func:`_headline_heads`). Its subject
    is the patient (the killed, never the killers), so it is the passive subject. A participle
    with an object is an active verb (_active_participle)."""
    bare_past = _grammar_flag(doc.lang_, "past_is_participle")
    needs_object = _grammar_words(doc.lang_, "object_required_verbs")
    if sum(t.dep_ == "ROOT" for t in doc) > 1:
        return 0  # "strike kills nine": an object the model made a second root
    mended = 0
    for verb in _headline_heads(doc):
        # "called on Y to ...", "отверг обвинения": the tag alone does not tell the passive
        if not _participle_form(verb) and (
                verb.pos_ not in VERBS or not bare_past or "Past" not in verb.morph.get("Tense")
                or verb.lemma_.lower() not in needs_object):
            continue
        children = list(verb.children)
        if any(c.dep_ in OWN_CLAUSE or c.dep_.startswith(("aux", "cop", "csubj"))
               for c in children):
            continue
        subjects = [c for c in children if c.dep_ == "nsubj" and c.i < verb.i]
        if len(subjects) != 1:
            continue
        subjects[0].dep_ = "nsubj:pass"
        if verb.pos_ not in VERBS:  # "Petroliera greca sequestrata": tagged a noun
            verb.pos_ = "VERB"
            verb.set_morph("VerbForm=Part|Tense=Past")
        mended += 1
    return mended


def _headline_heads(doc: Any) -> list[Any]:
    """The words that may head a headline's clause: its root; the first verb, before a comma,
    of the clause a closing verb of saying reports ("Ship detained in ..., Tallinn says", the
    model reading the speech verb as the root); a root tagged a noun or adjective whose ending
    only a participle has ("Petroliera greca sequestrata ...")."""
    roots = [t for t in doc if t.dep_ == "ROOT"]
    heads = [t for t in roots if t.pos_ in VERBS]
    reporting = _reporting_lemmas(doc.lang_)
    for root in roots:
        if root.lemma_.lower() not in reporting:
            continue
        heads += [c for c in root.children if c.dep_ in ("ccomp", "advcl", "parataxis")
                  and c.i < root.i and c.pos_ in VERBS
                  and any(t.text == "," for t in doc[c.i:root.i])
                  and not any(t.pos_ in VERBS for t in doc[:c.i])]
    endings = tuple(_grammar_words(doc.lang_, "participle_only_endings"))
    heads += [t for t in roots if endings and t.pos_ in ("NOUN", "ADJ")
              and t.text.lower().endswith(endings)]
    return heads


def _participle_form(verb: Any) -> bool:
    """Whether a verb is a past participle by what its tag cannot mistake: a form only a
    participle has (grammar ``participle_only_endings``: fr "abattu", it "sequestrato", which
    a model may tag a present), or, where a main clause's finite verb stands second (grammar
    ``verb_second``: de), a verb not tagged finite after two phrases of its own ("Tanker | im
    Meerbusen | festgesetzt"). A tag alone is not enough: "отверг" is tagged a participle."""
    endings = tuple(_grammar_words(verb.doc.lang_, "participle_only_endings"))
    if endings and verb.text.lower().endswith(endings):
        return True
    if not _grammar_flag(verb.doc.lang_, "verb_second") or \
            "Fin" in verb.morph.get("VerbForm"):
        return False
    return sum(c.i < verb.i and c.dep_ not in ("punct", "cc") for c in verb.children) >= 2


def _headline_read_as_speaker(doc: Any) -> int:
    """"Latvian trawler seized in Baltic Sea, Riga says": the model made the headline's noun
    the subject of the closing verb of saying, its participle a modifier of that noun and the
    source after the comma a conjunct of the place. A verb of saying that ends the sentence
    right after one name set off by a comma says the headline: the participle (no auxiliary or
    object of its own) heads the clause, the noun is its patient, the name speaks."""
    reporting = _reporting_lemmas(doc.lang_)
    mended = 0
    for verb in _where(doc, "ROOT", VERBS):
        if verb.dep_ != "ROOT" or verb.lemma_.lower() not in reporting or any(
                t.pos_ != "PUNCT" for t in doc[verb.i + 1:]):
            continue
        source = doc[verb.i - 1] if verb.i >= 2 else None
        if source is None or source.pos_ != "PROPN" or doc[verb.i - 2].text != "," or \
                source.head.i == verb.i:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < source.i - 1]
        if len(subjects) != 1:
            continue
        noun = subjects[0]
        participles = [c for c in noun.children if c.dep_ == "acl" and c.i > noun.i
                       and "Part" in c.morph.get("VerbForm") and "Pass" in c.morph.get("Voice")
                       and not any(g.dep_ in OWN_CLAUSE for g in c.children)]
        if len(participles) != 1 or source.right_edge.i > source.i:
            continue
        head = participles[0]
        head.head, head.dep_ = head, "ROOT"
        noun.head, noun.dep_ = head, "nsubj:pass"
        verb.head, verb.dep_ = head, "parataxis"
        source.head, source.dep_ = verb, "nsubj"
        doc[verb.i - 2].head = verb
        for token in doc[verb.i + 1:]:
            token.head = head
        mended += 1
    return mended


def _headline_participle_on_noun(doc: Any) -> int:
    """"Deux journalistes arrêtés à leur arrivée", "Dos soldados asesinados en un puesto": a
    headline with no verb but a past participle (no auxiliary, no object) hung on its root noun
    as a modifier tells that the noun underwent the act. The participle heads the clause and
    the noun is its passive subject; any other modifier of the noun stays on it."""
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT" for t in doc):
        return 0
    mended = 0
    for noun in _where(doc, "ROOT", NOMINAL):  # ("Pesquero peruano ...": tagged a name)
        if noun.dep_ != "ROOT":
            continue
        participles = [c for c in noun.children if c.dep_ in ("acl", "amod") and c.i > noun.i
                       and c.pos_ == "VERB" and "Part" in c.morph.get("VerbForm")
                       and "Pres" not in c.morph.get("Tense")
                       and not any(g.dep_ in OWN_CLAUSE for g in c.children)]
        if len(participles) != 1:
            continue
        verb = participles[0]
        others = [t for t in doc if t.pos_ in ("VERB", "AUX") and t.i != verb.i
                  and t.dep_ not in ("acl", "amod")]
        sources = [t for t in doc if t.pos_ in ("VERB", "AUX") and t.i > verb.i
                   and t.head.i == noun.i
                   and t.lemma_.lower() in _reporting_lemmas(doc.lang_)
                   and any(w.text == "," for w in doc[verb.i:t.i])]  # "..., informa Lima"
        if any(t not in sources for t in others):
            continue
        verb.head, verb.dep_ = verb, "ROOT"
        noun.head, noun.dep_ = verb, "nsubj:pass"
        for source in sources:
            source.head, source.dep_ = verb, "parataxis"
        for child in list(noun.children):
            if child.dep_ == "punct" and child.i > verb.i:
                child.head = verb
        mended += 1
    return mended


def _clause_read_as_modifier(doc: Any) -> int:
    """"The ministry said Azerbaijani units fired mortars at ...": the clause's verb was read
    as a participle modifying its own object ("fired mortars" as "the fired mortars"), and
    that object as the object of the verb before it, so "said" took "mortars" and no clause.
    A modifier has no subject of its own: a verb hung as ``amod`` on a later noun, with a
    subject before it, is that clause's verb; the noun is its object and the clause the
    complement of the verb the noun hung on."""
    mended = 0
    for verb in _where(doc, "amod", VERBS):
        noun = verb.head
        governor = noun.head
        if verb.dep_ != "amod" or noun.i <= verb.i or base_dep(noun) != "obj" or \
                governor.i >= verb.i or governor.pos_ not in VERBS:
            continue
        subject = next((c for c in verb.children if base_dep(c) == "nsubj" and c.i < verb.i),
                       None)
        if subject is None:
            continue
        verb.head, verb.dep_ = governor, "ccomp"
        noun.head = verb
        mended += 1
    return mended


def _object_read_as_participle(doc: Any) -> int:
    """"Venezuela prometió represalias contra Guyana": a finite full verb (tagged a verb, not
    an auxiliary) was read as the auxiliary of its object noun, tagged a noun or a past
    participle though it has none of the forms only a participle has (grammar
    ``participle_only_endings``). The finite verb heads the
    clause; the word is its object, a noun; the subject, clauses and closing punctuation
    that hung on the word move to the verb, its own phrase stays with it."""
    endings = tuple(_grammar_words(doc.lang_, "participle_only_endings"))
    mended = 0
    for first in _where(doc, "aux", frozenset({"VERB"})):
        second = first.head
        if first.pos_ != "VERB" or first.dep_ != "aux" or second.i != first.i + 1 or \
                "Fin" not in first.morph.get("VerbForm") or not second.text.isalpha():
            continue
        if second.pos_ != "NOUN" and (  # a noun, or a "participle" no participle's form
                not endings or second.pos_ != "VERB" or "Part" not in
                second.morph.get("VerbForm") or second.text.lower().endswith(endings)):
            continue
        first.head, first.dep_ = (first, "ROOT") if second.head.i == second.i else (
            second.head, second.dep_)
        for child in list(second.children):
            if child.i != first.i and base_dep(child) in (
                    "nsubj", "advcl", "punct", "mark", "aux", "advmod", "parataxis", "conj",
                    "ccomp", "cc"):
                child.head = first
            elif base_dep(child) == "obl":
                child.dep_ = "nmod"
        second.head, second.dep_, second.pos_ = first, "obj", "NOUN"
        second.set_morph("")
        mended += 1
    return mended


def _stranded_passive_auxiliary(doc: Any) -> int:
    """"Nach Angaben des ... Innenministeriums wurden in der Nacht zwei litauische
    Grenzbeamte, die ..., festgenommen": an auxiliary that makes passives (grammar
    ``passive_auxiliaries``) was hung on a noun (before or after it), and the participle
    that closes the clause read as an active verb with the patients as its subject (so the
    held became the holders). The auxiliary is the passive's of the first past participle
    after it that has no auxiliary of its own; that participle's subject is its patient."""
    auxiliaries = _grammar_words(doc.lang_, "passive_auxiliaries")
    mended = 0
    for aux in _where(doc, None, frozenset({"AUX"})) if auxiliaries else ():
        if aux.pos_ != "AUX" or aux.lemma_ not in auxiliaries or not _finite(aux) or \
                aux.dep_ == "cop" or aux.head.i == aux.i or aux.head.pos_ not in NOMINAL:
            continue
        verb = next((w for w in doc[aux.i + 1:] if w.pos_ == "VERB" and "Part" in
                     w.morph.get("VerbForm") and not any(
                         c.dep_.startswith(("aux", "cop")) for c in w.children)), None)
        if verb is None or any(c.dep_ == "obj" for c in verb.children) or any(
                w.pos_ in ("VERB", "AUX") and _finite(w) and w.head.i == verb.i
                and w.dep_ != "acl:relcl" for w in doc[aux.i + 1:verb.i]):
            continue
        for child in list(aux.children):
            child.head = verb
        aux.head, aux.dep_ = verb, "aux:pass"
        for child in verb.children:
            if child.dep_ == "nsubj":
                child.dep_ = "nsubj:pass"
        mended += 1
    return mended
