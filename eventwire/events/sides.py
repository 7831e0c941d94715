"""Who acts and who receives: the sides of an event read from its clause.

A verb takes its actors from the subject stretch before it and its recipients from the
object stretch after it, swapped in the passive; a noun reads its own phrase ("between X and
Y", "the demand of X", "the release of Y", a demonym or possessive before it) and, as the
object of another verb, that verb's subject.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.events.lexicon import Cue, EventLexicon, convention
from eventwire.match import Tokens
from eventwire.model import POOLED_TYPES, Actor, Document, Mention
from eventwire.spans import SpanIndex

OBJECT_WINDOW = 12  # tokens after a verb cue where its recipients may stand


@dataclass
class Sides:
    actors: list[Mention] = field(default_factory=list)
    recipients: list[Mention] = field(default_factory=list)
    actor_from_speaker: bool = False
    from_phrase: bool = False  # a noun's own phrase named who acts ("the call between X and Y")


class EventContext:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.lexicon = EventLexicon.of(doc.language)
        self.names = SpanIndex(doc.mentions)
        self.by_label = {
            label: SpanIndex(m for m in doc.mentions if m.label == label)
            for label in ("ACTOR", "PLACE", "SOURCE")
        }
        self.placed = SpanIndex(m for m in doc.mentions if m.place is not None)
        self.statements = SpanIndex(
            enumerate(doc.statements),
            start=lambda pair: pair[1].start,
            end=lambda pair: pair[1].end,
        )
        self.dates = SpanIndex(d for d in doc.dates if d.value)
        self.quantities = SpanIndex(doc.quantities)

    def mentions_in(self, start: int, end: int, label: str = "ACTOR") -> list[Mention]:
        """Mentions of one label inside ``[start, end)``, in order."""
        return self.by_label[label].within(start, end)

    def places_in(self, start: int, end: int) -> list[Mention]:
        """Mentions that name a place (places and capitals) inside ``[start, end)``."""
        return self.placed.within(start, end)

    def inside_name(self, start: int, end: int) -> bool:
        """Whether a span lies within a named mention ("Rapid Support Forces")."""
        return self.names.covering(start, end) is not None

    def statement_at(self, start: int, end: int) -> int | None:
        """Index in doc.statements of the statement whose content holds the span."""
        found = self.statements.covering(start, end)
        return found[0] if found is not None else None


def is_passive(
    lexicon: EventLexicon, words: tuple[str, ...], first: int, last: int, cue: Cue
) -> bool:
    """ "was attacked", or a participle with its agent right after: "talks mediated by X"."""
    if cue.passive:
        return True
    if last < len(words) and words[last] in lexicon.passive_agent:
        return True
    return any(w in lexicon.passive_auxiliaries for w in words[max(0, first - 2) : first])


def verb_sides(
    context: EventContext, tokens: Tokens, first: int, last: int, left: int, right: int, cue: Cue
) -> Sides:
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
        if not locative(lexicon, words, tokens, m)
    ]
    if cue.type in convention("partner_types"):
        objects = partners(context, tokens, last, objects, cue)
    sides = Sides(actors=coordinated(subjects, words, tokens, lexicon), recipients=objects)
    between = next(
        (k for k in range(last, min(right, last + 4)) if words[k] in lexicon.between), None
    )
    if between is not None and not sides.actors:  # "discussed between X and Y"
        sides = Sides(actors=objects)
    if is_passive(lexicon, words, first, last, cue):
        agent_at = next(
            (k for k in range(last, min(right, len(words))) if words[k] in lexicon.passive_agent),
            None,
        )
        agents = (
            context.mentions_in(tokens.ends[agent_at], object_end) if agent_at is not None else []
        )
        sides = Sides(actors=agents[:1], recipients=sides.actors)
    if not sides.actors:
        subject_words = set(words[left:first])
        if subject_words & (lexicon.pronouns | lexicon.first_person) or left == first:
            sides.actor_from_speaker = True
    del doc
    return sides


def partners(
    context: EventContext, tokens: Tokens, last: int, objects: list[Mention], cue: Cue
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
            or inside_when_or_where(context, tokens, last + k)
            for k, w in enumerate(gap)
        )  # "met on Thursday in Riyadh his Saudi counterpart"
        if partnered or (direct and (named or cue.mode == "visit" or mention.members)):
            kept.append(mention)
    return kept


def inside_when_or_where(context: EventContext, tokens: Tokens, k: int) -> bool:
    """Whether token ``k`` is part of a date or of a place named in passing."""
    start, end = tokens.starts[k], tokens.ends[k]
    if context.dates.covering(start, end) is not None:
        return True
    return bool(context.places_in(start, end))


def coordinated_from_first(
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


def coordinated(
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


def noun_sides(
    context: EventContext,
    tokens: Tokens,
    cue: Cue,
    first: int,
    last: int,
    left: int,
    right: int,
    phrase_only: bool = False,
) -> Sides:
    lexicon = context.lexicon
    words = tokens.words
    sides = Sides()
    end = min(right, last + OBJECT_WINDOW)
    # Each mention after the noun takes the role of the last role word before it
    # (role words may be part of the cue itself: "call with", "talks between").
    # A genitive right after the noun names its agent ("the demand of Russia") or, for
    # types listed in conventions.yaml, its patient ("the release of 23 soldiers").
    genitive = "patient" if cue.type in convention("genitive_patient_types") else "agent"
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
        if any(function_word(lexicon, w) for w in gap):
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
            joined = coordinated_from_first(subjects, words, tokens, lexicon)
            sides.actors = joined
            sides.recipients = [m for m in subjects if m not in joined] + sides.recipients
    sides.recipients = [m for m in sides.recipients if not locative(lexicon, words, tokens, m)]
    return sides


def function_word(lexicon: EventLexicon, word: str) -> bool:
    return (
        word in lexicon.noun_partner
        or word in lexicon.noun_target
        or word in lexicon.between
        or word in lexicon.locative
        or word in lexicon.coordination
        or word in {",", ";", ":"}
        or bool(lexicon.noun_agent.match_at((word,), 0))
    )


def locative(
    lexicon: EventLexicon, words: tuple[str, ...], tokens: Tokens, mention: Mention
) -> bool:
    """A capital after "in"/"à" is where something happens, not a side ("talks in Geneva")."""
    if mention.place is None:
        return False
    k = tokens.index_at(mention.start) - 1
    while k >= 0 and words[k] in {"'", "la", "le", "the"}:
        k -= 1
    return k >= 0 and words[k] in lexicon.locative


def actors_of(mentions: list[Mention]) -> list[Actor]:
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
