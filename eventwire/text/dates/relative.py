"""Dates counted from another: anaphoric phrases ("the next year", "la veille"), intervals ("a
day after [the call]") and what they name.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import timedelta

from eventwire.model import DateMention, Document
from eventwire.text.dates.calendar import _add_months, _day, _period, _resolve
from eventwire.text.dates.headers import in_caption
from eventwire.text.dates.phrases import _ABSOLUTE, _code, _key, _Reference, _Rules, rules
from eventwire.text.view import fold


def _anaphoric(r: _Rules, phrase: str, anchor: DateMention | None, ref: _Reference,
               names_event: bool = False) -> tuple[str | None, str | None, str | None]:
    """"the next year", "that day": counted from the date being talked about; "the day
    after [Trump spoke]" (``names_event``): what it names is counted back from it."""
    unit, offset = r.anaphoric[_key(phrase)]
    offset = -offset if names_event else offset
    value = anchor.value if anchor is not None and anchor.value else None
    if value is None and unit == "day" and offset < 0 and not names_event and ref.day \
            and not ref.at_least:  # "the day before", told first: before the day of writing
        value = ref.day.isoformat()
    if value is None:
        return None, None, None
    base = _Reference.parse(value)
    if unit == "year" and base.year is not None:
        return f"{base.year + offset:04d}", "year", None
    if unit == "month" and base.year is not None and base.month is not None:
        y, mo = _add_months(base.year, base.month, offset)
        return f"{y:04d}-{mo:02d}", "month", None
    if base.day is None:
        return None, None, None
    if unit == "week":
        return _period(base.day, "week", offset)
    return (*_day(base.day + timedelta(days=offset)), None)


def _interval(r: _Rules, m: re.Match[str], anchor: DateMention | None
              ) -> tuple[str | None, str | None, str | None]:
    """"It came a day after [the call]": the call is that long before the date being talked
    about ("two days before [the vote]": after it)."""
    base = _Reference.parse(anchor.value if anchor is not None else None).day
    unit = r.period_units[_key(m.group("u"))]
    if base is None or unit not in ("day", "week"):
        return None, None, None
    n = m.group("n")
    amount = int(n) if n.isdigit() else int(r.numbers.get(_key(n), 1))
    days = amount * (7 if unit == "week" else 1)
    sign = -1 if _key(m.group("rel")) in r.after else 1
    return (*_day(base + timedelta(days=sign * days)), None)


def _told(r: _Rules, m: re.Match[str], anchor: DateMention | None, ref: _Reference
          ) -> tuple[str | None, str | None, str | None]:
    """"A day earlier", "two days later": counted from the date being talked about; with
    none told before, "earlier" counts back from the day of writing, as "ago" does, and
    "later" dates nothing."""
    direction = r.told[_key(m.group("told"))]
    told = _Reference.parse(anchor.value if anchor is not None else None)
    base = told.day if told.day is not None else (ref.day if direction < 0 else None)
    if base is None:
        return None, None, None
    n = m.group("n")
    amount = int(n) if n.isdigit() else int(r.numbers.get(_key(n), 1))
    unit = r.period_units[_key(m.group("u"))]
    if unit in ("minute", "hour"):
        return (*_day(base), None)
    if unit in ("day", "week"):
        days = amount * (7 if unit == "week" else 1)
        return (*_day(base + timedelta(days=direction * days)), None)
    if unit == "month":
        y, mo = _add_months(base.year, base.month, direction * amount)
        return f"{y:04d}-{mo:02d}", "month", None
    return f"{base.year + direction * amount:04d}", "year", None


INTERVAL_REACH = 60  # characters from "13 months after" to the date of what it names


def _counted_from(r: _Rules, m: re.Match[str], named: str | None
                  ) -> tuple[str | None, str | None, str | None]:
    """"It came 13 months after [an attack in October 2023]": with no date talked about
    before it, the phrase dates the story from the date of what it names (2024-11), at the
    precision both allow."""
    base = _Reference.parse(named)
    unit = r.period_units[_key(m.group("u"))]
    n = m.group("n")
    amount = int(n) if n.isdigit() else int(r.numbers.get(_key(n), 1))
    sign = 1 if _key(m.group("rel")) in r.after else -1
    if unit in ("day", "week") and base.day is not None:
        return (*_day(base.day + timedelta(days=sign * amount * (7 if unit == "week" else 1))),
                None)
    if unit in ("month", "year") and base.year is not None:
        if base.month is None:
            return (f"{base.year + sign * amount:04d}", "year", None) if unit == "year" \
                else (None, None, None)
        y, mo = _add_months(base.year, base.month, sign * amount * (12 if unit == "year" else 1))
        return f"{y:04d}-{mo:02d}", "month", None
    return None, None, None


def _named_date(kept: list[tuple[int, int, str, re.Match[str]]], index: int,
                r: _Rules, ref: _Reference, sentence_end: int) -> str | None:
    """The value of the absolute date right after an interval phrase, in its sentence."""
    end = kept[index][1]
    for start, _, kind, m in kept[index + 1:]:
        if start - end > INTERVAL_REACH or start >= sentence_end:
            return None
        if kind in _ABSOLUTE:
            return _resolve(kind, m, r, ref, lambda: -1)[0]
    return None


def dates_an_event(doc: Document, mention: DateMention) -> bool:
    """True for "a day after [the call]": a date of the event named after it, which does
    not set the time of the story (unless it is :func:`counted_from_what_it_names`)."""
    r = rules(_code(doc))
    kind = _relative_kind(r, mention)
    return kind is not None and _names_an_event(r, kind, fold(mention.text),
                                                fold(doc.text[mention.end:mention.end + 3]),
                                                _preposition_next(doc, mention.end)) \
        and not (kind == "interval" and _first_dated(doc, mention))


def counted_from_the_story(doc: Document, mention: DateMention) -> bool:
    """True for a phrase counted from the date being talked about ("the day before", "la
    veille", "накануне"), which may name what it counts from ("on the eve of the talks")."""
    return _relative_kind(rules(_code(doc)), mention) == "anaphoric"


def counted_ahead(doc: Document, mention: DateMention) -> bool:
    """A count ahead of the day of writing ("in two weeks", "через две недели"): it dates
    only what is told as ahead, whatever the text's date; "the first talks in three years"
    (a past event) is not dated three years on, even where a batch date is the only anchor."""
    if mention.kind is not None:
        return mention.kind == "ahead"
    text = fold(mention.text)  # a mention made elsewhere than find_dates: read it again
    return any(kind == "ahead" and pattern.fullmatch(text)
               for kind, pattern in rules(_code(doc)).patterns)


def counted_from_what_it_names(doc: Document, mention: DateMention) -> bool:
    """True for "[took effect] 13 months after [an attack in October 2023]" with no date
    before it: its value is counted from the date of what it names, and is the story's
    (what came "two years before [the war of 2008]" is background, not the story)."""
    r = rules(_code(doc))
    return _relative_kind(r, mention) == "interval" and mention.value is not None \
        and _counts_after(r, mention.text) and _first_dated(doc, mention)


def _counts_after(r: _Rules, phrase: str) -> bool:
    return any(_key(fold(phrase)).endswith(word) for word in r.after)


def named_by_interval(doc: Document, mention: DateMention) -> DateMention | None:
    """The interval phrase whose named happening a date belongs to: "13 months after" for
    "October 2023" in "13 months after [the attack of October 2023]", in the same sentence
    with no other date between; None for any other date."""
    return _named_by_intervals(doc).get((mention.start, mention.end))


def _named_by_intervals(doc: Document) -> dict[tuple[int, int], DateMention]:
    """Each date named by the interval before it, found once per document (asked per event)."""
    cached = doc.__dict__.get("_named_by_intervals")
    if cached is not None and cached[0] is doc.dates:
        return cached[1]
    r, starts = rules(_code(doc)), [s.start for s in doc.sentences]
    known: dict[tuple[int, int], DateMention] = {}
    for before, mention in zip(doc.dates, doc.dates[1:], strict=False):
        if mention.start - before.end <= INTERVAL_REACH \
                and bisect_right(starts, before.end) == bisect_right(starts, mention.start) \
                and _relative_kind(r, before) == "interval":
            known[(mention.start, mention.end)] = before
    doc.__dict__["_named_by_intervals"] = (doc.dates, known)
    return known


def _relative_kind(r: _Rules, mention: DateMention) -> str | None:
    return next((k for k, pattern in r.patterns if k in ("interval", "anaphoric")
                 and pattern.fullmatch(fold(mention.text))), None)


def _first_dated(doc: Document, mention: DateMention) -> bool:
    """No date with a value is written before the mention (a caption's or a dateline's
    aside): it is counted from nothing told before it."""
    return not any(d.end <= mention.start and d.value and not d.dateline
                   and not in_caption(doc, d.start, d.end) for d in doc.dates)


def _names_an_event(r: _Rules, kind: str, phrase: str, following: str,
                    preposition_next: bool = False) -> bool:
    """"a day after [the call]", "the day after [Trump spoke]": the phrase dates what it
    names next, not the story ("the day after, they met", "the day before at 15:00" date
    the story: a preposition next opens a phrase of its own)."""
    if kind == "interval":
        return True
    words = _key(phrase.strip()).split(" ")
    return (kind == "anaphoric" and words[-1] in r.links
            and bool(re.match(r"\s+\w", following)) and not preposition_next)


def _preposition_next(doc: Document, end: int) -> bool:
    """The parser reads the word after ``end`` (an offset into the text) as a preposition;
    False with no parse."""
    n = bisect_right([s.start for s in doc.sentences], end) - 1
    if n < 0 or end >= doc.sentences[n].end or doc.sentences[n].parse is None:
        return False
    sentence = doc.sentences[n]
    at = end - sentence.parse_start
    token = next((t for t in sentence.parse if t.idx >= at), None)
    return token is not None and token.pos_ == "ADP"
