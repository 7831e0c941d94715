"""The speaker of a statement read from the tree: the subject of its speech verb.

Wherever the quote sits ("X said: ...", "..., X told reporters", "« ... », a déclaré X"),
the speech verb's subject names the speaker. A subject that is no known actor but a run of
proper nouns is a person ("Ana Ruiz said"), not a place; later mentions of the surname alone
are the same person.
"""

from __future__ import annotations

from typing import Any

from eventwire.model import Actor, Mention, Sentence
from eventwire.spans import SpanIndex

NAME_PARTS = {"flat", "flat:name", "compound", "flat:foreign"}


class TreeSpeakers:
    """Speakers from speech-verb subjects, with the unknown people met so far."""

    def __init__(self, actors: SpanIndex[Mention]) -> None:
        self.actors = actors
        self.people: dict[str, Actor] = {}  # surname -> the person first named in full

    def at(
        self, sentence: Sentence, cue_start: int
    ) -> tuple[Actor | Mention, tuple[int, int]] | None:
        parse = sentence.parse
        if parse is None:
            return None
        verb = next((t for t in parse if sentence.parse_start + t.idx == cue_start), None)
        if verb is None:
            return None
        subject = _subject(verb)
        if subject is None:
            return None
        words = _name_words(subject)
        start = sentence.parse_start + words[0].idx
        end = sentence.parse_start + words[-1].idx + len(words[-1].text)
        mentions = self.actors.within(start, end) or [
            m for m in [self.actors.covering(start, end)] if m is not None]
        if mentions:
            return mentions[0], (mentions[0].start, mentions[0].end)
        name = " ".join(w.text for w in words if w.text.strip())
        if subject.pos_ == "PROPN" and all(w.pos_ == "PROPN" and w.text[:1].isupper()
                                           for w in words) and name:
            return self.person(name), (start, end)
        return None

    def person(self, name: str) -> Actor:
        """An unknown person by name; a surname alone is the person named in full before."""
        surname = name.split()[-1]
        known = self.people.get(surname)
        if known is not None:
            return known
        actor = Actor(name=name, canonical=name, type="person")
        self.people[surname] = actor
        return actor


def _subject(verb: Any) -> Any | None:
    current = verb
    for _ in range(3):
        for child in current.children:
            if child.dep_ in ("nsubj", "nsubj:pass") and child.pos_ != "PRON":
                return child
        for child in current.children:  # "..., сообщила армия": a nominative after the verb
            if child.dep_ == "obj" and child.i > current.i and child.morph.get("Case") == ["Nom"]:
                return child
        if current.dep_.startswith("conj") and current.head is not current:
            current = current.head
            continue
        break
    return None


def _name_words(token: Any) -> list[Any]:
    words = [token] + [c for c in token.children if c.dep_ in NAME_PARTS]
    return sorted(words, key=lambda w: w.i)


def speech_clause(sentence: Sentence, language: str) -> tuple[int, int, int, int, int, int] | None:
    """A speech verb the tree shows with its subject and content, for a sentence no cue read.

    Returns the verb's span, the subject's span and the content's span. The content is the
    verb's clausal complement ("said that ...", "teilte mit, dass ..."), or, when the speech
    clause hangs on the reported clause ("..., the army said"), that clause without it.
    """
    from eventwire.events.predicates import predicates

    lexicon = predicates(language)
    parse = sentence.parse
    if lexicon is None or parse is None:
        return None
    for verb in parse:
        if not _is_speech(verb, lexicon):
            continue
        subject = _subject(verb)
        if subject is None:
            continue
        content = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis", "xcomp")]
        if content:
            tokens = list(content[0].subtree)
        elif verb.dep_ in ("parataxis", "ccomp", "conj") and verb.head is not verb:
            skip = {t.i for t in verb.subtree}
            tokens = [t for t in verb.head.subtree if t.i not in skip]
        else:
            continue
        if not tokens:
            continue
        words = _name_words(subject)
        at = sentence.parse_start
        return (at + verb.idx, at + verb.idx + len(verb.text),
                at + words[0].idx, at + words[-1].idx + len(words[-1].text),
                at + tokens[0].idx, at + tokens[-1].idx + len(tokens[-1].text))
    return None


def _is_speech(verb: Any, lexicon: Any) -> bool:
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = (verb.lemma_ or verb.text).lower()
    particles = [c for c in verb.children if c.dep_ == "compound:prt"]
    keys = [lemma] + [lexicon.joined(lemma, (p.lemma_ or p.text).lower()) for p in particles]
    return any(key in lexicon.speech_verbs for key in keys)
