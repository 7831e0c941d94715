"""Reported speech no cue list names: read from the tree, the mood, or a heading.

A speech verb of the predicate lexicon with its subject and clause ("Ana Ruiz stressed that
..."), further speech clauses of the same sentence ("..., adding that ..."), a sentence in
the mood of reported speech after a statement (German Konjunktiv I), and a sentence ending
with a colon that announces a bulleted list.
"""

from __future__ import annotations

from eventwire.match import Tokens
from eventwire.model import Actor, Mention, Sentence, Statement
from eventwire.statements.context import RECENT, Context
from eventwire.statements.evidence import build_statement
from eventwire.statements.lists import list_after
from eventwire.statements.marks import trim
from eventwire.statements.speakers import group_actor, subject_before
from eventwire.statements.speech_clauses import speech_clause, speech_clauses, speech_verb
from eventwire.statements.tree_checks import adverbial_at, in_relative, negated
from eventwire.syntax.parse import sentence_language as parse_language
from eventwire.text.view import fold


def from_tree(context: Context, sentence: Sentence) -> Statement | None:
    """A speech verb the cue lists missed, read from the tree: its subject speaks."""
    found = speech_clause(sentence, parse_language(context.doc, sentence))
    if found is None:
        return None
    cue_start, cue_end, _, _, start, end = found
    speaker = context.tree.at(sentence, cue_start)
    if speaker is None or context.inside_quote(cue_start) \
            or negated(sentence, cue_start, parse_language(context.doc, sentence)):
        return None
    tokens = Tokens.of_sentence(context.doc.view, sentence)
    return build_statement(context, speaker[0], start, end, sentence, tokens,
                      cue=(cue_start, cue_end), postposed=end <= cue_start,
                      speaker_span=speaker[1])


def more_clauses(
    context: Context, sentence: Sentence, first: Statement
) -> list[Statement]:
    """Further speech verbs of a sentence with their own "that" clause ("..., said Ana Ruiz,
    who added that ..."): each is a statement of its own subject."""
    out: list[Statement] = []
    taken = [(first.start, first.end)] + ([first.cue_span] if first.cue_span else [])
    language = parse_language(context.doc, sentence)
    for clause, complement in speech_clauses(sentence, language, context.lexicon.relatives,
                                             adverbials=True,
                                             surface=context.lexicon.surface_verbs):
        cue_start, cue_end, _, _, start, end = clause
        if not complement or any(a < end and start < b or a <= cue_start < b for a, b in taken):
            continue
        if context.inside_quote(cue_start) or negated(sentence, cue_start, language):
            continue
        speaker = context.tree.at(sentence, cue_start)
        if first.speaker_span is not None and not in_relative(sentence, cue_start) and (
                speaker is None or (context.inside_quote(speaker[1][0])
                                    and adverbial_at(sentence, cue_start))):
            speaker = first.speaker, first.speaker_span  # "« ... », señaló X, añadiendo que"
        if speaker is None:
            continue
        tokens = Tokens.of_sentence(context.doc.view, sentence)
        statement = build_statement(context, speaker[0], start, end, sentence, tokens,
                               cue=(cue_start, cue_end), speaker_span=speaker[1])
        if statement is not None:
            out.append(statement)
            taken.append((statement.start, statement.end))
    return out


def reported_mood(context: Context, sentence: Sentence) -> Statement | None:
    """A sentence whose main verb is in the mood of reported speech (German Konjunktiv I,
    "gehe", "solle") goes on with what the last speaker said, when they spoke just before."""
    mood, forms = context.lexicon.reported_mood, context.lexicon.reported_forms
    parse = sentence.parse
    if not (mood or forms) or parse is None or not context.statements:
        return None
    last = context.statements[-1]
    if not 0 <= sentence.start - last.end <= RECENT or last.passage != sentence.passage:
        return None
    roots = [t for t in parse if t.dep_ == "ROOT"]
    if not roots:
        return None
    verbs = [roots[0]] + [c for c in roots[0].children if c.dep_.startswith("aux")]
    if not any((mood and all(v.morph.get(k) == [want] for k, want in mood))
               or fold(v.text) in forms for v in verbs):
        return None
    start, end = trim(context.doc.text, sentence.start, sentence.end)
    if end - start < 3 or context.inside_quote(start):
        return None
    return Statement(start=start, end=end, speaker=last.speaker, direct=False)


def list_of(context: Context, sentence: Sentence) -> tuple[int, int] | None:
    """The bulleted list a sentence ending with a colon announces, if one follows."""
    text = context.doc.text
    end = sentence.end
    while end > sentence.start and text[end - 1] in " \t\n":
        end -= 1
    return list_after(text, end - 1) if end > sentence.start else None


def heading(
    context: Context, sentence: Sentence, listed: tuple[int, int]
) -> Statement | None:
    """ "Er gab weitere Details bekannt:" followed by a list: its speaker said the list."""
    found = speech_verb(sentence, parse_language(context.doc, sentence))
    if found is None:
        return None
    verb_start, verb_end, pronoun = found
    tree = context.tree.at(sentence, verb_start)
    speaker: Actor | Mention | None
    if tree is not None:
        speaker, span = tree
    elif pronoun:
        speaker, span = context.pronoun_speaker(sentence.start), None
    else:
        subject = subject_before(context, sentence.start, verb_start)
        speaker, span = subject if subject is not None else (None, None)
    if isinstance(speaker, Mention):
        span = (speaker.start, speaker.end)
        speaker = speaker.actor or group_actor(speaker)
    if speaker is None:
        return None
    return Statement(start=listed[0], end=listed[1], speaker=speaker, direct=False,
                     speaker_span=span, cue_span=(verb_start, verb_end))
