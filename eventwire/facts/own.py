"""Counts of a speaker's own people: "Algeria said three of its soldiers were killed",
"Según Argel, cuatro de sus soldados murieron", "Алжир заявив, що троє його військових
загинули". The quantity finder sees no unit after "three", and the noun names no side; the
possessive does, and it points at the speaker: the count is the speaker's country's
soldiers, compared only with counts of the same side (``extra["of"]``, as
``facts.slots._counted_side`` marks "three Sudanese soldiers").

Language data: ``own`` in ``lang/<code>/facts.yaml`` (the words between a number and the
people that make them the speaker's own: "of its", "de sus", "seiner", "його"), number
words from ``numbers.yaml`` and soldiers' nouns from ``units.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from eventwire import lang
from eventwire.model import Document, Quantity, Sentence, Statement
from eventwire.text.view import fold

OWN_PEOPLE = "soldier"  # the unit of the people a side counts as its own here
OWN_REACH = 4  # words at most between the number and the people's noun


@dataclass(frozen=True)
class OwnWords:
    """One language's words: number words, the phrases of possession, soldiers' nouns."""

    numbers: dict[str, float]
    own: tuple[tuple[str, ...], ...]
    people: frozenset[str]


@cache
def own_words(code: str) -> OwnWords | None:
    """The words of a language, or None when its facts data names no ``own`` phrases."""
    facts = lang.section(code, "facts") or {}
    phrases = tuple(tuple(fold(str(p)).split()) for p in facts.get("own") or ())
    if not phrases:
        return None
    numbers = lang.section(code, "numbers") or {}
    units = (lang.section(code, "units") or {}).get("units") or {}
    return OwnWords(
        numbers={fold(str(w)): float(v) for w, v in (numbers.get("words") or {}).items()},
        own=phrases,
        people=frozenset(fold(str(w)) for w in units.get(OWN_PEOPLE) or ()))


@dataclass(frozen=True)
class OwnCount:
    """A number of the speaker's own soldiers, as a quantity, and whose they are."""

    quantity: Quantity
    side: str  # the speaker's country


def own_counts(doc: Document, sentence: Sentence) -> list[OwnCount]:
    """The counts of a speaker's own soldiers a sentence tells inside a statement, where no
    quantity stands already. A statement with another country named before the number
    ("Algeria said Morocco killed three of its soldiers") is left alone: whose "its" is
    then cannot be told."""
    words = own_words(doc.language)
    if words is None or sentence.parse is None:
        return []
    tokens = list(sentence.parse)
    out = []
    for i, token in enumerate(tokens):
        value = _value(token.text, words)
        start = sentence.parse_start + token.idx
        if value is None or any(q.start <= start < q.end for q in doc.quantities):
            continue
        last = _own_people(tokens, i + 1, words)
        if last is None:
            continue
        end = sentence.parse_start + tokens[last].idx + len(tokens[last].text)
        statement = _said_in(doc, start, end)
        side = statement.speaker.country if statement is not None else None
        if not side or _other_side_before(doc, statement, start, side):
            continue
        out.append(OwnCount(Quantity(start, end, doc.text[start:end], value, OWN_PEOPLE),
                            side))
    return out


def _value(text: str, words: OwnWords) -> float | None:
    if text.isdigit():
        return float(text)
    return words.numbers.get(fold(text))


def _own_people(tokens: list, at: int, words: OwnWords) -> int | None:
    """The index of the soldiers' noun after a phrase of possession that opens at ``at``."""
    folded = [fold(t.text) for t in tokens[at:at + OWN_REACH]]
    for phrase in words.own:
        n = len(phrase)
        if tuple(folded[:n]) == phrase and len(folded) > n and folded[n] in words.people:
            return at + n
    return None


def _said_in(doc: Document, start: int, end: int) -> Statement | None:
    return next((s for s in doc.statements if s.start <= start and end <= s.end), None)


def _other_side_before(doc: Document, statement: Statement | None, start: int,
                       side: str) -> bool:
    if statement is None:
        return False
    return any(m.label == "ACTOR" and m.actor is not None and m.actor.country
               and m.actor.country != side and statement.start <= m.start < start
               for m in doc.mentions)
