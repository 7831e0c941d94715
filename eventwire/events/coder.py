"""PLOVER event coding from cue lexicons and clause structure.

For each sentence: cues from the language's ``events.yaml`` make candidate events; the
clause around a cue (bounded by the language's ``grammar.yaml`` clause breaks and by other
verb cues) gives the sides:
- a verb cue takes its actors from the subject stretch before it and its recipients from
  the object stretch after it ("X accused Y"), swapped in the passive ("Y was attacked by X");
- a noun cue takes them from its own phrase: "between X and Y", "X's attack on Y",
  "the call of X with Y", a demonym before it ("Russian strikes"), a possessive pronoun
  ("his call with Y": the speaker, or the subject of the clause);
- "accused each other" gives one event each way.
Modality comes from cue words before the trigger (negation, future, hypothetical,
uncertain) and from verb endings where the language inflects them. Events told inside a
statement point to it and are claimed by its speaker.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from eventwire import lang
from eventwire.events.merge import POOLED_TYPES, merge_mentions
from eventwire.match import PatternSet, Tokens, tokenize_phrase
from eventwire.model import Actor, Document, Event, Mention, Place, Quantity, Sentence
from eventwire.spans import SpanIndex

GOVERNED_WINDOW = 6  # a noun cue this close after a verb cue is that verb's object
SUPPRESSOR_WINDOW = 5  # "a pause in all fighting": halting words this close cancel a cue
VERB_SUPPRESSOR_WINDOW = 2  # a verb only when governed: "refrain from striking"
OBJECT_WINDOW = 12  # tokens after a verb cue where its recipients may stand


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


@dataclass
class _Sides:
    actors: list[Mention] = field(default_factory=list)
    recipients: list[Mention] = field(default_factory=list)
    actor_from_speaker: bool = False
    from_phrase: bool = False  # a noun's own phrase named who acts ("the call between X and Y")


class _Context:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.lexicon = EventLexicon.of(doc.language)
        self.mentions = sorted(doc.mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.statements = SpanIndex(
            enumerate(doc.statements),
            start=lambda pair: pair[1].start,
            end=lambda pair: pair[1].end,
        )
        self.dates = SpanIndex(d for d in doc.dates if d.value)
        self.quantities = SpanIndex(doc.quantities)

    def mentions_in(self, start: int, end: int, label: str = "ACTOR") -> list[Mention]:
        i = bisect_left(self.starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            mention = self.mentions[i]
            if mention.end <= end and mention.label == label:
                out.append(mention)
            i += 1
        return out

    def inside_name(self, start: int, end: int) -> bool:
        """Whether a span lies within a named mention ("Rapid Support Forces")."""
        i = bisect_right(self.starts, start) - 1
        return i >= 0 and self.mentions[i].start <= start and end <= self.mentions[i].end

    def statement_at(self, start: int, end: int) -> int | None:
        """Index in doc.statements of the statement whose content holds the span."""
        found = self.statements.covering(start, end)
        return found[0] if found is not None else None


def code_events(doc: Document) -> None:
    context = _Context(doc)
    events: list[Event] = []
    for sentence in doc.sentences:
        tokens = Tokens.of_sentence(doc.view, sentence)
        if len(tokens):
            events += _sentence_events(context, sentence, tokens)
    doc.events = merge_mentions(_dedupe(events))


def _sentence_events(context: _Context, sentence: Sentence, tokens: Tokens) -> list[Event]:
    lexicon = context.lexicon
    words = tokens.words
    cues = [
        (first, last, _as_used(lexicon, words, first, cue))
        for first, last, cue in lexicon.cues.find(words)
        if cue is not NOT_AN_EVENT
        and not context.inside_name(tokens.starts[first], tokens.ends[last - 1])
    ]
    # A noun cue right after a verb cue is that verb's object: "agreed to a ceasefire".
    kept: list[tuple[int, int, Cue]] = []
    reach_of: dict[int, int] = {}  # an absorbing noun looks for its sides from here
    governed_nouns: set[int] = set()  # "agreed to hold talks": the talks are the object
    for k, (first, last, cue) in enumerate(cues):
        governed = any(
            not other.noun and 0 <= first - o_last <= GOVERNED_WINDOW
            for o_first, o_last, other in cues[:k]
        )
        if cue.noun and governed:
            governed_nouns.add(first)  # kept only if its own phrase names a side
        if not cue.noun and _demanded(lexicon, words, first, kept):
            continue  # "urged Russia to stop strikes": the stopping is the demand's content
        reach = SUPPRESSOR_WINDOW if cue.noun else VERB_SUPPRESSOR_WINDOW
        if (
            lexicon.suppressors.find(words, max(0, first - reach), first)
            and "," not in words[max(0, first - reach) : first]
        ):
            continue  # "a halt to attacks", "l'arrêt des frappes": the attacks are not told
        if cue.noun and kept and _absorbs(lexicon, words, kept[-1], first):
            # "an agreement on the exchange of prisoners": one AGREE, of mode exchange,
            # whose sides may stand after the inner noun.
            a_first, a_last, outer = kept[-1]
            kept[-1] = (a_first, a_last, replace(outer, mode=outer.mode or cue.mode))
            reach_of[a_first] = last
            continue
        kept.append((first, last, cue))
    breaks = [first for first, _, _ in lexicon.clause_breaks.find(words)]
    breaks += _internal_sentence_ends(context.doc.text, tokens)
    breaks.sort()
    verb_positions = [first for first, _, cue in kept if not cue.noun]
    events: list[Event] = []
    for first, last, cue in kept:
        left = max([b + 1 for b in breaks if b < first] + [0])
        left = (
            max([v_last for v_first, v_last, c in kept if not c.noun and v_last <= first] + [left])
            if cue.noun
            else left
        )
        right = min([b for b in breaks if b >= last] + [len(words)])
        right = min([v for v in verb_positions if v >= last] + [right])
        sides = (
            _noun_sides(
                context,
                tokens,
                cue,
                first,
                reach_of.get(first, last),
                left,
                right,
                phrase_only=cue.type in _conventions().get("phrase_sides_types", ()),
            )
            if cue.noun
            else _verb_sides(context, tokens, first, last, left, right, cue)
        )
        if first in governed_nouns and not sides.from_phrase:
            continue
        events += _make_events(context, sentence, tokens, cue, first, last, left, right, sides)
    return events


def _as_used(lexicon: EventLexicon, words: tuple[str, ...], first: int, cue: Cue) -> Cue:
    """A verb form after a determiner is a noun: "rejected the Russian demand"."""
    if not cue.noun and any(w in lexicon.determiners for w in words[max(0, first - 2) : first]):
        return replace(cue, noun=True)
    return cue


def _absorbs(
    lexicon: EventLexicon, words: tuple[str, ...], outer: tuple[int, int, Cue], first: int
) -> bool:
    """An event noun that names what an agreement, demand or refusal noun is about."""
    _, o_last, cue = outer
    governing = frozenset(_conventions().get("governing_types", ()))
    between = words[o_last:first]
    return (
        cue.noun
        and cue.type in governing
        and 0 < first - o_last <= 4
        and all(
            w in lexicon.determiners
            or w in lexicon.noun_target
            or w in lexicon.noun_partner
            or bool(lexicon.noun_agent.match_at((w,), 0))
            or w == "'"
            for w in between
        )
    )


def _demanded(
    lexicon: EventLexicon, words: tuple[str, ...], first: int, before: list[tuple[int, int, Cue]]
) -> bool:
    """A verb cue that is the infinitive complement of a demand, threat, refusal or agreement."""
    governing = frozenset(_conventions().get("governing_types", ()))
    for _, o_last, other in before:
        if other.noun or other.type not in governing or not 0 <= first - o_last <= GOVERNED_WINDOW:
            continue
        between = words[o_last:first]
        joined = any(w in lexicon.coordination or w in {",", ";"} for w in between)
        if not joined and any(w in lexicon.infinitive_markers for w in between):
            return True
    return False


def _internal_sentence_ends(text: str, tokens: Tokens) -> list[int]:
    """Sentence ends inside a segment (quoted passages are kept whole by the segmenter)."""
    ends = []
    for k, word in enumerate(tokens.words[:-1]):
        initial = k > 0 and len(tokens.words[k - 1]) == 1  # "U.S.", "J. Smith"
        if word in {".", "!", "?"} and not initial and text[tokens.starts[k + 1]].isupper():
            ends.append(k)
    return ends


def _span(tokens: Tokens, first: int, last: int) -> tuple[int, int]:
    return tokens.starts[first], tokens.ends[max(first, last - 1)]


def _is_passive(
    lexicon: EventLexicon, words: tuple[str, ...], first: int, last: int, cue: Cue
) -> bool:
    """ "was attacked", or a participle with its agent right after: "talks mediated by X"."""
    if cue.passive:
        return True
    if last < len(words) and words[last] in lexicon.passive_agent:
        return True
    return any(w in lexicon.passive_auxiliaries for w in words[max(0, first - 2) : first])


def _verb_sides(
    context: _Context, tokens: Tokens, first: int, last: int, left: int, right: int, cue: Cue
) -> _Sides:
    doc = context.doc
    lexicon = context.lexicon
    words = tokens.words
    subject_start = tokens.starts[left] if left < len(words) else tokens.starts[first]
    # Prefer the comma-free stretch right before the verb, as subjects stand there.
    comma = max([k for k in range(left, first) if words[k] == ","] + [left - 1])
    near = context.mentions_in(
        tokens.ends[comma] if comma >= left else subject_start, tokens.starts[first]
    )
    stretch = words[comma + 1 : first] if comma >= left else words[left:first]
    unnamed = any(  # "..., and police arrested": a subject is there, just not a known one
        w[:1].isalpha()
        and w not in lexicon.coordination
        and w not in lexicon.passive_auxiliaries
        and w not in lexicon.auxiliaries
        and w not in lexicon.pronouns
        and w not in lexicon.determiners
        for w in stretch
    )
    # "Hamas denounced it and called on...": a verb with no subject of its own shares the
    # subject of the clause it is joined to, so look back to the sentence start.
    shared = (
        not near and not unnamed and left > 0 and not any(w in lexicon.pronouns for w in stretch)
    )
    reach = tokens.starts[0] if shared else subject_start
    subjects = near or (
        [] if unnamed and comma >= left else context.mentions_in(reach, tokens.starts[first])
    )
    if len(subjects) > 1 and not near:
        subjects = subjects[:1]
    object_end = tokens.ends[min(right, last + OBJECT_WINDOW, len(words)) - 1]
    objects = [
        m
        for m in context.mentions_in(tokens.ends[last - 1], object_end)
        if not _locative(lexicon, words, tokens, m)
    ]
    if cue.type in _conventions().get("partner_types", ()):
        objects = _partners(context, tokens, last, objects, cue)
    sides = _Sides(actors=_coordinated(subjects, words, tokens, lexicon), recipients=objects)
    between = next(
        (k for k in range(last, min(right, last + 4)) if words[k] in lexicon.between), None
    )
    if between is not None and not sides.actors:  # "discussed between X and Y"
        sides = _Sides(actors=objects)
    if _is_passive(lexicon, words, first, last, cue):
        agent_at = next(
            (k for k in range(last, min(right, len(words))) if words[k] in lexicon.passive_agent),
            None,
        )
        agents = (
            context.mentions_in(tokens.ends[agent_at], object_end) if agent_at is not None else []
        )
        sides = _Sides(actors=agents[:1], recipients=sides.actors)
    if not sides.actors:
        subject_words = set(words[left:first])
        if subject_words & (lexicon.pronouns | lexicon.first_person) or left == first:
            sides.actor_from_speaker = True
    del doc
    return sides


def _partners(
    context: _Context, tokens: Tokens, last: int, objects: list[Mention], cue: Cue
) -> list[Mention]:
    """Who a meeting or call is with: "talked with X", "met X", "phoned his counterpart";
    not what it was about ("discussed the Ukraine conflict")."""
    lexicon = context.lexicon
    words = tokens.words
    kept = []
    for mention in objects:
        at = tokens.index_at(mention.start)
        gap = words[last:at]
        named = mention.actor is not None and mention.actor.type in ("person", "organization")
        partnered = any(w in lexicon.noun_partner or w in lexicon.between for w in gap)
        direct = len(gap) <= 8 and all(
            w in lexicon.determiners
            or w in lexicon.locative
            or _inside_when_or_where(context, tokens, last + k)
            for k, w in enumerate(gap)
        )  # "met on Thursday in Riyadh his Saudi counterpart"
        if partnered or (direct and (named or cue.mode == "visit" or mention.members)):
            kept.append(mention)
    return kept


def _inside_when_or_where(context: _Context, tokens: Tokens, k: int) -> bool:
    """Whether token ``k`` is part of a date or of a place named in passing."""
    start, end = tokens.starts[k], tokens.ends[k]
    if context.dates.covering(start, end) is not None:
        return True
    return any(m.place is not None for m in context.mentions_in(start, end, label="PLACE")) or any(
        m.place is not None for m in context.mentions_in(start, end)
    )


def _coordinated_from_first(
    mentions: list[Mention], words: tuple[str, ...], tokens: Tokens, lexicon: EventLexicon
) -> list[Mention]:
    """The first mention and those joined to it by "and" ("X and Y imposed sanctions")."""
    kept = [mentions[0]]
    for following in mentions[1:]:
        gap = [
            w
            for w in words[tokens.index_at(kept[-1].end) : tokens.index_at(following.start)]
            if w not in {",", "'"}
        ]
        if len(gap) <= 3 and (not gap or any(w in lexicon.coordination for w in gap)):
            kept.append(following)
        else:
            break
    return kept


def _coordinated(
    subjects: list[Mention], words: tuple[str, ...], tokens: Tokens, lexicon: EventLexicon
) -> list[Mention]:
    """Keep the last subject and those joined to it by "and" ("X and Y agreed")."""
    if len(subjects) <= 1:
        return subjects
    kept = [subjects[-1]]
    for previous in reversed(subjects[:-1]):
        gap_first = tokens.index_at(previous.end)
        gap_last = tokens.index_at(kept[0].start)
        gap = [w for w in words[gap_first:gap_last] if w not in {",", "'"}]
        # "X and Y", "X, Y and Z", and "le président russe Vladimir Poutine" (adjacent).
        if len(gap) <= 3 and (
            any(w in lexicon.coordination for w in gap) or not gap or all(len(w) <= 3 for w in gap)
        ):
            kept.insert(0, previous)
        else:
            break
    return kept


def _noun_sides(
    context: _Context,
    tokens: Tokens,
    cue: Cue,
    first: int,
    last: int,
    left: int,
    right: int,
    phrase_only: bool = False,
) -> _Sides:
    lexicon = context.lexicon
    words = tokens.words
    sides = _Sides()
    end = min(right, last + OBJECT_WINDOW)
    # Each mention after the noun takes the role of the last role word before it
    # (role words may be part of the cue itself: "call with", "talks between").
    # A genitive right after the noun names its agent ("the demand of Russia") or, for
    # types listed in conventions.yaml, its patient ("the release of 23 soldiers").
    genitive = (
        "patient" if cue.type in _conventions().get("genitive_patient_types", ()) else "agent"
    )
    roles: list[str | None] = []
    role = None
    for k in range(first + 1, end):
        word = words[k]
        if word in lexicon.between:
            role = "between"
        elif lexicon.noun_agent.match_at(words, k) and role is None and k <= last + 1:
            role = genitive
        elif word in lexicon.noun_partner or word in lexicon.noun_target:
            role = "partner"
        roles.append(role)
    if end > first + 1:
        agent_taken = False
        for mention in context.mentions_in(tokens.starts[first + 1], tokens.ends[end - 1]):
            at = tokens.index_at(mention.start) - (first + 1)
            mention_role = roles[at] if 0 <= at < len(roles) else None
            if mention_role == "between" or (mention_role == "agent" and not agent_taken):
                sides.actors.append(mention)
                agent_taken = agent_taken or mention_role == "agent"
                sides.from_phrase = True
            elif mention_role in ("partner", "patient"):
                sides.recipients.append(mention)
                # a partner is a side of a meeting or deal ("the call with X"); a target
                # alone ("a halt of strikes on X") does not make the noun an event of its own
                sides.from_phrase = sides.from_phrase or cue.type in POOLED_TYPES
    # A demonym or possessive right before the noun: "Russian strikes", "Russia's attack".
    before = context.mentions_in(tokens.starts[max(left, first - 3)], tokens.starts[first])
    if before:  # only adjectives and "'s" may stand between: not "Kyiv with foreign aid"
        gap = words[tokens.index_at(before[-1].end) : first]
        if any(_function_word(lexicon, w) for w in gap):
            before = []
    if before:
        owner = before[-1]
        if sides.actors and not sides.recipients:
            sides.recipients, sides.actors = sides.actors, [owner]
        else:
            sides.actors.insert(0, owner)
    elif any(w in lexicon.possessive_pronouns for w in words[max(left, first - 2) : first]):
        sides.actor_from_speaker = True  # "his call with X": the subject, else the speaker
    if not sides.actors and not phrase_only:
        # The noun is the object of a verb: "the United States imposed sanctions on Iran".
        comma = max(
            [
                k
                for k in range(left, first)
                if words[k] == "," or words[k] in lexicon.complementizers
            ]
            + [left - 1]
        )
        start = tokens.ends[comma] if comma >= left else tokens.starts[left]
        subjects = context.mentions_in(start, tokens.starts[first])
        if subjects:  # "the U.S. has sent Ukraine $180 billion in aid": first acts
            joined = _coordinated_from_first(subjects, words, tokens, lexicon)
            sides.actors = joined
            sides.recipients = [m for m in subjects if m not in joined] + sides.recipients
    sides.recipients = [m for m in sides.recipients if not _locative(lexicon, words, tokens, m)]
    return sides


def _function_word(lexicon: EventLexicon, word: str) -> bool:
    return (
        word in lexicon.noun_partner
        or word in lexicon.noun_target
        or word in lexicon.between
        or word in lexicon.locative
        or word in lexicon.coordination
        or word in {",", ";", ":"}
        or bool(lexicon.noun_agent.match_at((word,), 0))
    )


def _locative(
    lexicon: EventLexicon, words: tuple[str, ...], tokens: Tokens, mention: Mention
) -> bool:
    """A capital after "in"/"à" is where something happens, not a side ("talks in Geneva")."""
    if mention.place is None:
        return False
    k = tokens.index_at(mention.start) - 1
    while k >= 0 and words[k] in {"'", "la", "le", "the"}:
        k -= 1
    return k >= 0 and words[k] in lexicon.locative


def _actors(mentions: list[Mention]) -> list[Actor]:
    """Actors of mentions (group mentions give their members), one per country."""
    out: list[Actor] = []
    seen: set[str] = set()
    for mention in mentions:
        for actor in mention.members or ([mention.actor] if mention.actor else []):
            key = actor.country or actor.canonical or actor.name
            if key not in seen:
                seen.add(key)
                out.append(actor)
    return out


def _modality(
    context: _Context,
    tokens: Tokens,
    first: int,
    last: int,
    left: int,
    after: int | None = None,
    noun: bool = False,
) -> str:
    """Modality from words before the trigger; a noun's also from the verb after it."""
    lexicon = context.lexicon
    words = tokens.words
    if after is not None:
        found = _modality(context, tokens, first, last, left, noun=noun)
        if found != "asserted":
            return found
        tail = min(after, last + 8)
        if tail > last:
            return _modality(context, tokens, tail - 1, tail, last)
        return found
    before = max(left, first - 6)
    # "would respond and threatened to": another verb's words stop at the coordination
    joined = [k for k in range(before, first) if words[k] in lexicon.coordination]
    if joined and not noun:
        before = joined[-1] + 1
    cue_words = words[first:last]

    def has(patterns: PatternSet[str], start: int, end: int) -> bool:
        return bool(patterns.find(words, start, end))

    if has(lexicon.hypothetical, max(left, first - 8, before if joined else 0), first) or any(
        w.endswith(lexicon.conditional_suffixes)
        for w in (*words[before:first], *cue_words[:1])
        if lexicon.conditional_suffixes and len(w) > 5
    ):
        return "hypothetical"
    if has(lexicon.uncertain, max(left, first - 8), first):
        return "uncertain"
    if has(lexicon.negation, max(left, first - 5), first):
        return "negated"
    # The verb of a noun cue stands a few words before it: "procéderont à un échange".
    inflected = words[before:first] if noun else words[max(left, first - 4) : first]
    if has(lexicon.future, before, first) or any(
        w.endswith(lexicon.future_suffixes)
        for w in (*inflected, *cue_words[:1])
        if lexicon.future_suffixes and len(w) > 5
    ):
        return "future"
    return "asserted"


def _mode(
    context: _Context, tokens: Tokens, cue: Cue, left: int, right: int, first: int
) -> str | None:
    if cue.mode:
        return cue.mode
    found = context.lexicon.modes.find(tokens.words, left, right)
    candidates = [(abs(f - first), m.mode) for f, _, m in found if cue.type in m.types]
    return min(candidates)[1] if candidates else None


def _make_events(
    context: _Context,
    sentence: Sentence,
    tokens: Tokens,
    cue: Cue,
    first: int,
    last: int,
    left: int,
    right: int,
    sides: _Sides,
) -> list[Event]:
    doc = context.doc
    trigger = _span(tokens, first, last)
    statement_index = context.statement_at(*trigger)
    statement = doc.statements[statement_index] if statement_index is not None else None
    actors = _actors(sides.actors)
    phrase_only = cue.noun and cue.type in _conventions().get("phrase_sides_types", ())
    if (
        not actors
        and statement is not None
        and (
            sides.actor_from_speaker
            or (cue.type in _conventions().get("speaker_party_types", ()) and not phrase_only)
        )
    ):
        # "« These talks will begin at once », the White House said": a party to talks or
        # deals it announces; for other types only a pronoun subject makes the speaker act.
        actors = [statement.speaker]
    window = (tokens.starts[left], tokens.ends[right - 1])
    located = [
        m
        for m in context.mentions_in(*window, label="PLACE") + context.mentions_in(*window)
        if m.place is not None and m.place.country and not _dateline(doc.text, sentence, m)
    ]
    if not actors and located and cue.type in _conventions().get("place_actor_types", ()):
        # "thousands protested in Kinshasa": the people of the place act
        place = min(located, key=lambda m: m.start).place
        actors = [
            Actor(
                name=place.name,
                canonical=place.canonical,
                country=place.country,
                sector="CVL",
                type="group",
            )
        ]
    recipients = [
        a for a in _actors(sides.recipients) if a.country not in {x.country for x in actors}
    ]
    if not any(a.country for a in actors):
        return []  # an event needs a known side that acts
    evidence_start = min(
        [trigger[0]] + [m.start for m in sides.actors if m.start >= tokens.starts[left]]
    )
    evidence_end = max([trigger[1]] + [m.end for m in sides.recipients])
    quantities = _quantities(context, cue.type, window, (sentence.start, sentence.end))
    places = sorted(located, key=lambda m: m.start)
    event = Event(
        type=cue.type,
        start=evidence_start,
        end=evidence_end,
        actors=actors,
        recipients=recipients,
        mode=_mode(context, tokens, cue, left, right, first),
        # A noun (or a verb form opening its clause, so used as one: "Talks ... will begin")
        # takes its modality from the verb after it too.
        modality=_modality(
            context,
            tokens,
            first,
            last,
            left,  # type: ignore[arg-type]
            right if cue.noun or first == left else None,
            noun=cue.noun,
        ),
        date=_date(context, sentence, window),
        location=_place(places),
        quantities=_unique_quantities(quantities),
        statement=statement_index,
        claimed_by=statement.speaker if statement is not None else None,
        trigger_span=trigger,
        confidence=0.4 + 0.2 * bool(actors) + 0.2 * bool(recipients) + 0.1 * (not cue.noun),
        passage=sentence.passage,
    )
    if event.modality == "future" and event.mode in _conventions().get("planned_as_agreement", ()):
        event.type, event.modality = "AGREE", "asserted"
    if context.lexicon.reciprocal.find(tokens.words, left, right):
        if len(actors) < 2:  # "..., each accused the other": the two sides named before
            before = context.mentions_in(sentence.start, trigger[0])
            actors = _actors(before)[-2:]
            event.actors = actors
        if len(actors) >= 2:
            return _reciprocal(event)
    return [event]


def _reciprocal(event: Event) -> list[Event]:
    """ "X and Y accused each other": one event each way."""
    first, second = event.actors[0], event.actors[1]
    return [
        _replace_sides(event, [first], [second]),
        _replace_sides(event, [second], [first]),
    ]


def _replace_sides(event: Event, actors: list[Actor], recipients: list[Actor]) -> Event:

    return replace(event, actors=actors, recipients=recipients)


def _date(context: _Context, sentence: Sentence, window: tuple[int, int]) -> str | None:
    """The date in the event's clause, else in its sentence, else its passage's own time."""
    doc = context.doc
    inside = context.dates.within(*window) or context.dates.within(sentence.start, sentence.end)
    if inside:
        return inside[0].value
    passage = doc.passages[sentence.passage] if doc.passages else None
    return passage.published[:10] if passage and passage.published else None


def _dateline(text: str, sentence: Sentence, mention: Mention) -> bool:
    """ "BAKU, May 4 (Wire) -": where the report was filed, not where the event was."""
    return (
        mention.start - sentence.start <= 2
        and mention.text.isupper()
        and text[mention.end : mention.end + 2] in {", ", " (", " -", " –", " —"}
    )


def _place(places: list[Mention]) -> Place | None:
    for mention in places:
        if mention.place is not None:
            return mention.place
    return None


@lru_cache(maxsize=1)
def _conventions() -> dict[str, Any]:
    path = resources.files("eventwire.events") / "conventions.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


@lru_cache(maxsize=1)
def _unit_types() -> dict[str, frozenset[str]]:
    path = resources.files("eventwire.events") / "units.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {unit: frozenset(types or ()) for unit, types in data.items()}


def _quantities(
    context: _Context, kind: str, window: tuple[int, int], sentence: tuple[int, int]
) -> list[Quantity]:
    """Quantities of the clause that fit the event, and fitting ones elsewhere in the sentence."""
    fits = _unit_types()
    out = []
    for quantity in context.quantities.within(*sentence):
        in_window = window[0] <= quantity.start and quantity.end <= window[1]
        types = fits.get(quantity.unit)
        if (in_window and (types is None or kind in types)) or (types and kind in types):
            out.append(quantity)
    return out


def _unique_quantities(quantities: list[Quantity]) -> list[Quantity]:
    seen: set[tuple[int, int]] = set()
    out = []
    for quantity in quantities:
        if (quantity.start, quantity.end) not in seen:
            seen.add((quantity.start, quantity.end))
            out.append(quantity)
    return out


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per trigger and sides: the same cue read twice adds nothing."""
    seen: set[tuple[Any, ...]] = set()
    out = []
    for event in events:
        key = (
            event.type,
            event.trigger_span,
            tuple(a.country for a in event.actors),
            tuple(a.country for a in event.recipients),
        )
        if key not in seen:
            seen.add(key)
            out.append(event)
    return out
