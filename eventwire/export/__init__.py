"""Exports of the contract's records: JSON Lines (the contract itself) and flat tables."""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO, Any

from eventwire.export.jsonl import write_jsonl

FORMATS = ("jsonl",)


def write_records(records: Iterable[dict[str, Any]], fmt: str, out: IO[str]) -> int:
    """Write records in a named format; ``ValueError`` names the formats on a wrong one."""
    if fmt == "jsonl":
        return write_jsonl(records, out)
    raise ValueError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
