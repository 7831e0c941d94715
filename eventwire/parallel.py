"""The per-document stage over several worker processes, output in input order.

Why this shape:

- Workers are forked (``fork`` start method) after :func:`preload` has loaded the lexicons,
  lingua's detector and the syntax models in the parent, and after ``gc.freeze()``; the
  children share those pages copy-on-write instead of loading ~0.5 GB each.
- Only the languages of the batch are preloaded: the parent reads the first
  :data:`PEEK_DOCUMENTS` documents and takes their declared or detected languages (loading
  all seven costs ~15 CPU seconds and ~1.2 GB, one language a fifth of that). A language
  met only later is loaded by the worker that meets it, on first use.
- The parent reads the inputs and keeps at most ``window`` documents in flight (a bounded
  queue), so memory does not grow with the batch.
- Results come back in input order through a bounded reorder buffer (the in-flight
  window): the first document's records are yielded as soon as it is done, never after the
  last one. A slow document holds back at most ``window`` finished ones.
- Workers take documents in batches (up to :data:`~eventwire.pipeline.BATCH_DOCUMENTS`,
  their sentences parsed in one pipeline call per language) through :func:`extract_batch`,
  as one process does, so the records are byte-identical to one process; a bad input or a
  failing document gives one :class:`InputError` and the rest goes on; a worker that dies
  costs the documents of its batch a rerun each in a process of its own. The
  cross-document stage (``reconcile``) runs once, in the parent, at the end.

``jobs=1`` runs in this process with no pool at all.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import chain, islice
from typing import Any

from eventwire import lang
from eventwire.api import Result, failure, prepare
from eventwire.facts import scope
from eventwire.ingest.errors import InputError
from eventwire.ingest.readers import read_inputs, read_text
from eventwire.model import Document
from eventwire.pipeline import BATCH_DOCUMENTS, growing_windows, process, process_batch
from eventwire.reconcile import reconcile
from eventwire.records import document_records
from eventwire.syntax.models import load
from eventwire.text.language import detect, load_detectors

__all__ = [
    "Extracted", "default_jobs", "extract_batch", "extract_one", "extract_parallel",
    "languages_of", "preload",
    "stream_documents", "stream_records",
]

Record = dict[str, Any]
WINDOW_PER_JOB = 4  # batches in flight per worker: enough to keep a worker busy
PEEK_DOCUMENTS = 64  # documents read ahead to choose the languages to preload
WARM_UP_TEXT = "Alpha Beta said on 3 May 2026 that 12 people met in Gamma. \u00abDelta\u00bb."


@dataclass(frozen=True)
class Extracted:
    """One document's per-document records, or the error that replaced them."""

    document: Document  # as read (text and metadata); annotations stay in the worker
    records: tuple[Record, ...] = ()
    error: InputError | None = None


def default_jobs() -> int:
    """All the cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def preload(languages: Iterable[str] | None = None) -> None:
    """Load everything the per-document stage needs for ``languages``, then freeze the heap.

    Run in the parent before forking so that the children share it. Loads the language
    detector, the syntax model, and every lexicon a document in that language reaches (by
    running one small invented document through the pipeline with the language forced).
    ``None`` means every language eventwire has data for (an empty list: none of them).
    """
    codes = sorted(set(languages)) if languages is not None else list(lang.available())
    load_detectors()
    for code in codes:
        load(code)
        doc = read_text(WARM_UP_TEXT, id=f"warm-up-{code}", language=code)
        process(prepare(doc, reference_date="2026-05-04", language=code))
    if codes:
        scope.load()  # the warm-up names no truce: built here, not in each worker
    gc.collect()
    gc.freeze()


def extract_one(doc: Document, reference_date: str | None,
                language: str | None) -> tuple[tuple[Record, ...], InputError | None]:
    """The per-document stage of :func:`eventwire.api.extract_documents` for one document."""
    try:
        process(prepare(doc, reference_date=reference_date, language=language))
    except Exception as error:  # a bug on one text must not lose the batch
        return (), failure(doc, error)
    return tuple(document_records(doc)), None


def extract_batch(docs: list[Document], reference_date: str | None, language: str | None
                  ) -> list[tuple[tuple[Record, ...], InputError | None]]:
    """:func:`extract_one` for each of several documents, their sentences parsed together
    (:func:`eventwire.pipeline.process_batch`): the same records and errors, less CPU."""
    prepared: list[Document | Exception] = []
    for doc in docs:
        try:
            prepared.append(prepare(doc, reference_date=reference_date, language=language))
        except Exception as error:
            prepared.append(error)
    done = iter(process_batch([d for d in prepared if isinstance(d, Document)]))
    out: list[tuple[tuple[Record, ...], InputError | None]] = []
    for doc, item in zip(docs, prepared, strict=True):
        result = next(done) if isinstance(item, Document) else item
        if isinstance(result, Exception):
            out.append(((), failure(doc, result)))
            continue
        try:
            out.append((tuple(document_records(result)), None))
        except Exception as error:
            out.append(((), failure(doc, error)))
    return out


def stream_documents(
    items: Iterable[Document | InputError],
    *,
    jobs: int | None = None,
    reference_date: str | None = None,
    language: str | None = None,
    window: int | None = None,
) -> Iterator[Extracted | InputError]:
    """Per-document records for each item, in input order, as soon as each is ready.

    Input errors and duplicate ids come out where they stood in the input. ``window``
    bounds the documents in flight (and so the reorder buffer); by default four batches of
    :data:`~eventwire.pipeline.BATCH_DOCUMENTS` per worker.
    """
    jobs = jobs or default_jobs()
    if jobs == 1:
        yield from _stream_here(items, reference_date, language)
        return
    yield from _stream_pool(items, jobs, window or WINDOW_PER_JOB * jobs * BATCH_DOCUMENTS,
                            reference_date, language)


def _checked(items: Iterable[Document | InputError]) -> Iterator[Document | InputError]:
    """Duplicate ids become errors here, in the parent, so the rule holds across workers."""
    seen: set[str] = set()
    for item in items:
        if isinstance(item, Document):
            if item.id in seen:
                yield InputError(item.source or item.id,
                                 f"duplicate document id {item.id!r}: skipped")
                continue
            seen.add(item.id)
        yield item


def _stream_here(items: Iterable[Document | InputError], reference_date: str | None,
                 language: str | None) -> Iterator[Extracted | InputError]:
    """In this process, a window of documents at a time (their sentences parsed together), in
    input order. The first window holds one document, so its records come out at once; each
    next one twice as many, up to :data:`~eventwire.pipeline.BATCH_DOCUMENTS`."""
    for window in growing_windows(_checked(items), lambda i: isinstance(i, Document)):
        docs = [i for i in window if isinstance(i, Document)]
        done = iter(extract_batch(docs, reference_date, language))
        for held in window:
            if isinstance(held, InputError):
                yield held
            else:
                records, error = next(done)
                yield Extracted(held, records, error)


@dataclass
class _Batch:
    """Documents sent to one worker together (their sentences parsed in one pipeline call);
    ``future`` is None until the batch is sent."""

    docs: list[Document]
    future: Future[Any] | None = None


# An entry of the in-flight window: an input error (no batch), or a document, its batch and
# its place in it.
_Pending = tuple[Document | InputError, _Batch | None, int]


def batch_size(jobs: int, window: int) -> int:
    """Documents per worker task: :data:`~eventwire.pipeline.BATCH_DOCUMENTS`, or fewer when
    the window cannot hold two batches per worker (each worker then still has the next one
    queued while it works)."""
    return max(1, min(BATCH_DOCUMENTS, window // (2 * jobs)))


def _stream_pool(items: Iterable[Document | InputError], jobs: int, window: int,
                 reference_date: str | None,
                 language: str | None) -> Iterator[Extracted | InputError]:
    """Documents go to the workers in batches (:func:`extract_batch`, as one process runs
    them) of 1, 2, 4 ... :func:`batch_size` documents, so the first records still come out
    at once; at most ``window`` documents are in flight."""
    pending: deque[_Pending] = deque()
    context = multiprocessing.get_context("fork")
    executor = ProcessPoolExecutor(max_workers=jobs, mp_context=context)
    source = iter(_checked(items))
    largest, size = batch_size(jobs, window), 1
    filling = _Batch([])

    def send(batch: _Batch) -> None:
        batch.future = executor.submit(extract_batch, batch.docs, reference_date, language)

    try:
        while True:
            in_flight = sum(isinstance(item, Document) for item, _, _ in pending)
            while in_flight < window:
                item = next(source, None)
                if item is None:
                    break
                if isinstance(item, InputError):
                    pending.append((item, None, 0))
                    continue
                filling.docs.append(item)
                pending.append((item, filling, len(filling.docs) - 1))
                in_flight += 1
                if len(filling.docs) >= size:
                    send(filling)
                    filling, size = _Batch([]), min(2 * size, largest)
            if not pending:
                return
            item, batch, place = pending[0]
            if batch is not None and batch.future is None:
                send(batch)  # the window is full or the input ended: send what there is
                filling, size = _Batch([]), min(2 * size, largest)
            pending.popleft()
            if batch is None:
                assert isinstance(item, InputError)
                yield item
                continue
            assert isinstance(item, Document) and batch.future is not None
            try:
                records, error = batch.future.result()[place]
            except BrokenProcessPool:
                # A worker died (killed, out of memory): the documents it took down are run
                # again one at a time, so only the one that kills a worker is reported.
                executor.shutdown(wait=True, cancel_futures=True)
                pending.appendleft((item, batch, place))
                pending = _recover(pending, context, reference_date, language)
                executor = ProcessPoolExecutor(max_workers=jobs, mp_context=context)
                continue
            yield Extracted(item, records, error)
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _recover(pending: deque[_Pending], context: Any, reference_date: str | None,
             language: str | None) -> deque[_Pending]:
    """After a worker died: keep finished results, rerun the rest each in its own process
    (documents of a batch not sent yet are sent again by the caller)."""
    wait([b.future for _, b, _ in pending if b is not None and b.future is not None])
    recovered: deque[_Pending] = deque()
    for item, batch, place in pending:
        future = None if batch is None else batch.future
        if future is not None and (future.cancelled() or future.exception() is not None):
            assert isinstance(item, Document)
            alone = _Batch([item], Future())
            assert alone.future is not None
            alone.future.set_result([_isolated(item, context, reference_date, language)])
            batch, place = alone, 0
        recovered.append((item, batch, place))
    return recovered


def _isolated(doc: Document, context: Any, reference_date: str | None,
              language: str | None) -> tuple[tuple[Record, ...], InputError | None]:
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as alone:
        try:
            return alone.submit(extract_batch, [doc], reference_date, language).result()[0]
        except BrokenProcessPool:
            return (), InputError(doc.source or doc.id,
                                  "extraction failed (the worker process died)")


def extract_parallel(
    documents_or_paths: Iterable[Document | InputError] | list[str],
    *,
    jobs: int | None = None,
    reference_date: str | None = None,
    language: str | None = None,
    languages: Iterable[str] | None = None,
    on_document: Callable[[Document | InputError], None] | None = None,
) -> Result:
    """:func:`eventwire.api.extract` over ``jobs`` processes: the same records, errors, order.

    ``documents_or_paths`` is a list of paths (files, directories, ``-``) or documents and
    input errors as :func:`eventwire.ingest.readers.read_inputs` yields them. ``languages``
    are preloaded before forking (default: ``language`` if given, else the languages of the
    first :data:`PEEK_DOCUMENTS` documents). Returns an
    :class:`eventwire.api.Result`; its ``documents`` hold the input documents that were
    extracted (text and metadata; their annotations stay in the workers, the records carry
    them).
    """
    items: Iterable[Document | InputError] = _as_items(documents_or_paths)
    jobs = jobs or default_jobs()
    if jobs > 1:
        if languages is None:
            items = _preloaded(items, language)
        else:
            preload(languages)
    result = Result()
    for out in stream_documents(items, jobs=jobs, reference_date=reference_date,
                                language=language):
        if isinstance(out, InputError):
            result.errors.append(out)
        elif out.error is not None:
            result.errors.append(out.error)
        else:
            result.documents.append(out.document)
            result.records.extend(out.records)
        if on_document is not None:
            on_document(out if isinstance(out, InputError) else out.document)
    result.records.extend(reconcile(result.records))
    return result


def stream_records(
    documents_or_paths: Iterable[Document | InputError] | list[str],
    errors: list[InputError],
    *,
    jobs: int | None = None,
    reference_date: str | None = None,
    language: str | None = None,
    on_document: Callable[[Document | InputError], None] | None = None,
) -> Iterator[Record]:
    """The records of :func:`extract_parallel`, in the same order, yielded as they are ready.

    Each document's records come out as soon as it and every document before it are done
    (a writer can put them on disk while later documents are read); the cross-document
    records follow the last document. Errors are appended to ``errors`` where they occur.
    """
    items: Iterable[Document | InputError] = _as_items(documents_or_paths)
    jobs = jobs or default_jobs()
    if jobs > 1:
        items = _preloaded(items, language)
    kept: list[Record] = []
    for out in stream_documents(items, jobs=jobs, reference_date=reference_date,
                                language=language):
        if isinstance(out, InputError):
            errors.append(out)
        elif out.error is not None:
            errors.append(out.error)
        else:
            kept.extend(out.records)
            yield from out.records
        if on_document is not None:
            on_document(out if isinstance(out, InputError) else out.document)
    yield from reconcile(kept)


def _preloaded(items: Iterable[Document | InputError],
               language: str | None) -> Iterable[Document | InputError]:
    """Preload the batch's languages (``language``, else those of its first documents)."""
    if language is not None:
        preload([language])
        return items
    source = iter(items)
    head = list(islice(source, PEEK_DOCUMENTS))
    preload(languages_of(head))
    return chain(head, source)


def languages_of(items: Iterable[Document | InputError]) -> list[str]:
    """The languages eventwire can read among these documents, declared or detected."""
    found: set[str] = set()
    for item in items:
        if isinstance(item, Document):
            declared = item.language if item.language and item.language != "und" else None
            code = declared or detect(item.text)
            if code in lang.available():
                found.add(code)
    return sorted(found)


def _as_items(
    documents_or_paths: Iterable[Document | InputError] | list[str],
) -> Iterable[Document | InputError]:
    if isinstance(documents_or_paths, list | tuple) and all(
        isinstance(p, str | os.PathLike) for p in documents_or_paths
    ):
        return read_inputs([str(p) for p in documents_or_paths])
    return documents_or_paths  # type: ignore[return-value]
