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

from eventwire.match import Tokens
from eventwire.model import Mention, Sentence, Statement
from eventwire.statements.context import Context
from eventwire.statements.evidence import build_statement
from eventwire.statements.speakers import best_mention, outside_quotes


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
        start = tokens.starts[after]
        if tokens.words[after] in context.lexicon.complementizers:
            start = tokens.ends[after]
        return build_statement(context, speaker, start, sentence.end, sentence, tokens, cue=cue,
                               speaker_span=(speaker.start, speaker.end))
    if before == 0:
        return None
    return build_statement(context, speaker, sentence.start, tokens.starts[before - 1], sentence,
                           tokens, cue=cue, postposed=True,
                           speaker_span=(speaker.start, speaker.end))


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
        return best_mention(named)
    before = outside_quotes(context, context.actors_in(tokens.starts[segment[0]],
                                                       tokens.starts[first]))
    before = [m for m in before if m.actor is not None and not _is_source(context, m)]
    return before[-1] if before else None


def _is_source(context: Context, mention: Mention) -> bool:
    return bool(context.sources_in(mention.start, mention.end))


def _names_source(context: Context, tokens: Tokens, segment: tuple[int, int]) -> bool:
    return bool(context.sources_in(tokens.starts[segment[0]], tokens.ends[segment[1] - 1]))


def _opens_content(context: Context, tokens: Tokens, segment: tuple[int, int]) -> bool:
    """Whether a stretch starts what was said ("that the talks ..."), not more of the frame."""
    return tokens.words[segment[0]] in context.lexicon.complementizers
