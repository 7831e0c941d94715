"""Statements whose content is the sentence before: "Об этом заявил X", "Про це повідомив X",
"C'est ce qu'a annoncé X", "Das teilte X mit", "Así lo anunció X", "Lo ha annunciato X".

The sentence opens with a word pointing back (the language's ``anaphoric_cues``) and a speech
verb right after it; the verb's subject (else the actor after the verb) said the sentence
before, when that sentence is in the same passage and no statement holds it yet.
"""

from __future__ import annotations

from bisect import bisect_right

from eventwire.match import Tokens
from eventwire.model import Sentence, Statement
from eventwire.statements.context import Context
from eventwire.statements.evidence import build_statement
from eventwire.statements.speakers import best_mention, outside_quotes
from eventwire.statements.speech_clauses import speech_verb_between
from eventwire.syntax.parse import sentence_language as parse_language
from eventwire.syntax.parse import token_at

VERB_WINDOW = 3  # words between the pointing word and the speech verb ("Об этом же заявил")


def from_anaphora(context: Context, sentence: Sentence, tokens: Tokens) -> Statement | None:
    """The sentence before, said by the subject of this one's speech verb."""
    words = tokens.words
    cue = next((m for m in context.lexicon.anaphoric.find(words) if m[0] == 0), None)
    if cue is None or cue[1] >= len(words) or words[cue[1]] in context.lexicon.complementizers:
        return None  # "Lo que dijo el ministro ...": a clause of its own, no pointing back
    if _article(sentence, tokens.starts[cue[1] - 1]):
        return None  # "Das Außenministerium teilte mit", "Lo Stato maggiore": an article
    window_end = tokens.ends[min(cue[1] + VERB_WINDOW, len(words)) - 1]
    verb = _speech_verb(context, sentence, tokens, cue[1], window_end)
    if verb is None:
        return None
    before = _sentence_before(context, sentence)
    if before is None or context.said_within(before.start, before.end):
        return None
    speaker = context.tree.at(sentence, verb[0])
    found = speaker
    if found is None:
        after = outside_quotes(context, context.actors_in(verb[1], sentence.end))
        if not after:
            return None
        mention = best_mention(after)
        found = (mention, (mention.start, mention.end))
    return build_statement(context, found[0], before.start, before.end, sentence, tokens,
                           cue=verb, postposed=True, speaker_span=found[1])


def _article(sentence: Sentence, offset: int) -> bool:
    """Whether the word at ``offset`` is a determiner of a noun, not a pronoun of its own."""
    token = token_at(sentence, offset)
    return token is not None and token.dep_ == "det"


def _speech_verb(context: Context, sentence: Sentence, tokens: Tokens, first: int,
                 window_end: int) -> tuple[int, int] | None:
    """A speech verb of the language's list, else of the tree, among the words after the cue."""
    for start, end, _ in context.lexicon.verbs.find(tokens.words):
        if first <= start <= first + VERB_WINDOW:
            return tokens.starts[start], tokens.ends[end - 1]
    return speech_verb_between(sentence, tokens.starts[first], window_end,
                               parse_language(context.doc, sentence))


def _sentence_before(context: Context, sentence: Sentence) -> Sentence | None:
    sentences = context.doc.sentences
    i = bisect_right(context.sentence_starts, sentence.start) - 1
    if i <= 0:
        return None
    before = sentences[i - 1]
    return before if before.passage == sentence.passage else None
