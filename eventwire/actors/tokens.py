"""Tokens of the folded view, and lexicon keys built the same way.

Lexicon phrases and document text go through the same two steps (``fold`` then this
tokenizer), so a phrase matches wherever its folded tokens appear: "l'armée" gives
``l ' armee`` in both. Keys are the tokens joined by one space, which keeps lexicons as
plain ``dict[str, ...]`` (compact, fast to build and to probe).
"""

from __future__ import annotations

import re

from eventwire.text.view import fold

TOKEN = re.compile(r"[^\W_]+|\S")


def tokens(folded: str) -> list[str]:
    """Tokens of an already folded string."""
    return TOKEN.findall(folded)


def key(phrase: str) -> str:
    """The lexicon key of a phrase written in a data file (any case, accents)."""
    return " ".join(TOKEN.findall(fold(phrase)))


def spans(folded: str) -> list[tuple[int, int, str]]:
    """``(start, end, token)`` for every token of the folded view."""
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(folded)]
