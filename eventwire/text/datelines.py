"""Datelines: the place (and date, and wire) that file a report, "KYIV, May 4 (Wire) - ",
and the time stamps that open a live-blog entry, "10h42 - ", "14:05 GMT - ".

A dateline or a stamp that opens a sentence is no part of its syntax and no part of what
anyone said, so the parser and the statements both step over it; one function serves both.
A dateline is written in capitals of the Latin or Cyrillic script and a stamp in digits and
a dash, the same in every language, so neither is per-language data. (The passage splitter
reads the stamps' times with the per-language patterns of ``liveblog.yaml``.)
"""

from __future__ import annotations

import re
from functools import lru_cache

from eventwire import lang
from eventwire.text.view import fold

# "KYIV, May 4 (Wire) - ", "PARIS (AFP) — ", "МОСКВА, 4 мая. /ТАСС/. ": a capitalised place,
# an optional date, an optional source, then a dash or the slashes of a Russian wire.
# "CARACAS/BOGOTÁ -": places joined by slashes.
DATELINE = re.compile(
    r"[A-ZÀ-ÞА-ЯЁІЇЄҐ][A-ZÀ-ÞА-ЯЁІЇЄҐ'’ ./-]{1,40}(?:,[^()\n–—/-]{1,40})?"
    r"(?:\s*\([^)\n]{1,40}\)\s*[-–—]+|\s*[-–—]+|\s*/[^/\n]{1,40}/\.?)\s+"
)
MIN_CAPITALS = 3  # "KYIV -" is a dateline; "A -" or "Ok -" is not
# In ordinary case a place is a dateline only with the wire in brackets or with a second
# place after a slash: "Berlin (dpa) - ", "Moskau/Kiew - ", "Kiew/Moskau (AFP) - ", and a
# short date may stand between the place and its wire: "Ginebra, 12 jun (EFE).- ".
# (a capital after an apostrophe or a hyphen starts a part of the same name: "N'Djamena")
_PLACE = r"[A-ZÀ-ÞА-ЯЁІЇЄҐ][a-zß-ÿа-яёіїєґ'’-]*(?:['’-][A-ZÀ-ÞА-ЯЁІЇЄҐ][a-zß-ÿа-яёіїєґ'’-]+)*"
_WIRE = r"\s*\([^\s()]{2,20}\)"  # one word in brackets: "(dpa)", "(AFP)", not "(im Osten)"
_ORDINAL = r"(?:er|st|nd|rd|th|º)?"  # "1er décembre", "1st Dec", "1º dic": a day's ordinal
_DAY = rf",\s\d{{1,2}}{_ORDINAL}\.?\s[^\W\d_]{{3,12}}\.?"  # ", 12 jun", ", 12. Juni"
MIXED_DATELINE = re.compile(
    rf"{_PLACE}(?:(?:/{_PLACE})+(?:{_WIRE})?|(?: {_PLACE})?(?:{_DAY})?{_WIRE}\.?)"
    r"\s*[-–—]+\s+")
# "10h42 – ", "10:42 - ", "14.05 Uhr — ", "9:30 GMT | ": a clock time, at most one short
# word (a unit or zone), then a dash or bar. A number before a dash with no clock minutes
# ("2022 - ") is not a stamp.
STAMP = re.compile(
    r"(?:[01]?\d|2[0-3])\s?[:hH.]\s?[0-5]\d(?:\s?[^\W\d_]{1,5}\.?)?\s*[-–—|]+\s+")


def dateline_end(text: str, start: int, end: int) -> int:
    """Where the words of ``text[start:end]`` begin: after a dateline or a time stamp that
    opens it, else ``start``."""
    stamp = STAMP.match(text, start, end)
    if stamp is not None:
        return stamp.end()
    opening = DATELINE.match(text, start, end)
    if opening is not None and sum(c.isupper() for c in opening.group()) >= MIN_CAPITALS:
        return opening.end()
    mixed = MIXED_DATELINE.match(text, start, end)
    return mixed.end() if mixed is not None else start


# "ASMARA, Nov 3 (Wire) - ", "Ginebra, 12 jun (EFE).- ": the place of a dateline that opens a
# line, its comma, and a day before the month in some languages.
_DATELINE_HEAD = re.compile(r"\s*[A-ZÀ-ÞА-ЯЁІЇЄҐ][^\W\d_]*(?:[ ./'’-]+[^\W\d_]+){0,3},\s*"
                            r"(?:\d{1,2}(?:er|st|nd|rd|th|º)?\.?\s*)?")


@lru_cache(maxsize=1)
def _month_names() -> frozenset[str]:
    """Every month name and abbreviation of the languages' month data, folded, no dot."""
    names: set[str] = set()
    for code in lang.having("dates_cldr"):
        for forms in (lang.section(code, "dates_cldr").get("months") or {}).values():
            names.update(fold(str(f)).rstrip(".") for f in forms)
    for code in lang.having("dates"):
        for forms in (lang.section(code, "dates").get("extra_months") or {}).values():
            names.update(fold(str(f)).rstrip(".") for f in forms)
    return frozenset(n for n in names if n)


def dateline_month(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the month of a dateline's date: a month's name or
    abbreviation (any language's month data) right after the place and comma that open a
    line ("ASMARA, Nov 3": "Nov" is the month, though a town bears the name)."""
    if fold(text[start:end]).rstrip(".") not in _month_names():
        return False
    line = text.rfind("\n", 0, start) + 1
    return start - line <= 60 and _DATELINE_HEAD.fullmatch(text, line, start) is not None


def in_dateline_wire(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies within the brackets that name the wire of a dateline
    opening its line ("JUBA, Nov 17 (Agencia del Nilo) -": the outlet, not the Nile)."""
    line = text.rfind("\n", 0, start) + 1
    if start - line > 80:
        return False
    stop = text.find("\n", start)
    stop = len(text) if stop < 0 else stop
    opening = DATELINE.match(text, line, stop) or MIXED_DATELINE.match(text, line, stop)
    if opening is None or end > opening.end():
        return False
    bracket = text.rfind("(", line, start)
    return bracket >= 0 and text.find(")", bracket, opening.end()) >= end
