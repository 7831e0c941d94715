"""Which happening a figure belongs to: the nearest word that names one, in its sentence.

:func:`subject_at` is the one door: today it measures distance in characters within the
sentence (a clause boundary costs extra); once sentences carry a dependency parse it can
walk the tree from the figure to its head noun instead, and nothing else has to change.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from eventwire import lang
from eventwire.facts.lexicon import FactWords, fact_words, runs_of, venue_before
from eventwire.model import DateMention, Document, Event, Place, Sentence
from eventwire.records import HappeningRef
from eventwire.syntax.parse import char_span, token_at
from eventwire.text.view import fold

CLAUSE_BREAK = re.compile(r"[;:—–()]|,\s")
VENUE_KINDS = frozenset({"talks", "signing", "exchange"})  # happenings held at a place
# Happenings told apart by the place and the day of their coded event (two strikes of a
# story, on two cities on two days, are two happenings), and the dates that event may give:
# those written beside it, not the dateline's or the publication's.
PLACED_KINDS = frozenset({"attack"})
OWN_DATES = frozenset({"clause", "sentence"})
PARTY_WINDOW = 80  # characters around a happening noun where its parties are named (two
# titled names before a verb: "the Peruvian president X and the Chilean president Y spoke")
CLAUSE_PENALTY = 40  # characters a clause boundary between a figure and a noun is worth
# Event mode families (see reconcile.common) that are the same kind of happening.
MODE_KINDS = (("phone", "call"), ("call", "call"), ("ceasefire", "truce"), ("truce", "truce"),
              ("exchange", "exchange"), ("swap", "exchange"), ("release", "exchange"),
              ("talk", "talks"), ("negotiat", "talks"), ("meet", "talks"))


# An agreement to hold a happening that is held later (an exchange agreed on Tuesday for the
# 5th): the agreement's day is not the happening's.
AGREEING = frozenset({"AGREE"})
HELD_LATER = frozenset({"exchange"})
# Meetings that may end in a signing their sentence tells, on its day (see signing).
ENDED_IN_SIGNING = frozenset({"talks", "call"})
# Event types that are a kind of happening whatever their mode.
TYPE_KINDS = {"ASSAULT": "attack", "CONSULT": "talks"}
# The (type, mode) of a coded mediation: it names the broker of another happening ("a swap
# with the mediation of X", "a UAE-brokered exchange"), the one its mediators are of.
BROKERING = ("CONSULT", "third_party")


@dataclass(frozen=True)
class Noun:
    """A word that names a happening: its kind and its span in the stored text."""

    kind: str
    start: int
    end: int
    text: str
    brokers: bool = False  # the word of a coded mediation (see BROKERING)


def sentence_of(doc: Document, offset: int) -> Sentence | None:
    for sentence in doc.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence
    return None


def folded(doc: Document, start: int, end: int) -> tuple[str, int]:
    """The folded view of ``text[start:end]`` and the view offset it begins at."""
    vs, ve = doc.view.view_offset(start), doc.view.view_offset(end)
    return doc.view.norm[vs:ve], vs


def to_text(doc: Document, view_start: int, view_end: int) -> tuple[int, int]:
    return doc.view.original_span(view_start, view_end)


def happening_nouns(doc: Document, sentence: Sentence, words: FactWords) -> list[Noun]:
    """Every happening word of a sentence, longest first where two overlap."""
    text, base = folded(doc, sentence.start, sentence.end)
    found: list[Noun] = []
    possible = words.happening_leads.possible(runs_of(text))
    for n, (kind, pattern) in enumerate(words.happenings):
        if n not in possible:
            continue  # none of the kind's words: the scan would find nothing
        for m in pattern.finditer(text):
            s, e = to_text(doc, base + m.start(), base + m.end())
            found.append(Noun(kind, s, e, doc.text[s:e]))
    for event in doc.events:  # a coded event names its happening too ("the leaders spoke")
        kind = kind_of_mode(event.mode) or TYPE_KINDS.get(event.type)
        start, end = event.trigger_span or (event.start, event.end)
        if kind and sentence.start <= start < sentence.end:
            found.append(Noun(kind, start, end, doc.text[start:end],
                              (event.type, event.mode) == BROKERING))
    found.sort(key=lambda n: (n.start, -(n.end - n.start), n.kind))
    out: list[Noun] = []
    for noun in found:
        if out and noun.start < out[-1].end:
            continue
        out.append(noun)
    return out


def distance(doc: Document, a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters between two spans, plus a penalty per clause boundary between them."""
    lo, hi = (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0])
    if hi <= lo:
        return 0
    between = doc.text[lo:hi]
    return (hi - lo) + CLAUSE_PENALTY * len(CLAUSE_BREAK.findall(between))


def subject_at(doc: Document, sentence: Sentence, span: tuple[int, int], nouns: list[Noun],
               kinds: frozenset[str]) -> Noun | None:
    """The nearest happening noun of an allowed kind to a span, in its sentence."""
    best: tuple[int, int, Noun] | None = None
    for noun in nouns:
        if noun.kind not in kinds or not (sentence.start <= noun.start < sentence.end):
            continue
        key = (distance(doc, span, (noun.start, noun.end)), noun.start, noun)
        if best is None or key[:2] < best[:2]:
            best = key
    return best[2] if best else None


def clause_bounds(doc: Document, sentence: Sentence, noun: Noun) -> tuple[int, int]:
    """The clause of a noun: the sentence cut at clause breaks around it."""
    text = doc.text[sentence.start:sentence.end]
    s, e = sentence.start, sentence.end
    for m in CLAUSE_BREAK.finditer(text):
        at = sentence.start + m.start()
        if at < noun.start:
            s = sentence.start + m.end()
        elif at >= noun.end:
            e = at
            break
    return s, e


def parties_near(doc: Document, sentence: Sentence, noun: Noun,
                 exclude: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """Countries named close to the noun in its clause ("the call between Trump and Putin"),
    less those named as something else (the mediators of "talks mediated by Turkey")."""
    own = _own_parties(doc, sentence, noun) - exclude
    if len(own) >= 2:  # "Tuesday's call between Trump and Putin": not Kyiv, named beside it
        return tuple(sorted(own))
    lo, hi = clause_bounds(doc, sentence, noun)
    lo, hi = max(lo, noun.start - PARTY_WINDOW), min(hi, noun.end + PARTY_WINDOW)
    near = [m for m in doc.mentions
            if m.label == "ACTOR" and lo <= m.start < hi
            and m.kind != "capital"]  # "talks in Ankara": a venue, not a party
    placed = {id(m) for m in near if _after_venue_word(doc, sentence, m.start)}
    named = {code for m in near if id(m) not in placed for code in countries_of(m)}
    # "talks in Switzerland" (not "a truce in Ukraine"); two other sides who "signed in
    # Djibouti a truce" name, before the truce's word, where they signed it, not a third side
    two_others = len(named - exclude) >= 2
    codes = {code for m in near
             if not (id(m) in placed and (noun.kind in VENUE_KINDS
                                          or (two_others and m.end <= noun.start)))
             for code in countries_of(m)}
    if len(codes - exclude) < 2:  # "The president of A, X, and his counterpart of B, Y,
        subject = _subject_parties(doc, sentence, noun) - exclude  # spoke by phone"
        if len(subject) >= 2:
            return tuple(sorted(subject))
    if codes - exclude:
        return tuple(sorted(codes - exclude))
    return ()


# relations of a happening noun's own phrase: "between A and B", "Zelensky's", "Russian-US"
# (not a relative clause: "the call that saw X agree to spare Ukraine's grid")
OWN_PHRASE = frozenset({"nmod", "amod", "compound", "appos", "flat"})


def countries_of(mention: Any) -> list[str]:
    """The countries an actor mention names: its actor's, or those of the members of a pair
    its own words name ("Russian and Ukrainian delegations": RUS and UKR, each member
    written as the mention); a group read from the context ("the sides", "the two leaders")
    names no side for sure."""
    if mention.actor is not None and mention.actor.country:
        return [mention.actor.country]
    members = getattr(mention, "members", None) or ()
    if not members or any(a.name != mention.text for a in members):
        return []
    return sorted({a.country for a in members if a.country})


def _own_parties(doc: Document, sentence: Sentence, noun: Noun) -> set[str]:
    """Countries named inside the noun's own phrase in the tree ("the call between Trump and
    Putin", "Zelensky's call with Trump"); empty when the sentence is not parsed."""
    token = token_at(sentence, noun.start)
    if token is None:
        return set()
    spans = [(char_span(sentence, c.left_edge)[0], char_span(sentence, c.right_edge)[1])
             for c in token.children if c.dep_.split(":")[0] in OWN_PHRASE]
    return {code for m in doc.mentions
            if m.label == "ACTOR" and m.kind != "capital"
            and any(a <= m.start and m.end <= b for a, b in spans) for code in countries_of(m)}


SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})
CONTROLLED_DEPS = frozenset({"xcomp"})  # a verb whose subject is its head's
VERB_POS = frozenset({"VERB", "AUX"})
VERB_REACH = 3  # heads walked up from a happening word to the verb it hangs on
DAY_REACH = 3  # heads walked up from a strike's word to the word its day hangs on


def _subject_parties(doc: Document, sentence: Sentence, noun: Noun) -> set[str]:
    """Countries named in the subject of the verb a happening word is or hangs on ("the
    president of A, X, and his counterpart of B, Y, spoke by phone"), however long the
    subject; empty when the sentence is not parsed."""
    token = token_at(sentence, noun.start)
    for _ in range(VERB_REACH):
        if token is None or token.pos_ in VERB_POS or token.head.i == token.i:
            break
        token = token.head
    if token is None or token.pos_ not in VERB_POS:
        return set()
    # a verb with no subject of its own completing another ("agreed to exchange ... after
    # four hours of talks"): the subject is the governing verb's
    while not any(c.dep_ in SUBJECT_DEPS for c in token.children) and \
            token.dep_ in CONTROLLED_DEPS and token.head.pos_ in VERB_POS:
        token = token.head
    spans = [(char_span(sentence, c.left_edge)[0], char_span(sentence, c.right_edge)[1])
             for c in token.children if c.dep_ in SUBJECT_DEPS]
    return {code for m in doc.mentions
            if m.label == "ACTOR" and m.kind != "capital"
            and any(a <= m.start and m.end <= b for a, b in spans) for code in countries_of(m)}


def _after_venue_word(doc: Document, sentence: Sentence, start: int) -> bool:
    """A country named where talks or a signing took place is their venue, not one of
    their sides (see :func:`after_venue_word`)."""
    words = fact_words(doc.language)
    return words is not None and after_venue_word(doc, sentence, start, words.venue)


def after_venue_word(doc: Document, sentence: Sentence, start: int,
                     venue: re.Pattern[str] | None) -> bool:
    """A name right after a venue word of its language, of one word or two ("in", "en",
    "in der")."""
    if venue is None:
        return False
    before, _ = folded(doc, max(sentence.start, start - 12), start)
    return venue_before(before, venue)


def _event_sides(doc: Document, noun: Noun, exclude: frozenset[str]) -> tuple[str, ...]:
    """The countries of the two sides of a coded event of the noun's kind whose trigger is
    the noun ("held a 90-minute phone call": the CONSULT's actors and recipients)."""
    for event in doc.events:
        start, end = event.trigger_span or (event.start, event.end)
        codes = _sides_of(event, exclude)
        if _kind_of(event) == noun.kind and start < noun.end and noun.start < end \
                and len(codes) >= 2:
            return tuple(sorted(codes))
    return ()


def _latest_sides(events: Sequence[Event], noun: Noun, exclude: frozenset[str]
                  ) -> tuple[str, ...]:
    """The countries of the two or more sides of the latest event of the noun's kind whose
    trigger comes before the noun or is the noun ("acordaron ... canjear 70 prisioneros":
    the exchange coded at "canjear" names its sides)."""
    found: tuple[str, ...] = ()
    latest = -1
    for event in events:
        start = (event.trigger_span or (event.start, event.end))[0]
        if _kind_of(event) != noun.kind or start > noun.start or start <= latest:
            continue
        codes = _sides_of(event, exclude)
        if len(codes) >= 2:
            found, latest = tuple(sorted(codes)), start
    return found


def _kind_of(event: Event) -> str | None:
    """The happening kind of a coded event: by its mode, else by its type."""
    return kind_of_mode(event.mode) or TYPE_KINDS.get(event.type)


def _sides_of(event: Event, exclude: frozenset[str]) -> set[str]:
    """The countries of an event's actors and recipients, less ``exclude``."""
    return {a.country for a in [*event.actors, *event.recipients] if a.country} - exclude


def kind_of_mode(mode: str | None) -> str | None:
    key = (mode or "").lower()
    for needle, kind in MODE_KINDS:
        if needle in key:
            return kind
    return None


def date_near(doc: Document, sentence: Sentence, noun: Noun, taken: set[int],
              nouns: Sequence[Noun] = ()) -> DateMention | None:
    """The date a happening took place: a day-precise date written with digits in its clause
    that is not a start or an end (``taken``), nor after a word of another kind of
    happening that stands nearer to it (``nouns``: "agreed after 300 minutes of talks to
    exchange 80 prisoners each on 18 December": the exchange's day, not the talks')."""
    lo, hi = clause_bounds(doc, sentence, noun)
    for d in doc.dates:
        if (lo <= d.start < hi and d.value and len(d.value) == 10 and d.start not in taken
                and any(c.isdigit() for c in d.text)  # "Tuesday" is too easily misplaced
                and not _counts_time(doc, d) and not _agreed_that_day(doc, lo, noun, d)
                and not _nearer_happening(noun, d, nouns)):
            return d
    for d in doc.dates:  # set off by commas right after the noun: "the exchange, on May 23,"
        if (hi <= d.start < sentence.end and d.value and len(d.value) == 10
                and d.start not in taken and any(c.isdigit() for c in d.text)
                and not _counts_time(doc, d) and _set_off(doc, noun.end, d.start)):
            return d
    return None


TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})


def _counts_time(doc: Document, d: DateMention) -> bool:
    """A date read from a count of time in digits ("un cessez-le-feu de 30 jours après cinq
    heures de négociations": "30 jours après" read as a day counted from the reference
    date): such a count is a length (a 30-day truce), not the day a happening's own clause
    writes. An offset in words ("one day after", "два дня спустя") stays a day: news counts
    those in words. The words of time units are the language's (``units.yaml``)."""
    words = set(fold(d.text).split())
    return any(c.isdigit() for c in d.text) and bool(words & _time_unit_words(doc.language
                                                                              or ""))


@lru_cache(maxsize=16)
def _time_unit_words(code: str) -> frozenset[str]:
    """The one-word names of units of time in a language (``units.yaml``)."""
    if code not in lang.having("units"):
        return frozenset()
    units = lang.section(code, "units").get("units") or {}
    return frozenset(fold(str(p)) for unit, phrases in units.items() if unit in TIME_UNITS
                     for p in phrases if " " not in str(p).strip())


def _nearer_happening(noun: Noun, d: DateMention, nouns: Sequence[Noun]) -> bool:
    """A word of another kind of happening stands between the noun and a date after it."""
    return any(m.kind != noun.kind and noun.end <= m.start and m.end <= d.start
               for m in nouns)


def _agreed_that_day(doc: Document, lo: int, noun: Noun, d: DateMention) -> bool:
    """An exchange agreed on a day ("hanno concordato giovedì 17 dicembre uno scambio", "17
    декабря договорились об обмене"): the date and a word of agreeing stand before the
    exchange word in its clause; the day is the agreement's, the exchange is held later (a
    date after the exchange word is its own: "agreed to an exchange on 20 December")."""
    words = fact_words(doc.language)
    if noun.kind not in HELD_LATER or words is None or words.agreed is None or \
            d.start >= noun.start or d.start < lo:
        return False
    before, _ = folded(doc, lo, noun.start)
    return words.agreed.search(before) is not None


def _set_off(doc: Document, end: int, start: int) -> bool:
    """Only a comma, and a word that may lead a date ("on", "le", "am"), stand between."""
    between, _ = folded(doc, end, start)
    if not between.lstrip().startswith(","):
        return False
    rest = between.strip().lstrip(",").strip()
    words = fact_words(doc.language)
    return not rest or (words is not None and words.date_leads is not None
                        and words.date_leads.fullmatch(rest) is not None)


def day_near(doc: Document, sentence: Sentence, noun: Noun, taken: set[int],
             nouns: Sequence[Noun] = ()) -> str | None:
    """The day of :func:`date_near`, as ISO text."""
    d = date_near(doc, sentence, noun, taken, nouns)
    return d.value if d is not None else None


def _opens_sentence(doc: Document, sentence: Sentence, d: DateMention, lo: int) -> bool:
    """A date set off by a comma at the head of the sentence, before the clause that starts
    at ``lo`` ("Vendredi, les commandants se sont réunis", "On Friday, ..."): at most one
    word before it."""
    before, _ = folded(doc, sentence.start, d.start)
    between, _ = folded(doc, d.end, lo)
    return len(before.split()) <= 1 and between.strip() == ","


def _day_in_words(doc: Document, sentence: Sentence, noun: Noun, taken: set[int],
                  nouns: Sequence[Noun]) -> str | None:
    """A day written in words ("В пятницу", "On Friday") in the noun's clause before it,
    with no word of another kind of happening between, in a sentence where no event is
    coded: "On Friday the army commanders of the two countries met in Tumbes and held three
    hours of talks" is Friday's meeting, not the talks told before it. (:func:`date_near`
    takes only days written with digits, since a weekday is easily another verb's; here
    there is no other verb's event, and no other kind of happening in the clause. "The day
    before" is :func:`slots._another_day`'s: another meeting, left out.)"""
    lo, hi = clause_bounds(doc, sentence, noun)
    if any(sentence.start <= (e.trigger_span or (e.start, e.end))[0] < sentence.end
           for e in doc.events):
        return None
    words = fact_words(doc.language)
    eve = words.another_day if words is not None else None
    for d in doc.dates:
        if not (d.value and len(d.value) == 10 and not any(c.isdigit() for c in d.text)
                and d.start not in taken and not d.dateline
                and (eve is None or not eve.search(fold(d.text)))):
            continue
        before = (lo <= d.start or _opens_sentence(doc, sentence, d, lo)) \
            and d.end <= noun.start \
            and not any(m.kind != noun.kind and d.end <= m.start < noun.start for m in nouns)
        if before or _day_after_strike(sentence, noun, d, hi, nouns):
            return d.value
    return None


def _day_after_strike(sentence: Sentence, noun: Noun, day: Any, clause_end: int,
                      nouns: Sequence[Noun]) -> bool:
    """A day in words after a strike's word in its clause, with no other happening's word
    between, hanging on the strike's word or on a word the strike's word hangs on (a few
    steps up) but not through that word's subject: "in a drone strike on the city on
    Monday seven people were killed", "a strike killed 11 on Monday", but not "the toll
    from the shelling rose to 23 on Sunday" (the toll's day, on the toll's verb). An attack
    is told with its day; talks "to resume on Monday" are not, so only attacks."""
    if not (noun.kind in PLACED_KINDS and noun.end <= day.start and day.end <= clause_end) \
            or any(m is not noun and noun.end <= m.start < day.start for m in nouns):
        return False
    word, first = token_at(sentence, noun.start), token_at(sentence, day.start)
    if word is None or first is None:
        return False
    inside = [t for t in first.doc[first.i:first.i + 8] if char_span(sentence, t)[0] < day.end]
    tops = [t for t in inside if t.head not in inside or t.head == t]
    if len(tops) != 1 or tops[0].head == tops[0]:
        return False
    below, above = word, word
    for _ in range(DAY_REACH + 1):
        if above == tops[0].head:
            return below == word or below.dep_.split(":")[0] != "nsubj"
        below, above = above, above.head
    return False


def happening(doc: Document, sentence: Sentence, noun: Noun | None, kind: str,
              taken: set[int], venue: str | None = None,
              exclude: frozenset[str] = frozenset(), nouns: Sequence[Noun] = (),
              before: Sequence[Event] = ()) -> HappeningRef:
    """The happening a fact is about, as far as its sentence says; a noun whose clause names
    no parties is the earlier noun of its kind in the sentence (``nouns``) that does, else
    the latest coded event of its kind told before it (``before``: "Wednesday's one-hour
    call was ...", the call told last)."""
    if noun is None:
        return HappeningRef(kind=kind)
    parties = parties_near(doc, sentence, noun, exclude)
    if len(parties) == 1:  # the coded event names the other side (trusted only so far)
        sides = _event_sides(doc, noun, exclude)
        parties = sides if set(parties) <= set(sides) else parties
    for earlier in sorted((n for n in nouns if n.kind == noun.kind and n.end <= noun.start),
                          key=lambda n: -n.start):
        if len(parties) >= 2:
            break
        # "X spoke by phone with Y, in a call that lasted two hours": the same call ("A and
        # B spoke on the phone for 45 minutes": "spoke" names both, "on the phone" one)
        theirs = parties_near(doc, sentence, earlier, exclude)
        if not parties or (len(theirs) >= 2 and set(parties) <= set(theirs)):
            parties = theirs
    if not parties:
        parties = _latest_sides(before, noun, exclude)
    date = day_near(doc, sentence, noun, taken, nouns)
    event = _sentence_event(doc, sentence, noun)
    if event is not None and event.type in AGREEING and noun.kind in HELD_LATER:
        event = None  # "agreed on Tuesday to exchange 250 each": not the exchange's day
    if event is not None:  # "a strike on Odesa on Monday killed 12" (not Tuesday's, on
        # Kharkiv); "met on Tuesday for a second round, of about three hours"
        # (a date read as a truce's start or end is not the day of talks told beside it)
        if date is None and event.date_precision == "day" and event.dated_by in OWN_DATES \
                and event.date not in {d.value for d in doc.dates
                                       if d.start in taken or _counts_time(doc, d)}:
            date = event.date
        if venue is None and event.location is not None and noun.kind in PLACED_KINDS:
            venue = event.location.canonical or event.location.name
    if date is None and event is None:
        date = _day_in_words(doc, sentence, noun, taken, nouns)
    if date is None and noun.kind in ENDED_IN_SIGNING:
        signed = signing(doc, sentence, noun, taken)
        if signed is not None:
            date = signed[0]
            # "A and B signed ... on Wednesday after six hours of talks": the signers are
            # the sides of the talks, however far before the talks word they stand
            signers = _named_between(doc, sentence, signed[1], signed[2]) - exclude
            if len(parties) < 2 and len(signers) >= 2 and set(parties) <= signers:
                parties = tuple(sorted(signers))
    ground = None
    if venue is None and noun.kind in PLACED_KINDS:
        ground = _nearest_place(doc, sentence, noun)
        venue = ground.canonical or ground.name if ground is not None else None
    elif event is not None and noun.kind in PLACED_KINDS:
        ground = event.location
    if len(parties) == 1 and ground is not None and ground.country and \
            ground.country not in parties and ground.country not in exclude:
        # "удар російських дронів по Запоріжжю": one side named, the ground struck is the
        # other's (the two reports of one strike, one naming the city only, are one story)
        parties = tuple(sorted((*parties, ground.country)))
    return HappeningRef(kind=noun.kind, parties=parties, date=date, venue=venue,
                        words=noun.text)


AFTER_REACH = 5  # words between an "after" word and the meeting word ("after about six
# hours of talks", "nach sechs Stunden Verhandlungen")


def _named_between(doc: Document, sentence: Sentence, lo: int, hi: int) -> set[str]:
    """Countries named between two offsets, not as capitals nor after a venue word."""
    return {code for m in doc.mentions
            if m.label == "ACTOR" and lo <= m.start < hi and m.kind != "capital"
            and not _after_venue_word(doc, sentence, m.start) for code in countries_of(m)}


def signing(doc: Document, sentence: Sentence, noun: Noun, taken: set[int]
            ) -> tuple[str, int, int] | None:
    """The day of a meeting that ended in a signing or an agreement its clause tells
    ("signed a ceasefire on Wednesday after about six hours of talks", "firmaron el
    miércoles tras seis horas de negociaciones", "haben am Mittwoch nach sechs Stunden
    Verhandlungen ... unterzeichnet"): an "after" word of the language stands within a few
    words before the meeting word, a word of signing or agreeing elsewhere in its clause,
    and before the "after" word a day-precise date (not a truce's start or end, ``taken``):
    the day of the signing, on which the meeting ended. Read from the words, not the tree:
    the models hang "after ... hours of talks" as often on the verb of saying. Talks "after"
    which nothing was signed, or a signing with no day, take none. Returns the day and the
    span of the clause before the "after" word, where the signers are named."""
    words = fact_words(doc.language)
    if words is None or words.after is None:
        return None
    lo, hi = clause_bounds(doc, sentence, noun)
    text, base = folded(doc, lo, hi)
    at = doc.view.view_offset(noun.start) - base
    afters = list(words.after.finditer(text, 0, at))
    if not afters or len(text[afters[-1].end():at].split()) > AFTER_REACH:
        return None
    after = afters[-1].start()
    end = doc.view.view_offset(noun.end) - base
    if not any(m.end() <= after or m.start() >= end
               for p in (words.signed, words.agreed) if p is not None
               for m in p.finditer(text)):
        return None
    first, until = to_text(doc, base, base + after)
    for d in doc.dates:
        if d.value and len(d.value) == 10 and d.start not in taken and \
                first <= d.start < until and not _counts_time(doc, d):
            return d.value, first, until
    return None


def _nearest_place(doc: Document, sentence: Sentence, noun: Noun) -> Place | None:
    """The place named nearest to the noun in its clause ("Luftangriff auf die Stadt Nyala"),
    when no coded event says where it struck."""
    lo, hi = clause_bounds(doc, sentence, noun)
    places = [m for m in doc.mentions if m.label == "PLACE" and m.place is not None
              and lo <= m.start and m.end <= hi]
    if not places:
        return None
    return min(places, key=lambda m: max(m.start - noun.end, noun.start - m.end, 0)).place


def _sentence_event(doc: Document, sentence: Sentence, noun: Noun) -> Event | None:
    """The coded event of the noun's kind in its sentence whose trigger is nearest to it."""
    best: tuple[int, Event] | None = None
    for event in doc.events:
        start, end = event.trigger_span or (event.start, event.end)
        if not (sentence.start <= start < sentence.end) or _kind_of(event) != noun.kind:
            continue
        gap = max(start - noun.end, noun.start - end, 0)
        if best is None or gap < best[0]:
            best = (gap, event)
    return best[1] if best is not None else None
