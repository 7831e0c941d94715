"""Clock times in a sentence and the zone written after them, as one instant: "11:00 по
московскому времени", "о 10:00 за київським часом" and "0800 GMT" are 08:00 UTC.

Forms read: "18:00" / "18.00"; an hour and a clock word of the language ("10 Uhr", "19
heures": ``clock_hours`` in ``facts.yaml``); four digits right before a zone written in
capitals ("0800 GMT"). The zone: capitals of ``_shared/zones.yaml`` ("GMT", "MEZ"), or a
named zone of the language right after the time, a comma or bracket between
(``time_zones`` in ``facts.yaml``: "heure de Pékin", "по московскому времени"). A named
zone's offset is taken on the document's day (summer time); with no day known it stays a
label, and times in two zones are not compared (reconcile.discrepancies).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC as UTC_ZONE
from datetime import datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from eventwire import lang
from eventwire.facts.lexicon import FactWords
from eventwire.facts.subject import folded
from eventwire.model import Document

CLOCK = re.compile(r"(?<![\w:.,])([01]?\d|2[0-3])[:.]([0-5]\d)(?![\w:.,]\d)")
UNKNOWN_ZONE = re.compile(r"\s*\(?([A-Z]{2,5})\b")  # capitals no table knows: kept as a label
UTC = "UTC"
_AFTER = 48  # characters after a clock time where its zone may be written


@dataclass(frozen=True)
class Clock:
    start: int  # offsets of the clock time in the text
    end: int
    value: str  # "HH:MM", "HH:MM UTC" (an instant), or "HH:MM GMT+X" (a zone not placed)


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, int]:
    """Capitals -> minutes east of UTC."""
    out = {}
    for name, offset in (lang.shared_section("zones") or {}).items():
        sign = -1 if str(offset).startswith("-") else 1
        hours, _, minutes = str(offset).lstrip("+-").partition(":")
        out[str(name)] = sign * (int(hours) * 60 + int(minutes or 0))
    return out


@lru_cache(maxsize=1)
def _abbreviation() -> re.Pattern[str]:
    names = sorted(_abbreviations(), key=lambda n: (-len(n), n))
    return re.compile(r"\s*\(?(" + "|".join(map(re.escape, names)) + r")(?!\w)")


def _offset(zone: str, day: str | None) -> int | None:
    """Minutes east of UTC of a named zone on a day ("2026-12-10"), or None."""
    if not day:
        return None
    try:
        moment = datetime.fromisoformat(day[:10]).replace(hour=12, tzinfo=ZoneInfo(zone))
    except (ValueError, ZoneInfoNotFoundError):
        return None
    shift = moment.utcoffset() or timedelta(0)
    return int(shift.total_seconds() // 60)


def _in_utc(minutes: int, east: int) -> str:
    moment = datetime(2000, 1, 1, tzinfo=UTC_ZONE) + timedelta(minutes=minutes - east)
    return f"{moment:%H:%M} {UTC}"


def _zone(doc: Document, words: FactWords, end: int, limit: int) -> tuple[str | None, int | None]:
    """The zone written right after a clock time ending at ``end``: (label, minutes east of
    UTC, None when not placed)."""
    text = doc.text[end:min(limit, end + _AFTER)]
    m = _abbreviation().match(text)
    if m is not None:
        return m.group(1), _abbreviations()[m.group(1)]
    after, _ = folded(doc, end, min(limit, end + _AFTER))
    for zone, pattern in words.time_zones:
        named = pattern.match(after.lstrip(" ,(").lstrip())
        if named is not None:
            return zone, _offset(zone, doc.published or doc.reference_date)
    unknown = UNKNOWN_ZONE.match(text)
    if unknown is not None:
        return unknown.group(1), None
    return None, None


def clock_times(doc: Document, words: FactWords, start: int, end: int) -> Iterator[Clock]:
    """The clock times of ``text[start:end]``, each with its zone when one is written."""
    text = doc.text[start:end]
    found: list[tuple[int, int, int, int]] = []
    for m in CLOCK.finditer(text):
        found.append((m.start(), m.end(), int(m.group(1)), int(m.group(2))))
    if words.clock_hours is not None:
        for m in words.clock_hours.finditer(text):
            found.append((m.start(), m.end(), int(m.group(1)), 0))
    for m in re.finditer(r"(?<![\w:.,])([01]\d|2[0-3])([0-5]\d)(?!\w)", text):
        if _abbreviation().match(text, m.end()):
            found.append((m.start(), m.end(), int(m.group(1)), int(m.group(2))))
    for a, b, hours, minutes in sorted(found):
        word = words.clock_word.match(text, b) if words.clock_word is not None else None
        label, east = _zone(doc, words, start + (word.end() if word else b), end)
        if east is not None:
            value = _in_utc(hours * 60 + minutes, east)
        else:
            value = f"{hours:02d}:{minutes:02d}" + (f" {label}" if label else "")
        yield Clock(start + a, start + b, value)
