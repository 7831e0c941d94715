"""Sentence segmentation for news text."""

from __future__ import annotations

import re

from eventwire import lang
from eventwire.model import Document, Sentence

_BOUNDARY = re.compile(r"(?<=[.!?…])[\"'»”’)]*\s+(?=[\"'«“‘(]?[A-ZÀ-ÖØ-Þ0-9\u0400-\u042F])")


def _abbreviations(language: str) -> frozenset[str]:
    return frozenset(lang.section(language, "segment").get("abbreviations", []))


def split_sentences(doc: Document) -> None:
    """Split on line breaks, then on sentence-final punctuation not after an abbreviation."""
    abbreviations = _abbreviations(doc.language)
    sentences: list[Sentence] = []
    for line in re.finditer(r"[^\n]+", doc.text):
        start = line.start()
        for boundary in _BOUNDARY.finditer(line.group()):
            before = line.group()[: boundary.start()].rstrip("\"'»”’)")
            last_word = re.search(r"(\S+)$", before)
            if last_word and last_word.group(1).lower() in abbreviations:
                continue
            end = line.start() + boundary.start()
            sentences.append(_trimmed(doc, start, end))
            start = line.start() + boundary.end()
        sentences.append(_trimmed(doc, start, line.end()))
    doc.sentences = [s for s in sentences if s.end > s.start]
    for sentence in doc.sentences:
        sentence.passage = doc.passage_at(sentence.start)


def _trimmed(doc: Document, start: int, end: int) -> Sentence:
    while start < end and doc.text[start].isspace():
        start += 1
    while end > start and doc.text[end - 1].isspace():
        end -= 1
    return Sentence(start, end)
