"""Past forms our models read as presents, nouns or modifiers."""

from __future__ import annotations

from typing import Any

from eventwire.syntax.repair.common import (
    NOMINAL,
    STRAY_SUBJECT,
    VERBS,
    _finite,
    _grammar_value,
    _grammar_words,
    _infinitive_lemma,
    _past_form_lemma,
    _reporting_lemmas,
    _where,
    base_dep,
)

# relations of a noun's parts that a finite verb misread in a sentence with no verb hangs by
# (not amod: a verb read as its object's modifier is _verb_read_as_modifier's)
HUNG_AS_NOMINAL = frozenset({"compound", "nmod", "appos", "flat", "dep"})


def _active_participle_of_nominal(doc: Any, word: Any) -> bool:
    """A past participle hung on a noun, right after a nominal, that acts: it has a direct
    object ("the president praised Y's support": a passive participle has none) or modifies
    the noun after it, with its subject left stray ("Uganda accused Sudan", Uganda as an
    unmarked oblique). In a sentence with no verb, it is the verb."""
    if word.pos_ != "VERB" or "Part" not in word.morph.get("VerbForm") or \
            "Past" not in word.morph.get("Tense") or word.i == 0:
        return False
    before = doc[word.i - 1]
    if before.pos_ not in NOMINAL or any(c.dep_ == "case" for c in before.children):
        return False
    if word.dep_ == "acl":
        return word.head.i < word.i and (any(c.dep_ == "obj" for c in word.children)
                                         or _acts_after_article(word, before))
    if word.dep_ == "amod" and word.head.i == before.i:  # "Cambodian troops clashed with"
        return _aims(word, list(word.children)) and not any(
            base_dep(c) in ("aux", "nsubj") or c.dep_ == "obl:agent" for c in word.children)
    # (a name compounded on the noun, or its subject, is _verb_read_as_modifier's case)
    return word.dep_ == "amod" and word.head.i > word.i and before.dep_ in STRAY_SUBJECT


def _acts_after_article(word: Any, before: Any) -> bool:
    """"The Iraqi parliament called for the withdrawal ...", "The ministry called on Y to
    ...": a participle right after the noun it hangs on, in a sentence with no verb, whose
    noun opens with an article or a possessor (a sentence's subject; headlines that caption
    a passive drop the article: "Three soldiers killed in ambush") and that goes on with a
    complement of its own, with no auxiliary and no doer by "by", acts: it is the verb."""
    noun = word.head
    children = list(word.children)
    if before.i != noun.i or not (any(
            (c.dep_ == "det" and "Art" in c.morph.get("PronType")) or c.dep_ == "nmod:poss"
            for c in noun.children if c.i < noun.i) or _aims(word, children)):
        return False
    return not any(base_dep(c) in ("aux", "nsubj") or c.dep_ == "obl:agent"
                   for c in children) and any(
        c.i > word.i and base_dep(c) in ("obl", "xcomp", "advcl", "ccomp")
        for c in children)


def _aims(word: Any, children: list[Any]) -> bool:
    """Whether a participle is a verb that takes its target by a case word (grammar
    ``aiming_verbs``: "fire on", "clash with") with such a target after it ("fired on Pakistani
    posts"): active, as a passive would have no target left to name."""
    cases = frozenset((_grammar_value(word.doc.lang_, "aiming_verbs") or {}).get(
        word.lemma_.lower(), ()))
    return bool(cases) and any(c.i > word.i and base_dep(c) == "obl" and any(
        g.dep_ == "case" and g.lemma_.lower() in cases for g in c.children) for c in children)


# each repair after the test that its pattern is possible at all, in the order they run
def _agrees(article: Any, noun: Any) -> bool:
    """Whether an article can be a noun's: no gender the two give differs."""
    ours, theirs = article.morph.get("Gender"), noun.morph.get("Gender")
    return not ours or not theirs or bool(set(ours) & set(theirs))


def _as_past_verb(word: Any, lemma: str) -> None:
    """A word the model read as a noun or an adjective made the finite past verb it is spelled
    as, its gender and number kept ("атаковала", "закликав")."""
    kept = "".join(f"{k}={v}|" for k in ("Gender", "Number") for v in word.morph.get(k)[:1])
    word.pos_, word.lemma_ = "VERB", lemma
    word.set_morph(kept + "Mood=Ind|Tense=Past|VerbForm=Fin")


def _reported_clause_read_as_noun(doc: Any) -> int:
    """"Witnesses said Sudanese troops tortured detainees": the English model read the
    reported clause as one noun phrase ("troops" compounded on "detainees", "tortured" its
    modifier) and hung that noun on the verb of saying as its clause. A noun is no clause:
    a past form right before it, with the noun before that compounded on it, is the clause's
    verb, that noun its subject and the clause's noun its object."""
    mended = 0
    for noun in _where(doc, frozenset({"ccomp", "obj"}), frozenset({"NOUN"})):
        if noun.dep_ not in ("ccomp", "obj") or noun.i < 2 or noun.head.i > noun.i or (
                noun.dep_ == "obj" and noun.head.lemma_ not in _reporting_lemmas(doc.lang_)):
            continue  # (as an object: only of a verb of saying, "said Sudanese troops ...")
        verb, subject = doc[noun.i - 1], doc[noun.i - 2]
        if verb.head.i != noun.i or verb.dep_ != "amod" or verb.pos_ not in ("VERB", "ADJ") or \
                subject.head.i != noun.i or subject.dep_ != "compound" or \
                subject.pos_ not in NOMINAL or any(c.i > noun.i for c in verb.children):
            continue
        lemma = _past_form_lemma(verb, doc.lang_)
        if lemma is None:
            continue
        _as_past_verb(verb, lemma)
        verb.head, verb.dep_ = noun.head, "ccomp"
        subject.head, subject.dep_ = verb, "nsubj"
        noun.head, noun.dep_ = verb, "obj"
        mended += 1
    return mended


def _past_form_read_as_present(doc: Any) -> int:
    """"отверг", "засудив": a finite verb spelled as a past form (the language's past endings,
    or the bare stem of its infinitive) that the model tagged present or future. The
    spelling decides (else a denial made yesterday reads as one to come)."""
    endings = _grammar_words(doc.lang_, "past_endings")
    if not endings:
        return 0
    mended = 0
    for verb in _where(doc, None, VERBS):
        tense = verb.morph.get("Tense")
        if not ({"Pres", "Fut"} & set(tense)) or "Fin" not in verb.morph.get("VerbForm"):
            continue
        lemma = _past_form_lemma(verb, doc.lang_)
        form = verb.text.lower()
        if lemma is None or (not form.endswith(tuple(endings)) and len(lemma) - len(form) < 3):
            continue  # "проводит" is "проводить" less its soft sign, a present; "отверг" is
            # "отвергнуть" less its suffix, a past
        features = verb.morph.to_dict()
        features["Tense"] = "Past"
        features.pop("Person", None)  # a past form tells gender and number, no person
        verb.set_morph(features)
        mended += 1
    return mended


def _past_verb_conjoined_to_object(doc: Any) -> int:
    """"X засудив удари і закликав партнерів ...": a past form of a verb read as a noun
    conjoined to the object of the verb before it. A word spelled as a past form whose
    dictionary lemma is an infinitive, opened by a coordinator, is that verb's conjunct."""
    if not _grammar_words(doc.lang_, "past_endings"):
        return 0
    mended = 0
    for word in _where(doc, "conj", frozenset({"NOUN", "ADJ"})):
        noun = word.head
        verb = noun.head
        if word.text[:1].isupper() or noun.i >= word.i or verb.pos_ != "VERB" or \
                base_dep(noun) not in ("obj", "obl") or not any(
                    c.dep_ == "cc" and c.i < word.i for c in word.children) or any(
                    c.dep_ in ("det", "case", "amod") for c in word.children):
            continue
        lemma = _past_form_lemma(word, doc.lang_)
        if lemma is None:
            continue
        _as_past_verb(word, lemma)
        word.head = verb
        for child in word.children:  # "закликав партнерів": the genitive after it, its object
            if child.i > word.i and child.dep_ == "nmod":
                child.dep_ = "obj"
                break
        mended += 1
    return mended


def _past_verb_read_as_adverb(doc: Any) -> int:
    """"X засудив удар і пообіцяв Україні ...": a past form of a verb read as an adverb of the
    nominal after it, that nominal conjoined to the object of the verb before (so the
    promise is lost and its receiver becomes the condemned). A word right after a
    coordinator, spelled as a past form whose dictionary lemma is an infinitive, is that
    verb's conjunct; the nominals after it that hung on the first object are its own (a
    dative its indirect object)."""
    if not _grammar_words(doc.lang_, "past_endings"):
        return 0
    mended = 0
    for word in _where(doc, "advmod", frozenset({"ADV"})):
        nominal = word.head
        if word.i == 0 or doc[word.i - 1].dep_ != "cc" or word.text[:1].isupper() \
                or nominal.i <= word.i or nominal.dep_ != "conj":
            continue
        first = nominal.head
        verb = first.head
        if verb.pos_ != "VERB" or verb.i >= first.i or base_dep(first) not in ("obj", "obl") \
                or first.i >= word.i:
            continue
        lemma = _past_form_lemma(word, doc.lang_)
        if lemma is None:
            continue
        _as_past_verb(word, lemma)
        word.head, word.dep_ = verb, "conj"
        doc[word.i - 1].head = word
        for later in [c for c in first.children if c.i > word.i] + [nominal]:
            case = later.morph.get("Case")
            later.head = word
            later.dep_ = "iobj" if case == ["Dat"] else "obj"
        mended += 1
    return mended


def _past_form_conjoined_to_verb(doc: Any) -> int:
    """"X accused Y of ..., and summoned Y's envoy": a past form of a verb, opened by a
    coordinator and with an object of its own, tagged an adjective or a noun in a conjunct
    of a verb. It is a verb (else the act it tells is lost, or read as something else)."""
    mended = 0
    for word in _where(doc, "conj", frozenset({"NOUN", "ADJ"})):
        verb = word.head
        if verb.pos_ != "VERB" or verb.i >= word.i or word.text[:1].isupper() or not any(
                c.dep_ == "cc" and c.i < word.i for c in word.children) or not any(
                c.dep_ == "obj" and c.i > word.i for c in word.children) or any(
                c.dep_ in ("det", "case", "amod", "nmod:poss") for c in word.children):
            continue
        lemma = _past_form_lemma(word, doc.lang_)
        if lemma is None:
            continue
        word.pos_, word.lemma_ = "VERB", lemma
        word.set_morph("Tense=Past|VerbForm=Fin")
        mended += 1
    return mended


def _past_verb_opening_clause(doc: Any) -> int:
    """"…, что атаковала азербайджанские позиции": a past form of a verb read as a noun or
    an adjective, heading a clause opened by a subordinating word ("что", "що"). Only a
    predicate takes such a word; one spelled as a past form whose dictionary lemma is an
    infinitive (not "что это провокация") is the clause's verb, its number and gender kept."""
    mended = 0
    for mark in _where(doc, "mark", frozenset({"SCONJ"})):
        word = mark.head
        if word.pos_ not in ("NOUN", "ADJ") or word.i < mark.i or word.text[:1].isupper() \
                or any(c.dep_ in ("det", "cop", "case") for c in word.children):
            continue
        lemma = _past_form_lemma(word, doc.lang_)
        if lemma is None:
            continue
        _as_past_verb(word, lemma)
        mended += 1
    return mended


def _past_verb_read_as_nominal(doc: Any) -> int:
    """"Міністр ... звинуватив Київ у ...": the Ukrainian and Russian models read some past
    forms of verbs ("звинуватив", "атакував", "отверг") as nouns, adjectives, prepositions
    or gerunds, and the sentence is left with no verb: its subject becomes the root and the
    object an apposition of the verb. A word spelled as a past form whose dictionary lemma is
    an infinitive, in a sentence with no finite verb, is the clause's verb: the nominal root
    before it is its subject, the nominal after it its object, and what hung on the old root
    after the verb (obliques, a conjoined verb) moves to it."""
    if not _grammar_words(doc.lang_, "infinitive_endings"):
        return 0
    if any(t.pos_ in ("VERB", "AUX") and (_finite(t) or t.head.i == t.i) and (
            t.head.i == t.i or t.head.pos_ in ("VERB", "AUX")) and (
            t.i == 0 or not t.text[:1].isupper()) for t in doc) or any(
            t.pos_ == "AUX" and _finite(t) and t.head.dep_ == "ROOT" for t in doc):
        return 0  # the sentence has its verb, a root verb or a finite one on a verb (not a verb
        # conjoined to a noun, or a capital word inside the sentence, a name: "Польщі" read as
        # an imperative), or a finite copula or auxiliary on its root ("X was part of Y",
        # "the truce is set to last", "20 were wounded": an adjective, not a lost verb)
    for word in doc:
        if word.i == 0 or word.text[:1].isupper() or any(
                c.dep_ == "det" and c.i < word.i for c in word.children):
            continue  # (a word with its own article is a noun: "a new set of talks")
        if word.pos_ == "VERB" and _finite(word) and word.dep_ in HUNG_AS_NOMINAL:
            lemma = word.lemma_  # "Kenya cut ties with ...": a finite verb hung on its object
        elif _active_participle_of_nominal(doc, word):
            lemma = word.lemma_  # "X's president praised Y", "Uganda accused Sudan of ..."
        elif word.pos_ in ("AUX", "PUNCT") or (word.pos_ == "VERB" and (
                _finite(word) or "Conv" not in word.morph.get("VerbForm"))):
            continue  # (a verb the model took for a participle or infinitive is one)
        elif word.dep_ == "amod" and [c.i < word.i for c in word.head.children
                                      if c.dep_ == "det" and c.i < word.head.i
                                      and _agrees(c, word.head)][-1:] == [True]:
            continue  # "Ruritania's alleged plot": a modifier inside its noun's article (one
            # that agrees with it: "Das teilte der Minister mit" is no neuter minister)
        else:
            lemma = _past_form_lemma(word, doc.lang_)
        if lemma is None:
            continue
        root = word
        while root.head.i != root.i:
            root = root.head
        word.pos_, word.lemma_ = "VERB", lemma
        word.set_morph("Mood=Ind|Tense=Past|VerbForm=Fin")
        if root.i != word.i:
            # what hung on the old root across the verb moves to the verb: its subject before
            # the verb when the old root is after it, the rest after the verb when before
            moved = [c for c in root.children if (c.i > word.i) == (root.i < word.i)
                     or c.dep_ == "punct"]
            old_root = root.i
            word.head, word.dep_ = word, "ROOT"
            head_noun = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i
                              and c.pos_ in NOMINAL), None) if root.pos_ == "VERB" else None
            if head_noun is not None:  # "Президент Польщі": a name read as a verb
                root.pos_ = "PROPN"
                head_noun.head, head_noun.dep_ = word, "nsubj"
                root.head, root.dep_ = head_noun, "nmod"
                root = head_noun
            elif root.i < word.i or "Nom" in root.morph.get("Case"):
                root.dep_ = "nsubj"  # "Das teilte der Minister mit": a nominative after it
            else:
                cased = any(c.dep_ == "case" for c in root.children)
                root.dep_ = "obl" if cased else "obj"
            for child in list(root.children):
                if child.dep_ == "compound:prt":  # "teilte ... mit": the verb's particle
                    child.head = word
                elif child.dep_ == "det" and child.i < word.i < root.i:
                    # "Das teilte ... mit": the pronoun before the verb, read as an article
                    child.head, child.dep_, child.pos_ = word, "obj", "PRON"
            root.head = word
            for child in moved:
                if child.head.i == old_root:
                    child.head = word
                    if child.dep_ == "nmod":
                        child.dep_ = "obl"
        has_object = False
        for child in sorted(word.children, key=lambda c: c.i):
            if child.i < word.i:
                if child.pos_ in NOMINAL and child.dep_ in {"nmod", "appos", "flat", "compound",
                                                            *STRAY_SUBJECT}:
                    # "strike on Kharkiv kills": a noun with its preposition is no subject
                    # (the preposition hung on the verb right before it is the noun's)
                    before = doc[child.left_edge.i - 1] if child.left_edge.i else None
                    if before is not None and before.head.i == word.i and \
                            before.dep_ == "case":
                        before.head = child
                    cased = any(c.dep_ == "case" for c in child.children)
                    child.dep_ = "obl" if cased else "nsubj"
                continue
            if child.pos_ in NOMINAL | {"PRON"} and not any(
                    c.dep_ == "case" for c in child.children):
                if (child.dep_ in ("appos", "flat", "flat:name", "nmod", "obj", "obl") or (
                        child.dep_ == "nsubj" and "Nom" not in child.morph.get("Case"))) \
                        and not has_object:
                    child.dep_, has_object = "obj", True
            elif child.dep_ == "nmod":
                child.dep_ = "obl"
        for other in doc:  # "... і пригрозив ...": a verb conjoined to a noun after the verb
            if other.dep_ == "conj" and other.pos_ == "VERB" and other.head.i > word.i and \
                    other.head.pos_ in NOMINAL and other.head.head.i == word.i:
                other.head = word
        return 1
    return 0


def _impersonal_read_as_future(doc: Any) -> int:
    """"Місто було обстріляно російськими військами": the impersonal passive of a past act
    (grammar.yaml ``impersonal_endings``) that the model tagged a future or an infinitive, so
    the shelling read as one to come. A verb spelled so whose dictionary lemma is an
    infinitive is a past form (its person and number are the model's guess, and go)."""
    endings = tuple(_grammar_words(doc.lang_, "impersonal_endings"))
    if not endings:
        return 0
    mended = 0
    for verb in _where(doc, None, VERBS):
        if verb.pos_ != "VERB" or not verb.text.lower().endswith(endings) or not (
                "Fut" in verb.morph.get("Tense") or "Inf" in verb.morph.get("VerbForm")):
            continue
        if _infinitive_lemma(verb, doc.lang_) is None:
            continue
        features = {k: v for k, v in verb.morph.to_dict().items()
                    if k in ("Aspect", "Gender")}
        features.update({"Mood": "Ind", "Tense": "Past", "VerbForm": "Fin"})
        verb.set_morph(features)
        mended += 1
    return mended

