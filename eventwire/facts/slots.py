"""Fact slots of one document: durations, counts by kind, start and end dates, venues,
mediators, signatories and scope, each tied to the happening it is about.

Works from what the earlier stages found (sentences, quantities, dates, actor and place
mentions, statements, events); the words that say what a figure counts or where a happening
took place are language data (``lang/<code>/facts.yaml``). A figure with no happening word
of a fitting kind in its sentence is no fact: it cannot be compared with anything.
"""

from __future__ import annotations

import copy
import math
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from eventwire.facts.clock import clock_times
from eventwire.facts.governed import governed
from eventwire.facts.lexicon import FactWords, fact_words
from eventwire.facts.own import own_counts
from eventwire.facts.quotes import quote_facts
from eventwire.facts.scope import find_scope, outside_names, scope_tags
from eventwire.facts.subject import (
    CLAUSE_BREAK,
    VENUE_KINDS,
    Noun,
    after_venue_word,
    date_near,
    distance,
    folded,
    happening,
    happening_nouns,
    parties_near,
    subject_at,
    to_text,
)
from eventwire.model import Document, Event, Quantity, Sentence
from eventwire.records import ActorRef, Evidence, FactRecord, HappeningRef
from eventwire.syntax.parse import token_at
from eventwire.text.view import fold

# Durations are told in hours for short things and in days for periods.
SHORT_UNITS = {"second": 1 / 3600, "minute": 1 / 60, "hour": 1.0}
LONG_UNITS = {"day": 1.0, "week": 7.0, "month": 30.0, "year": 365.0}
MONTH_DAYS = (28.0, 31.0)  # "a month" is any of these lengths
YEAR_DAYS = (365.0, 366.0)
APPROXIMATE = 0.1  # "about 100" spans [90, 110]
# Which kinds of happening a duration of each scale, or a count of each kind, can describe;
# the first is assumed when the sentence names none (a toll needs no noun).
SHORT_KINDS = frozenset({"call", "talks", "attack", "signing"})
LONG_KINDS = frozenset({"truce", "talks"})
COUNT_KINDS: dict[str, tuple[str, frozenset[str]]] = {
    "prisoner": ("exchange", frozenset({"exchange"})),
    "hostage": ("exchange", frozenset({"exchange"})),
    "body": ("exchange", frozenset({"exchange"})),
    "wounded": ("toll", frozenset({"exchange", "attack"})),
    "killed": ("toll", frozenset({"attack", "conflict"})),
    "displaced": ("toll", frozenset({"conflict", "attack"})),
}
# Lengths and distances are told in km; what they can be of.
LENGTH_UNITS = {"km": 1.0, "mile": 1.609344, "metre": 0.001}
LENGTH_KINDS = frozenset({"corridor", "zone", "withdrawal"})
# What happened to the people counted: beside a noun kind in the same clause ("soldiers ...
# killed"), the fate is what the number counts.
FATES = frozenset({"killed", "wounded", "displaced"})
# What the people counted are, whatever befell them: a word of it nearer the number than a
# fate says what is counted ("1000 тіл загиблих військових": bodies of the killed).
STATES = frozenset({"body"})
# Happenings of handing people over: a party's capital after a venue word that doubles as
# "to" ("a Kiev", "à Moscou") is the government receiving them, not where it took place.
HANDED_KINDS = frozenset({"exchange"})
UNIT_COUNTS = {"prisoner": "prisoner", "killed": "killed", "injured": "wounded", "body": "body"}
PEOPLE_UNITS = frozenset({"prisoner", "soldier", "person", "killed", "injured", "people",
                          "body"})
BARE = "count"  # a number with no unit noun: a count only if a count word says of what
DATED_KINDS = frozenset({"call", "talks", "signing", "exchange"})  # told with their day
TAG_KINDS = frozenset({"truce", "talks", "exchange", "signing"})
BROKERED = ("talks", "exchange")  # what a mediator brokers, first what is told first
BEFORE = 25  # characters before a number where a count word may stand ("killed 12")
TREE_ARGUMENTS = frozenset({"nsubj", "nsubj:pass", "obj", "obl"})  # a noun whose verb says
# its fate ("obl": the personal "a" of "mató el lunes a 11 civiles", read as oblique)
LEAD = 40  # characters before a number where "each side" may make it a count per side
WINDOW = 40  # characters after a number where the words saying what it counts may stand
NEAR = 80  # a duration further than this from its happening word (see subject.distance) is
# more likely about something else ("18 years" of occupation beside a "ceasefire")


@dataclass
class _Context:
    doc: Document
    words: FactWords
    sentence: Sentence
    nouns: list[Noun]
    taken: set[int]  # starts of dates used as a start or an end
    before: list[Event]  # the document's events whose trigger starts before the sentence ends
    mediators: frozenset[str] = frozenset()  # countries named as mediators: no party here
    mediators_here: frozenset[str] = frozenset()  # ... named so in this sentence
    venues: dict[int, str] = field(default_factory=dict)  # meeting noun start -> its venue
    # ids of the happenings told as another one ("the previous exchange") with no day: their
    # figures cannot be set against anything, and are left out
    elsewhere: set[int] = field(default_factory=set)
    # the one set of two or more parties the document's earlier facts name (none: not one)
    discourse: tuple[str, ...] = ()
    # the kinds of happening the document's earlier sentences gave facts of
    told_kinds: frozenset[str] = frozenset()
    # the kinds of happening word the sentence before this one holds
    previous_kinds: frozenset[str] = frozenset()


def find_facts(doc: Document) -> None:
    """Pipeline stage: fill ``doc.facts`` with the document's fact records."""
    words = fact_words(doc.language)
    if words is None or doc.view is None:
        doc.facts = []
        return
    facts: list[FactRecord] = []
    local = _SentenceItems(doc)
    mediating: frozenset[str] = frozenset()
    previous: frozenset[str] = frozenset()
    for sentence in doc.sentences:
        here = local.of(sentence)
        nouns = happening_nouns(here, sentence, words)  # none: only counts can be told
        ctx = _Context(here, words, sentence, nouns, set(), local.before(sentence))
        ctx.previous_kinds, previous = previous, frozenset(n.kind for n in nouns)
        pairs = {f.happening.parties for f in facts
                 if f.happening is not None and len(f.happening.parties) >= 2}
        ctx.discourse = next(iter(pairs)) if len(pairs) == 1 else ()
        ctx.told_kinds = frozenset(f.happening.kind for f in facts if f.happening is not None)
        # the countries named as mediators so far, in this sentence or before, are no party
        # of its happenings ("Die Gespräche dauerten zwei Stunden" after "unter Vermittlung
        # der Türkei und Katars": not talks between Turkey and Qatar)
        ctx.mediators_here = frozenset(code for _, _, _, codes in
                                       _named_lists(ctx, words.mediators, person=False)
                                       for code in codes)
        ctx.mediators = ctx.mediators_here | mediating
        mediating |= ctx.mediators
        told = _dates(ctx)  # first: a truce's start is no day of the talks beside it
        venues = _venues(ctx)
        ctx.venues = _venue_of_nouns(ctx, venues)
        told += _quantities(ctx)
        told += [f for _, f in venues]
        told += _days(ctx)
        told += _released_day(ctx, told)
        told += _times(ctx)
        told += _named_sets(ctx, words.mediators, "mediators", person=False)
        told += _named_sets(ctx, words.signatories, "signatories", person=True)
        told += _scope(ctx)
        facts += [f for f in told if id(f.happening) not in ctx.elsewhere]
    facts += quote_facts(doc)  # who said each quote a named person is given
    facts.sort(key=lambda f: (f.evidence.span[0], f.evidence.span[1], f.attribute))
    doc.facts = [_with_id(doc, n, f) for n, f in enumerate(facts)]


class _SentenceItems:
    """The document as one sentence's facts see it: its dates, quantities, mentions and
    events cut to those that start in the sentence (each list in its own order).

    Every reader here looks only inside the sentence, but scanned the document's whole lists
    for each sentence: a long document's length squared (33 of 58 CPU s at 512 KB).
    """

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.lists = {name: _by_start(getattr(doc, name), start)
                      for name, start in (("dates", _start), ("quantities", _start),
                                          ("mentions", _start), ("events", _trigger_start))}

    def before(self, sentence: Sentence) -> list[Event]:
        """The document's events whose trigger starts before the sentence ends, in order."""
        starts, items = self.lists["events"]
        return [item for _, item in items[:bisect_left(starts, sentence.end)]]

    def of(self, sentence: Sentence) -> Document:
        here = copy.copy(self.doc)
        for name, (starts, items) in self.lists.items():
            chosen = items[bisect_left(starts, sentence.start):bisect_left(starts, sentence.end)]
            setattr(here, name, [item for _, item in sorted(chosen, key=lambda p: p[0])])
        return here


def _start(item: Any) -> int:
    return int(item.start)


def _trigger_start(event: Any) -> int:
    return int((event.trigger_span or (event.start, event.end))[0])


def _by_start(items: list[Any], start: Callable[[Any], int]
              ) -> tuple[list[int], list[tuple[int, Any]]]:
    ordered = sorted(enumerate(items), key=lambda pair: (start(pair[1]), pair[0]))
    return [start(item) for _, item in ordered], ordered


CALLED_KINDS = frozenset({"call"})  # happenings a mediator of another can be a side of


def _about(ctx: _Context, sentence: Sentence, noun: Noun | None, kind: str,
           **extra: Any) -> HappeningRef:
    """The happening a fact of this sentence is about (:func:`happening` with the context's
    nouns, used dates and the events told before). The sentence's mediators are no party of
    any of its happenings ("talks ... mediated by Turkey lasted four hours"), and a meeting
    is held where the sentence says it was ("talks in Geneva lasted four hours"): a round
    elsewhere on another day is another meeting."""
    exclude = ctx.mediators
    if kind in CALLED_KINDS and noun is not None:
        # a call is between the leaders its own clause names, a mediator's too ("the
        # Venezuelan president held a call with the Brazilian president" after talks
        # mediated by Brazil); "the two countries' presidents" are still not the mediator's
        exclude -= set(parties_near(ctx.doc, sentence, noun, ctx.mediators_here))
    extra.setdefault("exclude", exclude)
    if noun is not None and noun.start in ctx.venues:
        extra.setdefault("venue", ctx.venues[noun.start])
    h = happening(ctx.doc, sentence, noun, kind, ctx.taken, nouns=ctx.nouns,
                  before=ctx.before, **extra)
    if noun is not None and not h.parties and ctx.discourse and _the_sides(ctx, noun):
        h = replace(h, parties=ctx.discourse)  # "the sides agreed to swap 250 for 250"
    if noun is not None and ((h.date is None and (_another(ctx, noun) or
                                                  _another_day(ctx, noun)))
                             or _again(ctx, noun)):
        ctx.elsewhere.add(id(h))
    return h


def _the_sides(ctx: _Context, noun: Noun) -> bool:
    """Words naming the two sides unnamed ("the sides", "обе стороны") stand in the subject
    of the verb the happening noun hangs on, in the tree (or of the verb above that)."""
    pattern = ctx.words.the_sides
    token = _parse_span(ctx, noun.start, noun.end)
    if pattern is None or token is None:
        return False
    offset = ctx.sentence.parse_start
    word = token.root
    for _ in range(3):  # the noun, the verb it completes, the verb that governs that
        for subject in (c for c in word.children if c.dep_ in SUBJECTS):
            lo = offset + subject.left_edge.idx
            hi = offset + subject.right_edge.idx + len(subject.right_edge.text)
            if pattern.search(folded(ctx.doc, lo, hi)[0]):
                return True
        if word.head.i == word.i:
            break
        word = word.head
    return False


def _again(ctx: _Context, noun: Noun) -> bool:
    """A happening of a kind the document has told already, told as a repeat by a word
    within two words of it ("the officers met again in Nairobi", "se sont de nouveau
    réunis", "trafen sich erneut"): another happening than the one told, on its own day or
    none, so its figures are compared with none (the repeat's day set beside the first
    meeting's had made a false disagreement of the day)."""
    pattern = ctx.words.again
    if pattern is None or noun.kind not in ctx.told_kinds:
        return False
    s = ctx.sentence
    before = folded(ctx.doc, max(s.start, noun.start - 40), noun.start)[0].split()[-2:]
    after = folded(ctx.doc, noun.end, min(s.end, noun.end + 40))[0].split()[:2]
    return any(pattern.search(" ".join(w.strip(",.;:") for w in words)) is not None
               for words in (before, after))


def _another(ctx: _Context, noun: Noun) -> bool:
    """A word right before or after a happening noun makes it another happening than the
    one the text tells ("the previous exchange", "l'échange précédent")."""
    pattern = ctx.words.another
    if pattern is None:
        return False
    s = ctx.sentence
    before = folded(ctx.doc, max(s.start, noun.start - 30), noun.start)[0].split()
    after = folded(ctx.doc, noun.end, min(s.end, noun.end + 30))[0].split()
    near = before[-1:] + after[:1]
    return any(pattern.fullmatch(w.strip(",.;:")) is not None for w in near)


def _another_day(ctx: _Context, noun: Noun) -> bool:
    """A happening of a kind the document has told already, in a sentence that places it on
    another day ("The day before, the working groups met for five hours", "Накануне, во
    вторник, прошла встреча"): another meeting than the one told, not the same told again.
    The words must not lead to the noun itself ("the day before the talks", "накануне
    переговоров", "la veille des pourparlers": the talks' eve, and the talks are the ones
    told): a comma, or more than two words, stand between them."""
    pattern = ctx.words.another_day
    if pattern is None or noun.kind not in ctx.told_kinds:
        return False
    before, _ = folded(ctx.doc, ctx.sentence.start, noun.start)
    return any(rest.lstrip().startswith(",") or len(rest.split()) > 2
               for rest in (before[m.end():] for m in pattern.finditer(before)))


def _venue_of_nouns(ctx: _Context, venues: list[tuple[Noun, FactRecord]]) -> dict[int, str]:
    """The venue of each meeting noun of the sentence: the one its venue fact names, else the
    sentence's only venue."""
    named = {noun.start: str(f.value) for noun, f in venues}
    # where a truce was agreed (:func:`_agreed_at`) is no meeting's venue: "firmaron en Riad
    # una tregua con la mediación de ...", the mediation is told, not held there
    places = {str(f.value) for noun, f in venues if noun.kind in VENUE_KINDS}
    agreed = ctx.words.agreed is not None and ctx.words.agreed.search(
        folded(ctx.doc, ctx.sentence.start, ctx.sentence.end)[0]) is not None
    if len(places) == 1:
        only = next(iter(places))
        for noun in ctx.nouns:
            # an exchange agreed in the sentence is held elsewhere than the talks that agreed
            # it ("agreed in Ankara, under X's mediation, on a swap"; see :func:`_venues`)
            if noun.kind in VENUE_KINDS and not (noun.kind in HANDED_KINDS and agreed):
                named.setdefault(noun.start, only)
    return named


def _with_id(doc: Document, n: int, fact: FactRecord) -> FactRecord:
    return replace(fact, id=f"{doc.id}/f{n}")


def subject_key(h: HappeningRef) -> str:
    """A readable key for a happening: kind, sides, day and venue as far as known."""
    parts = [h.kind, "+".join(h.parties) or "?", h.date or "?"]
    if h.venue:
        parts.append(h.venue)
    return ":".join(parts)


def _fact(ctx: _Context, h: HappeningRef, attribute: str, value: object, unit: str | None,
          interval: tuple[float | None, float | None] | None, span: tuple[int, int]
          ) -> FactRecord:
    doc = ctx.doc
    statement = next((s for s in doc.statements if s.start <= span[0] and span[1] <= s.end),
                     None)
    claimed = None
    if statement is not None:
        record = statement.speaker.as_record()
        claimed = ActorRef(**record)
    carriers = tuple(statement.reported_by) if statement is not None else ()
    return FactRecord(
        id="", document=doc.id, subject=subject_key(h), attribute=attribute, value=value,
        unit=unit, interval=interval, text=doc.text[span[0]:span[1]],
        statement=statement.id if statement is not None else None, claimed_by=claimed,
        reported_by=carriers or carried_by(doc, ctx.sentence.start, ctx.sentence.end),
        evidence=Evidence(doc.text[ctx.sentence.start:ctx.sentence.end],
                          (ctx.sentence.start, ctx.sentence.end)),
        happening=h,
    )


WIRE_REACH = 40  # characters after a dateline's date where the wire that filed it stands


def carried_by(doc: Document, start: int, end: int) -> tuple[str, ...]:
    """The news sources a figure came through when no statement says: those named in its
    sentence ("according to Reuters", "officials told TASS"), else the wire whose mark
    follows the text's dateline ("KYIV, May 4 (Reuters) -"). Three outlets that carry one
    wire's figure are then one voice."""
    sources = [m for m in doc.mentions if m.label == "SOURCE" and m.source]
    named = [m.source for m in sources if start <= m.start and m.end <= end]
    if not named:
        lines = [d.end for d in doc.dates if d.dateline]
        named = [m.source for m in sources for at in lines
                 if 0 <= m.start - at <= WIRE_REACH]
    return tuple(str(n) for n in dict.fromkeys(named))


# ---------------------------------------------------------------- numbers

def _num(x: float) -> float | int:
    x = round(x, 4)
    return int(x) if float(x).is_integer() else x


def _bound_words(ctx: _Context, q: Quantity) -> str | None:
    """A bound word of the language's facts data right before a number, or opening the
    quantity's own words ("a little over an hour", "nearly four hours")."""
    lead = max(ctx.sentence.start, q.start - 30)
    text, _ = folded(ctx.doc, lead, q.end)
    at = len(folded(ctx.doc, lead, q.start)[0])
    for bound, pattern in ctx.words.bounds:
        for m in pattern.finditer(text):
            if m.start() == at or (m.end() <= at and not text[m.end():at].strip()):
                return bound
    return None


def interval_of(q: Quantity, factor: float, bound: str | None = None,
                span: tuple[float, float] | None = None) -> tuple[float | None, float | None]:
    """The values a quantity's wording allows, times ``factor``: "more than an hour" is
    [1, None], "about 100" [90, 110], "a month" [28, 31] days, "two to three days" [2, 3]."""
    lo_f, hi_f = span or (factor, factor)
    value = q.value
    low = q.low if q.low is not None else None
    high = q.high if q.high is not None else None
    if low is None and high is None and bound == "above":
        low = value
    if low is None and high is None and bound == "below":
        high = value
    if bound == "nearly":  # "nearly 2.5 hours": a little short of it, not anything below
        low, high = value * (1 - APPROXIMATE), value
    if low is not None or high is not None:
        lo = low * lo_f if low is not None else (
            high * hi_f * (1 - APPROXIMATE) if q.approximate and high else 0.0)
        hi = high * hi_f if high is not None else None
        return (_num(lo), None if hi is None else _num(hi))
    if q.approximate:
        return (_num(value * lo_f * (1 - APPROXIMATE)), _num(value * hi_f * (1 + APPROXIMATE)))
    return (_num(value * lo_f), _num(value * hi_f))


def _quantities(ctx: _Context) -> list[FactRecord]:
    out = []
    s = ctx.sentence
    for q in ctx.doc.quantities:
        if not (s.start <= q.start < s.end) or not math.isfinite(q.value):
            continue
        unit = q.unit.lower()
        bound = _bound_words(ctx, q)
        if unit in SHORT_UNITS or unit in LONG_UNITS:
            out += _duration(ctx, q, unit, bound)
        elif unit in LENGTH_UNITS:
            out += _length(ctx, q, unit, bound)
        elif unit in PEOPLE_UNITS or unit == BARE:
            out += _count(ctx, q, unit, bound)
    for own in own_counts(ctx.doc, s):  # "three of its soldiers": the speaker's side's
        q = own.quantity
        for fact in _count(ctx, q, q.unit, None) or _count(ctx, q, q.unit, None,
                                                           _fate_above(ctx, q)):
            if fact.attribute.removesuffix("_per_side") in SIDED_COUNTS:
                fact.extra.pop("groups", None)  # its people are named, not one of groups
                fact.extra["of"] = f"{own.side} {own.quantity.unit}"
                out.append(fact)
    return out


def _length(ctx: _Context, q: Quantity, unit: str, bound: str | None) -> list[FactRecord]:
    """The length of a corridor or zone, or how far forces pull back, in km (5 miles =
    8.0467 km): only beside a word saying what it measures."""
    factor = LENGTH_UNITS[unit]
    noun = subject_at(ctx.doc, ctx.sentence, (q.start, q.end), ctx.nouns, LENGTH_KINDS)
    if noun is None or distance(ctx.doc, (q.start, q.end), (noun.start, noun.end)) > NEAR:
        return []
    h = _about(ctx, ctx.sentence, noun, noun.kind)
    return [_fact(ctx, h, "length", _num(q.value * factor), "km",
                  interval_of(q, factor, bound), (q.start, q.end))]


def _duration(ctx: _Context, q: Quantity, unit: str, bound: str | None) -> list[FactRecord]:
    short = unit in SHORT_UNITS
    factor = SHORT_UNITS[unit] if short else LONG_UNITS[unit]
    span = None
    if unit == "month":
        span = MONTH_DAYS
    elif unit == "year":
        span = YEAR_DAYS
    kinds = SHORT_KINDS if short else LONG_KINDS
    noun = subject_at(ctx.doc, ctx.sentence, (q.start, q.end), ctx.nouns, kinds)
    if noun is None or distance(ctx.doc, (q.start, q.end), (noun.start, noun.end)) > NEAR:
        noun = _subject_in_tree(ctx, q, kinds)
    if noun is None:
        return []
    h = _about(ctx, ctx.sentence, noun, noun.kind)
    return [_fact(ctx, h, "duration", _num(q.value * factor), "hour" if short else "day",
                  interval_of(q, factor, bound, span), (q.start, q.end))]


SUBJECTS = frozenset({"nsubj", "nsubj:pass", "csubj"})


def _quantity_span(ctx: _Context, q: Quantity) -> Any | None:
    """The words of the sentence's parse a figure stands on; None without a parse."""
    return _parse_span(ctx, q.start, q.end)


def _parse_span(ctx: _Context, start: int, end: int) -> Any | None:
    """The words of the sentence's parse over ``[start, end)``; None without a parse."""
    parse = ctx.sentence.parse
    if parse is None:
        return None
    offset = ctx.sentence.parse_start
    span = parse.char_span(start - offset, end - offset, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _held_in_tree(ctx: _Context, start: int, end: int) -> Noun | None:
    """The happening noun a place is where of, in the tree: the noun it modifies ("talks in
    Istanbul", "une frappe à Kharkiv"), or the subject of the verb it completes ("the talks
    ... lasted three days in Abu Dhabi"); None when the tree names no happening noun."""
    span = _parse_span(ctx, start, end)
    if span is None:
        return None
    offset = ctx.sentence.parse_start
    root = span.root
    if root.head.i == root.i:
        return None
    head = root.head
    if root.dep_.startswith("nmod"):
        words = [head]
    elif root.dep_.startswith("obl"):
        words = [c for c in head.children if c.dep_ in SUBJECTS]
    else:
        return None
    for word in words:
        lo, hi = offset + word.idx, offset + word.idx + len(word.text)
        for noun in ctx.nouns:
            if noun.start < hi and lo < noun.end:
                if root.dep_.startswith("nmod") and any(
                        noun.end <= other.start and other.end <= start for other in ctx.nouns):
                    return None  # another happening word between: the parse is no surer
                return noun  # than the nearest word ("échange ..., frappe à Kharkiv")
    return None


def _subject_in_tree(ctx: _Context, q: Quantity, kinds: frozenset[str]) -> Noun | None:
    """The happening noun that is the subject of the verb a figure hangs on, or the noun a
    relative clause with that verb tells of, however far apart they stand ("Talks between
    A and B in Vienna, mediated by C, lasted three hours"; "a call with X, which lasted")."""
    span = _quantity_span(ctx, q)
    if span is None:
        return None
    offset = ctx.sentence.parse_start
    verb = span.root.head
    for _ in range(2):  # "lasted three hours", "dauerten drei Stunden lang"
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        if verb.dep_.startswith("acl") or any(  # "a call with X, which lasted about an
                "Rel" in w.morph.get("PronType") for w in subjects):  # hour" (a relative
            # clause: the happening told last before it; parsers hang it on X as often)
            opens = offset + verb.left_edge.idx
            before = [n for n in ctx.nouns if n.kind in kinds and n.end <= opens]
            if before:
                return before[-1]
        for subject in subjects:
            lo, hi = offset + subject.idx, offset + subject.idx + len(subject.text)
            for noun in ctx.nouns:
                if noun.kind in kinds and noun.start < hi and lo < noun.end:
                    return noun
        if subjects or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _count_kind(ctx: _Context, q: Quantity, unit: str) -> str | None:
    """What a number of people counts: a count word right before it ("killing 12 soldiers"),
    else the nearest after it ("12 people killed"), else one before it, else its unit's kind."""
    after, _ = folded(ctx.doc, q.start, min(ctx.sentence.end, q.end + WINDOW))
    before, _ = folded(ctx.doc, max(ctx.sentence.start, q.start - BEFORE), q.start)
    for kind, pattern in ctx.words.counts:  # the verb right before governs the number
        if _closes(pattern, before) is not None:  # ("killing seven soldiers")
            return kind
    state = _state_before(ctx, before)
    if state is not None:  # "die Leichen von 14 marokkanischen Soldaten": bodies, whatever
        return state  # the words after the number say
    of = _counted_of(ctx, q)
    if of is not None:  # "the bodies of 1,000 soldiers": bodies, not soldiers
        return of
    fate = _fate_in_tree(ctx, q)
    if fate is not None:  # "zwölf Menschen wurden bei dem Angriff ... getötet"
        return fate
    clause = re.split(r"[,;:]", after, maxsplit=1)[0]
    # a conjunct after the counted noun, or after the verb it hangs on, tells its own ("25
    # détenus et les corps de 14 soldats", "звільнять по 25 полонених і передадуть тіла 12
    # загиблих"): its words are not this count's
    clause = clause[:_conjunct_after(ctx, q, len(clause))]
    # prisoners named by their own noun are no bodies a later word names ("liberará a 25
    # prisioneros y ... devolverá los cuerpos de 12": the bodies are the 12)
    states = frozenset() if unit == "prisoner" else STATES
    fates = [(hit.start(), kind) for kind, pattern in ctx.words.counts
             if kind in (FATES | states) and (hit := pattern.search(clause))]
    if fates:  # "thousands of soldiers are being killed": the fate says what is counted;
        return min(fates)[1]  # "1000 тіл загиблих": the bodies of the dead, bodies
    own_fate = any(kind in FATES and pattern.search(after) for kind, pattern in ctx.words.counts)
    shared = None if own_fate else _fate_in_tree(ctx, q, conjunct=True)
    if shared is not None:  # "tuant cinq soldats et deux civils": the civilians killed too
        return shared
    for text, last in ((after, False), (before, True)):
        best: tuple[int, str] | None = None
        for kind, pattern in ctx.words.counts:
            hits = list(pattern.finditer(text))
            if not hits:
                continue
            at = -hits[-1].end() if last else hits[0].start()
            if best is None or at < best[0]:
                best = (at, kind)
        if best is not None:
            return best[1]
    return _count_of_subject(ctx, q) or UNIT_COUNTS.get(unit) or _exchanged(ctx, unit)


def _state_before(ctx: _Context, before: str) -> str | None:
    """What the people a number counts are, said right before it through a link word
    (facts.yaml ``state_links``): "die Leichen von 14", "les corps de 12"."""
    link = ctx.words.state_links
    if link is None:
        return None
    words = before.split()
    if not words or not link.fullmatch(words[-1]):
        return None
    rest = before[:before.rstrip().rfind(words[-1])]
    for kind, pattern in ctx.words.counts:
        if kind in STATES and _closes(pattern, rest) is not None:
            return kind
    return None


EXCHANGED_UNITS = frozenset({"person", "soldier"})


def _exchanged(ctx: _Context, unit: str) -> str | None:
    """People or soldiers with no word of their fate, in a sentence that tells an exchange
    and no violence, are the prisoners exchanged ("обменялись военнопленными, каждая
    сторона передала по 250 человек")."""
    kinds = {n.kind for n in ctx.nouns}
    if unit in EXCHANGED_UNITS and "exchange" in kinds and not kinds & VIOLENT_KINDS:
        return "prisoner"
    return None


VIOLENT_KINDS = frozenset({"attack", "conflict"})
CONJUNCT_REACH = 3  # heads walked up from a counted noun to the verb it hangs on


def _conjunct_after(ctx: _Context, q: Quantity, limit: int) -> int:
    """Where, in the folded text from the start of ``q``, the first conjunct after its
    counted noun begins, of the noun or of a word it hangs on (``limit`` when none does
    before it)."""
    span = _quantity_span(ctx, q)
    if span is None:
        return limit
    noun = span.root.head if span.root.dep_.startswith("nummod") else span.root
    base = ctx.doc.view.view_offset(q.start)
    word, out = noun, limit
    for _ in range(CONJUNCT_REACH):
        for c in word.children:
            if c.dep_ == "conj" and c.i > noun.i:
                at = ctx.doc.view.view_offset(ctx.sentence.parse_start + c.left_edge.idx)
                if at > base:
                    out = min(out, at - base)
        if word.head.i == word.i:
            break
        word = word.head
    return out


def _count_of_subject(ctx: _Context, q: Quantity) -> str | None:
    """What a bare number counts when the subject of the verb it completes says so, however
    far before it ("the death toll from the strike rose to 14", "die Zahl der Toten stieg
    auf 14", "число погибших возросло до 14"): the first count word of that subject."""
    span = _quantity_span(ctx, q)
    if span is None:
        return None
    verb = span.root.head
    if span.root.dep_ not in VERB_COMPLEMENTS or verb.i == span.root.i:
        return None
    offset = ctx.sentence.parse_start
    for subject in (c for c in verb.children if c.dep_ in SUBJECTS):
        lo = offset + subject.left_edge.idx
        hi = offset + subject.right_edge.idx + len(subject.right_edge.text)
        text, _ = folded(ctx.doc, lo, hi)
        hits = [(m.start(), kind) for kind, pattern in ctx.words.counts
                if (m := pattern.search(text))]
        if hits:
            return min(hits)[1]
    return None


VERB_COMPLEMENTS = frozenset({"obl", "obj", "nmod", "xcomp", "advmod"})  # "rose to 14"


def _counted_of(ctx: _Context, q: Quantity) -> str | None:
    """The kind of a count word whose complement the people a number counts are ("the
    bodies of 1,000 soldiers", "i corpi di mille soldati", "the deaths of 12 civilians"):
    the word that heads them says what is counted."""
    span = _quantity_span(ctx, q)
    if span is None:
        return None
    noun = span.root.head if span.root.dep_.startswith("nummod") else span.root
    if not noun.dep_.startswith("nmod") or noun.head.i == noun.i:
        return None
    head = fold(noun.head.text)
    for kind, pattern in ctx.words.counts:
        if pattern.fullmatch(head):
            return kind
    return None


def _fate_in_tree(ctx: _Context, q: Quantity, *, conjunct: bool = False) -> str | None:
    """The fate of the people a number counts, read from the verb their noun is the subject
    or object of, however far the verb stands (a German participle at the clause's end);
    ``conjunct``: or the verb the first noun of theirs hangs on, when theirs is joined to it
    with no fate word of its own."""
    span = _quantity_span(ctx, q)
    if span is None:
        return None
    noun = span.root.head if span.root.dep_.startswith("nummod") else span.root
    if conjunct:  # "killed five soldiers and two civilians": both killed
        noun = _first_conjunct(noun)
    # a second object the parse hangs on the verb as its conjunct is the verb's all the same
    on_verb = conjunct and noun.dep_ == "conj" and noun.head.pos_ == "VERB"
    if (noun.dep_ not in TREE_ARGUMENTS and not on_verb) or noun.head.i == noun.i:
        return None
    verb = fold(noun.head.text)
    # the verb alone, or with the noun's own preposition ("mató el lunes a 11 civiles":
    # "mató a", the personal "a" of the object)
    marked = [f"{verb} {fold(c.text)}" for c in noun.children if c.dep_ == "case"]
    for kind, pattern in ctx.words.counts:
        if kind in FATES and any(pattern.fullmatch(v) for v in (verb, *marked)):
            return kind
    return None


def _first_conjunct(word: Any) -> Any:
    """The first of the conjoined nouns a noun belongs to: the verb it hangs on governs
    them all ("tuant cinq soldats et deux civils")."""
    for _ in range(CONJUNCT_REACH):
        if word.dep_ != "conj" or word.head.i == word.i:
            break
        head = _through_adjective(word.head)
        if head.pos_ not in NOMINAL:
            break
        word = head
    return word


def _through_adjective(word: Any) -> Any:
    """The noun an adjective qualifies: the parse may hang the next conjunct on the
    adjective after a noun ("cinq soldats sud-soudanais et deux civils")."""
    return word.head if word.dep_ == "amod" and word.head.i != word.i else word


NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def _per_side(ctx: _Context, q: Quantity) -> bool:
    """Whether a count is each side's: "60 prisoners each", "175 for 175" (both numbers),
    "each side will free 60", "je 500" (the words are language data)."""
    words = ctx.words
    after, _ = folded(ctx.doc, q.end, min(ctx.sentence.end, q.end + 25))
    before, _ = folded(ctx.doc, max(ctx.sentence.start, q.start - LEAD), q.start)
    if _opens(words.per_side, after):
        return True
    if _opens(words.per_side_joins, after) and _same_count_beside(ctx, q, after=True):
        return True
    if _closes(words.per_side_next, before) is not None:
        return True
    if _closes(words.per_side_joins, before) is not None and _same_count_beside(ctx, q,
                                                                             after=False):
        return True
    if words.per_side_lead is not None:
        for m in words.per_side_lead.finditer(before):
            if not CLAUSE_BREAK.search(before[m.end():]):
                return True
    return False


def _same_count_beside(ctx: _Context, q: Quantity, *, after: bool) -> bool:
    """Whether the count on the other side of a join ("175 for 175") is the same number:
    "90 prisoners for three hostages" is two totals, not a count per side."""
    for other in ctx.doc.quantities:
        if other is q or not (ctx.sentence.start <= other.start < ctx.sentence.end):
            continue
        gap = (other.start - q.end) if after else (q.start - other.end)
        if 0 <= gap <= LEAD:
            return other.value == q.value
    return False


def _opens(pattern: re.Pattern[str] | None, text: str) -> int:
    """Where a word of ``pattern`` that opens ``text`` (after spaces and commas) ends, or 0."""
    m = pattern.search(text) if pattern is not None else None
    return m.end() if m and not text[:m.start()].strip(" ,") else 0


def _closes(pattern: re.Pattern[str] | None, text: str) -> int | None:
    """Where the word of ``pattern`` that closes ``text`` starts, or None."""
    hits = list(pattern.finditer(text)) if pattern is not None else []
    return hits[-1].start() if hits and not text[hits[-1].end():].strip() else None


def _amid_violence(ctx: _Context) -> bool:
    """Whether soldiers or detainees counted here are more likely dead or lost than handed
    over: the sentence names no exchange but an attack or fighting, or, naming no happening,
    follows facts told only of violence ("Khartoum says it lost three soldiers" after a
    toll). Precision first: no such count is read as prisoners."""
    kinds = {n.kind for n in ctx.nouns}
    if "exchange" in kinds:
        return False
    if kinds:
        return bool(kinds & VIOLENT_KINDS)
    told = ctx.told_kinds
    return bool(told) and told <= VIOLENT_KINDS | {"toll"}


def _count(ctx: _Context, q: Quantity, unit: str, bound: str | None,
           kind: str | None = None) -> list[FactRecord]:
    kind = kind or _count_kind(ctx, q, unit)
    if kind is None or kind not in COUNT_KINDS or (kind == "prisoner" and _amid_violence(ctx)):
        return []
    default, kinds = COUNT_KINDS[kind]
    noun = subject_at(ctx.doc, ctx.sentence, (q.start, q.end), ctx.nouns, kinds)
    h = _about(ctx, ctx.sentence, noun, default)
    attribute = f"count_{kind}" + ("_per_side" if _per_side(ctx, q) else "")
    fact = _fact(ctx, h, attribute, _num(q.value), kind, interval_of(q, 1.0, bound),
                 (q.start, q.end))
    if _conjoined(ctx, q):
        fact.extra["groups"] = True
    if kind in SIDED_FATES and (of := _counted_side(ctx, q)) is not None:
        fact.extra["of"] = of
    return [fact]


SIDED_FATES = frozenset({"killed", "wounded"})  # the dead and wounded are told per side


def _fate_above(ctx: _Context, q: Quantity) -> str | None:
    """The fate of the people a number counts, said by the word the number or its noun
    hangs on in the tree, however far ("fünf seiner Soldaten seien bei den Gefechten der
    vergangenen Woche getötet worden": "fünf" hangs on "getötet"); None when that word says
    no fate."""
    span = _quantity_span(ctx, q)
    if span is None:
        return None
    heads = [t.head for t in span if not span.start <= t.head.i < span.end]
    for head in heads:
        word = fold(head.text)
        for kind, pattern in ctx.words.counts:
            if kind in FATES and pattern.fullmatch(word):
                return kind
    return None
SIDED_COUNTS = frozenset(f"count_{fate}" for fate in SIDED_FATES)
PEOPLE_OF_SECTOR = {"MIL": "soldier", "CVL": "civilian"}  # an actor's sector: who is counted


def _counted_side(ctx: _Context, q: Quantity) -> str | None:
    """Whose people a count counts, when its noun names them: the counted noun lies in an
    actor's mention with a country and a military or civilian sector ("trois soldats
    soudanais", "vier sudanesische Soldaten", "восемь суданских военных": "SDN soldier").
    Such counts are compared only with counts of the same side and people, so each side's
    dead are no disagreement with the other's."""
    span = _quantity_span(ctx, q)
    if span is None:
        return None
    noun = span.root.head if span.root.dep_.startswith("nummod") else span.root
    at = ctx.sentence.parse_start + noun.idx
    for m in ctx.doc.mentions:
        actor = m.actor
        if m.label != "ACTOR" or actor is None or not actor.country \
                or actor.sector not in PEOPLE_OF_SECTOR:
            continue
        # the counted noun inside the mention, or the mention inside the count or right
        # after a number that stands for its noun ("Пятеро венесуэльских военных")
        if m.start <= at < m.end or q.start <= m.start < q.end or (
                q.end <= m.start and not ctx.doc.text[q.end:m.start].strip()):
            return f"{actor.country} {PEOPLE_OF_SECTOR[actor.sector]}"
    return None


GROUP_LINKS = frozenset({"conj", "appos"})


def _conjoined(ctx: _Context, q: Quantity) -> bool:
    """Whether the people a number counts are one of several counted groups told together
    ("five soldiers and two civilians", "six detainees, four soldiers and two civilians"):
    a noun joined to theirs, either way, that a number counts too."""
    span = _quantity_span(ctx, q)
    if span is None:
        return False
    noun = span.root.head if span.root.dep_.startswith("nummod") else span.root
    qualifiers = [c for c in noun.children if c.dep_ == "amod"]
    linked = [c for w in (noun, *qualifiers) for c in w.children if c.dep_ in GROUP_LINKS]
    if noun.dep_ in GROUP_LINKS and noun.head.i != noun.i:
        linked.append(_through_adjective(noun.head))
    return any(w.pos_ in COUNTED_POS and not span.start <= w.i < span.end
               and any(c.dep_.startswith("nummod") for c in w.children) for w in linked)


COUNTED_POS = frozenset({"NOUN", "PROPN", "PRON", "ADJ"})  # "двух мирных жителей"


# ---------------------------------------------------------------- dates, places, names

def _dates(ctx: _Context) -> list[FactRecord]:
    """Start and end dates of a truce (a date right after a start or end word). Every start
    and end of the sentence is taken before any truce is dated: "takes effect on 18
    December and runs until 17 January" dates no truce to 17 January."""
    found: list[tuple[Any, str, Noun | None]] = []
    s = ctx.sentence
    for d in ctx.doc.dates:
        if not (s.start <= d.start < s.end) or not d.value:
            continue
        before, _ = folded(ctx.doc, max(s.start, d.start - 25), d.start)
        after, _ = folded(ctx.doc, d.end, min(s.end, d.end + 25))
        attribute = None
        words = ctx.words
        for name, pattern, next_words in (("start", words.start, words.start_after),
                                          ("end", words.end, words.end_after)):
            m = None if pattern is None else list(pattern.finditer(before))
            if (m and _only_leads(words, before[m[-1].end():])) or _opens(next_words, after):
                attribute = name
        if attribute is None and _split_around(words, before, after):
            attribute = "start"
        if attribute is None:
            continue
        noun = subject_at(ctx.doc, s, (d.start, d.end), ctx.nouns, frozenset({"truce"}))
        if noun is None and not _truce_before(ctx):
            continue
        ctx.taken.add(d.start)
        found.append((d, attribute, noun))
    out = []
    for d, attribute, noun in found:
        h = _about(ctx, s, noun, "truce")
        unit = NIGHT if _a_night(ctx, d.start, d.end) else d.precision or "day"
        out.append(_fact(ctx, h, attribute, d.value, unit, None, (d.start, d.end)))
    return out


_WORD = re.compile(r"\w+")
NIGHT = "night"  # the unit of a date told as a night: it spans its day and the next or last
NIGHT_WORDS_BEFORE, NIGHT_WORDS_AFTER = 4, 2  # how far from the date a night word stands


def _truce_before(ctx: _Context) -> bool:
    """Whether a start or end with no happening word is the truce of the sentence before:
    the sentence names no happening, the one before a truce ("... un cessez-le-feu de 60
    jours. Il entre en vigueur le 14 décembre.", "Sie tritt am 21. November in Kraft")."""
    return not ctx.nouns and "truce" in ctx.previous_kinds


def _a_night(ctx: _Context, start: int, end: int) -> bool:
    """Whether the words of a date, or those right around it in its sentence, make it a
    night ("overnight Sunday into Monday", "dans la nuit de samedi à dimanche", "Sunday
    night"): two sources that date the night by each of its days do not disagree."""
    if ctx.words.night is None:
        return False
    s = ctx.sentence
    before, _ = folded(ctx.doc, s.start, start)
    own, _ = folded(ctx.doc, start, end)
    after, _ = folded(ctx.doc, end, s.end)
    near = " ".join([*_WORD.findall(before)[-NIGHT_WORDS_BEFORE:], *_WORD.findall(own),
                     *_WORD.findall(after)[:NIGHT_WORDS_AFTER]])
    return ctx.words.night.search(near) is not None


def _split_around(words: FactWords, before: str, after: str) -> bool:
    """Whether a start word split around the date stands on both sides of it, only leads
    between ("tritt am 21. November in Kraft")."""
    for first, second in words.start_split:
        m = list(first.finditer(before))
        if m and _only_leads(words, before[m[-1].end():]) and _opens(second, after):
            return True
    return False


def _only_leads(words: FactWords, between: str) -> bool:
    """Whether nothing, or only a word that may lead a date ("on", "le", "am"), stands
    between a start or end word and the date ("takes effect on July 29")."""
    rest = between.strip(" ,")
    return not rest or (words.date_leads is not None
                        and words.date_leads.fullmatch(rest) is not None)


def _days(ctx: _Context) -> list[FactRecord]:
    """The day of a call, talks, a signing or an exchange ("talks in Vienna on May 4"), once
    per date: the first happening word of a fitting kind whose clause holds it."""
    out = []
    told: set[int] = set()
    for noun in ctx.nouns:
        if noun.kind not in DATED_KINDS:
            continue
        d = date_near(ctx.doc, ctx.sentence, noun, ctx.taken, ctx.nouns)
        if d is None or d.start in told:
            continue
        told.add(d.start)
        h = _about(ctx, ctx.sentence, noun, noun.kind)
        unit = NIGHT if _a_night(ctx, d.start, d.end) else "day"
        out.append(_fact(ctx, h, "date", d.value, unit, None, (d.start, d.end)))
    return out


HANDED_COUNTS = ("count_prisoner", "count_hostage", "count_body")  # of people handed over


def _released_day(ctx: _Context, told: list[FactRecord]) -> list[FactRecord]:
    """The day of an exchange told by a release word and no exchange word in its clause
    ("Каждая сторона освободит по 150 пленных 19 декабря", "Jede Seite lässt am 19. Dezember
    150 Gefangene frei"): in a sentence that counts people handed over in an exchange, names
    no call, talks or signing and dates no exchange yet, its one day (``released`` in
    facts.yaml). Two days, a period ("next week") or a day that starts or ends a truce date
    nothing."""
    s = ctx.sentence
    if ctx.words.released is None or any(n.kind in DATED_KINDS - HANDED_KINDS
                                         for n in ctx.nouns):
        return []
    counts = [f for f in told if f.attribute.startswith(HANDED_COUNTS)
              and f.happening is not None and f.happening.kind in HANDED_KINDS]
    if not counts or any(f.attribute == "date" for f in told):
        return []
    text, _ = folded(ctx.doc, s.start, s.end)
    if ctx.words.released.search(text) is None:
        return []
    days = [d for d in ctx.doc.dates if s.start <= d.start < s.end and d.value
            and not d.dateline and d.until is None and (d.precision or "day") == "day"]
    if len(days) != 1 or days[0].start in ctx.taken:
        return []
    d = days[0]
    return [_fact(ctx, counts[0].happening, "date", d.value, "day", None, (d.start, d.end))]


TIMED_KINDS = frozenset({"call", "talks", "signing", "exchange"})
TIME = "time"  # the attribute of the time of day a happening began, "HH:MM"


def _times(ctx: _Context) -> list[FactRecord]:
    """The time of day of a call, talks, a signing or an exchange: a clock time right
    after a time word ("on Monday at 18:00", "в понеділок о 20:00"), in a sentence that tells
    such a happening. A zone written after it ("18:00 GMT", "11:00 по московскому времени")
    makes it an instant, given in UTC (facts.clock); one written with none is the source's
    own, and times in two zones are not compared (reconcile.discrepancies)."""
    pattern = ctx.words.time_leads
    nouns = [n for n in ctx.nouns if n.kind in TIMED_KINDS]
    if pattern is None or not nouns:
        return []
    s = ctx.sentence
    out = []
    for clock in clock_times(ctx.doc, ctx.words, s.start, s.end):
        start, end = clock.start, clock.end
        before, _ = folded(ctx.doc, max(s.start, start - 12), start)
        words = before.split()
        if not any(pattern.fullmatch(" ".join(words[-n:])) for n in (1, 2) if len(words) >= n):
            continue
        noun = subject_at(ctx.doc, s, (start, end), ctx.nouns, TIMED_KINDS)
        if noun is None:
            continue
        h = _about(ctx, s, noun, noun.kind)
        out.append(_fact(ctx, h, TIME, clock.value, None, None, (start, end)))
    return out


def _venues(ctx: _Context) -> list[tuple[Noun, FactRecord]]:
    """A place right after a venue word ("talks in Istanbul"), never an actor or a dateline,
    with the meeting noun it is the venue of."""
    out: list[tuple[Noun, FactRecord]] = []
    s = ctx.sentence
    if ctx.words.venue is None:
        return out
    for m in ctx.doc.mentions:
        # A capital is read as its government ("Moscow said") unless a venue word comes
        # right before it ("talks in Moscow"): then it is the place. So is a country that
        # is its capital's name ("signed in Djibouti", "talks in Singapore").
        where = m.place or (_city_state(m.actor.country) if m.label == "ACTOR"
                            and m.actor is not None and m.actor.country else None)
        if where is None or not (s.start <= m.start < s.end):
            continue
        if m.label != "PLACE" and not (m.label == "ACTOR" and (
                m.kind == "capital" or m.place is None)):
            continue
        if not after_venue_word(ctx.doc, s, m.start, ctx.words.venue) or \
                _superseded(ctx, m.start):
            continue
        noun = subject_at(ctx.doc, s, (m.start, m.end), ctx.nouns, VENUE_KINDS)
        held = _held_in_tree(ctx, m.start, m.end)
        if held is None:  # no tree says: the nearest happening word of any kind, when it is
            # no meeting, has the place ("exchange of prisoners, deadly strike in Kharkiv")
            nearest = subject_at(ctx.doc, s, (m.start, m.end), ctx.nouns,
                                 frozenset(n.kind for n in ctx.nouns))
            held = nearest if nearest is not None and nearest.kind not in VENUE_KINDS \
                else None
        if held is not None:  # "the talks that prepared the exchange lasted three days in
            noun = held if held.kind in VENUE_KINDS else None  # Abu Dhabi": the talks'; "a
            # strike in Kharkiv": a strike's place, no venue of the exchange told beside it
        if noun is None:
            agreed = _agreed_at(ctx, m, where)
            if agreed is not None:
                out.append(agreed)
            continue
        place = where.canonical or where.name
        h = _about(ctx, s, noun, noun.kind, venue=None)
        if noun.kind in HANDED_KINDS and m.label == "ACTOR" and m.kind == "capital" and \
                (not h.parties or where.country in h.parties):
            continue  # "Mosca consegnerà a Kiev le salme": Kyiv receives them
        if noun.kind in HANDED_KINDS and m.end <= noun.start and _agreed_before(ctx, noun):
            continue  # "vereinbaren in Ankara Austausch", "hanno concordato a Istanbul lo
            # scambio": where the exchange was agreed, not where it will be held
        out.append((noun, _fact(ctx, h, "venue", place, None, None, (m.start, m.end))))
    return out


SUPERSEDED_REACH = 60  # characters before a place where a word of a given-up plan may stand


def _superseded(ctx: _Context, start: int) -> bool:
    """Whether a place is where a happening was planned before it was moved ("prévu le 10
    décembre à Cúcuta, aura finalement lieu ... à Caracas"): a word of the plan earlier in
    its clause, and a word of the change in its sentence (language data)."""
    if ctx.words.superseded is None or ctx.words.changed is None:
        return False
    sentence, _ = folded(ctx.doc, ctx.sentence.start, ctx.sentence.end)
    if ctx.words.changed.search(sentence) is None and not _placed_again(ctx, start):
        return False
    before, _ = folded(ctx.doc, max(ctx.sentence.start, start - SUPERSEDED_REACH), start)
    clause = CLAUSE_BREAK.split(before)[-1]
    return ctx.words.superseded.search(clause) is not None


def _placed_again(ctx: _Context, start: int) -> bool:
    """Whether a later clause of the sentence places the happening elsewhere after a venue
    word ("que debía celebrarse el 10 de diciembre en Cúcuta, se celebrará el 17 de
    diciembre en Maracaibo"): the plan and what became of it, the change told by the
    contrast without a word of it."""
    s = ctx.sentence
    here = next((m for m in ctx.doc.mentions if m.start == start), None)
    for m in ctx.doc.mentions:
        if not (start < m.start < s.end) or m.label not in ("PLACE", "ACTOR") or \
                (m.label == "ACTOR" and m.kind != "capital") or \
                (here is not None and m.text.casefold() == here.text.casefold()):
            continue
        between = ctx.doc.text[start:m.start]
        if CLAUSE_BREAK.search(between) and after_venue_word(ctx.doc, s, m.start,
                                                             ctx.words.venue):
            return True
    return False


@lru_cache(maxsize=1)
def _city_states() -> dict[str, Any]:
    """Countries whose capital has the country's name (Djibouti, Singapore, Luxembourg,
    Monaco): their name after a venue word is the city."""
    from eventwire.actors.gazetteer import gazetteer  # the gazetteer's loader, lazily

    g = gazetteer()
    out = {}
    for pid in sorted(g.capitals):
        place = g.place(pid)
        country = g.countries.get(place.country or "") if place is not None else None
        if place is not None and country is not None \
                and place.name.casefold() == country.canonical.casefold():
            out[country.code] = place
    return out


def _city_state(code: str) -> Any:
    return _city_states().get(code)


def _agreed_at(ctx: _Context, m: Any, where: Any) -> tuple[Noun, FactRecord] | None:
    """Where a truce was agreed, in a sentence with no meeting noun ("haben sich am Montag
    in Putrajaya auf eine Waffenruhe geeinigt"): a place after a venue word, before the
    truce noun, in a sentence with a word of agreeing, is the venue of the negotiation;
    never a place in a party's own country ("in Gaza, the sides agreed on a truce": where
    the truce holds) nor one after the truce noun ("a truce in Donbas"). A meeting noun told
    after the truce ("firmaron en Riad una tregua con la mediación de Arabia Saudí") does
    not own the place; one told before it does."""
    s = ctx.sentence
    if ctx.words.agreed is None:
        return None
    truce = next((n for n in ctx.nouns if n.kind == "truce" and n.start >= m.end), None) \
        or _signed_before(ctx, m)
    if truce is None or not ctx.words.agreed.search(folded(ctx.doc, s.start, s.end)[0]) \
            or any(n.kind in VENUE_KINDS and n.start < truce.start for n in ctx.nouns):
        return None
    h = _about(ctx, s, truce, "truce", venue=None)
    if len(h.parties) < 2 or where.country is None or where.country in h.parties:
        return None
    place = where.canonical or where.name
    return truce, _fact(ctx, h, "venue", place, None, None, (m.start, m.end))


def _agreed_before(ctx: _Context, noun: Noun) -> bool:
    """A word of agreeing before the noun in its sentence ("agreed in Ankara on an
    exchange"): a place between them is where it was agreed."""
    if ctx.words.agreed is None:
        return False
    return ctx.words.agreed.search(folded(ctx.doc, ctx.sentence.start, noun.start)[0]) \
        is not None


SIGNED_GAP = 40  # characters at most between a signed truce noun and the place it was signed


def _signed_before(ctx: _Context, m: Any) -> Noun | None:
    """The truce noun a place right after it was signed at ("signed a 60-day truce in
    Jeddah", "firmaron una tregua de 60 días en Yeda"): the nearest truce noun before the
    place, in the same clause (no comma or stop between, a few words at most), with a word
    of signing before it in the sentence. A truce is signed where the sides met; where it
    holds is a party's own ground, which :func:`_agreed_at` turns away."""
    if ctx.words.signed is None:
        return None
    truce = max((n for n in ctx.nouns if n.kind == "truce" and n.end <= m.start),
                key=lambda n: n.start, default=None)
    if truce is None:
        return None
    gap = ctx.doc.text[truce.end:m.start]
    if len(gap) > SIGNED_GAP or any(c in gap for c in ",;:.()") or any(
            truce.end <= n.start < m.start for n in ctx.nouns):
        return None
    text, _ = folded(ctx.doc, ctx.sentence.start, truce.start)
    return truce if ctx.words.signed.search(text) else None


def _named_lists(ctx: _Context, cue: object, *, person: bool
                 ) -> list[tuple[int, int, list[str], frozenset[str]]]:
    """The cue words of the sentence and the names after each: (cue start, cue end, names,
    country codes); people for signatories, countries for mediators."""
    if not isinstance(cue, re.Pattern):
        return []
    s = ctx.sentence
    text, base = folded(ctx.doc, s.start, s.end)
    out = []
    for m in cue.finditer(text):
        cs, ce = to_text(ctx.doc, base + m.start(), base + m.end())
        names: list[str] = []
        codes: set[str] = set()
        stop = _list_end(ctx.doc.text, ce, min(s.end, ce + 80))
        codes_governed = None if person else _governed_codes(ctx, cs, ce)
        if codes_governed is not None:
            if codes_governed:
                out.append((cs, ce, codes_governed, frozenset(codes_governed)))
            continue
        for mention in ctx.doc.mentions:
            if mention.label != "ACTOR" or mention.actor is None:
                continue
            if not (ce <= mention.start < stop):
                continue
            actor = mention.actor
            if person and actor.type == "person":
                names.append(actor.canonical or actor.name)
            elif not person and actor.country:
                names.append(actor.country)
                codes.add(actor.country)
        if person:  # the gazetteer may know one signatory and not the other
            names += [n for n in _unknown_names(ctx, ce, stop) if n not in names]
        if names:
            out.append((cs, ce, names, frozenset(codes) if not person else frozenset()))
    return out


def _governed_codes(ctx: _Context, cs: int, ce: int) -> list[str] | None:
    """The countries a mediation cue governs in the tree, before or after it ("With Qatar
    mediating, Russia and Ukraine ...": Qatar; "Через посредничество Катара Россия и
    Украина ...": Qatar alone), in the order written; empty when the tree refuses the names
    it hangs on the cue, None when unparsed or governing none (:func:`governed`)."""
    s = ctx.sentence
    named = [m for m in ctx.doc.mentions if m.label == "ACTOR" and m.actor is not None
             and m.actor.country and s.start <= m.start < s.end]
    owned = governed(s, (cs, ce), [(m.start, m.end) for m in named])
    if owned is None:
        return None
    return list(dict.fromkeys(str(named[n].actor.country) for n in owned))


_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _unknown_names(ctx: _Context, start: int, end: int) -> list[str]:
    """People the gazetteer does not know, named after a cue ("signée par les ministres
    Jeyhun Bayramov et Ararat Mirzoyan"): runs of two or more capitalised words (not all
    capitals) with only spaces between, as written, where no actor or source is named (an
    institution is no signatory)."""
    text = ctx.doc.text
    taken = [(m.start, m.end) for m in ctx.doc.mentions if m.label != "PLACE"]
    runs: list[list[re.Match[str]]] = []
    for m in _NAME_WORD.finditer(text, start, end):
        word = m.group(0)
        if not word[:1].isupper() or word.isupper():
            runs.append([])
            continue
        if runs and runs[-1] and text[runs[-1][-1].end():m.start()].isspace():
            runs[-1].append(m)
        else:
            runs.append([m])
    out = []
    for run in (_without_office(ctx, _name_words(ctx, r)) for r in runs):
        lo, hi = (run[0].start(), run[-1].end()) if run else (0, 0)
        if len(run) >= 2 and not any(a < hi and lo < b for a, b in taken):
            out.append(text[lo:hi])
    return out


def _without_office(ctx: _Context, run: list[re.Match[str]]) -> list[re.Match[str]]:
    """A run of three or more capitalised words whose first is the object of a preposition
    hanging on a common noun is an office and a name: "i ministri degli Esteri Nadia
    Qureshi", "les ministres de la Défense Luis Cabrera" (the ministry's word, then the
    person); the name is the rest. Unparsed, the run as it is."""
    if len(run) < 3 or ctx.sentence.parse is None:
        return run
    first = token_at(ctx.sentence, run[0].start())
    if first is None or first.head == first or first.head.pos_ != "NOUN" \
            or not any(c.dep_ == "case" and c.i < first.i for c in first.children):
        return run
    return run[1:]


def _name_words(ctx: _Context, run: list[re.Match[str]]) -> list[re.Match[str]]:
    """In a language that capitalises its nouns, the words of a run of capitalised words
    from the first to the last the parse makes a proper noun, or the head of a name's flat
    parts ("den Ministern Farhod Qodirov": "Farhod Qodirov"; "Ahmed Osman" with "Ahmed"
    tagged a noun; "nach sechs Stunden Verhandlungen": none; :func:`_in_name`); elsewhere,
    or unparsed, the whole run."""
    if not ctx.words.capitalised_nouns or ctx.sentence.parse is None:
        return run
    proper = [n for n, m in enumerate(run)
              if (t := token_at(ctx.sentence, m.start())) is not None and _in_name(t)]
    return run[proper[0]:proper[-1] + 1] if proper else []


def _in_name(token: Any) -> bool:
    """Whether a capitalised word is part of a person's name by the tree: a proper noun, a
    later part of a name ("Sergej Wolkow", "Wolkow" tagged a noun hanging flat), or the
    word a proper noun is the first part of ("Giorgi Lomidze", "Lomidze" tagged a noun)."""
    return token.pos_ == "PROPN" or token.dep_.startswith("flat") or any(
        c.dep_.startswith("flat") or (c.dep_ == "compound" and c.pos_ == "PROPN")
        for c in token.children)


def _named_sets(ctx: _Context, cue: object, attribute: str, *, person: bool
                ) -> list[FactRecord]:
    """Mediators (countries) or signatories (people) named after a cue word."""
    out = []
    nouns = _brokered(ctx) if attribute == "mediators" else ctx.nouns
    continued = _continued_brokering(ctx) if attribute == "mediators" else None
    for cs, ce, names, codes in _named_lists(ctx, cue, person=person):
        noun = subject_at(ctx.doc, ctx.sentence, (cs, ce), nouns, TAG_KINDS)
        if noun is None and attribute != "signatories" and continued is None:
            continue
        # "The agreement was signed by ...": the cue itself tells of a signing
        kind = noun.kind if noun is not None else continued or "signing"
        h = _about(ctx, ctx.sentence, noun, kind, exclude=ctx.mediators | codes)
        out.append(_fact(ctx, h, attribute, sorted(set(names)), None, None, (cs, ce)))
    return out


def _continued_brokering(ctx: _Context) -> str | None:
    """The kind of happening a sentence naming mediators and no happening word continues:
    the one brokered kind the sentence before names ("Russia and Ukraine exchanged
    prisoners on Saturday. The Emirates and Saudi Arabia acted as mediators.")."""
    if ctx.nouns:
        return None
    kinds = [k for k in BROKERED if k in ctx.previous_kinds]
    return kinds[0] if len(kinds) == 1 else None


def _brokered(ctx: _Context) -> list[Noun]:
    """The nouns a mediator may be of: a mediator is one of the happening brokered, not of
    the mediation's own word, so that "a swap mediated by X" and "a swap, with the mediation
    of X" (a coded mediation) name the same subject. Talks told in the sentence are what was
    brokered, else an exchange held; an exchange or a truce agreed is the outcome of talks
    ("agreed under X's mediation on a swap"), which the mediation's word stands for."""
    agreed = ctx.words.agreed is not None and ctx.words.agreed.search(
        folded(ctx.doc, ctx.sentence.start, ctx.sentence.end)[0]) is not None
    for kind in BROKERED[:1] if agreed else BROKERED:
        found = [n for n in ctx.nouns if n.kind == kind and not n.brokers]
        if found:
            return found
    return ctx.nouns


_LIST_BREAK = re.compile(r"[;:()—–]|,\s+(?=[^\W\d_]*[a-zа-яёіїє])(?!and\b|et\b|и\b|і\b)")


def _list_end(text: str, start: int, end: int) -> int:
    """Where a list of names after a cue ends: at a clause break, or at a comma followed by a
    lower-case word ("brokered by the U.S. and France, also comes...")."""
    m = _LIST_BREAK.search(text, start, end)
    return m.start() if m else end


def _agreed_here(ctx: _Context) -> bool:
    """Whether the sentence tells a truce agreed, not asked for ("agreed to an unconditional
    ceasefire, to take effect on July 29"; not "pushing for a full ceasefire", "proposed a
    full ceasefire, which was rejected", "has not agreed to a full truce"): it gives the
    truce's start or end, or holds a word of agreeing and no negated word. A full truce is
    told beside a partial one mostly as the one sought, not the one agreed."""
    s = ctx.sentence
    if any(s.start <= d.start < s.end for d in ctx.doc.dates if d.start in ctx.taken):
        return True
    if ctx.words.agreed is None or not ctx.words.agreed.search(
            folded(ctx.doc, s.start, s.end)[0]):
        return False
    return s.parse is not None and not any("Neg" in t.morph.get("Polarity") or
                                           t.dep_ == "neg" for t in s.parse)


def _scope(ctx: _Context) -> list[FactRecord]:
    """What a truce covers, as tags ("energy infrastructure" -> energy)."""
    s = ctx.sentence
    if not any(n.kind == "truce" for n in ctx.nouns):
        return []
    text = ctx.doc.text[s.start:s.end]
    # a scope word inside a longer name is part of the name ("Port of Spain", "Port Sudan":
    # no ports); a name that is the scope phrase itself is the scope ("the Black Sea")
    names = [(m.start, m.end) for m in ctx.doc.mentions if m.label in ("PLACE", "ACTOR")
             and s.start <= m.start < s.end]
    hits = outside_names(find_scope(text, ctx.doc.language), names, s.start)
    hits = [h for h in hits if "full" not in h.tags] or hits
    if not hits or (all("full" in h.tags for h in hits) and not _agreed_here(ctx)):
        return []
    start, end = s.start + hits[0].start, s.start + hits[-1].end
    noun = subject_at(ctx.doc, s, (start, end), ctx.nouns, frozenset({"truce"}))
    if noun is None:
        return []
    h = _about(ctx, s, noun, "truce")
    return [_fact(ctx, h, "scope", list(scope_tags(hits)), None, None, (start, end))]
