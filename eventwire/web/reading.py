"""The one door from the store into the web: JSON bodies become typed records here, once.

A body written before a field was added (the contract's statements have no
``speaker_span``) is read with that field empty when its type allows ``None``. A body
this version cannot read at all (a required field missing, as from another tool) must not
fail a page: the reader leaves it out, logs one line naming it, and keeps its id so the page
can say how many it left out.
"""

from __future__ import annotations

import logging
import types
from collections.abc import Iterable
from dataclasses import MISSING, dataclass, field, fields
from typing import Any, TypeVar, Union, get_args, get_origin, get_type_hints

from eventwire.records import TypedRecord

log = logging.getLogger(__name__)

T = TypeVar("T", bound=TypedRecord)


@dataclass
class Reader:
    """Reads store bodies into typed records and remembers the ones it could not read."""

    unreadable: list[str] = field(default_factory=list)

    def read(self, body: Any, cls: type[T]) -> T | None:
        """The typed record of one body, or None (noted) when this version cannot read it."""
        if not isinstance(body, dict):
            return self._skip(repr(body)[:80], f"not a JSON object: {type(body).__name__}")
        try:
            return cls.from_json({**body, **{name: None for name in _absent_optional(cls, body)}})
        except (TypeError, ValueError, KeyError, AttributeError) as error:
            return self._skip(str(body.get("id")), str(error))

    def read_all(self, bodies: Iterable[Any], cls: type[T]) -> list[T]:
        """Every body this version can read, as typed records, in the order given."""
        return [record for body in bodies if (record := self.read(body, cls)) is not None]

    def _skip(self, record_id: str, reason: str) -> None:
        if record_id not in self.unreadable:
            self.unreadable.append(record_id)
            log.warning("web: left out record %s, which this version cannot read (%s)",
                        record_id, reason)
        return None


def _absent_optional(cls: type[TypedRecord], body: dict[str, Any]) -> list[str]:
    """Fields without a default that the body lacks and whose type allows None."""
    hints = get_type_hints(cls)
    return [f.name for f in fields(cls)
            if f.name not in body and f.default is MISSING and f.default_factory is MISSING
            and get_origin(hints[f.name]) in (Union, types.UnionType)
            and type(None) in get_args(hints[f.name])]
