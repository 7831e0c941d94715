"""Every event gets a date, and says where the date came from.

A date must fit the event's tense: what happened (or did not) took place by the day of
writing, what will happen after it. In the event's own clause and sentence this is checked
against the text's own date (dateline, publication date) only, since a date given for a
whole batch may be a guess. The date is taken from the first of these that gives one
(``dated_by``):
- ``clause``: a date expression in the event's own clause, nearest its trigger, that the
  dependency tree hangs on the event's own verb (:func:`clause_date`): "agreed to exchange
  prisoners on Wednesday" dates the exchange, not the agreement;
- ``sentence``: the date nearest the trigger anywhere in its sentence;
- ``passage``: the time of its live-blog entry;
- ``discourse``: the day of the story being told: the latest day told before it in its
  passage (a day before it, told later, is a look back), unless that day is background
  (weeks before the day of writing), a plan (after the day of writing, or in the future
  tense), a week, or the day of another event ("a day after [the call]");
  a headline above the dateline takes the day its lead (the sentence the dateline opens)
  tells; in a text that does not say when it was written, a lead before any date takes the
  day its next sentence gives, and an interval counted forward from a date it names tells the
  story's month ("took effect 13 months after [an attack in October 2023]": 2024-11);
- ``dateline``: the date that files the text ("KYIV, May 4 (Wire) -");
- ``published``: the document's publication date (or the reference date given for it).
The dateline and publication date are when the text was written, so an event dated by them
says so and keeps their precision (a page dated only "2025-03" dates its events to the month).
The discourse comes before the dateline: a story filed on Thursday about Wednesday's call
tells the call's day after the dateline ("on Wednesday"), and the events that follow are
that day's.
Two kinds of date never date an event: a photo caption's (when a picture was taken) and,
but for a plan, a date after "since" (when a state began: "the first talks since 2022").
A text that gives no date of its own and no year beside its days leaves its events
undated: a date is never guessed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from eventwire import lang
from eventwire.model import DateMention, Document, Event, Sentence
from eventwire.syntax.parse import token_at
from eventwire.text.dates import (
    counted_ahead,
    counted_from_the_story,
    counted_from_what_it_names,
    dated_passage,
    dates_an_event,
    in_caption,
    looks_ahead,
    named_by_interval,
    starts_a_state,
    told_before_the_story,
)
from eventwire.text.view import TextView, fold

CLAUSE_STEPS = 4  # heads climbed from a word to the verb of its clause
# Universal Dependencies relations of a clause that is what another is about or a modifier
# of it (not a sibling: "conj", "parataxis" clauses tell events of their own time)
SUBORDINATE = frozenset({"xcomp", "ccomp", "acl", "advcl"})
VERBAL = ("VERB", "AUX")
CLAUSE_REACH = 80  # characters: "the war launched in February 2022" far down the clause is not it
FUTURE = frozenset({"future"})
PAST = frozenset({"asserted", "negated"})
# Only a day written before sets the time of the telling ("in January", "in 2022" are
# background), and only one at most this many days before the day (or month) of writing.
DISCOURSE_PRECISIONS = frozenset({"day", "range"})
DISCOURSE_DAYS = 28


@dataclass(frozen=True)
class Dating:
    date: str | None
    precision: str | None
    dated_by: str | None


UNDATED = Dating(None, None, None)


def date_event(event: Event, doc: Document) -> None:
    """Set ``date``, ``date_precision`` and ``dated_by`` on an event from its document."""
    found = dating_of(event, doc)
    event.date, event.date_precision, event.dated_by = found.date, found.precision, found.dated_by


def dating_of(event: Event, doc: Document) -> Dating:
    """The first tier of :data:`TIERS` that dates the event, else no date."""
    for tier in TIERS:
        found = tier(event, doc)
        if found is not None:
            return found
    return UNDATED


def _by_clause(event: Event, doc: Document) -> Dating | None:
    mention = clause_date(event, doc)
    return _of(mention, "clause") if mention is not None else None


def _by_sentence(event: Event, doc: Document) -> Dating | None:
    index = _sentence_index(doc, _anchor(event))
    if index is None:
        return None
    sentence, own = doc.sentences[index], _written(doc, own=True)
    mention = _nearest(event, [d for d in _usable(doc, sentence.start, sentence.end, event)
                               if _fits_tense(event, d, own)
                               and not _under_another_verb(event, sentence, d)
                               and not _describes_another(event, sentence, d)
                               and not _counts_from_the_event(event, doc, sentence, d)])
    return _of(mention, "sentence") if mention is not None else None


def _by_passage(event: Event, doc: Document) -> Dating | None:
    passage = doc.passages[event.passage] if event.passage < len(doc.passages) else None
    if passage is None or not passage.published:
        return None
    return Dating(passage.published[:10], _precision(passage.published[:10]), "passage")


def _by_dateline(event: Event, doc: Document) -> Dating | None:
    mention = _dateline(doc, event.passage)
    return _of(mention, "dateline") if mention is not None else None


def _by_discourse(event: Event, doc: Document) -> Dating | None:
    index = _sentence_index(doc, _anchor(event))
    if index is None:
        return None
    if _told_before_the_story(event, doc, doc.sentences[index]):
        return None
    mention = _discourse(event, doc, index, _written(doc))
    return _of(mention, "discourse") if mention is not None else None


def _told_before_the_story(event: Event, doc: Document, sentence: Sentence) -> bool:
    """The event's verb is a pluperfect or is told "earlier": it took place before the day
    the story tells, so it has no day of the story (``dating.told_before_the_story``)."""
    token = token_at(sentence, _anchor(event))
    if token is None:
        return False
    verb = _clause_head(token)
    code = doc.language if lang.section(doc.language, "dates") else lang.FALLBACK
    return verb.pos_ in VERBAL and told_before_the_story(code, verb)


def _by_publication(event: Event, doc: Document) -> Dating | None:
    value = doc.published or doc.reference_date
    return Dating(value[:10], _precision(value[:10]), "published") if value else None


# The order in which an event's date is looked for: its own words first, the text's last.
TIERS: tuple[Callable[[Event, Document], Dating | None], ...] = (
    _by_clause, _by_sentence, _by_passage, _by_discourse, _by_dateline, _by_publication,
)


def clause_date(event: Event, doc: Document) -> DateMention | None:
    """The date expression in the event's clause nearest its trigger, within reach.

    The clause is the trigger's verb and everything that hangs on it in the dependency
    tree; an unparsed sentence falls back to the stretch around the trigger between clause
    marks (semicolon, colon, dash, brackets, ", and") and clause-break words ("but", "while").
    """
    index = _sentence_index(doc, _anchor(event))
    if index is None:
        return None
    sentence = doc.sentences[index]
    start, end = event.trigger_span or (event.start, event.end)
    clause = _tree_clause(sentence, start)
    if clause is not None:
        lo, hi = clause
    else:
        lo, hi = sentence.start, sentence.end
        for mark_start, mark_end in _clause_marks(doc, sentence):
            if mark_end <= start:
                lo = max(lo, mark_end)
            elif mark_start >= end:
                hi = min(hi, mark_start)
    own = _written(doc, own=True)
    near = [d for d in _usable(doc, lo, hi, event)
            if _distance(event, d) <= CLAUSE_REACH
            and (_fits_tense(event, d, own) or _planned(event, doc, d, own))
            and _own_clause(event, sentence, d)
            and not _describes_another(event, sentence, d)
            and not _counts_from_the_event(event, doc, sentence, d)]
    return _nearest(event, _not_the_verbs_own(event, sentence, near))


def _not_the_verbs_own(event: Event, sentence: Sentence,
                       near: list[DateMention]) -> list[DateMention]:
    """For an event told by a noun on another event's verb ("в среду обвинила ... в обстреле
    поста в воскресенье"), the dates of the clause less those nearer the verb than the noun,
    when some are left: a verb has one time, so a second date the parser hangs on it is the
    noun's (the shelling is Sunday's, the accusation Wednesday's). With one date, or none
    nearer the noun, the noun shares the verb's date."""
    start = event.trigger_span[0] if event.trigger_span else event.start
    trigger = _token_at(sentence, start)
    if len(near) < 2 or trigger is None or trigger.pos_ in VERBAL:
        return near
    verb = _clause_head(trigger)
    if verb.i == trigger.i:
        return near
    tokens = {id(d): _token_at(sentence, d.start) for d in near}
    others = [d for d in near if tokens[id(d)] is not None
              and abs(tokens[id(d)].i - trigger.i) < abs(tokens[id(d)].i - verb.i)]
    return others if others and len(others) < len(near) else near


PHRASE_ON_TRIGGER = ("case", "amod")  # relations by which a date phrase governs its noun


def _counts_from_the_event(event: Event, doc: Document, sentence: Sentence,
                           mention: DateMention) -> bool:
    """True when the date phrase takes the event's trigger as what it counts from: "on the
    eve of the talks", "la veille des pourparlers", "накануне переговоров" date what happened
    the day before the talks, not the talks (the trigger hangs on a word of the phrase, or
    a word of the phrase marks the trigger's case or, as the parser may read "накануне",
    modifies it as an adjective)."""
    start = event.trigger_span[0] if event.trigger_span else event.start
    trigger = _token_at(sentence, start)
    if trigger is None or mention.start <= start < mention.end \
            or not counted_from_the_story(doc, mention):
        return False
    inside = [t for t in (_token_at(sentence, o) for o in range(mention.start, mention.end))
              if t is not None]
    hangs_on_the_phrase = trigger.head.i != trigger.i and trigger.head.i in {t.i for t in inside}
    return hangs_on_the_phrase or any(
        t.head.i == trigger.i and t.dep_.split(":")[0] in PHRASE_ON_TRIGGER for t in inside)


def _planned(event: Event, doc: Document, mention: DateMention, written: str | None) -> bool:
    """A day after the day of writing, on the event's own verb, that the text tells as ahead
    (a future marker, or the present of an arrangement: "which is hosting Friday's talks",
    "si incontreranno venerdì" read as a present) dates the event as planned even where its
    modality says it happened: the verb's own tense says otherwise. A negated event keeps
    to the tense check."""
    return (event.modality != "negated" and bool(written) and bool(mention.value)
            and str(mention.value)[: len(str(written))] >= str(written)[: len(str(mention.value))]
            and looks_ahead(doc, mention))


def _own_clause(event: Event, sentence: Sentence, mention: DateMention) -> bool:
    """False when the tree hangs the date on another verb than the event's: "agreed to
    exchange prisoners on Wednesday" dates the exchange, not the agreement. Without a parse
    (or a token for either), any date of the sentence may be the event's."""
    start = event.trigger_span[0] if event.trigger_span else event.start
    trigger, date_token = _token_at(sentence, start), _token_at(sentence, mention.start)
    if trigger is None or date_token is None:
        return True
    return bool(_clause_head(trigger).i == _date_verb(sentence, mention, date_token).i)


def _under_another_verb(event: Event, sentence: Sentence, mention: DateMention) -> bool:
    """True when the date hangs on a verb the event's verb governs: the date of what the
    event is about ("proposed to meet this month", "as at the talks held in May, they
    agreed"), not of the event."""
    start = event.trigger_span[0] if event.trigger_span else event.start
    trigger, date_token = _token_at(sentence, start), _token_at(sentence, mention.start)
    if trigger is None or date_token is None:
        return False
    verb, date_verb = _clause_head(trigger), _date_verb(sentence, mention, date_token)
    if verb.i == date_verb.i or date_verb.dep_.split(":")[0] not in SUBORDINATE:
        return False
    return any(a.i == verb.i for a in date_verb.ancestors)


def _describes_another(event: Event, sentence: Sentence, mention: DateMention) -> bool:
    """True when the date hangs on a relative clause (``acl``) of a word that is not the
    event's trigger, outside the event's own clause: the time of a participant ("Russia,
    which invaded Ukraine in February 2022, accused Kyiv of shelling Belgorod"; "the truce
    agreed on 5 March"), not of the event. A relative clause on the trigger itself tells
    its time ("the talks, which were held on Monday, ..."). The relative clause is the
    subtree of its verb up to the first comma after the date, since the parser may hang
    what follows a clause set off by commas inside it ("accused Eritrea, which became
    independent in May 1993, of shelling")."""
    start = event.trigger_span[0] if event.trigger_span else event.start
    trigger, date_token = _token_at(sentence, start), _token_at(sentence, mention.start)
    if trigger is None or date_token is None:
        return False
    date_verb = _date_verb(sentence, mention, date_token)
    if date_verb.dep_.split(":")[0] != "acl" or date_verb.head.i == trigger.i:
        return False
    last = date_verb.right_edge.i
    comma = next((t.i for t in date_verb.subtree
                  if t.i > date_token.i and t.pos_ == "PUNCT" and t.text == ","), None)
    if comma is not None:
        last = comma
    return not date_verb.left_edge.i <= trigger.i <= last


def _token_at(sentence: Sentence, offset: int) -> Any | None:
    """The parsed token holding a character of the stored text, if any."""
    parse = sentence.parse
    if parse is None:
        return None
    at = offset - sentence.parse_start
    return next((t for t in parse if t.idx <= at < t.idx + len(t.text)), None)


def _clause_head(token: Any) -> Any:
    """The verb a token's clause hangs on: the token itself or its nearest verb above."""
    for _ in range(CLAUSE_STEPS):
        if token.pos_ in VERBAL or token.head.i == token.i:
            return token
        token = token.head
    return token


def _date_verb(sentence: Sentence, mention: DateMention, token: Any) -> Any:
    """The verb a date phrase hangs on, from the top of the phrase in the tree; a word of
    the phrase the parser reads as a verb ("hace" in "hace dos días") hangs the phrase on
    what that word hangs on."""
    lo, hi = mention.start - sentence.parse_start, mention.end - sentence.parse_start
    top = token
    for _ in range(len(mention.text)):
        if top.head.i == top.i or not lo <= top.head.idx < hi:
            break
        top = top.head
    if top.pos_ in VERBAL and top.head.i != top.i:
        top = top.head
    return _date_head(top)


def _date_head(token: Any) -> Any:
    """The verb a date's clause hangs on; a date the parser cut off as a root of its own,
    beside the sentence's one verb ("Yesterday | the envoys met", "Martedì scorso | la
    Russia ha accusato"), hangs on that verb."""
    head = _clause_head(token)
    verb = _fragment(head) if head.pos_ not in VERBAL else None
    return verb if verb is not None else head


def _fragment(root: Any) -> Any | None:
    """For a root without a verb, in a parse of two roots (a stray full stop is none) whose
    other root is a verb: that verb (the parser split off a phrase of its clause); for a
    verbal root in such a parse: the root without a verb; else None."""
    if root.head.i != root.i:
        return None
    others = [t for t in root.doc if t.head.i == t.i and t.i != root.i and t.pos_ != "PUNCT"]
    if len(others) != 1 or (root.pos_ in VERBAL) == (others[0].pos_ in VERBAL):
        return None
    return others[0]


def _tree_clause(sentence: Sentence, trigger_start: int) -> tuple[int, int] | None:
    """The characters of the clause a trigger heads or sits in, from the dependency tree:
    the trigger's own subtree when it is a verb, else that of the verb it depends on."""
    token = token_at(sentence, trigger_start)
    if token is None:
        return None
    token = _clause_head(token)
    left, right = token.left_edge, token.right_edge
    cut_off = _fragment(token) if token.pos_ in VERBAL else None
    if cut_off is not None:  # a phrase of this verb's clause the parser made a root
        left = min(left, cut_off.left_edge, key=lambda t: t.i)
        right = max(right, cut_off.right_edge, key=lambda t: t.i)
    return sentence.parse_start + left.idx, sentence.parse_start + right.idx + len(right.text)


@lru_cache(maxsize=32)
def _clause_breaks(code: str) -> re.Pattern[str]:
    grammar = lang.section(code, "grammar")
    words = sorted({fold(str(w)) for w in grammar.get("clause_breaks") or ()
                    if any(c.isalnum() for c in str(w))}, key=len, reverse=True)
    joins = sorted({fold(str(w)) for w in grammar.get("coordination") or ()
                    if any(c.isalnum() for c in str(w))}, key=len, reverse=True)
    parts = [r"[;:\u2014\u2013()\[\]]"]
    if joins:
        parts.append(r",\s+(?:" + "|".join(re.escape(w) for w in joins) + r")(?!\w)")
    if words:
        parts.append(r"(?<!\w)(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+")
                                             for w in words) + r")(?!\w)")
    return re.compile("|".join(parts))


def _clause_marks(doc: Document, sentence: Sentence) -> list[tuple[int, int]]:
    """Spans (in the stored text) of the clause marks of a sentence."""
    view = doc.view if doc.view is not None else TextView.of(doc.text)
    code = doc.language if lang.section(doc.language, "grammar") else lang.FALLBACK
    lo, hi = view.view_offset(sentence.start), view.view_offset(sentence.end)
    return [view.original_span(m.start(), m.end())
            for m in _clause_breaks(code).finditer(view.norm, lo, hi)]


def _anchor(event: Event) -> int:
    return event.trigger_span[0] if event.trigger_span else event.start


def _sentence_index(doc: Document, offset: int) -> int | None:
    starts = [s.start for s in doc.sentences]
    n = bisect_right(starts, offset) - 1
    if n < 0 or offset > doc.sentences[n].end:
        return None
    return n


def _usable(doc: Document, lo: int, hi: int, event: Event) -> list[DateMention]:
    """Dates with a value inside ``[lo, hi)`` that may date the event: not the dateline (it
    dates the writing), nor a photo caption's (it dates a picture), nor, but for a plan
    ("from 1 April"), a date after "since" (when a state began: "a ban in place since 1992"),
    nor the date of what an interval names, but for that happening itself ("13 months after
    [the attack of October 2023], Russia accused...": the accusation is not October's), nor,
    for what happened, a count ahead of the day of writing ("in three years")."""
    return [d for d in doc.dates if lo <= d.start and d.end <= hi and d.value and not d.dateline
            and (event.modality in FUTURE or not starts_a_state(doc, d))
            and (event.modality not in PAST or not counted_ahead(doc, d))
            and not in_caption(doc, d.start, d.end) and not _named_elsewhere(doc, d, event)]


def _named_elsewhere(doc: Document, mention: DateMention, event: Event) -> bool:
    interval = named_by_interval(doc, mention)
    return interval is not None and not interval.start <= _anchor(event) < mention.end


def _distance(event: Event, mention: DateMention) -> int:
    start, end = event.trigger_span or (event.start, event.end)
    return max(mention.start - end, start - mention.end, 0)


def _nearest(event: Event, mentions: list[DateMention]) -> DateMention | None:
    if not mentions:
        return None
    return min(mentions, key=lambda d: (_distance(event, d), d.start))


def _of(mention: DateMention, dated_by: str) -> Dating:
    """A week ("earlier this week", "next week") dates by its first day, a range."""
    precision = mention.precision or _precision(mention.value)
    if precision == "day" and mention.until is not None:
        precision = "range"
    return Dating(mention.value, precision, dated_by)


def _precision(value: str | None) -> str | None:
    if not value:
        return None
    return {4: "year", 7: "month"}.get(len(value), "day")


def _dateline(doc: Document, passage: int | None = None) -> DateMention | None:
    """The dateline of a passage (a live-blog entry filed by a wire), else the text's first."""
    datelines = [d for d in doc.dates if d.dateline and d.value]
    if passage is not None and len(doc.passages) > 1:
        own = next((d for d in datelines if dated_passage(doc, d) == passage), None)
        if own is not None:
            return own
    return next(iter(datelines), None)


def _written(doc: Document, *, own: bool = False) -> str | None:
    """When the text was written: its dateline, its publication date, or (unless ``own``)
    the date given for it (which may be only a guess, as a batch's ``--date`` is)."""
    dateline = _dateline(doc)
    value = (dateline.value if dateline is not None else None) or doc.published
    value = value or (None if own else doc.reference_date)
    return value[:10] if value else None


def _discourse(
    event: Event, doc: Document, sentence_index: int, written: str | None
) -> DateMention | None:
    """The latest day told before the event's sentence, in its passage, that fits its tense."""
    sentences: list[Sentence] = doc.sentences
    lo = 0
    hi = sentences[sentence_index].start
    if doc.passages and event.passage < len(doc.passages):
        lo = doc.passages[event.passage].start
    earliest = _recent_from(written)

    def tells(mention: DateMention) -> bool:
        return ((mention.precision in DISCOURSE_PRECISIONS
                 or (not written and counted_from_what_it_names(doc, mention)))
                and not _period(mention)
                and _fits_tense(event, mention, written)
                and (earliest is None or str(mention.value) >= earliest)
                and (event.modality in FUTURE or not _ahead(mention, doc, written))
                and not dates_an_event(doc, mention))

    # the story's day is the latest told so far: a day before it told after it is a look
    # back ("Tuesday evening, he had announced..."), which does not move the story back
    found = max((m for m in _usable(doc, lo, hi, event) if tells(m)),
                key=lambda m: (str(m.value), m.start), default=None)
    if found is None:  # a headline above the dateline tells the lead's story
        lead = _lead_under(doc, sentences[sentence_index], event.passage)
        if lead is not None:
            return next((m for m in _usable(doc, lead.start, lead.end, event) if tells(m)), None)
    if found is not None or written or not _opens(doc, sentence_index, lo):
        return found
    following = sentences[sentence_index + 1] if sentence_index + 1 < len(sentences) else None
    return next((m for m in _usable(doc, following.start, following.end, event) if tells(m)),
                None) if following is not None else None


def _lead_under(doc: Document, sentence: Sentence, passage: int) -> Sentence | None:
    """For a headline (a sentence wholly above the dateline that files its passage), the
    lead: the sentence the dateline opens ("Ethiopia accuses Eritrea of shelling" over
    "ADDIS ABABA, Oct 14 (Wire) - Ethiopia accused Eritrea on Tuesday of shelling...")."""
    dateline = _dateline(doc, passage)
    if dateline is None or sentence.end > dateline.start:
        return None
    return next((s for s in doc.sentences if s.start <= dateline.start < s.end), None)


def _opens(doc: Document, sentence_index: int, passage_start: int) -> bool:
    """The event's sentence opens its passage (a lead, often dated by the next sentence:
    "X and Y signed a deal. The ceremony took place on Friday, August 8")."""
    return not any(s.end <= doc.sentences[sentence_index].start and s.start >= passage_start
                   for s in doc.sentences[max(0, sentence_index - 1): sentence_index])


def _ahead(mention: DateMention, doc: Document, written: str | None) -> bool:
    """A date of a plan: after the day of writing, or told in the future tense."""
    value = str(mention.value)
    return bool(written and value[: len(written)] > written) or looks_ahead(doc, mention)


def _period(mention: DateMention) -> bool:
    """A week given by its first day ("next week"): no day to tell the story from."""
    return mention.precision == "day" and mention.until is not None


def _recent_from(written: str | None) -> str | None:
    """The earliest day a date may name to set the time of the telling: a few days before
    the day (or the month) of writing; older ones are background ("launched on 30 September")."""
    if not written:
        return None
    first = date.fromisoformat(written + "-01-01"[len(written) - 4:])
    return (first - timedelta(days=DISCOURSE_DAYS)).isoformat()


def _fits_tense(event: Event, mention: DateMention, written: str | None) -> bool:
    """What happened (or did not) happened by the day of writing; what will, after it."""
    if not written or not mention.value:
        return True
    day = mention.value[: len(written)]
    anchor = written[: len(day)]
    if event.modality in FUTURE:
        return day >= anchor
    return day <= anchor if event.modality in PAST else True
