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
        fields = json.loads(line, parse_int=bounded_int, parse_constant=_constant)
    except json.JSONDecodeError as error:
        raise BadInput(f"malformed JSON ({error.msg} at column {error.colno})") from None
    except RecursionError:
        raise BadInput("JSON nested too deep") from None
    if not isinstance(fields, dict):
        raise BadInput("a JSON Lines document must be an object")
    for name, value in fields.items():
        if name != "text" and not _encodable(value):  # the text's own are repaired by ftfy
            raise BadInput(f"field {repr(name)[:40]} holds an unpaired surrogate (not text)")
    return check_fields(fields)


def _encodable(value: Any) -> bool:
    """False when a string anywhere in the value cannot be written as UTF-8 (a lone
    surrogate such as ``"\\ud800"``, legal in JSON, breaks every later writer)."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return False
        return True
    if isinstance(value, dict):
        return all(_encodable(k) and _encodable(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_encodable(v) for v in value)
    return True


def nesting(line: str) -> int:
    """The deepest nesting of arrays and objects, outside strings (linear, no recursion)."""
    deepest = depth = 0
    for bracket in _BRACKETS.findall(_STRING.sub("", line)):
        depth += 1 if bracket in "[{" else -1
        deepest = max(deepest, depth)
    return deepest


def bounded_int(digits: str) -> int:
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


def check_entries(entries: Any, length: int) -> None:
    """``liveblog_entries`` (a live blog's entries as offsets into the text, as the HTML
    reader makes them): objects with integer ``start < end`` inside the text, in order and
    not overlapping, an optional ``heading_end`` inside the entry and ``published`` string."""
    if entries is None:
        return
    if not isinstance(entries, list):
        raise BadInput(f"field 'liveblog_entries' must be an array, not {_json_type(entries)}")
    previous_end = 0
    for n, entry in enumerate(entries):
        where = f"field 'liveblog_entries' entry {n}"
        if not isinstance(entry, dict):
            raise BadInput(f"{where} must be an object, not {_json_type(entry)}")
        start, end = entry.get("start"), entry.get("end")
        if not (_offset(start) and _offset(end) and previous_end <= start < end <= length):
            raise BadInput(f"{where}: 'start' and 'end' must be offsets into the text "
                           f"({previous_end} <= start < end <= {length}), in order")
        heading = entry.get("heading_end")
        if heading is not None and not (_offset(heading) and start <= heading <= end):
            raise BadInput(f"{where}: 'heading_end' must be an offset inside the entry")
        if entry.get("published") is not None and not isinstance(entry["published"], str):
            raise BadInput(f"{where}: 'published' must be a string or null")
        previous_end = end


def _offset(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0
