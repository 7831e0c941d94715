"""The pipeline: named stages, in one declared order.

Each stage is a callable ``Document -> None`` that fills some fields of the document and
says which fields it reads and writes, so the order can be checked without running it
(:func:`check_order`). Cross-document stages (agreements, stories, discrepancies) work on
records and live in :mod:`eventwire.reconcile`.
"""

from __future__ import annotations

import gc
import re
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypeVar

from eventwire.actors.recognize import recognize_actors
from eventwire.events.coder import code_events
from eventwire.facts import find_facts
from eventwire.model import Document, Sentence
from eventwire.statements.attribution import attribute_statements
from eventwire.syntax.parse import parse_documents, parse_sentences
from eventwire.text.dates import find_dates
from eventwire.text.language import identify_language, supported
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


# Limits that keep one document's cost linear in its length. Real news sentences stay far
# below MAX_SENTENCE_TOKENS (the longest of the development corpus has 120 words); the
# stages after segmentation compare cues, dates and mentions within a sentence, so an
# unbounded "sentence" (a 160 KB run without a full stop) costs its length squared.
MAX_SENTENCE_TOKENS = 200
# Past this a "sentence" is no prose (a page with no sentence end at all): cut into bounded
# pieces it would still be parsed piece by piece (~2-4 CPU s per 100,000 characters), so a
# 1 MB run would take most of a minute. Refused in one line instead, before any parsing.
MAX_SENTENCE_CHARS = 200_000
DOCUMENT_SECONDS = 120.0  # CPU seconds per document; a slower one is an error for that input
_TOKEN = re.compile(r"\S+")
_PAUSE = (",", ";", ":", "—", "–")


class OverBudget(Exception):
    """A document took longer than its time budget (reported as an error for that input)."""


class SentenceTooLong(OverBudget):
    """A sentence longer than :data:`MAX_SENTENCE_CHARS` (refused before it is parsed)."""


def _pieces(text: str, sentence: Sentence) -> list[Sentence]:
    """A sentence cut into pieces of at most MAX_SENTENCE_TOKENS words, at a pause when one
    falls in the second half of a piece (one pass over the words: linear)."""
    words = [m.span() for m in _TOKEN.finditer(text, sentence.start, sentence.end)]
    if len(words) <= MAX_SENTENCE_TOKENS:
        return [sentence]
    pieces: list[Sentence] = []
    first = 0
    while first < len(words):
        last = min(first + MAX_SENTENCE_TOKENS, len(words)) - 1
        if last < len(words) - 1:
            for k in range(last, first + MAX_SENTENCE_TOKENS // 2, -1):
                if text[words[k][1] - 1] in _PAUSE:
                    last = k
                    break
        pieces.append(Sentence(words[first][0], words[last][1], sentence.passage))
        first = last + 1
    return pieces


def bound_sentences(doc: Document) -> None:
    """Cut sentences longer than MAX_SENTENCE_TOKENS words into bounded pieces.

    A document with such sentences says so in ``metadata["long_sentences_cut"]``; others
    are left exactly as they were. A sentence over :data:`MAX_SENTENCE_CHARS` characters
    raises :class:`SentenceTooLong`.
    """
    bounded: list[Sentence] = []
    cut = 0
    for sentence in doc.sentences:
        if sentence.end - sentence.start > MAX_SENTENCE_CHARS:
            raise SentenceTooLong(
                f"a sentence of {sentence.end - sentence.start:,} characters at offset "
                f"{sentence.start} (over {MAX_SENTENCE_CHARS:,} with no sentence end)")
        pieces = _pieces(doc.text, sentence)
        cut += len(pieces) > 1
        bounded.extend(pieces)
    if cut:
        doc.sentences = bounded
        doc.metadata["long_sentences_cut"] = cut


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
    Stage("bounds", bound_sentences, ("text", "sentences"), ("sentences",)),
    Stage("syntax", parse_sentences, ("text", "sentences", "passages", "language"), ("parse",)),
    Stage("dates", find_dates, ("view", "sentences", "parse", "passages", "language"), ("dates",)),
    Stage("quantities", find_quantities, ("view", "sentences", "language"), ("quantities",)),
    Stage("actors", recognize_actors, ("view", "sentences", "parse", "language", "reference_date"),
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
# Container objects allocated (net of those freed) between two young collections; CPython's
# default is 700. A document's stages allocate some 1,000 per sentence and free nearly all
# of them by reference counting, so at 700 the collector ran ~50 times a pass of the dev
# texts (1 % of extract's CPU) to find almost no cycles.
YOUNG_COLLECTION = 20_000


def settle(language: str) -> None:
    """After a language's lexicons are loaded, move them out of the garbage collector's way.

    The lexicons are millions of long-lived objects; without this every full collection
    walks them all again (about a fifth of the pipeline's time on news texts, measured with
    ``eventwire bench``). ``gc.freeze`` is called once per language; young collections
    are made rarer (:data:`YOUNG_COLLECTION`), never more frequent than the host set them.
    """
    if language not in _SETTLED:
        _SETTLED.add(language)
        gc.freeze()
        young, *older = gc.get_threshold()
        if 0 < young < YOUNG_COLLECTION:
            gc.set_threshold(YOUNG_COLLECTION, *older)


# Stages that read a text in its language: a language eventwire has no data for skips them.
CODING_STAGES = frozenset({"passages", "sentences", "bounds", "syntax", "dates", "quantities",
                           "actors", "statements", "events", "facts"})


def process(doc: Document, stages: Iterable[Stage] = STAGES,
            budget: float | None = DOCUMENT_SECONDS) -> Document:
    """Run every stage on one document, in order, within ``budget`` CPU seconds (None: no
    limit). CPU time, not wall time, so a busy machine does not fail documents.

    Over budget raises :class:`OverBudget`: in the main thread (on systems with interval
    timers) as soon as the budget is spent, in other threads when the running stage ends.
    """
    _run(doc, stages, budget)
    settle(doc.language)
    return doc


def _run(doc: Document, stages: Iterable[Stage], budget: float | None) -> None:
    spent = None if budget is None else time.thread_time() + budget
    with _alarm(budget):
        for stage in stages:
            if stage.name in CODING_STAGES and not supported(doc.language):
                continue  # stored with its language and a note, never coded as another
            stage.run(doc)
            if spent is not None and time.thread_time() > spent:
                raise OverBudget(f"over the time budget ({budget:g} s per document)")


BATCH_DOCUMENTS = 16  # documents whose sentences are parsed together (see process_batch)

T = TypeVar("T")


def growing_windows(items: Iterable[T], counts: Callable[[T], bool]) -> Iterator[list[T]]:
    """Items in input order, in windows holding 1, 2, 4 ... up to :data:`BATCH_DOCUMENTS`
    counted items (the others ride along in their place): the first window's records come
    out at once, the later ones share a parser call between more documents."""
    window: list[T] = []
    size = 1
    for item in items:
        window.append(item)
        if sum(map(counts, window)) >= size:
            yield window
            window, size = [], min(2 * size, BATCH_DOCUMENTS)
    if window:
        yield window


def process_batch(docs: Sequence[Document], stages: Sequence[Stage] = STAGES,
                  budget: float | None = DOCUMENT_SECONDS) -> list[Document | Exception]:
    """:func:`process` for several documents, with the ``syntax`` stage run once for all of
    them (:func:`eventwire.syntax.parse.parse_documents`: one pipeline call per language
    instead of one per document, a tenth less parsing CPU). Every document gets the same
    annotations as from :func:`process`; each entry of the result is the document, or the
    exception that stopped it (the others go on).

    The stages before and after the parse run document by document within ``budget``
    each; the pooled parse has ``budget`` in all (a pool of news texts takes a second), and
    when it fails or runs over, each document is parsed alone within its own budget, so one
    bad text is the only one that fails.
    """
    names = [stage.name for stage in stages]
    if "syntax" not in names:
        return [_processed(doc, stages, budget) for doc in docs]
    cut = names.index("syntax")
    out: list[Document | Exception] = [_processed(doc, stages[:cut], budget, settled=False)
                                       for doc in docs]
    ready = [doc for doc in out if isinstance(doc, Document) and supported(doc.language)]
    try:
        with _alarm(budget):
            parse_documents(ready)
    except Exception:  # one text spoils the pool: parse each alone, within its budget
        failed = {id(doc): _processed(doc, stages[cut:cut + 1], budget, settled=False)
                  for doc in ready}
        out = [failed.get(id(doc), doc) if isinstance(doc, Document) else doc for doc in out]
    return [_processed(doc, stages[cut + 1:], budget) if isinstance(doc, Document) else doc
            for doc in out]


def _processed(doc: Document, stages: Sequence[Stage], budget: float | None,
               settled: bool = True) -> Document | Exception:
    """``process(doc, stages, budget)``, or the exception it raised."""
    try:
        if settled:
            return process(doc, stages, budget)
        _run(doc, stages, budget)
        return doc
    except Exception as error:
        return error


@contextmanager
def _alarm(seconds: float | None) -> Iterator[None]:
    """Interrupt the main thread with :class:`OverBudget` after ``seconds`` of CPU time."""
    if (seconds is None or not hasattr(signal, "setitimer")
            or threading.current_thread() is not threading.main_thread()):
        yield
        return

    def over(signum: int, frame: object) -> None:
        raise OverBudget(f"over the time budget ({seconds:g} s per document)")

    previous = signal.signal(signal.SIGPROF, over)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
