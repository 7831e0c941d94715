"""Dates that file a text rather than tell its story: datelines, a header's month, a passage's
own day, photo captions, and dates that start a state ("since").
"""

from __future__ import annotations

import re
from functools import lru_cache

from eventwire import lang
from eventwire.model import DateMention, Document
from eventwire.text.dates.calendar import _filed_before, _resolve
from eventwire.text.dates.phrases import _ABSOLUTE, _NAMED, _code, _Reference, _Rules, rules
from eventwire.text.view import TextView, fold

CAPTION_LENGTH = 400  # characters: a longer line is a paragraph of the story, not a caption


def in_caption(doc: Document, start: int, end: int) -> bool:
    """True for a date in a photo caption ("This combination of pictures created on ...",
    "Фото: ..."): a short line naming a picture, which tells when it was taken, not the
    story's time; it dates no event and does not say when the text was written."""
    line_start = doc.text.rfind("\n", 0, start) + 1
    line_end = doc.text.find("\n", end)
    line = doc.text[line_start: len(doc.text) if line_end < 0 else line_end]
    return len(line) <= CAPTION_LENGTH and bool(rules(_code(doc)).caption.search(fold(line)))


SINCE_REACH = 30  # characters before a date where its "since" may stand


def starts_a_state(doc: Document, mention: DateMention) -> bool:
    """True for a date after "since" ("a ban in place since 1992", "the first talks since
    2022"): when something began to hold, which dates no event told in the past."""
    before = fold(doc.text[max(0, mention.start - SINCE_REACH): mention.start])
    return bool(rules(_code(doc)).since.search(before))


DATELINE_REACH = 300  # characters from the start of a text or passage a dateline may sit


LABEL_REACH = 40  # "date 2025-03-18 ...": a labelled date this close to the start


def _capital(doc: Document, view: TextView, m: re.Match[str], kind: str) -> bool:
    """In languages that capitalise month and day names, "may" and "march" are verbs."""
    start = m.start(_NAMED[kind])
    return doc.text[view.to_original[start]].isupper()


def _datelines(doc: Document, view: TextView, r: _Rules,
               kept: list[tuple[int, int, str, re.Match[str]]], captions: set[int],
               document: _Reference) -> tuple[dict[int, tuple[int, _Reference]], set[int]]:
    """The day each dateline gives, by the passage it files (where the dateline ends, and
    the day): the first date of a passage that files it, as "KYIV, May 4 (Wire) -" files
    an article and each entry of a live blog written by wires files that entry. A caption's
    date before it is the picture's ("Photo taken on ...\nMay 4, 2025").

    Dates written one after the other in a header (a scraper's day, then the page's byline:
    "date 2025-03-20 03/19/2025"; "Published 19 March 2025 Updated 20 March 2025") are one
    dateline: the earliest is the day of writing, a later one an update or the day a page was
    read. Also returns where the others start: they date nothing."""
    found: dict[int, tuple[int, _Reference]] = {}
    others: set[int] = set()
    tried: set[int] = set()
    for index, (start, end, kind, m) in enumerate(kept):
        o_start, o_end = view.original_span(start, end)
        passage = doc.passage_at(o_start) if doc.passages else 0
        if passage in tried or (start in captions and not is_dateline(doc, o_start, o_end)):
            continue
        if kind in _ABSOLUTE and is_dateline(doc, o_start, o_end):
            tried.add(passage)
            run = [(o_start, o_end, _dateline_day(r, kind, m, document))]
            for next_start, next_end, next_kind, next_m in kept[index + 1:]:
                n_start, n_end = view.original_span(next_start, next_end)
                gap = doc.text[run[-1][1]:n_start]
                if next_kind not in _ABSOLUTE or not _header_gap(r, gap) or (
                        "\n" in gap and not is_dateline(doc, n_start, n_end)):
                    break  # a date opening the story's first line is no part of the header
                run.append((n_start, n_end, _dateline_day(r, next_kind, next_m, document)))
            days = [entry for entry in run if entry[2].day is not None]
            if days:
                first = min(days, key=lambda entry: (entry[2].day, entry[0]))
                found[passage] = (first[1], first[2])
                others |= {entry[0] for entry in run if entry[0] != first[0]}
            if not doc.passages or len(doc.passages) == 1:
                break
    return found, others


def _dateline_day(r: _Rules, kind: str, m: re.Match[str], document: _Reference) -> _Reference:
    value, _, _ = _resolve(kind, m, r, document, lambda: -1)
    return _filed_before(_Reference.parse(value), document, m)


# A clock time between the dates of a header ("19.03.2025 14:05, updated 20.03.2025")
# ("Publié le 19/03/2025 à 14h05 Mis à jour le ...": a short word or two may lead it in)
_HEADER_CLOCK = re.compile(r"(?:(?<![^\W\d_])[^\W\d_]{1,4}\s+){0,2}\d{1,2}[:.h]\d{2}(?::\d{2})?"
                           r"(?:\s*(?:[aApP]\.?\s?[mM]\b\.?|[^\W\d_a-zß-ÿа-яёіїєґ]{2,4}\b))*")


HEADER_GAP = 40  # characters between two dates of one header


def _header_gap(r: _Rules, between: str) -> bool:
    """What may stand between two dates of one header: nothing, punctuation, a clock time,
    a label ("Updated:", "Mis à jour le")."""
    if len(between) > HEADER_GAP or "\n\n" in between:
        return False
    rest = fold(_HEADER_CLOCK.sub(" ", between))
    # a short word may follow the clock time ("09:12 Uhr | Zuletzt aktualisiert:")
    return bool(r.dateline_label.match(rest) or r.dateline_label.match(_SHORT_WORD.sub("", rest)))


_SHORT_WORD = re.compile(r"^\W*[^\W\d_]{1,3}(?![^\W\d_])")


def _month_header(doc: Document, view: TextView, r: _Rules,
                  kept: list[tuple[int, int, str, re.Match[str]]],
                  captions: set[int]) -> tuple[int, str] | None:
    """Where a header that gives only the month of writing starts, and that month: the
    text's first date, alone or labelled at its start ("date 2024-11", "Published March
    2025"). A month stays a month: the day is never guessed."""
    for start, end, kind, m in kept:
        if start in captions:
            continue
        o_start, o_end = view.original_span(start, end)
        if kind not in _ABSOLUTE or kind == "year" or _told_before(doc, 0, o_start) > \
                DATELINE_REACH or not is_dateline(doc, o_start, o_end):
            return None  # only the text's own head, not a later entry's
        value, _, _ = _resolve(kind, m, r, _Reference(None, None, None), lambda: -1)
        return (o_start, value) if value is not None and len(value) == 7 else None
    return None


def _heads(doc: Document, passage: int, end: int) -> int:
    """The passage a dateline ending at ``end`` in ``passage`` dates from: the next one when
    nothing of its own passage follows it (a day heading the entries below it), else its own."""
    if passage + 1 < len(doc.passages) and not doc.text[end:doc.passages[passage].end].strip():
        return passage + 1
    return passage


def dated_passage(doc: Document, mention: DateMention) -> int:
    """The passage a dateline dates (see :func:`_heads`)."""
    return _heads(doc, doc.passage_at(mention.start) if doc.passages else 0, mention.end)


def _iso(day: _Reference) -> str:
    assert day.day is not None
    return day.day.isoformat()


def _references(doc: Document, document: _Reference) -> list[_Reference]:
    refs = []
    for passage in doc.passages:
        own = _Reference.parse(passage.published)
        refs.append(own if own.day else document)
    return refs or [document]


def is_dateline(doc: Document, start: int, end: int) -> bool:
    """A date that files the text: "KYIV, May 4 (Wire) -", or a line holding only a date
    (after a day's short name, before a clock time: "Tue 18 Mar 2025 10.05 GMT").

    It must sit near the start of the document or of a passage: after a place and a comma
    and before an agency mark from the language's data, after a label ("Published:"), or
    alone on its line.
    """
    r = rules(_code(doc))
    if closing_line(doc, start, end):
        return True
    origin = doc.passages[doc.passage_at(start)].start if doc.passages else 0
    if _told_before(doc, origin, start) > DATELINE_REACH \
            and _told_before(doc, 0, start) > DATELINE_REACH:
        return False
    line_start = doc.text.rfind("\n", 0, start) + 1
    line_end = doc.text.find("\n", end)
    before = doc.text[line_start:start]
    after = doc.text[end: len(doc.text) if line_end < 0 else line_end]
    after = _year_word(_code(doc)).sub("", after, count=1)
    place = before.strip(" \t*•-–—([")
    if before.strip() and r.dateline_label.match(fold(before)) \
            and start - line_start <= LABEL_REACH:  # labels are data, folded ("Publié le")
        return True
    if in_caption(doc, start, end):
        return False
    if (place[:1].isupper() and _PLACE_COMMA.match(before) or not before.strip()) \
            and r.dateline_after.match(after):  # "KYIV, May 4 (Wire) -", "May 4 (Wire) -"
        return True
    # a title ending in its day ("Morning briefing, 13 May 2026", "Vienna, 13 May 2026") on
    # the text's first line is when it was written, as a date alone on its line is
    title = line_start == 0 and place[:1].isupper() and bool(_PLACE_COMMA.match(before))
    return (not before.strip() or bool(_SHORT_DAY.match(before)) or title) \
        and (not after.strip() or bool(_CLOCK_ONLY.match(after)))


_ARTICLE_END = re.compile(r"(?<=\s)[^\W\d_]{1,3}\s+$")


def closing_line(doc: Document, start: int, end: int) -> bool:
    """A date that closes a text of one passage as a press release's place and day do
    ("Vienna, 13 May 2026", "Вена, 13 мая 2026 года"): alone in the last paragraph, after
    nothing but a place and a comma, before nothing but a clock time. It files the whole text,
    the sentences above it included."""
    after = _year_word(_code(doc)).sub("", doc.text[end:], count=1)
    if len(doc.passages) > 1 or not _CLOCK_ONLY.match(after):
        return False
    line_start = doc.text.rfind("\n", 0, start) + 1
    if not doc.text[:line_start].rstrip(" \t").endswith("\n\n") \
            or not doc.text[:line_start].strip():
        return False  # its own paragraph, under a text
    before = _ARTICLE_END.sub(" ", doc.text[line_start:start])  # "Vienne, le 13 mai 2026"
    return not before.strip() or before.strip()[:1].isupper() and bool(_PLACE_COMMA.match(before))


@lru_cache(maxsize=32)
def _year_word(code: str) -> re.Pattern[str]:
    """The word that may follow a year ("17 ноября 2026 года", "2026 р."): a date alone on its
    line with it is still alone (``year_words`` in the language's dates.yaml)."""
    words = sorted((str(w) for w in lang.section(code, "dates").get("year_words") or ()),
                   key=lambda w: -len(w))
    if not words:
        return re.compile(r"(?!)")
    return re.compile(r"^\s*(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)",
                      re.IGNORECASE)


def _told_before(doc: Document, origin: int, start: int) -> int:
    """Characters from ``origin`` to ``start`` but for photo captions' lines: a byline's date
    under a headline and a caption ("Photo shows ...\nBy Newsroom\nMar 18, 2025 8:42 PM")
    still heads the text."""
    if start - origin <= DATELINE_REACH:
        return start - origin
    r = rules(_code(doc))
    lines = doc.text[origin:start].split("\n")
    return start - origin - sum(len(line) for line in lines[:-1]
                                if len(line) <= CAPTION_LENGTH and r.caption.search(fold(line)))


# What may stand before a date alone on its line: a day's short name ("Tue 18 Mar 2025 10.05")
_SHORT_DAY = re.compile(r"^\s*[^\W\d_]{2,4}\.?,?\s*$")


# "MOSCOW, ", "КИЇВ, ", "NEW YORK, ", "Москва. " (Interfax), "(ANSA) - ROMA, ": up to four
# words of a place, capitalised, then a comma or a full stop, after the agency's mark
_PLACE_COMMA = re.compile(r"^\s*(?:\([^()\n]{1,30}\)\s*[-–—]+\s*)?\W*"
                          r"(?:[^\W\d_][\w.'’-]*\s*){1,4}(?<!\.\s)[,.]\s*$")


# What may follow a date alone on its line: a clock time, with a separator or a short word
# before it ("- 14:35", "| 2:05 PM", "ore 14:35", "at 2:05 p.m. ET", "14.05 GMT", "14:35 Uhr")
_CLOCK_ONLY = re.compile(r"^[\s,|·•–—-]*(?:[^\W\d_]{1,3}\s+)?(?:\d{1,2}[:.h]\d{2}(?::\d{2})?"
                         r"(?:[\s.]*[^\W\d_]{1,4}){0,3}[\s.)]*)?$")
