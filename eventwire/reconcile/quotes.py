"""Who said it: one quote that the sources of a story give to different people.

Each ``speaker`` fact (:mod:`eventwire.facts.quotes`) holds a quote's concepts and the
named person it is given to. Within a story, quotes whose concepts mostly agree are one
quote told by several outlets, in any language; when independent documents give it to
people whose names share no word (by :func:`~eventwire.reconcile.discrepancies.person_key`,
any script), that is a discrepancy of the attribute ``speaker``. Two different quotes of
one story ("this truce is a first step", "we will not accept new attacks") share too few
concepts to be set side by side, and a wire copied word for word is one voice.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import Any

from eventwire.facts.quotes import MIN_CONCEPTS, SPEAKER
from eventwire.reconcile.common import stable_id
from eventwire.reconcile.discrepancies import disputed_what, outlets_of, person_key
from eventwire.records import DiscrepancyRecord, FactRecord, SideOfDiscrepancy

SAME_QUOTE = 0.75  # share of the shorter quote's concepts the longer one must hold


def _concepts(fact: FactRecord) -> frozenset[str]:
    return frozenset(str(c) for c in fact.extra.get("concepts") or ())


def same_quote(a: FactRecord, b: FactRecord) -> bool:
    """Two tellings of one quote: they share enough concepts, and most of the shorter's."""
    ca, cb = _concepts(a), _concepts(b)
    shared = len(ca & cb)
    return shared >= MIN_CONCEPTS and shared >= SAME_QUOTE * min(len(ca), len(cb))


def _quotes(facts: list[FactRecord]) -> list[list[FactRecord]]:
    """The story's speaker facts grouped by quote: a fact joins the first group each of
    whose members it is the same quote as (no chain of half-alike quotes makes one)."""
    groups: list[list[FactRecord]] = []
    for fact in sorted(facts, key=lambda f: (f.document, f.id)):
        group = next((g for g in groups if all(same_quote(fact, m) for m in g)), None)
        if group is None:
            groups.append([fact])
        else:
            group.append(fact)
    return groups


def quote_discrepancies(facts: list[FactRecord], story_of: dict[str, str],
                        duplicate_of: dict[str, str], documents: dict[str, dict[str, Any]]
                        ) -> list[DiscrepancyRecord]:
    """The quotes of each story that independent documents give to different people."""
    by_story: dict[str, list[FactRecord]] = defaultdict(list)
    for f in facts:
        if f.attribute == SPEAKER and f.document in story_of:
            by_story[story_of[f.document]].append(f)
    out = []
    for story in sorted(by_story):
        for quote in _quotes(by_story[story]):
            record = _compare(story, quote, duplicate_of, documents)
            if record is not None:
                out.append(record)
    return out


def _compare(story: str, quote: list[FactRecord], duplicate_of: dict[str, str],
             documents: dict[str, dict[str, Any]]) -> DiscrepancyRecord | None:
    people = _people(quote)
    if len(people) < 2:
        return None
    voices = [{duplicate_of.get(f.document, f.document) for f in told} for told in people]
    # a document that gives the quote to both stands on neither side
    conflicts = tuple((i, j) for i in range(len(people)) for j in range(i + 1, len(people))
                      if voices[i] - voices[j] and voices[j] - voices[i])
    if not conflicts:
        return None
    involved = sorted({i for pair in conflicts for i in pair})
    renumber = {old: new for new, old in enumerate(involved)}
    sides = tuple(_side(people[i], len(voices[i]), documents) for i in involved)
    record = DiscrepancyRecord(
        id=stable_id("discrepancy", "quote", story, sorted(f.id for f in quote)),
        subject=story, subject_kind="story", story=story, attribute=SPEAKER,
        nature="conflict", values=sides,
        conflicts=tuple((renumber[i], renumber[j]) for i, j in conflicts))
    said = " vs ".join(f"{v.value} ({', '.join(v.outlets)})" for v in sides)
    return replace(record, summary=f"{disputed_what(record)}: {said}")


def _name_keys(name: str) -> frozenset[str]:
    """The keys of a name's words, any script ("Karim Bennani" -> the keys of both)."""
    return frozenset(person_key(w) for w in name.split() if len(w) > 2)


def _people(quote: list[FactRecord]) -> list[list[FactRecord]]:
    """The quote's facts grouped by person, in order of first telling: two names sharing a
    word are one person told more or less fully ("Bennani", "Karim Bennani"; "Ilona" where
    a parse kept only the first name), never a disagreement on who said it."""
    groups: list[tuple[set[str], list[FactRecord]]] = []
    for f in sorted(quote, key=lambda f: (f.document, f.id)):
        keys = set(_name_keys(str(f.value)))
        joined = [g for g in groups if g[0] & keys]
        for g in joined[1:]:  # a fuller name joins two groups: one person
            joined[0][0].update(g[0])
            joined[0][1].extend(g[1])
            groups.remove(g)
        if joined:
            joined[0][0].update(keys)
            joined[0][1].append(f)
        else:
            groups.append((keys, [f]))
    return [told for _, told in groups]


def _side(facts: list[FactRecord], voices: int, documents: dict[str, dict[str, Any]]
          ) -> SideOfDiscrepancy:
    facts = sorted(facts, key=lambda f: (f.document, f.id))
    sources = tuple(sorted({f.document for f in facts}))
    fullest = max(facts, key=lambda f: len(str(f.value).split()))  # first of the longest
    return SideOfDiscrepancy(
        value=fullest.value, text=facts[0].text, sources=sources,
        outlets=outlets_of(sources, documents),
        quotes=tuple(dict.fromkeys((f.text or "").strip() for f in facts)),
        independent_sources=voices, facts=tuple(f.id for f in facts))
