"""Auxiliaries, infinitives and particles: what a verb's mood and its helpers were misread as."""

from __future__ import annotations

from typing import Any

from eventwire.syntax.repair.common import (
    _READ,
    ARGUMENTS,
    NOMINAL,
    NOUNS,
    VERBS,
    _auxiliary,
    _finite,
    _grammar_words,
    _infinitive_clause,
    _lemma_keys,
    _reporting_lemmas,
    _spacy_ids,
    _where,
    base_dep,
)


def _stray_particle(doc: Any) -> int:
    """"Die Ukraine wirft Russland Angriffe vor": the separable particle of a finite verb was
    hung on one of the verb's nominal arguments (as ``compound:prt``, or as a ``case`` that
    follows its noun at the end of the clause). It moves to the verb, which has none, so
    the verb's lemma joins it (vorwerfen)."""
    DEP, POS, IDS = _spacy_ids()

    strings = doc.vocab.strings
    particle_id, case_id = strings["compound:prt"], strings["case"]
    adp, punct = IDS["ADP"], IDS["PUNCT"]
    held = getattr(_READ, "tree", None)  # the rows _Shape read, when inside repair()
    rows = held[1] if held is not None and held[0] is doc else doc.to_array([DEP, POS]).tolist()
    last_row = len(rows) - 1
    mended = 0
    for i, (dep_id, pos_id) in enumerate(rows):
        if dep_id != particle_id and (dep_id != case_id or pos_id != adp or (
                i < last_row and rows[i + 1][1] != punct)):
            continue  # the cheap tests, on one array: most tokens are neither a particle nor
            # a preposition at a clause's end (a mend changes no tag, and no other row)
        particle = doc[i]
        dep = particle.dep_  # a mend moves only the particle it mends: later rows still hold
        if dep == "case" and particle.pos_ != "ADP":
            continue
        holder = particle.head
        last = particle.i + 1 == len(doc) or doc[particle.i + 1].pos_ == "PUNCT"
        stranded = dep == "case" and last
        if dep != "compound:prt" and not stranded:
            continue
        verb = holder.head
        if stranded and holder.i > particle.i:  # "bot an, Gespräche ... auszurichten",
            before = _finite_verb_before(doc, particle.i)  # "warf Y vor, ... zu haben"
            if before is None:
                continue
            holder = verb = before  # the clause's finite verb before it: its own particle
            holder_ok = True
        else:
            holder_ok = holder.dep_ in ARGUMENTS and verb.i != holder.i
        if not holder_ok or verb.pos_ != "VERB" or \
                not _finite(verb) or any(c.dep_ == "compound:prt" for c in verb.children):
            continue
        if particle.dep_ == "compound:prt" and holder.pos_ == "VERB" and _finite(holder) and \
                holder.dep_ not in ("obj", "iobj"):
            continue  # a verb of its own with its own particle
        particle.head, particle.dep_ = verb, "compound:prt"
        mended += 1
    return mended


def _particle_read_as_adverb(doc: Any) -> int:
    """"Moskau wies Vorwürfe zurück, ...": a separable particle (grammar.yaml
    ``separable_particles``) closing the clause was read as an adverb of one of the finite
    verb's arguments. It is the verb's particle (as in :func:`_stray_particle`), so the
    verb's lemma joins it (zurückweisen, a denial, not weisen)."""
    particles = _grammar_words(doc.lang_, "separable_particles")
    mended = 0
    for particle in _where(doc, "advmod", None) if particles else ():
        holder = particle.head
        verb = holder.head
        last = particle.i + 1 == len(doc) or doc[particle.i + 1].pos_ == "PUNCT"
        if particle.dep_ != "advmod" or particle.text.lower() not in particles or not last \
                or holder.i > particle.i or holder.dep_ not in ARGUMENTS or verb.i == holder.i \
                or verb.pos_ != "VERB" or not _finite(verb) or verb.i > particle.i \
                or any(c.dep_ == "compound:prt" for c in verb.children):
            continue
        particle.head, particle.dep_ = verb, "compound:prt"
        mended += 1
    return mended


def _auxiliary_of_later_verb(doc: Any) -> int:
    """"..., russische Soldaten hätten Grenzer beschossen": a finite auxiliary was hung on the
    finite verb of the clause before it, which has its own tense. It makes the tense of the
    participle or infinitive after it (in the same stretch, under the same verb, with no
    auxiliary of its own): the reported clause, not the verb that reports it."""
    mended = 0
    for auxiliary in _where(doc, "aux", frozenset({"AUX"})):
        verb = auxiliary.head
        if auxiliary.dep_ != "aux" or verb.i > auxiliary.i or verb.pos_ != "VERB" \
                or not _finite(verb) or not _finite(auxiliary):
            continue
        later = None
        for word in doc[auxiliary.i + 1:]:
            if word.pos_ == "PUNCT":
                break
            if word.pos_ == "VERB" and word.head.i == verb.i and not _finite(word):
                later = word
                break
        if later is None or any(c.dep_ in ("aux", "aux:pass") for c in later.children):
            continue
        auxiliary.head = later
        mended += 1
    return mended


def _reported_clause_read_as_conjunct(doc: Any) -> int:
    """"Berlin wies Berichte zurück, deutsche Flugzeuge hätten Dörfer bombardiert": a clause
    with a subject of its own and its verb in the subjunctive (the mood of reported speech),
    set after a verb of saying, accusing or denying with no coordinator or subordinator, was
    read as a second act (conjunct, aside) or as the verb's object. It is what that verb
    reports or denies (its content clause, ``ccomp``), never an act of the speaker's."""
    reporting = _reporting_lemmas(doc.lang_)
    mended = 0
    for verb in _where(doc, None, VERBS) if reporting else ():
        governor = verb.head
        if base_dep(verb) not in ("conj", "parataxis", "obj", "xcomp") or governor.i >= verb.i \
                or governor.pos_ != "VERB":
            continue
        if _lemma_keys(governor).isdisjoint(reporting) \
                or any(c.dep_ in ("cc", "mark") for c in verb.children) \
                or not any(base_dep(c) == "nsubj" for c in verb.children):
            continue
        finite = [verb, *(c for c in verb.children if c.dep_ == "aux")]
        if not any("Sub" in w.morph.get("Mood") for w in finite):
            continue
        verb.dep_ = "ccomp"
        mended += 1
    return mended


def _finite_verb_before(doc: Any, at: int) -> Any | None:
    """The nearest finite verb before position ``at`` in the same stretch of clause (no
    punctuation between): the verb a particle standing at ``at`` can close."""
    for i in range(at - 1, -1, -1):
        word = doc[i]
        if word.pos_ == "PUNCT":
            return None
        if word.pos_ == "VERB" and _finite(word):
            return word
    return None


def _perfect_infinitive_read_as_conjunct(doc: Any) -> int:
    """"warf Y vor, zwei Bauern festgenommen zu haben": a participle whose "zu haben" (or
    "zu sein") the model hung under it as a clause, read as a second verb conjoined to the
    verb before it (whose subject then did it). With no coordinator, it is that verb's
    infinitive clause, "haben" its auxiliary, and a subject read in it its object."""
    mended = 0
    for verb in _where(doc, "conj", VERBS):
        head = verb.head
        if verb.pos_ != "VERB" or head.i >= verb.i or head.pos_ != "VERB" or any(
                c.dep_ == "cc" for c in verb.children):
            continue
        perfect = next((c for c in verb.children if base_dep(c) == "xcomp" and c.i > verb.i
                        and c.lemma_ in ("haben", "sein") and any(
                            m.dep_ == "mark" and m.lower_ == "zu" for m in c.children)), None)
        if perfect is None:
            continue
        verb.dep_ = "xcomp"
        perfect.dep_ = "aux"
        for child in verb.children:  # an infinitive clause has no subject: "zwei Bauern"
            if child.dep_ == "nsubj" and child.i > head.i:  # is what was done to them
                child.dep_ = "obj"
        mended += 1
    return mended


def _verb_before_infinitive(doc: Any) -> int:
    """"La Serbie a nié avoir attaqué la Croatie": the first verb was hung on the second as a
    modifier, so the denied act became the clause. A verb whose head is a later verb with an
    infinitive auxiliary between them ("avoir", "aver", "haber") governs that verb: it takes
    the later verb's place, and the subject and auxiliaries before it, and the later verb
    becomes its infinitive complement (xcomp)."""
    mended = 0
    for first in _where(doc, None, VERBS):
        second = first.head
        if first.pos_ != "VERB" or second.i <= first.i or second.pos_ != "VERB" or \
                first.dep_ in ("xcomp", "ccomp", "conj", "aux", "ROOT"):
            continue
        if not _infinitive_auxiliary_between(first, second):
            continue
        _govern_later_verb(first, second)
        mended += 1
    return mended


MODIFIERS = frozenset({"NOUN", "ADJ"})


def _reporting_verb_read_as_modifier(doc: Any) -> int:
    """"L'armée tchadienne nie avoir tiré sur ...": a verb of saying or denying (by its lemma,
    or the model's known wrong lemma of it) read as a modifier of the noun before it, right
    before the infinitive auxiliary of the clause's only verb. A modifier takes no
    "avoir"; the word is the finite verb, and the later verb its infinitive complement."""
    reporting = _reporting_lemmas(doc.lang_)
    mended = 0
    for word in _where(doc, "amod", MODIFIERS):
        if word.pos_ not in MODIFIERS or word.i + 1 >= len(doc) or \
                word.lemma_.lower() not in reporting or word.head.i > word.i:
            continue
        auxiliary = doc[word.i + 1]
        second = auxiliary.head
        if auxiliary.pos_ != "AUX" or "Inf" not in auxiliary.morph.get("VerbForm") or \
                second.pos_ != "VERB" or second.i <= auxiliary.i or _finite(second) or \
                any(w.pos_ in VERBS and _finite(w) and w.i != second.i for w in doc):
            continue
        word.pos_ = "VERB"
        word.set_morph("Mood=Ind|Tense=Pres|VerbForm=Fin")
        _govern_later_verb(word, second)  # the subject before it moves to it
        mended += 1
    return mended


def _infinitive_auxiliary_between(first: Any, second: Any) -> bool:
    """Whether an infinitive auxiliary of ``second`` ("avoir", "aver", "haber") stands between
    ``first`` and it."""
    return any(c.pos_ == "AUX" and "Inf" in c.morph.get("VerbForm")
               for c in second.children if first.i < c.i < second.i)


def _govern_later_verb(first: Any, second: Any) -> None:
    """``first`` takes ``second``'s place and the dependents before it; ``second`` becomes its
    infinitive complement (xcomp)."""
    if second.head.i == second.i:
        first.head, first.dep_ = first, "ROOT"
    else:
        first.head, first.dep_ = second.head, second.dep_
    for child in list(second.children):
        if child.i < first.i:
            child.head = first
    second.head, second.dep_ = first, "xcomp"


def _infinitive_read_as_object(doc: Any) -> int:
    """"Евросоюз призвал Россию вывести войска": an infinitive after its verb hung as the
    verb's object, beside the nominal object asked, is the verb's complement (xcomp), as UD
    writes it: else what is asked or offered reads as a thing, and the demand as none."""
    mended = 0
    for verb in _where(doc, "obj", VERBS):
        head = verb.head
        if verb.dep_ != "obj" or verb.pos_ != "VERB" or head.i >= verb.i or \
                head.pos_ != "VERB" or verb.morph.get("VerbForm") != ["Inf"]:
            continue
        verb.dep_ = "xcomp"
        mended += 1
    return mended


def _infinitive_of_addressee_read_as_modifier(doc: Any) -> int:
    """"told his army to attack the positions": the infinitive after a verb's indirect
    object (its addressee) hung on that noun as a modifier (acl), so the act asked of the
    addressee reads as done. A verb with an addressee and no direct object governs the
    infinitive after it (xcomp), as UD writes "told Y to V"."""
    mended = 0
    for verb in _where(doc, "acl", VERBS):
        noun = verb.head
        if verb.dep_ != "acl" or verb.pos_ != "VERB" or noun.i >= verb.i or \
                noun.dep_ != "iobj" or "Inf" not in verb.morph.get("VerbForm"):
            continue
        governor = noun.head
        if governor.pos_ != "VERB" or governor.i >= noun.i or any(
                c.dep_ == "obj" for c in governor.children):
            continue
        verb.head, verb.dep_ = governor, "xcomp"
        mended += 1
    return mended


def _finite_verb_read_as_auxiliary(doc: Any) -> int:
    """"Managua negó haber enviado soldados y aseguró que ...": a finite verb before a
    perfect infinitive was read as an auxiliary of the participle (as "ha" in "ha enviado"),
    so the denied act became the clause and the denial vanished. A word tagged a full verb
    (modals are tagged AUX), finite, hung as ``aux`` on a later participle with an
    infinitive auxiliary between them governs that participle, as in
    :func:`_verb_before_infinitive`; a finite verb conjoined to the participle ("y
    aseguró") and the closing punctuation are the governing verb's too."""
    mended = 0
    for first in _where(doc, "aux", VERBS):
        second = first.head
        if first.pos_ != "VERB" or first.dep_ != "aux" or second.i <= first.i or \
                second.pos_ != "VERB" or "Fin" not in first.morph.get("VerbForm") or \
                not _infinitive_auxiliary_between(first, second):
            continue
        _govern_later_verb(first, second)
        for child in list(second.children):
            if (child.dep_ == "conj" and child.pos_ == "VERB"
                    and "Fin" in child.morph.get("VerbForm")) or (
                    child.dep_ == "punct" and child.i == len(doc) - 1):
                child.head = first
        mended += 1
    return mended


def _oblique_case(noun: Any) -> bool:
    """Whether a nominal is marked for a case other than the nominative: itself, else its
    article or an adjective of its (the model may mark the noun alone wrong)."""
    own = noun.morph.get("Case")
    if own not in ([], ["Nom"]):
        return True
    return any(c.dep_ in ("det", "amod") and c.morph.get("Case") not in ([], ["Nom"])
               for c in noun.children)


def _subject_of_an_infinitive(doc: Any) -> int:
    """"warf Y vor, zwei Georgier entführt zu haben": an infinitive clause ("zu haben", "to
    have") has no subject of its own; a nominal the model made one, marked accusative, is
    its object (else the people taken read as the takers). Any case but the nominative
    ("Kiew angegriffen zu haben": the German model marks the city dative), on the nominal or
    on its article or adjective ("polnische Grenzschützer": the noun marked nominative, its
    adjective accusative)."""
    mended = 0
    for subject in [t for t in _where(doc, "nsubj", NOMINAL) if t.i < t.head.i]:
        verb = subject.head
        governor = verb.head
        if not _oblique_case(subject) and not (  # all marked nominative: still no subject
                governor.i != verb.i and governor.i < subject.i  # of its own when the verb
                and any(c.dep_ == "nsubj" and c.i < governor.i  # it hangs on has one
                        for c in governor.children)):  # ("beschuldigte Russland,
            continue  # georgische Staatsbürger ... entführt zu haben")
        if any(c.dep_ == "aux" and _finite(c) for c in verb.children):
            continue  # "Bolivien hat zugesagt, ... zu übergeben": the subject of a finite verb
        if not _infinitive_clause(verb):
            continue  # no infinitive marker ("zu", "to") in the clause
        if any(c.dep_ == "obj" for c in verb.children):
            continue
        subject.dep_ = "obj"
        mended += 1
    return mended


def _noun_with_tense_auxiliary(doc: Any) -> int:
    """"L'Inde a nié que ...": a past participle read as a noun, with the tense auxiliary and
    the subject hung on it. A noun takes neither a finite auxiliary of tense nor a subject
    (a copula aside: "est président"): it is the clause's verb, a participle."""
    mended = 0
    for word in _where(doc, None, NOUNS):
        if word.pos_ != "NOUN" or not any(c.dep_.startswith("nsubj") for c in word.children):
            continue
        if any(c.dep_ in ("cop", "det", "case") for c in word.children):
            continue  # "X est le président", "X, président de ...": a noun indeed
        if not any(c.dep_ in ("aux", "aux:tense") and c.i == word.i - 1 and _finite(c)
                   for c in word.children):
            continue
        word.pos_ = "VERB"
        word.set_morph("Tense=Past|VerbForm=Part")
        mended += 1
    return mended


def _particle_of_later_conjunct(doc: Any) -> int:
    """"forderte die Freilassung und warf Pristina vor, ... zu verschärfen": a separable
    particle hung on the first of two conjoined verbs belongs to the verb closest before it
    (a German clause closes its verb's bracket with the particle). The second verb takes the
    particle, the names between it and the particle that hung on words before it (its
    object), and the infinitive clause after the particle."""
    mended = 0
    for particle in _where(doc, "compound:prt", None):
        first = particle.head
        if particle.dep_ != "compound:prt" or first.i > particle.i:
            continue
        verb = next((w for w in reversed(doc[first.i + 1:particle.i])
                     if w.pos_ == "VERB" and _finite(w)), None)
        if verb is None or verb.dep_ != "conj" or verb.head.i != first.i:
            continue
        particle.head = verb
        for word in doc[verb.i + 1:particle.i]:
            if word.head.i < verb.i and word.pos_ in NOMINAL and word.dep_ in (
                    "appos", "nmod", "conj", "flat"):
                word.head = verb
                word.dep_ = "iobj" if "Dat" in word.morph.get("Case") else "obj"
        for clause in list(first.children):
            if clause.i > particle.i and clause.dep_ in ("xcomp", "ccomp") and \
                    clause.pos_ == "VERB":
                clause.head = verb
        mended += 1
    return mended


def _bare_past_participle(verb: Any) -> bool:
    """A past participle with no auxiliary of its own ("... and threatened sanctions"): in a
    coordination it shares the tense of the finite verb, or is that verb misread."""
    return "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense") \
        and not any(c.dep_.startswith("aux") for c in verb.children)


def _finite_conjunct_of_infinitive(doc: Any) -> int:
    """"urged Y to stop the flights and threatened sanctions", "призвал Y освободить ... и
    пригрозил": a finite verb read as a conjunct of the infinitive a verb controls, so that
    the threat became part of what was urged. A finite verb is never coordinated with a
    bare infinitive: it is a conjunct of the finite verb the infinitive hangs on."""
    mended = 0
    for second in _where(doc, "conj", VERBS):
        infinitive = second.head
        governor = infinitive.head
        if second.dep_ != "conj" or infinitive.i > second.i or governor.i == infinitive.i \
                or base_dep(infinitive) != "xcomp" \
                or "Inf" not in infinitive.morph.get("VerbForm") \
                or not (_finite(second) or _auxiliary(second) is not None
                        or _bare_past_participle(second)) \
                or not (_finite(governor) or _auxiliary(governor) is not None) \
                or any(c.dep_.startswith("nsubj") for c in second.children):
            continue
        second.head = governor
        mended += 1
    return mended


def _finite_conjunct_of_marked_infinitive(doc: Any) -> int:
    """"ha accusato la Serbia di armare gruppi paramilitari e ha chiesto garanzie alla Nato":
    a finite verb read as a conjunct of an accusation's or a demand's infinitive content that
    the model hung on the object ("di armare" a clause of "la Serbia"), so that the demand
    became the accused side's act, claimed by the accuser. A finite verb with its own tense
    auxiliary and no subject is never coordinated with an infinitive opened by its marker: it
    is a conjunct of the finite verb above that infinitive (the mend
    :func:`_finite_conjunct_of_infinitive` makes where the infinitive is the verb's own
    complement). The marker may be tagged a case word ("acusó a Y de haber atacado ... y
    cerró los pasos")."""
    mended = 0
    for second in _where(doc, "conj", VERBS):
        infinitive = second.head
        if second.dep_ != "conj" or infinitive.i > second.i or infinitive.pos_ != "VERB" \
                or base_dep(infinitive) not in ("acl", "advcl") \
                or not any(base_dep(m) in ("mark", "case") and m.i == infinitive.left_edge.i
                           for m in infinitive.children) \
                or not ({"Inf", "Ger"} & set(infinitive.morph.get("VerbForm")) or any(
                    c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm")
                    for c in infinitive.children)) \
                or not (_auxiliary(second) is not None or _bare_past_participle(second)
                        or _finite(second)) \
                or any(c.dep_.startswith("nsubj") for c in second.children):
            continue
        governor = infinitive.head
        while governor.head.i != governor.i and not (
                governor.pos_ == "VERB" and (_finite(governor) or _auxiliary(governor))):
            governor = governor.head
        if governor.pos_ != "VERB" or _auxiliary(governor) != _auxiliary(second) \
                or governor.i > infinitive.i:
            continue
        if _auxiliary(second) is None and (  # "accused Y of arming ... and demanded": both
                "Past" not in governor.morph.get("Tense")  # simple pasts, the second
                or "Past" not in second.morph.get("Tense")):  # read as a participle
            continue
        second.head = governor
        if _auxiliary(second) is None and "Part" in second.morph.get("VerbForm"):
            second.set_morph("Mood=Ind|Tense=Past|VerbForm=Fin")  # a simple past, active
        for child in list(infinitive.children):
            if child.i > second.i and base_dep(child) in ("obj", "obl", "iobj"):
                child.head = second  # "and demanded | guarantees", hung on the infinitive
        mended += 1
    return mended


def _subjects_split_by_auxiliary(doc: Any) -> int:
    """"Unter Vermittlung Ägyptens haben sich Israel und die Hamas auf ... geeinigt": the
    perfect auxiliary read as the root with the first conjunct as its subject, and the
    participle as a conjunct of the auxiliary with the second conjunct (after the
    coordinator right after the first) as its own subject, so the first side is lost. An
    auxiliary heads no clause: the participle (with no auxiliary of its own) is the root,
    the auxiliary its auxiliary, the first name its subject, the second name that name's
    conjunct; what hung on the auxiliary or (a reflexive) on the first name moves to the
    participle."""
    mended = 0
    for aux in doc:
        if aux.pos_ != "AUX" or aux.head.i != aux.i:
            continue
        verb = next((c for c in aux.children if c.dep_ == "conj" and c.pos_ == "VERB" and
                     "Part" in c.morph.get("VerbForm") and not any(
                         base_dep(g) == "aux" for g in c.children)), None)
        first = next((c for c in aux.children if c.dep_ == "nsubj" and c.pos_ in NOMINAL),
                     None)
        if verb is None or first is None:
            continue
        second = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in NOMINAL
                       and first.i < c.i < verb.i), None)
        cc = next((c for c in verb.children if c.dep_ == "cc"
                   and c.i == first.right_edge.i + 1), None)
        if second is None or cc is None or cc.i > second.left_edge.i:
            continue
        verb.head, verb.dep_ = verb, "ROOT"
        for child in list(aux.children):
            if child.i != verb.i:
                child.head = verb
        aux.head, aux.dep_ = verb, "aux"
        for child in list(first.children):
            if child.pos_ == "PRON" and "Yes" in child.morph.get("Reflex"):
                child.head = verb  # "sich": the verb's, not the name's
        second.head, second.dep_ = first, "conj"
        cc.head = second
        mended += 1
    return mended


def _object_conjoined_before_infinitive(doc: Any) -> int:
    """"Polen beschuldigte Belarus, einen Grenzposten beschossen ... zu haben": the object of
    the infinitive or participle after the comma was made a conjunct of the verb's own object.
    A conjunct with no coordinator, set off by a comma and followed at once by a non-finite
    verb of the same governor that has no object (or by that verb's own phrase: "mit Drohnen
    angegriffen"), is that verb's object."""
    mended = 0
    for noun in _where(doc, "conj", NOMINAL):
        first = noun.head
        if noun.dep_ != "conj" or noun.pos_ not in NOMINAL or first.pos_ not in NOMINAL \
                or first.i > noun.i or first.dep_.split(":")[0] not in ("obj", "iobj"):
            continue
        between = doc[first.i + 1: noun.i]
        if not len(between) or between[0].text != "," or any(
                t.pos_ == "CCONJ" for t in between) or noun.right_edge.i + 1 >= len(doc):
            continue
        after = doc[noun.right_edge.i + 1]
        # "einen Grenzposten mit Drohnen angegriffen": the verb's own phrase may open it
        verb = next((w for w in [after, *after.ancestors] if w.pos_ == "VERB"
                     and w.left_edge.i == after.i), after)
        if verb.pos_ != "VERB" or _finite(verb) or verb.morph.get("Mood") or \
                verb.head.i != first.head.i or verb.dep_.split(":")[0] not in (
                    "xcomp", "conj", "advcl", "ccomp") or any(
                    c.dep_ in ("obj", "nsubj") for c in verb.children):
            continue
        noun.head, noun.dep_ = verb, "obj"
        mended += 1
    return mended


def _oblique_after_infinitive(doc: Any) -> int:
    """"acusó a Ecuador de expulsar a diplomáticos colombianos": the part right after an
    infinitive with no argument of its own was hung on the verb above it. An infinitive
    complement that ends where an oblique of its governor begins takes that oblique."""
    mended = 0
    for token in _where(doc, None, NOMINAL, prefix="obl"):
        if token.dep_.split(":")[0] != "obl" or token.pos_ not in NOMINAL:
            continue
        before = doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
        verb = None if before is None else next(
            (w for w in [before, *before.ancestors] if w.pos_ == "VERB"), None)
        if verb is None or verb.i == token.head.i or "Inf" not in verb.morph.get("VerbForm") \
                or verb.right_edge.i != token.left_edge.i - 1 or any(
                    c.dep_.split(":")[0] in ("obj", "obl", "iobj", "nsubj", "ccomp", "xcomp")
                    for c in verb.children) or verb.dep_.split(":")[0] not in (
                        "nmod", "acl", "xcomp", "advcl") or token.head not in verb.ancestors:
            continue
        token.head = verb
        mended += 1
    return mended


def _subject_on_auxiliary(doc: Any) -> int:
    """"Russische Soldaten haben zwei Grenzbeamte festgenommen": the subject was hung on the
    auxiliary, which in UD has no dependents; the verb, left without a subject, took the
    reporter's. The subject moves to the verb the auxiliary serves (also to a participle read
    as a noun right after its finite auxiliary, "a nié que", mended as one later)."""
    mended = 0
    for subject in _where(doc, None, None, prefix="nsubj"):
        aux = subject.head
        if not subject.dep_.startswith("nsubj") or aux.pos_ not in ("AUX", "VERB") or \
                not aux.dep_.startswith("aux") or not (aux.head.pos_ == "VERB" or (  # "a, pour
                aux.head.pos_ == "NOUN" and aux.i + 1 == aux.head.i and _finite(aux))):
            continue  # sa part,"
        verb = aux.head
        if any(c.dep_.startswith("nsubj") and not _later_nominal(subject, c, aux)
               for c in verb.children):  # (not the pronoun of "a-t-il attaqué")
            continue
        subject.head = verb
        mended += 1
    return mended


def _later_nominal(subject: Any, other: Any, aux: Any) -> bool:
    """"hatte Warschau 2000 zusätzliche Soldaten ... verlegt": a nominal between the subject
    and the verb, which the verb took for its subject, is left to the mend of two subjects
    before a participle (it becomes the object). Only after a true auxiliary (grammar.yaml
    active or passive auxiliaries, or tagged AUX): a full verb the model made one ("Zypern
    wies die Behauptungen ... zurück, wonach ... Schiffe ... angegriffen hätten") keeps its
    subject, and the clause's subject stays its own."""
    auxiliaries = _grammar_words(aux.doc.lang_, "active_auxiliaries") \
        | _grammar_words(aux.doc.lang_, "passive_auxiliaries")
    return (aux.pos_ == "AUX" or aux.lemma_.lower() in auxiliaries) \
        and subject.i < other.i < aux.head.i and other.pos_ in ("NOUN", "PROPN")


def _auxiliary_read_as_verb(doc: Any) -> int:
    """"... de que soldados bolivianos hubieran detenido a un carabinero": a form of the
    tense auxiliary the model does not know (its lemma one of grammar.yaml
    ``misread_auxiliaries``, "huberer") was read as a verb of its own, conjoined to the verb
    before, with the past participle right after it as its complement. The participle is the
    clause's verb: it takes the word's place in the tree, the word becomes its auxiliary, and
    what hung on the word (its subject, its subordinator) moves to the participle."""
    misread = _grammar_words(doc.lang_, "misread_auxiliaries")
    mended = 0
    for word in _where(doc, None, VERBS) if misread else ():
        if word.pos_ != "VERB" or word.lemma_.lower() not in misread or word.i + 1 >= len(doc):
            continue
        participle = doc[word.i + 1]
        if participle.head.i != word.i or participle.pos_ != "VERB" or \
                "Part" not in participle.morph.get("VerbForm"):
            continue
        participle.head, participle.dep_ = (participle, "ROOT") if word.head.i == word.i \
            else (word.head, word.dep_)
        for child in list(word.children):
            child.head = participle
        word.head, word.dep_, word.pos_ = participle, "aux", "AUX"
        mended += 1
    return mended


def _participle_read_as_object_of_auxiliary(doc: Any) -> int:
    """"Il ministero ... ha escluso che soldati albanesi abbiano aperto il fuoco": the tense
    auxiliary (grammar.yaml ``perfect_auxiliaries``) was read as the clause's verb and the
    past participle right after it as its object noun. A noun with no article or case word
    right after a perfect auxiliary that heads the clause is its participle: the participle
    takes the auxiliary's place and everything that hung on it."""
    auxiliaries = _grammar_words(doc.lang_, "perfect_auxiliaries")
    mended = 0
    for aux in _where(doc, None, frozenset({"AUX"})) if auxiliaries else ():
        if aux.pos_ != "AUX" or aux.lemma_ not in auxiliaries or aux.i + 1 >= len(doc) or \
                aux.dep_.split(":")[0] not in ("ROOT", "ccomp", "conj", "advcl"):
            continue
        word = doc[aux.i + 1]
        if word.head.i != aux.i or word.dep_ != "obj" or word.pos_ != "NOUN" or any(
                c.dep_ in ("det", "case", "amod", "nmod") for c in word.children) or not any(
                c.dep_.split(":")[0] in ("ccomp", "obj", "xcomp") and c.i > word.i
                for c in aux.children):
            continue
        word.head, word.dep_ = (word, "ROOT") if aux.head.i == aux.i else (aux.head, aux.dep_)
        for child in list(aux.children):
            if child.i != word.i:
                child.head = word
        aux.head, aux.dep_ = word, "aux"
        word.pos_ = "VERB"
        word.set_morph("Tense=Past|VerbForm=Part")
        mended += 1
    return mended


def _marked_infinitive_read_as_oblique(doc: Any) -> int:
    """"L'Iran ha giurato di vendicarsi contro Israele": an infinitive opened by its
    particle ("di", "de") and hung on a verb was read as the verb's oblique, as a noun
    with its preposition would be. A verb in the infinitive with a ``mark`` is a clause:
    the verb's complement (``xcomp``), as "di colpire" is."""
    mended = 0
    for word in _where(doc, None, VERBS):
        if word.pos_ != "VERB" or base_dep(word) != "obl" or word.head.pos_ != "VERB" or \
                "Inf" not in word.morph.get("VerbForm") or word.head.i > word.i or \
                not any(c.dep_ == "mark" and c.i < word.i for c in word.children):
            continue
        word.dep_ = "xcomp"
        mended += 1
    return mended
