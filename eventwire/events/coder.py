"""PLOVER events of a document, read from the dependency tree of every sentence.

:mod:`eventwire.events.tree` reads who did what to whom from each sentence's parse; this
module turns its readings into events: sides completed from places, the statement an event
is told in and its claimant, quantities, dates, and one event each way for "each other".
Mentions of one happening are then folded into one event (:mod:`eventwire.events.merge`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from eventwire.events.context import EventContext, actors_of
from eventwire.events.counterpart import add_counterparts
from eventwire.events.dating import date_event
from eventwire.events.lexicon import convention, unit_types
from eventwire.events.merge import merge_mentions
from eventwire.events.predicates import Predicates, predicates
from eventwire.events.tree import Reading, SentenceTree
from eventwire.events.tree.common import OBJECT, base
from eventwire.events.tree.grammar import grammar
from eventwire.events.tree.words import negates
from eventwire.model import (
    POOLED_TYPES,
    Actor,
    Document,
    Event,
    Mention,
    Quantity,
    Sentence,
    Statement,
)
from eventwire.syntax.parse import char_span, sentence_language, token_at


def code_events(doc: Document) -> None:
    context = EventContext(doc)
    events: list[Event] = []
    sides: dict[str, int] = {}  # country -> events it was a side of, so far
    previous: Sentence | None = None
    for sentence in doc.sentences:
        told_before = [e for e in events if previous is not None and previous.passage ==
                       sentence.passage and previous.start <= e.start < previous.end]
        previous = sentence
        language = sentence_language(doc, sentence)
        lexicon = predicates(language)
        if sentence.parse is None or lexicon is None:
            continue  # no model or no lexicon for the language: no tree to read
        tree = SentenceTree(sentence, context.by_label["ACTOR"], lexicon, language)
        tree.sides_so_far = sides
        readings = tree.read()
        for reading in readings:
            if _purpose_of_same_act(sentence, reading, readings):
                continue
            found = _event_from_reading(context, sentence, reading, lexicon, told_before)
            if found and _denies_charges(tree, sentence, reading):
                found = [_denied_to_accuser(event, events) for event in found]
            if found and reading.anaphoric_topic:
                found = [_sides_of_told_act(event, reading.anaphoric_topic, events)
                         for event in found]
            events += found
            for event in found:
                for actor in (*event.actors, *event.recipients):
                    if actor.country:
                        sides[actor.country] = sides.get(actor.country, 0) + 1
    doc.events = merge_mentions(add_counterparts(_dedupe(_cuts_replace(events))))


def _denies_charges(tree: SentenceTree, sentence: Sentence, reading: Reading) -> bool:
    """Whether a rejection denies what someone said: a verb of denying ("denied that ...",
    "Alger dément") or one whose object is a charge ("rejected the accusations")."""
    entry = reading.predicate
    if entry.type != "REJECT" or reading.noun:
        return False
    if entry.kind == "claim":
        return True
    word = token_at(sentence, reading.trigger[0])
    return word is not None and any(
        c.dep_ in OBJECT and tree.report_noun(c, tree.triggers_now) for c in word.children)


def _sides_of_told_act(event: Event, topic: tuple[str, str | None], before: list[Event]
                       ) -> Event:
    """A stance on an act the document told before, named by a bare noun ("X and Y agreed on
    a truce ... The UN welcomed the agreement"; "rejected the demand"; "condemned the
    strike"): taken toward the sides of the latest such act (its doers; both parties of a
    joint act), of the noun's mode when it names one ("the truce": a ceasefire, not any deal)."""
    if event.recipients or event.type not in convention("told_act_stance_types"):
        return event
    kind, mode = topic
    own = {a.country for a in event.actors if a.country}
    for earlier in reversed(before):
        if earlier.type != kind or earlier.modality == "negated" or (
                mode is not None and earlier.mode != mode):
            continue
        sides = [*earlier.actors, *(earlier.recipients if kind in POOLED_TYPES else [])]
        receivers = [a for a in sides if a.country and a.country not in own]
        if receivers:
            return replace(event, recipients=receivers)
        return event
    return event


def _denied_to_accuser(event: Event, before: list[Event]) -> Event:
    """A denial that names no one is addressed to whoever the document last told accusing
    the denier, or claiming an act of the denier's ("X accused Y of ... Y denied"; "according
    to X, Y's troops fired ... Y rejected the accusations")."""
    if event.recipients or not event.actors:
        return event
    own = {a.country for a in event.actors if a.country}
    for earlier in reversed(before):
        if earlier.type == "ACCUSE" and own & {r.country for r in earlier.recipients}:
            accusers = [a for a in earlier.actors if a.country and a.country not in own]
        elif earlier.claimed_by is not None and own & {a.country for a in earlier.actors}:
            accusers = [earlier.claimed_by] if earlier.claimed_by.country not in own else []
        else:
            continue
        if accusers:
            return replace(event, recipients=accusers)
    return event


def _event_from_reading(context: EventContext, sentence: Sentence, reading: Reading,
                        lexicon: Predicates, told_before: list[Event] | None = None
                        ) -> list[Event]:
    """An event from what the tree says, with its date, place, quantities and statement
    (``told_before``: the events of the sentence before, for a subject it leaves unsaid)."""
    doc = context.doc
    entry = reading.predicate
    trigger = reading.trigger
    statement_index = context.statement_at(*trigger)
    statement = doc.statements[statement_index] if statement_index is not None else None
    actors = actors_of(reading.actors)
    lone_speaker = statement is not None and statement.speaker.type == "person"
    pronoun = (reading.pronoun_subject or _pronoun_light_verb(sentence, reading, lexicon)) \
        and not (reading.plural_pronoun and lone_speaker)
    party = entry.type in convention("speaker_party_types") and not reading.nameless_subject \
        and not (reading.noun and (
            entry.type in convention("phrase_sides_types") or not reading.recipients))
    if not actors and statement is not None and (pronoun or party):
        actors = [statement.speaker]  # "Tehran said it would retaliate"
    if not actors and statement is None and reading.first_person and context.issuer:
        actors = [context.issuer]  # "We warn ..." in a ministry's statement: the ministry
    if not actors and statement is None and told_before and _subject_left_to_before(
            sentence, reading, grammar(sentence_language(context.doc, sentence)).drops_subject):
        actors = _doers_before(told_before, actors_of(reading.recipients))
    kind, mode = entry.type, entry.mode
    if mode in convention("intransitive_modes") and entry.lemma not in lexicon.complaints \
            and _has_object(sentence, reading):
        return []  # "rallied support", "demonstrated its resolve": no crowd in the street
    if entry.transitive and not reading.noun and not _undergone(sentence, reading):
        return []  # "refugees returned home": no one is returned
    if entry.lemma in lexicon.breaking and _defied(sentence, reading, lexicon):
        kind, mode = "REJECT", None  # "violated the embargo": defiance, not an attack
    if entry.lemma in lexicon.complaints and not _described(sentence, reading):
        kind, mode = _state_protest(kind, mode, actors)
    if _background(sentence, reading, lexicon):
        return []
    window = (sentence.start, sentence.end)
    actors, recipients, located = _placed_sides(
        context, sentence, window, kind, actors, reading, statement)
    if not recipients and reading.posts:  # "recalled its ambassador in Georgetown"
        own = {a.country for a in actors}
        posted = [m for start, end in reading.posts for m in context.places_in(start, end)
                  if m.place and m.place.country and m.place.country not in own]
        recipients = [_people_of(posted[0], sector="GOV", type="country")] if posted else []
    if not any(a.country for a in actors) and not _unnamed_actor(kind, reading, recipients) \
            and not _countryless_actor(kind, actors, recipients):
        return []
    if not recipients and not _stands_alone(kind, reading, actors) \
            and not _threat_of_an_act(sentence, reading, lexicon):
        return []
    if reading.modality == "hypothetical" and kind in convention("supposed_types"):
        return []  # "would be vulnerable to further Russian attacks": no attack is told
    claimants = actors_of(reading.claimed_by or [])
    claimed_by = claimants[0] if claimants else (statement.speaker if statement else None)
    if claimed_by is not None and claimed_by.country in {a.country for a in actors} \
            and reading.claimed_by is not None and reading.modality != "negated":
        claimed_by = statement.speaker if statement else claimed_by
    quantities = _quantities(context, kind, window, window)  # type: ignore[arg-type]
    event = Event(
        type=kind,  # type: ignore[arg-type]
        start=reading.evidence[0],
        end=reading.evidence[1],
        actors=actors,
        recipients=recipients,
        mode=mode,
        modality=reading.modality,  # type: ignore[arg-type]
        location=located[0].place if located else None,
        quantities=_unique_quantities(quantities),
        statement=statement_index,
        claimed_by=claimed_by,
        trigger_span=trigger,
        confidence=0.5 + 0.2 * bool(recipients) + 0.1 * (not reading.noun),
        passage=sentence.passage,
    )
    if event.modality == "negated" and event.type in convention("refused_types") and \
            entry.kind in ("event", "commitment") and _negated_itself(sentence, reading, lexicon):
        event.type, event.mode = "REJECT", None  # "would not accept the conditions"
        event.modality = "asserted"
    if entry.joint and len({a.country for a in actors if a.country}) >= 2:
        event.type, event.mode = entry.joint, None  # "Chad and Niger held war games": joint
    if event.modality == "future" and (event.mode in convention("planned_as_agreement") or
                                       event.type in convention("planned_as_agreement_types")):
        event.type, event.modality = "AGREE", "asserted"
    date_event(event, doc)
    if reading.exchanged and recipients:  # "X traded accusations with Y": both ways
        return [event, _replace_sides(event, recipients, actors)]
    if reading.reciprocal and len(actors) >= 2 and event.mode in convention(
            "reciprocal_exchange_modes"):
        event.mode, event.recipients = "exchange", []  # released each other's prisoners
    if (reading.reciprocal or reading.exchanged) and len(actors) >= 2 and \
            event.type not in POOLED_TYPES and event.mode not in convention("mutual_modes"):
        return _reciprocal(event)  # "met each other" is one meeting of both, pooled
    return [event]


def _negated_itself(sentence: Sentence, reading: Reading, lexicon: Predicates) -> bool:
    """Whether a verb event carries its own negation ("would not accept", "n'a pas accepté",
    "не согласилась"), not one of a denial above it ("denied that it had agreed")."""
    token = token_at(sentence, reading.trigger[0])
    return token is not None and not reading.noun and any(
        negates((c.lemma_ or c.text).lower(), c, lexicon) for c in token.children)


def _placed_sides(
    context: EventContext,
    sentence: Sentence,
    window: tuple[int, int],
    kind: str,
    actors: list[Actor],
    reading: Reading,
    statement: Statement | None,
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
        a for a in actors_of(reading.recipients)  # type: ignore[arg-type]
        if a.country not in {x.country for x in actors}
    ]
    if not recipients and located and kind in convention("place_target_types"):
        recipients = [_people_of(located[0], sector="GOV", type="country")]
    if not recipients and actors and kind in convention("struck_place_types"):
        own = {a.country for a in actors}
        reach = _clause_reach(sentence, reading.trigger[0])
        # "Juba accused the army of bombing a village": the side that complains, named
        # where it speaks (its speaker counts for a clause it tells, not for a noun)
        claiming = {(m.start, m.end) for m in reading.claimed_by or []}
        if statement is not None and statement.speaker_span and not reading.noun:
            claiming.add(statement.speaker_span)
        struck = [m for m in located if m.place.country not in own  # type: ignore[union-attr]
                  and (reach is None or (m.start, m.end) in claiming
                       or any(lo <= m.start < hi for lo, hi in reach))]
        recipients = [_people_of(struck[0], sector="GOV", type="country")] if struck else []
    return actors, recipients, located


def _clause_reach(sentence: Sentence, trigger: int) -> list[tuple[int, int]] | None:
    """The characters of the clause an event is told in: the words under its verb (an event
    noun's verb), without the clauses that have a subject of their own ("fired on positions,
    days before the ministers meet in Geneva": Geneva is not where the fire struck). None when
    the sentence has no tree."""
    token = token_at(sentence, trigger)
    if token is None:
        return None
    verb = token
    while (verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("compound", "amod")) \
            and verb.head.i != verb.i:  # "of pillaging villages" read as a compound
        verb = verb.head
    reach: list[tuple[int, int]] = []
    above = verb  # "Phnom Penh accused Bangkok of shelling a temple": who tells or charges
    while above.head.i != above.i:  # it, the subject of a verb above, speaks for the side
        above = above.head  # hit
        reach += [char_span(sentence, w) for c in above.children
                  if base(c.dep_) == "nsubj" for w in c.subtree]
    stack = [verb]
    while stack:
        word = stack.pop()
        reach.append(char_span(sentence, word))
        stack.extend(c for c in word.children if not (
            c.pos_ in ("VERB", "AUX") and c.i != token.i
            and any(base(g.dep_) in ("nsubj", "csubj") for g in c.children)))
    return reach


def _stands_alone(kind: str, reading: Reading, actors: list[Actor]) -> bool:
    """Whether an event with no receiving side is still one: threats are made to someone,
    praise is of someone, of each other or of an act, and an attack only planned or supposed
    needs a target (conventions `addressed_types`, `praise_types`, `planned_target_types`)."""
    if kind in convention("addressed_types"):
        return False
    if kind in convention("praise_types"):
        return reading.topic or len({a.country for a in actors}) > 1
    return not (kind in convention("planned_target_types") and reading.modality in (
        "future", "hypothetical"))


def _defied(sentence: Sentence, reading: Reading, lexicon: Predicates) -> bool:
    """Whether a word of breaking ("violate", "нарушить") has as its object a measure of
    another side, an event noun of conventions `defied_types` ("the embargo", "the curfew"),
    or what a side holds (the language's `domains`: "its airspace"): breaking it defies it
    (PLOVER REJECT), and no attack is told."""
    token = _trigger_token(sentence, reading)
    if token is None:
        return False
    subjects = [c for c in token.children if c.dep_.split(":")[0] == "nsubj"]
    objects = [c for c in token.children if c.dep_.split(":")[0] == "obj"]
    if len(subjects) > 1:
        objects += subjects[1:]  # "Der Irak verletzte das Embargo": a second subject, misread
    return any(child.lemma_.lower() in lexicon.domains  # "violated its airspace"
               or any(e.type in convention("defied_types") and e.pos != "VERB"
                      for e in lexicon.lookup((child.lemma_.lower(),)))
               for child in objects)


def _pronoun_light_verb(sentence: Sentence, reading: Reading, lexicon: Predicates) -> bool:
    """ "Iraq said it had paid compensation": an event noun that is the object of a light verb
    whose subject is a pronoun is done by that pronoun, as "it had compensated" is, so the
    statement's speaker can stand for it; "they" may be more than the speaker."""
    token = _trigger_token(sentence, reading) if reading.noun and not reading.actors else None
    if token is None or token.dep_.split(":")[0] != "obj" \
            or token.head.lemma_.lower() not in lexicon.light_verbs:
        return False
    return any(child.dep_.split(":")[0] == "nsubj" and child.pos_ == "PRON"
               and "Plur" not in child.morph.get("Number")  # "they had a call": both sides
               for child in token.head.children)


def _has_object(sentence: Sentence, reading: Reading) -> bool:
    """Whether the reading's verb takes a direct object or a clause of its own ("demonstrated
    its resolve", "manifestó que ...")."""
    token = None if reading.noun else _trigger_token(sentence, reading)
    return token is not None and any(
        c.dep_.split(":")[0] in ("obj", "ccomp") for c in token.children)


def _undergone(sentence: Sentence, reading: Reading) -> bool:
    """Whether the reading's verb has something it is done to: a direct object, or a passive
    subject ("returned the bodies", "the bodies were returned"; not "returned home")."""
    token = _trigger_token(sentence, reading)
    return token is not None and any(c.dep_.split(":")[0] == "obj" or c.dep_ in (
        "nsubj:pass", "aux:pass", "csubj:pass") for c in token.children)


def _background(sentence: Sentence, reading: Reading, lexicon: Predicates) -> bool:
    """ "Taiwan raised its alert after Chinese incursions", "surrendered following an
    offensive": an act named as the time of another (an oblique or modifier under a word of
    `background`) is the setting of the sentence's event, not an event it tells. A span the
    act is counted in stands for it ("despite hours of negotiations": the hours are marked),
    when it is what the span counts (:func:`_counted`), not a later modifier of the span."""
    token = _trigger_token(sentence, reading)
    if not reading.noun or token is None or not lexicon.background or token.head.i == token.i:
        return False
    if token.dep_.split(":")[0] == "nmod" and token.head.lemma_.lower() in lexicon.measures \
            and _counted(token):
        token = token.head
    return token.dep_.split(":")[0] in ("obl", "nmod", "advcl") and any(
        c.dep_.split(":")[0] in ("case", "mark") and c.lemma_.lower() in lexicon.background
        for c in token.children)


def _purpose_of_same_act(sentence: Sentence, reading: Reading, readings: list[Reading]
                         ) -> bool:
    """ "telephoned his Peruvian counterpart to discuss ...", "a téléphoné à son homologue
    pour discuter de ...": a non-finite verb of a purpose clause (an adverbial clause with its
    marker, no subject or auxiliary of its own) under a verb read as the same type of act
    tells what that act was for, not a second act: the call is one consultation, with the
    partner the call names."""
    token = _trigger_token(sentence, reading)
    if token is None or reading.noun or token.head.i == token.i or \
            token.dep_.split(":")[0] not in ("advcl", "xcomp") or \
            "Fin" in token.morph.get("VerbForm") or not any(
                c.dep_ == "mark" and c.i < token.i for c in token.children) or any(
                c.dep_.split(":")[0] in ("nsubj", "aux", "csubj") for c in token.children):
        return False  # "..., while Israeli forces should withdraw": a clause of its own
    head = token.head
    return any(other is not reading and other.predicate.type == reading.predicate.type
               and not other.noun and getattr(_trigger_token(sentence, other), "i", None) == head.i
               for other in readings)


def _counted(noun: Any) -> bool:
    """Whether a noun is what the measure before it counts ("hours of tense talks", "horas de
    negociaciones", "Stunden Verhandlungen"): its phrase starts right after the measure; a
    later modifier of the measure ("hours of talks with the mediation of X") is not counted
    by it."""
    return noun.head.i < noun.i and noun.left_edge.i == noun.head.i + 1


def _subject_left_to_before(sentence: Sentence, reading: Reading, drops_subject: bool) -> bool:
    """Whether an act's verb, heading its sentence, has for subject a third-person pronoun
    ("On Tuesday it expelled", "elle a expulsé", "она выслала") or none written in the third
    person ("Al día siguiente, expulsó"): who does it was named in the sentence before."""
    token = _trigger_token(sentence, reading)
    if token is None:
        return False
    finite = [token, *[c for c in token.children if c.dep_.startswith("aux")]]
    if reading.noun or token.dep_ != "ROOT" or not any(
            "Fin" in w.morph.get("VerbForm") or w.morph.get("Mood") for w in finite):
        return False
    subjects = [c for c in token.children if c.dep_.startswith(("nsubj", "csubj", "expl"))]
    if not subjects:
        if not drops_subject:
            return False  # "Ballons ... hatten den Luftraum verletzt", misparsed: in a
            # language that writes its subjects, none found is a misreading, not one unsaid
        persons = token.morph.get("Person") + [m for c in token.children
                                               if c.dep_.startswith("aux")
                                               for m in c.morph.get("Person")]
        return "3" in persons and "1" not in persons and "2" not in persons
    pronoun = subjects[0]
    return len(subjects) == 1 and pronoun.pos_ == "PRON" and \
        pronoun.morph.get("PronType") in (["Prs"], []) and "3" in pronoun.morph.get("Person") \
        and "Sing" in pronoun.morph.get("Number")


def _doers_before(told_before: list[Event], recipients: list[Actor]) -> list[Actor]:
    """The one side of the latest act told in the sentence before that can do this act: of
    its doers and receivers, those not receiving this act ("Estonia accused Russia ... . On
    Tuesday it expelled a Russian diplomat": Estonia, as Russia does not expel its own).
    None when two remain ("X met Y's leader. He urged Z ...": either may have urged)."""
    received = {a.country for a in recipients if a.country}
    if not told_before:
        return []
    latest = told_before[-1]
    sides = {a.country: a for a in (*latest.actors, *latest.recipients)
             if a.country and a.country not in received}
    return list(sides.values()) if len(sides) == 1 else []


def _trigger_token(sentence: Sentence, reading: Reading) -> Any | None:
    """The token the reading's trigger begins at."""
    return token_at(sentence, reading.trigger[0])


def _threat_of_an_act(sentence: Sentence, reading: Reading, lexicon: Predicates) -> bool:
    """ "Iran threatened to close the strait", "threatened sanctions": a verb of threat proper (a
    `threats` entry that is no verb of speech: "threaten", "menacer", not "warn", "avertir")
    whose complement is an act to come threatens that act, whoever would suffer it; a warning
    or a threat noun still needs an addressee (conventions `addressed_types`)."""
    entry = reading.predicate
    if reading.conditional:  # "warned that it would respond if ...": a conditional warning
        return True
    token = _trigger_token(sentence, reading)
    if entry.kind != "threat" or entry.lemma in lexicon.speech_verbs or reading.noun \
            or token is None:
        return False
    if token.dep_.split(":")[0] in ("xcomp", "acl", "advcl", "csubj"):
        return False  # "will not be allowed to threaten": no threat is made
    return any(_threatened(child, entry.markers) for child in token.children)


def _threatened(child: Any, markers: frozenset[str]) -> bool:
    """Whether a child of a threat verb is what is threatened: its object or complement clause
    ("threatened sanctions", "threatened to close"), or a part marked by one of the verb's
    content markers ("amenazó con cerrar", "drohte mit der Schließung")."""
    dep = child.dep_.split(":")[0]
    if dep in ("obj", "xcomp", "ccomp"):
        return True
    return dep in ("advcl", "obl") and any(
        grand.dep_ in ("mark", "case") and grand.lemma_.lower() in markers
        for grand in child.children)


def _unnamed_actor(kind: str, reading: Reading, recipients: list[Actor]) -> bool:
    """ "Gunmen attacked a village in Mali", "the guards detained two Peruvians": the text
    names the act, whom it hit and a doer (a word of `unnamed_agents`, or for conventions
    `noun_doer_types` any noun naming no actor and no act), but gives the doer no side; the
    event stands with no actor (dev gold leaves the list empty where the text names none)."""
    named = (reading.unnamed_subject and kind in convention("unnamed_actor_types")) or (
        reading.noun_doer and kind in convention("noun_doer_types"))
    return named and any(r.country for r in recipients)


def _state_protest(kind: str, mode: str | None, actors: list[Actor]) -> tuple[str, str | None]:
    """ "France protested to Germany over the incident": a protest whose sides are all states
    (a country, or an office of government) is a diplomatic complaint, PLOVER ACCUSE
    (disapprove), not a demonstration (conventions `verbal_protest_types`); crowds, workers and
    the people of a place keep PROTEST (and so do "French farmers", whose country only
    describes them: the caller asks :func:`_described`)."""
    states = actors and all(a.type == "country" or a.sector == "GOV" for a in actors)
    if kind in convention("verbal_protest_types") and states:
        return "ACCUSE", "disapprove"
    return kind, mode


def _described(sentence: Sentence, reading: Reading) -> bool:
    """Whether a side of the reading is a word that describes a noun ("French" in "French
    farmers", "France" in "workers in France", "французские" in "французские фермеры"): the
    doer is the noun, not the state."""
    if sentence.parse is None:
        return False
    for mention in reading.actors:
        tokens = [t for t in sentence.parse
                  if mention.start <= sentence.parse_start + t.idx < mention.end]
        heads = [t for t in tokens if t.head not in tokens or t.head == t]
        if any(t.dep_ in ("amod", "compound", "nmod") and t.head.pos_ in ("NOUN", "PROPN", "ADJ")
               and t.head not in tokens for t in heads):  # "nmod:poss" is "Poland's": a state
            return True
    return False


def _countryless_actor(kind: str, actors: list[Actor], recipients: list[Actor]) -> bool:
    """ "President Smith threatened Russia": the doer is named but the text gives no country
    for them; the side that receives the act is named, or the act is the doer's alone
    ("General Smith resigned", conventions `doer_alone_types`). For these types (conventions
    `countryless_actor_types`) the event stands with the doer's country left empty, as dev
    gold leaves what the text does not give."""
    return (bool(actors) and kind in convention("countryless_actor_types")
            and (any(r.country for r in recipients) or kind in convention("doer_alone_types")))


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


def _cuts_replace(events: list[Event]) -> list[Event]:
    """ "The United States banned all aid to Cuba": a verb that cuts off an act is the SANCTION
    of that act; its own reading of the types of conventions `cut_replaces_types` (the ban,
    COERCE) is the same happening told twice and goes."""
    cutting = {e.trigger_span for e in events if e.type == "SANCTION" and e.mode == "discontinue"}
    return [e for e in events
            if not (e.trigger_span in cutting and e.type in convention("cut_replaces_types"))]


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
