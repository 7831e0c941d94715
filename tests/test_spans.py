"""Span lookups that keep long documents linear."""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.spans import SpanIndex


@dataclass
class Item:
    start: int
    end: int


def test_within_covering_and_overlaps() -> None:
    items = [Item(20, 30), Item(0, 10), Item(40, 45)]
    index = SpanIndex(items)
    assert index.within(0, 35) == [Item(0, 10), Item(20, 30)]
    assert index.within(21, 35) == []
    assert index.covering(25) == Item(20, 30)
    assert index.covering(22, 28) == Item(20, 30)
    assert index.covering(28, 32) is None
    assert index.covering(15) is None
    assert index.covering(-1) is None
    assert index.overlaps(9, 12) and index.overlaps(29, 41)
    assert not index.overlaps(10, 20) and not index.overlaps(30, 40)


def test_custom_span_accessors() -> None:
    index = SpanIndex([(5, 8), (1, 3)], start=lambda p: p[0], end=lambda p: p[1])
    assert index.covering(6) == (5, 8)
    assert index.within(0, 10) == [(1, 3), (5, 8)]
