"""Attributed statements: who said what, and through whom it reached us.

Per sentence, a speech cue from the language's ``speech.yaml`` gives the shape:
- preposed: ``SPEAKER said (that) CONTENT`` / ``X a déclaré : « ... »``;
- postposed: ``CONTENT, SPEAKER said`` / ``« ... », a déclaré SPEAKER``;
- according to: ``selon X, CONTENT`` / ``CONTENT, according to X``;
- relative: ``X a publié des déclarations selon lesquelles CONTENT``.
Quotes that no cue claims are attributed from a heading sentence ending with a colon, or
float to the speaker of the statement just before them. News sources in the sentence
(``rapporte Reuters``) become ``reported_by``; channels (Truth Social, social media) also
``channel``. A speaker named only by a pronoun or by "the statement" is the previous one.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from eventwire import lang
from eventwire.match import PatternSet, Tokens, tokenize_phrase
from eventwire.model import Actor, Document, Mention, Sentence, Statement
from eventwire.spans import SpanIndex
from eventwire.statements.lists import list_after
from eventwire.statements.quotes import Quote, find_quotes
from eventwire.statements.tree import (
    TreeSpeakers,
    object_after,
    speech_clause,
    speech_clauses,
    speech_verb,
    takes_object,
    verb_after,
)
from eventwire.syntax.parse import sentence_language as parse_language
from eventwire.text.view import fold

MIN_QUOTE_WORDS = 3  # a shorter quote does not float to the previous speaker
POSTPOSED_TAIL = 6  # words a postposed cue may still have after it ("said on Tuesday")
MAX_FRAMED_WORDS = 8  # a quote framed by its sentence ("hailed it as "productive"") is short
RECENT = 400  # characters back a pronoun may look for the one it stands for


@dataclass(frozen=True)
class SpeechLexicon:
    verbs: PatternSet[str]
    according_to: PatternSet[str]
    according_after: PatternSet[str]
    relative: PatternSet[str]
    complementizers: frozenset[str]
    pronouns: frozenset[str]
    document_nouns: PatternSet[str]
    auxiliaries: frozenset[str]
    object_pronouns: frozenset[str]
    reported_mood: tuple[tuple[str, str], ...]  # UD features of the verb of reported speech
    reported_forms: frozenset[str]  # its common forms, where a tagger misses the mood
    relatives: frozenset[str]  # relative pronouns ("who", "che"): the noun before speaks
    nominal_content: PatternSet[str]  # verbs whose noun object is what was said (announce)

    @classmethod
    @lru_cache(maxsize=32)
    def of(cls, language: str) -> SpeechLexicon:
        data: dict[str, Any] = lang.section(language, "speech")
        return cls(
            verbs=PatternSet((v, "verb") for v in data.get("verbs", [])),
            according_to=PatternSet((v, "according") for v in data.get("according_to", [])),
            according_after=PatternSet(
                (v, "according") for v in data.get("according_to_after", [])
            ),
            relative=PatternSet((v, "relative") for v in data.get("relative_cues", [])),
            complementizers=frozenset(
                t for c in data.get("complementizers", []) for t in tokenize_phrase(c)
            ),
            pronouns=frozenset(data.get("subject_pronouns", [])),
            document_nouns=PatternSet((v, "document") for v in data.get("document_nouns", [])),
            object_pronouns=frozenset(data.get("object_pronouns", [])),
            auxiliaries=frozenset(
                t for c in data.get("auxiliaries", []) for t in tokenize_phrase(c)
            ),
            reported_mood=tuple(sorted((data.get("reported_mood") or {}).items())),
            reported_forms=frozenset(fold(w) for w in data.get("reported_forms", [])),
            relatives=frozenset(w.lower() for w in data.get("relative_pronouns", [])),
            nominal_content=PatternSet((v, "nominal") for v in data.get("nominal_content", [])),
        )


@lru_cache(maxsize=1)
def channel_names() -> frozenset[str]:
    path = resources.files("eventwire.statements") / "channels.yaml"
    return frozenset(yaml.safe_load(path.read_text(encoding="utf-8"))["channels"])


class _Context:
    """What attribution needs about one document, computed once."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.lexicon = SpeechLexicon.of(doc.language)
        self.actors = SpanIndex(m for m in doc.mentions if m.label == "ACTOR")
        self.sources = SpanIndex(m for m in doc.mentions if m.label == "SOURCE")
        self.names = SpanIndex(doc.mentions)
        self.sentence_starts = [sentence.start for sentence in doc.sentences]
        self.said: list[tuple[int, int]] = []  # spans of statements so far, sorted
        self.quotes = find_quotes(doc.text)
        self.quote_index = SpanIndex(self.quotes, start=lambda q: q.open, end=lambda q: q.close + 1)
        self.statements: list[Statement] = []
        self.tree = TreeSpeakers(self.actors, self.sources, self.lexicon.relatives, doc.text)

    def actors_in(self, start: int, end: int) -> list[Mention]:
        return self.actors.within(start, end)

    def sources_in(self, start: int, end: int) -> list[Mention]:
        return self.sources.within(start, end)

    def said_within(self, start: int, end: int) -> bool:
        """Whether a statement already covers part of ``[start, end)``."""
        k = bisect_left(self.said, (end,)) - 1
        return k >= 0 and self.said[k][1] > start

    def inside_name(self, start: int, end: int) -> bool:
        """Whether a span lies within a named mention ("United States" holds "states")."""
        return self.names.covering(start, end) is not None

    def quote_at(self, offset: int) -> Quote | None:
        """The quote whose marks hold the offset (marks included)."""
        return self.quote_index.covering(offset)

    def sentence_at(self, offset: int) -> Sentence:
        return self.doc.sentences[max(0, bisect_right(self.sentence_starts, offset) - 1)]

    def previous_speaker(self) -> Actor | None:
        return self.statements[-1].speaker if self.statements else None

    def pronoun_speaker(self, offset: int) -> Actor | None:
        """Who "he" / "ihm" / "lui" is: the last speaker when one spoke just before, else the
        last person named just before (outside quotes)."""
        recent = [s for s in self.statements if 0 <= offset - s.end <= RECENT]
        people = [m for m in self.actors.within(max(0, offset - RECENT), offset)
                  if m.actor is not None and m.actor.type == "person"
                  and not _inside_quote(self, m.start)]
        if people and (not recent or people[-1].start > recent[-1].end):
            return people[-1].actor
        return recent[-1].speaker if recent else self.previous_speaker()


def attribute_statements(doc: Document) -> None:
    context = _Context(doc)
    listed_until = -1  # the end of a list already taken as what a heading said
    for sentence in doc.sentences:
        if sentence.start < listed_until:
            continue
        tokens = Tokens.of_sentence(doc.view, sentence)
        if not len(tokens):
            continue
        statement = _from_cue(context, sentence, tokens)
        if statement is None:
            statement = _from_tree(context, sentence)
        if statement is None:
            statement = _reported_mood(context, sentence)
        listed = _list_of(context, sentence)
        if listed is not None:
            if statement is not None and statement.end <= listed[0]:
                statement.end = listed[1]  # "X soll laut Y folgendes umfassen: - ... - ..."
            elif statement is None:
                statement = _heading(context, sentence, listed)
            if statement is not None:
                listed_until = listed[1]
        if statement is not None:
            _add(context, statement, sentence)
            for more in _more_clauses(context, sentence, statement):
                _add(context, more, sentence)
    _attribute_leftover_quotes(context)
    context.statements.sort(key=lambda s: (s.start, s.end))
    doc.statements = context.statements


def _add(context: _Context, statement: Statement, sentence: Sentence) -> None:
    sources = context.sources_in(sentence.start, sentence.end)
    quote = context.quote_at(statement.start)
    if quote is not None and quote.close > sentence.end:  # the quote runs on: look there too
        sources += context.sources_in(sentence.end, quote.close + 80)
    names = []
    for mention in sources:
        if mention.source and mention.source not in names:
            names.append(mention.source)
    statement.reported_by = names
    statement.channel = next((n for n in names if n in channel_names()), None)
    statement.passage = sentence.passage
    statement.date = (
        context.doc.passages[sentence.passage].published if context.doc.passages else None
    )
    for part in _elided_parts(context.doc.text, statement):
        context.statements.append(part)
        insort(context.said, (part.start, part.end))


# "(…)" / "[...]": an editor left words out of a quote; each side is a passage of its own.
_ELISION = re.compile(r"[(\[](?:…|\.\.\.)[)\]]")


def _elided_parts(text: str, statement: Statement) -> list[Statement]:
    """A direct quote with editorial elisions, split at them; any other statement whole."""
    if not statement.direct:
        return [statement]
    parts, start = [], statement.start
    for cut in _ELISION.finditer(text, statement.start, statement.end):
        parts.append(_trim(text, start, cut.start()))
        start = cut.end()
    if not parts:
        return [statement]
    parts.append(_trim(text, start, statement.end))
    return [replace(statement, start=a, end=b) for a, b in parts if b - a >= 3]


def _from_tree(context: _Context, sentence: Sentence) -> Statement | None:
    """A speech verb the cue lists missed, read from the tree: its subject speaks."""
    found = speech_clause(sentence, parse_language(context.doc, sentence))
    if found is None:
        return None
    cue_start, cue_end, _, _, start, end = found
    speaker = context.tree.at(sentence, cue_start)
    if speaker is None or _inside_quote(context, cue_start):
        return None
    tokens = Tokens.of_sentence(context.doc.view, sentence)
    return _statement(context, speaker[0], start, end, sentence, tokens,
                      cue=(cue_start, cue_end), postposed=end <= cue_start,
                      speaker_span=speaker[1])


def _more_clauses(
    context: _Context, sentence: Sentence, first: Statement
) -> list[Statement]:
    """Further speech verbs of a sentence with their own "that" clause ("..., said Ana Ruiz,
    who added that ..."): each is a statement of its own subject."""
    out: list[Statement] = []
    taken = [(first.start, first.end)] + ([first.cue_span] if first.cue_span else [])
    language = parse_language(context.doc, sentence)
    for clause, complement in speech_clauses(sentence, language, context.lexicon.relatives):
        cue_start, cue_end, _, _, start, end = clause
        if not complement or any(a < end and start < b or a <= cue_start < b for a, b in taken):
            continue
        if _inside_quote(context, cue_start):
            continue
        speaker = context.tree.at(sentence, cue_start)
        if speaker is None:
            continue
        tokens = Tokens.of_sentence(context.doc.view, sentence)
        statement = _statement(context, speaker[0], start, end, sentence, tokens,
                               cue=(cue_start, cue_end), speaker_span=speaker[1])
        if statement is not None:
            out.append(statement)
            taken.append((statement.start, statement.end))
    return out


def _reported_mood(context: _Context, sentence: Sentence) -> Statement | None:
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
    start, end = _trim(context.doc.text, sentence.start, sentence.end)
    if end - start < 3 or _inside_quote(context, start):
        return None
    return Statement(start=start, end=end, speaker=last.speaker, direct=False)


def _list_of(context: _Context, sentence: Sentence) -> tuple[int, int] | None:
    """The bulleted list a sentence ending with a colon announces, if one follows."""
    text = context.doc.text
    end = sentence.end
    while end > sentence.start and text[end - 1] in " \t\n":
        end -= 1
    return list_after(text, end - 1) if end > sentence.start else None


def _heading(
    context: _Context, sentence: Sentence, listed: tuple[int, int]
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
        subject = _subject_mention(context, sentence.start, verb_start)
        speaker, span = subject if subject is not None else (None, None)
    if isinstance(speaker, Mention):
        span = (speaker.start, speaker.end)
        speaker = speaker.actor or _group_actor(speaker)
    if speaker is None:
        return None
    return Statement(start=listed[0], end=listed[1], speaker=speaker, direct=False,
                     speaker_span=span, cue_span=(verb_start, verb_end))


def _inside_quote(context: _Context, offset: int) -> bool:
    quote = context.quote_at(offset)
    return quote is not None and quote.open < offset < quote.close


def _from_cue(context: _Context, sentence: Sentence, tokens: Tokens) -> Statement | None:
    lexicon = context.lexicon
    words = tokens.words
    relative = lexicon.relative.find(words)
    for first, last, _ in relative:
        if _inside_quote(context, tokens.starts[first]):
            continue
        speaker = _subject(context, sentence.start, tokens.starts[first])
        if speaker is not None:
            return _statement(
                context,
                speaker,
                tokens.ends[last - 1],
                sentence.end,
                sentence,
                tokens,
                cue=(tokens.starts[first], tokens.ends[last - 1]),
            )
    shapes = ((lexicon.according_to, _according_to), (lexicon.according_after, _according_after),
              (lexicon.verbs, _around_verb))
    for patterns, shape in shapes:
        for first, last, _ in patterns.find(words):
            if _inside_quote(context, tokens.starts[first]) or context.inside_name(
                tokens.starts[first], tokens.ends[last - 1]
            ):
                continue
            found = shape(context, sentence, tokens, first, last)
            if found is not None:
                return found
    return None


def _according_to(
    context: _Context, sentence: Sentence, tokens: Tokens, first: int, last: int
) -> Statement | None:
    """``selon X, CONTENT`` or ``CONTENT, according to X``."""
    words = tokens.words
    comma = next((k for k in range(last, len(words)) if words[k] == ","), len(words))
    leading = first == 0 or all(not w[0].isalnum() for w in words[:first])
    region_end = tokens.ends[comma - 1] if comma > last else tokens.ends[last - 1]
    if not leading:  # "..., selon le chef de cabinet de la Maison Blanche, Dan Scavino."
        region_end = sentence.end
    candidates = context.actors_in(tokens.starts[first], tokens.ends[last - 1]) or \
        context.actors_in(tokens.ends[last - 1], region_end)  # "nach russischen Angaben"
    speaker: Actor | Mention | None
    if candidates:
        people = [m for m in candidates if m.actor is not None and m.actor.type == "person"]
        speaker = people[0] if people and not leading else _best(candidates)
    elif last < len(words) and words[last] in context.lexicon.object_pronouns:
        speaker = context.pronoun_speaker(tokens.starts[first])  # "selon lui, ..."
    else:
        speaker = None
    if speaker is None:
        return None
    cue = (tokens.starts[first], tokens.ends[last - 1])
    if leading:
        if comma >= len(words) - 1:
            return None
        return _statement(
            context, speaker, tokens.ends[comma], sentence.end, sentence, tokens, cue=cue
        )
    content_end = tokens.starts[first]
    source_end = max([tokens.ends[last - 1]] + [m.end for m in candidates])
    if _runs_on(context, tokens, first, source_end):  # "X soll laut Y Z tun": all of it
        content_end = sentence.end
    return _statement(
        context, speaker, sentence.start, content_end, sentence, tokens, cue=cue, postposed=True
    )


def _runs_on(context: _Context, tokens: Tokens, first: int, source_end: int) -> bool:
    """Whether a source named mid-sentence, without a comma before it, has the clause go on
    after it ("Die Brücke soll laut X bald öffnen"): then the whole sentence was said."""
    words = tokens.words
    if first == 0 or not words[first - 1][:1].isalnum():  # ", according to": a boundary
        return False
    tail = words[tokens.index_at(source_end):]
    if "," in tail:
        tail = tail[: tail.index(",")]
    return any(w[:1].isalnum() for w in tail)


def _according_after(
    context: _Context, sentence: Sentence, tokens: Tokens, first: int, last: int
) -> Statement | None:
    """``X zufolge, CONTENT`` / ``CONTENT, X zufolge``: the source stands before the word."""
    words = tokens.words
    comma = next((k for k in range(first - 1, -1, -1) if words[k] == ","), -1)
    cue = (tokens.starts[first], tokens.ends[last - 1])
    speaker: Actor | Mention | None
    if first > 0 and words[first - 1] in context.lexicon.object_pronouns:
        speaker, source_first = context.pronoun_speaker(cue[0]), first - 1  # "ihm zufolge"
    else:
        before = _outside_quotes(context, context.actors_in(tokens.ends[comma], cue[0])) \
            if comma >= 0 else _outside_quotes(context, context.actors_in(sentence.start, cue[0]))
        if not before:
            return None
        speaker = before[-1]
        source_first = tokens.index_at(before[-1].start)
    if speaker is None:
        return None
    leading = comma < 0 and sum(w[:1].isalnum() for w in words[:source_first]) <= 2
    if leading:  # "Dem Ministerium zufolge wird ...": what follows was said
        return _statement(context, speaker, tokens.ends[last - 1], sentence.end, sentence,
                          tokens, cue=cue)
    end = tokens.starts[comma] if comma >= 0 else tokens.starts[source_first]
    if _runs_on(context, tokens, source_first, cue[1]):
        end = sentence.end
    return _statement(context, speaker, sentence.start, end, sentence, tokens, cue=cue,
                      postposed=True)


def _around_verb(
    context: _Context, sentence: Sentence, tokens: Tokens, first: int, last: int
) -> Statement | None:
    lexicon = context.lexicon
    words = tokens.words
    verb_start, verb_end = tokens.starts[first], tokens.ends[last - 1]
    cue = (verb_start, verb_end)
    pronoun_in_cue = any(w in lexicon.pronouns for w in words[first:last])
    head = first
    while head > 0 and words[head - 1] in lexicon.auxiliaries:
        head -= 1
    complement = next(
        (
            k
            for k in range(last, min(last + 5, len(words)))
            if (words[k] in lexicon.complementizers  # "X, che ha ...": a relative, not "that"
                and not (words[k - 1] == "," and words[k] in lexicon.relatives))
            or words[k] == ":"
        ),
        None,
    )
    if complement is None and words[last : last + 2] == (",", '"'):
        complement = last  # 'Trump said, "We agreed ..."'
    if complement is None:  # "wrote in a post on Truth Social: "..."": the quote is the content
        complement = next(
            (
                k
                for k in range(last, min(last + 14, len(words) - 1))
                if words[k] == ":" and words[k + 1] in {'"', "'"}
            ),
            None,
        )
    if complement is None and last < len(words) and words[last] in {'"', "'"}:
        complement = last - 1
    if complement is not None:
        content_first = complement + 1
        while content_first < len(words) and words[content_first] in {"'", ":"}:
            content_first += 1
        if content_first >= len(words):
            return None
        return _preposed(context, sentence, tokens, head, content_first, cue, pronoun_in_cue)
    # Postposed: the content stands before a comma and the cue after it.
    found = _inverted(context, tokens, head, last, verb_end, pronoun_in_cue)
    if found is None:
        found = _subject_first(context, tokens, head, last, verb_start, pronoun_in_cue)
    if found is not None:
        speaker, span, content_end = found
        if speaker is None:
            return None
        return _statement(
            context,
            speaker,
            sentence.start,
            content_end,
            sentence,
            tokens,
            cue=cue,
            postposed=True,
            speaker_span=span,
        )
    # "X called the deal « historic »": a quote after the verb is what was said.
    quoted = next(
        (
            k
            for k in range(last, len(words))
            if words[k] == '"'
            and context.quote_at(tokens.starts[k]) is not None
            and context.quote_at(tokens.starts[k]).open == tokens.starts[k]
        ),
        None,
    )
    if quoted is not None:
        return _preposed(context, sentence, tokens, head, quoted, cue, pronoun_in_cue)
    # "“... President!” Trump wrote on Truth Social.": the quote that ends the sentence
    # before is what was said, when its speaker opens this one.
    before = _quote_ending_before(context, sentence.start)
    subject = _subject_mention(context, sentence.start, tokens.starts[head]) if before else None
    opens = (
        subject is not None
        and tokens.index_at(subject[1][0]) <= 1
        and all(
            w in lexicon.auxiliaries for w in words[tokens.index_at(subject[1][1] - 1) + 1 : head]
        )
    )
    if before is not None and (opens or (pronoun_in_cue and head == 0)):
        speaker = subject[0] if opens and subject else context.previous_speaker()
        inner_start, inner_end = _trim(context.doc.text, before.open + 1, before.close)
        if speaker is not None and inner_end > inner_start:
            return Statement(
                start=inner_start,
                end=inner_end,
                speaker=speaker,
                direct=True,
                speaker_span=subject[1] if opens and subject else None,
                cue_span=cue,
            )
    # "X said on Tuesday the talks ..." without "that": content needs a few words, and a
    # clause: "X promised both countries economic deals" is an act, not a statement.
    main_verb = tokens.starts[last - 1]  # "a annoncé": the participle, not the auxiliary
    nominal = lexicon.nominal_content.contains(words, first, last) and object_after(
        sentence, main_verb)  # "announced the dispatch of ..."
    if len(words) - last < 5 or (not nominal and (
            takes_object(sentence, main_verb) or not verb_after(sentence, verb_end))):
        return None
    content_first = last
    comma = next((k for k in range(last, min(last + 6, len(words))) if words[k] == ","), None)
    if comma is not None and context.sources_in(tokens.starts[last], tokens.starts[comma]):
        content_first = comma + 1  # "sagte der Agentur Reuters, ...": the outlet is no content
    return _preposed(context, sentence, tokens, head, content_first, cue, pronoun_in_cue)


Postposed = tuple[Actor | None, tuple[int, int] | None, int]  # speaker, its span, content end


def _inverted(
    context: _Context, tokens: Tokens, head: int, last: int, verb_end: int, pronoun_in_cue: bool
) -> Postposed | None:
    """ "..., said X" / "« ... », a déclaré X" / "..., a-t-il écrit": the speaker follows."""
    words = tokens.words
    if head > 1 and words[head - 1] in _DASHES and words[head - 2] in {",", '"'}:
        head -= 1  # "«...», - сказал X": a dash after the comma
    if not (head > 0 and words[head - 1] in {",", '"'}):
        return None
    if pronoun_in_cue:
        return context.previous_speaker(), None, tokens.starts[head - 1]
    after = context.actors_in(verb_end, _clause_end(tokens, last))
    if not after:
        named = context.tree.name_after(context.sentence_at(verb_end), verb_end + 1)
        if named is not None:  # a name no list knows
            return named[0], named[1], tokens.starts[head - 1]
        return None, None, tokens.starts[head - 1]
    mention = _best(after)
    return mention.actor, (mention.start, mention.end), tokens.starts[head - 1]


def _subject_first(
    context: _Context, tokens: Tokens, head: int, last: int, verb_start: int, pronoun_in_cue: bool
) -> Postposed | None:
    """ "..., X said (in a statement)." ends its sentence; "..., X announced the dispatch of
    200 trucks" has its content after the verb, so it is not this shape."""
    words = tokens.words
    comma = next((k for k in range(head - 1, -1, -1) if words[k] in {",", '"'}), None)
    tail = [w for w in words[last:] if w[:1].isalnum()]
    if comma is None or comma <= 2 or head - comma > 8 or len(tail) > POSTPOSED_TAIL:
        return None
    between = context.actors_in(tokens.ends[comma], verb_start)
    if between:
        mention = _best(between)
        speaker = mention.actor or _group_actor(mention)
        return speaker, (mention.start, mention.end), tokens.starts[comma]
    if pronoun_in_cue or context.lexicon.document_nouns.contains(words, comma + 1, head):
        return context.previous_speaker(), None, tokens.starts[comma]
    return None, None, tokens.starts[comma]


def _preposed(
    context: _Context,
    sentence: Sentence,
    tokens: Tokens,
    head: int,
    content_first: int,
    cue: tuple[int, int],
    pronoun_in_cue: bool,
) -> Statement | None:
    """``SPEAKER said (that) CONTENT``: the speaker stands before the verb."""
    if pronoun_in_cue:
        speaker, span = context.previous_speaker(), None
    else:
        subject = _subject_mention(context, sentence.start, tokens.starts[head])
        if subject is not None:
            speaker, span = subject
        else:
            speaker, span = _implicit_subject(context, tokens, head), None
    if speaker is None:  # "Ana Ruiz said ...": a name no list knows, read from the tree
        found = context.tree.at(sentence, cue[0])
        if found is None:
            return None
        speaker, span = found
    return _statement(
        context,
        speaker,
        tokens.starts[content_first],
        sentence.end,
        sentence,
        tokens,
        cue=cue,
        speaker_span=span,
    )


def _quote_ending_before(context: _Context, offset: int) -> Quote | None:
    """A quote whose closing mark is the last thing before ``offset`` (but blanks)."""
    text = context.doc.text
    k = offset - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    if k < 0 or text[k] not in _CLOSING:
        return None
    quote = context.quote_at(k)
    return quote if quote is not None and quote.close == k else None


def _clause_end(tokens: Tokens, start: int) -> int:
    for k in range(start, len(tokens.words)):
        if tokens.words[k] in {",", ";", ".", ":"}:
            return tokens.starts[k]
    return tokens.ends[-1]


def _subject_mention(
    context: _Context, start: int, verb_start: int
) -> tuple[Actor, tuple[int, int]] | None:
    """The actor in subject position before a verb: the nearest comma-free stretch first."""
    text = context.doc.text
    segment_start = max(text.rfind(",", start, verb_start) + 1, start)
    candidates = _outside_quotes(context, context.actors_in(segment_start, verb_start))
    if not candidates:
        candidates = _outside_quotes(context, context.actors_in(start, verb_start))
    if not candidates:
        return None
    mention = _best(candidates)
    return mention.actor, (mention.start, mention.end)  # type: ignore[return-value]


def _outside_quotes(context: _Context, mentions: list[Mention]) -> list[Mention]:
    """Speakers stand outside quotation marks: a name inside a quote is what was said."""
    return [m for m in mentions if not _inside_quote(context, m.start)]


def _subject(context: _Context, start: int, end: int) -> Actor | None:
    found = _subject_mention(context, start, end)
    return found[0] if found else None


def _implicit_subject(context: _Context, tokens: Tokens, verb_first: int) -> Actor | None:
    """A pronoun or "the statement" as subject: the previous speaker speaks again."""
    words = tokens.words[:verb_first]
    if not words:
        return None
    window = words[-4:]
    if any(
        w in context.lexicon.pronouns for w in window
    ) or context.lexicon.document_nouns.contains(words):
        return context.previous_speaker()
    return None


def _best(mentions: list[Mention]) -> Mention:
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
    if first.actor is None and first.members:
        return first
    return first


def _statement(
    context: _Context,
    speaker: Actor | Mention,
    start: int,
    end: int,
    sentence: Sentence,
    tokens: Tokens,
    *,
    cue: tuple[int, int],
    postposed: bool = False,
    speaker_span: tuple[int, int] | None = None,
) -> Statement | None:
    """Build a statement from a content span, trimming punctuation and spotting quotes.

    Where the sentence is parsed, the subject of the speech verb is the speaker.
    """
    from_tree = context.tree.at(sentence, cue[0])
    if from_tree is not None:
        speaker, speaker_span = from_tree
    if isinstance(speaker, Mention):
        speaker_span = (speaker.start, speaker.end)
        speaker = speaker.actor or _group_actor(speaker)
    if speaker is None:
        return None
    text = context.doc.text
    start, end = _trim(text, start, end)
    dateline = _DATELINE.match(text, start, end)
    if dateline and sum(c.isupper() for c in dateline.group()) >= 3:
        start = dateline.end()
    if end <= start:
        return None
    direct = False
    quote = context.quote_at(start) if text[start] in _OPENING else None
    if quote is None and end > start and text[end - 1] in _CLOSING:
        quote = context.quote_at(end - 1)
    if quote is not None:
        inner_start, inner_end = _trim(text, quote.open + 1, quote.close)
        covers = (postposed and quote.close >= end - 1) or (not postposed and quote.open <= start)
        if covers and inner_end > inner_start:
            start, end, direct = inner_start, inner_end, True
    if not direct:
        end = _cut_reporting_tail(context, start, end)
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


# "JEDDAH, May 4, 2026 (Wire) - " / "KYIV (Reuters) — ": a dateline is not what was said.
_DATELINE = re.compile(
    r"[A-ZÀ-Þ][A-ZÀ-Þ'’ .-]{1,40}(?:,[^()\n–—-]{1,40})?(?:\s*\([^)\n]{1,40}\))?\s*[-–—]+\s+"
)

_OPENING = '«“„‹"‘'
_DASHES = {"-", "–", "—"}
_CLOSING = '»”“›"’'
_TRIM = " \t\n,;:.!?-–—"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _cut_reporting_tail(context: _Context, start: int, end: int) -> int:
    """Drop a trailing ", rapporte Reuters" / ", Reuters reports" from reported content."""
    text = context.doc.text
    comma = text.rfind(",", start, end)
    if comma > start and context.sources_in(comma, end) and not context.actors_in(comma, end):
        return _trim(text, start, comma)[1]
    return end


def _group_actor(mention: Mention) -> Actor | None:
    if not mention.members:
        return None
    countries = sorted({m.country for m in mention.members if m.country})
    return Actor(
        name=mention.text,
        canonical=" and ".join(sorted({m.canonical or m.name for m in mention.members})),
        country=countries[0] if len(countries) == 1 else None,
        type="group",
    )


def _attribute_leftover_quotes(context: _Context) -> None:
    """Quotes no cue claimed: a heading sentence ending with a colon, else a floating quote."""
    doc = context.doc
    text = doc.text
    for quote in context.quotes:
        inner_start, inner_end = _trim(text, quote.open + 1, quote.close)
        if inner_end <= inner_start:
            continue
        if context.said_within(inner_start, inner_end):
            continue
        words = len(text[inner_start:inner_end].split())
        sentence_index = _sentence_index(context, quote.open)
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
                    mention = _best(found)
                    speaker, span = mention.actor, (mention.start, mention.end)
        if speaker is None and not head and words >= MIN_QUOTE_WORDS:
            speaker = _floating_speaker(context, quote.open)  # a quote opening its sentence
        if speaker is None and head and owner is not None and words <= MAX_FRAMED_WORDS \
                and not _is_name(text[inner_start:inner_end]):
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
        _add(context, statement, owner)
        context.statements.sort(key=lambda s: (s.start, s.end))


def _is_name(quoted: str) -> bool:
    """A quoted title or name ("Operation Northern Shield", "Route for Peace and Growth"):
    every longer word capitalised, and no sentence inside."""
    words = [w.strip(".,;:!?\"'()") for w in quoted.split()]
    long = [w for w in words if len(w) >= 4]
    return len(long) >= 2 and all(w[:1].isupper() for w in long) and not any(
        c in quoted for c in ".!?")


def _framing_speaker(context: _Context, start: int, end: int) -> Mention | None:
    found = [m for m in context.actors_in(start, end) if m.actor is not None]
    if not found:
        return None
    named = [m for m in found if m.actor and m.actor.type in ("person", "organization")]
    return (named or found)[0]  # the subject stands first


def _floating_speaker(context: _Context, offset: int) -> Actor | None:
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


def _sentence_index(context: _Context, offset: int) -> int | None:
    """Index of the sentence holding an offset (or ending right before it)."""
    sentences = context.doc.sentences
    i = bisect_right(context.sentence_starts, offset) - 1
    if i >= 0 and offset < sentences[i].end + 1:
        return i
    return None
