"""Which facts of different documents are about the same happening.

Two documents speak of one happening only when its kind, its parties, its day and (for a
meeting) its venue agree: a call between A and B on Tuesday is not the call between A and C
on Wednesday, and a story can hold several happenings. A fact whose document does not say
the parties or the day joins the one happening of its kind in its story that fits; when two
fit and neither is clearly the story's main one, it is left out of the comparison rather
than guessed.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from eventwire.facts.lexicon import any_night
from eventwire.facts.slots import NIGHT
from eventwire.facts.subject import HELD_LATER, PLACED_KINDS, VENUE_KINDS
from eventwire.reconcile.common import day, stable_id
from eventwire.records import FactRecord, HappeningRef
from eventwire.text.view import fold

SITED_KINDS = VENUE_KINDS | PLACED_KINDS  # happenings their place tells apart


@dataclass
class Happening:
    """One happening as the sources together describe it, and the facts about it."""

    kind: str
    parties: set[str] = field(default_factory=set)
    date: str | None = None
    venue: str | None = None
    stories: set[str] = field(default_factory=set)
    facts: list[FactRecord] = field(default_factory=list)

    @property
    def documents(self) -> set[str]:
        return {f.document for f in self.facts}

    @property
    def id(self) -> str:
        return stable_id("happening", self.kind, sorted(self.parties), self.date,
                         sorted(f.id for f in self.facts))

    def ref(self) -> HappeningRef:
        return HappeningRef(kind=self.kind, parties=tuple(sorted(self.parties)), date=self.date,
                            venue=self.venue)

    def fits(self, h: HappeningRef) -> bool:
        """Kind, parties (one set within the other), day and venue do not contradict; when
        both days are known and agree, two venues are a disagreement, not two meetings."""
        if h.kind != self.kind:
            return False
        parties = set(h.parties)
        if parties and self.parties and not (parties <= self.parties or self.parties <= parties):
            return False
        if h.date and self.date:  # one day: two venues are sources disagreeing on where
            return day(h.date) == day(self.date)
        # a meeting is held somewhere and a strike hits somewhere: two places, two of them;
        # a truce between the same sides is one wherever the sources say it was agreed
        return h.kind not in SITED_KINDS or _same_place(h.venue, self.venue)

    def add(self, fact: FactRecord, story: str) -> None:
        h = fact.happening
        assert h is not None
        if len(h.parties) > len(self.parties):
            self.parties = set(h.parties)
        self.date = self.date or h.date
        self.venue = self.venue or h.venue
        if fact.attribute == "venue" and isinstance(fact.value, str):
            self.venue = self.venue or fact.value
        self.stories.add(story)
        self.facts.append(fact)


def _speaker(fact: FactRecord) -> str:
    return (fact.claimed_by.canonical or fact.claimed_by.name or "") if fact.claimed_by else ""


def _specific(h: HappeningRef) -> bool:
    return len(h.parties) >= 2 or h.date is not None


def resolve(facts: list[FactRecord], story_of: dict[str, str],
            published: dict[str, str | None] | None = None,
            written: dict[str, str | None] | None = None,
            told_days: dict[str, dict[str, set[str]]] | None = None) -> list[Happening]:
    """Group facts into happenings: first those that name parties or a day, within each
    story; then the vaguer ones onto the single fitting happening (the one their own
    document tells of, when several fit); then across stories, the happenings with the same
    kind, parties and day (yesterday's call in today's story). ``written``: the day each
    document was written, its publication date or else the date given for the batch (only
    to set aside happenings dated far from it); ``told_days``: document -> kind of
    happening -> the days its coded events give it."""
    by_story: dict[str, list[FactRecord]] = {}
    for f in sorted(facts, key=lambda f: (f.document, f.id)):
        if f.happening is not None and f.document in story_of:
            by_story.setdefault(story_of[f.document], []).append(f)
    out: list[Happening] = []
    for story in sorted(by_story):
        out += _within_story(story, by_story[story], published or {}, written or {},
                             told_days or {})
    return _across_stories(out, published or {})


def _within_story(story: str, facts: list[FactRecord], published: dict[str, str | None],
                  written_on: dict[str, str | None],
                  told_days: dict[str, dict[str, set[str]]]) -> list[Happening]:
    found: list[Happening] = []
    vague: list[FactRecord] = []
    for f in facts:
        h = f.happening
        assert h is not None
        if not _specific(h):
            vague.append(f)
            continue
        # a document that names two venues for meetings of the same sides tells of two
        # meetings ("talks in Kuala Lumpur"; "will meet in Bangkok"), undated or not
        fitting = [x for x in found if x.fits(h) and not (
            f.attribute == "venue" and any(g.document == f.document and g.attribute == "venue"
                                           and g.value != f.value for g in x.facts))]
        fitting.sort(key=lambda x: (x.parties != set(h.parties), x.date != h.date))
        if fitting:
            fitting[0].add(f, story)
        else:
            new = Happening(kind=h.kind)
            new.add(f, story)
            found.append(new)
    loose: dict[str, Happening] = {}
    for f in vague:
        h = f.happening
        assert h is not None
        # A document that states a happening's value plainly and another value vaguely, in
        # one voice, speaks of something else the second time ("that meeting lasted four
        # hours"; two speakers it quotes may disagree); a vague place is the venue only of
        # a happening held there.
        fitting = sorted((x for x in found if x.fits(h) and not any(
            g.document == f.document and g.attribute == f.attribute and g.value != f.value
            and _speaker(g) == _speaker(f) for g in x.facts)
            and not (f.attribute == "venue" and x.venue and x.venue != f.value)),
            key=lambda x: (-len(x.documents), x.id))
        fitting = fitting or _losses_of_side(f, found)
        # A report names the happening of its own day (or the day before) without dating it.
        written = day(published.get(f.document))
        recent = [x for x in fitting if written is not None and day(x.date) is not None
                  and 0 <= written - (day(x.date) or 0) <= 1]
        if len(recent) == 1:
            fitting = recent
        # ... and not one its text dates far from the day it was written ("last met in
        # Washington on June 27 last year"), when another fits
        written_day = day(written_on.get(f.document))
        near = [x for x in fitting if not _far(x, written_day)]
        if not near:  # the day given for the batch may be days after the text's own: the
            # happening of that week, when the others are months away (last year's round)
            near = [x for x in fitting if not _far(x, written_day, WEEK_DAYS)]
            if any(not _far(x, written_day, MONTH_DAYS) for x in fitting if x not in near):
                near = []
        if near and len(near) < len(fitting):
            fitting = near
        fitting = _told_by_itself(f, fitting, told_days)
        if len(fitting) == 1 or (len(fitting) > 1 and
                                 len(fitting[0].documents) > 2 * len(fitting[1].documents)):
            fitting[0].add(f, story)
        elif not fitting:
            loose.setdefault(h.kind, Happening(kind=h.kind)).add(f, story)
    return found + [loose[k] for k in sorted(loose)]


SIDED_VIOLENCE = frozenset({"attack", "conflict"})  # happenings whose sides lose people


def _losses_of_side(f: FactRecord, found: list[Happening]) -> list[Happening]:
    """The one violent happening of the story a side's dead belong to, when the sentence
    that counts them names no strike ("vier sudanesische Soldaten wurden getötet", a toll):
    the story's single attack or fighting with that side as a party."""
    of = f.extra.get("of")
    if f.happening is None or f.happening.kind != "toll" or not of:
        return []
    side = str(of).split()[0]
    violent = [x for x in found if x.kind in SIDED_VIOLENCE and side in x.parties]
    return violent if len(violent) == 1 else []


def _told_by_itself(f: FactRecord, fitting: list[Happening],
                    told_days: dict[str, dict[str, set[str]]]) -> list[Happening]:
    """Of several fitting happenings, the one the fact's own document tells of: the one it
    states other facts of (of several, the one told last before the fact: "Also, the
    bodies of 1,000 soldiers were returned" continues the exchange just told, not the
    earlier one told after it), else the one of the day its coded events of that kind give
    ("Also, the bodies of 909 soldiers were handed over", after "exchanged prisoners on
    Saturday", is Saturday's exchange, though another report dates it Friday)."""
    if len(fitting) < 2:
        return fitting
    own = [x for x in fitting if f.document in x.documents]
    if len(own) == 1:
        return own
    at = f.evidence.span[0] if f.evidence.span else None
    told_before = []  # (where the document last told it before the fact, which)
    for i, x in enumerate(own):
        starts = [g.evidence.span[0] for g in x.facts if at is not None
                  and g.document == f.document and g.evidence.span and g.evidence.span[0] < at]
        if starts:
            told_before.append((max(starts), i))
    if told_before:
        last = sorted(told_before)[-1]
        if sum(1 for t in told_before if t[0] == last[0]) == 1:
            return [own[last[1]]]
    kind = f.happening.kind if f.happening is not None else ""
    days = told_days.get(f.document, {}).get(kind, set())
    dated = [x for x in fitting if x.date is not None and x.date in days]
    if len(dated) == 1 and not own:
        return dated
    return fitting


WEEK_DAYS = 7
MONTH_DAYS = 30


def _far(h: Happening, written: int | None, days: int | None = None) -> bool:
    """A happening dated more than ``days`` (``REPORT_DAYS``) from the day a report was
    written."""
    d = day(h.date)
    limit = REPORT_DAYS if days is None else days
    return written is not None and d is not None and abs(written - d) > limit


def _across_stories(happenings: list[Happening], published: dict[str, str | None]
                    ) -> list[Happening]:
    """Happenings of different stories with the same kind and parties (two or more, one set
    within the other) and no two venues are one when their days agree, or when one is
    undated and its reports were written within ``REPORT_DAYS`` after the other's day
    (yesterday's call told again in today's story), or, reports undated too, when the
    parties are the same and no other happening fits, nor another such undated one of
    another story fits it (:func:`_unplaced`: undated reports of several stories, each
    telling an exchange of the same two sides, are not all the one exchange a dated report
    gives a day). Strikes are many a day: two are one across stories only when both are
    dated."""
    out: list[Happening] = []
    ambiguous = _unplaced(happenings, published)
    # Candidates come from an index, so the work grows with the batch, not its square:
    # nested sets of two or more parties share a pair of parties, and ``_same_time`` only
    # holds between the time keys ``_time_keys`` files and ``_time_lookups`` asks for.
    index: dict[tuple[Any, ...], set[int]] = {}
    position: dict[int, int] = {}  # id() of a happening in ``out`` -> its index there
    for x in happenings:
        target = None
        if len(x.parties) >= 2:
            near = sorted({i for pair in _pair_keys(x) for t in _time_lookups(x, published)
                           for i in index.get((*pair, *t), ())})
            fits = [out[i] for i in near if len(out[i].parties) >= 2
                    and not (x.stories & out[i].stories)
                    and (x.parties <= out[i].parties or out[i].parties <= x.parties)
                    and _same_place(x.venue, out[i].venue)
                    and _both_dated_if_placed(x, out[i])
                    and _same_time(x, out[i], published)
                    and not (id(x) in ambiguous and day(out[i].date) is not None)]
            target = fits[0] if len(fits) == 1 else None
        if target is None:
            position[id(x)] = len(out)
            out.append(x)
            target = x
        else:
            target.facts += x.facts
            target.stories |= x.stories
            target.parties |= x.parties
            target.date = target.date or x.date
            target.venue = target.venue or x.venue
        for pair in _pair_keys(target):
            for t in _time_keys(target, published):
                index.setdefault((*pair, *t), set()).add(position[id(target)])
    return out


def _same_place(a: str | None, b: str | None) -> bool:
    """Two venues do not contradict: equal, or one of them unknown."""
    return not (a and b and a != b)


def _unplaced(happenings: list[Happening], published: dict[str, str | None]) -> set[int]:
    """id() of the undated happenings told only by undated reports whose kind and parties
    an undated happening of another story tells too: nothing says which of them, if any,
    is the one a dated report gives a day."""
    stories: dict[tuple[str, frozenset[str]], set[str]] = {}
    undated = [h for h in happenings if len(h.parties) >= 2 and day(h.date) is None
               and not _written(h, published)]
    for h in undated:
        stories.setdefault((h.kind, frozenset(h.parties)), set()).update(h.stories)
    return {id(h) for h in undated if len(stories[(h.kind, frozenset(h.parties))]) > 1}


def _both_dated_if_placed(a: Happening, b: Happening) -> bool:
    """Strikes are many a day: across stories, two are one only when both are dated."""
    return a.kind not in PLACED_KINDS or (day(a.date) is not None and day(b.date) is not None)


def _pair_keys(h: Happening) -> list[tuple[str, str, str]]:
    parties = sorted(h.parties)
    return [(h.kind, a, b) for i, a in enumerate(parties) for b in parties[i + 1:]]


def _written(h: Happening, published: dict[str, str | None]) -> list[int]:
    return [d for d in (day(published.get(doc)) for doc in h.documents) if d is not None]


def _report_window(written: list[int]) -> range:
    """The days of a happening that reports written on these days can tell undated."""
    return range(max(written) - REPORT_DAYS, min(written) + 1)


def _time_keys(h: Happening, published: dict[str, str | None]) -> list[tuple[Any, ...]]:
    """Where a happening is filed: its day (and among the dated), else the days its reports
    can speak of, else among the undated with undated reports."""
    d = day(h.date)
    if d is not None:
        return [("day", d), ("dated",)]
    written = _written(h, published)
    if written:
        return [("day", t) for t in _report_window(written)]
    return [("unwritten",)]


def _time_lookups(h: Happening, published: dict[str, str | None]) -> list[tuple[Any, ...]]:
    """Where the happenings that can be at the same time as this one are filed."""
    d = day(h.date)
    if d is not None:
        return [("day", d), ("unwritten",)]
    written = _written(h, published)
    if written:
        return [("day", t) for t in _report_window(written)]
    return [("dated",)]


REPORT_DAYS = 3
MISDATED_DAYS = 3  # days apart that one happening can be misdated by; rounds of talks are
# further apart


NEGOTIATION_ATTRIBUTES = frozenset({"venue", "mediators"})  # of the talks that agreed a
# truce, whichever of the two a report hangs them on
NEGOTIATION_DAYS = 60  # talks further back than this before a truce are an earlier meeting


def negotiated_at(happenings: list[Happening]) -> list[Happening]:
    """The venue and mediators a report gives for a truce ("agreed in Putrajaya, under
    China's mediation, on a truce") are those of the talks that agreed it, which other
    reports name ("a truce after talks in Kuala Lumpur mediated by Malaysia"): they move to
    those talks, to be compared with theirs, when the truce's story tells of exactly one
    talks of fitting parties not held after the truce began (the ministers' meeting a week
    later is another meeting) nor months before it (last year's meeting). With no such
    talks, or two, they stay the truce's."""
    talks = [h for h in happenings if h.kind == "talks"]
    for h in happenings:
        moving = [f for f in h.facts if f.attribute in NEGOTIATION_ATTRIBUTES]
        if h.kind != "truce" or not moving:
            continue
        starts = [d for d in (day(str(f.value)) for f in h.facts if f.attribute == "start")
                  if d is not None]
        began = min(starts) if starts else day(h.date)
        fitting = [t for t in talks if t.stories & h.stories and _parties_nest(t, h)
                   and _held_before(day(t.date), min(starts) if starts else None, began)]
        # of two, the talks held the day the truce was agreed agreed it (the ministers'
        # meeting the day before prepared it)
        that_day = [t for t in fitting if day(h.date) is not None and day(t.date) == day(h.date)]
        if len(fitting) > 1 and len(that_day) == 1:
            fitting = that_day
        if len(fitting) != 1:
            continue
        target = fitting[0]
        h.facts = [f for f in h.facts if f.attribute not in NEGOTIATION_ATTRIBUTES]
        target.facts += moving
    return happenings


def _held_before(held: int | None, start: int | None, began: int | None) -> bool:
    """Talks held on day ``held`` can have agreed a truce that started on ``start`` (or was
    told on ``began``): not after it started, nor ``NEGOTIATION_DAYS`` before it. Undated
    talks can."""
    if held is None:
        return True
    return not (start is not None and held > start) and not (
        began is not None and held < began - NEGOTIATION_DAYS)


def _parties_nest(a: Happening, b: Happening) -> bool:
    return len(a.parties) < 2 or len(b.parties) < 2 or a.parties <= b.parties \
        or b.parties <= a.parties


def join_misdated(happenings: list[Happening]) -> list[Happening]:
    """The happenings with those that are one happening told on different days joined: in
    one story, of one kind, at one venue, days at most ``MISDATED_DAYS`` apart, parties one
    within the other (or fewer than two named), and no document giving more than one of the
    days (a source that names two days speaks of two meetings). The day a document gives is
    a date fact of its own, or the day its facts' happening is dated by (a weekday: "met on
    Wednesday for an hour and a half"); a document with no date fact gets one, so the days
    are compared with the rest (its length against the others' lengths, its day against
    theirs)."""
    groups: dict[tuple[str, str, str], list[Happening]] = {}
    for h in happenings:
        if day(h.date) is not None:
            # a happening held days after it was agreed (an exchange) is placed by the words
            # of its agreement ("agreed in Lisbon to an exchange"): its venue tells nothing
            at = "" if h.kind in HELD_LATER else h.venue or ""
            for story in sorted(h.stories):
                groups.setdefault((story, h.kind, at), []).append(h)
    joined_ids: set[int] = set()
    pooled_of: dict[int, Happening] = {}
    clusters: list[tuple[str, str, list[Happening]]] = []
    for (_story, kind, venue), found in sorted(groups.items()):
        found.sort(key=lambda h: (day(h.date) or 0, h.id))
        # runs of days a few apart at most, each from its first (a round of 16 May is not
        # the first of the meetings of 1 and 2 June at the same venue)
        run: list[Happening] = []
        for h in found:
            if run and (day(h.date) or 0) - (day(run[0].date) or 0) > MISDATED_DAYS:
                clusters.append((kind, venue, run))
                run = []
            run.append(h)
        clusters.append((kind, venue, run))
    for kind, venue, found in clusters:
        found = [h for h in found if id(h) not in joined_ids]
        if not found:
            continue
        first = found[0]
        joined = [h for h in found if _one_of_two(first, h)]
        days_of: dict[str, set[str]] = {}
        for h in joined:
            for f in h.facts:
                told = _day_told(f)
                if told is not None:
                    days_of.setdefault(f.document, set()).add(told)
        if len({d for told in days_of.values() for d in told}) < 2 or any(
                len(told) > 1 for told in days_of.values()):
            continue
        told_days = sorted(d for told in days_of.values() for d in told)
        most = max(told_days, key=lambda d: (told_days.count(d), -(day(d) or 0)))
        pooled = Happening(kind=kind, venue=venue or None, date=most)  # the day most sources give
        for h in joined:
            pooled.parties |= h.parties
            pooled.stories |= h.stories
            pooled.facts += h.facts
            joined_ids.add(id(h))
        pooled.facts += _day_facts(pooled.facts)
        pooled_of[id(first)] = pooled
    return [pooled_of.get(id(h), h) for h in happenings
            if id(h) not in joined_ids or id(h) in pooled_of]


def _day_told(fact: FactRecord) -> str | None:
    """The day a fact says its happening took place: its value, for a date fact; else the
    day its happening is dated by."""
    if fact.attribute == "date":
        return str(fact.value)
    h = fact.happening
    return h.date if h is not None and h.date and day(h.date) is not None else None


def _day_facts(facts: list[FactRecord]) -> list[FactRecord]:
    """A date fact for each document that dates the happening only through the happening
    its facts are about (the first such fact, its evidence quoted). A sentence that names a
    night ("overnight Sunday into Monday", "в ночь на понедельник") dates it by one of the
    night's two days: the fact's unit is ``night``, and it spans the day before and after
    (``discrepancies.value_key``)."""
    dated = {f.document for f in facts if f.attribute == "date"}
    out: dict[str, FactRecord] = {}
    for f in sorted(facts, key=lambda f: (f.document, f.id)):
        told = _day_told(f)
        if f.document in dated or f.document in out or told is None:
            continue
        night = any_night()
        told_at_night = night is not None and night.search(fold(f.evidence.text)) is not None
        out[f.document] = replace(f, id=f"{f.id}:day", attribute="date", value=told,
                                  unit=NIGHT if told_at_night else "day", interval=None,
                                  text=None)
    return [out[d] for d in sorted(out)]


def _one_of_two(a: Happening, b: Happening) -> bool:
    """Two dated happenings a few days apart at most, whose parties do not contradict."""
    da, db = day(a.date), day(b.date)
    if da is None or db is None or abs(da - db) > MISDATED_DAYS:
        return False
    if len(a.parties) < 2 or len(b.parties) < 2:
        return True
    return a.parties <= b.parties or b.parties <= a.parties


def _same_time(x: Happening, y: Happening, published: dict[str, str | None]) -> bool:
    dx, dy = day(x.date), day(y.date)
    if dx is not None and dy is not None:
        return dx == dy
    if dx is None and dy is None:
        return False
    undated, dated = (x, dy) if dx is None else (y, dx)
    written = [d for d in (day(published.get(doc)) for doc in undated.documents) if d is not None]
    if not written:  # reports with no date: the same parties exactly, and no other candidate
        return x.parties == y.parties
    return dated is not None and all(0 <= w - dated <= REPORT_DAYS for w in written)
