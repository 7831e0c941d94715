"""Who said a quote: a ``speaker`` fact for each direct quote a named person is given.

A quote's subject is what it says, as language-neutral concepts (``lang/<code>/quotes.yaml``,
keyed by lemma): the same quote told by outlets in two languages holds the same concepts,
and reconcile (:mod:`eventwire.reconcile.quotes`) sets the people they give it to side by
side. Only named people are compared: "a spokesman" and "the ministry" are no one whose
name a source could get wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from eventwire import lang
from eventwire.model import Document, Statement
from eventwire.records import ActorRef, Evidence, FactRecord
from eventwire.text.view import fold

SPEAKER = "speaker"  # the attribute of who said a quote
STEM = "*"


@dataclass(frozen=True)
class QuoteWords:
    """One language's concepts: whole lemmas and stems, each to its concept."""

    whole: dict[str, str]
    stems: tuple[tuple[str, str], ...]  # (stem, concept), longest stem first

    def concept(self, *forms: str) -> str | None:
        """The concept a word stands for, by its lemma or as written (folded)."""
        for form in forms:
            if form in self.whole:
                return self.whole[form]
        for form in forms:
            for stem, concept in self.stems:
                if form.startswith(stem):
                    return concept
        return None


@cache
def quote_words(code: str) -> QuoteWords | None:
    """The quote concepts of a language, or None when it has no ``quotes.yaml``."""
    if code not in lang.having("quotes"):
        return None
    data = lang.section(code, "quotes") or {}
    whole: dict[str, str] = {}
    stems: list[tuple[str, str]] = []
    for concept, words in (data.get("concepts") or {}).items():
        for word in words or ():
            form = fold(str(word))
            if form.endswith(STEM):
                stems.append((form.rstrip(STEM), str(concept)))
            else:
                whole[form] = str(concept)
    stems.sort(key=lambda pair: (-len(pair[0]), pair[0]))
    return QuoteWords(whole, tuple(stems))


def concepts_of(doc: Document, start: int, end: int, words: QuoteWords) -> frozenset[str]:
    """The concepts of the parsed words inside ``[start, end)``."""
    found: set[str] = set()
    for sentence in doc.sentences:
        if sentence.parse is None or sentence.end <= start or end <= sentence.start:
            continue
        for token in sentence.parse:
            at = sentence.parse_start + token.idx
            if start <= at < end and any(ch.isalpha() for ch in token.text):
                concept = words.concept(fold(token.lemma_), fold(token.text))
                if concept is not None:
                    found.add(concept)
    return frozenset(found)


def named_person(statement: Statement) -> str | None:
    """The name of the person a statement is given to; None for an office, a body, a
    country, or a person the text does not name."""
    speaker = statement.speaker
    name = speaker.canonical or speaker.name
    if speaker.type != "person" or not name:
        return None
    if not any(w[:1].isupper() for w in name.split()):
        return None
    return name


MIN_CONCEPTS = 3  # a shorter quote ("we will see") is told apart from another by nothing


def quote_facts(doc: Document) -> list[FactRecord]:
    """One ``speaker`` fact per direct quote given to a named person, whose subject is the
    quote's concepts ("quote:first+lasting+peace+people+step+truce")."""
    words = quote_words(doc.language)
    if words is None:
        return []
    out = []
    for statement in doc.statements:
        name = named_person(statement) if statement.direct else None
        if name is None:
            continue
        concepts = concepts_of(doc, statement.start, statement.end, words)
        if len(concepts) < MIN_CONCEPTS:
            continue
        span = (statement.start, statement.end)
        out.append(FactRecord(
            id="", document=doc.id, subject="quote:" + "+".join(sorted(concepts)),
            attribute=SPEAKER, value=name, unit=None, interval=None,
            text=doc.text[span[0]:span[1]], statement=statement.id,
            claimed_by=ActorRef(**statement.speaker.as_record()),
            reported_by=tuple(statement.reported_by),
            evidence=Evidence(doc.text[span[0]:span[1]], span),
            extra={"concepts": sorted(concepts)}))
    return out
