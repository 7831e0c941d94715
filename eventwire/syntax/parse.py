"""The ``syntax`` stage: every sentence gets tokens, lemmas, tags, morphology and a tree.

The parse of a sentence is a spaCy ``Doc`` over the sentence's own text, so a token's
characters in the document are ``sentence.start + token.idx``: spans into the unchanged text.
The segmenter's sentences stay the one notion of sentence for every later stage; the parser
only reads them. Sentences longer than :data:`MAX_PARSE_CHARS` are left unparsed (bounded
time per document) and the stages after fall back to what they can do without a tree.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from eventwire.model import Document, Sentence
from eventwire.syntax.models import load

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
        texts = (doc.text[s.start : s.end] for s in sentences)
        for sentence, parsed in zip(sentences, nlp.pipe(texts, batch_size=BATCH_SIZE),
                                    strict=True):
            sentence.parse = parsed


def char_span(sentence: Sentence, token: Any) -> tuple[int, int]:
    """A token's ``[start, end)`` in the document's text."""
    start = sentence.start + token.idx
    return start, start + len(token.text)
