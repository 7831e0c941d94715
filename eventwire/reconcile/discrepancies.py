"""Discrepancies: what independent sources state differently about one happening.

Facts of one happening and one attribute are compared by meaning. A number is the interval
its wording allows, in one unit (durations in hours or days: six weeks = 42 days, 90 minutes
= 1.5 hours; lengths in km): two values *conflict* when no reading makes both true ("90
minutes" vs "two and a half hours"), or when both are estimates of different figures ("about
40 km" vs "about 43 km"); "about 100" and "103" do not, and are not reported. A date is the days
it covers. Scope, mediators and signatories compare as sets of normalised tags. Only
conflicts between different voices are reported: a wire copied by three outlets (near
duplicate texts, or the same ``reported_by`` chain) is one voice.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from eventwire.facts.quotes import SPEAKER
from eventwire.facts.slots import NIGHT, TIME
from eventwire.facts.subject import PLACED_KINDS
from eventwire.reconcile.common import date_interval, stable_id
from eventwire.reconcile.happenings import Happening
from eventwire.reconcile.stories import name_skeleton, transliterated
from eventwire.records import DiscrepancyRecord, FactRecord, SideOfDiscrepancy

SET_ATTRIBUTES = frozenset({"scope", "mediators", "signatories"})
DATE_ATTRIBUTES = frozenset({"start", "end", "date"})
KIND_NAMES = {"call": "call", "talks": "talks", "truce": "truce", "exchange": "exchange",
              "attack": "attack", "signing": "signing", "conflict": "conflict",
              "toll": "toll", "corridor": "corridor", "zone": "zone",
              "withdrawal": "pullback"}


def voice(fact: FactRecord, duplicate_of: dict[str, str]) -> tuple[str, ...]:
    """Who stands behind a fact: the wire chain that carried it if named, else the document
    (a syndicated copy is its original), and the speaker it is claimed by."""
    speaker = fact.claimed_by.canonical or fact.claimed_by.name if fact.claimed_by else ""
    if fact.reported_by:
        return ("wire", *fact.reported_by, speaker or "")
    return ("doc", duplicate_of.get(fact.document, fact.document), speaker or "")


def value_key(fact: FactRecord) -> Any:
    """What makes two facts state the same value."""
    if fact.attribute == "signatories":  # people: one name in any spelling or script
        return frozenset(person_key(str(name)) for name in fact.value or ())
    if fact.attribute in SET_ATTRIBUTES:
        return frozenset(fact.value or ())
    if fact.attribute in DATE_ATTRIBUTES:
        iv = date_interval(str(fact.value))
        if iv is None:
            return ("text", str(fact.value))
        if fact.unit == NIGHT:  # a night spans two days; which one a source names, and
            return ("date", iv.low - 1, iv.high + 1)  # which it was dated by, may differ
        return ("date", iv.low, iv.high)
    if fact.attribute == TIME:  # "18:00", "18:00 GMT": minutes of the day, and the zone
        clock, _, zone = str(fact.value).partition(" ")
        hours, _, minutes = clock.partition(":")
        if hours.isdigit() and minutes.isdigit():
            return ("time", int(hours) * 60 + int(minutes), zone)
    if fact.interval is not None:
        lo, hi = fact.interval
        return ("num", -math.inf if lo is None else float(lo),
                math.inf if hi is None else float(hi), _estimate(fact),
                fact.attribute.endswith(PER_SIDE))
    return ("text", str(fact.value).casefold())


def person_key(name: str) -> str:
    """A person named in any spelling or script, by the skeleton of the last name ("Ilham
    Aliyev", "Ilham Aliev", "Ильхам Алиев" -> one key); the name in Latin letters when too
    short. Cyrillic "х" is spelt "kh" and Latin often writes it "h" ("Хаддад", "Haddad"):
    both are "h" here, which the skeleton drops."""
    words = name.split()
    latin = transliterated(words[-1] if words else name).replace("kh", "h")
    return name_skeleton(latin) or latin


def _estimate(fact: FactRecord) -> float | None:
    """The figure of a value hedged on both sides ("about 40 km": [36, 44]), else None."""
    lo, hi = fact.interval or (None, None)
    value = fact.value
    if lo is None or hi is None or not isinstance(value, int | float) or not lo < value < hi:
        return None
    return float(value)


FULL = "full"
# A count of a two-sided happening written without "each" may be each side's count or the
# total: "an exchange of 175 prisoners" is often 175 for 175, and "372 exchanged" the total
# of both sides and a few handed over beside them (the wounded). So such a count n also
# reads as a total between 2n and 2n * (1 + TOTAL_EXTRA).
SIDED_KINDS = frozenset({"exchange"})
PER_SIDE = "_per_side"  # the attribute of a count said to be each side's
TOTAL_EXTRA = 0.15
MAX_RATIO = 4.0  # figures further apart than this measure different things (a 2-day local
# truce and a 30-day one), not one thing misreported


def conflict(a: Any, b: Any, attribute: str = "", kind: str = "") -> bool:
    """No reading makes both values true, and both can describe one thing. A count of a
    two-sided happening not said to be each side's (``SIDED_KINDS``) is read both ways."""
    if isinstance(a, frozenset) and isinstance(b, frozenset):
        if attribute == "scope":  # targets of one truce told wider or narrower (a full
            # truce covers every target: artillery only is a narrower telling of it);
            return a != b and (bool(a & b) or FULL in a | b)  # disjoint targets are
        return a != b  # another truce
    if a[0] == "num" and b[0] == "num":
        # both as written (or both each side's), or x the total of y's sides; a count said
        # to be each side's ("175 for 175") is never the total
        pairs = [(a, b)]
        if _either_side(attribute, kind):
            pairs += [(x, _total(y)) for x, y in ((a, b), (b, a)) if not _each(x)]
        if any(_agree(x, y) for x, y in pairs):
            return False
        low, high = sorted((_middle(a), _middle(b)))
        return low > 0 and high / low <= MAX_RATIO
    if a[0] == "date" and b[0] == "date":
        return bool(a[2] < b[1] or b[2] < a[1])
    if a[0] == "time" and b[0] == "time":  # times in two zones (or one with none) may be
        return a[2] == b[2] and a[1] != b[1]  # one moment: only one zone's are compared
    return bool(a != b)


def _agree(a: Any, b: Any) -> bool:
    """Some figure makes both numbers true. Two estimates ("about 40" and "about 43") are
    two figures, neither the finer one; an estimate and a figure within it are one figure
    told more or less precisely."""
    eps = 1e-9 * max(1.0, abs(a[1]) if math.isfinite(a[1]) else 1.0)
    apart = a[3] is not None and b[3] is not None and abs(a[3] - b[3]) > eps
    return not (apart or a[2] + eps < b[1] or b[2] + eps < a[1])


def _either_side(attribute: str, kind: str) -> bool:
    return (kind in SIDED_KINDS and attribute.startswith("count_")
            and not attribute.endswith(PER_SIDE))


def _each(k: Any) -> bool:
    """A number said to be each side's."""
    return len(k) > 4 and bool(k[4])


def _total(k: Any) -> Any:
    """The total a count makes if it is each side's count."""
    return ("num", 2 * k[1], 2 * k[2] * (1 + TOTAL_EXTRA), None, False)


def _middle(k: Any) -> float:
    lo, hi = k[1], k[2]
    if not math.isfinite(lo):
        return float(hi)
    if not math.isfinite(hi):
        return float(lo)
    return (lo + hi) / 2


def _sort_key(k: Any, facts: Sequence[FactRecord] = ()) -> tuple[Any, ...]:
    if isinstance(k, frozenset):  # by the values as written (names, not their keys)
        written = min((sorted(str(v) for v in f.value or ()) for f in facts), default=None)
        return (1, len(k), written if written is not None else sorted(k))
    numbers = tuple(x for x in k[1:] if isinstance(x, float))
    return (0, str(k[0]), numbers, str(k))


Told = dict[tuple[str, str, str, str], set[tuple[Any, str | None]]]  # (document, speaker,
# kind, attribute) -> (value key, day of the happening it was filed under)


def _told_key(fact: FactRecord, kind: str) -> tuple[str, str, str, str]:
    speaker = (fact.claimed_by.canonical or fact.claimed_by.name or "") if fact.claimed_by \
        else ""
    return (fact.document, speaker, kind, fact.attribute)


def told_values(happenings: list[Happening]) -> Told:
    """Every value each document gives, in its own words or one speaker's, for an attribute
    of a kind of happening, whichever happening it was filed under."""
    told: Told = defaultdict(set)
    for h in happenings:
        for f in h.facts:
            told[_told_key(f, h.kind)].add((value_key(f), h.date))
    return told


def _one_of_groups(fact: FactRecord) -> bool:
    """A count of one of several conjoined groups ("five soldiers and two civilians", "six
    detainees, four soldiers and two civilians"): the attribute does not tell the groups
    apart, so it is set against no other source's figure (facts.slots marks it), unless
    the count names whose people it counts (:func:`_of_whom`)."""
    return fact.attribute.startswith("count_") and bool(fact.extra.get("groups")) \
        and not fact.extra.get("of")


def _of_whom(fact: FactRecord) -> str:
    """The attribute's suffix of a count of one side's people ("SDN soldier" ->
    "_sdn_soldier"): compared only with counts of the same side and people."""
    of = fact.extra.get("of")
    return "_" + "_".join(str(of).casefold().split()) if of else ""


def _told_here(told: set[tuple[Any, str | None]], key: Any, date: str | None) -> bool:
    """Whether a document gives this value for this happening: filed under it, or under one
    of its kind not told apart from it. A value filed under a happening of another day (the
    commissioners' meeting in Ankara the day after the talks in Istanbul) is of another
    happening, not a second value of this one in the same voice."""
    return any(k == key and not _other_day(d, date) for k, d in told)


def _other_day(a: str | None, b: str | None) -> bool:
    """Two days, each to the day, that differ."""
    return a is not None and b is not None and len(a) == len(b) == 10 and a != b


def once_each(discrepancies: list[DiscrepancyRecord]) -> list[DiscrepancyRecord]:
    """One report per disagreement: the same documents giving the same values of the same
    attribute, found under two happenings of one story (a clash's dead as the attack's count
    and as a toll with no sides), are one disagreement, kept under the happening that names
    more sides."""
    def sides(d: DiscrepancyRecord) -> Any:
        return (d.story, d.attribute, tuple(sorted(
            (repr(v.value), tuple(sorted(v.sources))) for v in d.values)))

    def named(d: DiscrepancyRecord) -> int:
        return len(d.happening.parties) if d.happening is not None else 0

    kept: dict[Any, DiscrepancyRecord] = {}
    for d in discrepancies:
        key = sides(d)
        if key not in kept or named(d) > named(kept[key]):
            kept[key] = d
    chosen = {id(d) for d in kept.values()}
    return [d for d in discrepancies if id(d) in chosen]


def happening_discrepancies(happening: Happening, documents: dict[str, dict[str, Any]],
                            duplicate_of: dict[str, str], story_of: dict[str, str],
                            told: Told | None = None) -> list[DiscrepancyRecord]:
    """The attributes of one happening on which independent voices conflict. A document
    that gives both values in one voice ("two weeks" in its title, "15 days" below) stands
    on neither side (``told``: see :func:`told_values`); two speakers it quotes still can."""
    by_attribute: dict[str, list[FactRecord]] = defaultdict(list)
    for f in happening.facts:
        by_attribute[f.attribute + _of_whom(f)].append(f)
    # In an exchange, counts said to be each side's and counts that may be either are
    # compared together ("175 for 175" against "an exchange of 200" is a conflict,
    # against "372 exchanged" not), under the plain attribute.
    for attribute in sorted(by_attribute):
        each = attribute + PER_SIDE
        if _either_side(attribute, happening.kind) and each in by_attribute:
            by_attribute[attribute] += by_attribute.pop(each)
    out = []
    for attribute in sorted(by_attribute):
        if attribute == "venue" and not (happening.parties or happening.date):
            continue  # vague facts pooled by kind are no one meeting whose venue is known
        facts = [f for f in by_attribute[attribute] if not _one_of_groups(f)]
        record = _compare(happening, attribute, facts, documents,
                          duplicate_of, story_of, told or {})
        if record is not None:
            out.append(record)
    return out


def _compare(happening: Happening, attribute: str, facts: list[FactRecord],
             documents: dict[str, dict[str, Any]], duplicate_of: dict[str, str],
             story_of: dict[str, str], told: Told) -> DiscrepancyRecord | None:
    groups: dict[Any, list[FactRecord]] = defaultdict(list)
    for f in facts:
        groups[value_key(f)].append(f)
    keys = sorted(groups, key=lambda k: _sort_key(k, groups[k]))
    voices = [{voice(f, duplicate_of) for f in groups[k]} for k in keys]

    def only(i: int, j: int) -> list[FactRecord]:
        """The facts of value i whose documents do not also give value j."""
        return [f for f in groups[keys[i]]
                if not _told_here(told.get(_told_key(f, happening.kind), set()), keys[j],
                                  happening.date)]

    conflicts = [(i, j) for i in range(len(keys)) for j in range(i + 1, len(keys))
                 if conflict(keys[i], keys[j], attribute, happening.kind)
                 and voices[i] - voices[j] and voices[j] - voices[i]
                 and only(i, j) and only(j, i)
                 and _two_documents(only(i, j), only(j, i), duplicate_of)]
    if not conflicts:
        return None
    involved = sorted({i for pair in conflicts for i in pair})
    if all(_each(keys[i]) for i in involved if not isinstance(keys[i], frozenset)) and \
            _either_side(attribute, happening.kind):
        attribute += PER_SIDE  # every value in conflict was said to be each side's
    renumber = {old: new for new, old in enumerate(involved)}
    sides = [_side(groups[keys[i]], voices[i], documents) for i in involved]
    stories = sorted({story_of[f.document] for f in facts if f.document in story_of})
    unit = next((f.unit for f in facts if f.unit), None)
    record = DiscrepancyRecord(
        id=stable_id("discrepancy", happening.kind, sorted(happening.parties), happening.date,
                     attribute, sorted(f.id for f in facts)),
        # The contract's subject is a story, event or agreement: the story that tells of
        # the happening (pages find the discrepancy there); the happening itself is beside.
        subject=stories[0] if stories else happening.id,
        subject_kind="story" if stories else "happening",
        story=stories[0] if stories else None, attribute=attribute, nature="conflict",
        values=tuple(sides),
        conflicts=tuple((renumber[i], renumber[j]) for i, j in conflicts),
        happening=replace(happening.ref(), id=happening.id),
        unit=unit if attribute not in SET_ATTRIBUTES else None,
    )
    return _with_summary(record)


def _two_documents(a: list[FactRecord], b: list[FactRecord], duplicate_of: dict[str, str]
                   ) -> bool:
    """Different documents (not copies of one another) stand behind the two values, or one
    document quotes two different speakers."""
    docs_a = {duplicate_of.get(f.document, f.document) for f in a}
    docs_b = {duplicate_of.get(f.document, f.document) for f in b}
    if docs_a - docs_b and docs_b - docs_a:
        return True
    speakers_a = {f.claimed_by.canonical for f in a if f.claimed_by}
    speakers_b = {f.claimed_by.canonical for f in b if f.claimed_by}
    return bool(speakers_a and speakers_b and speakers_a.isdisjoint(speakers_b))


def outlets_of(sources: tuple[str, ...], documents: dict[str, dict[str, Any]]
               ) -> tuple[str, ...]:
    """The outlets of a side's documents, by name (the document's id where none is known)."""
    return tuple(sorted({str(documents.get(d, {}).get("outlet") or d) for d in sources}))


def _side(facts: list[FactRecord], voices: set[tuple[str, ...]],
          documents: dict[str, dict[str, Any]]) -> SideOfDiscrepancy:
    facts = sorted(facts, key=lambda f: (f.document, f.id))
    first = facts[0]
    sources = tuple(sorted({f.document for f in facts}))
    return SideOfDiscrepancy(
        value=sorted(first.value) if isinstance(first.value, list) else first.value,
        text=first.text, sources=sources, outlets=outlets_of(sources, documents),
        quotes=tuple(dict.fromkeys(f.evidence.text.strip() for f in facts)),
        claimed_by=tuple(sorted({f.claimed_by.canonical or f.claimed_by.name
                                 for f in facts if f.claimed_by})),
        reported_by=tuple(sorted({r for f in facts for r in f.reported_by})),
        independent_sources=len(voices), interval=first.interval,
        facts=tuple(f.id for f in facts),
    )


ATTRIBUTE_NAMES = {"duration": "length", "length": "distance", "date": "day", "start": "start",
                   "end": "end", "venue": "venue", "scope": "scope", "mediators": "mediators",
                   "signatories": "signatories", "speaker": "speaker of a quote",
                   "time": "time of day"}


QUOTE_SHOWN = 80  # characters of a quote that name it in a sentence


def quoted(text: str) -> str:
    """A quote cut at a word within ``QUOTE_SHOWN`` characters ("... lasting peace ...")."""
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_SHOWN else text[:QUOTE_SHOWN].rsplit(" ", 1)[0] + "…"


FATE_WORDS = {"killed": "killed", "wounded": "wounded"}  # a side's counted people


def attribute_name(attribute: str) -> str:
    """A reader's name for an attribute ("count_prisoner_per_side" -> "prisoners per side")."""
    if attribute in ATTRIBUTE_NAMES:
        return ATTRIBUTE_NAMES[attribute]
    if attribute.startswith("count_"):
        what = attribute[len("count_"):]
        per_side = what.endswith("_per_side")
        what = what.removesuffix("_per_side")
        fate, _, of = what.partition("_")  # "killed_dza_soldier": one side's people
        if of and fate in FATE_WORDS:
            side, _, people = of.partition("_")
            return f"number of {side.upper()} {people or 'people'}s {FATE_WORDS[fate]}"
        noun = {"prisoner": "prisoners", "hostage": "hostages", "body": "bodies",
                "killed": "people killed", "wounded": "wounded", "displaced": "displaced"
                }.get(what, what)
        return f"number of {noun}" + (" per side" if per_side else "")
    return attribute.replace("_", " ")


def value_text(value: Any, unit: str | None,
               interval: tuple[float | None, ...] | None = None) -> str:
    """A value as a reader says it: "2.5 hours", "more than 1 hour", "2.25 to 2.5 hours"."""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "(none)"
    if not isinstance(value, int | float):
        return str(value)
    lo, hi = interval if interval and len(interval) == 2 else (value, value)
    if lo == hi or (lo is None and hi is None):
        return _with_unit(value, unit)
    if hi is None:
        return f"more than {_with_unit(lo if lo is not None else value, unit)}"
    if lo is None or lo == 0:
        return f"at most {_with_unit(hi, unit)}"
    if lo < value < hi and abs((lo + hi) / 2 - value) <= 0.01 * value:
        return f"about {_with_unit(value, unit)}"
    if _minutes(hi, unit) is not None and _minutes(lo, unit) is not None:
        return f"{_minutes(lo, unit)} to {_minutes(hi, unit)} minutes"
    return f"{lo:g} to {_with_unit(hi, unit)}"


def _minutes(value: float, unit: str | None) -> int | None:
    """A length in hours said in whole minutes, when hours would need a fraction no reader
    says (0.6667 hours is 40 minutes, 1.5333 hours 92; 1.5 and 2.25 hours stay hours)."""
    if unit != "hour" or value * 4 == round(value * 4):
        return None
    minutes = round(value * 60)
    return minutes if abs(minutes - value * 60) < 0.05 else None


def _with_unit(value: float, unit: str | None) -> str:
    minutes = _minutes(value, unit)
    if minutes is not None:
        return f"{minutes} minute{'' if minutes == 1 else 's'}"
    if unit in ("hour", "day"):
        return f"{value:g} {unit}{'' if value == 1 else 's'}"
    if unit == "km":
        return f"{value:g} km"
    if float(value).is_integer():  # a count: "200,000", never "2e+05"
        return f"{int(value):,}"
    return f"{value:g}"


def happening_name(ref: Any) -> str:
    kind = KIND_NAMES.get(ref.kind, ref.kind)
    parts = [kind]
    if ref.parties:
        parts.append("between " + ", ".join(ref.parties))
    if ref.venue and ref.kind in PLACED_KINDS:  # the place struck tells two strikes apart
        parts.append(f"on {ref.venue}")
    if ref.date:
        parts.append(f"on {ref.date}")
    return " ".join(parts)


def disputed_what(record: DiscrepancyRecord) -> str:
    """What is disputed, in words: "Number of people killed in the attack between RUS..."."""
    if record.attribute == SPEAKER and record.values:  # who said a quote: the quote names it
        return f"Who said “{quoted(record.values[0].text or '')}”"
    link = "in" if record.attribute.startswith("count_") else "of"
    about = happening_name(record.happening) if record.happening else record.subject
    name = attribute_name(record.attribute)  # "DZA" stays upper case
    return f"{name[:1].upper()}{name[1:]} {link} the {about}"


def _with_summary(record: DiscrepancyRecord) -> DiscrepancyRecord:
    said = " vs ".join(f"{value_text(v.value, record.unit, v.interval)} "
                       f"({', '.join(v.outlets)})"
                       for v in record.values)
    return replace(record, summary=f"{disputed_what(record)}: {said}")
