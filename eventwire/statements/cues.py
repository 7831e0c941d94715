"""Statements a speech cue of the language's list opens, in the shape the cue sits in.

- preposed: ``SPEAKER said (that) CONTENT`` / ``X a déclaré : « ... »``;
- postposed: ``CONTENT, SPEAKER said`` / ``« ... », a déclaré SPEAKER``;
- according to: ``selon X, CONTENT`` / ``CONTENT, according to X`` (in ``according``);
- relative: ``X a publié des déclarations selon lesquelles CONTENT``.
"""

from __future__ import annotations

from eventwire.match import Tokens
from eventwire.model import Actor, Sentence, Statement
from eventwire.statements.according import according_after, according_closing, according_to
from eventwire.statements.citing import cited
from eventwire.statements.context import FULL_NAME, Context
from eventwire.statements.evidence import build_statement, clause_end, quote_ending_before
from eventwire.statements.marks import DASHES, is_name, trim
from eventwire.statements.speakers import (
    actor_before,
    best_mention,
    group_actor,
    implicit_speaker,
    outside_quotes,
    subject_before,
)
from eventwire.statements.speech_clauses import speech_verb_between, takes_object
from eventwire.statements.tree_checks import (
    adverbial_at,
    circumstances_of,
    clause_after,
    determined_noun,
    negated,
    object_after,
    refusal,
    subjectless,
    verb_after,
    verb_between,
)
from eventwire.statements.tree_speakers import actor_of
from eventwire.syntax.parse import char_span, token_at
from eventwire.syntax.parse import sentence_language as parse_language

POSTPOSED_TAIL = 6  # words a postposed cue may still have after it ("said on Tuesday")
# words between a speech verb and its "that" ("ont déclaré ce mardi dans un communiqué conjoint
# que ...")
COMPLEMENT_WINDOW = 10
QUESTION_OPENS = 6  # words of a question that opens the sentence ("Auf die Frage, ob")


def from_cue(context: Context, sentence: Sentence, tokens: Tokens) -> Statement | None:
    """The first statement a cue of the sentence opens: relative cues, then "according to"
    words, then speech verbs."""
    lexicon = context.lexicon
    words = tokens.words
    relative = lexicon.relative.find(words)
    for first, last, _ in relative:
        if context.inside_quote(tokens.starts[first]):
            continue
        speaker = actor_before(context, sentence.start, tokens.starts[first])
        if speaker is not None:
            return build_statement(
                context,
                speaker,
                tokens.ends[last - 1],
                sentence.end,
                sentence,
                tokens,
                cue=(tokens.starts[first], tokens.ends[last - 1]),
            )
    # (cues, the statement a cue opens, whether a cue inside a name counts), in order
    shapes = ((lexicon.own_account, _own_account, True),
              (lexicon.citing, cited, True),  # "Reuters reported, citing the Kremlin"
              (lexicon.according_to, according_to, False),
              (lexicon.according_after, according_after, False),
              (lexicon.according_closing, according_closing, False),  # "..., so X."
              (lexicon.verbs, _around_verb, False))
    for patterns, shape, in_names in shapes:
        found_cues = patterns.find(words)
        for n, (first, last, _) in enumerate(found_cues):
            if context.inside_quote(tokens.starts[first]) or not in_names and \
                    context.inside_name(tokens.starts[first], tokens.ends[last - 1]):
                continue
            if shape is _around_verb and n + 1 < len(found_cues) \
                    and _modifies_noun(sentence, tokens.starts[first]):
                continue  # "Dans un message publié sur X, Lahti a affirmé": "affirmé"'s
            if shape is _around_verb and determined_noun(
                    sentence, tokens.starts[first], tokens.ends[last - 1]):
                continue  # "El anuncio llegó": the noun, not "anunció"
            if shape is _around_verb and negated(sentence, tokens.starts[last - 1],
                                                 parse_language(context.doc, sentence),
                                                 words[max(0, first - 3):first]):
                continue  # "il Cairo non ha ancora risposto": nothing was said
            if shape is _around_verb and refusal(sentence, tokens.starts[last - 1],
                                                 parse_language(context.doc, sentence)):
                continue  # "se niegan a permitirles": a refusal, not a denial
            found = shape(context, sentence, tokens, first, last)
            if found is not None:
                return found
    return None


INVERTED_SUBJECT = 4  # words of a subject between a fronted verb and its comma


def _comma_after_inverted_subject(
    context: Context, sentence: Sentence, tokens: Tokens, head: int, last: int
) -> int | None:
    """The comma that opens what was said after a verb put before its subject by a fronted
    phrase ("Auf X schrieb Lahti, Helsinki habe ...", "Am Montag sagte der Minister, ..."):
    when the tree makes the words between the verb and the comma its subject and a clause
    that is no relative follows. A verb after a quote, a comma or a dash closes what was
    said before it instead."""
    words = tokens.words
    answering = head > 0 and words[head - 1] == "," and _answers(context, tokens, head)
    comma = next((k for k in range(last, min(last + INVERTED_SUBJECT + 1, len(words)))
                  if words[k] == ","), None)
    if head == 0 or not (words[head - 1][:1].isalnum() or answering) \
            or comma is None or comma == last \
            or comma + 1 >= len(words) \
            or any(w in context.lexicon.relatives for w in words[comma + 1:comma + 4]) \
            or any(w in context.lexicon.complementizers for w in words[last:comma]) \
            or not verb_between(sentence, tokens.starts[comma], sentence.end):
        return None
    found = context.tree.at(sentence, tokens.starts[last - 1])
    if found is None or not (tokens.ends[last - 1] <= found[1][0]
                             and found[1][1] <= tokens.starts[comma]):
        return None
    return comma


def _answers(context: Context, tokens: Tokens, head: int) -> bool:
    """Whether the sentence opens with the question a verb answers ("Auf die Frage, ob
    ..., sagte X, ...", "Отвечая на вопрос, закроет ли ..."): what was asked is no content,
    what follows the answering verb is. A question word that opens the sentence or a quote
    ("« Se Hezbollah violerà ... », ha dichiarato X") is a condition, no question asked."""
    opening = tokens.words[:min(head, QUESTION_OPENS)]
    return any(word in context.lexicon.question_words and not any(
        w in {'"', "'"} for w in opening[:k]) for k, word in enumerate(opening) if k > 0)


def _modifies_noun(sentence: Sentence, offset: int) -> bool:
    """Whether the word at ``offset`` is a participle that describes a noun ("a message
    posted on X", "un message publié sur X"): it names the channel, no one's speech."""
    token = token_at(sentence, offset)
    return token is not None and token.dep_ == "acl" and "Part" in token.morph.get("VerbForm") \
        and token.head.pos_ == "NOUN"


def _own_account(
    context: Context, sentence: Sentence, tokens: Tokens, first: int, last: int
) -> Statement | None:
    """ "Israel hat nach eigenen Angaben X angegriffen", "by its own account": the source is
    the subject of the verb the cue hangs on (else the first actor of the sentence outside
    the cue), never a name further on ("ein Lager der Hisbollah"); the sentence was said."""
    cue = (tokens.starts[first], tokens.ends[last - 1])
    verb = _governing_verb(sentence, cue[0])
    found = context.tree.at(sentence, verb) if verb is not None else None
    if found is None:
        outside = outside_quotes(context, context.actors_in(sentence.start, cue[0])
                                 + context.actors_in(cue[1], sentence.end))
        if not outside or outside[0].actor is None:
            return None
        found = outside[0], (outside[0].start, outside[0].end)
    text = context.doc.text
    start, end = sentence.start, sentence.end
    if not any(c.isalnum() for c in text[cue[1]:end]):  # "..., by its own account."
        end = cue[0]
    elif not any(c.isalnum() for c in text[start:cue[0]]):  # "Nach eigenen Angaben ..."
        start = cue[1]
    return build_statement(context, found[0], start, end, sentence, tokens, cue=cue,
                           postposed=True, speaker_span=found[1])


def _governing_verb(sentence: Sentence, offset: int) -> int | None:
    """Where the verb that the words at ``offset`` hang on starts (None: no parse, or no verb
    above them)."""
    token = token_at(sentence, offset)
    while token is not None and token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    if token is None or token.pos_ not in ("VERB", "AUX"):
        return None
    return char_span(sentence, token)[0]


def _around_verb(
    context: Context, sentence: Sentence, tokens: Tokens, first: int, last: int
) -> Statement | None:
    lexicon = context.lexicon
    words = tokens.words
    verb_start, verb_end = tokens.starts[first], tokens.ends[last - 1]
    cue = (verb_start, verb_end)
    pronoun_in_cue = any(w in lexicon.pronouns for w in words[first:last])
    head = first
    while head > 0 and words[head - 1] in lexicon.auxiliaries:
        head -= 1
    after_another = range(_next_speech_verb(context, sentence, tokens, last), len(words))
    complement = next(
        (
            k
            for k in range(last, min(last + COMPLEMENT_WINDOW, len(words)))
            if k not in after_another  # "noted, adding that": "adding"'s own
            and (k < last + 5 or "," not in words[last:k - 1])  # further: no clause between
            and (words[k] in lexicon.complementizers  # "X, che ha ...": a relative, not "that"
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
    if complement is None:
        complement = _comma_after_inverted_subject(context, sentence, tokens, head, last)
    if complement is None and head > 0 and words[head - 1] == "," \
            and adverbial_at(sentence, verb_start):
        complement = last - 1  # "X handed a list, saying CONTENT": what follows was said
        while complement + 1 < len(words) and words[complement + 1] == ",":
            complement += 1
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
        return build_statement(
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
    # "X called the deal « historic »": a quote after the verb is what was said, unless it
    # is a name ("declared its “Northern Shield” operation").
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
    quote = context.quote_at(tokens.starts[quoted]) if quoted is not None else None
    if quote is not None and verb_between(sentence, verb_end, quote.open):
        quote = None  # "a affirmé se redéployer ..., et a appelé à « ... »": another verb's
    if quote is not None and not is_name(context.doc.text[quote.open + 1 : quote.close]):
        return _preposed(context, sentence, tokens, head, quoted, cue, pronoun_in_cue)
    # "“... President!” Trump wrote on Truth Social.": the quote that ends the sentence
    # before is what was said, when its speaker opens this one.
    before = quote_ending_before(context, sentence.start)
    if before is not None and verb_after(sentence, verb_end):
        before = None  # "X said the document opens ...": this sentence says its own content
    subject = subject_before(context, sentence.start, tokens.starts[head]) if before else None
    opens = (
        subject is not None
        and tokens.index_at(subject[1][0]) <= 1
        and all(
            w in lexicon.auxiliaries for w in words[tokens.index_at(subject[1][1] - 1) + 1 : head]
        )
    )
    if before is not None and (opens or (pronoun_in_cue and head == 0)):
        speaker = subject[0] if opens and subject else context.previous_speaker()
        inner_start, inner_end = trim(context.doc.text, before.open + 1, before.close)
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
    # "sagte, die Grenze bleibe offen" with the Konjunktiv tagged an adjective: a verb still
    reported = not lexicon.reported_forms.isdisjoint(words[last:])
    if len(words) - last < 5 or (not nominal and (
            takes_object(sentence, main_verb) or not (verb_after(sentence, verb_end)
                                                      or reported))):
        return None
    content_first = last
    comma = next((k for k in range(last, min(last + 6, len(words))) if words[k] == ","), None)
    if comma is not None and (context.sources_in(tokens.starts[last], tokens.starts[comma])
                              or circumstances_of(sentence, main_verb, tokens.starts[last],
                                                  tokens.starts[comma])):
        content_first = comma + 1  # "sagte der Agentur Reuters, ...": the outlet is no content,
        # nor when and where it was said ("sagte am Dienstag in Genf, ...")
    return _preposed(context, sentence, tokens, head, content_first, cue, pronoun_in_cue)


def _next_speech_verb(context: Context, sentence: Sentence, tokens: Tokens, first: int) -> int:
    """The index of the first speech verb opening a clause after a comma at or after word
    ``first`` ("..., adding that"), by the language's list or the tree (the number of words
    when there is none)."""
    words = tokens.words
    listed = [f for f, _, _ in context.lexicon.verbs.find(words) if f >= first]
    language = parse_language(context.doc, sentence)
    for k in range(max(first, 1), len(words)):
        if words[k - 1] == "," and speech_verb_between(
                sentence, tokens.starts[k], tokens.ends[k], language) is not None:
            listed.append(k)
            break
    return min((k for k in listed if k > 0 and words[k - 1] == ","), default=len(words))


Postposed = tuple[Actor | None, tuple[int, int] | None, int]  # speaker, its span, content end


def _inverted(
    context: Context, tokens: Tokens, head: int, last: int, verb_end: int, pronoun_in_cue: bool
) -> Postposed | None:
    """ "..., said X" / "« ... », a déclaré X" / "..., a-t-il écrit": the speaker follows."""
    words = tokens.words
    if head > 1 and words[head - 1] in DASHES and words[head - 2] in {",", '"'}:
        head -= 1  # "«...», - сказал X": a dash after the comma
    if not (head > 0 and words[head - 1] in {",", '"'}) or (
            words[head - 1] == "," and _answers(context, tokens, head)):
        return None
    if pronoun_in_cue:
        return context.pronoun_speaker(tokens.starts[head]), None, tokens.starts[head - 1]
    owner = _office_owner(context, tokens, head, tokens.index_at(clause_end(tokens, last) - 1) + 1,
                          tokens.starts[head - 1])
    if owner is not None:  # "..., a annoncé son cabinet", "teilte sein Büro mit"
        return owner[0], owner[1], tokens.starts[head - 1]
    subject = context.tree.at(context.sentence_at(verb_end), tokens.starts[last - 1])
    if subject is not None and subject[1][1] <= tokens.starts[head]:
        return None  # "L'armée, de son côté, a affirmé ...": the subject before a comma
    if subject is None:
        closing = _closing_apposition(context, tokens, head)
        if closing is not None:
            return closing
    end = clause_end(tokens, last)
    spanning = context.actors.covering(end)  # "declaró el presidente colombiano, X,"
    if spanning is not None and spanning.start >= verb_end:
        end = spanning.end
    after = context.actors_in(verb_end, end)
    if not after:
        subject = context.tree.at(context.sentence_at(verb_end), tokens.starts[last - 1])
        if subject is not None and subject[1][0] >= verb_end:  # "..., said the negotiator"
            actor = actor_of(subject[0])
            return actor, subject[1], tokens.starts[head - 1]
        sentence = context.sentence_at(verb_end)
        named = context.tree.name_after(sentence, verb_end + 1)
        if named is not None:  # a name no list knows
            return named[0], named[1], tokens.starts[head - 1]
        if context.lexicon.drops_subjects and subjectless(
                sentence, tokens.starts[head], verb_end):  # "«...», dijo a los periodistas"
            return context.pronoun_speaker(tokens.starts[head]), None, tokens.starts[head - 1]
        return None, None, tokens.starts[head - 1]
    mention = best_mention(after)
    actor = mention.actor
    if mention.kind == "demonym":  # "..., сказала грузинська переговорниця Ніно Капанадзе"
        titled = context.tree.titled_after_demonym(context.sentence_at(verb_end), mention)
        if titled is not None:
            return titled[0], titled[1], tokens.starts[head - 1]
    gap = 2 if context.doc.text[mention.end:mention.end + 2] == ", " else 1
    if actor is not None and actor.type != "person" and actor.country \
            and context.doc.text[mention.end + gap - 1:mention.end + gap] == " ":
        # "..., - сказал представитель украинской армии Дмитрий Коваль", "..., a déclaré la
        # porte-parole de la Maison Blanche, Karen Lee": the name no list knows after the
        # institution speaks, for its country
        named = context.tree.name_after(context.sentence_at(verb_end), mention.end + gap)
        if named is not None and named[1][0] == mention.end + gap \
                and len(named[0].name.split()) > 1:  # a full name, not "Monday"
            person = named[0] if named[0].country else context.tree.with_country(
                named[0], actor.country)
            return person, named[1], tokens.starts[head - 1]
    return actor, (mention.start, mention.end), tokens.starts[head - 1]


def _office_owner(
    context: Context, tokens: Tokens, first: int, end: int, before: int
) -> tuple[Actor, tuple[int, int] | None] | None:
    """Who an office speaks for when a possessive names it as the verb's subject ("..., her
    office said", "..., a annoncé son cabinet"; speech.yaml ``owner_offices``): the person
    the sentence named before the comma, outside quotes (this table's convention: the
    person is the speaker), else none."""
    if not context.lexicon.owner_offices.find(tokens.words, first, end):
        return None
    sentence = context.sentence_at(before)
    for m in context.actors_in(sentence.start, before):
        if m.actor is None or m.actor.type != "person" or context.inside_quote(m.start):
            continue
        if m.actor.canonical:
            return m.actor, (m.start, m.end)
        name = FULL_NAME.match(context.doc.text, m.end, before)  # "Прем'єр-міністр Чехії X"
        if name is not None and not context.actors_in(*name.span(1)):
            return context.tree.person(name.group(1), before=name.start(1),
                                       country=m.actor.country), name.span(1)
    named = context.tree.subject_named_before(before, sentence.start)
    return (named, None) if named is not None else None


def _closing_apposition(context: Context, tokens: Tokens, head: int) -> Postposed | None:
    """ '"...," the deputy foreign minister of Moldova, Elena Munteanu, told reporters': a
    quote closed by a title and a name set off by commas before a verb the tree gives no
    subject. The person ending right before the verb's comma speaks, and the quote before
    the title is what was said (never a place after the verb: "reporters in Chisinau")."""
    comma = tokens.starts[head - 1]
    if tokens.words[head - 1] != ",":
        return None
    people = [m for m in context.actors_in(context.sentence_at(comma).start, comma)
              if m.actor is not None and m.actor.type == "person"
              and not context.doc.text[m.end:comma].strip()]
    if not people:
        return None
    mention = people[-1]
    start = context.sentence_at(comma).start
    quotes = [q for q in context.quotes if q.close < mention.start and start <= q.open
              and not context.doc.text[start:q.open].strip()]  # the quote opens the sentence
    if not quotes or context.doc.text[quotes[-1].close + 1:mention.start].count(",") > 2:
        return None
    return mention.actor, (mention.start, mention.end), quotes[-1].close + 1


def _subject_first(
    context: Context, tokens: Tokens, head: int, last: int, verb_start: int, pronoun_in_cue: bool
) -> Postposed | None:
    """ "..., X said (in a statement)." ends its sentence; "..., X announced the dispatch of
    200 trucks" has its content after the verb, so it is not this shape."""
    words = tokens.words
    comma = next((k for k in range(head - 1, -1, -1) if words[k] in {",", '"'}), None)
    sentence = context.sentence_at(verb_start)
    tail_end = len(words)
    if last + 1 < len(words) and words[last] == "," and _next_speech_verb(
            context, sentence, tokens, last) == last + 1:
        tail_end = last  # "..., X noted, adding that ...": the adding clause is its own
    else:  # "..., X said in a statement, accusing Y of ...": the participle's clause too
        tail_end = next((k for k in range(last, min(last + POSTPOSED_TAIL + 1, len(words) - 1))
                         if words[k] == "," and adverbial_at(sentence, tokens.starts[k + 1])),
                        tail_end)
    tail = [w for w in words[last:tail_end] if w[:1].isalnum()]
    if comma is None or comma <= 2 or head - comma > 8 or len(tail) > POSTPOSED_TAIL:
        return None
    if context.lexicon.object_relatives.match_at(words, comma + 1):
        return None  # "..., ce que Kigali a toujours nié": a relative whose object that is
    if not verb_between(sentence, sentence.start, tokens.starts[comma]):
        return None  # "Peu après la trêve, l'armée a averti ...": an adverbial, not content
    if '"' not in words[:comma + 1] and clause_after(sentence, verb_start):
        return None  # "Speaking in Doha, X said both sides agreed": said after the verb
    inside = context.tree.object_within(sentence, verb_start, tokens.ends[last - 1])
    if inside is not None:  # '"...," Interfax quoted Russian general Igor Sokolov as saying'
        speaker = actor_of(inside[0])
        return speaker, inside[1], tokens.starts[comma]
    between = context.actors_in(tokens.ends[comma], verb_start)
    if between:
        mention = best_mention(between)
        speaker = mention.actor or group_actor(mention)
        return speaker, (mention.start, mention.end), tokens.starts[comma]
    if pronoun_in_cue or any(w in context.lexicon.pronouns for w in words[comma + 1 : head]):
        return context.pronoun_speaker(verb_start), None, tokens.starts[comma]
    subject = context.tree.at(context.sentence_at(verb_start), tokens.starts[last - 1])
    if subject is not None and tokens.ends[comma] <= subject[1][0]:  # "..., the official said"
        actor = actor_of(subject[0])
        return actor, subject[1], tokens.starts[comma]
    if context.lexicon.document_nouns.contains(words, comma + 1, head):
        return context.previous_speaker(), None, tokens.starts[comma]
    owner = _office_owner(context, tokens, comma + 1, head, tokens.starts[comma])
    if owner is not None:  # "..., her office said"
        return owner[0], owner[1], tokens.starts[comma]
    return None, None, tokens.starts[comma]


def _person_after(
    context: Context, sentence: Sentence, verb: int, cue: tuple[int, int],
    subject: tuple[Actor, tuple[int, int]],
) -> tuple[Actor, tuple[int, int]]:
    """The person the tree reads as the verb's subject, named between an institution and the
    verb ("La porte-parole du ministère ..., Nino Beridze, a annoncé"): she speaks, not the
    institution her title names."""
    actor, span = subject
    if actor.type == "person":
        return subject
    if actor.type == "country":  # "Министр энергетики Армении Артак Саркисян заявил": the
        named = context.tree.name_after(sentence, span[1] + 1)  # name after the title's state
        if named is not None and named[0].canonical and len(named[0].canonical.split()) >= 2 \
                and not context.doc.text[named[1][1]:cue[0]].strip():
            return context.tree.with_country(named[0], actor.country), named[1]
    found = context.tree.at(sentence, verb)
    if found is None:
        return subject
    person = actor_of(found[0])
    if person is None or person.type != "person" or not person.canonical \
            or not span[1] <= found[1][0] or found[1][1] > cue[0]:
        return subject
    if person.country is None and actor.country and actor.type != "group" \
            and not verb_between(sentence, span[1], found[1][0]):
        # "Le porte-parole de l'armée lettone, le major X, a déclaré": one noun phrase, the
        # person is the institution's (a verb between would make them two clauses)
        person = context.tree.with_country(person, actor.country)
    return person, found[1]


def _preposed(
    context: Context,
    sentence: Sentence,
    tokens: Tokens,
    head: int,
    content_first: int,
    cue: tuple[int, int],
    pronoun_in_cue: bool,
) -> Statement | None:
    """``SPEAKER said (that) CONTENT``: the speaker stands before the verb."""
    if pronoun_in_cue:
        speaker, span = context.pronoun_speaker(cue[0]), None
    else:
        subject = subject_before(context, sentence.start, tokens.starts[head])
        if subject is not None:
            last_verb = tokens.starts[tokens.index_at(cue[1] - 1)]  # "a annoncé": the participle
            speaker, span = _person_after(context, sentence, last_verb, cue, subject)
        else:
            speaker, span = implicit_speaker(context, tokens, head), None
    if speaker is None:  # "Ana Ruiz said ...": a name no list knows, read from the tree
        found = context.tree.at(sentence, cue[0])
        if found is not None:
            speaker, span = found
        elif context.lexicon.drops_subjects and subjectless(sentence, cue[0], cue[1]):
            speaker, span = context.tree.locative_institution(sentence, cue[0]) or (
                context.pronoun_speaker(cue[0]), None)  # "В армии добавили", "Añadió que"
        else:
            return None
    read = context.tree.at(sentence, cue[0])  # the speaker build_statement will keep
    where = read[1] if read is not None else span
    if where is not None and tokens.starts[content_first] <= where[0] and where[0] >= cue[1] \
            and head > 1 and tokens.words[head - 1] == ",":
        # "CONTENT, заявив у понеділок міністр ... X" with the speaker parsed as the verb's
        # object: what was said stands before the comma, never the speaker's own phrase
        return build_statement(context, speaker, sentence.start, tokens.starts[head - 1],
                               sentence, tokens, cue=cue, postposed=True, speaker_span=where)
    read_actor = actor_of(read[0]) if read is not None else None
    named = isinstance(speaker, Actor) and speaker.type == "person" \
        and read_actor is not None and read_actor.type == "country"  # not the title's state
    return build_statement(
        context,
        speaker,
        tokens.starts[content_first],
        sentence.end,
        sentence,
        tokens,
        cue=cue,
        speaker_span=span,
        read_speaker=named,
    )
