"""The machinery every mend shares: the tree's shape read in one pass (:class:`_Shape`), its
candidates (:func:`_where`), the languages' grammar data (:func:`_grammar_value`) and the
helpers and constants more than one kind of mend uses.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import lru_cache
from typing import Any

NOMINAL = frozenset({"NOUN", "PROPN"})


VERBS, NOUNS = frozenset({"VERB"}), frozenset({"NOUN"})  # tags of repairs' candidates


# relations a conjunct shares with the first conjunct when the parser split them
SHARED_ROLES = frozenset({"nsubj", "nsubj:pass", "obj", "iobj"})


# what a stray nominal before a finite verb was left as, when it is really the subject
STRAY_SUBJECT = frozenset({"obl:unmarked", "obl:npmod", "nmod:npmod", "dep", "nsubj:pass",
                           "compound"})  # a compound never hangs on a verb


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


def _after_coordinator(doc: Any, token: Any) -> bool:
    """Whether a coordinating conjunction stands just before the phrase of ``token`` (as its
    child, or left on the verb by the parser)."""
    first = token.left_edge.i
    if doc[first].dep_ == "cc":
        return True
    return first > 0 and doc[first - 1].dep_ == "cc" and doc[first - 1].pos_ == "CCONJ"


# what a name left as a stray root may carry of its own: its article, its words, punctuation
NAME_PARTS = frozenset({"det", "amod", "flat", "flat:name", "compound", "case", "punct"})


def _name_like(token: Any) -> bool:
    """A nominal, or a capitalised word a small model tagged as an adjective ("Etiopia ed
    Eritrea" after a fronted phrase)."""
    return token.pos_ in NOMINAL or (token.pos_ == "ADJ" and token.text[:1].isupper()
                                     and token.i > 0)


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


def _disagrees_in_number(subject: Any, verb: Any) -> bool:
    """A single (not coordinated) nominal that a finite verb marked for the other number
    cannot have as its subject."""
    number, verb_number = subject.morph.get("Number"), verb.morph.get("Number")
    return bool(number and verb_number) and number != verb_number and _finite(verb) \
        and not any(c.dep_ == "conj" for c in subject.children)


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


@lru_cache(maxsize=64)
def _country_words(code: str) -> frozenset[str]:
    """The one-word country names of a language (its ``countries.*.tsv``), lower-cased: a
    capitalised word among them that the model tagged an adjective with a lower-case lemma
    ("Hungary" read as "hungary") is still a name."""
    from eventwire import lang

    return frozenset(row["surface"].lower() for name in ("countries.generated",
                                                          "countries.curated")
                     for row in lang.table(code, name)
                     if row.get("surface") and " " not in row["surface"])


@lru_cache(maxsize=64)
def _mediation_lemmas(code: str) -> frozenset[str]:
    """The one-word nouns of mediation of a language (its ``predicates.yaml`` events of
    mode ``third_party``: "mediator", "Vermittler", "посередник"), as data the repairs may
    read."""
    from eventwire import lang

    data = lang.section(code, "predicates") if code in lang.having("predicates") else {}
    return frozenset(str(item["lemma"]).lower() for item in data.get("events") or ()
                     if item.get("mode") == "third_party" and item.get("pos") == "NOUN"
                     and " " not in str(item["lemma"]))


@lru_cache(maxsize=64)
def _reporting_lemmas(code: str) -> frozenset[str]:
    """The verbs of saying, accusing and denying of a language (its ``predicates.yaml``:
    ``speech.verbs``, the lemmas of ``claims`` and the ``denial`` verbs), as data the
    repairs may read."""
    from eventwire import lang

    data = lang.section(code, "predicates") if code in lang.having("predicates") else {}
    words = {str(w) for w in (data.get("speech") or {}).get("verbs") or ()}
    words |= {str(item["lemma"]) for item in data.get("claims") or () if "lemma" in item}
    words |= {str(w) for w in data.get("denial") or ()}
    # the model's known wrong lemmas of them ("nié" for "nier")
    words |= {str(wrong) for wrong, right in (data.get("lemma_fixes") or {}).items()
              if str(right) in words}
    return frozenset(w.lower() for w in words)


def _auxiliary(verb: Any) -> str | None:
    """The finite tense auxiliary of a verb, as written ("a" in "a accusé"), if any."""
    return next((c.lower_ for c in verb.children
                 if c.dep_.startswith("aux") and _finite(c)), None)


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


def _subjects_by_verb(doc: Any) -> list[tuple[int, list[Any]]]:
    """Each head's nominal subjects, in the order of the text, heads in that order too: one
    pass over the tree's candidates for the mends that compare a verb's subjects."""
    by_verb: dict[int, list[Any]] = {}
    for token in _where(doc, "nsubj", NOMINAL):
        by_verb.setdefault(token.head.i, []).append(token)
    return sorted(by_verb.items())


def _lemma_keys(verb: Any) -> set[str]:
    """A verb's lemma, and that lemma with each separable particle the tree gives it
    (``compound:prt``, joined in front: "zurück" + "weisen"), lower-cased: the keys the
    language's verb lists are written in ("vorwerfen", "zurückweisen")."""
    lemma = verb.lemma_.lower()
    return {lemma, *(c.lemma_.lower() + lemma for c in verb.children
                     if c.dep_ == "compound:prt")}


def _infinitive_lemma(word: Any, code: str) -> str | None:
    """simplemma's dictionary lemma of a word when it is an infinitive other than the word
    itself (it ends as the language's "infinitive_endings" in grammar.yaml do); else None."""
    infinitives = tuple(_grammar_words(code, "infinitive_endings"))
    if not infinitives:
        return None
    from eventwire.events.tree.common import dictionary_lemma

    lemma = dictionary_lemma(word.text, code)
    return None if lemma == word.text.lower() or not lemma.endswith(infinitives) else lemma


def _past_form_lemma(word: Any, code: str) -> str | None:
    """The infinitive a word is a past form of, by its spelling and simplemma's dictionary
    (its dictionary lemma ends as an infinitive does, "infinitive_endings" in grammar.yaml,
    and the word as a past form does, "past_endings", or is the infinitive's stem: "отверг");
    None for any other word."""
    if not _grammar_words(code, "infinitive_endings"):
        return None
    form = word.text.lower()
    irregular = _grammar_value(code, "irregular_past_forms") or {}
    if form in irregular:
        return str(irregular[form])
    lemma = _infinitive_lemma(word, code)
    if lemma is None:
        return None
    endings = _grammar_words(code, "verb_form_endings") or _grammar_words(code, "past_endings")
    past = form.endswith(tuple(endings)) or (len(form) >= 4 and lemma.startswith(form))
    return lemma if past else None


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
def _additive_coordinators(code: str) -> tuple[tuple[str, ...], ...]:
    """The language's phrases that add a conjunct ("as well as", "ainsi que", "а также"),
    each as its lower-case words, from its grammar.yaml; none for a tree of no known
    language."""
    return tuple(tuple(str(p).lower().split()) for p in
                 _grammar_value(code, "additive_coordinators") or ())


@lru_cache(maxsize=16)
def _additive_first_words(language: str) -> frozenset[str]:
    return frozenset(p[0] for p in _additive_coordinators(language))


@lru_cache(maxsize=16)
def _additive_first_hashes(language: str) -> frozenset[int]:
    """The string hashes of :func:`_additive_first_words`, as :class:`_Shape` reads a
    tree's lower-case words."""
    from spacy.strings import hash_string

    return frozenset(hash_string(word) for word in _additive_first_words(language))


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


# what a day keeps when its verb takes its place: its own words
DAY_OWN = frozenset({"det", "amod", "case", "nummod", "fixed"})


CLEFT_CLAUSES = frozenset({"advcl:cleft", "acl:relcl", "advcl:relcl", "acl", "ccomp", "advcl"})


@lru_cache(maxsize=16)
def _day_hashes(code: str) -> frozenset[int]:
    """The string hashes of :func:`_day_words`, as :class:`_Shape` reads lower-case words."""
    from spacy.strings import hash_string

    return frozenset(hash_string(word) for word in _day_words(code))


def base_dep(token: Any) -> str:
    """A relation without its subtype ("obl:mod" -> "obl")."""
    return str(token.dep_).split(":")[0]
