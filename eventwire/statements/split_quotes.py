"""Quotes a speech clause splits in two: both passages were said by the clause's speaker.

- Two quotes around the clause: '"We are ready," he said, "but only if ..."', "« ... »,
  a-t-il déclaré, « ... »", "„...“, sagte er, „...“". A cue takes one of the quotes; the
  other, left over, goes to the same speaker when only the cue's clause stands between them.
- One quote with the clause set off by dashes inside it (Russian and Ukrainian wire style):
  "«Мы готовы, - сказал он. - Но ...»", or by commas with its verb first (French style:
  "« Nous sommes prêts, a déclaré la ministre, mais ... »"). A cue inside a quote opens
  nothing, so the quote is read here: the passages on either side of the clause are two
  statements of its speaker.
"""

from __future__ import annotations

import re

from eventwire.match import Tokens
from eventwire.model import Actor, Mention, Statement
from eventwire.statements.context import Context
from eventwire.statements.marks import trim
from eventwire.statements.quotes import Quote
from eventwire.statements.speakers import best_mention

MAX_CLAUSE_WORDS = 8  # words of a speech clause between two passages ("said the minister")
# ", - сказал он. - " / ". – заявил министр, – ": a dash, the clause, a stop or comma, a dash
_INTERJECTED = re.compile(r"[,.!?…]?\s+[-–—]\s+([^-–—«»\"“”„]{3,120}?)[,.:]\s*[-–—]\s+")
# "« A, a déclaré la ministre, mais B »": the clause set off by commas, its verb first
_INCISE = re.compile(r",\s+([^,.;:!?«»\"“”„]{3,120}?)[,.]\s+")
VERB_FIRST_WORDS = 3  # words an incise may hold before its speech verb ("a-t-elle déclaré")


def speaker_between_quotes(context: Context, quote: Quote) -> Statement | None:
    """One passage of a quote pair split by a speech clause, said by whoever said the other
    ('"A," he said, "B."': a cue took B, or A; the one left over is theirs too). None when no
    statement's quote stands on the other side of its cue, in the same sentence."""
    text = context.doc.text
    sentence = context.sentence_at(quote.open)
    for said in context.statements:
        other = context.quote_at(said.start) if said.direct and said.cue_span else None
        if other is None or other == quote or context.sentence_at(other.open) is not sentence:
            continue
        first, second = (quote, other) if quote.close < other.open else (other, quote)
        cue = said.cue_span
        if not (first.close < cue[0] and cue[1] < second.open):
            continue
        between = text[first.close + 1 : second.open]
        comma = between.strip().startswith(",") or \
            text[first.open + 1 : first.close].rstrip()[-1:] == ","  # '"We are ready," he'
        if not comma or not between.rstrip().endswith(",") \
                or len(between.split()) > MAX_CLAUSE_WORDS + 1:
            continue
        start, end = trim(text, quote.open + 1, quote.close)
        if end - start < 3:
            return None
        return Statement(start=start, end=end, speaker=said.speaker, direct=True,
                         speaker_span=said.speaker_span, cue_span=cue)
    return None


def interjected(context: Context, quote: Quote) -> list[Statement]:
    """The passages of one quote on either side of a speech clause set off by dashes."""
    text = context.doc.text
    dashed = list(_INTERJECTED.finditer(text, quote.open + 1, quote.close))
    incises = list(_INCISE.finditer(text, quote.open + 1, quote.close))
    for found in dashed + incises:
        clause_start, clause_end = found.span(1)
        tokens = Tokens.of(context.doc.view, clause_start, clause_end)
        verbs = context.lexicon.verbs.find(tokens.words)
        if not verbs or len(tokens.words) > MAX_CLAUSE_WORDS:
            continue
        if found.re is _INCISE and verbs[0][0] >= VERB_FIRST_WORDS:
            continue  # "A, the minister said, B" is the quote's own words when no verb leads
        cue = (tokens.starts[verbs[0][0]], tokens.ends[verbs[0][1] - 1])
        speaker, span = _clause_speaker(context, tokens, cue)
        if speaker is None:
            continue
        passages = [trim(text, quote.open + 1, found.start()), trim(text, found.end(), quote.close)]
        return [Statement(start=a, end=b, speaker=speaker, direct=True, speaker_span=span,
                          cue_span=cue) for a, b in passages if b - a >= 3]
    return []


def _clause_speaker(
    context: Context, tokens: Tokens, cue: tuple[int, int]
) -> tuple[Actor | None, tuple[int, int] | None]:
    """Who speaks in the clause: a pronoun stands for the last person named; else the subject
    of the verb in the tree; else the actor the clause names."""
    if any(w in context.lexicon.pronouns for w in tokens.words):
        return context.pronoun_speaker(cue[0]), None
    found = context.tree.at(context.sentence_at(cue[0]), cue[0])
    if found is not None:
        speaker, span = found
        if isinstance(speaker, Mention):
            speaker = speaker.actor
        return speaker, span
    named = context.actors_in(tokens.starts[0], tokens.ends[-1])
    if named:
        mention = best_mention(named)
        return mention.actor, (mention.start, mention.end)
    return None, None
