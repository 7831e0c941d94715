"""A verb's subject in the tree and the words of the name it is.

The subject of a speech verb names the speaker: a relative pronoun stands for the noun it
follows, an adverbial verb form takes the subject of the clause it hangs on, and a name is its
flat/compound parts with the proper nouns a parser hung beside it.
"""

from __future__ import annotations

from typing import Any

from eventwire.text.view import fold

NAME_PARTS = {"flat", "flat:name", "compound", "flat:foreign"}
# a word written with a capital in the seven languages' scripts, as names are, in regexes
# ("Ana", "O'Neill", "Jean-Marc", "Мкртчян"): the capital, then the rest of the word
CAPITAL = "[A-ZÀ-ÞА-ЯЁІЇЄҐ]"
WORD_REST = r"[\w'’-]"
TITLE_NAMES = {"appos", "nmod", "flat", "flat:name"}  # "il presidente Ana Ruiz": title + name
# UD forms of a verb that hangs on another clause and shares its subject ("..., saying",
# "affirmant", "diciendo", "affermando", "заявив", "заявивши"): the same in every language.
ADVERBIAL_FORMS = ({"VerbForm": "Ger"}, {"VerbForm": "Conv"}, {"VerbForm": "Part", "Tense": "Pres"})


def subject_of(verb: Any, relatives: frozenset[str] = frozenset(),
               pronouns: frozenset[str] = frozenset()) -> Any | None:
    """The verb's subject; a relative pronoun stands for the noun it follows ("Biden, who
    added that ..."); a personal pronoun is left to the caller (the previous speaker)."""
    current = verb
    for _ in range(3):
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubj:pass")]
        for child in subjects:  # "который" may be tagged DET: the relative comes first
            if "Rel" in child.morph.get("PronType") or child.lower_ in relatives:
                return _antecedent(child)
        nouns = [c for c in subjects if c.pos_ != "PRON" and fold(c.text) not in pronouns]
        if nouns:
            return _named_first(nouns)
        if subjects:
            return None  # a personal pronoun: the caller knows who spoke last
        for child in current.children:  # "..., сообщила армия": a nominative after the verb
            if child.dep_ == "obj" and child.i > current.i and child.morph.get("Case") == ["Nom"]:
                return child
        # "« ... », ha dichiarato il ministro": a speech verb hung on its content (parataxis,
        # also "parataxis:insert") has no object: the noun after it is its subject
        if current.dep_.split(":")[0] == "parataxis":
            objects = [c for c in current.children if c.dep_ == "obj" and c.i > current.i]
            if objects:
                return _named_first(objects)
        if current.head.i != current.i and (adverbial(current) or (
                current.dep_.startswith("conj") and not _reporting_tail(current))):
            current = current.head  # "X handed a list, saying ...": X says
            continue
        break
    return None


def _named_first(candidates: list[Any]) -> Any:
    """Of two nouns a parser made subjects of one verb, the first that is a name ("Речниця
    ООН" and "Марія Лінд"), else the first whose phrase holds one ("dijo el jueves ... el
    portavoz del ejército, Dmytro Koval"), else the first; the first when it heads a
    coordination ("il presidente X e il presidente Y": the group speaks)."""
    if any(c.dep_ == "conj" for c in candidates[0].children):
        return candidates[0]

    def named(token: Any) -> bool:
        return token.pos_ == "PROPN" and token.text[:1].isupper()

    return next((c for c in candidates if named(c)), None) or next(
        (c for c in candidates if any(named(t) for t in c.subtree)), candidates[0])


def indefinite(noun: Any) -> bool:
    """Whether a noun is introduced as new ("a senior official", "un alto funcionario"): it
    refers to no one named before, as "the official" does."""
    return any(c.dep_ == "det" and "Ind" in c.morph.get("Definite") + c.morph.get("PronType")
               for c in noun.children)


def _reporting_tail(verb: Any) -> bool:
    """Whether a conjunct verb is a clause of its own after a comma, with no "and" ("X and Y
    agreed on Z, повідомляють у Кремлі"): what it hangs on is what was said, and that
    clause's subject is no speaker."""
    doc = verb.doc
    first = verb.left_edge.i
    comma = doc[first].text == "," or (first > 0 and doc[first - 1].text == ",")
    return verb.i > verb.head.i and comma and not any(c.dep_ == "cc" for c in verb.children)


def adverbial(verb: Any) -> bool:
    """Whether a verb is in an adverbial form that takes its subject from the clause it
    hangs on ("..., saying", "en affirmant", "diciendo", "заявив")."""
    return any(all(verb.morph.get(k) == [v] for k, v in form.items()) for form in ADVERBIAL_FORMS)



def _antecedent(relative: Any) -> Any | None:
    """The noun a relative pronoun refers to: the head of its clause, else the word before it.
    A name right before the pronoun that a parser hung on the proper noun it gave the clause
    to ("спецпосланниця Норвегії Карі Гольм, яка заявила" with the clause on "Норвегії") is
    the nearer noun, and the one meant."""
    clause = relative.head
    doc = relative.doc
    k = relative.i - 1
    while k >= 0 and doc[k].is_punct:
        k -= 1
    if clause.dep_ == "acl:relcl" and clause.head.pos_ in ("NOUN", "PROPN"):
        before = name_head(doc[k]) if k >= 0 and doc[k].pos_ == "PROPN" else None
        if clause.head.pos_ == "PROPN" and before is not None and before.i > clause.head.i \
                and before.head.i == clause.head.i:
            return before
        return name_head(clause.head)
    if k >= 0 and doc[k].pos_ in ("NOUN", "PROPN"):
        return name_head(doc[k])
    return None


def name_head(token: Any) -> Any:
    """The head of a multi-word name ("Joe" for "Biden" in "Joe Biden")."""
    while token.dep_ in NAME_PARTS and token.head.i != token.i:
        token = token.head
    return token


def titled_name(subject: Any) -> Any | None:
    """The proper name that follows a title subject ("il presidente Ana Ruiz", "el negociador
    ucraniano Ana Ruiz"), if any: the first one in the title's phrase."""
    return next(iter(titled_names(subject)), None)


def titled_names(subject: Any) -> list[Any]:
    """Every proper name that follows a title subject in its phrase, in order: the first may
    be its institution ("представитель МВД Молдавии Ирина Кожокару")."""
    if subject.pos_ == "PROPN":
        return []
    return [t for t in speaker_phrase(subject) if t.dep_ in TITLE_NAMES and t.pos_ == "PROPN"
            and t.i > subject.i and t.text[:1].isupper()
            and not any(c.dep_ == "case" for c in name_head(t).children)
            and not _opens_clause(t)]
    # "в Стамбулі", "il primo ministro di Tel Aviv": a name under a preposition is a place


def _opens_clause(name: Any) -> bool:
    """Whether a name after a comma runs on into a clause instead of closing with a comma
    ("sagte Lahti, Helsinki habe ...": what was said, not an apposition)."""
    doc = name.doc
    if name.i == 0 or doc[name.i - 1].text != ",":
        return False
    last = max([name.i] + [c.i for c in name.children if c.dep_ in NAME_PARTS])
    return last + 1 < len(doc) and not doc[last + 1].is_punct


def speaker_phrase(token: Any) -> list[Any]:
    """The speaker's noun phrase up to its title's head, without clauses or other conjuncts."""
    head = token
    while head.dep_ in TITLE_NAMES | NAME_PARTS and head.head.i != head.i \
            and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    skip = {"conj", "cc", "acl", "acl:relcl", "punct", "parataxis"}
    out = [head]
    stack = [c for c in head.children if c.dep_ not in skip]
    while stack:
        child = stack.pop()
        out.append(child)
        stack.extend(c for c in child.children if c.dep_ not in skip)
    return sorted(out, key=lambda t: t.i)


def name_words(token: Any) -> list[Any]:
    """The words of a name: its flat/compound parts, and capitalised proper nouns beside it
    that a parser hung on the same head ("Taras" and "Melnyk" both subjects of "said")."""
    words = [token] + [c for c in token.children if c.dep_ in NAME_PARTS]
    words.sort(key=lambda w: w.i)
    doc = token.doc

    case = token.morph.get("Case")

    def beside(t: Any) -> bool:  # "в Стамбулі Владімір": a place in another case is no part
        return t.pos_ == "PROPN" and t.text[:1].isupper() and (
            t.head.i in (token.i, token.head.i) or t.i == token.head.i) and (
            not case or not t.morph.get("Case") or t.morph.get("Case") == case)

    while words[0].i > 0 and beside(doc[words[0].i - 1]) and doc[words[0].i - 1].dep_ != "ROOT":
        words.insert(0, doc[words[0].i - 1])
    while words[-1].i + 1 < len(doc) and beside(doc[words[-1].i + 1]) \
            and doc[words[-1].i + 1].dep_ != "ROOT":
        words.append(doc[words[-1].i + 1])
    return words
