"""Datelines: the place (and date, and wire) that file a report, "KYIV, May 4 (Wire) - ".

A dateline that opens a sentence is no part of its syntax and no part of what anyone said,
so the parser and the statements both step over it; one pattern serves both. It is written
in capitals of the Latin or Cyrillic script, the same in every language, so it is no
per-language data.
"""

from __future__ import annotations

import re

# "KYIV, May 4 (Wire) - ", "PARIS (AFP) — ", "МОСКВА, 4 мая. /ТАСС/. ": a capitalised place,
# an optional date, an optional source, then a dash or the slashes of a Russian wire.
DATELINE = re.compile(
    r"[A-ZÀ-ÞА-ЯЁІЇЄҐ][A-ZÀ-ÞА-ЯЁІЇЄҐ'’ .-]{1,40}(?:,[^()\n–—/-]{1,40})?"
    r"(?:\s*\([^)\n]{1,40}\)\s*[-–—]+|\s*[-–—]+|\s*/[^/\n]{1,40}/\.?)\s+"
)
MIN_CAPITALS = 3  # "KYIV -" is a dateline; "A -" or "Ok -" is not


def dateline_end(text: str, start: int, end: int) -> int:
    """Where the words of ``text[start:end]`` begin: after a dateline that opens it, else
    ``start``."""
    opening = DATELINE.match(text, start, end)
    if opening is None or sum(c.isupper() for c in opening.group()) < MIN_CAPITALS:
        return start
    return opening.end()
