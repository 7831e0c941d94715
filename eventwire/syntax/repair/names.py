"""Names and nominals: a name, noun, acronym or adjective read in the wrong place."""

from __future__ import annotations

from typing import Any

from eventwire.syntax.repair.common import (
    NOMINAL,
    NOUNS,
    VERBS,
    _disagrees_in_number,
    _finite,
    _grammar_flag,
    _grammar_words,
    _mediation_lemmas,
    _reporting_lemmas,
    _subjects_by_verb,
    _where,
    base_dep,
)

ADJECTIVES = frozenset({"ADJ"})


def _name_in_commas_read_as_subject(doc: Any) -> int:
    """"Selon le porte-parole du gouvernement, Maxime Balalou, des soldats ... ont pénétré":
    the name set off by commas right after a nominal was read as a second subject of the verb
    that has its own subject after it. A name between two commas that directly follows a
    nominal's phrase names that nominal (an apposition), when another subject of the same
    verb comes after it."""
    mended = 0
    for verb_i, subjects in _subjects_by_verb(doc):
        if len(subjects) < 2 or subjects[-1].i > verb_i:
            continue
        name, after = subjects[0], subjects[1]
        words = [w.i for w in name.subtree if not w.is_punct]  # the commas may hang anywhere
        if name.pos_ != "PROPN" or not words:
            continue
        before, closing = min(words) - 1, max(words) + 1
        if before < 1 or doc[before].text != "," or closing >= after.i \
                or doc[closing].text != ",":
            continue
        nominal = doc[before - 1]  # the highest word whose phrase ends just before the comma
        while nominal.head.i != nominal.i and nominal.head.right_edge.i == before - 1 \
                and nominal.head.i != verb_i:
            nominal = nominal.head
        if nominal.pos_ not in NOMINAL or nominal.i == verb_i or nominal.dep_ == "nsubj":
            continue
        name.head, name.dep_ = nominal, "appos"
        mended += 1
    return mended


def _report_noun_read_as_subject(doc: Any) -> int:
    """"rechazó las acusaciones de que sus tropas hubieran bombardeado ...": the parser took
    the report noun for a first subject of the clause it carries, and the clause for a
    conjunct of the verb before. A verb has one subject: of two before it, the first is not
    the clause's when a word that opens a report's content (grammar ``report_openers``)
    stands between them and no word of the first's own phrase is that clause's: the first is
    the object of the verb before (which has none), and the clause its content (``acl``).
    The clause's subject may also have been hung, with its opener, on the report noun
    (:func:`_subject_opened_inside`): it goes back to the clause's verb."""
    openers = _grammar_words(doc.lang_, "report_openers")
    if not openers:
        return 0
    mended = 0
    for verb in _where(doc, None, VERBS):
        auxiliaries = [c for c in verb.children if c.dep_ == "aux"]  # or on its auxiliary
        subjects = sorted((c for w in [verb, *auxiliaries] for c in w.children
                           if c.dep_ == "nsubj" and c.pos_ in NOMINAL and c.i < verb.i),
                          key=lambda c: c.i)
        opened = _subject_opened_inside(subjects, verb, openers)
        if opened is not None:  # "las acusaciones de que patrullas ... habrían disparado"
            subjects = [subjects[0], opened]
        if len(subjects) != 2 or subjects[0].head.i != verb.i:
            continue
        first, second = subjects
        head = verb.head
        if head.i == verb.i or head.i > first.i or head.pos_ != "VERB" or verb.dep_ not in (
                "conj", "ccomp", "advcl", "parataxis") or any(
                    c.dep_ == "cc" for c in verb.children) or any(
                    c.dep_ == "obj" for c in head.children):
            continue
        if opened is None and not any(doc[i].lower_ in openers for i in range(
                first.right_edge.i + 1, second.left_edge.i)):
            continue
        if opened is not None:
            for word in [c for c in second.children if c.i < second.i
                         and c.dep_ in ("mark", "case")]:
                word.head, word.dep_ = verb, "mark"
            second.head, second.dep_ = verb, "nsubj"
        first.head, first.dep_ = head, "obj"
        verb.head, verb.dep_ = first, "acl"
        second.head = verb
        mended += 1
    return mended


def _subject_opened_inside(subjects: list[Any], verb: Any, openers: frozenset[str]
                           ) -> Any | None:
    """The clause's own subject where the parser hung it, with the word that opens the
    report's content, on the report noun it took for the subject ("acusaciones de que
    patrullas": "patrullas" a modifier of "acusaciones"): a nominal modifier of the one
    subject, before the verb, whose own opener is one of ``openers``."""
    if len(subjects) != 1:
        return None
    first = subjects[0]
    return next((c for c in first.children if c.dep_ == "nmod" and first.i < c.i < verb.i
                 and c.pos_ in NOMINAL and any(m.dep_ == "mark" and m.lower_ in openers
                                               and m.i < c.i for m in c.children)), None)


def _acronym_before_verb(doc: Any) -> int:
    """"ВСУ атаковали Белгород", "…, що ЗСУ вночі атакували …": an acronym that does not
    decline (a force, a ministry) before a finite verb with no subject of its own, read as
    its object or as part of the "что" that opens the clause. It is the subject; a singular
    noun after a plural verb, taken for the subject, is the object."""
    mended = 0
    for word in _where(doc, frozenset({"obj", "fixed"}), None):
        text = word.text
        if len(text) < 2 or not text.isalpha() or not text.isupper():
            continue
        verb = word.head
        if word.dep_ == "fixed" and verb.dep_ == "mark" and verb.head.i != verb.i:
            verb = verb.head
        elif word.dep_ != "obj":
            continue
        if verb.pos_ != "VERB" or verb.i < word.i or not _finite(verb) \
                or "Plur" not in verb.morph.get("Number"):
            continue
        subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
        if any(c.i < verb.i or not _disagrees_in_number(c, verb) for c in subjects):
            continue
        for subject in subjects:
            subject.dep_ = "obj"
        word.head, word.dep_ = verb, "nsubj"
        mended += 1
    return mended


def _noun_with_object(doc: Any) -> int:
    """"Chile condemns Peru's decision": a present-tense verb read as a noun root, with the
    name before it compounded on it. A noun takes no direct object; a root that has one is
    the clause's verb, and a bare name compounded on it right before it is its subject."""
    mended = 0
    for root in _where(doc, "ROOT", NOUNS):
        if root.dep_ != "ROOT" or root.pos_ != "NOUN" or not any(
                c.dep_ == "obj" and c.i > root.i for c in root.children):
            continue
        if any(c.dep_.startswith(("nsubj", "det", "case", "amod", "nummod")) for c in
               root.children):
            continue  # a nominal phrase of its own ("the decision ...")
        before = [c for c in root.children if c.i < root.i and c.dep_ == "compound"
                  and c.pos_ in NOMINAL]
        if not before or before[-1].i != root.i - 1:
            continue
        root.pos_ = "VERB"
        root.set_morph("Mood=Ind|Tense=Pres|VerbForm=Fin")
        before[-1].dep_ = "nsubj"
        mended += 1
    return mended


def _noun_with_content_clause(doc: Any) -> int:
    """"Il ministero nega che i suoi caccia abbiano ...", "Il governo accusa il Kosovo di ...":
    a present-tense verb read as a noun, with the subject before it and an object or a
    content clause after it (hung on it as a relative clause). A noun takes no subject (a
    copula aside) and no object, and a clause opened by a conjunction (not a relative
    pronoun) with a subject of its own is a content clause: the noun is the clause's verb,
    finite, and the clause its complement."""
    mended = 0
    for word in _where(doc, None, NOUNS):
        if word.pos_ != "NOUN" or not any(c.dep_.startswith("nsubj") and c.i < word.i
                                          for c in word.children):
            continue
        if any(c.dep_ in ("cop", "det", "case", "aux", "aux:tense") or (
                c.dep_ == "amod" and c.i < word.i) for c in word.children):
            continue  # "X est le président", "X, président de ...": a noun indeed
        clauses = [c for c in word.children if c.i > word.i and c.dep_.startswith("acl")
                   and c.pos_ in ("VERB", "AUX") and any(
                       m.dep_ == "mark" and m.pos_ == "SCONJ" and m.i == c.left_edge.i
                       for m in c.children) and any(
                       s.dep_.startswith("nsubj") for s in c.children)]
        infinitives = [] if clauses else _marked_infinitive_of_saying(word)
        if not clauses and not infinitives and not any(
                c.dep_ == "obj" and c.i > word.i and c.pos_ in NOMINAL for c in word.children):
            continue  # "Il governo accusa il Kosovo di ...": a subject and an object
        word.pos_ = "VERB"
        word.set_morph("Mood=Ind|Tense=Pres|VerbForm=Fin")
        if clauses:
            clauses[0].dep_ = "ccomp"
        for clause in infinitives:
            clause.dep_ = "xcomp"
        mended += 1
    return mended


def _marked_infinitive_of_saying(word: Any) -> list[Any]:
    """"Il governo serbo nega di aver inviato truppe": the subjectless clause opened by an
    infinitive marker that a known form of a verb of saying or denying, read as a noun,
    holds as a relative clause (its content, an infinitive); none for any other noun."""
    reporting = _reporting_lemmas(word.doc.lang_)
    if word.lower_ not in reporting and word.lemma_.lower() not in reporting:
        return []
    return [c for c in word.children if c.i > word.i and c.dep_.startswith("acl")
            and c.pos_ in ("VERB", "AUX")
            and any(m.dep_ == "mark" and m.i == c.left_edge.i for m in c.children)
            and not any(s.dep_.startswith("nsubj") for s in c.children)]


def _adjective_with_object(doc: Any) -> int:
    """"Il ministero della Difesa russo nega che ...", "Il governo somalo accusa l'Etiopia":
    the clause's present-tense verb was read as an adjective root, or as a noun object of
    the adjective before it (the root), with the subject and the content clause hung on the
    adjective. An adjective takes no object and no content clause: the root adjective with
    a subject before it and an object or clause after it is the verb; or, when the word
    right after it is a bare noun (no article, no preposition) taken for its object while
    the clause or object follows, that noun is the verb and the adjective modifies the
    noun before it."""
    mended = 0
    for adjective in _where(doc, "ROOT", ADJECTIVES):
        if adjective.dep_ != "ROOT" or adjective.pos_ != "ADJ":
            continue
        children = list(adjective.children)
        if not any(c.dep_ == "nsubj" and c.i < adjective.i for c in children) or any(
                c.dep_ in ("cop", "det", "case", "aux", "aux:pass") for c in children):
            continue  # "X è pronto a ...": an adjective indeed
        after = [c for c in children if c.i > adjective.i
                 and (c.dep_ == "ccomp" or (c.dep_ == "obj" and c.pos_ in NOMINAL))]
        if not after:
            continue
        verb, first = adjective, after[0]
        clauses = [c for c in first.children if c.i > first.i and c.dep_.startswith("acl")
                   and any(m.dep_ == "mark" and m.pos_ == "SCONJ" and m.i == c.left_edge.i
                           for m in c.children)
                   and any(s.dep_.startswith("nsubj") for s in c.children)]
        if first.i == adjective.i + 1 and first.pos_ == "NOUN" and first.dep_ == "obj" and \
                not any(c.dep_ in ("det", "case", "det:poss") for c in first.children) and \
                (len(after) > 1 or clauses) and doc[adjective.i - 1].pos_ in NOMINAL:
            verb = first  # "russo nega che": the noun is the verb, the adjective its subject's
            verb.head, verb.dep_ = verb, "ROOT"
            for clause in clauses:
                clause.dep_ = "ccomp"  # "nega che ...": the content clause, not a relative
            for child in children:
                if child.i != verb.i:
                    child.head = verb
            adjective.head, adjective.dep_ = doc[adjective.i - 1], "amod"
        elif first.i == adjective.i + 1 and first.dep_ == "obj" and first.pos_ == "NOUN":
            continue  # "X, contrario a ...": no clause nor object beyond the noun
        verb.pos_ = "VERB"
        verb.set_morph("Mood=Ind|Tense=Pres|VerbForm=Fin")
        mended += 1
    return mended


def _verb_after_adjective_root(doc: Any) -> int:
    """"L'attacco russo contro Odessa ha ucciso tre civili": the adjective after the subject
    read as the root (the attack "is Russian") and the clause's verb as an aside of it. An
    adjective root with no copula, its subject the noun right before it, and after it a verb
    with a tense of its own and no subject, told as an aside or a conjunct with no
    coordinator: the verb is the root, the noun its subject, the adjective the noun's
    modifier, and the adjective's obliques before the verb the noun's."""
    mended = 0
    for adjective in _where(doc, "ROOT", ADJECTIVES):
        if adjective.dep_ != "ROOT" or adjective.pos_ != "ADJ" or adjective.i == 0:
            continue
        children = list(adjective.children)
        subject = doc[adjective.i - 1]
        if subject.head.i != adjective.i or subject.dep_ != "nsubj" \
                or subject.pos_ not in NOUNS or any(
                    c.dep_ in ("cop", "aux", "aux:pass") for c in children):
            continue
        verb = next((c for c in children if c.i > adjective.i and c.pos_ == "VERB"
                     and base_dep(c) in ("parataxis", "conj") and (_finite(c) or any(
                         a.dep_.startswith("aux") for a in c.children))), None)
        if verb is None or any(c.dep_.startswith("nsubj") or c.dep_ == "cc"
                               for c in verb.children):
            continue
        verb.head, verb.dep_ = verb, "ROOT"
        subject.head = verb
        adjective.head, adjective.dep_ = subject, "amod"
        for child in children:
            if child.i in (subject.i, verb.i):
                continue
            if child.i < verb.i and base_dep(child) in ("obl", "nmod"):
                child.head, child.dep_ = subject, "nmod"
            else:
                child.head = verb
        mended += 1
    return mended


def _name_hung_on_reflexive(doc: Any) -> int:
    """"Nach langen Gesprächen haben sich Serbien und der Kosovo ... geeinigt": the subject
    after a reflexive pronoun read as a part of the pronoun (a pronoun has no parts). A
    nominal hung on a reflexive pronoun of a verb with no subject is the verb's subject."""
    mended = 0
    for word in doc:
        pronoun = word.head
        if word.pos_ not in NOMINAL or pronoun.i == word.i or pronoun.pos_ != "PRON" or \
                "Yes" not in pronoun.morph.get("Reflex") or word.dep_ not in (
                    "compound", "flat", "nmod", "appos", "dep"):
            continue
        verb = pronoun.head
        if verb.i == pronoun.i or verb.pos_ not in ("VERB", "AUX") or any(
                c.dep_.startswith(("nsubj", "csubj")) for c in verb.children):
            continue
        word.head, word.dep_ = verb, "nsubj"
        mended += 1
    return mended


def _name_read_as_adverb(doc: Any) -> int:
    """"Azerbaijan amassed artillery", "Uganda demobilised its troops": the English model
    took the name before a subjectless verb for its adverb; a proper noun is no adverb, it
    is the subject. So is a nominative one before a verb whose only subject, after it, is
    marked genitive or accusative ("Будапешт спростував заяви Києва"): that noun is the
    object (when the verb has none), or Kyiv would deny."""
    mended = 0
    for token in _where(doc, frozenset({"advmod", "iobj"}), frozenset({"PROPN"})):
        verb = token.head
        if verb.pos_ != "VERB" or token.i > verb.i or token.dep_ not in ("advmod", "iobj"):
            continue
        subjects = [c for c in verb.children if c.dep_.startswith(("nsubj", "csubj", "expl"))]
        if token.dep_ == "iobj":  # "Будапешт відкинув заяви Братислави", read as a dative:
            # only with a genitive "subject" after the verb
            if not subjects or subjects[0].morph.get("Case") != ["Gen"] or any(
                    c.dep_ == "case" for c in token.children) or \
                    not _object_read_as_subject(token, verb, subjects):
                continue
        elif subjects and not (_object_read_as_subject(token, verb, subjects)
                               or _uncased_object_read_as_subject(token, verb, subjects)):
            continue
        for subject in subjects:
            subject.dep_ = "obj"
        token.dep_ = "nsubj"
        mended += 1
    return mended


def _object_read_as_subject(name: Any, verb: Any, subjects: list[Any]) -> bool:
    """Whether a verb's one subject is its object: after the verb, marked genitive or
    accusative and not nominative, with a nominative name before the verb and no object."""
    case = subjects[0].morph.get("Case")
    return len(subjects) == 1 and subjects[0].dep_ == "nsubj" and subjects[0].i > verb.i and \
        name.morph.get("Case") in (["Nom"], ["Dat"]) and bool({"Gen", "Acc"} & set(case)) and \
        "Nom" not in case and not any(c.dep_ in ("obj", "iobj") and c.i != name.i
                                      for c in verb.children)


def _uncased_object_read_as_subject(name: Any, verb: Any, subjects: list[Any]) -> bool:
    """"Uganda withdrew its last troops from Congo": the English model took the name for the
    verb's adverb and the object after the verb for its subject. With no case on either
    word, a name before an active verb and one plain subject after it, and no object, that
    subject is the object (or Congo would withdraw Uganda's troops)."""
    subject = subjects[0]
    return len(subjects) == 1 and subject.dep_ == "nsubj" and subject.i > verb.i and \
        subject.pos_ == "NOUN" and not name.morph.get("Case") and \
        not subject.morph.get("Case") and not any(
            c.dep_ in ("obj", "iobj", "aux:pass", "expl") or c.dep_.startswith("nsubj:pass")
            for c in verb.children)


def _name_before_reported_clause(doc: Any) -> int:
    """"Kenya said Uganda must withdraw its troops": the English model hung the name between
    a verb and its subjectless complement clause on the verb (as its adverb or object); the
    name right before the clause is the clause's subject."""
    mended = 0
    for token in _where(doc, frozenset({"advmod", "obj"}), frozenset({"PROPN"})):
        verb = token.head
        if token.pos_ != "PROPN" or token.dep_ not in ("advmod", "obj") or token.i < verb.i:
            continue
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "VERB"
                       and c.left_edge.i == token.right_edge.i + 1), None)
        if clause is None or any(c.dep_.startswith(("nsubj", "csubj", "expl"))
                                 for c in clause.children):
            continue
        token.head = clause
        token.dep_ = "nsubj"
        mended += 1
    return mended


def _name_compounded_on_verb(doc: Any) -> int:
    """"Turkey fought Kurdish rebels", "Hungary vetoed the package": the subject of a finite
    verb read as a compound or modifier of it. Neither ever hangs on a verb: the last name or
    noun so hung on a finite verb with no subject, before it and with no preposition, is its
    subject (an adjective so hung is a name only when capitalised: "Hungary" tagged ADJ)."""
    mended = 0
    for name in reversed(_where(doc, frozenset({"compound", "amod"}),
                                NOMINAL | ADJECTIVES)):  # the last first
        verb = name.head
        if name.dep_ not in ("compound", "amod") or verb.i < name.i or verb.pos_ != "VERB" or \
                (name.pos_ == "ADJ" and not name.text[:1].isupper()) or \
                not _finite(verb) or any(g.dep_ == "case" for g in name.children) or any(
                c.dep_.startswith(("nsubj", "csubj")) for c in verb.children):
            continue
        name.dep_ = "nsubj"
        mended += 1
    return mended


def _subject_read_as_apposition(doc: Any) -> int:
    """"Selon le ministre, Olivier X, cité par l'AFP, Niamey s'est engagé": after a fronted
    source phrase with its own apposition, the parser hung the clause's subject on that
    phrase as one more apposition. A name set off by a comma right before a verb (or its
    clitics and auxiliaries) that has no subject, hung on an oblique of that same verb, is
    the verb's subject."""
    mended = 0
    for name in _where(doc, "appos", NOMINAL):
        phrase = name.head
        verb = phrase.head
        if name.i < 1 or doc[name.i - 1].text != "," or base_dep(phrase) != "obl" \
                or verb.pos_ not in ("VERB", "AUX") or verb.i <= name.i \
                or any(c.dep_.startswith(("nsubj", "csubj")) for c in verb.children):
            continue
        between = doc[name.right_edge.i + 1:verb.i]
        if any(w.head.i != verb.i or not w.dep_.startswith(("aux", "expl", "advmod"))
               for w in between):
            continue  # only the verb's own clitics and auxiliaries stand between
        if not (_finite(verb) or any(_finite(w) for w in between)):
            continue
        name.head, name.dep_ = verb, "nsubj"
        mended += 1
    return mended


def _verb_conjoined_to_apposed_subject(doc: Any) -> int:
    """"China's special envoy, Li Wenhai, spoke by phone with ...": a noun with a name set
    off by commas after it, then a finite verb that the parser hung on the noun as a
    conjunct or a relative clause (no coordinator, relative word or subject of its own:
    "Спецпосланник Китая, Ли Вэньхай, провел"). The noun is the verb's subject, and the
    verb takes the noun's place in the tree (else the sentence has no verb and its speaker
    no act)."""
    mended = 0
    for verb in _where(doc, frozenset({"conj", "acl:relcl"}), VERBS):
        noun = verb.head
        if verb.dep_ not in ("conj", "acl:relcl") or noun.pos_ not in NOMINAL \
                or noun.i >= verb.i or not _finite(verb) or verb.i < 2 \
                or doc[verb.i - 1].text != "," or any(
                    c.dep_.startswith(("nsubj", "csubj", "cc", "mark"))
                    or "Rel" in c.morph.get("PronType") for c in verb.children):
            continue
        names = [c for c in noun.children if c.dep_ == "appos" and c.i < verb.i - 1
                 and doc[c.i - 1].text == "," and all(  # the name's words up to the comma
                     w.dep_.startswith("flat") or w.head.i == c.i for w in doc[c.i + 1:verb.i - 1])]
        if not names or any(c.dep_ == "cc" and noun.i < c.i < verb.i for c in noun.children):
            continue
        verb.head = verb if noun.head.i == noun.i else noun.head
        verb.dep_ = "ROOT" if noun.head.i == noun.i else noun.dep_
        for child in list(noun.children):
            if child.i > verb.i:
                child.head = verb  # the sentence's closing mark and later parts
        noun.head, noun.dep_ = verb, "nsubj"
        mended += 1
    return mended


def _genitive_read_as_apposition(doc: Any) -> int:
    """"durch Vermittlung Malaysias", "unter der Schirmherrschaft Ägyptens", "der Angriff
    Irans auf Israel": a name in the genitive right after a noun (no comma between) owns the
    noun; the German model hung it as an apposition, and the noun's own marked modifier
    ("auf Israel") on the name. The name is a modifier of the noun (``nmod``), and what it
    carries with a case word goes back to the noun. A genitive is told by its morphology,
    or, for a name the model did not know (tagged a number), by a language whose nouns are
    capitalised (grammar.yaml ``nouns_capitalized``) and its final "s"."""
    mended = 0
    unknown_names = _grammar_flag(doc.lang_, "nouns_capitalized")
    for name in _where(doc, frozenset({"appos", "obj"}), None):
        noun = doc[name.i - 1] if name.i else name
        if name.dep_ == "obj" and noun.head.i != name.head.i:
            continue  # an object only when the model hung both on one verb
        if name.dep_ not in ("appos", "obj") or noun.pos_ != "NOUN" or \
                (name.dep_ == "appos" and name.head.i != noun.i) or not name.text[:1].isupper():
            continue
        genitive = "Gen" in name.morph.get("Case")
        guessed = unknown_names and name.pos_ in ("NUM", "X") and name.is_alpha \
            and name.text.endswith("s") and not name.morph.get("Case")
        if not (genitive or guessed):
            continue
        if guessed:
            name.pos_ = "PROPN"
        name.head, name.dep_ = noun, "nmod"
        for child in list(name.children):
            if child.i > name.i and child.dep_.split(":")[0] == "nmod" and any(
                    g.dep_ == "case" for g in child.children):
                child.head = noun
        mended += 1
    return mended


def _mediator_named_before_its_role(doc: Any) -> int:
    """"за участю США як посередника", "mit Katar als Vermittler", "with Kenya as mediator":
    a noun of mediation opened by a word of role (grammar ``role_words``: "as", "als",
    "як") that names nobody itself; the name right before the role word, in an oblique or
    nominal modifier (no subject or object of a verb), is the go-between. The mediation noun
    takes the name's place and the name becomes its modifier, so it is read as in "the
    mediation of X": the go-between, no side nor partner of the talks."""
    from eventwire.events.tree.common import dictionary_lemma

    roles = _grammar_words(doc.lang_, "role_words")
    nouns = _mediation_lemmas(doc.lang_) if roles else frozenset()
    mended = 0
    for noun in doc:
        if noun.pos_ != "NOUN" or noun.i < 2 or doc[noun.i - 1].lower_ not in roles:
            continue
        if noun.lemma_.lower() not in nouns and \
                dictionary_lemma(noun.text, doc.lang_).lower() not in nouns:
            continue  # (the model's lemma of a rarer form may be wrong: "посредникий")
        role = doc[noun.i - 1]
        if role.head.i != noun.i:
            continue
        if noun.dep_ == "conj":
            # "mit der EU als Vermittler", "як посередника": the role word read as a
            # coordinator, the noun as a conjunct of the phrase before (a place: of what
            # holds it); it modifies that phrase
            held = noun.head
            if held.pos_ == "PROPN" and held.head.i != held.i:
                held = held.head
            noun.head, noun.dep_ = held, "obl" if held.pos_ == "VERB" else "nmod"
            role.dep_ = "case"
            mended += 1
        if any(c.pos_ in NOMINAL or c.dep_ in ("nmod", "amod", "nmod:poss")
               for c in noun.children):
            continue  # (it names its go-between itself)
        name = doc[role.i - 1]
        if name.pos_ not in NOMINAL:  # (the mention reading decides whether it names a side)
            continue
        while name.dep_ in ("flat", "flat:name", "compound") and name.head.i < name.i:
            name = name.head
        if name.dep_.split(":")[0] not in ("obl", "nmod") or name.head.i == name.i or \
                noun.i in {a.i for a in name.ancestors}:
            continue
        if noun.head.i not in {a.i for a in name.ancestors}:
            # (a noun already hung on what holds the name's phrase keeps its place)
            noun.head, noun.dep_ = name.head, name.dep_
        for case in [c for c in name.children if c.dep_ == "case" and c.i < name.i]:
            case.head = noun  # "mit Katar als Vermittler": the go-between's "mit"
        name.head, name.dep_ = noun, "nmod"
        mended += 1
    return mended
