"""The library API: what the CLI, the web app and the tests call."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from eventwire import lang
from eventwire.ingest.errors import InputError
from eventwire.ingest.readers import read_inputs, read_text
from eventwire.model import Document
from eventwire.pipeline import DOCUMENT_SECONDS, OverBudget, growing_windows, process_batch
from eventwire.reconcile import reconcile
from eventwire.records import document_records

_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass
class Result:
    documents: list[Document] = field(default_factory=list)
    records: list[dict[str, Any]] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)


def check_reference_date(value: str | None) -> str | None:
    """The reference date given for a batch (``--date``), or a one-line ``ValueError``.

    An ISO date, possibly partial ("2025-03-18", "2025-03", "2025"); it only fills the gap:
    documents that carry their own publication date keep it.
    """
    if value is None or value == "":
        return None
    if not _is_iso_date(value):
        raise ValueError(
            f"reference date {value!r} is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)"
        )
    return value


def _is_iso_date(value: str) -> bool:
    match = _ISO_DATE.match(value)
    if not match:
        return False
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def prepare(doc: Document, *, reference_date: str | None, language: str | None) -> Document:
    """Settle the document's language and reference date before the pipeline runs.

    A language (given here or carried by the document) must be one eventwire has data for:
    :class:`~eventwire.lang.UnknownLanguage` otherwise, so a code is never used as a path.
    """
    if language:
        doc.language = lang.checked(language)
    elif doc.language != "und":
        doc.language = lang.declared(doc.language)
    if doc.published and not _is_iso_date(doc.published):
        doc.metadata.setdefault("published_raw", doc.published)
        doc.published = None
    doc.reference_date = doc.published or reference_date
    return doc


def extract_documents(
    docs: Iterable[Document | InputError],
    *,
    reference_date: str | None = None,
    language: str | None = None,
    on_document: Callable[[Document | InputError], None] | None = None,
    time_budget: float | None = DOCUMENT_SECONDS,
) -> Result:
    """Run the pipeline on each document, then the cross-document stages on all of them.

    A document that fails, or takes longer than ``time_budget`` seconds, is an error for
    that input; the others go on. An unknown ``language`` is refused before any work.
    Documents are processed a window at a time (1, 2, 4 ... up to
    :data:`~eventwire.pipeline.BATCH_DOCUMENTS`), their sentences parsed together
    (:func:`~eventwire.pipeline.process_batch`); ``on_document`` is called for each in input
    order as its window is done.
    """
    reference_date = check_reference_date(reference_date)
    if language:
        language = lang.checked(language)
    result = Result()
    seen: set[str] = set()

    def with_duplicates(items: Iterable[Document | InputError]
                        ) -> Iterator[tuple[Document | InputError, InputError | None]]:
        """Each input with the error of a document whose id came before (skipped)."""
        for item in items:
            duplicate = None
            if isinstance(item, Document):
                if item.id in seen:
                    duplicate = InputError(item.source or item.id,
                                           f"duplicate document id {item.id!r}: skipped")
                seen.add(item.id)
            yield item, duplicate

    for window in growing_windows(with_duplicates(docs),
                                  lambda pair: isinstance(pair[0], Document) and not pair[1]):
        _extract_window(window, result, reference_date, language, time_budget)
        if on_document is not None:
            for held, _ in window:
                on_document(held)
    result.records.extend(reconcile(result.records))
    return result


def _extract_window(window: list[tuple[Document | InputError, InputError | None]],
                    result: Result, reference_date: str | None, language: str | None,
                    time_budget: float | None) -> None:
    """The documents of a window through the pipeline together; records and errors into
    ``result`` in input order."""
    prepared: list[Document | Exception] = []
    for item, duplicate in window:
        if isinstance(item, Document) and duplicate is None:
            try:
                prepared.append(prepare(item, reference_date=reference_date,
                                        language=language))
            except Exception as error:  # an unknown declared language: that input only
                prepared.append(error)
    done = iter(process_batch([d for d in prepared if isinstance(d, Document)],
                              budget=time_budget))
    outcomes = iter(prepared)
    for item, duplicate in window:
        if isinstance(item, InputError) or duplicate is not None:
            result.errors.append(duplicate or item)  # type: ignore[arg-type]
            continue
        outcome = next(outcomes)
        processed = next(done) if isinstance(outcome, Document) else outcome
        if isinstance(processed, Exception):  # a bug on one text must not lose the batch
            result.errors.append(failure(item, processed))
        else:
            result.documents.append(item)
            result.records.extend(document_records(item))


def failure(doc: Document, error: Exception) -> InputError:
    """The one-line input error for a document the pipeline gave up on (over its time
    budget, an unknown language, or a bug on that text); the batch goes on."""
    if isinstance(error, OverBudget | lang.UnknownLanguage):
        return InputError(doc.source or doc.id, f"{error}: skipped")
    return InputError(doc.source or doc.id,
                      f"extraction failed ({type(error).__name__}: {error})")


def extract(
    inputs: list[str],
    *,
    reference_date: str | None = None,
    language: str | None = None,
    on_document: Callable[[Document | InputError], None] | None = None,
    time_budget: float | None = DOCUMENT_SECONDS,
    allow_private: bool = False,
) -> Result:
    """Read paths (files, directories, ``-``) and URLs, and extract records from all together.

    URLs on loopback, private or link-local addresses are refused unless ``allow_private``.
    """
    if language:
        language = lang.checked(language)
    return extract_documents(
        read_inputs(inputs, allow_private=allow_private),
        reference_date=reference_date,
        language=language,
        on_document=on_document,
        time_budget=time_budget,
    )


def extract_text(
    text: str, *, reference_date: str | None = None, language: str | None = None,
    time_budget: float | None = DOCUMENT_SECONDS, **fields: Any
) -> Result:
    """Extract records from one string."""
    return extract_documents(
        [read_text(text, **fields)], reference_date=reference_date, language=language,
        time_budget=time_budget,
    )


def ingest_into(db_path: Any, result: Result) -> dict[str, int]:
    """Store a result's records and rebuild the cross-document records from the whole store,
    in one transaction: readers see the store before or after, never documents without
    their stories. Records are checked against the contract first
    (:class:`~eventwire.store.InvalidRecord`, nothing stored, when one is not valid).

    ``db_path`` is a file path, a ``postgresql://`` URL or an open store (left open, so the
    web app can ingest through the store it serves from).
    """
    from eventwire.reconcile import CROSS_DOCUMENT_KINDS
    from eventwire.store import open_store

    opened = not hasattr(db_path, "write_cross_document")
    store = open_store(db_path) if opened else db_path
    try:
        store.ingest((r for r in result.records
                      if not (isinstance(r, dict) and r.get("kind") in CROSS_DOCUMENT_KINDS)),
                     reconcile)
        return store.counts()
    finally:
        if opened:
            store.close()
