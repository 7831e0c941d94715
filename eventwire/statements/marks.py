"""The punctuation around what was said: quote marks, dashes, and an editor's elisions.

Plain text helpers with no knowledge of the document, so that every statement module (and
the document context) can trim a span the same way.
"""

from __future__ import annotations

import re
from dataclasses import replace

from eventwire.model import Statement

OPENING_MARKS = '«“„‹"‘'
DASHES = {"-", "–", "—"}
CLOSING_MARKS = '»”“›"’'
_TRIM = " \t\n,;:.!?-–—"


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the blanks and punctuation around it."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


# "(…)" / "[...]": an editor left words out of a quote; each side is a passage of its own.
_ELISION = re.compile(r"[(\[](?:…|\.\.\.)[)\]]")


def elided_parts(text: str, statement: Statement) -> list[Statement]:
    """A direct quote with editorial elisions, split at them; any other statement whole."""
    if not statement.direct:
        return [statement]
    parts, start = [], statement.start
    for cut in _ELISION.finditer(text, statement.start, statement.end):
        parts.append(trim(text, start, cut.start()))
        start = cut.end()
    if not parts:
        return [statement]
    parts.append(trim(text, start, statement.end))
    return [replace(statement, start=a, end=b) for a, b in parts if b - a >= 3]


def is_name(quoted: str) -> bool:
    """A quoted title or name ("Operation Northern Shield", "Route for Peace and Growth"):
    every longer word capitalised, and no sentence inside."""
    words = [w.strip(".,;:!?\"'()") for w in quoted.split()]
    long = [w for w in words if len(w) >= 4]
    capitalised = [w for w in words if w[:1].isupper()]  # "Северный Щит": short words too
    return len(capitalised) >= 2 and all(w[:1].isupper() for w in long) and not any(
        c in quoted for c in ".!?")


def is_question(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a question of the writer's own ("Did the Kremlin say that
    ...?"): it asks, it reports no one's words. A quoted question ("..., "why?"") is not."""
    stripped = text[start:end].rstrip()
    return stripped.endswith("?") or stripped.lstrip().startswith("¿")
