"""The event lexicon of a language, and the coding conventions that hold for every language.

``EventLexicon.of(code)`` reads ``lang/<code>/events.yaml`` (cues, modes, modality words),
``grammar.yaml`` (function words for sides) and ``speech.yaml`` (pronouns), once per
language. ``convention(name)`` and ``unit_types()`` read the language-neutral
``events/conventions.yaml`` and ``events/units.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from eventwire import lang
from eventwire.match import PatternSet, tokenize_phrase


@dataclass(frozen=True)
class Cue:
    type: str
    mode: str | None
    noun: bool
    passive: bool


NOT_AN_EVENT = Cue("", None, True, False)


@dataclass(frozen=True)
class ModeCue:
    mode: str
    types: frozenset[str]


@dataclass
class EventLexicon:
    cues: PatternSet[Cue]
    modes: PatternSet[ModeCue]
    reciprocal: PatternSet[str]
    negation: PatternSet[str]
    future: PatternSet[str]
    hypothetical: PatternSet[str]
    uncertain: PatternSet[str]
    future_suffixes: tuple[str, ...]
    conditional_suffixes: tuple[str, ...]
    clause_breaks: PatternSet[str]
    coordination: frozenset[str]
    between: frozenset[str]
    noun_agent: PatternSet[str]
    noun_partner: frozenset[str]
    noun_target: frozenset[str]
    possessive: PatternSet[str]
    possessive_pronouns: frozenset[str]
    passive_auxiliaries: frozenset[str]
    passive_agent: frozenset[str]
    first_person: frozenset[str]
    locative: frozenset[str]
    suppressors: PatternSet[str]
    infinitive_markers: frozenset[str]
    auxiliaries: frozenset[str]
    complementizers: frozenset[str]
    determiners: frozenset[str]
    pronouns: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    @lru_cache(maxsize=32)
    def of(cls, language: str) -> EventLexicon:
        events: dict[str, Any] = lang.section(language, "events")
        grammar: dict[str, Any] = lang.section(language, "grammar")
        speech: dict[str, Any] = lang.section(language, "speech")

        def patterns(items: list[str] | None) -> PatternSet[str]:
            return PatternSet((item, item) for item in items or [])

        def words(items: list[str] | None) -> frozenset[str]:
            return frozenset(t for item in items or [] for t in tokenize_phrase(item))

        return cls(
            cues=PatternSet(
                [
                    (
                        c["cue"],
                        Cue(
                            c["type"], c.get("mode"), c.get("pos") == "noun", bool(c.get("passive"))
                        ),
                    )
                    for c in events.get("cues", [])
                ]
                # Phrases that hold a cue word but tell no event ("a news conference"): as the
                # longest match they hide the shorter cue, and are dropped.
                + [(phrase, NOT_AN_EVENT) for phrase in events.get("not_events", [])]
            ),
            modes=PatternSet(
                (m["cue"], ModeCue(m["mode"], frozenset(m.get("types", []))))
                for m in events.get("modes", [])
            ),
            reciprocal=patterns(events.get("reciprocal")),
            negation=patterns(events.get("negation")),
            future=patterns(events.get("future")),
            hypothetical=patterns(events.get("hypothetical")),
            uncertain=patterns(events.get("uncertain")),
            future_suffixes=tuple(events.get("future_suffixes") or ()),
            conditional_suffixes=tuple(events.get("conditional_suffixes") or ()),
            clause_breaks=patterns(grammar.get("clause_breaks")),
            coordination=words(grammar.get("coordination")),
            between=words(grammar.get("between")),
            noun_agent=patterns(grammar.get("noun_agent")),
            noun_partner=words(grammar.get("noun_partner")),
            noun_target=words(grammar.get("noun_target")),
            possessive=patterns(grammar.get("possessive")),
            possessive_pronouns=words(grammar.get("possessive_pronouns")),
            passive_auxiliaries=words(grammar.get("passive_auxiliaries")),
            passive_agent=words(grammar.get("passive_agent")),
            first_person=words(grammar.get("first_person")),
            locative=words(grammar.get("locative")),
            suppressors=patterns(grammar.get("suppressors")),
            infinitive_markers=words(grammar.get("infinitive_markers")),
            complementizers=words(speech.get("complementizers")),
            auxiliaries=words(speech.get("auxiliaries")),
            determiners=words(grammar.get("determiners")),
            pronouns=words(speech.get("subject_pronouns")),
        )


@lru_cache(maxsize=1)
def _conventions() -> dict[str, frozenset[str]]:
    path = resources.files("eventwire.events") / "conventions.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {key: frozenset(values or ()) for key, values in data.items()}


def convention(name: str) -> frozenset[str]:
    """The types (or modes) a convention of ``events/conventions.yaml`` names, read once."""
    return _conventions().get(name, frozenset())


@lru_cache(maxsize=1)
def unit_types() -> dict[str, frozenset[str]]:
    path = resources.files("eventwire.events") / "units.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {unit: frozenset(types or ()) for unit, types in data.items()}
