"""The ``syntax`` stage: every sentence gets tokens, lemmas, tags, morphology and a tree.

The parse of a sentence is a spaCy ``Doc`` over the sentence's own text, so a token's
characters in the document are ``sentence.parse_start + token.idx``: spans into the unchanged
text. A dateline or time stamp that opens a sentence ("KYIV, May 4 (Wire) -", "10h42 -") is
no part of its syntax and is left out of the parse.
The segmenter's sentences stay the one notion of sentence for every later stage; the parser
only reads them. A sentence longer than :data:`MAX_PARSE_CHARS` is parsed in pieces cut at
clause punctuation or whitespace, joined back into one ``Doc`` over the whole sentence: every
sentence has a parse, and the time per sentence stays linear in its length.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from typing import Any

from eventwire import lang as languages
from eventwire.model import Document, Sentence
from eventwire.syntax.lookup import token_starting
from eventwire.syntax.models import load
from eventwire.syntax.repair import repair
from eventwire.text.datelines import dateline_end

MAX_PARSE_CHARS = 3000  # about 500 tokens: longer "sentences" are lists or broken markup
BATCH_SIZE = 128  # sentences a minibatch of nlp.pipe: fewer, larger matrix products
PAUSE = re.compile(r"[,;:—–)\]]\s+")  # where a long sentence is best cut
SPACE = re.compile(r"\s+")


def sentence_language(doc: Document, sentence: Sentence) -> str:
    """A passage in another language is parsed with that language's model."""
    if doc.passages and sentence.passage < len(doc.passages):
        language = doc.passages[sentence.passage].language
        if language:
            return language
    return doc.language


def pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` cut into contiguous pieces of at most MAX_PARSE_CHARS characters, each
    ending after the last clause pause (else space) of its second half, else hard."""
    out = []
    while end - start > MAX_PARSE_CHARS:
        limit, half = start + MAX_PARSE_CHARS, start + MAX_PARSE_CHARS // 2
        cut = limit
        for where in (PAUSE, SPACE):
            ends = [m.end() for m in where.finditer(text, half, limit)]
            if ends:
                cut = ends[-1]
                break
        out.append((start, cut))
        start = cut
    return [*out, (start, end)]


def parse_sentences(doc: Document) -> None:
    """Parse every sentence with the model of its language (none: ``parse`` stays None)."""
    parse_documents([doc])


def parse_documents(docs: Sequence[Document]) -> None:
    """:func:`parse_sentences` for several documents with one ``nlp.pipe`` call per language.

    Each call to a pipeline costs about as much as a few sentences whatever its length, and
    a news text has ten or twenty: pooling the sentences of a few documents is a tenth less
    CPU than parsing text by text, with the same trees (each text is parsed on its own in
    the batch; measured identical on the dev, seed and example texts).
    """
    by_language: dict[str, list[tuple[Document, Sentence]]] = defaultdict(list)
    for doc in docs:
        for sentence in doc.sentences:
            if sentence.end > sentence.start:
                by_language[sentence_language(doc, sentence)].append((doc, sentence))
    for language, items in sorted(by_language.items()):
        nlp = load(language)
        if nlp is None:
            continue
        for doc, sentence in items:
            sentence.parse_start = dateline_end(doc.text, sentence.start, sentence.end)
        from spacy.tokens import Doc

        cuts = [pieces(doc.text, s.parse_start, s.end) for doc, s in items]
        read_as = parse_characters(language)
        texts = (doc.text[a:b].translate(read_as)
                 for (doc, _), parts in zip(items, cuts, strict=True) for a, b in parts)
        parsed = iter(nlp.pipe(texts, batch_size=BATCH_SIZE))
        for (_, sentence), parts in zip(items, cuts, strict=True):
            trees = [next(parsed) for _ in parts]
            sentence.parse = trees[0] if len(trees) == 1 else Doc.from_docs(
                trees, ensure_whitespace=False)
            repair(sentence.parse)


@cache
def parse_characters(language: str) -> dict[int, str]:
    """The characters a language's parser reads as another (its ``parse_characters``): the
    treebanks write elision with "'" ("l'armée", "dell'esercito"), and a text's "’" left as
    it is makes "l’" a word the parser never met, which wrecks the tree around it. One
    character for one, so every token keeps its offsets; the document's text is unchanged
    (a token's ``text`` is what the parser read)."""
    table = languages.section(language, "language").get("parse_characters") or {}
    return str.maketrans({str(a): str(b) for a, b in table.items()})


def token_at(sentence: Sentence, start: int) -> Any | None:
    """The parsed token that begins at character ``start`` of the document (None: no parse,
    or no token starts there); the inverse of :func:`char_span`."""
    if sentence.parse is None:
        return None
    return token_starting(sentence.parse, start - sentence.parse_start)


def char_span(sentence: Sentence, token: Any) -> tuple[int, int]:
    """A token's ``[start, end)`` in the document's text."""
    start = sentence.parse_start + token.idx
    return start, start + len(token.text)
