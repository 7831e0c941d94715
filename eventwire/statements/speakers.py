"""Who speaks, read from the actor mentions around a cue (where the tree does not say).

The subject stands before the verb in its comma-free stretch and outside quotes; a pronoun
or "the statement" is the previous speaker; a title and the person named right after it are
the person; a mention of several parties ("Russia and Ukraine") is one group.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from eventwire.actors.recognize import composed_actor
from eventwire.match import Tokens
from eventwire.model import Actor, Mention
from eventwire.statements.subjects import indefinite
from eventwire.text.view import fold

if TYPE_CHECKING:
    from eventwire.statements.context import Context

_WORD = re.compile(r"\w+")


def subject_before(
    context: Context, start: int, verb_start: int
) -> tuple[Actor, tuple[int, int]] | None:
    """The actor in subject position before a verb: the nearest comma-free stretch first, then
    the sentence before it, unless a pronoun stands right before the verb ("..., he said")."""
    text = context.doc.text
    segment_start = max(text.rfind(",", start, verb_start) + 1, start)
    candidates = outside_quotes(context, context.actors_in(segment_start, verb_start))
    pronoun = _pronoun_ends(context, text[segment_start:verb_start])
    if pronoun and all(m.actor is not None and m.actor.type == "country" for m in candidates):
        candidates = []  # "На пресс-конференции в Таллине он добавил": he, not Tallinn
    if not candidates and not pronoun:
        candidates = [m for m in outside_quotes(context, context.actors_in(start, verb_start))
                      if not _asked_about(context, start, m.start)]
    if not candidates:
        return None
    mention = best_mention(candidates)
    return mention.actor, (mention.start, mention.end)  # type: ignore[return-value]


def _asked_about(context: Context, start: int, at: int) -> bool:
    """Whether the mention at ``at`` stands in a clause that asks ("Asked whether Serbia
    would close ...", "Auf die Frage, ob Serbien ...", "закроет ли Сербия"): the party asked
    about is not the one who answers."""
    text = context.doc.text
    clause = text[max(text.rfind(",", start, at) + 1, start):at]
    return not context.lexicon.question_words.isdisjoint(_WORD.findall(fold(clause)))


def _pronoun_ends(context: Context, stretch: str) -> bool:
    """Whether a subject pronoun is one of the last two words of ``stretch`` ("he also")."""
    return any(w in context.lexicon.pronouns for w in _WORD.findall(fold(stretch))[-2:])


def outside_quotes(context: Context, mentions: list[Mention]) -> list[Mention]:
    """Speakers stand outside quotation marks: a name inside a quote is what was said."""
    return [m for m in mentions if not context.inside_quote(m.start)]


def actor_before(context: Context, start: int, end: int) -> Actor | None:
    found = subject_before(context, start, end)
    return found[0] if found else None


def implicit_speaker(context: Context, tokens: Tokens, verb_first: int) -> Actor | None:
    """A pronoun as subject: whom it stands for (the person named since the last statement,
    else its speaker); "the statement": the previous speaker speaks again."""
    words = tokens.words[:verb_first]
    if not words:
        return None
    document = context.lexicon.document_nouns.contains(words)
    if document and _new_document(context, tokens.starts[verb_first]):
        return None  # "un informe ... al que tuvo acceso el diario X señala": no "él" speaks
    if any(w in context.lexicon.pronouns for w in words[-4:]):
        return context.pronoun_speaker(tokens.starts[verb_first])
    if document:
        return _issuer(context)
    return None


def _new_document(context: Context, verb_start: int) -> bool:
    """Whether the sentence introduces a document as new before its verb ("Une note interne
    ... affirme", "un informe filtrado asegura"): with no issuer in its phrase, no one we
    know speaks."""
    sentence = context.sentence_at(verb_start)
    if sentence.parse is None:
        return False
    at, nouns = sentence.parse_start, context.lexicon.document_nouns
    return any(at + t.idx < verb_start and t.pos_ == "NOUN" and indefinite(t)
               and nouns.contains((fold(t.text),)) for t in sentence.parse)


def _issuer(context: Context) -> Actor | None:
    """Who a document that speaks with no issuer in its phrase belongs to ("The statement
    said", "Le texte précise"): the speaker just before, if an institution or if the
    sentence it spoke in named a document; none after a person's words that named none ("X
    said A. The report said B": the report is no one's we know)."""
    if not context.statements:
        return None
    last = context.statements[-1]
    if last.speaker.type == "organization":
        return last.speaker
    said = Tokens.of_sentence(context.doc.view, context.sentence_at(last.start))
    return last.speaker if context.lexicon.document_nouns.contains(said.words) else None


def best_mention(mentions: list[Mention]) -> Mention:
    """The first actor, or the person named right after it ("le président russe V. Poutine")."""
    first = mentions[0]
    for other in mentions[1:4]:
        if (
            other.start - first.end <= 2
            and other.actor
            and other.actor.type == "person"
            and (first.actor is None or first.actor.type != "person")
        ):
            return other
    return first


def group_actor(mention: Mention) -> Actor | None:
    """The parties of a mention that names several ("Russia and Ukraine") as one speaker."""
    if not mention.members:
        return None
    countries = sorted({m.country for m in mention.members if m.country})
    return Actor(
        name=mention.text,
        canonical=" and ".join(sorted({m.canonical or m.name for m in mention.members})),
        country=countries[0] if len(countries) == 1 else None,
        type="group",
    )


def unnamed_source(
    context: Context, tokens: Tokens, stretch: tuple[int, int], mention: Mention
) -> Mention:
    """A country named in the phrase of a source no one names ("citing an Egyptian security
    source", "unter Berufung auf ägyptische Sicherheitskreise", "со ссылкой на источник в
    египетских силовых структурах") speaks through its officials: the source is not the
    state itself. A named institution or person in that phrase speaks as it is."""
    actor = mention.actor
    if actor is None or actor.type != "country" or actor.country is None:
        return mention
    words = tokens.words[max(stretch[0], 0):stretch[1]]  # a phrase may run to the end
    if not any(context.lexicon.names_unnamed_source(word) for word in words):
        return mention
    officials = composed_actor("officials", actor.country, mention.text, context.doc.language)
    return replace(mention, actor=officials)
