"""Date expressions, found on the folded view and resolved against a reference date.

Phrases come from data: month and weekday names generated from CLDR (``dates_cldr.yaml``)
and curated phrases (``dates.yaml``: "last"/"dernier", "yesterday"/"hier", "il y a",
tense markers). Parsing is done here rather than by dateparser, which ignores tense and is
slow; a bare weekday or month looks back unless the nearest tense marker in its sentence is
a future one ("will exchange prisoners on Wednesday"). The reference is the passage's own
date when it has one, else the dateline's ("KYIV, May 4 (Wire) -"), else the document's.
A document dated only to the month or year, or not at all, is read against the latest day
the text writes that fits it (a weekday with a day fixes a year no text gives, up to
today); that day is only the earliest the text can have been written, so a bare weekday
in the past falls at most four days before it, else just after it. With no day at all,
only absolute dates get a value, but for a text whose first date is an interval counted
forward from a date it names ("13 months after [an attack in October 2023]"): that month
is the story's, and months named later are read against it. Anaphoric phrases ("the next
year", "that day") take the latest date written before them instead, and intervals ("a day
after [the call]") date what follows them from it. "Overnight" ("dans la nuit", "ночью") is
the night ending on the day of writing, or on the day of the saying that tells it ("said on
Tuesday that ... overnight": Tuesday); never a guess where the day of writing is unknown.
Clock times ("1700 hours", "17 Uhr") are matched so that no year or day is read into them,
and are not reported as dates. Ranges
("du 23 au 25 mars") give their first day as the value and their last as ``until``.
Dates in a photo caption ("This combination of pictures created on ...") neither file the
text nor tell when it was written.

The package by job: :mod:`.phrases` (a language's date phrases as patterns),
:mod:`.calendar` (a phrase's day against a reference), :mod:`.tense` (a date told
as past or ahead), :mod:`.headers` (datelines, headers and captions),
:mod:`.relative` (anaphoric phrases and intervals); here, finding and resolving.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from datetime import date
from typing import Any

from eventwire import lang
from eventwire.model import DateMention, Document
from eventwire.text.dates.calendar import (
    WEEKDAY_BACK,
    WEEKDAY_YEARS,
    YEAR_GAP,
    _add_months,
    _closest_year,
    _day,
    _filed_before,
    _gap,
    _names,
    _nearer,
    _period,
    _range,
    _resolve,
    _safe_date,
    _today,
    _year_after,
    _year_of_weekday,
    numeric_day,
    page_order,
)
from eventwire.text.dates.headers import (
    _CLOCK_ONLY,
    _HEADER_CLOCK,
    _PLACE_COMMA,
    _SHORT_DAY,
    _SHORT_WORD,
    CAPTION_LENGTH,
    DATELINE_REACH,
    HEADER_GAP,
    LABEL_REACH,
    SINCE_REACH,
    _capital,
    _dateline_day,
    _datelines,
    _header_gap,
    _heads,
    _iso,
    _month_header,
    _references,
    _told_before,
    closing_line,
    dated_passage,
    in_caption,
    is_dateline,
    starts_a_state,
)
from eventwire.text.dates.phrases import (
    _ABSOLUTE,
    _B,
    _E,
    _NAMED,
    _NOT_DATES,
    _alternation,
    _alternation_of_patterns,
    _code,
    _ending,
    _folded_set,
    _key,
    _month_of,
    _Reference,
    _Rules,
    rules,
)
from eventwire.text.dates.relative import (
    INTERVAL_REACH,
    _anaphoric,
    _counted_from,
    _counts_after,
    _first_dated,
    _interval,
    _named_by_intervals,
    _named_date,
    _names_an_event,
    _preposition_next,
    _relative_kind,
    _told,
    counted_ahead,
    counted_from_the_story,
    counted_from_what_it_names,
    dates_an_event,
    named_by_interval,
)
from eventwire.text.dates.tense import (
    _OF_THE_OBJECT,
    _ON_THE_VERB,
    _aux_tense,
    _looks_ahead,
    _Markers,
    _present,
    _present_form,
    _progressive,
    _said_act,
    _said_acts,
    _speech_verb,
    _speech_words,
    _verb_lemmas,
    looks_ahead,
    nouns_of,
    told_as_arranged,
    told_before_the_story,
)
from eventwire.text.view import TextView, fold

__all__ = [
    "CAPTION_LENGTH",
    "DATELINE_REACH",
    "HEADER_GAP",
    "INTERVAL_REACH",
    "LABEL_REACH",
    "SINCE_REACH",
    "WEEKDAY_BACK",
    "WEEKDAY_YEARS",
    "WINDOW_AFTER",
    "WINDOW_BEFORE",
    "YEAR_GAP",
    "_ABSOLUTE",
    "_B",
    "_CLOCK_ONLY",
    "_E",
    "_HEADER_CLOCK",
    "_Markers",
    "_NAMED",
    "_NOT_DATES",
    "_OF_THE_OBJECT",
    "_ON_THE_VERB",
    "_PLACE_COMMA",
    "_Reference",
    "_Rules",
    "_SHORT_DAY",
    "_SHORT_WORD",
    "_add_months",
    "_alone",
    "_alternation",
    "_alternation_of_patterns",
    "_anaphoric",
    "_aux_tense",
    "_capital",
    "_closest_year",
    "_code",
    "_counted_from",
    "_counts_after",
    "_dateline_day",
    "_datelines",
    "_day",
    "_ending",
    "_filed_before",
    "_first_dated",
    "_folded_set",
    "_gap",
    "_header_gap",
    "_heads",
    "_inferred",
    "_interval",
    "_iso",
    "_key",
    "_looks_ahead",
    "_month_header",
    "_month_of",
    "_named_by_intervals",
    "_named_date",
    "_names",
    "_names_an_event",
    "_nearer",
    "_period",
    "_preposition_next",
    "_present",
    "_present_form",
    "_progressive",
    "_range",
    "_references",
    "_relative_kind",
    "_resolve",
    "_resolved",
    "_safe_date",
    "_said_act",
    "_said_acts",
    "_span",
    "_speech_verb",
    "_speech_words",
    "_story_month",
    "_today",
    "_told",
    "_told_before",
    "_verb_lemmas",
    "_windows",
    "_year_after",
    "_year_of_weekday",
    "counted_ahead",
    "counted_from_the_story",
    "counted_from_what_it_names",
    "dated_passage",
    "dates_an_event",
    "find_dates",
    "in_caption",
    "is_dateline",
    "looks_ahead",
    "named_by_interval",
    "rules",
    "starts_a_state",
    "told_as_arranged",
    "told_before_the_story",
]


def _span(kind: str, m: re.Match[str]) -> tuple[int, int]:
    """The phrase without a leading preposition ("en août dernier" -> "août dernier")."""
    start, end = m.span()
    if kind == "year":
        start = m.start("y")
    elif kind == "month" and m.group("prep") and not m.group("pre"):
        start = m.start("m")
    elif kind == "weekday" and m.group("wprep") and not m.group("pre"):
        start = m.start("wd")
    text = m.group()
    if text.endswith(")") and "(" not in text:
        end -= len(text) - len(text[:-1].rstrip())
    return start, end


WINDOW_BEFORE, WINDOW_AFTER = 40, 60  # characters of context a date phrase can take


def _windows(trigger: re.Pattern[str], norm: str) -> list[tuple[int, int]]:
    """Stretches around digits and date words: the only places worth running patterns on.

    Date patterns start with optional words, which defeats the regex engine's fast scan;
    running them on these stretches only keeps dates well under a millisecond a page.
    """
    windows: list[tuple[int, int]] = []
    for match in trigger.finditer(norm):
        lo = max(0, match.start() - WINDOW_BEFORE)
        hi = min(len(norm), match.end() + WINDOW_AFTER)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    return windows


def find_dates(doc: Document) -> None:
    """Fill ``doc.dates`` with every date phrase, longest first where phrases overlap."""
    view: TextView = doc.view if doc.view is not None else TextView.of(doc.text)
    code = _code(doc)
    r = rules(code)
    norm = view.norm
    candidates: list[tuple[int, int, int, str, re.Match[str]]] = []
    capitalized = bool(lang.section(code, "language").get("capitalized_date_names"))
    windows = _windows(r.trigger, norm)
    for priority, (kind, pattern) in enumerate(r.patterns):
        for m in (m for lo, hi in windows for m in pattern.finditer(norm, lo, hi)):
            if kind in ("month", "weekday") and _alone(m) \
                    and _key(m.group(_NAMED[kind])) in r.not_alone:
                continue  # "May" alone is too often another word; "a July meeting" is a date
            if capitalized and kind in _NAMED and not _capital(doc, view, m, kind):
                continue
            if kind == "day_of_month" and m.group("d") and _noun_next(doc, view, m):
                continue  # "on the 4th floor": an ordinal, no day
            # a bare year is a year once it counts nothing; ``kind`` stays the pattern's own,
            # so the next match of the same pattern is checked too
            found = kind
            if kind == "bare_year":
                if _counts_something(doc, view, r, m):
                    continue
                found = "year"
            start, end = _span(found, m)
            candidates.append((start, -(end - start), priority, found, m))
    candidates.sort(key=lambda c: c[:3])
    kept: list[tuple[int, int, str, re.Match[str]]] = []
    last_end = -1
    for start, negative_length, _, kind, m in candidates:
        if start >= last_end:
            last_end = start - negative_length
            if kind not in _NOT_DATES:
                kept.append((start, last_end, kind, m))
    doc.dates = _resolved(doc, view, r, kept)


# A bare number that counts more often than it dates: a round hundred ("2000 Soldaten").
_ROUND = 100
# A capital right after a bare number: the noun it counts ("2024 Menschen", in a language that
# capitalises nouns and writes years bare).
_NOUN_AFTER = re.compile(r"\s*[^\W\d_]", re.UNICODE)


def _counts_something(doc: Document, view: TextView, r: _Rules, m: re.Match[str]) -> bool:
    """A bare four-digit number that is a count, not a year: a round hundred, one a noun
    follows, or one joined to another number ("2000 bis 3000")."""
    if int(m.group("y")) % _ROUND == 0:
        return True
    end = view.to_original[m.end() - 1] + 1
    after = doc.text[end:end + 40]
    noun = _NOUN_AFTER.match(after)
    if noun and noun.group()[-1].isupper():
        return True
    return bool(r.bare_year_links.match(fold(after)))


def _noun_next(doc: Document, view: TextView, m: re.Match[str]) -> bool:
    """The word right after a match is one the parser tags as a noun or a name."""
    end = view.to_original[m.end() - 1] + 1
    after = doc.text[end:end + 40]
    start = end + len(after) - len(after.lstrip())
    if not after.strip():
        return False
    nouns = doc.__dict__.get("_nouns")
    if nouns is None:
        nouns = doc.__dict__["_nouns"] = nouns_of(doc, _NOUNS)
    return start in nouns


_NOUNS = frozenset({"NOUN", "PROPN"})


def _alone(m: re.Match[str]) -> bool:
    """A month or day name with no word that makes it a date ("in May", "в среду")."""
    return not any(m.groupdict().get(g) for g in ("pre", "prep", "wprep", "post"))


def _inferred(r: _Rules, kept: list[tuple[int, int, str, re.Match[str]]],
              known: _Reference, ahead: Callable[[int], bool]) -> _Reference:
    """The day of writing, when the reference date does not give it: the latest day the
    text writes that fits what is known of it ("2024-11": a day of November 2024), but
    for a day told in the future tense (``ahead`` of its offset: "will meet on June 20").

    News is written on or soon after the latest day it names; "Tuesday" and "2 June" are
    read against that day rather than left without a value. A day written without a year
    takes the known year, else the latest year the text writes with a month ("August 8"
    beside "March 2025"; a year alone, "in 2023", "since 1992", is background far more often
    than the story's), else, with a weekday, the year that weekday fixes ("Friday, August 8").
    """
    none = _Reference(None, None, None)
    years = []
    for _, _, kind, m in kept:
        if kind in _ABSOLUTE and kind != "year" and m.groupdict().get("y"):
            years.append(_Reference.parse(_resolve(kind, m, r, none, lambda: -1)[0]).year)
    year = known.year or max((y for y in years if y is not None), default=None)
    base = _Reference(None, year, None)
    latest: date | None = None
    for start, _, kind, m in kept:
        if kind not in _ABSOLUTE or ahead(start):
            continue
        found = _Reference.parse(_resolve(kind, m, r, base, lambda: -1)[0]).day
        if found is None or (known.year and found.year != known.year) or (
                known.month and found.month != known.month):
            continue
        latest = found if latest is None else max(latest, found)
    if latest is not None:
        return _Reference(latest, latest.year, latest.month, at_least=True)
    return known if known.year is not None else base


def _story_month(r: _Rules, kept: list[tuple[int, int, str, re.Match[str]]],
                 bounds: list[tuple[int, int]], given: _Reference) -> _Reference | None:
    """The month of the story in a text that gives no day of its own: the month an interval
    counts from a date it names when nothing is dated before it ("took effect 13 months
    after [an attack in October 2023]": November 2024), so that "in September" later on is
    September 2024. None for any other text, or for a month outside the year given."""
    starts = [b[0] for b in bounds]
    for index, (start, _, kind, m) in enumerate(kept):
        if kind in _ABSOLUTE:
            return None
        if kind != "interval":
            continue
        if _key(m.group("rel")) not in r.after:
            return None  # "two years before [the war]": what it dates is background
        n = bisect_right(starts, start) - 1
        sentence_end = bounds[n][1] if n >= 0 else start
        value, _, _ = _counted_from(r, m, _named_date(kept, index, r, given, sentence_end))
        story = _Reference.parse(value)
        if story.month is None or (given.year is not None and story.year != given.year):
            return None
        return _Reference(None, story.year, story.month)
    return None


def _resolved(doc: Document, view: TextView, r: _Rules,
              kept: list[tuple[int, int, str, re.Match[str]]]) -> list[DateMention]:
    """Values for the kept phrases: the dateline first, since it anchors what follows it."""
    norm = view.norm
    bounds = sorted((view.view_offset(s.start), view.view_offset(s.end)) for s in doc.sentences)
    starts = [b[0] for b in bounds]
    found_markers: list[_Markers] = []  # the tense markers, found on the first question

    def markers_direction(offset: int, lo: int, hi: int, own_end: int = -1) -> int:
        if not found_markers:
            found_markers.append(_Markers.of(r, norm, doc.text, view.to_original, nouns_of(doc)))
        return found_markers[0].direction(offset, lo, hi, own_end)
    captions = {start for start, end, _, _ in kept
                if in_caption(doc, *view.original_span(start, end))}

    def ahead(offset: int) -> bool:
        n = bisect_right(starts, offset) - 1
        lo, hi = bounds[n] if n >= 0 else (0, len(norm))
        return markers_direction(offset, lo, hi) > 0

    given = document = _Reference.parse(doc.reference_date)
    header = _month_header(doc, view, r, kept, captions)
    if header is not None and not doc.published \
            and not (doc.reference_date or "").startswith(header[1]):
        given = document = _Reference.parse(header[1])  # the text's own month wins a guess
    if document.day is None:
        document = _inferred(r, [k for k in kept if k[0] not in captions], document, ahead)
    if document.month is None:
        document = _story_month(r, [k for k in kept if k[0] not in captions], bounds,
                                given) or document
    datelines, later = _datelines(doc, view, r, kept, captions, document)
    dateline = datelines.get(min(datelines)) if datelines else None  # the text's first
    # a date closing the text ("Vienna, 13 May 2026") files what is told above it too
    closing = dateline is not None and any(
        closing_line(doc, *view.original_span(start, end)) for start, end, _, _ in kept
        if view.original_span(start, end)[1] == dateline[0])
    # where each dateline's day starts: its own passage, or the next one for a day written
    # alone at the end of a passage (a live blog's day heading over the entries below it)
    days = {_heads(doc, n, end): day for n, (end, day) in datelines.items()}
    if len(doc.passages) > 1 and not doc.metadata.get("liveblog_entries") and days:
        from eventwire.text.passages import date_passages

        date_passages(doc, doc.reference_date, {n: _iso(day) for n, day in days.items()})
    refs = _references(doc, document)
    for n, day in days.items():
        if n < len(refs) and refs[n] is document:
            refs[n] = day
    found: list[DateMention] = []
    order: list[str | None] | None = None  # the page's order of day and month, when asked
    anchor: DateMention | None = None  # the latest date written, for "the next year"
    for index, (start, end, kind, m) in enumerate(kept):

        def direction(offset: int = start, own_end: int = end) -> int:
            n = bisect_right(starts, offset) - 1
            lo, hi = bounds[n] if n >= 0 else (0, len(norm))
            if told_as_arranged(doc, *view.original_span(offset, own_end)):
                return 1
            return markers_direction(offset, lo, hi, own_end)

        o_start, o_end = view.original_span(start, end)
        passage = doc.passage_at(o_start) if doc.passages else 0
        ref = refs[passage] if passage < len(refs) else refs[0]
        if dateline is not None and ref is document and (o_start >= dateline[0] or closing):
            ref = dateline[1]
        names_an_event = _names_an_event(r, kind, m.group(), norm[end:end + 3],
                                         kind == "anaphoric" and _preposition_next(doc, o_end))
        if kind == "anaphoric":
            value, precision, until = _anaphoric(r, m.group("a"), anchor, ref, names_an_event)
        elif kind == "interval" and anchor is None:
            n = bisect_right(starts, start) - 1
            sentence_end = bounds[n][1] if n >= 0 else len(norm)
            value, precision, until = _counted_from(
                r, m, _named_date(kept, index, r, ref, sentence_end))
        elif kind == "interval":
            value, precision, until = _interval(r, m, anchor)
        elif kind == "told":
            value, precision, until = _told(r, m, anchor, ref)
        elif kind == "numeric_dm":
            if order is None:
                order = [page_order(r, kept)]
            value, precision, until = numeric_day(m, ref, order[0])
        elif kind == "overnight":  # the day of writing, unless its sentence tells another
            value, precision, until = ((*_day(ref.day), None) if ref.day and not ref.at_least
                                       else (None, None, None))
        else:
            value, precision, until = _resolve(kind, m, r, ref, direction)
            year = _year_after(r, kept, index, norm, ref) if kind in ("dmy", "mdy", "night_dmy") \
                and not m.group("y") else None
            if year is not None:
                day = _safe_date(year, _month_of(r, m.group("m")), int(m.group("d")))
                value, precision = _day(day) if day else (value, precision)
        mention = DateMention(o_start, o_end, doc.text[o_start:o_end], value,
                              precision, until=until, kind=kind)  # type: ignore[arg-type]
        own = datelines.get(passage)
        if own is not None and o_end == own[0]:
            mention.dateline = True
            mention.value = _iso(own[1])
        elif o_start in later:  # a header's later day: an update, not the day of writing
            mention.dateline = True
            mention.value, mention.precision, mention.until = None, None, None
        elif header is not None and o_start == header[0]:  # "date 2024-11": written that month
            mention.dateline = True
            if given.day is not None:  # a day of writing known otherwise says more
                mention.value, mention.precision = None, None
        elif value is not None and not names_an_event and start not in captions:
            anchor = mention
        found.append(mention)
    _nights_of_their_sentence(doc, found)
    return found


# Universal Dependencies relations by which a saying hangs on what it says ("Russia attacked
# overnight, officials said on Wednesday"); what is said hangs anywhere below its saying
# ("said on Tuesday that Russia had attacked overnight", "a accusé mardi la Serbie d'avoir
# bombardé ... dans la nuit", the parser hanging the act on the accused)
_SAYS = frozenset({"ccomp", "parataxis"})
_VERB_STEPS = 4  # heads climbed from a date phrase to the verb it hangs on
# dates counted from another ("three days after [the talks on Monday]") tell no saying's day
_NOT_A_SAYINGS_DAY = frozenset({"overnight", "interval", "anaphoric", "told"})


def _nights_of_their_sentence(doc: Document, found: list[DateMention]) -> None:
    """"Overnight" is the night ending on the day of writing (its value already), or on the
    day of the saying that tells it: "said on Tuesday that Russia had attacked Odesa
    overnight" is Monday's night into Tuesday, dated Tuesday. The saying is the night's own
    verb, or a verb of speech or an act of saying the tree joins to it, with the day hung
    right on it; a day hung elsewhere ("days after the talks on Monday") is not the
    night's, and without a parse the night keeps the day of writing."""
    code = _code(doc)
    for night in (m for m in found if m.kind == "overnight" and m.value):
        verb = _verb_of(doc, night)
        if verb is None:
            continue
        days = [m for m in found if m is not night and m.value and m.precision == "day"
                and m.until is None and not m.dateline and m.kind not in _NOT_A_SAYINGS_DAY]
        said = [m for m in days if _says(code, verb, _verb_of(doc, m, direct=True))]
        if said:
            night.value = min(said, key=lambda m: abs(m.start - night.start)).value


def _verb_of(doc: Document, mention: DateMention, direct: bool = False) -> Any | None:
    """The verb the tree hangs a date phrase on (from the top of the phrase), if parsed;
    ``direct``: only a verb the top of the phrase hangs on itself ("accused on Tuesday"),
    not through a noun ("the talks on Monday")."""
    n = bisect_right([s.start for s in doc.sentences], mention.start) - 1
    if n < 0 or mention.start >= doc.sentences[n].end or doc.sentences[n].parse is None:
        return None
    sentence = doc.sentences[n]
    lo, hi = mention.start - sentence.parse_start, mention.end - sentence.parse_start
    token = next((t for t in sentence.parse if lo <= t.idx < hi), None)
    outside = 0  # heads climbed outside the phrase
    for _ in range(_VERB_STEPS + hi - lo):
        if token is None or token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            break
        token = token.head
        outside += not lo <= token.idx < hi
    if token is None or token.pos_ not in ("VERB", "AUX") or (direct and outside > 1):
        return None
    return token


def _says(code: str, verb: Any, saying: Any | None) -> bool:
    """Whether ``saying`` tells the night's time: the night's own verb (a verb has one time:
    "accused Eritrea on Tuesday of shelling the town overnight", the parser hanging both on
    "accused"), or a verb of speech or an act of saying above ``verb`` in the tree or hung
    on it as the saying of what it tells."""
    if saying is None or saying.doc is not verb.doc:
        return False
    if saying.i == verb.i:
        return True
    if not (_speech_verb(code, fold(saying.text)) or _said_act(code, saying)):
        return False
    return (any(a.i == saying.i for a in verb.ancestors)
            or (saying.head.i == verb.i and saying.dep_.split(":")[0] in _SAYS))
