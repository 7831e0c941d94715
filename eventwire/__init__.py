"""eventwire: sourced, structured records of wars and negotiations from news text.

The public surface is small: :func:`extract` and :func:`extract_text` run the pipeline and
return a :class:`Result` of the contract's records; :func:`open_store` opens the SQLite (or
PostgreSQL) store; :func:`connect` opens an existing one for a notebook, where
``store.dataframe("event")`` gives a pandas DataFrame; :func:`reconcile` builds the
cross-document records from any records.
Names are imported on first use, so ``eventwire --help`` does not load the pipeline.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_PUBLIC = {
    "Result": "eventwire.api",
    "extract": "eventwire.api",
    "extract_text": "eventwire.api",
    "ingest_into": "eventwire.api",
    "Document": "eventwire.model",
    "STAGES": "eventwire.pipeline",
    "check_order": "eventwire.pipeline",
    "process": "eventwire.pipeline",
    "reconcile": "eventwire.reconcile",
    "open_store": "eventwire.store",
    "connect": "eventwire.store.frames",
}

__all__ = sorted([*_PUBLIC, "__version__"])


def __getattr__(name: str) -> Any:
    if name in _PUBLIC:
        value = getattr(import_module(_PUBLIC[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'eventwire' has no attribute {name!r}")
