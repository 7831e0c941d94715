"""Roots and clauses: fronted phrases, clefts, reported and subordinate clauses, a verb read as
a modifier or punctuation.
"""

from __future__ import annotations

from typing import Any

from eventwire.syntax.repair.common import (
    ARGUMENTS,
    CLEFT_CLAUSES,
    DAY_OWN,
    NOMINAL,
    NOUNS,
    VERBS,
    _a_day,
    _country_words,
    _day_words,
    _disagrees_in_number,
    _finite,
    _grammar_words,
    _name_like,
    _reporting_lemmas,
    _where,
    base_dep,
)


def _fronted_phrase_root(doc: Any) -> int:
    """"Avec la médiation de l'Égypte, Israël et le Hamas ont conclu ...": the fronted
    phrase was made the root, the clause's verb its conjunct, and the first name after the
    comma a conjunct of the phrase's last noun (the mediator's partner). A phrase opened by a
    preposition is no clause's root: the finite verb conjoined to it is, the phrase its
    oblique, and the names between the comma and the verb (with their articles and
    conjunctions only) its subject."""
    mended = 0
    for root in _where(doc, "ROOT", NOUNS | frozenset({"PROPN"})):
        if root.dep_ != "ROOT" or not any(c.dep_ == "case" and c.left_edge.i == 0
                                          for c in root.children):
            continue
        verbs = [c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB" and (
            _finite(c) or any(a.dep_.startswith("aux") and _finite(a) for a in c.children))]
        if not verbs:
            continue
        verb = verbs[0]
        begins = min([verb.i] + [c.i for c in verb.children
                                 if c.dep_.startswith("aux") and c.i < verb.i])
        comma = max((w.i for w in doc[root.i:begins] if w.text == ","), default=-1)
        stretch = doc[comma + 1:begins] if comma > root.i else []
        names = [w for w in stretch if _name_like(w) and (
            w.head.i < comma + 1 or w.head.i >= begins)]
        if not names or any(not (_name_like(w) or w.pos_ in ("DET", "CCONJ"))
                            for w in stretch):
            continue
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "obl"
        for child in list(root.children):
            if child.i > verb.i:
                child.head = verb
        first = names[0]
        first.head, first.dep_ = verb, "nsubj"
        for other in names[1:]:
            other.head, other.dep_ = first, "conj"
        for word in stretch:
            if word.pos_ == "CCONJ":
                later = [n for n in names if n.i > word.i]
                if later:
                    word.head, word.dep_ = later[0], "cc"
        mended += 1
    return mended


def _modifier_of_a_verb(doc: Any) -> int:
    """"Зеленский призвал ...": a surname with an adjective's ending read as an adjective
    modifying the verb. An adjective modifies nouns, never a verb: one in the nominative before
    a finite verb that has no subject is that subject."""
    mended = 0
    for word in _where(doc, "amod", frozenset({"ADJ"})):
        verb = word.head
        if word.dep_ != "amod" or verb.pos_ != "VERB" \
                or word.i > verb.i or word.morph.get("Case") != ["Nom"] or not _finite(verb):
            continue
        if any(c.dep_.startswith("nsubj") for c in verb.children):
            continue
        word.dep_ = "nsubj"
        mended += 1
    return mended


def _verb_read_as_modifier(doc: Any) -> int:
    """"Katar vermittelte Gespräche", "Qatar mediated talks": the clause's verb was read as a
    modifier (``amod``) of its object, so the clause has no verb. A finite verb never
    modifies a noun; a participle does ("Qatar-mediated talks"), so one is mended only in a
    clause with no other finite verb ("Chad accused Niger of shelling ..." keeps its
    gerund), with a name compounded on its noun right before it, or taken for the noun's
    subject ("Canada imposed sanctions": a noun with a subject and no verb). The
    nominal before the verb becomes its subject, the noun it modified its object, and the
    old root (when neither) an object too, its later dependents moving to the verb."""
    mended = 0
    for verb in doc:
        if verb.dep_ != "amod" or verb.pos_ != "VERB" or verb.i == 0:
            continue
        finite, noun = _finite(verb), verb.head
        if noun.head.i == noun.i and noun.i > verb.i and any(
                c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
            # "Kenya on Monday accused Uganda of ...": the verb has its own subject, so it is
            # the clause's verb and the root noun after it its object
            verb.head, verb.dep_ = verb, "ROOT"
            if not finite:
                verb.set_morph("Mood=Ind|Tense=Past|VerbForm=Fin")
            noun.head, noun.dep_ = verb, "obj"
            for root in doc:  # ", officials said": a reporter after a comma
                if root.head.i == root.i and root.i > noun.i and root.pos_ == "VERB" and \
                        _finite(root) and _after_comma(doc, noun, root):
                    root.head, root.dep_ = verb, "parataxis"
            mended += 1
            continue
        subject = doc[verb.i - 1]
        day_start = _time_phrase_before(doc, verb.i)
        day = doc[verb.i - 1] if day_start else None
        if day is not None:  # "Kigali on Tuesday denied reports": the day between them
            subject = doc[day_start - 1]
        if subject.pos_ == "ADV" and subject.head.i == verb.i and subject.i > 0:
            subject = doc[subject.i - 1]  # "Beijing flatly rejected assertions": the adverb
        while subject.dep_ in ("flat", "flat:name", "conj") and subject.head.i < subject.i:
            subject = subject.head  # "Both Britain and France imposed": the first conjunct
        # "Zaire accused Rwanda ...": a name tagged as an adjective of the noun (its lemma keeps
        # the capital a name has, "Heavy" does not)
        name_as_adjective = subject.pos_ == "ADJ" and subject.dep_ == "amod" \
            and subject.head.i == noun.i and (subject.lemma_[:1].isupper() or (
                subject.text[:1].isupper()  # ("Hungary" lemmatised "hungary")
                and subject.text.lower() in _country_words(doc.lang_)))
        if (subject.pos_ not in NOMINAL and not name_as_adjective) or noun.i < verb.i or any(
                c.dep_ == "case" for c in subject.children):
            continue
        hung = subject.head.i == noun.i if subject.dep_ in ("compound", "amod") else \
            subject.head.i in (noun.i, verb.i)  # a subject of the noun or of the participle
        # "Colombian President Gustavo Petro accused Ecuador ...": the name is the root and
        # the participle's noun was hung on it as an apposition
        apposed = subject.dep_ == "ROOT" and noun.head.i == subject.i and (
            noun.dep_ in ("appos", "conj") or (  # "Austria praised Mexico": the object
                noun.dep_ == "nmod" and subject.pos_ == "PROPN"  # read as the name's
                and not any(c.dep_ == "case" for c in noun.children)))  # unmarked modifier
        # (the claim's clause opened by a complementizer, or by "that" read as a relative
        # pronoun: "rejected accusations that its patrols had fired", acl:relcl)
        told = {w.i for c in noun.children if c.dep_.startswith("acl") and c.i > noun.i
                and any(m.dep_ == "mark" or (m.i == c.left_edge.i
                                             and "Rel" in m.morph.get("PronType"))
                        for m in c.children) for w in c.subtree} \
            if noun.lemma_.lower() in _grammar_words(doc.lang_, "report_nouns") else set()
        # "Hungary rejected claims that its guards had beaten ...": the finite words of the
        # claim's own clause are not the clause's verb
        if not finite and ((subject.dep_ not in ("compound", "nsubj", "amod") or not hung)
                           and not apposed or any(
                t.pos_ in ("VERB", "AUX") and _finite(t) and not _after_comma(doc, noun, t)
                for t in doc if t.i != verb.i and t.i not in told)):
            continue  # "Qatar-mediated talks began": the clause has its verb ("..., officials
            # said" after a comma is a clause of its own)
        roots = [t for t in doc if t.head.i == t.i]
        verb.head, verb.dep_ = verb, "ROOT"
        if not finite:
            verb.set_morph("Mood=Ind|Tense=Past|VerbForm=Fin")
        subject.head, subject.dep_ = verb, "nsubj"
        noun.head, noun.dep_ = verb, "obj"
        if day is not None and day.head.i in (subject.i, noun.i):
            day.head, day.dep_ = verb, "obl"
        for root in roots:
            if root.i in (verb.i, subject.i, noun.i):
                if root.i == subject.i:
                    _move_later(root, verb)
                continue
            if root.pos_ == "PUNCT":
                root.head, root.dep_ = verb, "punct"
                continue
            if root.pos_ == "VERB" and _finite(root) and _after_comma(doc, noun, root):
                root.head, root.dep_ = verb, "parataxis"  # ", officials said": a reporter
                continue
            if root.i > verb.i:
                noun.dep_ = "iobj" if noun.i < root.i else noun.dep_
                root.head, root.dep_ = verb, "obj"
                _move_later(root, verb)
        mended += 1
    return mended


def _time_phrase_before(doc: Any, at: int) -> int | None:
    """Where the day phrase that ends right before ``at`` begins ("on Tuesday", "yesterday",
    "last Monday": a day word with its own preposition, article or adjective), None when the
    word before ``at`` names no day."""
    if at < 1:
        return None
    day = doc[at - 1]
    if not (_a_day(day) or day.lower_ in _day_words(doc.lang_)):
        return None
    start = day.i
    while start > 0 and doc[start - 1].head.i == day.i and doc[start - 1].dep_ in DAY_OWN:
        start -= 1
    return start


def _incise_before(doc: Any, at: int) -> int | None:
    """Where the incise that ends with a comma right before ``at`` begins (its opening comma:
    "A and B, together with C, imposed"), None when there is none: at most eight words
    between two commas, none of them a finite verb."""
    if at < 3 or doc[at - 1].text != ",":
        return None
    for start in range(at - 2, max(at - 11, 0), -1):
        word = doc[start]
        if word.text == ",":
            return start if start < at - 2 else None
        if word.pos_ in ("VERB", "AUX") and _finite(word):
            return None
    return None


def _verb_after_time_phrase(doc: Any) -> int:
    """"X's ministry on Tuesday accused Y of ...", "The army yesterday accused ...", "A and
    B, together with C, imposed sanctions on Y": with a day phrase or an incise between the
    subject and its verb, the English model reads the verb as a participle modifying its
    object (``amod``), the day as a part of the subject or of the object, and the sentence
    is left with no verb, so the accusation is lost and its content read as done, or the
    sanction has no one imposing it. A past participle modifying a noun after it, right
    after a day phrase or an incise that follows a nominal, in a clause with no finite verb
    (", officials said" after a comma is a clause of its own), is the clause's verb: the
    nominal before the gap its subject (the first of its conjuncts), a day its time, the
    noun phrase after it its object."""
    mended = 0
    for verb in doc:
        if verb.dep_ != "amod" or verb.pos_ != "VERB" or verb.head.i < verb.i or \
                "Past" not in verb.morph.get("Tense"):
            continue
        start = _time_phrase_before(doc, verb.i)
        day = doc[verb.i - 1] if start is not None else None
        if start is None:
            start = _incise_before(doc, verb.i)
        if start is None or start < 1:
            continue
        subject = doc[start - 1]
        if subject.pos_ not in NOMINAL or any(c.dep_ == "case" for c in subject.children):
            continue
        while subject.dep_ in ("flat", "flat:name", "conj") and subject.head.i < subject.i:
            subject = subject.head
        noun = verb.head
        while noun.dep_ in ("compound", "flat", "flat:name", "amod") and \
                noun.head.i > noun.i and noun.head.pos_ in NOMINAL:
            noun = noun.head  # "accused Somali militias": the phrase's head, not "Somali"
        if noun.pos_ not in NOMINAL or any(
                t.pos_ in ("VERB", "AUX") and _finite(t) and not _after_comma(doc, noun, t)
                for t in doc if t.i != verb.i):
            continue
        roots = [t for t in doc if t.head.i == t.i]
        verb.head, verb.dep_ = verb, "ROOT"
        verb.set_morph("Mood=Ind|Tense=Past|VerbForm=Fin")
        subject.head, subject.dep_ = verb, "nsubj"
        if day is not None:
            day.head = verb
            day.dep_ = "obl" if any(c.dep_ == "case" for c in day.children) else "obl:tmod"
        noun.head, noun.dep_ = verb, "obj"
        for root in roots:
            if root.i in (verb.i, noun.i) or (day is not None and root.i == day.i):
                continue
            if root.i == subject.i:
                _move_later(root, verb)
            elif root.pos_ == "VERB" and _finite(root) and _after_comma(doc, noun, root):
                root.head, root.dep_ = verb, "parataxis"  # ", officials said": a reporter
            else:
                root.head, root.dep_ = verb, "punct" if root.pos_ == "PUNCT" else "dep"
        mended += 1
    return mended


def _after_comma(doc: Any, noun: Any, word: Any) -> bool:
    """Whether ``word`` stands after a comma that follows ``noun`` (", officials said")."""
    return any(doc[i].text == "," for i in range(noun.i + 1, word.i))


def _move_later(old: Any, verb: Any) -> None:
    """Dependents of a mended old root that stand after the verb belong to the verb."""
    for child in list(old.children):
        if child.i > verb.i and child.dep_ not in ARGUMENTS - {"obl", "nmod"}:
            child.head = verb
            if child.dep_ == "acl" and "Inf" in child.morph.get("VerbForm"):
                child.dep_ = "xcomp"  # a verb's infinitive clause is its complement


def _phrase_read_as_modifier(doc: Any) -> int:
    """"У Мінську звинувачення відкинули": a name with its own preposition, read as a
    modifier (``amod``) of the noun after it, which the verb then lost as its object. A
    phrase with a preposition modifies no noun from before it as an adjective: it is an
    oblique of the verb, and the noun, left with no preposition of its own and marked
    accusative, is the verb's object."""
    mended = 0
    for word in _where(doc, "amod", NOMINAL):
        noun = word.head
        verb = noun.head
        before = doc[word.i - 1] if word.i else None
        if word.dep_ != "amod" or word.i > noun.i or verb.pos_ != "VERB" or before is None \
                or before.dep_ != "case" or before.head.i not in (word.i, noun.i):
            continue
        before.head = word
        word.head, word.dep_ = verb, "obl"
        if base_dep(noun) == "obl" and "Acc" in noun.morph.get("Case") and not any(
                c.dep_ == "case" for c in noun.children):
            noun.dep_ = "obj"
        mended += 1
    return mended


def _clause_on_adverb(doc: Any) -> int:
    """"Le Burundi dément catégoriquement que ...": a content clause hung on an adverb of the
    verb (an adverb takes no clause) is the verb's."""
    mended = 0
    for clause in _where(doc, "ccomp", frozenset({"VERB", "AUX", "NOUN", "ADJ"})):
        adverb = clause.head
        if adverb.pos_ == "ADV" and adverb.dep_ == "advmod" and adverb.head.i != adverb.i \
                and adverb.i < clause.i:
            clause.head = adverb.head
            mended += 1
    return mended


def _verb_read_as_punctuation(doc: Any) -> int:
    """"Moscú negó de plano haber atacado ...": a non-finite verb after its governing verb
    was hung on it as punctuation. A word tagged a verb is never punctuation: an infinitive
    or a participle with an auxiliary of its own after a verb is that verb's complement."""
    mended = 0
    for word in _where(doc, "punct", VERBS):
        head = word.head
        if word.dep_ != "punct" or word.pos_ != "VERB" or head.i >= word.i or \
                head.pos_ != "VERB" or _finite(word):
            continue
        forms = word.morph.get("VerbForm")
        if "Inf" not in forms and not ("Part" in forms and any(
                c.dep_.startswith("aux") for c in word.children)):
            continue
        word.dep_ = "xcomp"
        mended += 1
    return mended


def _complementizer_read_as_case(doc: Any) -> int:
    """"denunció que un helicóptero extranjero violó su espacio": the conjunction of a content
    clause read as the case word of the noun after it, the noun as the verb's oblique, and the
    clause's verb, left with no subject, as a modifier of the same verb (which then lends it
    its own subject: the accuser becomes the intruder). A finite verb after the noun, on the
    noun's verb and with no subject of its own, says the noun is its subject."""
    mended = 0
    for mark in _where(doc, "case", frozenset({"SCONJ"})):
        noun = mark.head
        if mark.dep_ != "case" or noun.pos_ not in NOMINAL or noun.i < mark.i \
                or noun.head.pos_ != "VERB" or noun.head.i > mark.i:
            continue
        governor = noun.head
        verb = next((w for w in doc[noun.right_edge.i + 1:] if w.pos_ in VERBS and _finite(w)),
                    None)
        if verb is None or verb.head.i != governor.i \
                or verb.dep_ not in ("advcl", "conj", "parataxis") \
                or any(c.dep_.startswith("nsubj") for c in verb.children):
            continue
        verb.head, verb.dep_ = governor, "ccomp"
        noun.head, noun.dep_ = verb, "nsubj"
        mark.head, mark.dep_ = verb, "mark"
        mended += 1
    return mended


def _subordinator_on_clause_subject(doc: Any) -> int:
    """"amenazó con expulsar al embajador si Londres ataca las islas": the subordinator read
    as the case word of the subject of the clause it opens, and that clause's verb, with no
    coordinator, as a conjunct of the main verb (an act asserted beside the threat). A
    subordinating conjunction on the subject right after it is the mark of the subject's
    verb; a clause so opened is subordinate to the verb it was conjoined to (adverbial; a
    content clause after a word of the language's ``report_openers``)."""
    mended = 0
    openers = _grammar_words(doc.lang_, "report_openers")
    for mark in _where(doc, "case", frozenset({"SCONJ"})):
        noun = mark.head
        if mark.dep_ != "case" or noun.pos_ not in NOMINAL or noun.i < mark.i \
                or not noun.dep_.startswith("nsubj") or mark.i != noun.left_edge.i:
            continue
        verb = noun.head
        if verb.pos_ not in VERBS or verb.i < noun.i or not _finite(verb):
            continue
        mark.head, mark.dep_ = verb, "mark"
        if verb.dep_ == "conj" and verb.head.i < mark.i and not any(
                c.dep_ == "cc" for c in verb.children):
            verb.dep_ = "ccomp" if mark.lower_ in openers else "advcl"
        mended += 1
    return mended


def _subordinator_read_as_case(doc: Any) -> int:
    """"dopo che due caccia turchi hanno violato ...", "après que des drones ont frappé ...":
    a two-word subordinator (a preposition with a fixed "che"/"que") read as the case word of
    the clause's subject, the subject as the verb's oblique, and the verb, with no subject of
    its own, conjoined to the main verb (which then lends it its subject: the protester
    becomes the intruder). The nominal is the clause's subject, the subordinator its mark,
    the clause adverbial."""
    mended = 0
    for case in _where(doc, "case", frozenset({"ADP"})):
        noun = case.head
        if case.dep_ != "case" or noun.pos_ not in NOMINAL or noun.i < case.i or not any(
                c.dep_ == "fixed" and c.pos_ == "SCONJ" for c in case.children):
            continue
        verb = noun.head
        if verb.pos_ not in VERBS or verb.i < noun.i or noun.dep_.split(":")[0] != "obl" or \
                not (_finite(verb) or any(a.pos_ == "AUX" and _finite(a) for a in verb.children
                                          if a.dep_.startswith("aux"))) or \
                any(c.dep_.startswith("nsubj") for c in verb.children):
            continue
        noun.dep_ = "nsubj"
        case.head, case.dep_ = verb, "mark"
        if verb.dep_ == "conj":
            verb.dep_ = "advcl"
        mended += 1
    return mended


def _saying_read_as_modifier(doc: Any) -> int:
    """"Alger dément.", "Moscow denies.": a short sentence of a name and a verb of saying
    or denying, read as a name with an adverb or adjective. A known form of such a verb right
    after a root name, with no verb anywhere in the sentence, is the sentence's verb."""
    reporting = _reporting_lemmas(doc.lang_)
    mended = 0
    for name in _where(doc, "ROOT", NOMINAL):
        if name.dep_ != "ROOT" or name.i + 1 >= len(doc):
            continue
        word = doc[name.i + 1]
        sentence = list(name.subtree)
        if word.head.i != name.i or word.pos_ not in ("ADV", "ADJ", "NOUN") \
                or word.lower_ not in reporting and word.lemma_.lower() not in reporting \
                or any(w.pos_ in ("VERB", "AUX") for w in sentence):
            continue
        word.head, word.dep_, word.pos_ = word, "ROOT", "VERB"
        for child in list(name.children):
            if child.i > word.i:
                child.head = word
        name.head, name.dep_ = word, "nsubj"
        mended += 1
    return mended


def _saying_read_as_modifier_before_clause(doc: Any) -> int:
    """"Il Venezuela nega di aver inviato truppe", "Il Venezuela nega che i suoi soldati
    abbiano attaccato ...": a known form of a verb of saying or denying right after the name
    that opens the sentence, read as that name's modifier, with the content clause (opened by
    its complementizer or infinitive marker) hung on the name as a relative clause: the
    denied act became an act the name asserted. A name takes no clause opened by a marker
    with no relative pronoun; when every verb of the sentence is inside such clauses after
    the word, the word is the sentence's verb, the name its subject, the clauses its
    complements (the mend :func:`_saying_read_as_modifier` makes where no clause follows)."""
    reporting = _reporting_lemmas(doc.lang_)
    if not reporting:
        return 0
    mended = 0
    for word in _where(doc, frozenset({"amod", "nmod", "advmod", "compound", "appos"}),
                       frozenset({"ADV", "ADJ", "NOUN"})):
        name = word.head
        if word.i == 0 or name.i != word.i - 1 or name.pos_ not in NOMINAL \
                or word.pos_ not in ("ADV", "ADJ", "NOUN") or any(True for _ in word.children) \
                or (word.lower_ not in reporting and word.lemma_.lower() not in reporting):
            continue
        root = next(t for t in doc if t.dep_ == "ROOT")
        if not (root.i == name.i or (root.pos_ == "PUNCT" and name.head.i == root.i)):
            continue
        if any(t.pos_ in ("VERB", "AUX") for t in doc[:word.i]):
            continue
        clauses = [c for c in name.children if c.i > word.i and c.pos_ in ("VERB", "AUX")
                   and any(m.dep_ == "mark" and m.i == c.left_edge.i for m in c.children)]
        inside = {t.i for c in clauses for t in c.subtree}
        if not clauses or any(t.pos_ in ("VERB", "AUX") and t.i not in inside
                              for t in doc[word.i + 1:]):
            continue
        word.head, word.dep_, word.pos_ = word, "ROOT", "VERB"
        word.set_morph("Mood=Ind|VerbForm=Fin")
        if root.i != name.i:
            for child in list(root.children):
                if child.i != word.i:
                    child.head = word
            root.head, root.dep_ = word, "punct"
        for child in list(name.children):
            if child.i > word.i:
                child.head = word
        name.head, name.dep_ = word, "nsubj"
        for clause in clauses:
            clause.dep_ = "ccomp" if any(c.dep_.startswith("nsubj") for c in clause.children) \
                else "xcomp"
        mended += 1
    return mended


def _verb_after_relative_clause(doc: Any) -> int:
    """"Россия, у которой ... находится база, призвала стороны ...", "Russia, which has a
    base there, urged ...": the sentence's verb after a relative clause on its subject, read
    as a conjunct of the relative clause's verb (the subject left as a verbless root). A
    finite verb with no subject of its own after a comma, agreeing with that root noun, is
    the sentence's verb and the noun its subject."""
    mended = 0
    for verb in _where(doc, "conj", VERBS):
        clause, noun = verb.head, verb.head.head
        if not clause.dep_.startswith("acl") or noun.dep_ != "ROOT" or noun.pos_ not in (
                "NOUN", "PROPN") or not _finite(verb) or doc[verb.i - 1].pos_ != "PUNCT" or any(
                    c.dep_.startswith(("nsubj", "cc")) for c in verb.children) or not any(
                    c.pos_ == "PRON" or "Rel" in c.morph.get("PronType")
                    for c in clause.subtree if c.i < clause.i):
            continue
        if _disagrees_in_number(noun, verb):
            continue
        verb.head, verb.dep_ = verb, "ROOT"
        noun.head, noun.dep_ = verb, "nsubj"
        for token in doc:  # what hung on the noun's root after the verb is the verb's
            if token.head.i == token.i and token.i not in (verb.i, noun.i):
                token.head = verb
                token.dep_ = "punct" if token.pos_ == "PUNCT" else token.dep_
        mended += 1
    return mended


def _complement_read_as_relative(doc: Any) -> int:
    """"Brasil pidió a Venezuela que retirara sus tropas": the clause a verb asks for, opened
    by a complementizer, was hung on the verb's object as a relative clause, so the asked act
    stood as a told one. A relative clause is opened by a relative word, not by a
    subordinating conjunction (``mark``): a clause with one, on the object of a verb (the
    addressee: "a Venezuela"), and no relative word of its own, is that verb's complement
    (on an oblique, "acuerdos con Y que reabrirán ...", the "que" is the relative word)."""
    mended = 0
    for clause in _where(doc, "acl:relcl", VERBS):
        noun = clause.head
        if clause.dep_ != "acl:relcl" or noun.i > clause.i or noun.pos_ not in NOMINAL or \
                base_dep(noun) not in ("obj", "iobj") or noun.head.pos_ != "VERB":
            continue
        children = list(clause.children)
        if not any(c.dep_ == "mark" and c.pos_ == "SCONJ" and c.i < clause.i for c in children) \
                or any(c.pos_ == "PRON" and "Rel" in c.morph.get("PronType") for c in children):
            continue
        clause.head, clause.dep_ = noun.head, "ccomp"
        mended += 1
    return mended


def _cleft(doc: Any) -> int:
    """"C'est sous l'égide de X que A et B ont repris ...", "It was under the auspices of X
    that A and B resumed ...", "Fue bajo los auspicios de X que ...", "C'est X qui a
    négocié ...": a cleft puts one phrase of the clause forward as the predicate of "it is";
    the models make that phrase (or the copula) the root and the clause a modifier of it,
    so the clause's verb has no oblique and no subject of its own to give. The clause's verb
    becomes the root; the phrase, its oblique (a phrase with its case word) or, when the
    clause opens with a relative pronoun subject ("qui", "that"), its subject; "it is" and
    "que" hang on the verb as words of no role (``dep``)."""
    mended = 0
    for clause in _where(doc, CLEFT_CLAUSES, VERBS):
        focus = clause.head
        if clause.dep_ not in CLEFT_CLAUSES or focus.i >= clause.i or focus.pos_ not in NOMINAL:
            continue
        copula = next((c for c in focus.children if c.dep_ == "cop" and c.i < focus.i), None)
        root = focus
        if copula is None and focus.head.pos_ == "AUX" and focus.head.dep_ == "ROOT" \
                and focus.head.i < focus.i and focus.dep_.split(":")[0] in ("obl", "nsubj"):
            copula = root = focus.head  # "Fue bajo los auspicios de X que": the copula root
        if copula is None or root.dep_ != "ROOT":
            continue
        if not (copula.i == 0 or any(c.dep_.startswith(("expl", "nsubj")) and c.pos_ == "PRON"
                                     and c.i < copula.i for c in root.children)):
            continue  # "It was", "C'est", or the copula opening the sentence ("È sotto")
        end = max([focus.i] + [w.i for c in focus.children if c.i < clause.i
                               and c.dep_ != "punct" for w in c.subtree])
        opener = doc[end + 1] if end + 1 < clause.i else None
        if opener is None or opener.head.i != clause.i:
            continue
        if opener.dep_ == "mark" and any(c.dep_ == "case" for c in focus.children):
            role = "obl"
        elif opener.dep_.startswith("nsubj") and "Rel" in opener.morph.get("PronType") \
                and not any(c.dep_ == "case" for c in focus.children):
            role = "nsubj"
        else:
            continue
        clause.head, clause.dep_ = clause, "ROOT"
        if root.i != focus.i:  # the copula root: its words, and it, on the verb
            moved = [w for w in root.children if w.i not in (focus.i, clause.i)] + [root]
        else:  # "It was", "C'est", and what ends the sentence
            moved = [w for w in focus.children if w.i == copula.i or (
                w.i < copula.i and w.pos_ == "PRON") or (w.dep_ == "punct" and w.i > clause.i)]
        for word in moved:
            word.head = clause
            if word.dep_ != "punct":
                word.dep_ = "dep"
        focus.head, focus.dep_ = clause, role
        opener.dep_ = "dep"
        mended += 1
    return mended


def _relative_clause_hung_on_verb(doc: Any) -> int:
    """"desmintió las afirmaciones de Ecuador según las cuales tropas peruanas habrían
    bombardeado ...": the model hung the relative pronoun (with its case word) on the noun
    but the clause's subject and verb on the main verb, as its object and complement (so the
    claim's owner became the bomber). A relative pronoun opens a clause: the first verb after
    it, hung on the noun's own head, heads that clause on the noun, and the nominal between
    them is its subject."""
    mended = 0
    for pronoun in doc:
        noun = pronoun.head
        if "Rel" not in pronoun.morph.get("PronType") or base_dep(pronoun) not in (
                "nmod", "obl") or noun.pos_ not in NOMINAL or noun.i > pronoun.i or \
                not any(c.dep_ == "case" for c in pronoun.children):
            continue
        main = noun.head
        verb = next((t for t in doc[pronoun.i + 1:] if t.pos_ in ("VERB", "AUX")
                     and t.dep_ not in ("aux", "aux:pass", "cop")), None)
        if verb is None or verb.pos_ != "VERB" or verb.head.i != main.i or main.i == noun.i or \
                base_dep(verb) not in ("xcomp", "ccomp", "conj", "advcl", "parataxis"):
            continue
        between = [t for t in doc[pronoun.right_edge.i + 1:verb.i] if t.head.i == main.i]
        subjects = [t for t in between if t.pos_ in NOMINAL and t.dep_ in ("obj", "nsubj")]
        if len(subjects) != 1 or len(between) != 1:
            continue
        verb.head, verb.dep_ = noun, "acl:relcl"
        pronoun.head, pronoun.dep_ = verb, "obl"
        subjects[0].head, subjects[0].dep_ = verb, "nsubj"
        mended += 1
    return mended

