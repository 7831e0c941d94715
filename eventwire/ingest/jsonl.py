"""JSON Lines batches: each line parsed with limits and checked against the contract's types.

A bad line (malformed, too deep, a number too long, a field of the wrong type, a language
eventwire has no data for) is one :class:`BadInput` naming what is wrong; the caller turns
it into an error for that line and reads on. Lines are split on ``\\n`` only: U+2028 and
U+2029 are legal inside JSON strings and do not end a line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from eventwire import lang
from eventwire.ingest.errors import BadInput

MAX_DEPTH = 32  # arrays and objects nested deeper than this are refused before parsing
MAX_INT_DIGITS = 32  # longer integers are refused (Python's own limit raises past 4,300)
MAX_LINE_CHARS = 20 * 1024 * 1024

# the document fields of the contract and the JSON types a line may give them
TEXT_FIELDS = ("id", "url", "outlet", "title", "published")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKETS = re.compile(r"[\[\]{}]")


def lines(text: str) -> Iterator[tuple[int, str]]:
    """``(line number, line)`` for every non-blank line, split on ``\\n`` alone."""
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.rstrip("\r")
        if line.strip():
            yield number, line


def parse(line: str) -> dict[str, Any]:
    """The document fields of one line, checked; :class:`BadInput` says what is wrong."""
    if len(line) > MAX_LINE_CHARS:
        raise BadInput(f"line too long ({len(line):,} characters)")
    depth = nesting(line)
    if depth > MAX_DEPTH:
        raise BadInput(f"JSON nested too deep ({depth} levels; the limit is {MAX_DEPTH})")
    try:
        fields = json.loads(line, parse_int=_int, parse_constant=_constant)
    except json.JSONDecodeError as error:
        raise BadInput(f"malformed JSON ({error.msg} at column {error.colno})") from None
    except RecursionError:
        raise BadInput("JSON nested too deep") from None
    if not isinstance(fields, dict):
        raise BadInput("a JSON Lines document must be an object")
    return check_fields(fields)


def nesting(line: str) -> int:
    """The deepest nesting of arrays and objects, outside strings (linear, no recursion)."""
    deepest = depth = 0
    for bracket in _BRACKETS.findall(_STRING.sub("", line)):
        depth += 1 if bracket in "[{" else -1
        deepest = max(deepest, depth)
    return deepest


def _int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_INT_DIGITS:
        raise BadInput(f"integer too long ({len(digits):,} digits; the limit is "
                       f"{MAX_INT_DIGITS})")
    return int(digits)


def _constant(name: str) -> float:
    raise BadInput(f"{name} is not a JSON number")


def check_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """Contract types for the document fields: strings or null, a non-empty text, a
    supported language; unknown fields are kept as they are (they become metadata)."""
    text = fields.get("text")
    if not isinstance(text, str) or not text.strip():
        raise BadInput("missing or empty 'text' field")
    for name in TEXT_FIELDS:
        value = fields.get(name)
        if value is not None and not isinstance(value, str):
            raise BadInput(f"field {name!r} must be a string or null, not "
                           f"{_json_type(value)}")
    if fields.get("id") == "":
        raise BadInput("field 'id' must not be empty")
    language = fields.get("language")
    if language is not None:
        if not isinstance(language, str):
            raise BadInput(f"field 'language' must be a string or null, not "
                           f"{_json_type(language)}")
        fields = {**fields, "language": lang.checked(language)}
    return fields


def _json_type(value: Any) -> str:
    for kind, name in ((bool, "a boolean"), (int, "a number"), (float, "a number"),
                       (list, "an array"), (dict, "an object"), (str, "a string")):
        if isinstance(value, kind):
            return name
    return type(value).__name__
