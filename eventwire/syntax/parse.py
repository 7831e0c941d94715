"""The ``syntax`` stage: every sentence gets tokens, lemmas, tags, morphology and a tree.

The parse of a sentence is a spaCy ``Doc`` over the sentence's own text, so a token's
characters in the document are ``sentence.parse_start + token.idx``: spans into the unchanged
text. A dateline that opens a sentence ("KYIV, May 4 (Wire) -") is no part of its syntax and
is left out of the parse.
The segmenter's sentences stay the one notion of sentence for every later stage; the parser
only reads them. Sentences longer than :data:`MAX_PARSE_CHARS` are left unparsed (bounded
time per document) and the stages after fall back to what they can do without a tree.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from eventwire.model import Document, Sentence
from eventwire.syntax.models import load

# "KYIV, May 4 (Wire) - ", "PARIS (AFP) — ", "МОСКВА, 4 мая. /ТАСС/. ": a capitalised place,
# an optional date, an optional source, then a dash or the slashes of a Russian wire.
DATELINE = re.compile(
    r"[A-ZÀ-ÞА-ЯЁІЇЄҐ][A-ZÀ-ÞА-ЯЁІЇЄҐ'’ .-]{1,40}(?:,[^()\n–—/-]{1,40})?"
    r"(?:\s*\([^)\n]{1,40}\)\s*[-–—]+|\s*[-–—]+|\s*/[^/\n]{1,40}/\.?)\s+"
)
MAX_PARSE_CHARS = 3000  # about 500 tokens: longer "sentences" are lists or broken markup
BATCH_SIZE = 32


def sentence_language(doc: Document, sentence: Sentence) -> str:
    """A passage in another language is parsed with that language's model."""
    if doc.passages and sentence.passage < len(doc.passages):
        language = doc.passages[sentence.passage].language
        if language:
            return language
    return doc.language


def parse_sentences(doc: Document) -> None:
    """Parse every sentence with the model of its language (none: ``parse`` stays None)."""
    by_language: dict[str, list[Sentence]] = defaultdict(list)
    for sentence in doc.sentences:
        if 0 < sentence.end - sentence.start <= MAX_PARSE_CHARS:
            by_language[sentence_language(doc, sentence)].append(sentence)
    for language, sentences in sorted(by_language.items()):
        nlp = load(language)
        if nlp is None:
            continue
        for sentence in sentences:
            opening = DATELINE.match(doc.text, sentence.start, sentence.end)
            sentence.parse_start = opening.end() if opening and sum(
                c.isupper() for c in opening.group()) >= 3 else sentence.start
        texts = (doc.text[s.parse_start : s.end] for s in sentences)
        for sentence, parsed in zip(sentences, nlp.pipe(texts, batch_size=BATCH_SIZE),
                                    strict=True):
            sentence.parse = parsed


def char_span(sentence: Sentence, token: Any) -> tuple[int, int]:
    """A token's ``[start, end)`` in the document's text."""
    start = sentence.parse_start + token.idx
    return start, start + len(token.text)
