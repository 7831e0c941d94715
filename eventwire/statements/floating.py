"""Quotes no cue claimed: split by a speech clause, said by whoever a heading names,
floated, or framed.

A quote after a sentence ending with a colon is what the actor of that sentence said; a
quote opening its sentence goes on with the speaker just before; a short quote inside a
sentence that a speech or framing verb governs ("hailed the call as "productive"") is the
nearest named actor's; a quoted name ("Operation Northern Shield") or a quoted phrase in a sentence
that reports no speech ("an "all for all" exchange") is no statement.
"""

from __future__ import annotations

from bisect import bisect_right

from eventwire.model import Actor, Mention, Sentence, Statement
from eventwire.statements.context import Context
from eventwire.statements.marks import is_name, trim
from eventwire.statements.quotes import Quote
from eventwire.statements.speakers import best_mention
from eventwire.statements.speech_clauses import frames_quote
from eventwire.statements.split_quotes import interjected, speaker_between_quotes
from eventwire.statements.tree_speakers import actor_of
from eventwire.syntax.parse import char_span
from eventwire.syntax.parse import sentence_language as parse_language

MIN_QUOTE_WORDS = 3  # a shorter quote does not float to the previous speaker
MAX_FRAMED_WORDS = 8  # a quote framed by its sentence ("hailed it as "productive"") is short


def attribute_leftover_quotes(context: Context) -> None:
    """Quotes no cue claimed: a heading sentence ending with a colon, else a floating quote."""
    doc = context.doc
    text = doc.text
    for quote in context.quotes:
        inner_start, inner_end = trim(text, quote.open + 1, quote.close)
        if inner_end <= inner_start:
            continue
        if context.said_within(inner_start, inner_end):
            continue
        sentence_index = _sentence_index(context, quote.open)
        split = interjected(context, quote) or [speaker_between_quotes(context, quote)]
        if split[0] is not None and sentence_index is not None:
            for part in split:
                if part is not None:
                    context.add(part, doc.sentences[sentence_index])
            context.statements.sort(key=lambda s: (s.start, s.end))
            continue
        words = len(text[inner_start:inner_end].split())
        speaker: Actor | None = None
        span = None
        owner = doc.sentences[sentence_index] if sentence_index is not None else None
        head_start = owner.start if owner is not None else quote.open
        head = text[head_start : quote.open].strip()
        if head.endswith(":") or (not head and sentence_index):
            lead = owner if head else doc.sentences[sentence_index - 1]  # type: ignore[index]
            if text[lead.start : quote.open].rstrip().endswith(":"):
                found = context.actors_in(lead.start, quote.open)
                if found:
                    mention = best_mention(found)
                    speaker, span = mention.actor, (mention.start, mention.end)
        if speaker is None and not head and owner is not None:
            mention = _titled_after_colon(context, quote.close + 1, owner.end)
            if mention is not None:  # ""We will rebuild it": Croatian minister promises ..."
                speaker, span = mention.actor, (mention.start, mention.end)
        if speaker is None and not head and words >= MIN_QUOTE_WORDS and sentence_index:
            found = _introduced_before(context, sentence_index, quote.close + 1)
            if found is not None:  # "Popa was blunt. "There will be no deal ...""
                speaker, span = found
        if speaker is None and not head and words >= MIN_QUOTE_WORDS \
                and not _asked_by_another(text, quote, owner):
            speaker = _floating_speaker(context, quote.open)  # a quote opening its sentence
        if speaker is None and head and owner is not None and words <= MAX_FRAMED_WORDS \
                and not is_name(text[inner_start:inner_end]) \
                and frames_quote(owner, (quote.open, quote.close),
                                 parse_language(doc, owner), context.lexicon.framing):
            # "Trump hailed the call as "good and productive"": the nearest named speaker
            # before the quote in its sentence (a person or an institution first).
            mention = _framing_speaker(context, owner.start, quote.open)
            if mention is not None:
                speaker, span = mention.actor, (mention.start, mention.end)
        if speaker is None or owner is None:
            continue
        statement = Statement(
            start=inner_start, end=inner_end, speaker=speaker, direct=True, speaker_span=span
        )
        context.add(statement, owner)
        context.statements.sort(key=lambda s: (s.start, s.end))


def _titled_after_colon(context: Context, start: int, end: int) -> Mention | None:
    """The speaker a headline names after the colon that closes its quote (""We will
    rebuild it": Croatian minister promises ..."): the first actor of the clause after it."""
    text = context.doc.text
    if not text[start:end].lstrip().startswith(":"):
        return None
    found = [m for m in context.actors_in(start, end)
             if m.actor is not None and not context.inside_quote(m.start)]
    return best_mention(found) if found else None


def _framing_speaker(context: Context, start: int, end: int) -> Mention | None:
    found = [m for m in context.actors_in(start, end) if m.actor is not None]
    if not found:
        return None
    named = [m for m in found if m.actor and m.actor.type in ("person", "organization")]
    return (named or found)[0]  # the subject stands first


def _introduced_before(context: Context, index: int, after: int
                       ) -> tuple[Actor, tuple[int, int]] | None:
    """The person a sentence that says nothing introduces as its subject ("Romanian Foreign
    Minister Andrei Popa was blunt after the meeting."), for a quote that is the whole next
    sentence of the passage: the quote is theirs. A sentence that holds or ends a statement or
    a quote ("...!" Trump wrote."), or whose subject is not a named person, introduces no one."""
    doc = context.doc
    owner, lead = doc.sentences[index], doc.sentences[index - 1]
    if doc.text[after:owner.end].strip(" .!?\n") or lead.parse is None \
            or lead.passage != owner.passage or context.quote_at(lead.start) \
            or any(q.open < lead.end and q.close >= lead.start for q in context.quotes) \
            or any(s.start < lead.end and s.end > lead.start for s in context.statements):
        return None
    roots = [t for t in lead.parse if t.dep_ == "ROOT"]
    if len(roots) != 1:
        return None
    found = context.tree.at(lead, char_span(lead, roots[0])[0])
    if found is None:
        return None
    actor = actor_of(found[0])
    if actor is None or actor.type != "person" or not actor.canonical:
        return None
    return actor, found[1]


def _asked_by_another(text: str, quote: Quote, owner: Sentence | None) -> bool:
    """A quoted question that its sentence goes on to frame (""Will the exercises go
    ahead?" a reporter asked", "«E l'Unione europea?», gli è stato chiesto"): no cue
    claimed the frame, so someone else asked it; it does not float to the last speaker."""
    if owner is None or not text[quote.open + 1:quote.close].rstrip().endswith("?"):
        return False
    return any(c.isalpha() for c in text[quote.close + 1:owner.end])


def _floating_speaker(context: Context, offset: int) -> Actor | None:
    """The speaker of the statement just before, when it is close and in the same passage."""
    before = [s for s in context.statements if s.end <= offset]
    if not before:
        return None
    last = max(before, key=lambda s: s.end)
    if offset - last.end > 400 or context.doc.passage_at(last.start) != context.doc.passage_at(
        offset
    ):
        return None
    return last.speaker


def _sentence_index(context: Context, offset: int) -> int | None:
    """Index of the sentence holding an offset (or ending right before it)."""
    sentences = context.doc.sentences
    i = bisect_right(context.sentence_starts, offset) - 1
    if i >= 0 and offset < sentences[i].end + 1:
        return i
    return None
