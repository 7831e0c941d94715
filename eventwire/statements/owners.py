"""The institution a bare spokesperson speaks for, when the sentence before names it.

"India's defence ministry denied the report. A spokesman, Colonel X, told reporters ...",
"Das russische Außenministerium wies die Vorwürfe zurück. ..., erklärte Sprecherin X": a
spokesperson's title names whom they speak for; with no owner in its own phrase, the owner is
the institution the sentence before has as its subject. Only then: a dateline or a city is
no owner, and a country named anywhere else in the text is a guess.
"""

from __future__ import annotations

import re
from typing import Any

from eventwire.model import Mention, Sentence
from eventwire.spans import SpanIndex
from eventwire.text.view import fold

TITLE_REACH = 4  # words between a spokesperson's title and the name it introduces
_WORD = re.compile(r"[\w'’-]+")


def owner_country(text: str, sentences: list[Sentence], actors: SpanIndex[Mention],
                  span: tuple[int, int], titles: frozenset[str]) -> str | None:
    """The country of the institution that is the subject of the sentence before the one
    whose person at ``span`` a bare spokesperson's title introduces ("A spokesman, Colonel X"),
    else None: a title with any actor between it and the name has an owner of its own."""
    index = next((k for k, s in enumerate(sentences) if s.start <= span[0] < s.end), None)
    if index is None or index == 0 or not titles:
        return None
    sentence = sentences[index]
    words = list(_WORD.finditer(text, sentence.start, span[0]))[-TITLE_REACH:]
    own = list(_WORD.finditer(text, span[0], span[1]))  # "Sprecherin Anna X": the mention's
    if not any(fold(w.group()) in titles for w in words + own):
        return None
    if words and actors.within(words[0].start(), span[0]):
        return None
    return _subject_institution(text, sentences[index - 1], actors)


def _subject_institution(text: str, sentence: Sentence, actors: SpanIndex[Mention]
                         ) -> str | None:
    """The country of the institution (no person, no bare country) the tree makes the main
    verb's subject in ``sentence``."""
    parse = sentence.parse
    if parse is None:
        return None
    roots = [t for t in parse if t.dep_ == "ROOT"]
    subjects: list[Any] = [c for r in roots[:1] for c in r.children if c.dep_ == "nsubj"]
    countries = set()
    for token in subjects:  # a parser may make the object a second subject ("wies X zurück")
        start = sentence.parse_start + token.idx
        mention = actors.covering(start, start + len(token.text))
        actor = mention.actor if mention is not None else None
        if actor is None:
            continue
        if actor.type in ("person", "country", "group") or not actor.country:
            return None  # a person or a state speaks first: no institution to speak for
        countries.add(actor.country)
    return countries.pop() if len(countries) == 1 else None
