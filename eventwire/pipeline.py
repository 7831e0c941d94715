"""The pipeline: named stages, in one declared order.

Each stage is a callable ``Document -> None`` that fills some fields of the document and
says which fields it reads and writes, so the order can be checked without running it
(:func:`check_order`). Cross-document stages (agreements, stories, discrepancies) work on
records and live in :mod:`eventwire.reconcile`.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from eventwire.actors.recognize import recognize_actors
from eventwire.events.coder import code_events
from eventwire.facts import find_facts
from eventwire.model import Document
from eventwire.statements.attribution import attribute_statements
from eventwire.text.dates import find_dates
from eventwire.text.language import identify_language
from eventwire.text.passages import split_passages
from eventwire.text.quantities import find_quantities
from eventwire.text.segment import split_sentences
from eventwire.text.view import TextView


@dataclass(frozen=True)
class Stage:
    name: str
    run: Callable[[Document], None]
    reads: tuple[str, ...]
    writes: tuple[str, ...]


def _build_view(doc: Document) -> None:
    doc.view = TextView.of(doc.text)


def _assign_ids(doc: Document) -> None:
    """Stable ids from the document id and order of appearance."""
    for n, statement in enumerate(doc.statements):
        statement.id = f"{doc.id}/s{n}"
    doc.events.sort(key=lambda e: (e.start, e.end, e.type))
    for n, event in enumerate(doc.events):
        event.id = f"{doc.id}/e{n}"


GIVEN = ("text", "id", "published", "reference_date", "language")

STAGES: tuple[Stage, ...] = (
    Stage("view", _build_view, ("text",), ("view",)),
    Stage("language", identify_language, ("text",), ("language",)),
    Stage("passages", split_passages, ("text", "reference_date"), ("passages",)),
    Stage("sentences", split_sentences, ("text", "view", "passages"), ("sentences",)),
    Stage("dates", find_dates, ("view", "sentences", "passages", "language"), ("dates",)),
    Stage("quantities", find_quantities, ("view", "sentences", "language"), ("quantities",)),
    Stage("actors", recognize_actors, ("view", "sentences", "language", "reference_date"),
          ("mentions",)),
    Stage("statements", attribute_statements, ("view", "sentences", "mentions", "language"),
          ("statements",)),
    Stage("events", code_events,
          ("view", "sentences", "mentions", "statements", "dates", "quantities", "language"),
          ("events",)),
    Stage("ids", _assign_ids, ("statements", "events"), ("statements", "events")),
    Stage("facts", find_facts,
          ("view", "sentences", "dates", "quantities", "mentions", "statements", "events",
           "language"), ("facts",)),
)


def check_order(stages: Iterable[Stage] = STAGES) -> None:
    """Raise ``ValueError`` when a stage reads a field no earlier stage writes."""
    available = set(GIVEN)
    for stage in stages:
        missing = [name for name in stage.reads if name not in available]
        if missing:
            raise ValueError(f"stage {stage.name!r} reads {missing} before any stage writes it")
        available.update(stage.writes)


_SETTLED: set[str] = set()


def settle(language: str) -> None:
    """After a language's lexicons are loaded, move them out of the garbage collector's way.

    The lexicons are millions of long-lived objects; without this every full collection
    walks them all again (about a fifth of the pipeline's time on news texts, measured with
    ``eventwire bench``). ``gc.freeze`` is called once per language.
    """
    if language not in _SETTLED:
        _SETTLED.add(language)
        gc.freeze()


def process(doc: Document, stages: Iterable[Stage] = STAGES) -> Document:
    """Run every stage on one document, in order."""
    for stage in stages:
        stage.run(doc)
    settle(doc.language)
    return doc
