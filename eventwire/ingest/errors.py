"""Errors about one input: they name the input and never stop the rest of a batch."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class InputError:
    source: str  # the path, URL or "path:line" that failed
    message: str  # one line, for people

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


class BadInput(Exception):
    """Raised inside readers; turned into an :class:`InputError` by the batch reader."""
