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


def unexpected(error: BaseException) -> str:
    """The one-line message for an error no reader expected (a bug, never a lost batch)."""
    first = str(error).splitlines()[0][:200] if str(error) else ""
    return f"unexpected error ({type(error).__name__}{': ' + first if first else ''})"
