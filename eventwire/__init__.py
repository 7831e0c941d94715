"""eventwire: sourced, structured records of wars and negotiations from news text.

The public surface is small: :func:`extract` and :func:`extract_text` run the pipeline and
return a :class:`Result` of the contract's records; :func:`open_store` opens the SQLite (or
PostgreSQL) store; :func:`reconcile` builds the cross-document records from any records.
"""

from __future__ import annotations

from eventwire.api import Result, extract, extract_text, ingest_into
from eventwire.model import Document
from eventwire.pipeline import STAGES, check_order, process
from eventwire.reconcile import reconcile
from eventwire.store import open_store

__version__ = "0.1.0"

__all__ = [
    "STAGES",
    "Document",
    "Result",
    "__version__",
    "check_order",
    "extract",
    "extract_text",
    "ingest_into",
    "open_store",
    "process",
    "reconcile",
]
