"""Attributed statements: who said what, and through whom it reached us.

Per sentence, the first reading that finds a statement wins: a sentence pointing back at
the one before ("Об этом заявил X", ``anaphoric``), a speech cue of the language's
list in its shape (``cues``, ``according``), else a speech verb read from the tree, else the
mood of reported speech (``reported``); a sentence announcing a bulleted list said the list.
Further speech clauses of the sentence are statements of their own; a question the writer
asks reports nothing. Quotes no cue claimed
come last (``floating``). The speaker comes from the tree where the sentence is parsed, else
from the mentions around the cue (``speakers``); the evidence is trimmed and quote-aware
(``evidence``); the sources named around it are ``reported_by`` (``channels``).
"""

from __future__ import annotations

from eventwire.match import Tokens
from eventwire.model import Actor, Document, Sentence, Statement
from eventwire.statements.anaphoric import from_anaphora
from eventwire.statements.context import Context
from eventwire.statements.cues import from_cue
from eventwire.statements.floating import attribute_leftover_quotes
from eventwire.statements.marks import is_question
from eventwire.statements.reported import (
    from_tree,
    heading,
    list_of,
    more_clauses,
    reported_mood,
)
from eventwire.statements.tree_checks import unnamed_subject, unnamed_subject_phrase
from eventwire.text.view import fold


def attribute_statements(doc: Document) -> None:
    """Find the statements of a parsed document, in text order, into ``doc.statements``."""
    context = Context(doc)
    listed_until = -1  # the end of a list already taken as what a heading said
    for sentence in doc.sentences:
        if sentence.start < listed_until:
            continue
        tokens = Tokens.of_sentence(doc.view, sentence)
        if not len(tokens) or is_question(doc.text, sentence.start, sentence.end):
            continue
        statement = from_anaphora(context, sentence, tokens)
        if statement is None:
            statement = from_cue(context, sentence, tokens)
        if statement is None:
            statement = from_tree(context, sentence)
        if statement is None:
            statement = reported_mood(context, sentence)
        if statement is not None and unnamed_subject(
                sentence, statement.cue_span, context.lexicon.names_unnamed_source,
                lambda start, end: bool(context.actors_in(start, end))):
            statement = None  # "Sources close to the talks said ...": no one to say it
        if statement is not None:
            _source_institution(context, sentence, statement)
        listed = list_of(context, sentence)
        if listed is not None:
            if statement is not None and statement.end <= listed[0]:
                statement.end = listed[1]  # "X soll laut Y folgendes umfassen: - ... - ..."
            elif statement is None:
                statement = heading(context, sentence, listed)
            if statement is not None:
                listed_until = listed[1]
        if statement is not None:
            context.add(statement, sentence)
            for more in more_clauses(context, sentence, statement):
                context.add(more, sentence)
    attribute_leftover_quotes(context)
    context.statements.sort(key=lambda s: (s.start, s.end))
    doc.statements = [s for s in context.statements if identified(s.speaker)]


def _source_institution(context: Context, sentence: Sentence, statement: Statement) -> None:
    """A source in a named institution speaks as the institution ("Fuentes del Ministerio de
    Defensa ecuatoriano aseguraron"), never as a person named by the source's noun ("Fuentes",
    a surname too)."""
    speaker = statement.speaker
    if speaker.type != "person" or not context.lexicon.names_unnamed_source(
            fold(speaker.canonical or speaker.name or "")):
        return
    phrase = unnamed_subject_phrase(sentence, statement.cue_span,
                                    context.lexicon.names_unnamed_source)
    bodies = [m for m in context.actors_in(*phrase) if m.actor is not None
              and m.actor.type == "organization"] if phrase is not None else []
    if bodies:
        statement.speaker, statement.speaker_span = bodies[0].actor, (bodies[0].start,
                                                                      bodies[0].end)


def identified(speaker: Actor) -> bool:
    """Whether a speaker names someone: an institution with neither a country nor an identity
    ("the government", "the army" that no earlier mention resolved) names no one."""
    return not (speaker.type == "organization" and not speaker.country and not speaker.entity)
