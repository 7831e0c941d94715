"""Statements a source word opens: "according to X, ...", "..., selon X", "X zufolge, ...".

The source stands after the word ("according to", "selon", "laut") or before it ("zufolge");
what was said is the other side of the comma, or the whole sentence when the clause runs on
past a source named mid-sentence.
"""

from __future__ import annotations

from typing import Any

from eventwire.match import Tokens
from eventwire.model import Actor, Mention, Sentence, Statement
from eventwire.statements.cases import nominative, unlisted_person
from eventwire.statements.context import RECENT, Context
from eventwire.statements.evidence import build_statement
from eventwire.statements.speakers import best_mention, outside_quotes, unnamed_source
from eventwire.statements.tree_checks import verb_between
from eventwire.syntax.parse import char_span, token_at
from eventwire.text.view import fold


def according_to(
    context: Context, sentence: Sentence, tokens: Tokens, first: int, last: int
) -> Statement | None:
    """``selon X, CONTENT`` or ``CONTENT, according to X``."""
    words = tokens.words
    comma = next((k for k in range(last, len(words)) if words[k] == ","), len(words))
    leading = (first == 0 or tokens.starts[first] <= sentence.parse_start  # after a stamp
               or all(not w[0].isalnum() for w in words[:first])
               or _after_conjunction(sentence, tokens, first))
    region_end = tokens.ends[comma - 1] if comma > last else tokens.ends[last - 1]
    content_start = tokens.ends[comma] if comma < len(words) - 1 else None
    if leading and content_start is None:  # "Laut dem Generalstab wurden ...": no comma
        content_start = _source_phrase_end(context, sentence, tokens, last)
        if content_start is not None:
            region_end = tokens.ends[tokens.index_at(content_start) - 1]
    if not leading:  # "..., selon le chef de cabinet de la Maison Blanche, Dan Scavino."
        region_end = sentence.end
    candidates = outside_quotes(context, (  # a name inside a quote is what was said
        context.actors_in(tokens.starts[first], tokens.ends[last - 1])
        or context.actors_in(tokens.ends[last - 1], region_end)  # "nach russischen Angaben"
        or _titled_name(context, tokens.ends[last - 1], region_end, sentence.end)))
    speaker: Actor | Mention | None
    if candidates:
        speaker = _source(candidates, person_first=not leading)
        if isinstance(speaker, Mention) and speaker.kind == "capital" and _someone_unnamed(
                context, tokens, last):
            return None  # "Selon un diplomate en poste à Niamey": no side speaks
        if isinstance(speaker, Mention):  # "according to an Egyptian security source"
            phrase = (first, max(last, tokens.index_at(region_end - 1) + 1))
            speaker = unnamed_source(context, tokens, phrase, speaker)
        actor = speaker.actor
        if actor is not None and actor.type == "organization" and not actor.country \
                and not actor.entity:  # "according to the ministry": the one that spoke
            speaker = _institution_named_before(context, sentence, tokens.ends[last - 1],
                                                region_end) or speaker
        elif actor is not None and isinstance(speaker, Mention) and actor.country and (
                speaker.kind == "demonym" or actor.type == "country"):
            # "За словами вірменського переговірника Вардана Акопяна", "За словами міністра
            # енергетики Молдови Віктора Прутяну": the country is the title's, the name speaks
            person = _titled_person(context, sentence, tokens.ends[last - 1], region_end,
                                    country=actor.country)
            if person is not None:
                speaker = person
        elif actor is not None and _unlisted_organisation(actor):
            # "della commissione Difesa Pavel Ilves" read as one organisation: the name is his
            speaker = _titled_person(context, sentence, tokens.ends[last - 1], region_end,
                                     within=speaker) or speaker
    elif (last < len(words) and words[last] in context.lexicon.object_pronouns
          and not _article(sentence, tokens.starts[last])) or any(
            w in context.lexicon.object_pronouns for w in words[first:last]):
        speaker = context.pronoun_speaker(tokens.starts[first])  # "selon lui", "по его словам"
    elif context.lexicon.drops_subjects and last + 1 < len(words) \
            and words[last] in context.lexicon.surface_verbs and words[last + 1] == ",":
        speaker = context.pronoun_speaker(tokens.starts[first])  # "Según dijo, ...": a dropped he
    else:  # "За словами речника Кремля, ...": the institution the title names
        speaker = _titled_institution(context, sentence, tokens.ends[last - 1], region_end)
        named = context.tree.name_after(sentence, tokens.ends[last - 1] + 1)
        if speaker is None and named is not None and named[0].country:
            speaker = named[0]  # "Selon Sokolov, ...": the person met before by that name
        person = _titled_person(context, sentence, tokens.ends[last - 1], region_end)
        if person is not None:  # "По словам председателя комитета Павла Ильвеса": he spoke
            speaker = person if person.country or speaker is None or not speaker.country \
                else context.tree.with_country(person, speaker.country)
        if speaker is None:  # "Nach Angaben des Ministeriums": the one that spoke just before
            speaker = _institution_named_before(context, sentence, tokens.ends[last - 1],
                                                region_end)
    if speaker is None:
        return None
    speaker = _in_nominative(context, tokens, first, last, speaker)
    cue = (tokens.starts[first], tokens.ends[last - 1])
    if leading:
        if content_start is None:
            return None
        content_start = _past_carrier(context, sentence, tokens, content_start)
        return build_statement(
            context, speaker, content_start, sentence.end, sentence, tokens, cue=cue
        )
    content_end = tokens.starts[first]
    source_end = max([tokens.ends[last - 1]] + [m.end for m in candidates])
    if _runs_on(context, tokens, first, source_end) \
            or _interrupts_clause(sentence, tokens, first, source_end):
        content_end = sentence.end  # "X soll laut Y Z tun", "X, according to Y, did Z": all
    return build_statement(
        context, speaker, sentence.start, content_end, sentence, tokens, cue=cue, postposed=True
    )


def _someone_unnamed(context: Context, tokens: Tokens, last: int) -> bool:
    """Whether the source phrase opens on someone unnamed ("un diplomate", "a researcher";
    data `unnamed_openers`) who is an outsider (data `unnamed_outsiders`: not "une source"
    nor "an official", who speak for a side): a city after it ("en poste à Niamey", "de
    l'université de Niamey") says where that person is, not which side speaks (round o of
    the invented wires, session 23)."""
    words, lexicon = tokens.words, context.lexicon
    if last + 1 >= len(words) or fold(words[last]) not in lexicon.unnamed_openers:
        return False
    noun = fold(words[last + 1])
    return words[last + 1][:1].islower() and noun.startswith(lexicon.unnamed_outsiders)


def _in_nominative(context: Context, tokens: Tokens, first: int, last: int,
                   speaker: Actor | Mention) -> Actor | Mention:
    """A person no list knows, named after a source word that puts names in the genitive
    ("По словам министра Карена Мкртчяна"), under the nominative of that name."""
    lexicon = context.lexicon
    if " ".join(tokens.words[first:last]) not in lexicon.genitive_cues:
        return speaker
    actor = speaker.actor if isinstance(speaker, Mention) else speaker
    if actor is None or actor.type != "person" or not actor.canonical:
        return speaker  # a title with no name ("по словам министра") has none to decline
    name = actor.canonical
    if actor.entity and actor.entity != unlisted_person(name):
        return speaker  # a listed person has their canonical name
    written = nominative(name, lexicon.genitive_forms, lexicon.genitive_endings)
    return speaker if written == name else context.tree.renamed(actor, written)


MAX_INCISES = 3  # stretches set off by commas a leading source may still have after it


def _past_carrier(context: Context, sentence: Sentence, tokens: Tokens, start: int) -> int:
    """Where what was said begins after what a leading source phrase carries, set off by
    commas ("Selon le ministre, Awa Ndiaye, cité par l'agence, le Sénégal ..."): past each
    short stretch that is a person's name, a clause on that name (a relative pronoun opens
    it: "которого цитирует агентство") or a carrier with no finite verb and no actor but
    persons and news sources ("cited by TASS"); "l'agence TASS a menti" is said."""
    for _ in range(MAX_INCISES):
        k = tokens.index_at(start)
        comma = next((j for j in range(k, min(k + 8, len(tokens.words)))
                      if tokens.words[j] == ","), None)
        if comma is None or comma + 1 >= len(tokens.words) or comma == k:
            return start
        end = tokens.starts[comma]
        words = [t for t in sentence.parse or ()
                 if start <= sentence.parse_start + t.idx < end] if sentence.parse else []
        relative = bool(words) and "Rel" in words[0].morph.get("PronType")
        finite = any("Fin" in t.morph.get("VerbForm") for t in words)
        named = [m for m in context.actors_in(sentence.start, end) if m.end > start]
        others = [m for m in named if m.actor is None or m.actor.type != "person"]
        if (finite and not relative) or others or not (
                relative or named or context.sources_in(start, end)
                or any("Part" in t.morph.get("VerbForm") for t in words)):
            return start
        start = tokens.starts[comma + 1]
    return start


def _titled_name(context: Context, start: int, end: int, sentence_end: int) -> list[Mention]:
    """A title with its name after a comma ("Selon le ministre béninois, Olivier X, ..."):
    the one mention that opens in the source phrase and runs on past its comma."""
    return [m for m in context.actors_in(start, sentence_end) if start <= m.start < end][:1]


def _article(sentence: Sentence, offset: int) -> bool:
    """Whether the word at ``offset`` is an article in the tree ("según el presidente": the
    folded "el" is no "él")."""
    token = token_at(sentence, offset)
    return token is not None and token.pos_ == "DET"


def _unlisted_organisation(actor: Actor) -> bool:
    """An organisation the text alone named ("la commissione Difesa"), of no country."""
    return actor.type == "organization" and not actor.country \
        and (actor.entity or "").startswith("org:")


def _titled_person(
    context: Context, sentence: Sentence, start: int, end: int, within: Mention | None = None,
    country: str | None = None,
) -> Actor | None:
    """A full name no list knows closing a title in the source phrase ``[start, end)``
    ("according to the chairman of the defence committee Pavel Ilves", "По словам
    председателя комитета по обороне Павла Ильвеса"): the last run of proper nouns, when it
    ends the phrase, a title noun stands before it and no word of it is in a known actor's
    mention; of three or more, the last two ("commissione Difesa Pavel Ilves"). An article or
    a preposition right before the two words makes them an institution ("a spokesman for the
    Energy Ministry"). Inside ``within``, an organisation no list knows whose name ends with
    the two words, they are still a person's. A person no list gives a country is of
    ``country`` (the one the phrase names), else of the institution their title named before."""
    parse = sentence.parse
    if parse is None:
        return None
    at = sentence.parse_start
    words = [t for t in parse if start <= at + t.idx < end and not t.is_punct]
    run: list[Any] = []
    for word in reversed(words):
        if word.pos_ != "PROPN" and not word.dep_.startswith("flat") \
                or not word.text[:1].isupper():
            break  # "Ирины Волковой" with the surname tagged an adjective is still a name
        run.insert(0, word)
    capitalised_title = len(run) > 2  # "Moldovan Energy Minister Irina Volkova"
    run = run[-2:]
    before = words[:len(words) - len(run)]
    if len(run) < 2 or not (capitalised_title or any(t.pos_ == "NOUN" for t in before)) \
            or before[-1].pos_ in ("DET", "ADP"):  # "for the Energy Ministry": no name
        return None
    name_start = at + run[0].idx
    name_end = at + run[-1].idx + len(run[-1].text)
    if within is not None and within.end == name_end and within.start < name_start:
        pass  # an unlisted organisation's name that runs on into the person's
    elif context.actors_in(name_start, name_end) or context.sources_in(name_start, name_end):
        return None
    person = context.tree.person(context.doc.text[name_start:name_end], before=name_start)
    if person.country:
        return person
    if country:  # the country the phrase itself names ("Kyiv negotiator X")
        return context.tree.with_country(person, country)
    country = context.tree.country_named_before(  # "комитета": the committee named before
        [t for t in reversed(before) if t.pos_ == "NOUN"], sentence.start)
    return context.tree.with_country(person, country) if country else person


def _titled_institution(
    context: Context, sentence: Sentence, start: int, end: int
) -> Actor | None:
    """The institution named by the first title noun in ``[start, end)`` when no mention
    does ("речника Кремля" read as one title), as a speech verb's subject would give it."""
    parse = sentence.parse
    if parse is None:
        return None
    at = sentence.parse_start
    noun = next((t for t in parse if start <= at + t.idx < end and t.pos_ == "NOUN"), None)
    found = context.tree.institution_of(sentence, noun) if noun is not None else None
    return found[0] if found is not None else None


def _institution_named_before(
    context: Context, sentence: Sentence, start: int, end: int
) -> Actor | None:
    """The institution that spoke just before, when the source phrase is its noun alone
    ("Nach Angaben des Ministeriums" after "Das teilte das Innenministerium in Tiflis mit",
    "according to the ministry", "Selon cette source" after "une source militaire marocaine"):
    the previous statement, in the same passage, was said by an institution, a state or its
    officials named in a phrase holding that noun (None otherwise)."""
    parse = sentence.parse
    if parse is None or not context.statements:
        return None
    at = sentence.parse_start
    words = [t for t in parse if start <= at + t.idx < end and not t.is_punct]
    noun = next((t for t in words if t.pos_ in ("NOUN", "PROPN")), None)
    if noun is None or noun.pos_ != "NOUN" or any(
            t.pos_ not in ("DET", "ADP") for t in words if t.i < noun.i) \
            or any(c.dep_ not in ("det", "case", "fixed", "punct") and at + c.idx >= start
                   for c in noun.children):
        return None  # "des Ministeriums für Verteidigung": a phrase of its own
    last = context.statements[-1]
    speaker = last.speaker
    if speaker.type not in ("organization", "country", "group") or not speaker.country \
            or last.passage != sentence.passage or not 0 <= sentence.start - last.end <= RECENT:
        return None
    if last.speaker_span is None:
        return None
    text = context.doc.text
    start_of = last.speaker_span[0]
    while start_of > 0 and last.speaker_span[0] - start_of < 40 \
            and text[start_of - 1] not in ",.;:()\n\"«»":
        start_of -= 1  # the speaker's phrase: "das Innenministerium in Tiflis"
    stem = fold(noun.lemma_ or noun.text)
    if len(stem) < 5 or stem not in fold(text[start_of:last.speaker_span[1]]):
        return None  # "Secondo il piano": no noun of the speaker's phrase
    return speaker


def _source(candidates: list[Mention], person_first: bool) -> Mention:
    """The mention a source phrase names as speaker: a person it names ("..., selon le chef
    de cabinet, Dan Scavino"), when asked, else its best mention."""
    people = [m for m in candidates if m.actor is not None and m.actor.type == "person"]
    return people[0] if people and person_first else best_mention(candidates)


def _source_phrase_end(
    context: Context, sentence: Sentence, tokens: Tokens, last: int
) -> int | None:
    """Where what was said begins when no comma closes a leading source ("Laut dem
    ukrainischen Generalstab wurden ...", "Según el ejército gambiano dos convoyes ..."): after
    the first name within three words of the cue with only articles or adjectives between,
    else after the noun the cue's last word hangs on ("laut", "der") or is ("Angaben") in the
    tree; None when nothing follows."""
    cue_end = tokens.ends[last - 1]
    names = outside_quotes(context, context.actors_in(cue_end, sentence.end))
    first = names[0] if names else None
    if first is not None and tokens.index_at(first.start) - last <= 3 and all(
            _in_noun_phrase(token_at(sentence, tokens.starts[k]))
            for k in range(last, tokens.index_at(first.start))):  # not "a report, Russian troops"
        after = tokens.index_at(_titled_end(sentence, first))
        while after < len(tokens.words) \
                and context.lexicon.names_unnamed_source(tokens.words[after]):
            after += 1  # "Laut ägyptischen Sicherheitskreisen wird ...": the source's noun
    else:
        cue = token_at(sentence, tokens.starts[last - 1])
        if cue is None:
            return None
        noun = cue.head if cue.pos_ in ("ADP", "DET") and cue.head.i > cue.i else cue
        if noun.pos_ not in ("NOUN", "PROPN", "PRON"):
            return None
        after = tokens.index_at(char_span(sentence, noun.right_edge)[1])
    while after < len(tokens.words) and not tokens.words[after][:1].isalnum():
        after += 1
    return tokens.starts[after] if after < len(tokens.words) - 1 else None


def _titled_end(sentence: Sentence, name: Mention) -> int:
    """Where a source's name ends: a demonym ends with the title it qualifies and the name
    hung on that title ("Nach Angaben der moldauischen Energieministerin Irina Volkova wird
    ..."), when no verb lies within; any other name where it ends."""
    word = token_at(sentence, name.start)
    if word is None or word.pos_ != "ADJ" or word.head.i <= word.i \
            or word.head.pos_ != "NOUN":
        return name.end
    title = word.head
    phrase = [t for t in title.subtree if t.i > title.i]
    if any(t.pos_ in ("VERB", "AUX") for t in phrase):
        return name.end
    return char_span(sentence, title.right_edge)[1]


def _in_noun_phrase(token: Any) -> bool:
    """A word that may stand between a source word and its name: "the", "gambischen"."""
    return token is None or token.pos_ in ("DET", "ADJ", "ADP", "PUNCT")


def _after_conjunction(sentence: Sentence, tokens: Tokens, first: int) -> bool:
    """Whether the source opens a new conjunct ("X met Y and, according to Z, CONTENT"): then
    what follows it was said, not the clause before the "and"."""
    if first < 2 or tokens.words[first - 1] != ",":
        return False
    word = token_at(sentence, tokens.starts[first - 2])
    return word is not None and word.pos_ == "CCONJ"


def _runs_on(context: Context, tokens: Tokens, first: int, source_end: int) -> bool:
    """Whether a source named mid-sentence, without a comma before it, has the clause go on
    after it ("Die Brücke soll laut X bald öffnen"): then the whole sentence was said."""
    words = tokens.words
    if first == 0 or not words[first - 1][:1].isalnum():  # ", according to": a boundary
        return False
    tail = words[tokens.index_at(source_end):]
    if "," in tail:
        tail = tail[: tail.index(",")]
    return any(w[:1].isalnum() for w in tail)


def _interrupts_clause(sentence: Sentence, tokens: Tokens, first: int, source_end: int) -> bool:
    """Whether a source set off by commas stands inside one clause ("The convoys, according
    to the ministry, crossed the border", "Les convois ont, selon X, franchi ..."): a word
    before its opening comma hangs on one after its closing comma, or the other way round,
    or what follows the closing comma is the rest of a clause a parser hung on the source (no
    finite verb, no relative pronoun, no name set off after it: "cruzaron, según X, la
    frontera"); then the whole sentence was said. "..., according to the army, which said
    ..." and "..., selon le chef de cabinet, Dan Scavino, ..." are not."""
    words = tokens.words
    if first < 2 or words[first - 1] != "," or sentence.parse is None:
        return False
    closing = next((k for k in range(tokens.index_at(source_end), len(words))
                    if words[k] == ","), None)
    if closing is None or not any(w[:1].isalnum() for w in words[closing + 1:]):
        return False
    at = sentence.parse_start
    before_end, after_start = tokens.starts[first - 1], tokens.ends[closing]

    def side(token: Any) -> int:
        offset = at + token.idx
        return -1 if offset < before_end else 1 if offset >= after_start else 0

    linked = [t for t in sentence.parse if t.head.i != t.i and not t.is_punct]
    if any(side(t) * side(t.head) == -1 for t in linked):
        return True
    after = [t for t in linked if side(t) == 1]
    return bool(after) and not any(
        "Fin" in t.morph.get("VerbForm") or "Rel" in t.morph.get("PronType")
        or (side(t.head) == 0 and t.dep_.split(":")[0] in ("appos", "flat"))
        or (side(t.head) == 0 and t.dep_ == "acl:relcl") for t in after)


def according_after(
    context: Context, sentence: Sentence, tokens: Tokens, first: int, last: int
) -> Statement | None:
    """``X zufolge, CONTENT`` / ``CONTENT, X zufolge``: the source stands before the word."""
    words = tokens.words
    comma = next((k for k in range(first - 1, -1, -1) if words[k] == ","), -1)
    cue = (tokens.starts[first], tokens.ends[last - 1])
    speaker: Actor | Mention | None
    if first > 0 and words[first - 1] in context.lexicon.object_pronouns:
        speaker, source_first = context.pronoun_speaker(cue[0]), first - 1  # "ihm zufolge"
    else:
        before = outside_quotes(context, context.actors_in(tokens.ends[comma], cue[0])) \
            if comma >= 0 else outside_quotes(context, context.actors_in(sentence.start, cue[0]))
        if not before:
            return None
        source_first = tokens.index_at(before[-1].start)
        speaker = unnamed_source(context, tokens, (source_first, first), before[-1])
    if speaker is None:
        return None
    leading = comma < 0 and sum(w[:1].isalnum() for w in words[:source_first]) <= 2
    if leading:  # "Dem Ministerium zufolge wird ...": what follows was said
        return build_statement(context, speaker, tokens.ends[last - 1], sentence.end, sentence,
                          tokens, cue=cue)
    end = tokens.starts[comma] if comma >= 0 else tokens.starts[source_first]
    if _runs_on(context, tokens, source_first, cue[1]):
        end = sentence.end
    return build_statement(context, speaker, sentence.start, end, sentence, tokens, cue=cue,
                      postposed=True)


CLOSING_TAIL = 6  # words a closing source may run to ("so der polnische Regierungssprecher")


def according_closing(
    context: Context, sentence: Sentence, tokens: Tokens, first: int, last: int
) -> Statement | None:
    """``CONTENT, so X.``: a source word that counts only after the content's comma or
    closing quote and before a short source that ends the sentence with no verb ("so" is
    otherwise an adverb: "so dass", "so bald")."""
    words = tokens.words
    if first < 2 or words[first - 1] not in {",", '"'}:
        return None
    tail = [w for w in words[last:] if w[:1].isalnum()]
    if not tail or len(tail) > CLOSING_TAIL or verb_between(
            sentence, tokens.ends[last - 1], sentence.end) \
            or not context.lexicon.complementizers.isdisjoint(tail):
        return None  # "so dass ...": a clause, not a source
    candidates = outside_quotes(context, context.actors_in(tokens.ends[last - 1], sentence.end))
    if not candidates or tokens.index_at(candidates[0].start) - last > 3:
        return None  # the source's name follows the word: "so der polnische Sprecher"
    content_end = tokens.starts[first - 1]
    source = unnamed_source(context, tokens, (last, len(words)),
                            _source(candidates, person_first=True))  # "so ägyptische Kreise"
    return build_statement(context, source, sentence.start,
                           content_end, sentence, tokens,
                           cue=(tokens.starts[first], tokens.ends[last - 1]), postposed=True)
