"""Frozen dataclasses that read and write the contract's JSON: the base of the typed records.

``from_json`` reads a record dict, ``to_json`` writes the exact dict back: fields are
written in their declared order; fields marked :func:`omit` are left out when they hold
their empty value, fields marked :func:`internal` never (what the pipeline knows and the
contract does not carry), and fields nobody declared travel in ``extra`` (kept after the
declared ones), so a record written by a newer stage survives the round trip. It lives
apart from :mod:`eventwire.records` so that :mod:`eventwire.model`, which that module
imports, can give its actor and place the contract's shape with the same base.
"""

from __future__ import annotations

import types
from dataclasses import dataclass, field, fields
from functools import cache
from typing import Any, Self, Union, get_args, get_origin, get_type_hints

_OMIT = {"omit": True}
_INTERNAL = {"internal": True}

__all__ = ["TypedRecord", "internal", "omit"]


def omit() -> Any:
    """A field written only when it holds something (``None``, ``False`` and empty are left
    out), for additions older records do not have."""
    return field(default=None, metadata=_OMIT)


def internal() -> Any:
    """A field the JSON never holds (read back as None)."""
    return field(default=None, metadata=_INTERNAL)


@dataclass(frozen=True)
class TypedRecord:
    """Base of the typed records: JSON in and out, the same dict both ways."""

    @classmethod
    def declared(cls) -> tuple[str, ...]:
        """The JSON field names this class declares, in writing order."""
        return _declared(cls)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Self:
        hints = _hints(cls)
        known = {f.name for f in fields(cls)}
        values = {name: _from_json(hints[name], data[name]) for name in cls.declared()
                  if name in data}
        if "extra" in known:
            values["extra"] = {k: v for k, v in data.items() if k not in known}
        return cls(**values)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if "kind" in self.declared():  # a record's kind is written first
            out["kind"] = vars(self)["kind"]
        for f in fields(self):
            if f.name in ("extra", "kind") or f.metadata.get("internal"):
                continue
            value = getattr(self, f.name)
            if f.metadata.get("omit") and value in (None, False, (), [], {}):
                continue
            out[f.name] = _to_json(value)
        out.update(_to_json(getattr(self, "extra", None) or {}))
        return out


@cache
def _declared(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls)
                 if f.name != "extra" and not f.metadata.get("internal"))


def _to_json(value: Any) -> Any:
    if isinstance(value, TypedRecord):
        return value.to_json()
    if isinstance(value, (list, tuple)):
        return [_to_json(v) for v in value]
    if isinstance(value, dict):
        return {k: _to_json(v) for k, v in value.items()}
    return value


def _from_json(hint: Any, value: Any) -> Any:
    """Convert a JSON value to the declared type: nested records and tuples of them."""
    if value is None:
        return None
    origin = get_origin(hint)
    if origin in (Union, types.UnionType):
        for arg in get_args(hint):
            if arg is not type(None):
                return _from_json(arg, value)
    if isinstance(hint, type) and issubclass(hint, TypedRecord) and isinstance(value, dict):
        return hint.from_json(value)
    if origin is tuple and isinstance(value, list):
        args = get_args(hint)
        item = args[0] if args else Any
        return tuple(_from_json(item, v) for v in value)
    return value


@cache
def _hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls)
