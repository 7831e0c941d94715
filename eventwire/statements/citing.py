"""Statements a news source carries from another: "Reuters reported, citing the Kremlin, that
...", "selon l'agence TASS, citant ...", "как сообщает ТАСС со ссылкой на ...".

The one cited speaks, the outlets carry it (``reported_by``, in text order). The reporting
frame is the comma-delimited stretch that holds the citing words and the stretches beside it
that name a news source; what was said is the rest of the sentence, on the side of the frame
where it stands (after a "that" when one follows the frame). A frame naming no news source
("Zelensky said, citing intelligence reports, that ...") is left to the speech verb: its
subject speaks.
"""

from __future__ import annotations

import re

from eventwire.match import Tokens
from eventwire.model import Actor, Mention, Sentence, Statement
from eventwire.statements.context import Context
from eventwire.statements.evidence import build_statement
from eventwire.statements.speakers import best_mention, outside_quotes, unnamed_source
from eventwire.statements.speech_clauses import speech_clauses
from eventwire.statements.subjects import CAPITAL, WORD_REST
from eventwire.syntax.parse import char_span, token_at
from eventwire.syntax.parse import sentence_language as parse_language

# two or three capitalised words closing a stretch, before the blanks up to a verb
_CLOSING_NAME = re.compile(
    rf"(?<![\w-]){CAPITAL}{WORD_REST}+(?: {CAPITAL}{WORD_REST}+){{1,2}}(?= +$)")


def cited(
    context: Context, sentence: Sentence, tokens: Tokens, first: int, last: int
) -> Statement | None:
    """The statement a citing cue opens, when its frame names a news source."""
    segments = _segments(context, tokens)
    at = next(k for k, (a, b) in enumerate(segments) if a <= first < b)
    speaker = _cited_speaker(context, tokens, segments[at], first, last)
    if speaker is None:
        return None
    low = high = at
    while low > 0 and _names_source(context, tokens, segments[low - 1]):
        low -= 1
    while high + 1 < len(segments) and _names_source(context, tokens, segments[high + 1]) \
            and not _opens_content(context, tokens, segments[high + 1]):
        high += 1
    if not any(_names_source(context, tokens, segments[k]) for k in range(low, high + 1)):
        return None
    cue = (tokens.starts[first], tokens.ends[last - 1])
    after = segments[high + 1][0] if high + 1 < len(segments) else len(tokens.words)
    before = segments[low][0]  # the frame's first word: what stands before it is content
    if after < len(tokens.words) and (low == 0 or len(tokens.words) - after > before):
        start = _content_start(context, sentence, tokens, after)
        relayed = _relayed_clause(context, sentence, start,
                                  speaker.actor.country if speaker.actor else None)
        if relayed is not None:  # "..., reported that ministry spokesman X said CONTENT"
            person, span, verb, content = relayed
            return build_statement(context, person, content[0], content[1], sentence, tokens,
                                   cue=verb, speaker_span=span, read_speaker=True)
        return build_statement(context, speaker, start, sentence.end, sentence, tokens, cue=cue,
                               speaker_span=(speaker.start, speaker.end))
    if before == 0:
        return None
    return build_statement(context, speaker, sentence.start, tokens.starts[before - 1], sentence,
                           tokens, cue=cue, postposed=True,
                           speaker_span=(speaker.start, speaker.end))


# the parts of speech of the words that may stand between a frame and the "that" of its
# content: the source's own verb ("ha riferito che"), or a preposition ("informó ... de que")
_BEFORE_THAT = frozenset({"VERB", "AUX", "ADP", "ADV"})


def _content_start(context: Context, sentence: Sentence, tokens: Tokens, after: int) -> int:
    """Where what was said starts after the frame: after its "that", also when the source's
    verb or a preposition comes first ("L'agenzia, citando ..., ha riferito che CONTENT",
    "informó, citando ..., de que CONTENT")."""
    for k in range(after, min(after + 4, len(tokens.words))):
        if tokens.words[k] in context.lexicon.complementizers:
            return tokens.ends[k]
        word = token_at(sentence, tokens.starts[k])
        if word is None or word.pos_ not in _BEFORE_THAT:
            break
    return tokens.starts[after]


def _relayed_clause(
    context: Context, sentence: Sentence, start: int, cited_country: str | None
) -> tuple[Actor, tuple[int, int], tuple[int, int], tuple[int, int]] | None:
    """The speech clause of a person named in what the cited one relayed ("..., citing the
    ministry, reported that ministry spokesman X said CONTENT"): the person speaks, for the
    cited one's country when no other is known; the ministry only passed it on. The person,
    the spans of their name, verb and content, when the tree shows a speech verb after
    ``start`` with its content after it, whose subject is a person (or that has none, the
    name standing right before it: "речник міністерства Зекі Акташ заявив")."""
    language = parse_language(context.doc, sentence)
    for clause, _ in speech_clauses(sentence, language, context.lexicon.relatives,
                                    adverbials=True, surface=context.lexicon.surface_verbs):
        verb_start, verb_end, subject_start, _, content_start, content_end = clause
        if subject_start < start or verb_start < start or content_start < verb_end \
                or context.inside_quote(verb_start):
            continue
        person = _name_before_verb(context, sentence, start, verb_start)
        if person is None:
            found = context.tree.at(sentence, verb_start)
            actor = found[0].actor if found is not None and isinstance(found[0], Mention) \
                else found[0] if found is not None else None
            if actor is None or actor.type != "person":
                continue
            person = actor, found[1]
        actor, span = person
        if actor.country is None and cited_country:
            actor = context.tree.with_country(actor, cited_country)
        return actor, span, (verb_start, verb_end), (content_start, content_end)
    return None


def _name_before_verb(
    context: Context, sentence: Sentence, start: int, verb_start: int
) -> tuple[Actor, tuple[int, int]] | None:
    """A full name no list knows that ends right before the verb or its auxiliaries ("...
    Zeki Aktas said", "Zeki Aktas habe gesagt"), read whole where a tagger took its first word
    for a noun."""
    verb = token_at(sentence, verb_start)
    if verb is not None:
        verb_start = min([verb_start] + [char_span(sentence, c)[0] for c in verb.children
                                         if c.dep_.startswith("aux") and c.i < verb.i])
    found = _CLOSING_NAME.search(context.doc.text, start, verb_start)
    if found is None:
        return None
    name_start, end = found.span()
    first = token_at(sentence, name_start)
    if found.group().count(" ") == 2 and first is not None and first.pos_ != "PROPN":
        name_start = found.start() + found.group().index(" ") + 1  # "Ministeriumssprecher"
    if context.actors_in(name_start, end) or context.sources_in(name_start, end):
        return None
    return context.tree.person(context.doc.text[name_start:end], before=name_start), \
        (name_start, end)


def _segments(context: Context, tokens: Tokens) -> list[tuple[int, int]]:
    """The sentence's stretches of words between commas (commas inside quotes do not cut);
    each stretch ``[a, b)`` excludes its closing comma."""
    out: list[tuple[int, int]] = []
    start = 0
    for k, word in enumerate(tokens.words):
        if word == "," and not context.inside_quote(tokens.starts[k]):
            if k > start:
                out.append((start, k))
            start = k + 1
    if start < len(tokens.words):
        out.append((start, len(tokens.words)))
    return out


def _cited_speaker(
    context: Context, tokens: Tokens, segment: tuple[int, int], first: int, last: int
) -> Mention | None:
    """The actor the cue cites: the first named after it in its stretch ("citing the
    Kremlin"), else the last before it ("das sich auf den Kreml beruft"); never a source."""
    after = outside_quotes(context, context.actors_in(tokens.ends[last - 1],
                                                      tokens.ends[segment[1] - 1]))
    after = [m for m in after if m.actor is not None and not _is_source(context, m)]
    # "Генштаб ЗСУ": an institution of no country is named by the one its complement names
    named = [m for m in after if m.actor is not None and (m.actor.country or m.actor.entity)]
    if named:
        return unnamed_source(context, tokens, (last, segment[1]), best_mention(named))
    before = outside_quotes(context, context.actors_in(tokens.starts[segment[0]],
                                                       tokens.starts[first]))
    before = [m for m in before if m.actor is not None and not _is_source(context, m)]
    return unnamed_source(context, tokens, (segment[0], first), before[-1]) if before else None


def _is_source(context: Context, mention: Mention) -> bool:
    return bool(context.sources_in(mention.start, mention.end))


def _names_source(context: Context, tokens: Tokens, segment: tuple[int, int]) -> bool:
    return bool(context.sources_in(tokens.starts[segment[0]], tokens.ends[segment[1] - 1]))


def _opens_content(context: Context, tokens: Tokens, segment: tuple[int, int]) -> bool:
    """Whether a stretch starts what was said ("that the talks ..."), not more of the frame."""
    return tokens.words[segment[0]] in context.lexicon.complementizers
