"""The contract's JSON Schema, checked on the store's write path.

A record that does not match (an event without ``evidence``, a span of strings) would be
stored and then break every later reader and rebuild, so it is refused before anything
is written: :class:`InvalidRecord` names the record and the first thing wrong, on one line.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

MAX_MESSAGE = 200
SCHEMA = Path(__file__).resolve().parent.parent / "contract" / "records.schema.json"


class InvalidRecord(ValueError):
    """A record that does not match the contract (the message is one line)."""


@lru_cache(maxsize=1)
def _validators() -> dict[str | None, Any]:
    """The whole schema's validator (key None) and one per kind, which goes straight to the
    kind's definition instead of trying every ``if kind == ...`` branch (a third faster)."""
    import jsonschema

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validators: dict[str | None, Any] = {None: jsonschema.Draft202012Validator(schema)}
    for kind in schema["properties"]["kind"]["enum"]:
        if kind in schema["$defs"]:
            validators[kind] = jsonschema.Draft202012Validator(
                {**schema, "allOf": [{"$ref": f"#/$defs/{kind}"}]})
    return validators


def check_records(records: Iterable[Any]) -> list[dict[str, Any]]:
    """The records as a list, or :class:`InvalidRecord` for the first that does not match."""
    validators = _validators()
    checked: list[dict[str, Any]] = []
    for n, record in enumerate(records):
        if not isinstance(record, dict):
            raise InvalidRecord(f"record {n} is not a JSON object")
        kind = record.get("kind")
        validator = validators.get(kind if isinstance(kind, str) else None, validators[None])
        error = next(iter(validator.iter_errors(record)), None)
        if error is not None:
            where = "/".join(str(p) for p in error.absolute_path) or "the record"
            name = repr(str(record.get("id")))[:60]
            message = " ".join(str(error.message).split())[:MAX_MESSAGE]
            raise InvalidRecord(f"record {name} ({str(record.get('kind'))[:20]}) does not "
                                f"match the contract at {where}: {message}")
        checked.append(record)
    return checked
