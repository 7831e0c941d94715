"""Helpers for the text-layer tests: documents through the text stages only, table readers."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import yaml

from eventwire.ingest.readers import read_text
from eventwire.model import Document
from eventwire.pipeline import STAGES, process

TABLES = Path(__file__).parent / "tables"
TEXT_STAGES = [s for s in STAGES
               if s.name in ("view", "language", "passages", "sentences", "dates", "quantities")]


def run_text(text: str, lang: str, reference: str | None = None) -> Document:
    """A document taken through the text layer (and nothing after it)."""
    doc = read_text(text, language=lang)
    doc.reference_date = reference or None
    return process(doc, TEXT_STAGES)


def tsv_rows(name: str) -> list[dict[str, str]]:
    with (TABLES / name).open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return [dict(row) for row in csv.DictReader(lines, delimiter="\t")]


def yaml_cases(name: str) -> list[dict[str, Any]]:
    return yaml.safe_load((TABLES / name).read_text(encoding="utf-8"))


def case_id(row: dict[str, Any]) -> str:
    return f"{row['lang']}:{(row.get('name') or row.get('input') or row.get('text'))[:50]}"
