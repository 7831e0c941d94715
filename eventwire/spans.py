"""Lookups by character span over items that do not overlap (sentences, passages, quotes,
statements, dates, quantities), in logarithmic time, so long documents stay linear."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

T = TypeVar("T")


class SpanIndex(Generic[T]):
    """Items sorted by start, each with a ``[start, end)`` span."""

    def __init__(
        self,
        items: Iterable[T],
        start: Callable[[T], int] = lambda item: item.start,  # type: ignore[attr-defined]
        end: Callable[[T], int] = lambda item: item.end,  # type: ignore[attr-defined]
    ) -> None:
        pairs = sorted(
            ((start(item), end(item), n, item) for n, item in enumerate(items)),
            key=lambda pair: (pair[0], pair[2]),
        )
        self.items = [pair[3] for pair in pairs]
        self.starts = [pair[0] for pair in pairs]
        self.ends = [pair[1] for pair in pairs]

    def within(self, lo: int, hi: int) -> list[T]:
        """Items that lie inside ``[lo, hi)``, in order."""
        out = []
        for k in range(bisect_left(self.starts, lo), bisect_left(self.starts, hi)):
            if self.ends[k] <= hi:
                out.append(self.items[k])
        return out

    def covering(self, lo: int, hi: int | None = None) -> T | None:
        """The item whose span holds ``[lo, hi)`` (or the offset ``lo``), if any."""
        k = bisect_right(self.starts, lo) - 1
        if k < 0:
            return None
        if (hi is None and lo < self.ends[k]) or (hi is not None and hi <= self.ends[k]):
            return self.items[k]
        return None

    def overlaps(self, lo: int, hi: int) -> bool:
        """Whether any item shares a character with ``[lo, hi)``."""
        k = bisect_left(self.starts, hi) - 1
        return k >= 0 and self.ends[k] > lo
