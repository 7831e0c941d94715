"""PLOVER event coding from cue lexicons and clause structure.

For each sentence: cues from the language's ``events.yaml`` make candidate events; the
clause around a cue (bounded by the language's ``grammar.yaml`` clause breaks and by other
verb cues) gives the sides:
- a verb cue takes its actors from the subject stretch before it and its recipients from
  the object stretch after it ("X accused Y"), swapped in the passive ("Y was attacked by X");
- a noun cue takes them from its own phrase: "between X and Y", "X's attack on Y",
  "the call of X with Y", a demonym before it ("Russian strikes"), a possessive pronoun
  ("his call with Y": the speaker, or the subject of the clause);
- "accused each other" gives one event each way.
Modality comes from cue words before the trigger (negation, future, hypothetical,
uncertain) and from verb endings where the language inflects them. Events told inside a
statement point to it and are claimed by its speaker.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from eventwire.events.dating import date_event
from eventwire.events.lexicon import NOT_AN_EVENT, Cue, EventLexicon, convention, unit_types
from eventwire.events.merge import merge_mentions
from eventwire.events.modality import modality_of, mode_of
from eventwire.events.predicates import predicates
from eventwire.events.sides import (
    EventContext,
    Sides,
    actors_of,
    noun_sides,
    verb_sides,
)
from eventwire.events.tree import Reading, SentenceTree
from eventwire.match import Tokens
from eventwire.model import Actor, Document, Event, Mention, Quantity, Sentence
from eventwire.syntax.parse import sentence_language

GOVERNED_WINDOW = 6  # a noun cue this close after a verb cue is that verb's object
SUPPRESSOR_WINDOW = 5  # "a pause in all fighting": halting words this close cancel a cue
VERB_SUPPRESSOR_WINDOW = 2  # a verb only when governed: "refrain from striking"


def code_events(doc: Document) -> None:
    context = EventContext(doc)
    lexicon = predicates(doc.language)
    events: list[Event] = []
    for sentence in doc.sentences:
        if sentence.parse is not None and lexicon is not None:
            tree = SentenceTree(sentence, context.by_label["ACTOR"], lexicon,
                                sentence_language(doc, sentence))
            for reading in tree.read():
                events += _event_from_reading(context, sentence, reading)
            continue
        tokens = Tokens.of_sentence(doc.view, sentence)
        if len(tokens):
            events += _sentence_events(context, sentence, tokens)
    doc.events = merge_mentions(_dedupe(events))


def _event_from_reading(context: EventContext, sentence: Sentence, reading: Reading) -> list[Event]:
    """An event from what the tree says, with its date, place, quantities and statement."""
    doc = context.doc
    entry = reading.predicate
    trigger = reading.trigger
    statement_index = context.statement_at(*trigger)
    statement = doc.statements[statement_index] if statement_index is not None else None
    actors = actors_of(reading.actors)
    if not actors and statement is not None and (
            reading.pronoun_subject or (entry.type in convention("speaker_party_types")
                                        and not (reading.noun and entry.type
                                                 in convention("phrase_sides_types")))):
        actors = [statement.speaker]  # "Tehran said it would retaliate"
    window = (sentence.start, sentence.end)
    actors, recipients, located = _placed_sides(
        context, sentence, window, entry.type, actors, reading.recipients)  # type: ignore[arg-type]
    if not any(a.country for a in actors):
        return []
    claimants = actors_of(reading.claimed_by or [])
    claimed_by = claimants[0] if claimants else (statement.speaker if statement else None)
    if claimed_by is not None and claimed_by.country in {a.country for a in actors} \
            and reading.claimed_by is not None and reading.modality != "negated":
        claimed_by = statement.speaker if statement else claimed_by
    quantities = _quantities(context, entry.type, window, window)  # type: ignore[arg-type]
    event = Event(
        type=entry.type,  # type: ignore[arg-type]
        start=reading.evidence[0],
        end=reading.evidence[1],
        actors=actors,
        recipients=recipients,
        mode=entry.mode,
        modality=reading.modality,  # type: ignore[arg-type]
        location=located[0].place if located else None,
        quantities=_unique_quantities(quantities),
        statement=statement_index,
        claimed_by=claimed_by,
        trigger_span=trigger,
        confidence=0.5 + 0.2 * bool(recipients) + 0.1 * (not reading.noun),
        passage=sentence.passage,
    )
    if event.modality == "future" and event.mode in convention("planned_as_agreement"):
        event.type, event.modality = "AGREE", "asserted"
    date_event(event, doc)
    if reading.reciprocal and len(actors) >= 2:
        return _reciprocal(event)
    return [event]


def _sentence_events(context: EventContext, sentence: Sentence, tokens: Tokens) -> list[Event]:
    lexicon = context.lexicon
    words = tokens.words
    cues = [
        (first, last, _as_used(lexicon, words, first, cue))
        for first, last, cue in lexicon.cues.find(words)
        if cue is not NOT_AN_EVENT
        and not context.inside_name(tokens.starts[first], tokens.ends[last - 1])
    ]
    # A noun cue right after a verb cue is that verb's object: "agreed to a ceasefire".
    kept: list[tuple[int, int, Cue]] = []
    reach_of: dict[int, int] = {}  # an absorbing noun looks for its sides from here
    governed_nouns: set[int] = set()  # "agreed to hold talks": the talks are the object
    for k, (first, last, cue) in enumerate(cues):
        governed = any(
            not other.noun and 0 <= first - o_last <= GOVERNED_WINDOW
            for o_first, o_last, other in cues[:k]
        )
        if cue.noun and governed:
            governed_nouns.add(first)  # kept only if its own phrase names a side
        if not cue.noun and _demanded(lexicon, words, first, kept):
            continue  # "urged Russia to stop strikes": the stopping is the demand's content
        reach = SUPPRESSOR_WINDOW if cue.noun else VERB_SUPPRESSOR_WINDOW
        if (
            lexicon.suppressors.find(words, max(0, first - reach), first)
            and "," not in words[max(0, first - reach) : first]
        ):
            continue  # "a halt to attacks", "l'arrêt des frappes": the attacks are not told
        if cue.noun and kept and _absorbs(lexicon, words, kept[-1], first):
            # "an agreement on the exchange of prisoners": one AGREE, of mode exchange,
            # whose sides may stand after the inner noun.
            a_first, a_last, outer = kept[-1]
            kept[-1] = (a_first, a_last, replace(outer, mode=outer.mode or cue.mode))
            reach_of[a_first] = last
            continue
        kept.append((first, last, cue))
    breaks = [first for first, _, _ in lexicon.clause_breaks.find(words)]
    breaks += _internal_sentence_ends(context.doc.text, tokens)
    breaks.sort()
    verb_positions = [first for first, _, cue in kept if not cue.noun]
    events: list[Event] = []
    for first, last, cue in kept:
        left = max([b + 1 for b in breaks if b < first] + [0])
        left = (
            max([v_last for v_first, v_last, c in kept if not c.noun and v_last <= first] + [left])
            if cue.noun
            else left
        )
        right = min([b for b in breaks if b >= last] + [len(words)])
        right = min([v for v in verb_positions if v >= last] + [right])
        sides = (
            noun_sides(
                context,
                tokens,
                cue,
                first,
                reach_of.get(first, last),
                left,
                right,
                phrase_only=cue.type in convention("phrase_sides_types"),
            )
            if cue.noun
            else verb_sides(context, tokens, first, last, left, right, cue)
        )
        if first in governed_nouns and not sides.from_phrase:
            continue
        events += _make_events(context, sentence, tokens, cue, first, last, left, right, sides)
    return events


def _as_used(lexicon: EventLexicon, words: tuple[str, ...], first: int, cue: Cue) -> Cue:
    """A verb form after a determiner is a noun: "rejected the Russian demand"."""
    if not cue.noun and any(w in lexicon.determiners for w in words[max(0, first - 2) : first]):
        return replace(cue, noun=True)
    return cue


def _absorbs(
    lexicon: EventLexicon, words: tuple[str, ...], outer: tuple[int, int, Cue], first: int
) -> bool:
    """An event noun that names what an agreement, demand or refusal noun is about."""
    _, o_last, cue = outer
    governing = convention("governing_types")
    between = words[o_last:first]
    return (
        cue.noun
        and cue.type in governing
        and 0 < first - o_last <= 4
        and all(
            w in lexicon.determiners
            or w in lexicon.noun_target
            or w in lexicon.noun_partner
            or bool(lexicon.noun_agent.match_at((w,), 0))
            or w == "'"
            for w in between
        )
    )


def _demanded(
    lexicon: EventLexicon, words: tuple[str, ...], first: int, before: list[tuple[int, int, Cue]]
) -> bool:
    """A verb cue that is the infinitive complement of a demand, threat, refusal or agreement."""
    governing = convention("governing_types")
    for _, o_last, other in before:
        if other.noun or other.type not in governing or not 0 <= first - o_last <= GOVERNED_WINDOW:
            continue
        between = words[o_last:first]
        joined = any(w in lexicon.coordination or w in {",", ";"} for w in between)
        if not joined and any(w in lexicon.infinitive_markers for w in between):
            return True
    return False


def _internal_sentence_ends(text: str, tokens: Tokens) -> list[int]:
    """Sentence ends inside a segment (quoted passages are kept whole by the segmenter)."""
    ends = []
    for k, word in enumerate(tokens.words[:-1]):
        initial = k > 0 and len(tokens.words[k - 1]) == 1  # "U.S.", "J. Smith"
        if word in {".", "!", "?"} and not initial and text[tokens.starts[k + 1]].isupper():
            ends.append(k)
    return ends


def _span(tokens: Tokens, first: int, last: int) -> tuple[int, int]:
    return tokens.starts[first], tokens.ends[max(first, last - 1)]


def _make_events(
    context: EventContext,
    sentence: Sentence,
    tokens: Tokens,
    cue: Cue,
    first: int,
    last: int,
    left: int,
    right: int,
    sides: Sides,
) -> list[Event]:
    doc = context.doc
    trigger = _span(tokens, first, last)
    statement_index = context.statement_at(*trigger)
    statement = doc.statements[statement_index] if statement_index is not None else None
    actors = actors_of(sides.actors)
    phrase_only = cue.noun and cue.type in convention("phrase_sides_types")
    if (
        not actors
        and statement is not None
        and (
            sides.actor_from_speaker
            or (cue.type in convention("speaker_party_types") and not phrase_only)
        )
    ):
        # "« These talks will begin at once », the White House said": a party to talks or
        # deals it announces; for other types only a pronoun subject makes the speaker act.
        actors = [statement.speaker]
    window = (tokens.starts[left], tokens.ends[right - 1])
    actors, recipients, located = _placed_sides(
        context, sentence, window, cue.type, actors, sides.recipients)
    if not any(a.country for a in actors):
        return []  # an event needs a known side that acts
    evidence_start = min(
        [trigger[0]] + [m.start for m in sides.actors if m.start >= tokens.starts[left]]
    )
    evidence_end = max([trigger[1]] + [m.end for m in sides.recipients])
    quantities = _quantities(context, cue.type, window, (sentence.start, sentence.end))
    event = Event(
        type=cue.type,
        start=evidence_start,
        end=evidence_end,
        actors=actors,
        recipients=recipients,
        mode=mode_of(context, tokens, cue, left, right, first),
        # A noun (or a verb form opening its clause, so used as one: "Talks ... will begin")
        # takes its modality from the verb after it too.
        modality=modality_of(
            context,
            tokens,
            first,
            last,
            left,  # type: ignore[arg-type]
            right if cue.noun or first == left else None,
            noun=cue.noun,
        ),
        location=located[0].place if located else None,
        quantities=_unique_quantities(quantities),
        statement=statement_index,
        claimed_by=statement.speaker if statement is not None else None,
        trigger_span=trigger,
        confidence=0.4 + 0.2 * bool(actors) + 0.2 * bool(recipients) + 0.1 * (not cue.noun),
        passage=sentence.passage,
    )
    if event.modality == "future" and event.mode in convention("planned_as_agreement"):
        event.type, event.modality = "AGREE", "asserted"
    date_event(event, doc)
    if context.lexicon.reciprocal.find(tokens.words, left, right):
        if len(actors) < 2:  # "..., each accused the other": the two sides named before
            before = context.mentions_in(sentence.start, trigger[0])
            actors = actors_of(before)[-2:]
            event.actors = actors
        if len(actors) >= 2:
            return _reciprocal(event)
    return [event]


def _placed_sides(
    context: EventContext,
    sentence: Sentence,
    window: tuple[int, int],
    kind: str,
    actors: list[Actor],
    recipient_mentions: list[Mention],
) -> tuple[list[Actor], list[Actor], list[Mention]]:
    """Sides completed from the places named in the window (in text order, datelines out):
    "thousands protested in Kinshasa": the people of the place act; a protest with no named
    target is addressed to the authorities where it happens. Recipients never repeat an
    actor's country."""
    located = [
        m for m in context.places_in(*window)
        if m.label in ("PLACE", "ACTOR") and m.place.country  # type: ignore[union-attr]
        and not _dateline(context.doc.text, sentence, m)
    ]
    if not actors and located and kind in convention("place_actor_types"):
        actors = [_people_of(located[0], sector="CVL", type="group")]
    recipients = [
        a for a in actors_of(recipient_mentions) if a.country not in {x.country for x in actors}
    ]
    if not recipients and located and kind in convention("place_target_types"):
        recipients = [_people_of(located[0], sector="GOV", type="country")]
    return actors, recipients, located


def _reciprocal(event: Event) -> list[Event]:
    """ "X and Y accused each other": one event each way."""
    first, second = event.actors[0], event.actors[1]
    return [
        _replace_sides(event, [first], [second]),
        _replace_sides(event, [second], [first]),
    ]


def _replace_sides(event: Event, actors: list[Actor], recipients: list[Actor]) -> Event:

    return replace(event, actors=actors, recipients=recipients)


def _dateline(text: str, sentence: Sentence, mention: Mention) -> bool:
    """ "BAKU, May 4 (Wire) -": where the report was filed, not where the event was."""
    return (
        mention.start - sentence.start <= 2
        and mention.text.isupper()
        and text[mention.end : mention.end + 2] in {", ", " (", " -", " –", " —"}
    )


def _people_of(mention: Mention, *, sector: str, type: str) -> Actor:
    """The people (or the authorities) of a place, as a side of an event."""
    place = mention.place
    assert place is not None
    return Actor(
        name=place.name,
        canonical=place.canonical,
        country=place.country,
        sector=sector,
        type=type,  # type: ignore[arg-type]
    )


def _quantities(
    context: EventContext, kind: str, window: tuple[int, int], sentence: tuple[int, int]
) -> list[Quantity]:
    """Quantities of the clause that fit the event, and fitting ones elsewhere in the sentence."""
    fits = unit_types()
    out = []
    for quantity in context.quantities.within(*sentence):
        in_window = window[0] <= quantity.start and quantity.end <= window[1]
        types = fits.get(quantity.unit)
        if (in_window and (types is None or kind in types)) or (types and kind in types):
            out.append(quantity)
    return out


def _unique_quantities(quantities: list[Quantity]) -> list[Quantity]:
    seen: set[tuple[int, int]] = set()
    out = []
    for quantity in quantities:
        if (quantity.start, quantity.end) not in seen:
            seen.add((quantity.start, quantity.end))
            out.append(quantity)
    return out


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per trigger and sides: the same cue read twice adds nothing."""
    seen: set[tuple[Any, ...]] = set()
    out = []
    for event in events:
        key = (
            event.type,
            event.trigger_span,
            tuple(a.country for a in event.actors),
            tuple(a.country for a in event.recipients),
        )
        if key not in seen:
            seen.add(key)
            out.append(event)
    return out
