"""eventwire's trained pipelines, loaded by language name on first use (like ``spacy.load``)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

MODELS = Path(__file__).resolve().parent.parent / "models"


@cache
def available() -> tuple[str, ...]:
    """Languages with a shipped pipeline (a folder holding a spaCy ``config.cfg``)."""
    return tuple(sorted(p.parent.name for p in MODELS.glob("*/config.cfg")))


@cache
def load(lang: str) -> Any | None:
    """The pipeline for ``lang``, or None when eventwire ships none for it.

    Loaded once per process; the language must be one of :func:`available` (never a path).
    """
    if lang not in available():
        return None
    import spacy

    from eventwire.syntax.patterns import seed

    seed(MODELS / lang)  # French's 1.45-million-character TOKEN_MATCH, compiled from disk
    return spacy.load(MODELS / lang)
