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

import threading
from collections.abc import Callable
from functools import lru_cache
from typing import Any

NOMINAL = frozenset({"NOUN", "PROPN"})
VERBS, NOUNS = frozenset({"VERB"}), frozenset({"NOUN"})  # tags of repairs' candidates
ADJECTIVES = frozenset({"ADJ"})
# relations a conjunct shares with the first conjunct when the parser split them
SHARED_ROLES = frozenset({"nsubj", "nsubj:pass", "obj", "iobj"})
# what a stray nominal before a finite verb was left as, when it is really the subject
STRAY_SUBJECT = frozenset({"obl:unmarked", "obl:npmod", "nmod:npmod", "dep", "nsubj:pass",
                           "compound"})  # a compound never hangs on a verb


def repair(doc: Any) -> int:
    """Mend ``doc`` in place; the number of repairs made.

    Each repair runs only when the tree has the relation it looks for (read once, in one
    pass, and again after a repair changed the tree): most sentences need none, and walking
    every token's children fifteen times cost more than parsing's tail."""
    shape = _Shape(doc)
    mended = 0
    try:
        for needs, mend in REPAIRS:
            if not needs(shape):
                continue
            done = mend(doc)
            if done:
                mended += done
                shape = _Shape(doc)
    finally:
        _READ.tree = None  # keep no tree alive
    return mended


OBLIQUES = ("obl", "obl:mod", "obl:arg", "obl:tmod", "obl:agent", "obl:unmarked", "obl:npmod")


class _Shape:
    """What relations a tree holds, read in one pass: what each repair needs to be possible."""

    __slots__ = ("deps", "amod_verb", "subjects_per_head", "subject_after", "object_before",
                 "root_noun", "verb_under_later_verb", "roots", "noun_with_subject",
                 "correlative_opener", "day_named", "nmod_on_oblique", "verb_root",
                 "verb_after_comma", "name_after_comma", "passive_participle",
                 "singular_before_plural", "infinitive_clause", "subject_cases",
                 "nominative_on_verb", "shared_role_twice", "subject_on_auxiliary",
                 "additive_opener", "name_on_later_verb", "cleft_clause", "verb_after_day",
                 "modifier_after_root_name")

    def __init__(self, doc: Any) -> None:
        ids = _shape_ids(doc.vocab.strings)
        noun, verb, propn, punct, aux = ids["NOUN"], ids["VERB"], ids["PROPN"], ids["PUNCT"], \
            ids["AUX"]
        nsubj, obj, amod, root, nmod = ids["nsubj"], ids["obj"], ids["amod"], ids["ROOT"], \
            ids["nmod"]
        # one read, not four per token
        deps, pos, orths, lemmas, lowers, morphs = doc.to_array(ids["columns"]).T.tolist()
        offsets = doc.to_array(ids["HEAD"]).astype("int64").tolist()  # signed
        _READ.tree = (doc, list(zip(deps, pos, strict=True)), {})  # what _where reads till a mend
        # a word that opens the tree or follows a punctuation mark: what
        # _correlative_subjects starts from, when it is a coordinator or a correlative's first
        openers, coordinators = _opener_hashes(doc.lang_), ids["coordinators"]
        self.correlative_opener = any(
            deps[i] in coordinators or lowers[i] in openers
            for i in ([0] if deps else []) + [i + 1 for i in range(len(deps) - 1)
                                              if pos[i] == punct])
        # a word that may open an additive phrase ("as well as", "ainsi que"): what
        # _additive_coordination starts from (most trees have none)
        self.additive_opener = not _additive_first_hashes(doc.lang_).isdisjoint(lowers)
        days = _DAY_IDS
        self.day_named = False
        for i, tag in enumerate(pos):
            if tag == noun or tag == propn:
                pair = (orths[i], lemmas[i])
                named = days.get(pair)
                if named is None:
                    strings = doc.vocab.strings
                    named = days[pair] = _day_word(strings[orths[i]], strings[lemmas[i]])
                if named:
                    self.day_named = True
                    break
        self.amod_verb = self.subject_after = self.object_before = False
        self.root_noun = self.noun_with_subject = self.nmod_on_oblique = False
        self.verb_root = False  # a root verb, not a capitalised word inside the sentence
        self.roots = 0
        subjects: dict[int, int] = {}
        subject_before_verb = []  # nominal subjects before their verb
        # the cases of nominal subjects ("Ins"; "Dat" when after the verb: what
        # _instrumental_subject and _dative_subject mend), and an adjective in the
        # nominative before the verb it modifies (_modifier_of_a_verb)
        self.subject_cases: set[str] = set()
        self.nominative_on_verb = False
        strings = doc.vocab.strings
        adjective = ids["ADJ"]
        obliques = ids["obliques"]
        for i, dep in enumerate(deps):
            if dep == nsubj:
                head = i + offsets[i]
                subjects[head] = subjects.get(head, 0) + 1
                if pos[i] == noun or pos[i] == propn:
                    case = _features(morphs[i], strings).get("Case")
                    if case == ("Ins",) or (case == ("Dat",) and head < i):
                        self.subject_cases.add(case[0])
                    if head > i and pos[head] == verb:
                        subject_before_verb.append(i)
                self.subject_after = self.subject_after or offsets[i] < 0
                self.noun_with_subject = self.noun_with_subject or pos[head] == noun
            elif dep == obj:
                self.object_before = self.object_before or offsets[i] > 0
            elif dep == amod:
                self.amod_verb = self.amod_verb or pos[i] == verb
                if pos[i] == adjective and offsets[i] > 0 and pos[i + offsets[i]] == verb and \
                        _features(morphs[i], strings).get("Case") == ("Nom",):
                    self.nominative_on_verb = True
            elif dep == root:
                self.root_noun = self.root_noun or pos[i] == noun
                self.verb_root = self.verb_root or (pos[i] in (verb, aux) and (
                    i == 0 or not doc.vocab.strings[orths[i]][:1].isupper()))
                self.roots += 1
            elif dep == nmod and deps[i + offsets[i]] in obliques:
                self.nmod_on_oblique = True  # what _object_read_as_modifier starts from
        self.verb_under_later_verb = any(
            tag == verb and offsets[i] > 0 and pos[i + offsets[i]] == verb
            for i, tag in enumerate(pos))
        # a verb right after a comma, from the fifth word on: what
        # _subject_before_parenthesis starts from; a nominal (or adjective) apposition or
        # conjunct at most eight words after a comma: what _fronted_phrase_subject moves
        comma, named, linked = ids[","], ids["named"], ids["linked"]
        self.verb_after_comma = self.name_after_comma = False
        last_comma = -9
        for i, dep in enumerate(deps):
            if orths[i] == comma:
                last_comma = i
            elif pos[i] == verb and i >= 4 and orths[i - 1] == comma:
                self.verb_after_comma = True
            elif i - last_comma <= 8 and dep in linked and pos[i] in named:
                self.name_after_comma = True
        # from the verbs' features (each distinct set read once): a root or conjunct verb
        # tagged a passive participle (what _active_participle mends), a singular nominal
        # subject before its plural verb (_fronted_object), an infinitive heading a clause
        # or a noun's complement (_oblique_after_infinitive)
        self.passive_participle = self.singular_before_plural = False
        self.infinitive_clause = False
        participles, clauses = ids["participle_relations"], ids["infinitive_relations"]
        for i, tag in enumerate(pos):
            if tag != verb:
                continue
            features = _features(morphs[i], strings)
            forms = features.get("VerbForm", ())
            if "Part" in forms and deps[i] in participles and "Pass" in features.get(
                    "Voice", ()):
                self.passive_participle = True
            if "Inf" in forms and _relation_name(deps[i], strings).split(":")[0] in clauses:
                self.infinitive_clause = True
        for i in subject_before_verb:
            if _features(morphs[i + offsets[i]], strings).get("Number") == ("Plur",) and \
                    _features(morphs[i], strings).get("Number") == ("Sing",):
                self.singular_before_plural = True
                break
        names = {dep: _relation_name(dep, strings) for dep in set(deps)}
        self.deps: set[str] = set(names.values())
        # two nominals in one shared role of one head (what _split_coordination joins), a
        # subject hung on an auxiliary (what _subject_on_auxiliary moves to the verb)
        self.shared_role_twice = self.subject_on_auxiliary = False
        if "cc" in self.deps:
            shared = {dep for dep, name in names.items() if name in SHARED_ROLES}
            seen: set[tuple[int, int]] = set()
            for i, dep in enumerate(deps):
                if dep in shared and (pos[i] == noun or pos[i] == propn):
                    key = (i + offsets[i], dep)
                    if key in seen:
                        self.shared_role_twice = True
                        break
                    seen.add(key)
        auxiliaries = {dep for dep, name in names.items() if name.startswith("aux")}
        if auxiliaries:
            subject_ids = {dep for dep, name in names.items() if name.startswith("nsubj")}
            self.subject_on_auxiliary = any(deps[i + offsets[i]] in auxiliaries
                                            for i, dep in enumerate(deps) if dep in subject_ids)
        self.subjects_per_head = max(subjects.values(), default=0)
        # what four more mends start from, read from the same arrays: a nominal or adjective
        # compounded on (or modifying) a verb after it (_name_compounded_on_verb), a verb
        # clause hung on a nominal before it (_cleft), a verb right after a day word
        # (_day_after_name), a word of the few tags a verb of saying is misread as, hung on
        # the root nominal right before it (_saying_read_as_modifier)
        self.name_on_later_verb = self.cleft_clause = False
        self.verb_after_day = self.modifier_after_root_name = False
        compounded, cleft = ids["compounded"], ids["cleft"]
        nominal, misread, day_words = ids["nominal"], ids["misread_saying"], \
            _day_hashes(doc.lang_)
        for i, dep in enumerate(deps):
            head = i + offsets[i]
            if head > i:
                if dep in compounded and pos[i] in named and pos[head] == verb:
                    self.name_on_later_verb = True
            elif head < i:
                if dep in cleft and pos[i] == verb and pos[head] in nominal:
                    self.cleft_clause = True
                if head == i - 1 and deps[head] == root and pos[head] in nominal and \
                        pos[i] in misread:
                    self.modifier_after_root_name = True
            if i >= 2 and pos[i] == verb and lowers[i - 1] in day_words:
                self.verb_after_day = True


_DAY_IDS: dict[tuple[int, int], bool] = {}  # (text id, lemma id) -> whether it names a day
_FEATURES: dict[int, dict[str, tuple[str, ...]]] = {}  # a morphology's id -> its features


def _features(morph: int, strings: Any) -> dict[str, tuple[str, ...]]:
    """A word's morphological features from the id of its morphology ("Number=Plur|..."),
    as ``token.morph.get`` gives them, each distinct morphology read once."""
    found = _FEATURES.get(morph)
    if found is None:
        found = {}
        for pair in (strings[morph] if morph else "").split("|"):
            name, _, values = pair.partition("=")
            if values:
                found[name] = tuple(values.split(","))
        if len(_FEATURES) > 50_000:
            _FEATURES.clear()  # a long stream of text: memory stays bounded
        _FEATURES[morph] = found
    return found


def _shape_ids(strings: Any) -> dict[str, Any]:
    """The ids :class:`_Shape` compares a tree's arrays with, found once (the same in every
    vocabulary: a relation's fixed symbol or the hash of its name; a tag's symbol)."""
    if not _SHAPE_IDS:
        from spacy.attrs import DEP, HEAD, LEMMA, LOWER, MORPH, ORTH, POS
        from spacy.parts_of_speech import IDS

        _SHAPE_IDS["columns"] = [DEP, POS, ORTH, LEMMA, LOWER, MORPH]
        _SHAPE_IDS["HEAD"] = HEAD

        for name in ("nsubj", "obj", "amod", "ROOT", "nmod"):
            _SHAPE_IDS[name] = strings[name]
        _SHAPE_IDS["coordinators"] = frozenset({strings["cc"], strings["cc:preconj"]})
        _SHAPE_IDS["obliques"] = frozenset({strings[name] for name in OBLIQUES})
        _SHAPE_IDS["linked"] = frozenset({strings["appos"], strings["conj"]})
        _SHAPE_IDS["participle_relations"] = frozenset({strings["ROOT"], strings["conj"]})
        _SHAPE_IDS["infinitive_relations"] = frozenset({"nmod", "acl", "xcomp", "advcl"})
        _SHAPE_IDS[","] = strings[","]
        _SHAPE_IDS["named"] = frozenset({IDS["NOUN"], IDS["PROPN"], IDS["ADJ"]})
        _SHAPE_IDS["nominal"] = frozenset({IDS["NOUN"], IDS["PROPN"]})
        _SHAPE_IDS["misread_saying"] = frozenset({IDS["ADV"], IDS["ADJ"], IDS["NOUN"]})
        _SHAPE_IDS["compounded"] = frozenset({strings["compound"], strings["amod"]})
        _SHAPE_IDS["cleft"] = frozenset(strings[name] for name in CLEFT_CLAUSES)
        for tag in ("NOUN", "VERB", "PROPN", "PUNCT", "AUX", "ADJ"):
            _SHAPE_IDS[tag] = IDS[tag]
    return _SHAPE_IDS


_SHAPE_IDS: dict[str, Any] = {}


def _relation_name(dep: int, strings: Any) -> str:
    name = _RELATION_NAMES.get(dep)
    if name is None:
        name = _RELATION_NAMES[dep] = strings[dep]
    return name


def _split_coordination(doc: Any) -> int:
    """"A und B tauschten": the parser made A and B both subjects; B carries the ``cc``.
    "A, B та C підписали": B, after a comma, coordinates C and was made a second subject.

    B becomes a conjunct of A (so it keeps A's role through ``token.conjuncts``)."""
    mended = 0
    for token in _where(doc, SHARED_ROLES, NOMINAL):
        if token.dep_ not in SHARED_ROLES:
            continue  # made a conjunct by an earlier mending
        if not (_after_coordinator(doc, token) or _listed_after_comma(doc, token)):
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


def _listed_after_comma(doc: Any, token: Any) -> bool:
    """Whether ``token`` follows a comma and coordinates a conjunct of its own with a
    coordinator ("A, B and C": B): a middle item of a list, not a phrase of its own."""
    first = token.left_edge.i
    comma = doc[first].text == "," or (first > 0 and doc[first - 1].text == ",")
    return comma and first > 0 and any(
        c.dep_ == "conj" and c.i > token.i and any(g.dep_ == "cc" for g in c.children)
        for c in token.children)


# what a name left as a stray root may carry of its own: its article, its words, punctuation
NAME_PARTS = frozenset({"det", "amod", "flat", "flat:name", "compound", "case", "punct"})


def _stray_first_conjunct(doc: Any) -> int:
    """"A и B обменялись", "L'Ukraine et la Russie ont échangé", "A, B e C hanno firmato": A
    was left as a root with only its own words under it (or the verb hung on it as a
    conjunct), and "и B" (or ", B e C") is the verb's subject. A takes B's place and B
    becomes its conjunct; the verb is the root."""
    mended = 0
    for token in _where(doc, "ROOT", NOMINAL):
        if token.dep_ != "ROOT":
            continue  # made another's conjunct by the mending of an earlier root
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        listed = following is not None and following.text == ","  # "A, B e C firmarono"
        if following is None or (following.dep_ != "cc" and not listed):
            continue
        second = next((t for t in doc[following.i + 1:following.i + 4]
                       if t.pos_ in NOMINAL and t.left_edge.i <= following.i + 1), None)
        if second is None or second.dep_ not in SHARED_ROLES or second.head.i == second.i or (
                listed and not _listed_after_comma(doc, second)):
            continue
        verb, role = second.head, second.dep_
        # the verb's own words the model hung on A instead: a final stop, a German particle
        stray = [c for c in token.children if c.i > verb.i and c.dep_ in ("punct",
                                                                        "compound:prt")]
        if any(c.dep_ not in NAME_PARTS and not (c.dep_ == "conj" and c.i == verb.i)
               and c.i not in {s.i for s in stray} for c in token.children):
            continue
        if verb.head.i == token.i:  # the verb was hung on A as its conjunct
            verb.head, verb.dep_ = verb, "ROOT"
        for child in stray:
            child.head = verb
        token.head, token.dep_ = verb, role
        second.head, second.dep_ = token, "conj"
        mended += 1
    return mended


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
    on the phrase as its conjunct, and the second (with the coordinator) left the verb's
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
        first = next((w for w in doc[comma + 1:start] if w.dep_ == "conj"
                      and w.head.i < comma and _name_like(w) and verb in w.head.ancestors), None)
        if first is None or any(w.head.i not in range(comma + 1, start) and w.i != first.i
                                for w in doc[comma + 1:start]):
            continue
        first.head, first.dep_ = verb, "nsubj"
        subject.head, subject.dep_ = first, "conj"
        mended += 1
    return mended


def _name_like(token: Any) -> bool:
    """A nominal, or a capitalised word a small model tagged as an adjective ("Etiopia ed
    Eritrea" after a fronted phrase)."""
    return token.pos_ in NOMINAL or (token.pos_ == "ADJ" and token.text[:1].isupper()
                                     and token.i > 0)


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


# relations a nominal argument of a verb has, on which a stray separable particle may hang
ARGUMENTS = frozenset({"nsubj", "obj", "iobj", "obl", "obl:arg", "nmod", "flat:name"})


# the tree being mended and its (relation, tag) ids, as _Shape read them: a repair changes the
# tree only when it reports a mending, and _Shape reads the tree again after each
_READ = threading.local()


def _where(doc: Any, deps: str | frozenset[str] | None, tags: frozenset[str] | None,
           prefix: str = "") -> list[Any]:
    """The words of a tree with this relation (or one of these, exactly; any for None; or any
    that starts with ``prefix``) and one of these tags (any for None), found from the tree's
    arrays: a repair's candidates, without making a token of every word. Not ``lookup.shape``
    (cached per tree): the repairs before it may have changed the tree. Inside
    :func:`repair`, the arrays :class:`_Shape` read after the last mending; else read here.
    The candidates are those of the tree as the repair starts: a repair tests each again."""
    DEP, POS, IDS = _spacy_ids()

    wanted = None if deps is None else _relation_ids(deps, doc.vocab.strings)
    held = getattr(_READ, "tree", None)
    if held is None or held[0] is not doc:
        held = (doc, doc.to_array([DEP, POS]).tolist(), {})
    rows, tagged = held[1], held[2]  # tagged: the positions of each set of tags asked
    if prefix:
        strings = doc.vocab.strings
        wanted = set()
        for d in {d for d, _ in rows}:
            if _relation_name(d, strings).startswith(prefix):
                wanted.add(d)
    if tags is None:
        return [doc[i] for i, (d, _) in enumerate(rows) if wanted is None or d in wanted]
    at = tagged.get(tags)
    if at is None:
        tag_ids = {IDS[t] for t in tags}
        at = tagged[tags] = [i for i, (_, tag) in enumerate(rows) if tag in tag_ids]
    return [doc[i] for i in at if wanted is None or rows[i][0] in wanted]


@lru_cache(maxsize=1)
def _spacy_ids() -> tuple[int, int, Any]:
    """spaCy's ids of the DEP and POS attributes and of the tags, imported once: an import
    statement in a function costs about 6 microseconds a call, and :func:`_where` is called
    some twenty times a tree (a tenth of the repairs' CPU)."""
    from spacy.attrs import DEP, POS
    from spacy.parts_of_speech import IDS

    return DEP, POS, IDS


def _relation_ids(deps: str | frozenset[str], strings: Any) -> frozenset[int]:
    """The string ids of relations, found once per set asked (an id is the same in every
    vocabulary: a fixed symbol, else the hash of the name; one no tree holds matches none)."""
    ids = _RELATION_IDS.get(deps)
    if ids is None:
        ids = _RELATION_IDS[deps] = frozenset(
            strings[d] for d in ((deps,) if isinstance(deps, str) else deps))
    return ids


_RELATION_IDS: dict[str | frozenset[str], frozenset[int]] = {}
_RELATION_NAMES: dict[int, str] = {}  # relation id -> its name: a few dozen


def _finite(token: Any) -> bool:
    return "Fin" in token.morph.get("VerbForm") or "Ind" in token.morph.get("Mood")


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
        if subject.pos_ == "ADV" and subject.head.i == verb.i and subject.i > 0:
            subject = doc[subject.i - 1]  # "Beijing flatly rejected assertions": the adverb
        while subject.dep_ in ("flat", "flat:name", "conj") and subject.head.i < subject.i:
            subject = subject.head  # "Both Britain and France imposed": the first conjunct
        # "Zaire accused Rwanda ...": a name tagged as an adjective of the noun (its lemma keeps
        # the capital a name has, "Heavy" does not)
        name_as_adjective = subject.pos_ == "ADJ" and subject.dep_ == "amod" \
            and subject.head.i == noun.i and subject.lemma_[:1].isupper()
        if (subject.pos_ not in NOMINAL and not name_as_adjective) or noun.i < verb.i or any(
                c.dep_ == "case" for c in subject.children):
            continue
        hung = subject.head.i == noun.i if subject.dep_ in ("compound", "amod") else \
            subject.head.i in (noun.i, verb.i)  # a subject of the noun or of the participle
        # "Colombian President Gustavo Petro accused Ecuador ...": the name is the root and
        # the participle's noun was hung on it as an apposition
        apposed = subject.dep_ == "ROOT" and noun.head.i == subject.i \
            and noun.dep_ in ("appos", "conj")
        told = {w.i for c in noun.children if c.dep_.startswith("acl") and c.i > noun.i
                and any(m.dep_ == "mark" for m in c.children) for w in c.subtree} \
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


def _name_in_commas_read_as_subject(doc: Any) -> int:
    """"Selon le porte-parole du gouvernement, Maxime Balalou, des soldats ... ont pénétré":
    the name set off by commas right after a nominal was read as a second subject of the verb
    that has its own subject after it. A name between two commas that directly follows a
    nominal's phrase names that nominal (an apposition), when another subject of the same
    verb comes after it."""
    mended = 0
    by_verb: dict[int, list[Any]] = {}
    for token in _where(doc, "nsubj", NOMINAL):
        by_verb.setdefault(token.head.i, []).append(token)
    for verb_i in sorted(by_verb):
        subjects = sorted(by_verb[verb_i], key=lambda s: s.i)
        if len(subjects) < 2 or subjects[-1].i > verb_i:
            continue
        name, after = subjects[0], subjects[1]
        words = [w.i for w in name.subtree if not w.is_punct]  # the commas may hang anywhere
        before, closing = min(words) - 1, max(words) + 1
        if name.pos_ != "PROPN" or before < 1 or doc[before].text != "," \
                or closing >= after.i or doc[closing].text != ",":
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


def _second_subject(doc: Any) -> int:
    """"Чили передала Перу оружие": a verb has one subject; a second nominal taken for one,
    after the verb and marked accusative, dative or genitive (not coordinated: no ``cc``), is
    its object (dative: indirect object). The genitive covers objects in that case
    ("попросил гарантий") and a dative read as genitive ("dankte der Türkei")."""
    mended = 0
    by_verb: dict[int, list[Any]] = {}  # one pass over the tokens, not one per verb
    for token in _where(doc, "nsubj", NOMINAL):
        by_verb.setdefault(token.head.i, []).append(token)
    for verb_i in sorted(by_verb):
        subjects = by_verb[verb_i]
        if len(subjects) < 2:
            continue
        for extra in subjects[1:]:
            case = extra.morph.get("Case")
            if extra.i < verb_i or not ({"Acc", "Dat", "Gen"} & set(case)) or _after_coordinator(
                    doc, extra):
                continue
            extra.dep_ = "obj" if case == ["Acc"] else "iobj"
            mended += 1
    return mended


def _second_subject_before_participle(doc: Any) -> int:
    """"Georgien hat Russland vorgeworfen, ... zu haben", "Serbien hat Kosovo angegriffen":
    two bare nominals between a tense auxiliary and the participle closing the clause, both
    read as its subject where case does not tell them apart. A clause has one subject: the
    first is it (the plain order), the second its object (a dative one where its case says
    so); never after a coordinator ("X und Y haben ... unterzeichnet"), never in a passive."""
    mended = 0
    by_verb: dict[int, list[Any]] = {}
    for token in _where(doc, "nsubj", NOMINAL):
        by_verb.setdefault(token.head.i, []).append(token)
    for verb_i in sorted(by_verb):
        subjects = by_verb[verb_i]
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


def _report_noun_read_as_subject(doc: Any) -> int:
    """"rechazó las acusaciones de que sus tropas hubieran bombardeado ...": the parser took
    the report noun for a first subject of the clause it carries, and the clause for a
    conjunct of the verb before. A verb has one subject: of two before it, the first is not
    the clause's when a word that opens a report's content (grammar ``report_openers``)
    stands between them and no word of the first's own phrase is that clause's: the first is
    the object of the verb before (which has none), and the clause its content (``acl``)."""
    openers = _grammar_words(doc.lang_, "report_openers")
    if not openers:
        return 0
    mended = 0
    for verb in _where(doc, None, VERBS):
        auxiliaries = [c for c in verb.children if c.dep_ == "aux"]  # or on its auxiliary
        subjects = sorted((c for w in [verb, *auxiliaries] for c in w.children
                           if c.dep_ == "nsubj" and c.pos_ in NOMINAL and c.i < verb.i),
                          key=lambda c: c.i)
        if len(subjects) != 2 or subjects[0].head.i != verb.i:
            continue
        first, second = subjects
        head = verb.head
        if head.i == verb.i or head.i > first.i or head.pos_ != "VERB" or verb.dep_ not in (
                "conj", "ccomp", "advcl", "parataxis") or any(
                    c.dep_ == "cc" for c in verb.children) or any(
                    c.dep_ == "obj" for c in head.children):
            continue
        if not any(doc[i].lower_ in openers for i in range(first.right_edge.i + 1,
                                                            second.left_edge.i)):
            continue
        first.head, first.dep_ = head, "obj"
        verb.head, verb.dep_ = first, "acl"
        second.head = verb
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


def _disagrees_in_number(subject: Any, verb: Any) -> bool:
    """A single (not coordinated) nominal that a finite verb marked for the other number
    cannot have as its subject."""
    number, verb_number = subject.morph.get("Number"), verb.morph.get("Number")
    return bool(number and verb_number) and number != verb_number and _finite(verb) \
        and not any(c.dep_ == "conj" for c in subject.children)


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


def _conjunct_without_coordinator(doc: Any) -> int:
    """"Níger entregó a Benín tres prisioneros": the object after an oblique with its
    preposition, read as the oblique's conjunct though no coordinator nor comma joins them.
    Such a nominal, with no preposition of its own, is the verb's object (when it has
    none)."""
    return _object_hung_on_argument(doc, "conj", NOMINAL, lambda word, head: (
        head.i < word.i and base_dep(head) in ("obl", "iobj")
        and not any(c.dep_ == "cc" for c in word.children)
        and any(c.dep_ == "case" for c in head.children)
        and not any(doc[i].pos_ in ("PUNCT", "CCONJ") for i in range(head.i + 1, word.i))))


def _accusative_read_as_modifier(doc: Any) -> int:
    """"вручило Азербайджану ноту протеста": a noun in the accusative with no preposition,
    hung as a modifier (``nmod``) on the verb's other argument. A noun modifies another in the
    genitive, or through a preposition; one marked accusative alone is the verb's object
    (when it has none)."""
    return _object_hung_on_argument(doc, "nmod", NOUNS, lambda word, head: (
        word.morph.get("Case") == ["Acc"] and base_dep(head) == "iobj"))


def _object_hung_on_argument(doc: Any, relation: str, tags: frozenset[str],
                             misread: Callable[[Any, Any], bool]) -> int:
    """The verb's object, read as a dependent (``relation``) of another argument of the verb:
    a nominal with no preposition of its own, where ``misread(word, argument)`` says the
    relation cannot be, moves to the verb as its object when the verb has none."""
    mended = 0
    for word in _where(doc, relation, tags):
        head = word.head
        verb = head.head
        if word.dep_ != relation or verb.pos_ != "VERB" \
                or any(c.dep_ == "case" for c in word.children) \
                or any(c.dep_ == "obj" for c in verb.children) or not misread(word, head):
            continue
        word.head, word.dep_ = verb, "obj"
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


def _infinitive_clause(verb: Any) -> bool:
    """Whether a verb heads an infinitive clause: marked by "zu"/"to" itself, or a participle
    with a bare "zu haben" under it while dependent or not finite ("angegriffen zu haben";
    "Serbien versprach, zu helfen": a finite root keeps its subject)."""
    if any(m.dep_ == "mark" and m.pos_ == "PART" for m in verb.children):
        return True
    return (verb.dep_ != "ROOT" or not _finite(verb)) and any(
        c.dep_ in ("xcomp", "aux") and any(m.dep_ == "mark" and m.pos_ == "PART"
                                           for m in c.children)
        and all(m.dep_ in ("mark", "punct") for m in c.children) for c in verb.children)


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


def _apposition_after_list(doc: Any) -> int:
    """"Estonia and Latvia, both members of NATO, expelled ...": a common noun set off by a
    comma after a list already closed by its coordinator, with none of its own, describes
    the list (an apposition), it is no further member of it."""
    mended = 0
    for noun in _where(doc, "conj", frozenset({"NOUN"})):
        first = noun.head
        edge = noun.left_edge.i
        if edge == 0 or "," not in (doc[edge].text, doc[edge - 1].text) or any(
                c.dep_ == "cc" for c in noun.children):
            continue
        closed = [c for c in first.children if c.dep_ == "conj" and c.i < noun.i
                  and any(g.dep_ == "cc" for g in c.children)]
        if not closed:
            continue
        noun.dep_ = "appos"
        mended += 1
    return mended


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


def _grammar_value(code: str, name: str) -> Any:
    """One entry of a language's grammar.yaml; None for a tree of no known language."""
    from eventwire import lang

    return lang.section(code, "grammar").get(name) if code in lang.having("grammar") else None


@lru_cache(maxsize=64)
def _grammar_flag(code: str, name: str) -> bool:
    """A yes-or-no fact of a language's grammar.yaml ("impersonal_plural")."""
    return bool(_grammar_value(code, name))


@lru_cache(maxsize=64)
def _grammar_words(code: str, name: str) -> frozenset[str]:
    """A list of words of a language's grammar.yaml: the auxiliaries that only make passives
    ("passive_auxiliaries": "ser", "werden", "venire"; not "essere" or "être", which also make
    perfects), those of compound tenses ("perfect_auxiliaries")."""
    return frozenset(str(w) for w in _grammar_value(code, name) or ())


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


def _disagreeing_conjunct_subject(doc: Any) -> int:
    """"Москва відкинула ... і звинуватила Київ у ...": a later conjunct of a verb that has a
    subject of its own was given the noun after it as subject, though the verb's gender (a past
    tense agrees in gender) is that of the first verb's subject and not this noun's: the
    conjuncts share the subject, and the noun is the object."""
    mended = 0
    for verb in _where(doc, "conj", VERBS):
        head = verb.head
        if verb.dep_ != "conj" or verb.pos_ != "VERB" or head.i >= verb.i \
                or any(c.dep_ in ("obj", "iobj") for c in verb.children):
            continue
        gender = verb.morph.get("Gender")
        own = [c for c in verb.children if c.dep_ == "nsubj"]
        shared = [c for c in head.children if c.dep_ == "nsubj"]
        if len(gender) != 1 or len(own) != 1 or len(shared) != 1 or own[0].i < verb.i:
            continue
        if own[0].pos_ not in NOMINAL or shared[0].pos_ not in NOMINAL:
            continue
        if own[0].morph.get("Gender") not in ([], gender) and \
                shared[0].morph.get("Gender") == gender:
            own[0].dep_ = "obj"
            mended += 1
    return mended


def _verb_conjoined_to_object(doc: Any) -> int:
    """"Польша отвергла доклад и обвинила Литву ...": a finite verb was made a conjunct of the
    object before it. A finite verb coordinates with a verb, never with a noun: it becomes a
    conjunct of the verb that governs that object, and shares its subject. So does a
    participle opened by a coordinator after a verb made with a tense auxiliary ("a condamné
    la frappe et promis à l'Ukraine ...": the auxiliary is shared)."""
    mended = 0
    for verb in _where(doc, "conj", frozenset({"VERB"})):
        noun = verb.head
        if verb.dep_ != "conj" or noun.pos_ not in NOMINAL or noun.dep_ != "obj" \
                or noun.i > verb.i:
            continue
        governor = noun.head
        if governor.pos_ != "VERB" or governor.i > noun.i:
            continue
        if not _finite(verb) and not _participle_sharing_auxiliary(verb, governor):
            continue
        verb.head = governor
        mended += 1
    return mended


def _participle_sharing_auxiliary(verb: Any, governor: Any) -> bool:
    """Whether ``verb`` is a participle opened by a coordinator after ``governor``, a
    participle with a tense auxiliary of its own, which it then shares ("a condamné ... et
    promis")."""
    return "Part" in verb.morph.get("VerbForm") and "Part" in governor.morph.get("VerbForm") \
        and any(c.dep_ == "cc" and c.i < verb.i for c in verb.children) \
        and any(c.dep_ == "aux:tense" or (c.dep_ == "aux" and c.i < governor.i)
                for c in governor.children)


def _verb_conjoined_inside_object(doc: Any) -> int:
    """"exigió la liberación inmediata de los pescadores y acusó a Chile de ...": a finite
    verb made a conjunct of a modifier inside the object before it (the adjective
    "inmediata"), so the accusation lost its subject. A finite verb with no subject of its
    own coordinates with a verb, never with an adjective or a noun: it becomes a conjunct of
    the finite verb whose object holds that word, when the two agree in number and tense
    (the mend :func:`_verb_conjoined_to_object` makes where the object itself is the head)."""
    mended = 0
    for verb in _where(doc, "conj", frozenset({"VERB"})):
        word = verb.head
        if verb.dep_ != "conj" or not _finite(verb) or word.i > verb.i \
                or word.pos_ not in ("ADJ", "NOUN", "PROPN") or word.dep_ == "obj" \
                or any(c.dep_.startswith("nsubj") for c in verb.children):
            continue
        path = [word]
        while path[-1].head.i != path[-1].i and path[-1].pos_ != "VERB":
            path.append(path[-1].head)
        governor = path[-1]
        if governor.pos_ != "VERB" or len(path) < 3 or path[-2].dep_ != "obj" \
                or governor.i > word.i or not _finite(governor) \
                or any(w.pos_ in ("VERB", "AUX") for w in path[:-1]):
            continue
        if any(verb.morph.get(k) and governor.morph.get(k) and
               verb.morph.get(k) != governor.morph.get(k) for k in ("Number", "Tense")):
            continue
        verb.head = governor
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


@lru_cache(maxsize=64)
def _reporting_lemmas(code: str) -> frozenset[str]:
    """The verbs of saying, accusing and denying of a language (its ``predicates.yaml``:
    ``speech.verbs`` and the lemmas of ``claims``), as data the repairs may read."""
    from eventwire import lang

    data = lang.section(code, "predicates") if code in lang.having("predicates") else {}
    words = {str(w) for w in (data.get("speech") or {}).get("verbs") or ()}
    words |= {str(item["lemma"]) for item in data.get("claims") or () if "lemma" in item}
    # the model's known wrong lemmas of them ("nié" for "nier")
    words |= {str(wrong) for wrong, right in (data.get("lemma_fixes") or {}).items()
              if str(right) in words}
    return frozenset(w.lower() for w in words)


def _auxiliary(verb: Any) -> str | None:
    """The finite tense auxiliary of a verb, as written ("a" in "a accusé"), if any."""
    return next((c.lower_ for c in verb.children
                 if c.dep_.startswith("aux") and _finite(c)), None)


def _claim_conjoined_to_content(doc: Any) -> int:
    """"The ministry denied that its jets had crossed the border and accused Y of ...": a
    second verb of saying, finite and with no subject of its own, read as a conjunct of the
    content clause's verb, so that the accuser became the jets and the accusation part of
    what is denied. A finite verb of saying after a content clause of a verb of saying is a
    second act of the speaker: it becomes a conjunct of the speaker's verb."""
    reporting = _reporting_lemmas(doc.lang_)
    if not reporting:
        return 0
    mended = 0
    for second in _where(doc, "conj", VERBS):
        content = second.head
        governor = content.head
        if second.dep_ != "conj" or base_dep(content) != "ccomp" or governor.i == content.i \
                or governor.pos_ != "VERB" or second.i < content.i \
                or second.lemma_.lower() not in reporting \
                or governor.lemma_.lower() not in reporting \
                or any(c.dep_.startswith("nsubj") for c in second.children):
            continue
        auxiliary = _auxiliary(second)  # "a nié que ... aient franchi ... et a accusé": the
        if auxiliary is None and not _finite(second):  # tense of the speaker's verb
            continue
        if auxiliary is not None and (auxiliary != _auxiliary(governor)
                                      or auxiliary == _auxiliary(content)):
            continue
        second.head = governor
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
    complement)."""
    mended = 0
    for second in _where(doc, "conj", VERBS):
        infinitive = second.head
        if second.dep_ != "conj" or infinitive.i > second.i or infinitive.pos_ != "VERB" \
                or base_dep(infinitive) not in ("acl", "advcl") \
                or not any(m.dep_ == "mark" and m.i == infinitive.left_edge.i
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
    instrumental one beside a nominative is the agent."""
    mended = 0
    for word in _where(doc, "nsubj:pass", NOMINAL):
        if word.dep_ != "nsubj:pass" or word.morph.get("Case") != ["Ins"] or any(
                c.dep_ == "case" for c in word.children):
            continue
        if any(c.dep_ == "nsubj:pass" and c.i != word.i and c.morph.get("Case") == ["Nom"]
               for c in word.head.children):
            word.dep_ = "obl:agent"
            mended += 1
    return mended


def _reflexive_with_object(doc: Any) -> int:
    """"L'Arménie et l'Azerbaïdjan se sont mutuellement remis une dizaine de prisonniers": a
    reflexive clitic read as the mark of a passive (``expl:pass``) on a verb that has a
    direct object of its own. A passive has no direct object: the clitic is a reciprocal
    or reflexive dative, and the passive subject the one who acts."""
    mended = 0
    for clitic in _where(doc, "expl:pass", None):
        verb = clitic.head
        if clitic.dep_ != "expl:pass" or verb.i == clitic.i or not any(
                c.dep_ == "obj" and c.pos_ in NOMINAL for c in verb.children):
            continue
        clitic.dep_ = "expl"
        for child in verb.children:
            if child.dep_ == "nsubj:pass":
                child.dep_ = "nsubj"
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


def _conjunct_read_as_parataxis(doc: Any) -> int:
    """"X a démenti toute implication, ..., et a appelé Y à ...": a verb opened by a
    coordinator (after a comma and an incise) read as an aside of the verb before it. A
    coordinator makes it that verb's conjunct (else the aside reads as what a denial or a
    report says: a call denied)."""
    mended = 0
    for verb in _where(doc, None, VERBS):
        if not verb.dep_.startswith("parataxis") or verb.head.i >= verb.i:
            continue
        opener = next((c for c in verb.children if c.dep_ != "punct"), None)
        if opener is None or opener.dep_ != "cc" or opener.i > verb.i:
            continue
        verb.dep_ = "conj"
        mended += 1
    return mended


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


def _nominative_object(doc: Any) -> int:
    """"Kosovo warf Serbien vor, ...": the verb has no subject, and the nominal before it was
    taken for its object though marked nominative only: it is the subject (the first place of
    a clause with a finite verb after it). So is the first of two objects when it opens the
    sentence right before the verb and the other follows it ("Russische Truppen beschossen
    am Montag ukrainische Stellungen", both read as accusatives)."""
    mended = 0
    for verb in _where(doc, None, VERBS):
        if verb.pos_ != "VERB" or not (_finite(verb) or any(  # or "hat ... vorgeworfen"
                c.dep_ == "aux" and _finite(c) for c in verb.children)) or any(
                c.dep_.startswith(("nsubj", "csubj")) for c in verb.children):
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


def _name_read_as_adverb(doc: Any) -> int:
    """"Azerbaijan amassed artillery", "Uganda demobilised its troops": the English model
    took the name before a subjectless verb for its adverb; a proper noun is no adverb, it
    is the subject."""
    mended = 0
    for token in _where(doc, "advmod", frozenset({"PROPN"})):
        verb = token.head
        if verb.pos_ != "VERB" or token.i > verb.i or any(
                c.dep_.startswith(("nsubj", "csubj", "expl")) for c in verb.children):
            continue
        token.dep_ = "nsubj"
        mended += 1
    return mended


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


@lru_cache(maxsize=16)
def _day_words(code: str) -> frozenset[str]:
    """One-word day names of a language ("today", "yesterday", "Monday"), lower case, from
    its date data (``dates.yaml`` relative days, ``dates_cldr.yaml`` weekdays)."""
    from eventwire import lang

    if code not in lang.available():
        return frozenset()
    days = [str(k) for k in (lang.section(code, "dates").get("relative_days") or {})]
    for names in (lang.section(code, "dates_cldr").get("weekdays") or {}).values():
        days += [str(n) for n in names]
    return frozenset(d.lower() for d in days if " " not in d)


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
        return word.head.i < word.i and any(c.dep_ == "obj" for c in word.children)
    # (a name compounded on the noun, or its subject, is _verb_read_as_modifier's case)
    return word.dep_ == "amod" and word.head.i > word.i and before.dep_ in STRAY_SUBJECT


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


# each repair after the test that its pattern is possible at all, in the order they run
def _agrees(article: Any, noun: Any) -> bool:
    """Whether an article can be a noun's: no gender the two give differs."""
    ours, theirs = article.morph.get("Gender"), noun.morph.get("Gender")
    return not ours or not theirs or bool(set(ours) & set(theirs))


def _past_form_lemma(word: Any, code: str) -> str | None:
    """The infinitive a word is a past form of, by its spelling and simplemma's dictionary
    (its dictionary lemma ends as an infinitive does, "infinitive_endings" in grammar.yaml,
    and the word as a past form does, "past_endings", or is the infinitive's stem: "отверг");
    None for any other word."""
    infinitives = tuple(_grammar_words(code, "infinitive_endings"))
    if not infinitives:
        return None
    from eventwire.events.tree.common import dictionary_lemma

    form = word.text.lower()
    irregular = _grammar_value(code, "irregular_past_forms") or {}
    if form in irregular:
        return str(irregular[form])
    lemma = dictionary_lemma(word.text, code)
    if lemma == form or not lemma.endswith(infinitives):
        return None
    endings = _grammar_words(code, "verb_form_endings") or _grammar_words(code, "past_endings")
    past = form.endswith(tuple(endings)) or (len(form) >= 4 and lemma.startswith(form))
    return lemma if past else None


def _as_past_verb(word: Any, lemma: str) -> None:
    """A word the model read as a noun or an adjective made the finite past verb it is spelled
    as, its gender and number kept ("атаковала", "закликав")."""
    kept = "".join(f"{k}={v}|" for k in ("Gender", "Number") for v in word.morph.get(k)[:1])
    word.pos_, word.lemma_ = "VERB", lemma
    word.set_morph(kept + "Mood=Ind|Tense=Past|VerbForm=Fin")


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
        subject = doc[end]  # up to its root: a name's parts, conjuncts, appositions
        while subject.head.i != subject.i and subject.head.i < verb.i and \
                subject.dep_.split(":")[0] in NAME_PARTS | {"flat", "conj", "appos"}:
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


def _object_conjoined_before_infinitive(doc: Any) -> int:
    """"Polen beschuldigte Belarus, einen Grenzposten beschossen ... zu haben": the object of
    the infinitive or participle after the comma was made a conjunct of the verb's own object.
    A conjunct with no coordinator, set off by a comma and followed at once by a non-finite
    verb of the same governor that has no object, is that verb's object."""
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
        verb = doc[noun.right_edge.i + 1]
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


def _nominative_split_from_subject(doc: Any) -> int:
    """"При посредничестве ОАЭ Россия и Украина обменялись": the first of two coordinated
    subjects after a fronted phrase with no comma was hung on that phrase's last noun. A
    nominative right before a coordinator and the verb's own subject, hung inside a phrase
    of that verb on a word in another case, is the first subject; the subject its conjunct."""
    mended = 0
    for subject in _where(doc, "nsubj", None):
        verb = subject.head
        if subject.dep_ != "nsubj" or subject.i < 2 or verb.i < subject.i:
            continue
        cc, first = doc[subject.i - 1], doc[subject.i - 2]
        if cc.dep_ != "cc" or cc.head.i not in (verb.i, subject.i) or first.pos_ not in NOMINAL \
                or first.morph.get("Case") != ["Nom"] or first.head.i == verb.i or \
                first.dep_ not in ("appos", "conj", "nmod") or verb not in first.ancestors or \
                first.head.morph.get("Case") in (["Nom"], []) or list(first.children):
            continue
        first.head, first.dep_ = verb, "nsubj"
        subject.head, subject.dep_ = first, "conj"
        cc.head = subject
        mended += 1
    return mended


def _name_run_split_from_genitive(doc: Any) -> int:
    """"При содействии Омана Иран и Бахрейн подписали ...", "За сприяння Оману Іран і ...":
    after a fronted phrase with no comma, the phrase's genitive name and the first subject
    were read as one name (the subject its ``flat`` part), and the second subject, in the
    nominative, as the genitive's conjunct. The genitive is the phrase noun's modifier; the
    name after it is the verb's subject, the nominative its conjunct."""
    mended = 0
    for part in _where(doc, frozenset({"flat:name", "flat"}), frozenset({"PROPN", "NOUN"})):
        owner = part.head
        if part.dep_ not in ("flat:name", "flat") or owner.i != part.i - 1 or \
                owner.morph.get("Case") != ["Gen"] or owner.pos_ not in NOMINAL:
            continue
        second = next((c for c in owner.children if c.dep_ == "conj" and c.i > part.i
                       and c.morph.get("Case") == ["Nom"] and c.pos_ in NOMINAL), None)
        if second is None:
            continue
        phrase = doc[owner.i - 1] if owner.i > 0 else None
        if owner.dep_.startswith("nsubj"):
            verb = owner.head
            if phrase is None or phrase.pos_ != "NOUN" or phrase.head.i != verb.i or \
                    not phrase.dep_.startswith("obl"):
                continue
        elif owner.dep_ == "nmod" and owner.head.dep_.startswith("obl"):
            verb, phrase = owner.head.head, owner.head
        else:
            continue
        if verb.pos_ not in ("VERB", "AUX") or verb.i < second.i or any(
                c.dep_.startswith("nsubj") and c.i != owner.i for c in verb.children):
            continue
        owner.head, owner.dep_ = phrase, "nmod"
        part.head, part.dep_ = verb, "nsubj"
        second.head = part
        mended += 1
    return mended


def _name_from(doc: Any, at: int) -> tuple[Any, int] | None:
    """The name that starts at ``at`` (after its articles): its head word and its last
    position, or None when no nominal stands there."""
    while at < len(doc) and doc[at].pos_ == "DET":
        at += 1
    end = at
    while end < len(doc) and (doc[end].pos_ in NOMINAL or _name_like(doc[end])):
        end += 1
    if end == at:
        return None
    words = range(at, end)
    head = next((doc[i] for i in words if doc[i].head.i not in words or doc[i].head.i == i),
                doc[at])
    return head, end - 1


@lru_cache(maxsize=16)
def _opener_hashes(code: str) -> frozenset[int]:
    """The string hashes of the first words of the language's ``correlatives``: a tree with
    none of them after a punctuation mark, and no ``cc`` there, has no correlative subjects."""
    from spacy.strings import hash_string

    return frozenset(hash_string(first) for first, _ in _correlatives(code))


@lru_cache(maxsize=16)
def _correlatives(code: str) -> frozenset[tuple[str, str]]:
    """The language's pairs of coordinators that open two coordinated names ("tant ...
    que", "як ... так і", and the negative ones: "neither ... nor", "weder ... noch"), from
    its grammar.yaml; none for a tree of no known language."""
    return frozenset((str(a).lower(), str(b).lower())
                     for key in ("correlatives", "negative_correlatives")
                     for a, b in _grammar_value(code, key) or ())


@lru_cache(maxsize=16)
def _negative_openers(code: str) -> frozenset[str]:
    """The first words of the language's ``negative_correlatives`` ("neither", "ni", "weder",
    "ни"): the pair they open is the verb's negation as well as its subject's coordinator."""
    return frozenset(str(a).lower() for a, _ in _grammar_value(code, "negative_correlatives")
                     or ())


def _correlative_subjects(doc: Any) -> int:
    """"Tanto México como Colombia condenaron", "Sia l'Egitto sia la Giordania hanno
    condannato", "И Великобритания, и Франция ввели": two names, each opened by a
    coordinator (the first a ``cc:preconj``, the same word twice: "sia ... sia", "и ... и",
    or a pair of the language's ``correlatives``: "tant ... que"), right before a finite verb
    are its coordinated subject. The model hung the first name on the second, the second on
    the first as an oblique, or the verb on the first."""
    pairs = _correlatives(doc.lang_)
    openers = {first for first, _ in pairs}
    mended = 0
    for opener in doc:
        if (opener.dep_ not in ("cc", "cc:preconj") and opener.text.lower() not in openers) or (
                opener.i > 0 and doc[opener.i - 1].pos_ != "PUNCT"):
            continue
        first = _name_from(doc, opener.i + 1)
        if first is None:
            continue
        at = first[1] + 1
        at += at < len(doc) and doc[at].text == ","
        if at >= len(doc):
            continue
        joiner = doc[at]
        two = doc[at : at + 2].text.lower()  # "так і"
        if (opener.text.lower(), two) in pairs:
            at += 1
        elif not (opener.dep_ == "cc:preconj" or joiner.text.lower() == opener.text.lower()
                  or (opener.text.lower(), joiner.text.lower()) in pairs) or joiner.pos_ not in (
                      "CCONJ", "ADP", "ADV", "SCONJ"):
            continue
        second = _name_from(doc, at + 1)
        if second is None or second[1] + 1 >= len(doc):
            continue
        verb = doc[second[1] + 1]
        while verb.i + 1 < len(doc) and verb.head.i > verb.i and verb.pos_ in ("PART", "ADV") \
                and "Neg" in verb.morph.get("Polarity"):
            verb = doc[verb.i + 1]  # "ni ..., ni Y не осудили", "ni Y n'ont": the verb's negation
        if (verb.pos_ == "AUX" or verb.dep_.startswith("aux")) and verb.head.pos_ == "VERB" \
                and verb.head.i > verb.i:
            finite, verb = _finite(verb), verb.head
        else:
            finite = _finite(verb)
        x, y = first[0], second[0]
        negative = opener.text.lower() in _negative_openers(doc.lang_)
        if verb.pos_ != "VERB" or not finite:
            continue
        if x.head.i == verb.i and x.dep_ == "nsubj" and y.head.i == x.i and y.dep_ == "conj":
            if negative and opener.dep_ != "advmod":  # "Né X né Y hanno condannato": the
                _deny_with(opener, verb)  # coordination read right, the negation a mere "cc"
                mended += 1
            continue
        if any(c.dep_.startswith("nsubj") and c.i not in (x.i, y.i, opener.i)
               for c in verb.children):
            continue
        if verb.head.i in (x.i, y.i, opener.i) or "ROOT" in (x.dep_, opener.dep_):
            verb.head, verb.dep_ = verb, "ROOT"
        for child in list(x.children) + list(y.children) + list(opener.children):
            if child.i > verb.i:
                child.head = verb
        x.head, x.dep_ = verb, "nsubj"
        y.head, y.dep_ = x, "conj"
        opener.head, opener.dep_ = x, "cc:preconj"
        joiner.head, joiner.dep_ = y, "cc"
        if negative:  # "Ni Brasil ni México condenaron": neither did it, no "no" on the verb
            _deny_with(opener, verb)
        mended += 1
    return mended


@lru_cache(maxsize=16)
def _additive_coordinators(code: str) -> tuple[tuple[str, ...], ...]:
    """The language's phrases that add a conjunct ("as well as", "ainsi que", "а также"),
    each as its lower-case words, from its grammar.yaml; none for a tree of no known
    language."""
    return tuple(tuple(str(p).lower().split()) for p in
                 _grammar_value(code, "additive_coordinators") or ())


def _name_head_before(doc: Any, at: int) -> Any | None:
    """The first conjunct of the name that ends just before ``at`` (a comma skipped): its
    last word climbed to the word heading it (by the name's own relations: "Côte d'Ivoire",
    "Burkina Faso"), then along ``conj`` to the first conjunct ("A и B, а также C": A)."""
    at -= 1
    if at >= 0 and doc[at].text == ",":
        at -= 1
    if at < 0 or not _name_like(doc[at]):  # "та Естонія", a capitalised "adjective"
        return None
    word = doc[at]
    for _ in range(6):
        head = word.head
        if head.i == word.i or head.i > at or word.dep_ not in (
                "nmod", "flat", "flat:name", "compound", "conj") or (
                head.pos_ not in NOMINAL and not (  # "Велика Британія": a name's own
                    head.pos_ == "ADJ" and word.dep_.startswith("flat")  # adjective
                    and head.text[:1].isupper())):
            break
        word = head
    return word


@lru_cache(maxsize=16)
def _additive_first_words(language: str) -> frozenset[str]:
    return frozenset(p[0] for p in _additive_coordinators(language))


@lru_cache(maxsize=16)
def _additive_first_hashes(language: str) -> frozenset[int]:
    """The string hashes of :func:`_additive_first_words`, as :class:`_Shape` reads a
    tree's lower-case words."""
    from spacy.strings import hash_string

    return frozenset(hash_string(word) for word in _additive_first_words(language))


def _additive_coordination(doc: Any) -> int:
    """"A ainsi que B ont rappelé", "A as well as B recalled", "A и B, а также C подписали":
    a phrase the language lists as adding a conjunct (grammar.yaml
    ``additive_coordinators``) between two names coordinates them, but the models read it
    as an adverb, a subordinator or a fixed phrase, and the name after it as a second
    subject, a word of the phrase, or the subject of a verb hung on the first name. The name
    after it becomes a conjunct of the first name before it, the phrase its ``cc`` (the rest
    ``fixed``); a verb left hung on a first name that is the root takes that name as its
    subject and becomes the root."""
    phrases = _additive_coordinators(doc.lang_)
    if not phrases:
        return 0
    lowers = [t.lower_ for t in doc]
    if _additive_first_words(doc.lang_).isdisjoint(lowers):
        return 0  # no phrase begins anywhere (most trees): one set test
    firsts = _additive_first_words(doc.lang_)
    mended = 0
    for start in range(1, len(doc)):
        if lowers[start] not in firsts:
            continue  # no phrase begins with this word: no window compared
        words = next((p for p in phrases if tuple(lowers[start:start + len(p)]) == p), None)
        if words is None:
            continue
        end = start + len(words)
        after = _name_from(doc, end)
        first = _name_head_before(doc, start)
        if after is None or first is None:
            continue
        second = after[0]
        while second.dep_ in ("flat", "flat:name") and second.head.i < second.i:
            second = second.head
        if second.pos_ not in NOMINAL or second.i == first.i or second.is_ancestor(first) \
                or (second.dep_ == "conj" and second.head.i == first.i):
            continue
        fronted = first.dep_ == "obj" and first.head.i == second.head.i and \
            first.i < second.i < first.head.i and second.dep_.startswith("nsubj") and \
            any(c.dep_.startswith("flat") for c in first.children)
        # ("Велика Британія та Канада, а також Австралія запровадили": the first name, read
        # as an object before the verb whose subject is the name after the phrase)
        if first.pos_ != "PROPN" and not first.dep_.startswith(("nsubj", "ROOT")) and \
                not fronted:
            continue  # "signed a deal together with Y": Y no conjunct of the deal
        if lowers[start] in _grammar_words(doc.lang_, "joint_adverbs") and not _subject_like(
                first):
            continue  # "sanctioned Y together with Z": Z acts with the subject, not Y
        holder, role = second.head, second.dep_
        if role == "ROOT":
            continue
        opener = doc[start]
        if opener.dep_ == "ROOT":  # "Швеция вместе с Данией ввела": the adverb read as the
            verb = next((c for c in opener.children if c.pos_ in ("VERB", "AUX")  # root
                         and c.i > end), None)
            if verb is None:
                continue
            verb.head, verb.dep_ = verb, "ROOT"
            for child in list(opener.children):
                if child.i != verb.i and child.i not in range(start, end + 1):
                    child.head = verb
            if holder.i == opener.i:
                holder, role = verb, "obl"
        elif opener.head.i not in range(start, second.i + 1):
            for child in list(opener.children):  # "Швеция | вместе ввела": the subject
                if child.i not in range(start, second.i + 1):  # hung on the adverb made
                    child.head = opener.head  # the verb's subject
                    if child.i == first.i:
                        child.dep_ = opener.dep_
        if first.dep_ == "ROOT" and role.startswith("nsubj") and holder.head.i == first.i \
                and holder.pos_ in ("VERB", "AUX") and holder.dep_ == "conj":
            holder.head, holder.dep_ = holder, "ROOT"  # "A и B, а также C подписали"
            for child in list(first.children):
                if child.i > holder.i:
                    child.head = holder
            first.head, first.dep_ = holder, role
        if fronted:
            first.dep_ = role  # the subject of the verb, with the name after the phrase
        second.head, second.dep_ = first, "conj"
        opener.head, opener.dep_ = second, "cc"
        for word in doc[start + 1:end]:
            word.head, word.dep_ = opener, "fixed"
        mended += 1
    return mended


def _subject_like(name: Any) -> bool:
    """A subject, the root (a clause the model left verbless), or a conjunct of either."""
    while name.dep_ == "conj" and name.head.i != name.i:
        name = name.head
    return name.dep_.startswith(("nsubj", "ROOT"))


def _deny_with(opener: Any, verb: Any) -> None:
    """The first word of a negative pair ("neither", "ni", "weder") made the verb's negation:
    an adverb of it, marked negative; the verb the clause's root if it hung on the word."""
    if verb.head.i == opener.i:
        verb.head, verb.dep_ = verb, "ROOT"
    for child in list(opener.children):
        child.head = verb
    opener.head, opener.dep_ = verb, "advmod"
    opener.set_morph("Polarity=Neg")


def _subject_on_auxiliary(doc: Any) -> int:
    """"Russische Soldaten haben zwei Grenzbeamte festgenommen": the subject was hung on the
    auxiliary, which in UD has no dependents; the verb, left without a subject, took the
    reporter's. The subject moves to the verb the auxiliary serves."""
    mended = 0
    for subject in _where(doc, None, None, prefix="nsubj"):
        aux = subject.head
        if not subject.dep_.startswith("nsubj") or aux.pos_ not in ("AUX", "VERB") or \
                not aux.dep_.startswith("aux") or aux.head.pos_ != "VERB":  # "a, pour sa part,"
            continue
        verb = aux.head
        if any(c.dep_.startswith("nsubj") for c in verb.children):
            continue
        subject.head = verb
        mended += 1
    return mended


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


@lru_cache(maxsize=1)
def _day_names() -> frozenset[str]:
    """Names of the days of the week in every language we read, folded (the dates' data)."""
    from eventwire import lang
    from eventwire.text.dates import rules

    return frozenset(name for code in lang.having("dates_cldr") for name in rules(code).weekdays)


def _a_day(token: Any) -> bool:
    return token.pos_ in NOMINAL and _day_word(token.text, token.lemma_)


@lru_cache(maxsize=50_000)
def _day_word(text: str, lemma: str) -> bool:
    """Whether a word or its lemma names a day of the week (asked per distinct word: folding
    every noun of every tree again cost more than the repair)."""
    from eventwire.text.view import fold

    days = _day_names()
    return fold(text) in days or fold(lemma) in days


CLAUSES = frozenset({"acl", "acl:relcl", "advcl", "ccomp", "xcomp"})
# what a day keeps when its verb takes its place: its own words
DAY_OWN = frozenset({"det", "amod", "case", "nummod", "fixed"})


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


def _subject_of_a_controlled_verb(doc: Any) -> int:
    """"Litauen warf Polen vor, litauische Dörfer beschossen zu haben": a controlled clause
    (``xcomp``) has no subject of its own in UD; its verb's subject is its controller's
    object or subject. A nominal the model made the subject of a non-finite ``xcomp`` after
    the verb governing it is that clause's object."""
    mended = 0
    for noun in _where(doc, "nsubj", NOMINAL):
        verb = noun.head
        if noun.dep_ != "nsubj" or noun.pos_ not in NOMINAL or verb.dep_ != "xcomp" or \
                verb.pos_ != "VERB" or _finite(verb) or not ({"Inf", "Part"} & set(
                    verb.morph.get("VerbForm"))) or noun.i < verb.head.i or any(
                    c.dep_ in ("obj", "aux", "aux:pass") for c in verb.children):
            continue
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


# partitive articles a model reads as case words ("des pourparlers", "degli incontri")
DAY_ARTICLES = frozenset({"des", "de", "du", "d'", "degli", "dei", "delle"})


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


CLEFT_CLAUSES = frozenset({"advcl:cleft", "acl:relcl", "advcl:relcl", "acl", "ccomp", "advcl"})


@lru_cache(maxsize=16)
def _day_hashes(code: str) -> frozenset[int]:
    """The string hashes of :func:`_day_words`, as :class:`_Shape` reads lower-case words."""
    from spacy.strings import hash_string

    return frozenset(hash_string(word) for word in _day_words(code))


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


def base_dep(token: Any) -> str:
    """A relation without its subtype ("obl:mod" -> "obl")."""
    return str(token.dep_).split(":")[0]


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
        particles = [c.lemma_.lower() for c in verb.children if c.dep_ == "compound:prt"]
        keys = {verb.lemma_.lower(), *(p + verb.lemma_.lower() for p in particles)}
        if keys.isdisjoint(verbs) or any(c.dep_ == "iobj" for c in verb.children):
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


REPAIRS: tuple[tuple[Callable[[_Shape], bool], Callable[[Any], int]], ...] = (
    (lambda t: not t.verb_root, _past_verb_read_as_nominal),
    (lambda t: "mark" in t.deps, _past_verb_opening_clause),
    (lambda t: t.name_on_later_verb, _name_compounded_on_verb),
    (lambda t: t.additive_opener, _additive_coordination),
    (lambda t: t.cleft_clause, _cleft),
    (lambda t: t.shared_role_twice, _split_coordination),
    (lambda t: "cc" in t.deps, _stray_first_conjunct),
    (lambda t: "cc" in t.deps, _nominative_split_from_subject),
    (lambda t: "conj" in t.deps and ("flat:name" in t.deps or "flat" in t.deps),
     _name_run_split_from_genitive),
    (lambda t: t.correlative_opener, _correlative_subjects),
    (lambda t: t.subject_on_auxiliary, _subject_on_auxiliary),
    (lambda t: "acl" in t.deps, _participle_after_incise),
    (lambda t: t.verb_after_comma, _subject_before_parenthesis),
    (lambda t: "conj" in t.deps and "obj" in t.deps, _verb_conjoined_to_object),
    (lambda t: "conj" in t.deps and "obj" in t.deps, _verb_conjoined_inside_object),
    (lambda t: "conj" in t.deps, _object_conjoined_before_infinitive),
    (lambda t: "obl" in t.deps and t.infinitive_clause, _oblique_after_infinitive),
    (lambda t: "obj" in t.deps and t.passive_participle, _active_participle),
    (lambda t: "obj" in t.deps and "conj" in t.deps, _subject_after_comma),
    (lambda t: "conj" in t.deps and "case" in t.deps, _fronted_phrase_root),
    (lambda t: t.name_after_comma, _fronted_phrase_subject),
    (lambda t: "conj" in t.deps and "nsubj" in t.deps, _first_subject_in_fronted_phrase),
    (lambda t: t.amod_verb, _verb_after_time_phrase),
    (lambda t: t.amod_verb, _verb_read_as_modifier),
    (lambda t: t.nominative_on_verb, _modifier_of_a_verb),
    (lambda t: "amod" in t.deps and ("nsubj:pass" in t.deps or "cop" in t.deps),
     _participle_read_as_modifier),
    (lambda t: "cop" in t.deps and "nsubj:pass" in t.deps, _participle_read_as_noun),
    (lambda t: "compound:prt" in t.deps or "case" in t.deps, _stray_particle),
    (lambda t: t.subjects_per_head >= 2, _name_in_commas_read_as_subject),
    (lambda t: t.subjects_per_head >= 2, _second_subject),
    (lambda t: t.subjects_per_head >= 2, _second_subject_before_participle),
    (lambda t: "conj" in t.deps and "xcomp" in t.deps, _perfect_infinitive_read_as_conjunct),
    (lambda t: "xcomp" in t.deps and "nsubj" in t.deps, _subject_of_a_controlled_verb),
    (lambda t: t.subject_after, _oblique_subject),
    (lambda t: t.verb_under_later_verb, _verb_before_infinitive),
    (lambda t: "aux" in t.deps, _finite_verb_read_as_auxiliary),
    (lambda t: "obj" in t.deps, _infinitive_read_as_object),
    (lambda t: t.subjects_per_head >= 2, _reported_clause_subject),
    (lambda t: "nsubj" in t.deps and "mark" in t.deps, _report_noun_read_as_subject),
    (lambda t: t.subject_after, _accusative_subject),
    (lambda t: "obj" in t.deps or "fixed" in t.deps, _acronym_before_verb),
    (lambda t: "amod" in t.deps and "case" in t.deps, _phrase_read_as_modifier),
    (lambda t: "conj" in t.deps and "case" in t.deps, _conjunct_without_coordinator),
    (lambda t: "nmod" in t.deps, _accusative_read_as_modifier),
    (lambda t: t.singular_before_plural, _fronted_object),
    (lambda t: "Dat" in t.subject_cases and "nmod" in t.deps, _dative_subject),
    (lambda t: "conj" in t.deps and "cc" in t.deps, _apposition_after_list),
    (lambda t: "ccomp" in t.deps and "advmod" in t.deps, _clause_on_adverb),
    (lambda t: "mark" in t.deps and "nsubj" in t.deps, _subject_of_an_infinitive),
    (lambda t: t.subject_after and "conj" in t.deps, _disagreeing_conjunct_subject),
    (lambda t: t.root_noun, _noun_with_object),
    (lambda t: t.noun_with_subject, _noun_with_tense_auxiliary),
    (lambda t: t.noun_with_subject, _noun_with_content_clause),
    (lambda t: "nsubj" in t.deps and ("obj" in t.deps or "ccomp" in t.deps),
     _adjective_with_object),
    (lambda t: "punct" in t.deps, _verb_read_as_punctuation),
    (lambda t: "Ins" in t.subject_cases, _instrumental_subject),
    (lambda t: "acl" in t.deps and "obj" in t.deps, _clause_read_as_object),
    (lambda t: "case" in t.deps, _complementizer_read_as_case),
    (lambda t: "fixed" in t.deps and "case" in t.deps, _subordinator_read_as_case),
    (lambda t: "compound:prt" in t.deps and "conj" in t.deps, _particle_of_later_conjunct),
    (lambda t: "ccomp" in t.deps and "conj" in t.deps, _claim_conjoined_to_content),
    (lambda t: t.day_named and "nmod" in t.deps, _subject_under_day),
    (lambda t: bool({"amod", "nmod", "iobj"} & t.deps), _cased_argument_read_as_modifier),
    (lambda t: "xcomp" in t.deps and "conj" in t.deps, _finite_conjunct_of_infinitive),
    (lambda t: "conj" in t.deps and "mark" in t.deps, _finite_conjunct_of_marked_infinitive),
    (lambda t: t.modifier_after_root_name and ("advmod" in t.deps or "amod" in t.deps),
     _saying_read_as_modifier),
    (lambda t: "mark" in t.deps and bool({"amod", "nmod", "advmod", "compound", "appos"}
                                         & t.deps), _saying_read_as_modifier_before_clause),
    (lambda t: "cc" in t.deps, _conjunct_read_as_parataxis),
    (lambda t: "conj" in t.deps and not t.verb_root, _verb_after_relative_clause),
    (lambda t: "conj" in t.deps and "cc" in t.deps, _past_form_conjoined_to_verb),
    (lambda t: True, _past_form_read_as_present),
    (lambda t: "conj" in t.deps and "cc" in t.deps, _past_verb_conjoined_to_object),
    (lambda t: "advmod" in t.deps and "cc" in t.deps, _past_verb_read_as_adverb),
    (lambda t: "cop" in t.deps, _plain_passive_auxiliary),
    (lambda t: "obl:agent" in t.deps and "cop" in t.deps, _subject_of_a_participle_with_agent),
    (lambda t: "nsubj:pass" in t.deps, _instrumental_passive_subject),
    (lambda t: "expl:pass" in t.deps and "obj" in t.deps, _reflexive_with_object),
    (lambda t: "cc" in t.deps and "conj" in t.deps and t.subjects_per_head >= 1,
     _subjects_split_by_auxiliary),
    (lambda t: bool({"compound", "flat", "nmod", "appos", "dep"} & t.deps),
     _name_hung_on_reflexive),
    (lambda t: "aux" in t.deps, _been_auxiliary),
    (lambda t: "aux:pass" in t.deps, _passive_subject),
    (lambda t: "nsubj:pass" in t.deps, _passive_auxiliary),
    (lambda t: "nsubj:pass" in t.deps and t.nmod_on_oblique,
     _second_cased_modifier_of_passive_oblique),
    (lambda t: t.object_before, _nominative_object),
    (lambda t: "nsubj" in t.deps, _impersonal_plural_object),
    # again once other repairs made the verb a root of its own ("X und die Y tauschten ...
    # aus": the German model read the verb as an adjective of the object)
    (lambda t: t.roots >= 2 and "cc" in t.deps, _stray_first_conjunct),
    (lambda t: t.roots >= 2, _stray_subject_root),
    (lambda t: t.day_named, _day_between_verb_and_clause),
    (lambda t: t.nmod_on_oblique, _object_read_as_modifier),
    (lambda t: "nmod" in t.deps, _phrase_hung_on_channel),
    (lambda t: "expl:pv" in t.deps and "nsubj:pass" in t.deps, _pronominal_read_as_passive),
    (lambda t: t.day_named, _day_read_as_object),
    (lambda t: "advmod" in t.deps, _name_read_as_adverb),
    (lambda t: "ccomp" in t.deps, _name_before_reported_clause),
    (lambda t: t.verb_after_day and (t.roots >= 2 or "compound" in t.deps), _day_after_name),
    (lambda t: "obj" in t.deps, _object_of_an_oblique),
    (lambda t: "appos" in t.deps, _subject_read_as_apposition),
    (lambda t: "appos" in t.deps or "obj" in t.deps, _genitive_read_as_apposition),
    (lambda t: "obl:arg" in t.deps, _bare_oblique_argument),
    (lambda t: "nmod" in t.deps and "nsubj" in t.deps, _dative_read_as_genitive),
    # last: after the repairs that give a subject marked as a patient its auxiliary
    (lambda t: "aux:pass" in t.deps, _active_auxiliary_read_as_passive),
)
