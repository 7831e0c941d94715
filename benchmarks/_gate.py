"""A cheap test, before parsing, of whether a sentence can hold a record: the parse gate
that #16 allows "if that loses nothing measured" (``parse_gate.py --gate`` measures it).

Everything is read from the language's data, nothing listed by hand: a sentence is worth
parsing when it holds a digit or a quote mark, a date word (the date rules' own trigger),
a fact word (the facts' leads), or a word whose form or dictionary lemma (simplemma) is a
lemma of the language's predicates (single words, each phrase's longest word, verb-object
phrases, deliveries, dismissals, crowd acts, obligations, speech verbs) or the first word
of a speech pattern (verbs of saying, "according to", citing, framing...). In a language
that compounds nouns, a word ending in a predicate noun counts too.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from eventwire.events.predicates import predicates
from eventwire.facts.lexicon import fact_words, runs_of
from eventwire.lang.lemmas import lemmatize
from eventwire.statements.lexicon import SpeechLexicon
from eventwire.statements.marks import CLOSING_MARKS, OPENING_MARKS
from eventwire.text.dates import rules
from eventwire.text.tokens import WORD
from eventwire.text.view import fold

MIN_WORD = 3  # letters
QUOTES = frozenset(OPENING_MARKS + CLOSING_MARKS + "«»“”„‹›")


@dataclass(frozen=True)
class Vocabulary:
    words: frozenset[str]  # folded lemmas and forms
    prefixes: tuple[str, ...]  # folded prefixes of speech patterns ("accus*")
    compounds: bool


def _first_words(patterns: Any) -> tuple[set[str], set[str]]:
    exact = {fold(w) for w in getattr(patterns, "_exact", {})}
    prefix = {fold(w) for w in getattr(patterns, "_prefix", {})}
    return exact, prefix


@cache
def vocabulary(language: str) -> Vocabulary | None:
    lex = predicates(language)
    if lex is None:
        return None
    words: set[str] = set(lex.single)
    words.update(max(phrase, key=len) for phrase in lex.phrases)
    words.update(lex.verb_object_phrases)
    words.update(lex.speech_verbs | lex.dismissing_verbs | lex.crowd_acts | lex.obligation)
    for verbs, goods in lex.goods:
        words.update(verbs)
        words.update(goods)
    words.update(lex.verb_lemmas.values())
    prefixes: set[str] = set()
    speech = SpeechLexicon.of(language)
    for name in ("verbs", "according_to", "according_after", "according_closing", "citing",
                 "own_account", "relative", "document_nouns", "nominal_content", "anaphoric"):
        exact, prefix = _first_words(getattr(speech, name))
        words |= exact
        prefixes |= prefix
    words |= set(speech.surface_verbs) | set(speech.framing) | set(speech.reported_forms)
    # words of three letters or fewer are grammar words in these lexicons' phrases ("to",
    # "de", "for"): every sentence has one
    folded = frozenset(w for w in map(fold, words) if len(w) > MIN_WORD)
    return Vocabulary(folded, tuple(sorted(p for p in prefixes if p)), lex.compounds)


def worth_parsing(text: str, language: str) -> bool:
    """Whether a sentence's text may hold a record (True when the language has no data)."""
    vocab = vocabulary(language)
    if vocab is None:
        return True
    if any(c.isdigit() or c in QUOTES for c in text):
        return True
    norm = fold(text)
    if rules(_date_code(language)).trigger.search(norm):
        return True
    facts = fact_words(language)
    if facts is not None:
        runs = runs_of(norm)
        for table in (facts.happening_leads,):
            if table.possible(runs) - table._always:
                return True
    for word in WORD.findall(norm):
        if len(word) <= MIN_WORD or not word[0].isalpha():
            continue
        if word in vocab.words or fold(lemmatize(word, language)) in vocab.words:
            return True
        if vocab.prefixes and word.startswith(vocab.prefixes):
            return True
        if vocab.compounds and any(word[cut:] in vocab.words for cut in range(3, len(word) - 3)):
            return True
    return False


def _date_code(language: str) -> str:
    from eventwire import lang

    return language if lang.section(language, "dates_cldr") else lang.FALLBACK
