"""Modality and mode of an event from the words around its cue."""

from __future__ import annotations

from eventwire.events.lexicon import Cue
from eventwire.events.sides import EventContext
from eventwire.match import PatternSet, Tokens


def modality_of(
    context: EventContext,
    tokens: Tokens,
    first: int,
    last: int,
    left: int,
    after: int | None = None,
    noun: bool = False,
) -> str:
    """Modality from words before the trigger; a noun's also from the verb after it."""
    lexicon = context.lexicon
    words = tokens.words
    if after is not None:
        found = modality_of(context, tokens, first, last, left, noun=noun)
        if found != "asserted":
            return found
        tail = min(after, last + 8)
        if tail > last:
            return modality_of(context, tokens, tail - 1, tail, last)
        return found
    before = max(left, first - 6)
    # "would respond and threatened to": another verb's words stop at the coordination
    joined = [k for k in range(before, first) if words[k] in lexicon.coordination]
    if joined and not noun:
        before = joined[-1] + 1
    cue_words = words[first:last]

    def has(patterns: PatternSet[str], start: int, end: int) -> bool:
        return bool(patterns.find(words, start, end))

    if has(lexicon.hypothetical, max(left, first - 8, before if joined else 0), first) or any(
        w.endswith(lexicon.conditional_suffixes)
        for w in (*words[before:first], *cue_words[:1])
        if lexicon.conditional_suffixes and len(w) > 5
    ):
        return "hypothetical"
    if has(lexicon.uncertain, max(left, first - 8), first):
        return "uncertain"
    if has(lexicon.negation, max(left, first - 5), first):
        return "negated"
    # The verb of a noun cue stands a few words before it: "procéderont à un échange".
    inflected = words[before:first] if noun else words[max(left, first - 4) : first]
    if has(lexicon.future, before, first) or any(
        w.endswith(lexicon.future_suffixes)
        for w in (*inflected, *cue_words[:1])
        if lexicon.future_suffixes and len(w) > 5
    ):
        return "future"
    return "asserted"


def mode_of(
    context: EventContext, tokens: Tokens, cue: Cue, left: int, right: int, first: int
) -> str | None:
    if cue.mode:
        return cue.mode
    found = context.lexicon.modes.find(tokens.words, left, right)
    candidates = [(abs(f - first), m.mode) for f, _, m in found if cue.type in m.types]
    return min(candidates)[1] if candidates else None
