"""Speech verbs and their clauses in the tree: what a verb says, where its content begins
and ends, and whether a quote is what was said or only a phrase."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from eventwire.model import Sentence
from eventwire.statements.subjects import name_words, subject_of
from eventwire.syntax.lookup import lemmas, once, token_starts, verb_indices
from eventwire.syntax.parse import token_at
from eventwire.text.view import fold

# Relations by which a clause is what a verb above it says ("stressed that the sides had agreed
# on it "so that ..."").
CONTENT_RELATIONS = {"ccomp", "conj", "xcomp", "parataxis"}

Clause = tuple[int, int, int, int, int, int]  # verb, subject and content spans


def speech_clause(sentence: Sentence, language: str) -> Clause | None:
    """A speech verb the tree shows with its subject and content, for a sentence no cue read.

    Returns the verb's span, the subject's span and the content's span. The content is the
    verb's clausal complement ("said that ...", "teilte mit, dass ..."), or, when the speech
    clause hangs on the reported clause ("..., the army said"), that clause without it.
    """
    return next((clause for clause, _ in _clauses(sentence, language)), None)


def speech_clauses(
    sentence: Sentence, language: str, relatives: frozenset[str] = frozenset(),
    adverbials: bool = False, surface: frozenset[str] = frozenset(),
) -> list[tuple[Clause, bool]]:
    """Every speech clause of a sentence, in order, each with whether its content is the
    verb's own complement (a second one: "X said A, adding that B"); with ``adverbials``, also
    one the parser gave no subject ("« ... », - отметил X, добавив, что ...": its span stands
    for the subject's); a verb whose folded form is in ``surface`` speaks
    whatever its lemma ("añadiendo", lemmatised "añadier")."""
    return list(_clauses(sentence, language, relatives, adverbials, surface))


def _clauses(
    sentence: Sentence, language: str, relatives: frozenset[str] = frozenset(),
    adverbials: bool = False, surface: frozenset[str] = frozenset(),
) -> Iterator[tuple[Clause, bool]]:
    """The speech clauses of :func:`speech_clauses`, one at a time (the first is often
    all a caller needs)."""
    from eventwire.events.predicates import predicates

    lexicon = predicates(language)
    parse = sentence.parse
    if lexicon is None or parse is None:
        return
    speaking = _speaking(parse, lexicon)
    for i in verb_indices(parse):
        verb = parse[i]
        if i not in speaking and not (surface and fold(verb.text) in surface):
            continue
        subject = subject_of(verb, relatives)
        if subject is None and adverbials and not any(
                c.dep_.startswith("nsubj") for c in verb.children):
            subject = verb  # "..., додавши, що": whose the caller knows (the first speaker)
        if subject is None:
            continue
        content = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis", "xcomp")]
        content = content or _asyndetic(verb)
        after = [c for c in content if c.i > verb.i]
        if after and len(after) < len(content):  # "Asked about it, X said Y would ...": one
            content = after  # content, after the verb; the fronted clause is circumstance
        if content:  # a parser may split one clause into several complements
            tokens = sorted({t for c in content for t in c.subtree}, key=lambda t: t.i)
        elif verb.dep_.split(":")[0] in ("parataxis", "ccomp", "conj") and verb.head.i != verb.i:
            skip = {t.i for t in verb.subtree}
            tokens = [t for t in verb.head.subtree if t.i not in skip]
        else:
            continue
        while tokens and tokens[0].dep_ in ("mark", "punct"):
            tokens = tokens[1:]  # "said that ...": the content starts after "that"
        if not tokens:
            continue
        words = name_words(subject)
        at = sentence.parse_start
        clause = (at + verb.idx, at + verb.idx + len(verb.text),
                  at + words[0].idx, at + words[-1].idx + len(words[-1].text),
                  at + tokens[0].idx, at + tokens[-1].idx + len(tokens[-1].text))
        yield clause, bool(content) and content[0].dep_ == "ccomp"


def speech_verb(sentence: Sentence, language: str) -> tuple[int, int, bool] | None:
    """The first speech verb of a sentence, its span and whether a personal pronoun is its
    subject ("Er gab weitere Details bekannt:")."""
    from eventwire.events.predicates import predicates

    lexicon = predicates(language)
    parse = sentence.parse
    if lexicon is None or parse is None:
        return None
    speaking = _speaking(parse, lexicon)
    for i in verb_indices(parse):
        if i in speaking:
            verb = parse[i]
            pronoun = any(c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ == "PRON"
                          for c in verb.children)
            at = sentence.parse_start + verb.idx
            return at, at + len(verb.text), pronoun
    return None


def takes_object(sentence: Sentence, verb_start: int) -> bool:
    """Whether the verb at ``verb_start`` has a nominal object and no clause: "promised both
    countries economic deals" states no content."""
    verb = token_at(sentence, verb_start)
    if verb is None:
        return False
    deps = {c.dep_ for c in verb.children}
    clausal = {"ccomp", "parataxis", "xcomp", "csubj"} & deps or _asyndetic(verb)
    return "obj" in deps and not clausal



def _asyndetic(verb: Any) -> list[Any]:
    """ "X sagte, die Brücke werde repariert": a clause after a comma that a parser took for a
    conjunct (no "and", a subject of its own) is what was said, if the verb has no object
    (an adverb of the verb may stand before the comma: "meldete ihrerseits, ...")."""
    if any(c.dep_ in ("obj", "iobj") for c in verb.children):
        return []
    for child in verb.children:
        if child.dep_ != "conj" or child.i < verb.i:
            continue
        grandchildren = list(child.children)
        between = verb.doc[verb.i + 1: min(t.i for t in child.subtree if not t.is_punct)]
        between = [t for t in between if not (t.dep_ == "advmod" and t.head.i == verb.i)]
        if [t.text for t in between] == [","] \
                and not any(g.dep_ == "cc" for g in grandchildren) \
                and any(g.dep_.startswith("nsubj") for g in grandchildren):
            return [child]
    return []


def _is_speech(verb: Any, lexicon: Any) -> bool:
    """Whether a verb (tagged VERB or AUX) is a speech verb."""
    return verb.pos_ in ("VERB", "AUX") and verb.i in _speaking(verb.doc, lexicon)


def _speaking(parse: Any, lexicon: Any) -> frozenset[int]:
    """The indices of the tokens of a tree that are speech verbs whatever their tag, read
    once per tree and lexicon."""
    key = ("speaking", lexicon.speech_verbs, lexicon.particle_join)
    bases = _bases(lexicon.speech_verbs, lexicon.particle_join)
    return once(parse, key, lambda tree: frozenset(
        i for i, lemma in enumerate(lemmas(tree))
        if lemma in bases and _speaks(tree[i], lexicon)))


@lru_cache(maxsize=32)
def _bases(verbs: frozenset[str], join: str) -> frozenset[str]:
    """Every lemma a speech verb can have before its particle is joined to it: the verbs
    themselves, the ends of verbs a particle is prefixed to ("geben" of "bekanntgeben"),
    the words before a particle written after them."""
    if join == "none":
        return verbs
    if join == "prefix":
        return verbs | {verb[k:] for verb in verbs for k in range(1, len(verb))}
    return verbs | {verb[:k] for verb in verbs for k, char in enumerate(verb) if char == " "}


def _speaks(verb: Any, lexicon: Any) -> bool:
    lemma = (verb.lemma_ or verb.text).lower()
    particles = [c for c in verb.children  # "gab ... bekannt": a particle or a bare adverb
                 if c.dep_ in ("compound:prt", "advmod", "compound")]
    keys = [lemma] + [lexicon.joined(lemma, (p.lemma_ or p.text).lower()) for p in particles]
    return any(key in lexicon.speech_verbs for key in keys)


def frames_quote(sentence: Sentence, quote: tuple[int, int], language: str,
                 framing: frozenset[str]) -> bool:
    """Whether the nearest verb above a short quote is a speech or framing verb ("hailed the
    call as "productive"", "qualifiant la conversation de « franche »"), or heads a clause that
    one says ("stressed that the sides agreed on it "so that ...""): the quote is what was
    said. A quote under any other verb ("an "all for all" exchange will take place",
    "proposed to take the plant "for security"") is a phrase, not a statement."""
    from eventwire.events.predicates import predicates

    lexicon = predicates(language)
    if lexicon is None or sentence.parse is None:
        return False
    at = sentence.parse_start
    inside = [t for t in sentence.parse if quote[0] < at + t.idx < quote[1]]
    heads = [t for t in inside if not quote[0] < at + t.head.idx < quote[1]]
    if not heads:
        return False
    token = heads[0]
    for _ in range(len(sentence.parse)):
        if token.head.i == token.i:
            break
        token = token.head
        if token.pos_ in ("VERB", "AUX") or (token.lemma_ or "").lower() in framing:
            if _is_speech(token, lexicon) or (token.lemma_ or token.text).lower() in framing:
                return True
            if token.dep_.split(":")[0] not in CONTENT_RELATIONS:
                return False  # a verb of its own, not a clause of what was said
    return False


def speech_verb_between(sentence: Sentence, start: int, end: int,
                        language: str) -> tuple[int, int] | None:
    """The span of the first speech verb of the tree in ``[start, end)`` ("Das teilte X mit":
    the verb with its particle, whatever its tag: a tagger may take a verb after "Das" for an
    adjective), None when there is none or no parse."""
    from eventwire.events.predicates import predicates

    lexicon = predicates(language)
    if lexicon is None or sentence.parse is None:
        return None
    at = sentence.parse_start
    starts = token_starts(sentence.parse)
    for i in sorted(_speaking(sentence.parse, lexicon)):
        if start <= at + starts[i] < end:
            token = sentence.parse[i]
            return at + token.idx, at + token.idx + len(token.text)
    return None


def conjunct_start(sentence: Sentence, cue: tuple[int, int], after: int) -> int:
    """Where a second verb of the speaker begins after ``after`` ("a affirmé A, et a appelé
    B"; "said A and urged B"): the speech verb's own conjunct is no part of what it says
    (the sentence's end when there is none, or no parse)."""
    if sentence.parse is None:
        return sentence.end
    at = sentence.parse_start
    verb = next((t for t in sentence.parse
                 if t.idx <= cue[1] - 1 - at < t.idx + len(t.text)), None)
    if verb is None:
        return sentence.end
    starts = [at + c.left_edge.idx for c in verb.children
              if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > verb.i
              and any(g.dep_ == "cc" for g in c.children)  # not "sagte, die Brücke sei ..."
              and at + c.left_edge.idx > after]
    return min(starts, default=sentence.end)


def after_marker(sentence: Sentence, start: int, end: int) -> int:
    """Where content begins after the infinitive's marker that opens it ("di ritirarsi",
    "de se retirer", "to withdraw"): the marker says nothing (``start`` when there is none)."""
    token = token_at(sentence, start)
    if token is None or token.dep_ != "mark" or token.pos_ not in ("ADP", "PART", "SCONJ") \
            or not any(w.morph.get("VerbForm") == ["Inf"] for w in [token.head] + [
                c for c in token.head.children if c.dep_.startswith("aux") or c.dep_ == "cop"]):
        return start  # "essersi ritirato", "di essere pronta": the infinitive may be the
        # auxiliary or the copula
    following = start + len(token.text)
    text = sentence.parse.text
    at = sentence.parse_start
    while following - at < len(text) and text[following - at].isspace():
        following += 1
    return following if following < end else start
