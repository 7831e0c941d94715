"""Coordination: conjuncts split apart, joined to the wrong word, or read as a list, a
parataxis or an apposition.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from eventwire.syntax.repair.common import (
    NAME_PARTS,
    NOMINAL,
    SHARED_ROLES,
    VERBS,
    _additive_coordinators,
    _additive_first_words,
    _after_coordinator,
    _auxiliary,
    _correlatives,
    _finite,
    _grammar_value,
    _grammar_words,
    _name_from,
    _name_like,
    _object_hung_on_argument,
    _reporting_lemmas,
    _where,
    base_dep,
)


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


def _listed_after_comma(doc: Any, token: Any) -> bool:
    """Whether ``token`` follows a comma and coordinates a conjunct of its own with a
    coordinator ("A, B and C": B): a middle item of a list, not a phrase of its own."""
    first = token.left_edge.i
    comma = doc[first].text == "," or (first > 0 and doc[first - 1].text == ",")
    return comma and first > 0 and any(
        c.dep_ == "conj" and c.i > token.i and any(g.dep_ == "cc" for g in c.children)
        for c in token.children)


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
    (the mend :func:`_verb_conjoined_to_object` makes where the object itself is the head).
    So inside an oblique ("провел разговоры с лидерами обеих стран и призвал их ...")."""
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
        if governor.pos_ != "VERB" or len(path) < 3 or base_dep(path[-2]) not in ("obj", "obl") \
                or governor.i > word.i or not _finite(governor) \
                or any(w.pos_ in ("VERB", "AUX") for w in path[:-1]):
            continue
        if any(verb.morph.get(k) and governor.morph.get(k) and
               verb.morph.get(k) != governor.morph.get(k) for k in ("Number", "Tense")):
            continue
        verb.head = governor
        mended += 1
    return mended


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


GENITIVE_RUN_PARTS = frozenset({"flat:name", "flat", "appos"})  # a subject read as a part


def _name_run_split_from_genitive(doc: Any) -> int:
    """"При содействии Омана Иран и Бахрейн подписали ...", "За сприяння Оману Іран і ...":
    after a fronted phrase with no comma, the phrase's genitive name and the first subject
    were read as one name (the subject its ``flat`` part, or its apposition: "За
    посередництва Саудівської Аравії Україна та Росія ..."), and the second subject, in the
    nominative, as the genitive's conjunct. The genitive is the phrase noun's modifier; the
    name after it is the verb's subject, the nominative its conjunct."""
    mended = 0
    for part in _where(doc, GENITIVE_RUN_PARTS, frozenset({"PROPN", "NOUN"})):
        owner = part.head
        if part.dep_ not in GENITIVE_RUN_PARTS or owner.i != part.i - 1 or \
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
        if lowers[start] in {entry.split(" ")[0] for entry in  # ("junto a": its adverb)
                             _grammar_words(doc.lang_, "joint_adverbs")} and not _subject_like(
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
