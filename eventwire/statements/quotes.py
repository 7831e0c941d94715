"""Quotation spans on the stored text, for every common quote style.

Typographic pairs (« », “ ”, „ “, ‹ ›) are matched with nesting; straight double quotes pair
up within a paragraph. A quote may run over several sentences but not past a blank line or
``MAX_QUOTE`` characters; an opening mark that never closes is ignored, except in a quote of
several paragraphs: a paragraph left open whose next paragraph opens with a mark again (the
English and German way) or with the closing mark (« ... / » ..., the Spanish and French way)
is a quote up to its end, and the next paragraph's mark opens the next one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PAIRS = {"«": "»", "“": "”", "„": "“", "‹": "›"}
MAX_QUOTE = 3000
_MARKS = re.compile("[" + re.escape("".join(PAIRS) + "".join(PAIRS.values())) + "\n]")
_STRAIGHT = re.compile('"')


@dataclass(frozen=True)
class Quote:
    open: int  # offset of the opening mark
    close: int  # offset of the closing mark

    @property
    def content(self) -> tuple[int, int]:
        return self.open + 1, self.close


def find_quotes(text: str) -> list[Quote]:
    quotes = _typographic(text) + _straight(text)
    quotes.sort(key=lambda q: (q.open, -q.close))
    # Keep outermost quotes only: an inner quote belongs to the outer statement.
    kept: list[Quote] = []
    for quote in quotes:
        if kept and quote.open < kept[-1].close:
            continue
        kept.append(quote)
    return kept


def _typographic(text: str) -> list[Quote]:
    found: list[Quote] = []
    stack: list[tuple[str, int]] = []
    for found_mark in _MARKS.finditer(text):  # only marks and newlines can change anything
        i, char = found_mark.start(), found_mark.group()
        if stack and char == PAIRS[stack[-1][0]] and not (char == "“" and stack[-1][0] == "“") \
                and not _reopens(text, i):
            mark, start = stack.pop()
            if i - start <= MAX_QUOTE and "\n\n" not in text[start:i]:
                found.append(Quote(start, i))
        elif char in PAIRS:
            # "„ ... “" closes with “; a “ opening inside „ is handled by the check above.
            stack.append((char, i))
        elif char == "\n" and stack and text[i + 1 : i + 2] == "\n":
            mark, start = stack[0]
            after = text[i:].lstrip("\n")
            if len(stack) == 1 and after[:1] in (mark, PAIRS[mark]) and i - start <= MAX_QUOTE:
                found.append(Quote(start, i))  # the quote goes on in the next paragraph
                stack = [(mark, len(text) - len(after))]
                continue
            stack.clear()
    return found


def _reopens(text: str, i: int) -> bool:
    """Whether a closing mark opens its paragraph after a blank line ("\n\n»Los soldados"):
    the quote of the paragraph before goes on, it closes nothing."""
    return i >= 2 and text[i - 2:i] == "\n\n"


def _straight(text: str) -> list[Quote]:
    found: list[Quote] = []
    paragraphs = _paragraphs(text)
    for k, (paragraph_start, paragraph) in enumerate(paragraphs):
        positions = [m.start() for m in _STRAIGHT.finditer(paragraph)]
        for a, b in zip(positions[::2], positions[1::2], strict=False):
            if b - a <= MAX_QUOTE:
                found.append(Quote(paragraph_start + a, paragraph_start + b))
        following = next((line for _, line in paragraphs[k + 1:] if line.strip()), "")
        if len(positions) % 2 and following.lstrip().startswith('"') \
                and len(paragraph) - positions[-1] <= MAX_QUOTE:
            # a quote left open at the paragraph's end goes on in the next one
            found.append(Quote(paragraph_start + positions[-1], paragraph_start + len(paragraph)))
    return found


def _paragraphs(text: str) -> list[tuple[int, str]]:
    out = []
    start = 0
    for line in text.split("\n"):
        out.append((start, line))
        start += len(line) + 1
    return out
