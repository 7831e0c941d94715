"""Sentence segmentation for news text: right on headings, abbreviations and quotations.

Lines are paragraphs (a line that breaks mid-sentence, the next starting in lower case, is
joined to it), so a heading without a full stop is a sentence of its own. Inside a
paragraph a boundary is sentence-final punctuation followed by a capital, unless the word
before is an abbreviation or an initial (data: ``segment.yaml``), or the boundary lies inside
a quotation that closes in the paragraph and goes on with its attribution
(« ... », a-t-il dit): such a quotation stays one sentence with its speaker. Work is one
regex pass per paragraph, so time grows linearly with the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from eventwire import lang
from eventwire.model import Document, Sentence
from eventwire.text.view import fold

_CLOSERS = "\"'»”“’)]›"  # “ closes German „...“
_OPENERS = "\"'«“‘([‹„"
_C, _O = re.escape(_CLOSERS), re.escape(_OPENERS)
_BOUNDARY = re.compile(
    rf"[.!?…]+[{_C}]*(?:[ \t\u00a0\u202f]+[{_C}]+)*[ \t\u00a0\u202f]+"
    rf"(?=[{_O}]?[ \u00a0\u202f]?[¿¡]?[^\W\d_a-zß-ÿ]|[{_O}]?\d)"  # "¿" opens a sentence
)
_LINE = re.compile(r"[^\n]+")
_LAST_WORD = re.compile(r"(\S+)$")
_WORD_REACH = 100  # the word before a boundary is looked for this far back, not from 0
_FINAL = tuple(".!?…:;»”\"'")


@dataclass(frozen=True)
class _Rules:
    abbreviations: frozenset[str]
    openers: dict[str, str]  # opening mark -> closing mark
    max_quote: int
    opener_marks: re.Pattern[str]  # any one-character opening mark (to jump to the next)


@lru_cache(maxsize=32)
def _rules(code: str) -> _Rules:
    data = lang.section(code, "segment") or lang.section(lang.FALLBACK, "segment")
    pairs = data.get("quote_pairs") or []
    openers = {str(o): str(c) for o, c in pairs}
    marks = "".join(re.escape(o) for o in openers if len(o) == 1)
    return _Rules(
        abbreviations=frozenset(fold(str(a)).rstrip(".") for a in data.get("abbreviations", [])),
        openers=openers,
        max_quote=int(data.get("max_quote_chars", 1500)),
        opener_marks=re.compile(f"[{marks}]" if marks else "(?!)"),
    )


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Line spans; a line ending mid-sentence is joined to a next line in lower case."""
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start, end = line.span()
        if not line.group().strip():
            continue
        if spans:
            previous = text[spans[-1][0]:spans[-1][1]].rstrip()
            first = line.group().lstrip()[:1]
            if previous and not previous.endswith(_FINAL) and first.islower():
                spans[-1] = (spans[-1][0], end)
                continue
        spans.append((start, end))
    return spans


def _protected(text: str, rules: _Rules) -> list[tuple[int, int]]:
    """Quotations that close in the paragraph and go on with their attribution."""
    regions: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        mark = rules.opener_marks.search(text, i)  # no other character can open a region
        if mark is None:
            break
        i = mark.start()
        char = text[i]
        closer = rules.openers.get(char)
        if closer is None or (char == closer and i and not text[i - 1].isspace()
                              and text[i - 1] not in "([—–-"):
            i += 1
            continue
        close = text.find(closer, i + 1)
        if close == -1 or close - i > rules.max_quote:
            i += 1
            continue
        rest = text[close + 1:close + 4].lstrip(" \u00a0\u202f")
        if rest[:1] and (rest[:1].islower() or rest[:1] in ",;—–-"):
            regions.append((i, close))
        i = close + 1
    return regions


def _split(text: str, offset: int, rules: _Rules) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    regions = _protected(text, rules) if any(o in text for o in rules.openers) else []
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        cut = boundary.start()
        if any(a < cut < b for a, b in regions):
            continue
        word = _LAST_WORD.search(text, max(0, cut - _WORD_REACH), cut + 1)
        if word:
            token = word.group(1).lstrip(_OPENERS)
            if token.endswith(".") and not token.endswith(".."):
                bare = fold(token[:-1])
                if bare in rules.abbreviations or (len(bare) == 1 and bare.isalpha()):
                    continue
        end = boundary.end()
        spans.append((offset + start, offset + len(text[:end].rstrip())))
        start = end
    spans.append((offset + start, offset + len(text.rstrip())))
    return spans


def split_sentences(doc: Document) -> None:
    """Fill ``doc.sentences`` (offsets in the stored text), each tagged with its passage."""
    rules = _rules(doc.language)
    sentences: list[Sentence] = []
    for start, end in _paragraphs(doc.text):
        for s, e in _split(doc.text[start:end], start, rules):
            while s < e and doc.text[s].isspace():
                s += 1
            if e > s:
                sentences.append(Sentence(s, e))
    for sentence in sentences:
        sentence.passage = doc.passage_at(sentence.start)
    doc.sentences = sentences
