"""The contract's JSON Lines: one record a line, keys in a stable order, byte-identical reruns."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any


def dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=False, separators=(",", ":"))


def write_jsonl(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    count = 0
    for record in records:
        out.write(dumps(record))
        out.write("\n")
        count += 1
    return count
