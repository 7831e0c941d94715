"""The words of fact slots, per language, from ``eventwire/lang/<code>/facts.yaml``.

Each list becomes one pattern over the folded view of the text (see
:mod:`eventwire.text.view`): a word ending in ``*`` is a stem, other words match whole; in a
phrase, each word may be a stem, and ``_`` stands for any one word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from eventwire import lang
from eventwire.text.view import fold

ANY_WORD = "_"  # in a phrase, one word of any kind ("прекращени* _ обстрел*")


def _token(token: str) -> str:
    """One word of a phrase as a pattern: a stem ("обстрел*"), any word (``ANY_WORD``), or
    the word itself."""
    if token == ANY_WORD:
        return r"\w+"
    return re.escape(token.rstrip("*")) + (r"\w*" if token.endswith("*") else "")


def _alternation(words: Iterable[str]) -> str:
    parts = []
    for word in sorted({fold(str(w)) for w in words}, key=lambda w: (-len(w), w)):
        parts.append(r"\s+".join(_token(t) for t in word.split()))
    return "|".join(parts)


_RUN = re.compile(r"\w+")


@dataclass(frozen=True)
class Leads:
    """What a text must hold for a word list's pattern to match in it: a run of word
    characters (``\\w+``) that is the leading run of one of the words, or that begins with
    the leading run of a stem ("memorandum*"). The pattern asks for no word character
    before a match, so a match begins a run. Testing a sentence's runs against these sets
    spares the regex its scan of sentences that hold none of the words."""

    whole: frozenset[str]
    stems: tuple[str, ...]

    def possible(self, runs: frozenset[str]) -> bool:
        """Whether a text whose runs are ``runs`` may hold a match."""
        if not self.whole.isdisjoint(runs):
            return True
        return bool(self.stems) and any(run.startswith(self.stems) for run in runs)


def _leads(words: Iterable[str]) -> Leads | None:
    """The leads of a word list (None when a word opens with no word character: no test)."""
    whole: set[str] = set()
    stems: set[str] = set()
    for word in {fold(str(w)) for w in words}:
        first = word.split()[0] if word.split() else word
        body = first.rstrip("*")
        lead = _RUN.match(body)
        if lead is None or first == ANY_WORD:
            return None
        if first.endswith("*") and lead.end() == len(body):
            stems.add(lead.group())  # the run goes on past the stem
        else:
            whole.add(lead.group())  # a space, a hyphen or (?!\w) ends the run
    return Leads(frozenset(whole), tuple(sorted(stems)))


class KindLeads:
    """The leads of each kind of a table (None: no test for that kind), asked per text:
    which kinds may match in a text with these runs. The answer for each run is kept (a
    language's words recur from sentence to sentence), up to :data:`KEPT_RUNS` runs."""

    def __init__(self, leads: tuple[Leads | None, ...]) -> None:
        self.leads = leads
        self._always = frozenset(n for n, lead in enumerate(leads) if lead is None)
        self._by_run: dict[str, frozenset[int]] = {}

    def possible(self, runs: frozenset[str]) -> set[int]:
        """The indices of the kinds that may hold a match in a text whose runs are ``runs``."""
        found = set(self._always)
        by_run = self._by_run
        for run in runs:
            kinds = by_run.get(run)
            if kinds is None:
                if len(by_run) >= KEPT_RUNS:
                    by_run.clear()
                one = frozenset((run,))
                kinds = by_run[run] = frozenset(
                    n for n, lead in enumerate(self.leads)
                    if lead is not None and lead.possible(one))
            found |= kinds
        return found


KEPT_RUNS = 200_000  # distinct words remembered per table (a few MB)


def runs_of(text: str) -> frozenset[str]:
    """The runs of word characters of a text (for :meth:`Leads.possible`)."""
    return frozenset(_RUN.findall(text))


def _pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    body = _alternation(words)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)") if body else None


def _clock_hours(words: Iterable[str], hour: bool = True) -> re.Pattern[str] | None:
    """An hour and a clock word after it ("10 Uhr": group 1 is the hour), or with
    ``hour=False`` the clock word alone, after a space or none (" Uhr")."""
    alternation = "|".join(re.escape(str(w)) for w in sorted(words, key=lambda w: -len(w)))
    if not alternation:
        return None
    lead = r"(?<![\w:.,])([01]?\d|2[0-3])" if hour else ""
    return re.compile(rf"{lead}\s?(?:{alternation})(?!\w)", re.IGNORECASE)


def _split_words(pairs: Iterable[Iterable[str]]
                 ) -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """Words split around a date, each half a pattern (see ``FactWords.start_split``)."""
    out = []
    for pair in pairs:
        halves = [_pattern([str(w)]) for w in pair]
        if len(halves) == 2 and halves[0] is not None and halves[1] is not None:
            out.append((halves[0], halves[1]))
    return tuple(out)


@dataclass(frozen=True)
class FactWords:
    """One language's fact words as compiled patterns (None where the language has none)."""

    happenings: tuple[tuple[str, re.Pattern[str]], ...]
    happening_leads: KindLeads  # of each happening kind, in the same order
    counts: tuple[tuple[str, re.Pattern[str]], ...]
    per_side: re.Pattern[str] | None  # after the count ("60 prisoners each")
    per_side_joins: re.Pattern[str] | None  # between two counts ("175 for 175")
    per_side_lead: re.Pattern[str] | None  # earlier in the clause ("each side will free 60")
    per_side_next: re.Pattern[str] | None  # right before the number ("je 500", "по 500")
    bounds: tuple[tuple[str, re.Pattern[str]], ...]
    venue: re.Pattern[str] | None
    mediators: re.Pattern[str] | None
    signatories: re.Pattern[str] | None
    start: re.Pattern[str] | None
    end: re.Pattern[str] | None
    date_leads: re.Pattern[str] | None  # between a start or end word and its date ("on")
    start_after: re.Pattern[str] | None  # right after a date ("in Kraft treten")
    end_after: re.Pattern[str] | None
    another: re.Pattern[str] | None  # beside a noun: another happening ("the previous")
    # earlier in the sentence: a happening of another day ("the day before", "накануне")
    another_day: re.Pattern[str] | None
    the_sides: re.Pattern[str] | None  # the two sides, unnamed ("the sides agreed")
    agreed: re.Pattern[str] | None = None  # words of agreeing ("agreed", "geeinigt")
    signed: re.Pattern[str] | None = None  # words of signing ("signed", "firmaron")
    again: re.Pattern[str] | None = None  # beside a happening word: a repeat ("met again")
    # a start word split around its date: (before it, after it) ("tritt am 21. November in
    # Kraft"): both halves must stand there
    start_split: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = ()
    # before a meeting word: the meeting ended in the signing ("signed ... after six hours of
    # talks"), on the signing's day
    after: re.Pattern[str] | None = None
    # beside a date: the date is a night, which spans two days ("overnight Sunday into
    # Monday", "Sunday night")
    night: re.Pattern[str] | None = None
    # nouns are written with a capital (German): a run of capitalised words is a name only
    # where the parse calls one of them a proper noun
    capitalised_nouns: bool = False
    # before a place in its clause: the plan given up ("planned for 10 December in Cúcuta,
    # postponed ... and moved to Caracas"), no venue of the happening
    superseded: re.Pattern[str] | None = None
    # anywhere in the sentence: the plan was changed ("postponed", "moved", "instead"); a
    # plan word alone ("talks planned in Geneva") leaves its place the venue
    changed: re.Pattern[str] | None = None
    # right before a clock time: the time of day a call or talks began ("at 18:00", "о 20:00")
    time_leads: re.Pattern[str] | None = None
    # anywhere in a sentence that counts people handed over: they are set free, so a day
    # there is the exchange's ("освободит по 150 пленных 19 декабря"; slots._released_day)
    released: re.Pattern[str] | None = None
    # right after a bare hour: it is a clock time ("um 10 Uhr", "à 19 heures"); over the
    # text as written, any case (facts.clock)
    clock_hours: re.Pattern[str] | None = None
    clock_word: re.Pattern[str] | None = None  # the clock word alone, after "9:30" ("Uhr")
    # right after a clock time: the zone it is told in, by its IANA name ("по московскому
    # времени": Europe/Moscow); capitals ("GMT", "MEZ") are in _shared/zones.yaml
    time_zones: tuple[tuple[str, re.Pattern[str]], ...] = ()
    # between a word of what people are (bodies) and their number: "die Leichen von 14"
    state_links: re.Pattern[str] | None = None


def _named(table: dict[str, list[str]] | None) -> tuple[tuple[str, re.Pattern[str]], ...]:
    out = []
    for name, words in (table or {}).items():
        pattern = _pattern(words or ())
        if pattern is not None:
            out.append((str(name), pattern))
    return tuple(out)


@lru_cache(maxsize=16)
def fact_words(code: str) -> FactWords | None:
    """The fact words of a language, or None when it has no ``facts.yaml``."""
    if code not in lang.having("facts"):
        return None
    data = lang.section(code, "facts") or {}
    bounds: dict[str, list[str]] = {}
    for words, bound in (data.get("bounds") or {}).items():
        bounds.setdefault(str(bound), []).append(str(words))
    return FactWords(
        happenings=_named(data.get("happenings")),
        happening_leads=KindLeads(tuple(
            _leads(words or ()) for words in (data.get("happenings") or {}).values()
            if _alternation(words or ()))),
        counts=_named(data.get("counts")),
        per_side=_pattern(data.get("per_side") or ()),
        per_side_joins=_pattern(data.get("per_side_joins") or ()),
        per_side_lead=_pattern(data.get("per_side_lead") or ()),
        per_side_next=_pattern(data.get("per_side_next") or ()),
        bounds=_named(bounds),
        venue=_pattern(data.get("venue") or ()),
        mediators=_pattern(data.get("mediators") or ()),
        signatories=_pattern(data.get("signatories") or ()),
        start=_pattern(data.get("start") or ()),
        end=_pattern(data.get("end") or ()),
        date_leads=_pattern(data.get("date_leads") or ()),
        start_after=_pattern(data.get("start_after") or ()),
        end_after=_pattern(data.get("end_after") or ()),
        start_split=_split_words(data.get("start_split") or ()),
        another=_pattern(data.get("another") or ()),
        another_day=_pattern(data.get("another_day") or ()),
        the_sides=_pattern(data.get("the_sides") or ()),
        agreed=_pattern(data.get("agreed") or ()),
        signed=_pattern(data.get("signed") or ()),
        again=_pattern(data.get("again") or ()),
        after=_pattern(data.get("after") or ()),
        night=_pattern(data.get("night") or ()),
        capitalised_nouns=bool(data.get("capitalised_nouns")),
        superseded=_pattern(data.get("superseded") or ()),
        changed=_pattern(data.get("changed") or ()),
        time_leads=_pattern(data.get("time_leads") or ()),
        released=_pattern(data.get("released") or ()),
        clock_hours=_clock_hours(data.get("clock_hours") or ()),
        clock_word=_clock_hours(data.get("clock_hours") or (), hour=False),
        time_zones=_named(data.get("time_zones")),
        state_links=_pattern(data.get("state_links") or ()),
    )


@lru_cache(maxsize=1)
def any_night() -> re.Pattern[str] | None:
    """The night words of every language (``night`` in ``facts.yaml``), over the folded
    view: a sentence that names a night, in whatever language, may date its happening by
    either of the night's two days."""
    words = [str(w) for code in sorted(lang.having("facts"))
             for w in (lang.section(code, "facts") or {}).get("night") or ()]
    return _pattern(words)


def venue_before(before: str, venue: re.Pattern[str] | None) -> bool:
    """Whether folded text ends with a venue word of the language, of one word or two ("in",
    "en", "in der"): the name after it is where something took place."""
    if venue is None:
        return False
    tokens = before.split()
    return any(venue.fullmatch(" ".join(tokens[-n:])) is not None
               for n in (1, 2) if len(tokens) >= n)
