"""Arguments: subjects, objects and cased nominals hung on the wrong word or with the wrong
relation.
"""

from __future__ import annotations

from typing import Any

from eventwire.syntax.repair.common import (
    NAME_PARTS,
    NOMINAL,
    NOUNS,
    OBLIQUES,
    VERBS,
    _a_day,
    _after_coordinator,
    _country_words,
    _disagrees_in_number,
    _finite,
    _grammar_flag,
    _grammar_words,
    _infinitive_clause,
    _lemma_keys,
    _name_from,
    _name_like,
    _object_hung_on_argument,
    _subjects_by_verb,
    _where,
    base_dep,
)


def _subject_after_comma(doc: Any) -> int:
    """"X erklärte, Moskau sei ... interessiert": the clause after the comma was taken for a
    conjunct of the verb, and its subject for the verb's object. A nominal object that stands
    right after "verb ," (not marked accusative), before a conjunct verb of its own with no
    subject, is that verb's subject."""
    mended = 0
    for verb in _where(doc, None, frozenset({"VERB", "AUX"})):
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


def _subject_of_object_relative(doc: Any) -> int:
    """"Боевики, которых поддерживает Иран", "la guerrilla, a la que apoya Venezuela": in a
    relative clause whose relative word is the verb's object (or marked as one: grammar
    ``object_cases``, the Spanish "a" of persons),
    the name after the verb was read as a second object. A clause has one object and a
    subject: with the relative word taking the object's place and no subject, the nominal
    object after the verb is its subject (the one who backs, not the one backed)."""
    mended = 0
    for verb in _where(doc, "acl:relcl", VERBS):
        children = list(verb.children)
        if any(base_dep(c).startswith(("nsubj", "csubj")) or c.dep_ == "aux:pass"
               for c in children):
            continue
        opening = [w for w in doc[verb.left_edge.i:verb.i] if w.pos_ not in ("PUNCT", "ADP", "DET")]
        object_cases = _grammar_words(doc.lang_, "object_cases")
        relative = [c for c in children if c.i < verb.i and c.pos_ == "PRON"
                    and ("Rel" in c.morph.get("PronType") or (opening and c.i == opening[0].i))
                    and (c.dep_ in ("obj", "iobj") or (c.dep_ == "obl" and any(
                        g.dep_ == "case" and g.lemma_.lower() in object_cases
                        for g in c.children)))]
        named = [c for c in children if c.i > verb.i and c.dep_ == "obj" and c.pos_ in NOMINAL]
        if len(relative) != 1 or len(named) != 1:
            continue
        named[0].dep_ = "nsubj"
        mended += 1
    return mended


def _subject_read_as_bare_oblique(doc: Any) -> int:
    """"Estonia accused Russia of espionage": a name opening the clause, with no case word,
    read as a bare oblique (as a time phrase: "Monday"), before a finite verb with no
    subject. Only a name of time is a bare oblique; any other is the verb's subject."""
    mended = 0
    for name in _where(doc, "obl:unmarked", frozenset({"PROPN"})):
        verb = name.head
        if name.dep_ != "obl:unmarked" or name.i > verb.i or _a_day(name) \
                or not _finite(verb) or any(c.dep_ == "case" for c in name.children) \
                or any(base_dep(c).startswith(("nsubj", "csubj")) for c in verb.children) \
                or any(w.pos_ in ("PUNCT", "ADP", "SCONJ") for w in doc[name.i + 1:verb.i]):
            continue
        name.dep_ = "nsubj"
        mended += 1
    return mended


def _fronted_phrase_subject(doc: Any) -> int:
    """"En respuesta a los ataques rusos, Ucrania atacó ...", "Para poner fin al conflicto con
    Hezbollah, Israel y el Líbano acordaron ...": the subject after the comma that closes a
    fronted phrase was hung on that phrase's last noun (an apposition, or more conjuncts), and
    the verb right after it has no subject. Names that fill the stretch between that comma and
    a finite verb without a subject, hung inside a phrase of that verb, are its subject."""
    mended = 0
    for verb in _where(doc, None, frozenset({"VERB"})):
        if any(c.dep_.startswith("nsubj") for c in verb.children):
            continue
        if not _finite(verb) and not any(  # "ont conclu": the auxiliary is finite
                c.dep_.startswith("aux") and _finite(c) for c in verb.children):
            continue
        begins = min([verb.i] + [c.i for c in verb.children  # "ont conclu": from "ont"
                                 if c.dep_.startswith("aux") and c.i < verb.i])
        comma = begins - 1
        while comma > 0 and begins - comma <= 8 and doc[comma].text != ",":
            comma -= 1
        if comma <= 0 or doc[comma].text != "," or comma == begins - 1:
            continue
        inside = range(comma + 1, begins)
        heads = [w for w in doc[comma + 1:begins] if w.head.i not in inside]
        if not heads or any(not _name_like(h) or h.dep_ not in ("appos", "conj")
                            or verb not in h.head.ancestors for h in heads):
            continue
        first = heads[0]
        first.head, first.dep_ = verb, "nsubj"
        for other in heads[1:]:
            other.head, other.dep_ = first, "conj"
        mended += 1
    return mended


def _first_subject_in_fronted_phrase(doc: Any) -> int:
    """"Avec la Norvège comme facilitateur, la Colombie et le Venezuela ont repris ...": the
    first of two coordinated subjects after the comma that closes a fronted phrase was hung
    on the phrase as its conjunct (or its apposition: "Par l'entremise du Togo, le Niger et
    le Bénin ont conclu ..."), and the second (with the coordinator) left the verb's
    subject. The first becomes the subject, the second its conjunct."""
    mended = 0
    for subject in _where(doc, "nsubj", NOMINAL):
        verb = subject.head
        if subject.dep_ != "nsubj" or verb.i < subject.i or not any(
                c.dep_ == "cc" for c in subject.children):
            continue
        start = subject.left_edge.i
        comma = next((i for i in range(start - 1, max(0, start - 8), -1)
                      if doc[i].text == ","), None)
        if comma is None:
            continue
        first = next((w for w in doc[comma + 1:start] if w.dep_ in ("conj", "appos")
                      and w.head.i < comma and _name_like(w) and verb in w.head.ancestors), None)
        if first is None or any(w.head.i not in range(comma + 1, start) and w.i != first.i
                                for w in doc[comma + 1:start]):
            continue
        first.head, first.dep_ = verb, "nsubj"
        subject.head, subject.dep_ = first, "conj"
        mended += 1
    return mended


def _cased_phrase_read_as_subject(doc: Any) -> int:
    """"Sous les auspices de l'Angola, Kinshasa et Kigali ont signé ...", "A través de Qatar,
    Israel y Hamás acordaron ...": a phrase opened by a case word, closed by a comma before
    the verb, was read as the subject, and the names after the comma as its conjuncts (so the
    mediator signed). A nominal with a case word is no subject: the names between the comma
    and the verb are, and the phrase is the verb's oblique. So when the phrase is already an
    oblique and the verb has no subject, the names hung in it as its modifiers ("Con la
    mediazione del Vaticano, Russia e Ucraina hanno concordato")."""
    mended = 0
    for phrase in [*_where(doc, "nsubj", NOMINAL), *_where(doc, "obl", NOMINAL)]:
        verb = phrase.head
        opener = phrase.left_edge
        oblique = phrase.dep_ == "obl"
        if phrase.dep_ not in ("nsubj", "obl") or verb.i < phrase.i or (
                opener.head.i != phrase.i and opener.i != phrase.i) or (
                opener.dep_ != "case" and opener.lower_ not in _opening_cases(doc.lang_)):
            continue  # ("Gracias a los esfuerzos de Z", "Thanks to": the case word a noun)
        if oblique and (verb.pos_ not in ("VERB", "AUX") or any(
                c.dep_.startswith(("nsubj", "csubj")) for c in verb.children)):
            continue
        begins = min([verb.i] + [c.i for c in verb.children
                                 if c.dep_.startswith("aux") and c.i < verb.i])
        comma = next((i for i in range(phrase.i + 1, begins) if doc[i].text == ","), None)
        if comma is None:
            continue
        inside = range(comma + 1, begins)
        heads = [w for w in doc[comma + 1:begins] if w.head.i not in inside]
        joined = ("conj", "appos", "nmod") if oblique else ("conj", "appos")
        if not heads or any(not _written_as_name(h) or h.dep_ not in joined
                            or any(c.dep_ == "case" for c in h.children)
                            or not opener.i <= h.head.i < comma for h in heads):
            continue  # (names only: "after hours of talks ..., the presidency said" is
            # another clause's subject)
        first = heads[0]
        first.head, first.dep_ = verb, "nsubj"
        for other in heads[1:]:
            other.head, other.dep_ = first, "conj"
        phrase.dep_ = "obl"
        mended += 1
    return mended


def _subject_hung_on_auxiliary(doc: Any) -> int:
    """"Unter Vermittlung Katars haben Äthiopien und Eritrea ... unterzeichnet": the model
    hung the names after the fronted auxiliary on it as its object. An auxiliary takes no
    argument: a nominative nominal on it, before the verb, is the subject of its verb (when
    that verb has none)."""
    mended = 0
    for noun in _where(doc, "obj", NOMINAL):
        auxiliary, verb = noun.head, noun.head.head
        if noun.dep_ != "obj" or auxiliary.pos_ != "AUX" or not auxiliary.dep_.startswith(
                "aux") or not auxiliary.i < noun.i < verb.i or \
                "Nom" not in noun.morph.get("Case") or any(
                c.dep_.startswith(("nsubj", "csubj")) for c in verb.children):
            continue
        noun.head, noun.dep_ = verb, "nsubj"
        mended += 1
    return mended


def _opening_cases(code: str) -> frozenset[str]:
    """The words that open a go-between's phrase (grammar ``facilitator_cases`` and
    ``intermediary_cases``), which a model may read as a noun ("Gracias", "Grâce")."""
    return _grammar_words(code, "facilitator_cases") | _grammar_words(code, "intermediary_cases")


def _written_as_name(token: Any) -> bool:
    """A name, or one a model tagged a noun or adjective: an acronym ("la RDC") or a
    country's name ("Chad")."""
    return token.pos_ == "PROPN" or (token.pos_ in ("NOUN", "ADJ") and (
        token.text.isupper() or token.lower_ in _country_words(token.doc.lang_)))


def _second_subject(doc: Any) -> int:
    """"Чили передала Перу оружие": a verb has one subject; a second nominal taken for one,
    after the verb and marked accusative, dative or genitive (not coordinated: no ``cc``), is
    its object (dative: indirect object). The genitive covers objects in that case
    ("попросил гарантий") and a dative read as genitive ("dankte der Türkei")."""
    mended = 0
    for verb_i, subjects in _subjects_by_verb(doc):
        if len(subjects) < 2:
            continue
        for extra in subjects[1:]:
            case = extra.morph.get("Case")
            if extra.i < verb_i or _after_coordinator(doc, extra):
                continue
            if _inanimate_object_read_as_nominative(subjects[0], extra, verb_i):
                extra.dep_ = "obj"
                mended += 1
                continue
            if not ({"Acc", "Dat", "Gen"} & set(case)):
                continue
            extra.dep_ = "obj" if case == ["Acc"] else "iobj"
            mended += 1
    return mended


def _inanimate_object_read_as_nominative(first: Any, extra: Any, verb_i: int) -> bool:
    """"Министр опроверг любое вторжение ...": an inanimate neuter noun has one form for the
    nominative and the accusative, and the model tagged it nominative, a second subject. After
    the verb, with a person or a name before the verb as the subject, it is the object (else
    the denied invasion is read as no denial's content). Not after a thing as the first
    subject ("Это решение приняло правительство": the government is the subject)."""
    return first.i < verb_i and extra.pos_ == "NOUN" \
        and extra.morph.get("Case") == ["Nom"] and "Inan" in extra.morph.get("Animacy") \
        and "Neut" in extra.morph.get("Gender") \
        and (first.pos_ == "PROPN" or "Anim" in first.morph.get("Animacy"))


def _oblique_subject(doc: Any) -> int:
    """"Deutschland lieferte der Ukraine Panzer": the only subject is marked dative or
    accusative and stands after its verb, while a bare nominative nominal before the verb (no
    case word) was left as an oblique: the nominative is the subject, the other the verb's
    (indirect) object. Without this the giver and the receiver change places."""
    mended = 0
    for verb in doc:
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in NOMINAL]
        if len(subjects) != 1:
            continue
        subject = subjects[0]
        case = set(subject.morph.get("Case"))
        if subject.i < verb.i or not case or "Nom" in case or not ({"Acc", "Dat"} & case):
            continue
        stray = [c for c in verb.children if c.i < verb.i and c.pos_ in NOMINAL
                 and c.dep_.split(":")[0] in ("obl", "nmod", "dep")
                 and c.morph.get("Case") == ["Nom"]
                 and not any(g.dep_ == "case" for g in c.children)]
        if len(stray) != 1:
            continue
        stray[0].dep_ = "nsubj"
        subject.dep_ = "iobj" if "Dat" in case else "obj"
        mended += 1
    return mended


SUBJECTS = frozenset({"NOUN", "PROPN", "PRON"})


# how a reported clause before "…, the ministry said" gets hung on the speech verb
REPORTED_CLAUSE = frozenset({"advcl", "ccomp", "parataxis", "dep"})


def _reported_clause_subject(doc: Any) -> int:
    """"A and B agreed to a truce, the ministry said": the parser hung A on "said" as a
    second subject and "agreed" on "said" with no subject of its own. A verb has one
    subject: of two, the one that comes before a subjectless clause of the verb (and is not
    the subject set off after the comma) is that clause's, and the clause the verb's content
    (``ccomp``). Without this the reported act loses its doer and the source its words."""
    mended = 0
    for verb in doc:
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in SUBJECTS]
        if len(subjects) != 2:
            continue
        first, second = subjects
        clauses = [c for c in verb.children if c.dep_ in REPORTED_CLAUSE
                   and c.pos_ in ("VERB", "AUX") and first.i < c.i < second.left_edge.i
                   and not any(g.dep_.startswith("nsubj") for g in c.children)]
        if len(clauses) != 1 or _after_coordinator(doc, second):
            continue
        comma = min(second.left_edge.i, verb.i) - 1  # "…, the ministry said" / "…, said the …"
        if comma <= clauses[0].i or doc[comma].text not in (",", "\u2014", "-"):
            continue
        first.head, first.dep_ = clauses[0], "nsubj"
        clauses[0].dep_ = "ccomp"
        mended += 1
    return mended


def _accusative_subject(doc: Any) -> int:
    """"…, что выведет свои корабли": the only subject, after its verb, is marked accusative
    (not nominative) and inanimate, and the verb has no object: the morphology says it is the
    object, and the clause's subject is dropped (the speaker's, read from above), not the
    thing moved. So is one tagged nominative that the verb does not agree with in number
    ("…, что атаковало украинские позиции", "атаковали Белгород": an inanimate noun whose
    nominative and accusative are one form)."""
    mended = 0
    # the rare candidate subjects first: walking every verb's children costs more
    for subject in [t for t in _where(doc, "nsubj", NOMINAL)
                    if t.i > t.head.i and t.head.pos_ in ("VERB", "AUX")]:
        verb = subject.head
        if subject.morph.get("Animacy") != ["Inan"]:
            continue  # without animacy ("die Armee") the case alone is too often wrong
        if subject.morph.get("Case") != ["Acc"] and not _disagrees_in_number(subject, verb):
            continue
        if sum(1 for c in verb.children if c.dep_.startswith("nsubj")) != 1 or any(
                c.dep_ in ("obj", "iobj") for c in verb.children):
            continue
        subject.dep_ = "obj"
        mended += 1
    return mended


def _accusative_read_as_modifier(doc: Any) -> int:
    """"вручило Азербайджану ноту протеста": a noun in the accusative with no preposition,
    hung as a modifier (``nmod``) on the verb's other argument. A noun modifies another in the
    genitive, or through a preposition; one marked accusative alone is the verb's object
    (when it has none). So on an oblique in another case when an article or adjective agrees
    with it in the accusative ("mit einem Hubschrauber den Luftraum verletzt": the airspace is
    what was violated, not the helicopter's; a lone genitive the model tags accusative has no
    such word)."""
    return _object_hung_on_argument(doc, "nmod", NOUNS, lambda word, head: (
        word.morph.get("Case") == ["Acc"] and (base_dep(head) == "iobj" or (
            base_dep(head) == "obl" and head.morph.get("Case") not in ([], ["Acc"])
            and any(c.pos_ in ("DET", "ADJ") and c.morph.get("Case") == ["Acc"]
                    for c in word.children)))))


def _dative_subject(doc: Any) -> int:
    """"При посредничестве Катара Россия вернула Украине детей": a subject marked dative only
    is the verb's indirect object; a nominative name hung on the oblique before the verb,
    right before it, is the subject (else the one given to reads as the giver)."""
    mended = 0
    for subject in [t for t in _where(doc, "nsubj", NOMINAL)
                    if t.morph.get("Case") == ["Dat"] and t.i > t.head.i]:
        verb = subject.head
        if verb.pos_ != "VERB" or verb.i == 0:
            continue
        before = doc[verb.i - 1]
        if before.pos_ not in NOMINAL or before.morph.get("Case") != ["Nom"] or \
                before.dep_ != "nmod" or before.head.head.i != verb.i:
            continue
        subject.dep_ = "iobj"
        before.head, before.dep_ = verb, "nsubj"
        mended += 1
    return mended


def _fronted_object(doc: Any) -> int:
    """"Литовський пост атакували білоруські військові", "Den Posten griffen Soldaten an":
    a singular nominal before a plural verb cannot be its subject; the plural nominal after
    it, marked nominative, agrees with it. The two change places (the object fronted, as
    these languages allow), else the post reads as the attacker."""
    mended = 0
    for subject in [t for t in _where(doc, "nsubj", NOMINAL)
                    if t.i < t.head.i and t.head.pos_ == "VERB"]:
        verb = subject.head
        if verb.morph.get("Number") != ["Plur"] or subject.morph.get("Number") != ["Sing"] or \
                any(c.dep_ == "conj" for c in subject.children) or not _finite(verb):
            continue
        objects = [c for c in verb.children if c.dep_ in ("obj", "nsubj", "nsubj:pass")
                   and c.i != subject.i]
        if len(objects) != 1 or objects[0].i < verb.i:
            continue  # "пост атаковали военные": the agent an object, or a second subject
        agent = objects[0]
        if agent.pos_ not in ("NOUN", "PROPN", "ADJ") or agent.morph.get("Case") != ["Nom"] or \
                agent.morph.get("Number") != ["Plur"]:
            continue
        subject.dep_, agent.dep_ = "obj", "nsubj"
        mended += 1
    return mended


def _impersonal_plural_object(doc: Any) -> int:
    """"Россию обвиняют в ...", "Судан звинувачують у ...": where a third-person plural verb
    with no subject says "they" (someone unnamed) do it (``impersonal_plural`` in the
    language's grammar.yaml), a lone singular name before it, marked for case, cannot be its
    subject and is its object. Names in capitals ("США",
    "ВСУ") are left alone: their number is the model's guess."""
    if not _grammar_flag(doc.lang_, "impersonal_plural"):
        return 0
    mended = 0
    for subject in [t for t in _where(doc, "nsubj", NOMINAL)
                    if t.i < t.head.i and t.head.pos_ == "VERB"]:
        verb = subject.head
        if subject.morph.get("Number") != ["Sing"] or not subject.morph.get("Case") or \
                subject.text.isupper() or verb.morph.get("Number") != ["Plur"] or \
                not _finite(verb) or "1" in verb.morph.get("Person") or \
                "2" in verb.morph.get("Person"):
            continue
        if any(c.dep_ in ("conj", "nummod", "nmod", "appos") for c in subject.children) or any(
                c.dep_.startswith(("nsubj", "obj", "csubj")) and c.i != subject.i
                or (c.dep_ == "cc" and c.i < subject.i) for c in verb.children):
            continue  # "..., Москва и Киев договорились": the last of two names, split off
        subject.dep_ = "obj"
        mended += 1
    return mended


def _instrumental_subject(doc: Any) -> int:
    """"Ночью обстреляли позиции": a common noun in the instrumental with no preposition was
    taken for the subject. A subject is never instrumental (the doer of a passive is an
    oblique): it is an oblique of time, manner or agent. Names are left alone: their case is
    the model's guess ("Польща" tagged instrumental)."""
    mended = 0
    for word in _where(doc, "nsubj", NOMINAL):
        if word.dep_ == "nsubj" and word.morph.get("Case") == ["Ins"] and word.text.islower() \
                and not any(c.dep_ == "case" for c in word.children):
            word.dep_ = "obl"
            mended += 1
    return mended


def _clause_read_as_object(doc: Any) -> int:
    """"a nié que ses troupes aient ouvert le feu": a content clause read as the verb's object
    with the clause's verb hung on it as a modifier, and its conjunction and finite auxiliary
    left as stray modifiers. A conjunction before the noun and a finite auxiliary between the
    noun and the participle say it is a clause: the participle becomes the verb's complement,
    the noun its subject."""
    mended = 0
    for verb in _where(doc, "acl", VERBS):
        noun = verb.head
        if verb.dep_ != "acl" or verb.pos_ != "VERB" or noun.dep_ != "obj" \
                or noun.pos_ not in NOMINAL or noun.head.pos_ != "VERB" or noun.i > verb.i:
            continue
        left = noun.left_edge.i
        mark = doc[left - 1] if left > 0 else None
        if mark is None or mark.pos_ != "SCONJ" or mark.head.i not in (noun.i, verb.i):
            if not (doc[left].pos_ == "SCONJ" and doc[left].head.i in (noun.i, verb.i)):
                continue
            mark = doc[left]
        auxiliaries = [w for w in doc[noun.i + 1:verb.i] if w.pos_ == "AUX" and _finite(w)]
        if len(auxiliaries) != 1:
            continue
        governor = noun.head
        verb.head, verb.dep_ = governor, "ccomp"
        noun.head, noun.dep_ = verb, "nsubj"
        mark.head, mark.dep_ = verb, "mark"
        auxiliaries[0].head, auxiliaries[0].dep_ = verb, "aux"
        mended += 1
    return mended


def _cased_argument_read_as_modifier(doc: Any) -> int:
    """"Зеленський звинуватив Росію у ...": a nominative name before a finite verb read as
    its adjective, and a bare accusative after it read as a nominal modifier. Where the
    morphology marks the case, a nominative on a finite verb with no subject is its subject
    and a bare accusative on a verb with no object is its object."""
    mended = 0
    for word in _where(doc, frozenset({"amod", "nmod"}), NOMINAL):
        verb = word.head
        if verb.i == word.i or verb.pos_ != "VERB" or not _finite(verb) \
                or any(base_dep(c) == "case" for c in word.children):
            continue
        case = word.morph.get("Case")
        if word.dep_ == "amod" and case == ["Nom"] and word.i < verb.i \
                and not any(c.dep_.startswith("nsubj") for c in verb.children):
            word.dep_ = "nsubj"
            mended += 1
        elif word.dep_ in ("nmod", "iobj") and case == ["Acc"] and word.i > verb.i \
                and not any(c.dep_ in ("obj", "ccomp") for c in verb.children):
            word.dep_ = "obj"
            mended += 1
    return mended


def _told_as_reciprocal(verb: Any) -> bool:
    """Whether a verb has an adverb of mutuality (its language's ``reciprocal`` phrases in
    predicates.yaml: "mutuellement", "a vicenda") among its words."""
    from eventwire import lang

    code = verb.doc.lang_
    data = lang.section(code, "predicates") if code in lang.having("predicates") else {}
    phrases = [tuple(str(p).lower().split()) for p in data.get("reciprocal") or ()]
    words = [c for c in verb.children if c.dep_ in ("advmod", "obl", "obl:mod")]
    lemmas = [tuple(w.lemma_.lower() for w in c.subtree) for c in words]
    return any(found == phrase or found[-len(phrase):] == phrase
               for found in lemmas for phrase in phrases if phrase)


def _reflexive_with_object(doc: Any) -> int:
    """"L'Arménie et l'Azerbaïdjan se sont mutuellement remis une dizaine de prisonniers": a
    reflexive clitic read as the mark of a passive (``expl:pass``) on a verb that has a
    direct object of its own. A passive has no direct object: the clitic is a reciprocal
    or reflexive dative, and the passive subject the one who acts. So is it on a verb told
    as mutual ("se sont mutuellement accusés", "si sono accusati a vicenda")."""
    mended = 0
    for clitic in [*_where(doc, "expl:pass", None), *_where(doc, "expl:pv", None)]:
        verb = clitic.head
        if verb.i == clitic.i or not (
                (clitic.dep_ == "expl:pass" and any(
                    c.dep_ == "obj" and c.pos_ in NOMINAL for c in verb.children))
                or (clitic.dep_ in ("expl:pass", "expl:pv") and any(
                    c.dep_ == "nsubj:pass" for c in verb.children)
                    and _told_as_reciprocal(verb))):
            continue
        clitic.dep_ = "expl"
        mutual = _told_as_reciprocal(verb)
        for child in verb.children:
            if child.dep_ == "nsubj:pass":
                child.dep_ = "nsubj"
            elif child.dep_ == "aux:pass" and mutual:
                child.dep_ = "aux"  # "se sont accusés": the tense auxiliary of a pronominal
        mended += 1
    return mended


def _nominative_object(doc: Any) -> int:
    """"Kosovo warf Serbien vor, ...": the verb has no subject, and the nominal before it was
    taken for its object though marked nominative only: it is the subject (the first place of
    a clause with a finite verb after it). So is the first of two objects when it opens the
    sentence right before the verb and the other follows it ("Russische Truppen beschossen
    am Montag ukrainische Stellungen", both read as accusatives). So is a lone object that
    opens the sentence right before a verb whose content is a clause ("Peking bestreitet,
    dass ...": the clause is what is denied, the name before the verb denies it)."""
    mended = 0
    for verb in _where(doc, None, VERBS):
        if verb.pos_ != "VERB" or any(c.dep_.startswith(("nsubj", "csubj"))
                                      for c in verb.children):
            continue
        if _opening_object_of_clause_verb(verb):
            mended += 1
            continue
        if not (_finite(verb) or any(  # or "hat ... vorgeworfen"
                c.dep_ == "aux" and _finite(c) for c in verb.children)):
            continue
        if verb.dep_ == "xcomp" and _infinitive_clause(verb):
            continue  # "beschuldigte Y, polnische Soldaten angegriffen zu haben": no subject
        objects = [c for c in verb.children if c.dep_ == "obj" and c.pos_ in NOMINAL]
        stray = [c for c in objects if c.i < verb.i and c.morph.get("Case") == ["Nom"]]
        if not stray and len(objects) == 2 and objects[0].i < verb.i < objects[1].i and \
                verb.i > 0 and objects[0].left_edge.i == 0:
            stray = objects[:1]  # "Russische Truppen beschossen ... Stellungen": two objects
        if len(stray) != 1:
            continue
        stray[0].dep_ = "nsubj"
        mended += 1
    return mended


def _opening_object_of_clause_verb(verb: Any) -> bool:
    """ "Peking bestreitet, dass ...": a verb (no infinitive nor participle) with a content
    clause and no subject, whose one nominal object opens the sentence and ends right before
    it: that object is its subject (made so here)."""
    if {"Inf", "Part"} & set(verb.morph.get("VerbForm")) or not any(
            base_dep(c) == "ccomp" and c.i > verb.i for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ in ("obj", "iobj")]
    if len(objects) != 1 or objects[0].pos_ not in NOMINAL or objects[0].left_edge.i != 0 \
            or objects[0].right_edge.i + 1 != verb.i:
        return False
    objects[0].dep_ = "nsubj"
    return True


def _possessive_read_as_object(doc: Any) -> int:
    """"Бурунді заперечує, що її військові стріляли ...": a pronoun that is also an invariable
    possessive (grammar ``invariable_possessives``), read as the verb's object right before
    the verb's subject, owns that subject ("її військові": its soldiers), as the model
    reads the same words elsewhere ("ее военные": det)."""
    possessives = _grammar_words(doc.lang_, "invariable_possessives")
    if not possessives:
        return 0
    mended = 0
    for pronoun in _where(doc, frozenset({"obj", "iobj"}), frozenset({"PRON"})):
        after = doc[pronoun.i + 1] if pronoun.i + 1 < len(doc) else None
        if pronoun.lower_ not in possessives or after is None or after.head.i != pronoun.head.i \
                or not after.dep_.startswith("nsubj") or pronoun.head.i < after.i \
                or any(True for _ in pronoun.children):
            continue
        pronoun.head = after
        pronoun.pos_ = "DET"
        pronoun.dep_ = "det"
        mended += 1
    return mended


def _stray_subject_root(doc: Any) -> int:
    """"Ruritania President Juan Perez today rejected ...": a word between the subject and
    its verb (a day, "today") split the sentence into roots, and the verb has no subject.
    The nominal root that ends right before the verb (or before one lone word that is a root
    of its own) is the verb's subject; the lone word is the verb's modifier."""
    mended = 0
    for verb in _where(doc, "ROOT", VERBS):
        if verb.dep_ != "ROOT" or verb.pos_ != "VERB" or verb.i == 0 or any(
                c.dep_.split(":")[0] == "nsubj" and c.i < verb.i for c in verb.children):
            continue
        begins = verb.i  # "si sono scambiate": the verb's clitics and auxiliaries before it,
        # and its time or place phrases ("X и Y в воскресенье обменялись"), each whole
        for child in sorted((c for c in verb.children if c.i < verb.i), key=lambda c: -c.i):
            if child.right_edge.i != begins - 1 or not (
                    child.dep_.startswith(("aux", "expl")) or child.pos_ == "AUX"
                    or child.dep_.split(":")[0] in ("obl", "advmod")):
                break
            begins = child.left_edge.i
        if begins == 0:
            continue
        lone = doc[begins - 1]
        between = (lone.dep_ == "ROOT" or (lone.head.i == verb.i and lone.dep_ in (
            "obl:unmarked", "obl:tmod", "obl:npmod", "advmod"))) and not list(
            lone.children) and lone.pos_ in ("NOUN", "ADV")  # or already hung on the verb
        end = begins - 2 if between else begins - 1
        if end < 0:
            continue
        subject = doc[end]  # up to its root: a name's parts, conjuncts, appositions, the
        # genitive of its head ("Минобороны России назвало ...": the ministry of Russia)
        while subject.head.i != subject.i and subject.head.i < verb.i and \
                subject.dep_.split(":")[0] in NAME_PARTS | {"flat", "conj", "appos", "nmod"}:
            subject = subject.head
        if subject.dep_ != "ROOT" or subject.pos_ not in NOMINAL or \
                subject.right_edge.i != end:
            continue
        passive = any(c.dep_ == "aux:pass" for c in verb.children)  # "sono stati sequestrati
        subject.head, subject.dep_ = verb, "nsubj:pass" if passive else "nsubj"  # dalla Z"
        for later in verb.children:  # "Russia e Ucraina si sono scambiate 84 prigionieri":
            if later.dep_ == "nsubj" and later.i > verb.i and later.i != subject.i:
                later.dep_ = "obj"  # with its subject before it, the noun after is the object
        if between and lone.dep_ == "ROOT":
            lone.head, lone.dep_ = verb, "obl:tmod" if lone.pos_ == "NOUN" else "advmod"
        mended += 1
    return mended


def _subject_before_parenthesis(doc: Any) -> int:
    """"Chad, which borders Sudan, accused Khartoum ...", "Oman, a go-between, hosted ...": a
    name that opens the sentence, set off by a relative clause or an apposition between
    commas, was left a root with the verb after the closing comma hung on it (or a stray
    word of the verb). The verb, with no subject of its own, heads the clause and the name
    is its subject."""
    mended = 0
    for verb in _where(doc, None, VERBS):
        if verb.pos_ != "VERB" or verb.i < 4 or doc[verb.i - 1].text != "," or any(
                c.dep_.startswith("nsubj") for c in verb.children):
            continue
        name = _name_from(doc, 0)
        if name is None:
            continue
        noun, end = name
        if end + 1 >= verb.i - 1 or doc[end + 1].text != ",":
            continue
        if noun.dep_ == "ROOT" and verb.head.i == noun.i and verb.dep_ in (
                "xcomp", "acl", "conj", "parataxis", "advcl", "dep"):
            verb.head, verb.dep_ = verb, "ROOT"
            for child in list(noun.children):
                if child.i > verb.i:
                    child.head = verb
        elif noun.dep_ == "ROOT" and verb.dep_ == "amod" and verb.head.i == verb.i + 1 and \
                verb.head.head.i == noun.i and verb.head.pos_ in NOMINAL:
            # "X's president, speaking in Y, accused Z of ...": the verb read as a modifier
            # of its object, the object as an apposition of the subject
            obj = verb.head
            verb.head, verb.dep_ = verb, "ROOT"
            obj.head, obj.dep_ = verb, "obj"
            for child in list(noun.children):
                if child.i > verb.i:
                    child.head = verb
        elif not (verb.dep_ == "ROOT" and noun.head.i == verb.i and noun.dep_ in (
                "discourse", "dep", "vocative", "obl", "nmod", "appos", "obj", "advcl")):
            continue
        noun.head, noun.dep_ = verb, "nsubj"
        if not _finite(verb):
            verb.set_morph("Mood=Ind|Tense=Past|VerbForm=Fin")
        mended += 1
    return mended


def _subject_of_a_controlled_verb(doc: Any) -> int:
    """"Litauen warf Polen vor, litauische Dörfer beschossen zu haben": a controlled clause
    (``xcomp``) has no subject of its own in UD; its verb's subject is its controller's
    object or subject. A nominal the model made the subject of a non-finite ``xcomp`` after
    the verb governing it is that clause's object. One standing between the governing verb
    (with no object of its own, no comma between) and the infinitive is the governing verb's
    object, which controls the clause: "Азербайджан вынудил армянские войска отступить"
    (the troops withdraw, forced)."""
    mended = 0
    for noun in _where(doc, "nsubj", NOMINAL):
        verb = noun.head
        if noun.dep_ != "nsubj" or noun.pos_ not in NOMINAL or verb.dep_ != "xcomp" or \
                verb.pos_ != "VERB" or _finite(verb) or not ({"Inf", "Part"} & set(
                    verb.morph.get("VerbForm"))) or noun.i < verb.head.i or any(
                    c.dep_ in ("obj", "aux", "aux:pass") for c in verb.children):
            continue
        governor = verb.head
        if noun.i < verb.i and "Inf" in verb.morph.get("VerbForm") and not any(
                w.text == "," for w in doc[governor.i + 1:noun.i]) and not any(
                base_dep(c) in ("obj", "iobj") for c in governor.children):
            noun.head = governor  # the controller, object of the verb above
        noun.dep_ = "obj"
        mended += 1
    return mended


def _object_read_as_modifier(doc: Any) -> int:
    """"Россия и Армения провели в понедельник переговоры", "Турция провела в Стамбуле
    переговоры": the object after a day or a place named between it and its verb was hung on
    that oblique as a modifier (a day or a name takes no bare nominal of its own). The verb,
    with no object, takes it back."""
    mended = 0
    for noun in _where(doc, "nmod", frozenset({"NOUN"})):
        oblique = noun.head
        verb = oblique.head
        if oblique.dep_ not in OBLIQUES or \
                oblique.i > noun.i or verb.pos_ != "VERB" or verb.i > oblique.i or any(
                    c.dep_ in ("case", "obj") for c in noun.children) or any(
                    c.dep_ == "obj" for c in verb.children) or not (
                    oblique.pos_ == "PROPN" or _a_day(oblique)):
            continue
        noun.head, noun.dep_ = verb, "obj"
        mended += 1
    return mended


def _object_of_an_oblique(doc: Any) -> int:
    """"a rencontré à Addis-Abeba les délégations": the parser hung the verb's object on the
    place before it. A nominal with a preposition takes no direct object: the object is the
    verb's."""
    mended = 0
    for word in _where(doc, "obj", NOMINAL):
        holder = word.head
        verb = holder.head
        if (holder.i < word.i and holder.pos_ in NOMINAL and holder.dep_ in OBLIQUES
                and any(c.dep_ == "case" for c in holder.children)
                and verb.pos_ in ("VERB", "AUX") and verb.i != holder.i):
            word.head = verb
            mended += 1
    return mended


def _bare_oblique_argument(doc: Any) -> int:
    """"hat der Türkei eine Provokation vorgeworfen": an argument oblique with no
    preposition or case word of its own is a bare dative (or genitive) argument, which the
    readers of roles take as the indirect object ("obl:arg" is how the German treebank
    marks it, and also prepositional objects, which keep their preposition)."""
    mended = 0
    for token in _where(doc, "obl:arg", NOMINAL):
        if token.dep_ == "obl:arg" and not any(c.dep_ == "case" for c in token.children):
            token.dep_ = "iobj"
            mended += 1
    return mended


def _dative_read_as_genitive(doc: Any) -> int:
    """"Die griechische Regierung hat der Türkei vorgeworfen, ...": a verb that takes its
    addressee as a bare dative (grammar.yaml ``dative_verbs``: "vorwerfen", "drohen") and has
    none, whose subject is a noun with an adjective of its own ("griechische") and a name hung
    on it with no preposition, in a case the dative shares ("der Türkei": genitive or
    dative): the name is the verb's addressee, not the subject's owner."""
    verbs = _grammar_words(doc.lang_, "dative_verbs")
    if not verbs:
        return 0
    mended = 0
    for verb in _where(doc, None, VERBS):
        if _lemma_keys(verb).isdisjoint(verbs) or any(c.dep_ == "iobj" for c in verb.children):
            continue
        for subject in [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in NOMINAL]:
            if not any(c.dep_ == "amod" and c.pos_ == "ADJ" for c in subject.children):
                continue
            owned = [c for c in subject.children if c.dep_ == "nmod" and c.pos_ == "PROPN"
                     and c.i > subject.i and not any(g.dep_ == "case" for g in c.children)
                     and set(c.morph.get("Case")) & {"Gen", "Dat"}]
            if len(owned) == 1:
                owned[0].head, owned[0].dep_ = verb, "iobj"
                mended += 1
    return mended


def _phrase_hung_on_channel(doc: Any) -> int:
    """"ha parlato al telefono con il presidente X", "habló por teléfono con X", "sprach am
    Telefon mit X", "поговорил по телефону с X": the phrase after a noun of the means of
    talking (grammar.yaml ``channel_nouns``) was hung on that noun; a telephone has no
    partner, the verb does, and takes it back as its oblique."""
    channels = _grammar_words(doc.lang_, "channel_nouns")
    if not channels:
        return 0
    mended = 0
    for noun in _where(doc, "nmod", NOMINAL):
        channel = noun.head
        verb = channel.head
        if noun.dep_ != "nmod" or channel.i > noun.i or channel.lemma_ not in channels or \
                base_dep(channel) not in ("obl", "obj", "nmod") or verb.i == channel.i or \
                verb.pos_ != "VERB" or not any(c.dep_ == "case" for c in noun.children):
            continue
        noun.head, noun.dep_ = verb, "obl"
        mended += 1
    return mended


def _stacked_case_words(doc: Any) -> int:
    """"nach von Katar vermittelten Gesprächen": two case words stacked on the participle's
    agent, the first of them the phrase's own ("nach ... Gesprächen"), so the noun the
    participle describes was left an argument of the verb (an indirect object: a receiver).
    A noun takes one case word; the first of two adjacent ones belongs to the noun the
    noun's participle describes, which is then the verb's oblique."""
    mended = 0
    for first in _where(doc, "case", None):  # the rare candidates: case words in a row
        second = doc[first.i + 1] if first.i + 1 < len(doc) else None
        noun = first.head
        if second is None or second.dep_ != "case" or second.head.i != noun.i \
                or first.dep_ != "case" or noun.i < second.i or noun.pos_ not in NOMINAL:
            continue
        participle = noun.head
        described = participle.head
        if base_dep(participle) not in ("amod", "acl") or participle.pos_ not in (
                "VERB", "ADJ") or participle.i < noun.i or described.pos_ not in NOMINAL \
                or described.i <= participle.i:
            continue
        first.head = described
        if base_dep(described) in ("obj", "iobj", "nmod", "nsubj"):
            described.dep_ = "obl"
        mended += 1
    return mended


def _subject_hung_on_oblique(doc: Any) -> int:
    """"Російський дрон у ніч на понеділок атакував судно": the subject hung on the time
    phrase after it. A noun opened by its own preposition and hung on a verb has no subject:
    a nominative subject before it, on a finite verb with none, is that verb's."""
    mended = 0
    for word in _where(doc, "nsubj", NOMINAL):
        phrase = word.head
        verb = phrase.head
        if word.dep_ != "nsubj" or phrase.i <= word.i or phrase.pos_ not in NOMINAL \
                or base_dep(phrase) != "obl" or verb.pos_ != "VERB" or verb.i <= phrase.i \
                or not _finite(verb) or word.morph.get("Case") not in (["Nom"], []) \
                or not any(base_dep(c) == "case" for c in phrase.children) \
                or any(c.dep_.startswith("nsubj") for c in verb.children):
            continue
        word.head = verb
        mended += 1
    return mended

