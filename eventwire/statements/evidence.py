"""The evidence of a statement: the exact characters of what was said.

Content spans are trimmed of punctuation, a dateline, a trailing ", Reuters reports" and a
second act of the speaker ("said A, and urged B": A was said); a
span that a quote covers becomes the quote's inside (a direct quote), and a quote an editor
cut ("(…)") becomes one statement per passage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.match import Tokens
from eventwire.model import Actor, Mention, Sentence, Statement
from eventwire.statements.marks import CLOSING_MARKS, OPENING_MARKS, trim
from eventwire.statements.quotes import Quote
from eventwire.statements.speakers import group_actor
from eventwire.statements.speech_clauses import after_marker, conjunct_start
from eventwire.text.datelines import dateline_end

if TYPE_CHECKING:
    from eventwire.statements.context import Context


def build_statement(
    context: Context,
    speaker: Actor | Mention,
    start: int,
    end: int,
    sentence: Sentence,
    tokens: Tokens,
    *,
    cue: tuple[int, int],
    postposed: bool = False,
    speaker_span: tuple[int, int] | None = None,
    read_speaker: bool = False,
) -> Statement | None:
    """Build a statement from a content span, trimming punctuation and spotting quotes.

    Where the sentence is parsed, the subject of the speech verb is the speaker, unless the
    caller has ``read_speaker`` itself (a relayed official with the country of who relayed).
    """
    from_tree = None if read_speaker else context.tree.at(sentence, cue[0])
    if from_tree is not None and not _same_person_placed(speaker, from_tree[0]):
        speaker, speaker_span = from_tree
    if isinstance(speaker, Mention):
        speaker_span = (speaker.start, speaker.end)
        speaker = speaker.actor or group_actor(speaker)
    if speaker is None:
        return None
    text = context.doc.text
    end = min(end, conjunct_start(sentence, cue, start))
    start, end = trim(text, start, end)
    start = dateline_end(text, start, end)  # a dateline is not what was said
    start = after_marker(sentence, start, end)  # "ha affermato di ritirarsi": not "di"
    if end <= start:
        return None
    direct = False
    quote = context.quote_at(start) if text[start] in OPENING_MARKS else None
    if quote is None and end > start and text[end - 1] in CLOSING_MARKS:
        quote = context.quote_at(end - 1)
    if quote is None and postposed:  # "… the road is open," X noted: the quote's inside
        closing = context.quote_at(end - 1)
        if closing is not None and closing.open < end - 1 \
                and not text[end:closing.close].strip(" ,.;:!?…"):
            quote = closing
    if quote is not None:
        inner_start, inner_end = trim(text, quote.open + 1, quote.close)
        covers = (postposed and quote.close >= end - 1) or (not postposed and quote.open <= start)
        if covers and inner_end > inner_start:
            start, end, direct = inner_start, inner_end, True
    if not direct:
        start = _cut_relay_head(context, tokens, start, end)
        end = _cut_reporting_tail(context, tokens, start, end)
    if end - start < 3:
        return None
    return Statement(
        start=start,
        end=end,
        speaker=speaker,
        direct=direct,
        speaker_span=speaker_span,
        cue_span=cue,
    )



def _cut_relay_head(context: Context, tokens: Tokens, start: int, end: int) -> int:
    """Drop the leading relay clauses set off by commas ("which was cited by the agency Z, that
    ...", "à l'hebdomadaire Y, cité par l'agence Z, que ...", "wie die Agentur Z meldete,
    ..."): a head naming a news source and no actor is how it reached us, not what was said;
    the complementizer after its comma goes with it. A head opening with a capital is a
    name that may be what was said, and stays."""
    text = context.doc.text
    for _ in range(RELAY_HEADS):
        comma = text.find(",", start, end)
        if comma <= start or not text[start].islower() or not context.sources_in(start, comma) \
                or context.actors_in(start, comma):
            return start  # "Reuters, which ..., had lied": a source that is what was said
        k = tokens.index_at(comma) + 1
        if k < len(tokens.words) and tokens.words[k] in context.lexicon.complementizers:
            k += 1
        if k >= len(tokens.words) or tokens.starts[k] >= end:
            return start
        start = tokens.starts[k]
    return start


RELAY_HEADS = 3  # "to the daily Y, cited by the agency Z, quoting W, that ..."


REPORTING_TAIL = 6  # words of a closing ", the Turkish presidency said"


def _cut_reporting_tail(context: Context, tokens: Tokens, start: int, end: int) -> int:
    """Drop a trailing ", rapporte Reuters" / ", Reuters reports", and a closing speech
    clause of someone else (", the Turkish presidency said"), from reported content."""
    text = context.doc.text
    comma = text.rfind(",", start, end)
    if comma <= start:
        return end
    if context.sources_in(comma, end) and not context.actors_in(comma, end):
        return trim(text, start, comma)[1]
    first, last = tokens.index_at(comma) + 1, tokens.index_at(end - 1) + 1
    tail = tokens.words[first:last]
    if 0 < sum(w[:1].isalnum() for w in tail) <= REPORTING_TAIL \
            and context.lexicon.verbs.find(tail) and context.actors_in(comma, end) \
            and context.lexicon.complementizers.isdisjoint(tail):
        return trim(text, start, comma)[1]
    return end


def quote_ending_before(context: Context, offset: int) -> Quote | None:
    """A quote whose closing mark is the last thing before ``offset`` (but blanks)."""
    text = context.doc.text
    k = offset - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    if k < 0 or text[k] not in CLOSING_MARKS:
        return None
    quote = context.quote_at(k)
    return quote if quote is not None and quote.close == k else None


def clause_end(tokens: Tokens, start: int) -> int:
    for k in range(start, len(tokens.words)):
        if tokens.words[k] in {",", ";", ".", ":"}:
            return tokens.starts[k]
    return tokens.ends[-1]


def _same_person_placed(given: Actor | Mention, read: Actor | Mention) -> bool:
    """Whether the caller's speaker is the person the tree reads, with the country the tree's
    reading lacks (given by the institution whose title the person holds): the caller's
    stands."""
    given_actor = given.actor if isinstance(given, Mention) else given
    read_actor = read.actor if isinstance(read, Mention) else read
    return given_actor is not None and read_actor is not None \
        and given_actor.type == read_actor.type == "person" \
        and given_actor.canonical == read_actor.canonical \
        and bool(given_actor.country) and not read_actor.country
