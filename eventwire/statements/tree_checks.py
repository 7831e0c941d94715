"""Questions about one parsed sentence at an offset: is this verb adverbial, subjectless,
in a relative clause, followed by an object or a verb; does a mention name a subject. Each
answers as the text alone would when the sentence has no parse."""

from __future__ import annotations

from collections.abc import Callable

from eventwire.model import Sentence
from eventwire.statements.subjects import NAME_PARTS, TITLE_NAMES, adverbial
from eventwire.syntax.lookup import starting_within, token_starts, verb_indices
from eventwire.syntax.parse import token_at
from eventwire.text.view import fold


def names_a_subject(sentence: Sentence, start: int, end: int) -> bool:
    """Whether a word of the mention at ``[start, end)`` is a subject in the tree (True when
    the sentence is not parsed): "Trump's plan" names no one a pronoun could stand for."""
    if sentence.parse is None:
        return True
    at = sentence.parse_start
    for i in starting_within(sentence.parse, start - at, end - at):
        token = sentence.parse[i]
        while token.dep_ in TITLE_NAMES | NAME_PARTS and token.head.i != token.i \
                and token.head.pos_ in ("NOUN", "PROPN"):
            token = token.head  # "Глава делегации Владимир Мединский": the title's role
        if token.dep_.startswith("nsubj") or (token.dep_ == "ROOT" and token.pos_ != "VERB"):
            return True
    return False


def subjectless(sentence: Sentence, start: int, end: int) -> bool:
    """Whether the last verb in ``[start, end)`` is finite, heads its own clause and has no
    subject in the tree ("Añadió que ...", "Ha aggiunto che ..."): where a language drops
    subject pronouns, that verb's subject is a pronoun (False when not parsed)."""
    if sentence.parse is None:
        return False
    at = sentence.parse_start
    words = [sentence.parse[i] for i in starting_within(sentence.parse, start - at, end - at)]
    verbs = [t for t in words if t.pos_ in ("VERB", "AUX")]
    if not words:
        return False
    verb = (verbs or words)[-1]  # the cue is a listed verb even where a tagger says "name"
    if verb.dep_ not in ("ROOT", "parataxis") or adverbial(verb):
        return False
    if any(c.dep_.startswith(("nsubj", "csubj", "expl")) for c in verb.children):
        return False
    return not verbs or verb.morph.get("VerbForm") == ["Fin"] or any(
        c.dep_.startswith("aux") for c in verb.children)


def adverbial_at(sentence: Sentence, verb_start: int) -> bool:
    """Whether the verb at ``verb_start`` is in an adverbial form (False when not parsed)."""
    verb = token_at(sentence, verb_start)
    return verb is not None and adverbial(verb) and verb.head.i != verb.i


def object_after(sentence: Sentence, verb_start: int) -> bool:
    """Whether the verb at ``verb_start`` has a noun object after it ("announced the dispatch
    of 200 trucks"; not "lo anunció a las 10")."""
    if sentence.parse is None:
        return True
    verb = token_at(sentence, verb_start)
    return verb is not None and any(
        c.dep_ == "obj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN") for c in verb.children)


def clause_after(sentence: Sentence, verb_start: int) -> bool:
    """Whether the verb at ``verb_start`` has a clause complement after it ("Speaking in
    Doha, X said both sides agreed"): what was said follows the verb, and a clause before
    it is circumstance (False when not parsed)."""
    verb = token_at(sentence, verb_start)
    return verb is not None and any(
        c.dep_ == "ccomp" and c.i > verb.i and c.pos_ in ("VERB", "AUX") for c in verb.children)


def verb_after(sentence: Sentence, offset: int) -> bool:
    """Whether a verb follows ``offset`` in the sentence (True when it is not parsed): content
    without one ("promised both sides new deals") is no clause."""
    parse = sentence.parse
    if parse is None:
        return True
    starts = token_starts(parse)
    return any(sentence.parse_start + starts[i] >= offset for i in verb_indices(parse))


def verb_between(sentence: Sentence, start: int, end: int) -> bool:
    """Whether a verb stands in ``[start, end)`` (True when the sentence is not parsed): a
    stretch without one ("Peu après la trêve, l'armée a averti ...") is no clause that was said."""
    parse = sentence.parse
    if parse is None:
        return True
    at = sentence.parse_start
    starts = token_starts(parse)
    return any(start <= at + starts[i] < end for i in verb_indices(parse))


def in_relative(sentence: Sentence, verb_start: int) -> bool:
    """Whether the verb at ``verb_start`` heads a relative clause ("leaders who have said
    that ..."): its speaker is the noun the clause hangs on, not the sentence's subject."""
    verb = token_at(sentence, verb_start)
    return verb is not None and verb.dep_.startswith("acl")


CLAUSES = ("ccomp", "xcomp", "parataxis", "advcl", "csubj", "acl", "conj")


def circumstances_of(sentence: Sentence, verb_at: int, start: int, end: int) -> bool:
    """Whether every word in ``[start, end)`` hangs on the verb at ``verb_at`` without a clause
    between ("sagte am Dienstag in Genf, die Liste sei ...": when and where it was said, not
    what); False when the sentence is not parsed or the stretch is empty."""
    verb = token_at(sentence, verb_at)
    if sentence.parse is None or verb is None:
        return False
    at = sentence.parse_start
    words = [sentence.parse[i] for i in starting_within(sentence.parse, start - at, end - at)]
    if not words:
        return False
    for word in words:
        current = word
        while current.i != verb.i and current.head.i != current.i \
                and current.dep_.split(":")[0] not in CLAUSES:
            current = current.head
        if current.i != verb.i:
            return False
    return True


def determined_noun(sentence: Sentence, start: int, end: int) -> bool:
    """Whether the words at ``[start, end)`` are a noun with its article ("El anuncio llegó",
    a form that folds like the verb "anunció"): no speech verb (False when not parsed)."""
    if sentence.parse is None:
        return False
    at = sentence.parse_start
    words = [sentence.parse[i] for i in starting_within(sentence.parse, start - at, end - at)]
    return bool(words) and all(
        w.pos_ == "NOUN" and any(c.dep_ == "det" and c.i < w.i for c in w.children)
        for w in words)


def negated(sentence: Sentence, verb_start: int, language: str,
            before: tuple[str, ...] = ()) -> bool:
    """Whether the verb at ``verb_start`` is negated in the tree ("il Cairo non ha ancora
    risposto", "did not comment", "hat nicht bestätigt"), or by a negation among the
    (folded) words ``before`` it in its clause where a parser hung it elsewhere: a speech
    verb said nothing then (False when not parsed)."""
    from eventwire.events.predicates import predicates

    verb = token_at(sentence, verb_start)
    lexicon = predicates(language)
    if verb is None or lexicon is None:
        return False
    clause = before[max((k + 1 for k, w in enumerate(before) if not w[:1].isalnum()),
                        default=0):]
    if any(w in {fold(n) for n in lexicon.negation} for w in clause):
        return True
    verbs = [verb] + [c for c in verb.children if c.dep_.startswith("aux")]  # "non" on "ha"
    return any((c.lemma_ or c.text).lower() in lexicon.negation or c.dep_ == "neg"
               or "Neg" in c.morph.get("Polarity")
               for v in verbs for c in v.children
               if c.dep_.split(":")[0] in ("neg", "advmod", "part"))


def refusal(sentence: Sentence, verb_start: int, language: str) -> bool:
    """Whether the verb at ``verb_start`` refuses rather than denies: a verb the language
    lists as a refusal when pronominal (predicates.yaml ``pronominal.refusals``) with its
    reflexive clitic ("se niegan a permitir": they refuse, nothing is said); the same test
    the event coder makes (False when not parsed)."""
    from eventwire.events.predicates import predicates
    from eventwire.events.tree.common import dictionary_lemma, reflexive_clitic

    verb = token_at(sentence, verb_start)
    lexicon = predicates(language)
    if verb is None or lexicon is None or not lexicon.pronominal_refusals or not {
            (verb.lemma_ or verb.text).lower(), dictionary_lemma(verb.text, language)
    } & lexicon.pronominal_refusals:  # the model's lemma, or the dictionary's ("niegan")
        return False
    return any(reflexive_clitic(c, (c.lemma_ or c.text).lower(), "Yes" in c.morph.get("Reflex"),
                                lexicon.reflexive_clitics) for c in verb.children)


def unnamed_subject(sentence: Sentence, cue: tuple[int, int] | None,
                    unnamed: Callable[[str], bool], named: Callable[[int, int], bool]) -> bool:
    """Whether the speech verb at ``cue`` has for subject a source no one names whose phrase
    names no one either ("Sources close to the talks said ...", "Джерела, близькі до
    переговорів, повідомили"): such a statement has no speaker, never the one before.
    ``unnamed`` asks the language's source nouns; ``named`` whether an actor lies in a span."""
    phrase = unnamed_subject_phrase(sentence, cue, unnamed)
    return phrase is not None and not named(*phrase)


def unnamed_subject_phrase(sentence: Sentence, cue: tuple[int, int] | None,
                           unnamed: Callable[[str], bool]) -> tuple[int, int] | None:
    """The span of the phrase of an unnamed source that is the subject of the speech verb at
    ``cue`` ("Fuentes del Ministerio de Defensa ecuatoriano aseguraron"), else None."""
    if sentence.parse is None or cue is None:
        return None
    verb = token_at(sentence, cue[0])
    if verb is None:
        return None
    at = sentence.parse_start
    subjects = [c for c in verb.children if c.dep_.startswith("nsubj")] or [
        c for c in verb.children if c.dep_ == "obj" and c.i < verb.i]  # a subject parsed obj
    for subject in subjects:
        if not unnamed(fold(subject.text)):
            continue
        words = list(subject.subtree)
        if words[-1].i < verb.i:  # "Источник | в правительстве Грузии | сообщил": a phrase
            words.append(sentence.parse[verb.i - 1])  # the model hangs on the verb names it
        return at + words[0].idx, at + words[-1].idx + len(words[-1].text)
    return None
