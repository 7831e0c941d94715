"""Date expressions, found on the folded view and resolved against a reference date.

Phrases come from data: month and weekday names generated from CLDR (``dates_cldr.yaml``)
and curated phrases (``dates.yaml``: "last"/"dernier", "yesterday"/"hier", "il y a",
tense markers). Parsing is done here rather than by dateparser, which ignores tense and is
slow; a bare weekday or month looks back unless the nearest tense marker in its sentence is
a future one ("will exchange prisoners on Wednesday"). The reference is the passage's own
date when it has one, else the dateline's ("KYIV, May 4 (Wire) -"), else the document's.
A document dated only to the month or year, or not at all, is read against the latest day
the text writes that fits it (a weekday with a day fixes a year no text gives, up to
today); that day is only the earliest the text can have been written, so a bare weekday
in the past falls at most four days before it, else just after it. With no day at all,
only absolute dates get a value, but for a text whose first date is an interval counted
forward from a date it names ("13 months after [an attack in October 2023]"): that month
is the story's, and months named later are read against it. Anaphoric phrases ("the next
year", "that day") take the latest date written before them instead, and intervals ("a day
after [the call]") date what follows them from it. Clock times ("1700 hours", "17 Uhr") are
matched so that no year or day is read into them, and are not reported as dates. Ranges
("du 23 au 25 mars") give their first day as the value and their last as ``until``.
Dates in a photo caption ("This combination of pictures created on ...") neither file the
text nor tell when it was written.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from eventwire import lang
from eventwire.model import DateMention, Document
from eventwire.text.view import TextView, fold

_B = r"(?<![^\W_])"  # not inside a word of any script ("маяк" holds no "мая")
_E = r"(?![^\W\d_])"


def _alternation(phrases: Any) -> str:
    """A regex alternation of folded phrases, longest first ("" never matches)."""
    folded = sorted({fold(str(p)) for p in phrases or () if str(p).strip()}, key=lambda p: -len(p))
    if not folded:
        return "(?!)"
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in folded) + ")"


@dataclass(frozen=True)
class _Reference:
    """What is known of the reference date: a day, or only a month or a year."""

    day: date | None
    year: int | None
    month: int | None
    # the latest day the text writes, not the day of writing: the text was written on or
    # after it, so a weekday may fall a day or two after it
    at_least: bool = False

    @classmethod
    def parse(cls, value: str | None) -> _Reference:
        match = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value or "")
        if not match:
            return cls(None, None, None)
        year = int(match.group(1))
        month = int(match.group(2)) if match.group(2) else None
        day = None
        if month and match.group(3):
            try:
                day = date(year, month, int(match.group(3)))
            except ValueError:
                day = None
        return cls(day, year, month)


@dataclass(frozen=True)
class _Rules:
    months: dict[str, int]
    not_alone: frozenset[str]  # month and day names that are other words too ("may", "среду")
    weekdays: dict[str, int]
    numeric_order: str
    relative_days: dict[str, int]
    relative_periods: dict[str, tuple[str, int]]
    anaphoric: dict[str, tuple[str, int]]
    told: dict[str, int]  # "a day earlier": -1, "two days later": 1, from the date told
    period_units: dict[str, str]
    numbers: dict[str, float]
    last: frozenset[str]
    next: frozenset[str]
    after: frozenset[str]  # "a day after [the call]": the call is a day before the story
    before: frozenset[str]  # "two days before [the vote]": the vote is after it
    links: frozenset[str]  # "the day after [Trump spoke]": an anaphoric phrase taking an event
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    trigger: re.Pattern[str]  # digits or a word every date phrase holds
    future: re.Pattern[str]
    past: re.Pattern[str]
    dateline_after: re.Pattern[str]  # what follows a dateline's date: "(Wire) -", "/TASS/"
    dateline_label: re.Pattern[str]  # "Published:" before a date that opens the text
    since: re.Pattern[str]  # "since" ending the text before a date: a state began then
    caption: re.Pattern[str]  # "photo", "Фото": a line telling when a picture was taken
    # a present is the lemma's stem (without an infinitive ending) and one of these endings;
    # none: the parser's tense is trusted
    infinitive_endings: tuple[str, ...] = ()
    present_endings: frozenset[str] = frozenset()


@lru_cache(maxsize=32)
def rules(code: str) -> _Rules:
    """The compiled date patterns of one language."""
    cldr = lang.section(code, "dates_cldr")
    data = lang.section(code, "dates")
    numbers = lang.section(code, "numbers")
    months: dict[str, int] = {}
    wide: list[str] = []
    short: list[str] = []
    for number, names in (cldr.get("months") or {}).items():
        for n, name in enumerate(names):
            months[fold(name).rstrip(".")] = int(number)
            (wide if n == 0 else short).append(fold(name).rstrip("."))
    for number, names in (data.get("extra_months") or {}).items():
        for name in names:
            months[fold(name).rstrip(".")] = int(number)
            short.append(fold(name).rstrip("."))
    for number, names in (data.get("month_forms") or {}).items():  # inflected: "августе"
        for name in names:
            months[fold(name)] = int(number)
            wide.append(fold(name))
    weekdays = {fold(name): int(n)
                for key in ("weekdays", "weekday_forms")
                for n, names in ((cldr if key == "weekdays" else data).get(key) or {}).items()
                for name in names}
    # A full name never takes the dot of an abbreviation ("mars." ends a sentence).
    month_any = f"(?:{_alternation(wide)}|{_alternation(set(short) - set(wide))}\\.?)"
    month_wide = _alternation(wide)
    weekday = _alternation(weekdays)
    # "am Dienstagabend": a weekday and a time of day in one word are that weekday
    time_of_day = rf"(?:{_alternation(data.get('weekday_time_suffixes'))})?"
    suffix = _alternation(data.get("day_suffixes"))
    last_b, next_b, this_b = (_alternation(data.get(k)) for k in
                              ("last_before", "next_before", "this_before"))
    last_a, next_a = _alternation(data.get("last_after")), _alternation(data.get("next_after"))
    pre = rf"(?:{_B}(?P<pre>{last_b}|{next_b}|{this_b})\s+)?"
    post = rf"(?:\s+(?P<post>{last_a}|{next_a}){_E})?"
    # "Friday, August 8", "ce lundi 2 juin": the weekday (and its "this") belong to the date
    wd_prefix = rf"(?:(?:{_B}{this_b}\s+)?{_B}(?P<wd>{weekday})[\s,]*(?:\(\s*)?)?"
    year = r"(?P<y>(?:1[5-9]|20)\d{2})(?!\d)"
    dm_link = rf"(?:{_alternation(data.get('day_month_links'))}\s+)?"  # "4 de mayo"
    my_link = rf"(?:{_alternation(data.get('month_year_links'))}\s+)?"  # "mayo de 2025"
    range_before = rf"(?:{_B}{_alternation(data.get('range_before'))}\s+)?"
    range_link = rf"\s*{_alternation(data.get('range_links'))}\s*"
    clock = _alternation_of_patterns(data.get("clock_times"))
    number_words = {fold(str(k)): float(v) for k, v in (numbers.get("words") or {}).items()
                    if " " not in str(k)}
    number_words.update({fold(a): 1.0 for a in numbers.get("articles") or ()})
    count = rf"(?P<n>\d{{1,3}}|{_alternation(number_words)})"
    unit = rf"(?P<u>{_alternation(data.get('period_units'))})"
    patterns = (
        ("clock", rf"{_B}{clock}"),
        ("range_dmy", rf"{range_before}{_B}(?P<d>\d{{1,2}})(?:{suffix})?{range_link}"
                      rf"(?P<d2>\d{{1,2}})(?:{suffix})?\s+{dm_link}(?P<m>{month_any})(?![a-z])"
                      rf"(?:[\s,]+{my_link}{year})?"),
        # "from 30 April to 2 May", "du 30 avril au 2 mai", "с 30 апреля по 2 мая"
        ("range_dmdm", rf"{range_before}{_B}(?P<d>\d{{1,2}})(?:{suffix})?\s+{dm_link}"
                       rf"(?P<m>{month_any})(?![a-z]){range_link}(?P<d2>\d{{1,2}})(?:{suffix})?\s+"
                       rf"{dm_link}(?P<m2>{month_any})(?![a-z])(?:[\s,]+{my_link}{year})?"),
        # "April 30 to May 2", "April 30-May 2, 2025"
        ("range_mdmd", rf"{range_before}(?<![a-z])(?P<m>{month_any})\s+(?P<d>\d{{1,2}})"
                       rf"(?:{suffix})?{range_link}(?P<m2>{month_any})\s+(?P<d2>\d{{1,2}})(?!\d)"
                       rf"(?:{suffix})?{_E}(?:,?\s+{year})?"),
        ("range_mdy", rf"{range_before}(?<![a-z])(?P<m>{month_any})\s+(?P<d>\d{{1,2}})"
                      rf"(?:{suffix})?{range_link}(?P<d2>\d{{1,2}})(?!\d)(?:{suffix})?{_E}"
                      rf"(?:,?\s+{year})?"),
        ("iso", r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)"),
        ("iso_month", r"(?<![\d-])(?P<y>(?:19|20)\d{2})-(?P<m>0[1-9]|1[0-2])(?![\d-])"),
        ("numeric", r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})(?!\d)"),
        # "18.03.2025": day first in every language that writes it
        ("numeric_dot", r"(?<![\d.,])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d{2})"
                        r"(?![\d]|[.,]\d)"),
        ("dmy", rf"{wd_prefix}{_B}(?P<d>\d{{1,2}})(?:{suffix})?\s+{dm_link}(?P<m>{month_any})"
                rf"(?![a-z])(?:[\s,]+{my_link}{year})?(?:\s*\))?"),
        ("mdy", rf"{wd_prefix}(?<![a-z])(?P<m>{month_any})\s+(?P<d>\d{{1,2}})(?!\d)(?:{suffix})?"
                rf"{_E}(?:,?\s+{year})?(?:\s*\))?"),
        ("my", rf"{_B}(?P<m>{month_any})\s+{my_link}{year}"),
        ("anaphoric", rf"{_B}(?P<a>{_alternation(data.get('anaphoric_periods'))}){_E}"),
        ("month", rf"{pre}(?:{_B}(?P<prep>{_alternation(data.get('month_prepositions'))})\s+)?"
                  rf"{_B}(?P<m>{month_wide}){_E}{post}"),
        ("weekday", rf"{pre}(?:{_B}(?P<wprep>{_alternation(data.get('weekday_prepositions'))})"
                    rf"\s+)?{_B}(?P<wd>{weekday}){time_of_day}{_E}{post}"),
        # "the night of Sunday to Monday", "dans la nuit de dimanche à lundi": the second day
        ("night", rf"{_B}(?:{_alternation(data.get('night_before'))})\s+{weekday}\s+"
                  rf"(?:{_alternation(data.get('night_links'))})\s+(?P<wd>{weekday}){_E}"),
        ("period", rf"{_B}(?P<p>{_alternation(data.get('relative_periods'))}){_E}"),
        ("day", rf"{_B}(?P<r>{_alternation(data.get('relative_days'))}){_E}"),
        ("told", rf"{_B}{count}\s+{unit}\s+(?P<told>{_alternation(data.get('told_after'))}){_E}"),
        ("ago", rf"{_B}(?:{_alternation(data.get('ago_before'))})\s+{count}\s+{unit}{_E}"),
        ("ago", rf"{_B}{count}\s+{unit}\s+(?:{_alternation(data.get('ago_after'))}){_E}"),
        ("year", rf"{_B}(?:{_alternation(data.get('year_prepositions'))})\s+{year}"),
        ("interval", rf"{_B}{count}\s+{unit}\s+(?P<rel>{_alternation(data.get('interval_after'))}|"
                     rf"{_alternation(data.get('interval_before'))}){_E}"),
    )
    return _Rules(
        months=months,
        not_alone=_folded_set(data, "months_not_alone", "weekdays_not_alone"),
        weekdays=weekdays,
        numeric_order=str(data.get("numeric_order", "dmy")),
        relative_days={fold(k): int(v) for k, v in (data.get("relative_days") or {}).items()},
        relative_periods={fold(k): (str(v[0]), int(v[1]))
                          for k, v in (data.get("relative_periods") or {}).items()},
        anaphoric={fold(k): (str(v[0]), int(v[1]))
                   for k, v in (data.get("anaphoric_periods") or {}).items()},
        told={fold(k): int(v) for k, v in (data.get("told_after") or {}).items()},
        period_units={fold(k): str(v) for k, v in (data.get("period_units") or {}).items()},
        numbers=number_words,
        last=_folded_set(data, "last_before", "last_after"),
        next=_folded_set(data, "next_before", "next_after"),
        after=_folded_set(data, "interval_after"),
        before=_folded_set(data, "interval_before"),
        links=_folded_set(data, "anaphoric_links"),
        patterns=tuple((kind, re.compile(p)) for kind, p in patterns),
        trigger=re.compile(r"\d|" + _B + _alternation(
            [*months, *weekdays, *(data.get("relative_days") or {}),
             *(data.get("relative_periods") or {}), *(data.get("ago_after") or []),
             *(data.get("anaphoric_periods") or {}), *(data.get("interval_after") or []),
             *(data.get("interval_before") or []), *(data.get("ago_before") or []),
             *(data.get("told_after") or {})]) + time_of_day + _E),
        future=re.compile("|".join(data.get("future_markers") or ["(?!)"])),
        past=re.compile("|".join(data.get("past_markers") or ["(?!)"])),
        dateline_after=re.compile(_alternation_of_patterns(data.get("dateline_after"))),
        dateline_label=re.compile(
            rf"^\W*(?:{_alternation(data.get('dateline_labels'))})?\W*$", re.IGNORECASE),
        since=_ending(data.get("since_before")),
        caption=re.compile(_B + _alternation(data.get("caption_words")) + _E),
        infinitive_endings=tuple(sorted({fold(str(e)) for e in data.get("infinitive_endings")
                                         or ()}, key=len, reverse=True)),
        present_endings=_folded_set(data, "present_endings"),
    )


def _alternation_of_patterns(patterns: Any) -> str:
    """A regex alternation of the data's own regular expressions ("" never matches)."""
    kept = [str(p) for p in patterns or () if str(p).strip()]
    return "(?:" + "|".join(f"(?:{p})" for p in kept) + ")" if kept else "(?!)"


def _ending(phrases: Any) -> re.Pattern[str]:
    """Folded phrases ending a stretch of text: a word before a space, an elided one
    ("dall'") right before what follows; nothing matches for no phrases."""
    folded = sorted({fold(str(p)) for p in phrases or () if str(p).strip()}, key=lambda p: -len(p))
    parts = [re.escape(p).replace(r"\ ", r"\s+") + (r"\s+" if p[-1].isalnum() else r"\s*")
             for p in folded]
    return re.compile(rf"(?<!\w)(?:{'|'.join(parts)})$" if parts else "(?!)")  # any script


def _folded_set(data: dict[str, Any], *keys: str) -> frozenset[str]:
    return frozenset(fold(str(w)) for key in keys for w in data.get(key) or ())


def _month_of(rules_: _Rules, name: str) -> int:
    return rules_.months[re.sub(r"\s+", " ", name).rstrip(".")]


@dataclass(frozen=True)
class _Markers:
    """The tense markers of a whole text, found once: ``(start, end, +1 future / -1 past)``.

    A date asks for the marker nearest it in its sentence; looking only at the markers
    around it (by bisection) keeps this linear in the text's length.
    """

    starts: list[int]
    spans: list[tuple[int, int, int]]
    longest: int
    norm: str = ""

    @classmethod
    def of(cls, rules_: _Rules, norm: str, text: str = "",
           to_original: Sequence[int] = ()) -> _Markers:
        """The markers of ``norm``; given the stored ``text`` and where each character of
        ``norm`` comes from in it, a match ending in a name is none (see :func:`_names`)."""
        spans = sorted((m.start(), m.end(), sign)
                       for pattern, sign in ((rules_.future, 1), (rules_.past, -1))
                       for m in pattern.finditer(norm) if m.end() > m.start()
                       and not (to_original and _names(m, text, to_original)))
        longest = max((end - start for start, end, _ in spans), default=0)
        return cls([s for s, _, _ in spans], spans, longest, norm)

    def direction(self, offset: int, lo: int, hi: int, own_end: int = -1) -> int:
        """+1 when the marker nearest ``offset`` inside ``[lo, hi)`` is a future one (a future
        marker wins a tie); -1 otherwise, and with no marker. A marker inside the date itself
        (``offset`` to ``own_end``: Spanish "junio", "domingo" end like a past verb) is none.
        A date whose clause has a marker before it is not told by one after a comma that
        follows it: "will host them on Thursday, his office said" looks ahead."""
        best: tuple[int, int] | None = None  # (distance, -sign)
        n = bisect_right(self.starts, offset)
        for i in range(n - 1, -1, -1):  # markers starting at or before the offset
            start, end, sign = self.spans[i]
            if start < lo or (best is not None and offset - start > best[0] + self.longest):
                break
            if end <= hi and not (start >= offset and end <= own_end):
                best = _nearer(best, (_gap(start, end, offset), -sign))
        before = best is not None
        for i in range(n, len(self.spans)):  # markers starting after it
            start, end, sign = self.spans[i]
            if start >= hi or (best is not None and start - offset > best[0]):
                break
            if before and "," in self.norm[max(offset, own_end):start]:
                break  # another clause: the reporting one after a comma
            if end <= hi and not end <= own_end:
                best = _nearer(best, (_gap(start, end, offset), -sign))
        return 1 if best is not None and best[1] < 0 else -1


def _names(m: re.Match[str], text: str, to_original: Sequence[int]) -> bool:
    """A tense marker holding a name, capitalised inside its sentence, after its first word
    (or as its only word) is no verb: "à Genève jeudi", "à Paris" fold to what reads as "a"
    and a participle; "Ahmed" ends as a past tense does."""
    words = [w for w in re.finditer(r"[^\W\d_]+", m.group())]
    for word in words[1:] or words:
        at = to_original[m.start() + word.start()]
        if at < len(text) and text[at].isupper():
            before = text[max(0, at - 40):at].rstrip()
            if before and (before[-1].isalnum() or before[-1] in ",;"):
                return True
    return False


def _gap(start: int, end: int, offset: int) -> int:
    return min(abs(start - offset), abs(end - offset))


def _nearer(best: tuple[int, int] | None, found: tuple[int, int]) -> tuple[int, int]:
    return found if best is None or found < best else best


def _add_months(year: int, month: int, offset: int) -> tuple[int, int]:
    n = year * 12 + month - 1 + offset
    return n // 12, n % 12 + 1


def _filed_before(day: _Reference, document: _Reference, m: re.Match[str]) -> _Reference:
    """A dateline's day with no year of its own is on or before the reference day (a text is
    filed before it is read or published; one day's grace for time zones): "March 3" read on
    31 December is this year's, not next year's."""
    if day.day is None or document.day is None or m.groupdict().get("y") or \
            day.day <= document.day + timedelta(days=1):
        return day
    try:
        earlier = day.day.replace(year=day.day.year - 1)
    except ValueError:
        return day
    return _Reference(earlier, earlier.year, earlier.month)


def _closest_year(ref: _Reference, month: int, day: int) -> date | None:
    """A day and month without a year: the one closest to the reference day."""
    if ref.day is None:
        if ref.year is None:
            return None
        try:
            return date(ref.year, month, day)
        except ValueError:
            return None
    options = []
    for year in (ref.day.year - 1, ref.day.year, ref.day.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    return min(options, key=lambda d: abs((d - ref.day).days)) if options else None


# A bare weekday told in the past, read against the latest day a text writes (not the day it
# was written): at most this many days before that day, else the one just after it.
WEEKDAY_BACK = 4
WEEKDAY_YEARS = 7  # "Friday, August 8" with no year: the first fitting year from the latest named


def _today() -> date:
    """The day eventwire runs: the latest a text can have been written (tests pin it)."""
    return date.today()


def _year_of_weekday(r: _Rules, weekday_name: str, month: int, day: int,
                     latest_year: int | None) -> date | None:
    """A weekday with a day and month fixes the year, counted from the latest year written.

    In a text that writes no year at all, the year is the latest one, up to today, in which
    that day fell on that weekday (within :data:`WEEKDAY_YEARS`): news is read after it is
    written, and a weekday and a day recur together only years apart.
    """
    weekday = r.weekdays[fold(re.sub(r"\s+", " ", weekday_name))]
    if latest_year is None:
        today = _today()
        years: range = range(today.year, today.year - WEEKDAY_YEARS, -1)
    else:
        years = range(latest_year, latest_year + WEEKDAY_YEARS)
    for year in years:
        found = _safe_date(year, month, day)
        if found is not None and found.weekday() == weekday and (
                latest_year is not None or found <= _today()):
            return found
    return None


def _day(value: date | None) -> tuple[str | None, str | None]:
    return (value.isoformat(), "day") if value else (None, None)


def _resolve(kind: str, m: re.Match[str], r: _Rules, ref: _Reference,
             direction: Callable[[], int]) -> tuple[str | None, str | None, str | None]:
    """``(value, precision, until)`` of one matched phrase."""
    g = m.groupdict()
    if kind in ("iso", "numeric", "numeric_dot"):
        if kind in ("iso", "numeric_dot"):
            y, mo, d = int(g["y"]), int(g["m"]), int(g["d"])
        else:
            a, b = int(g["a"]), int(g["b"])
            mo, d = (a, b) if r.numeric_order == "mdy" else (b, a)
            if mo > 12 >= d:  # "19/03/2025" on an American page: only one order is a day
                mo, d = d, mo
            y = int(g["y"])
        try:
            return (*_day(date(y, mo, d)), None)
        except ValueError:
            return None, None, None
    if kind in ("dmy", "mdy"):
        month, day = _month_of(r, g["m"]), int(g["d"])
        if g.get("y"):
            try:
                return (*_day(date(int(g["y"]), month, day)), None)
            except ValueError:
                return None, None, None
        if ref.day is None and g.get("wd"):
            return (*_day(_year_of_weekday(r, g["wd"], month, day, ref.year)), None)
        return (*_day(_closest_year(ref, month, day)), None)
    if kind in ("range_dmy", "range_mdy", "range_dmdm", "range_mdmd"):
        return _range(g, _month_of(r, g["m"]), ref,
                      _month_of(r, g["m2"]) if g.get("m2") else None)
    if kind == "iso_month":
        return f"{g['y']}-{g['m']}", "month", None
    if kind == "my":
        return f"{int(g['y']):04d}-{_month_of(r, g['m']):02d}", "month", None
    if kind == "year":
        return g["y"], "year", None
    modifier = fold(g.get("pre") or g.get("post") or "")
    step = -1 if modifier in r.last else 1 if modifier in r.next else 0
    if kind == "month":
        if ref.year is None or ref.month is None:
            return None, None, None
        month = _month_of(r, g["m"])
        sign = step or direction()
        delta = (month - ref.month) % 12 if sign > 0 else -((ref.month - month) % 12)
        if step and delta == 0:
            delta = 12 * step
        y, mo = _add_months(ref.year, ref.month, delta)
        return f"{y:04d}-{mo:02d}", "month", None
    if ref.day is None:
        return None, None, None
    if kind in ("weekday", "night"):
        weekday = r.weekdays[fold(re.sub(r"\s+", " ", g["wd"]))]
        sign = step or direction()
        if sign > 0:
            delta = (weekday - ref.day.weekday()) % 7 or (7 if step else 0)
        else:
            delta = -((ref.day.weekday() - weekday) % 7 or (7 if step else 0))
            if ref.at_least and not step and -delta > WEEKDAY_BACK:
                delta += 7  # "March 18 ... On Wednesday": the 19th, not six days before
        return (*_day(ref.day + timedelta(days=delta)), None)
    if kind == "day":
        return (*_day(ref.day + timedelta(days=r.relative_days[_key(g["r"])])), None)
    if kind == "period":
        unit, offset = r.relative_periods[_key(g["p"])]
        return _period(ref.day, unit, offset)
    if kind == "ago":
        n = g["n"]
        amount = int(n) if n.isdigit() else int(r.numbers.get(_key(n), 1))
        unit = r.period_units[_key(g["u"])]
        if unit in ("minute", "hour"):
            return (*_day(ref.day), None)
        if unit in ("day", "week"):
            days = amount * (7 if unit == "week" else 1)
            return (*_day(ref.day - timedelta(days=days)), None)
        if unit == "month":
            y, mo = _add_months(ref.day.year, ref.day.month, -amount)
            return f"{y:04d}-{mo:02d}", "month", None
        return f"{ref.day.year - amount:04d}", "year", None
    return None, None, None


YEAR_GAP = 6  # characters between a day and the year phrase that places it: " del ", " dell'"


def _year_after(r: _Rules, kept: list[tuple[int, int, str, re.Match[str]]], index: int,
                norm: str, ref: _Reference) -> int | None:
    """The year a relative year phrase right after a day gives it ("June 27 last year",
    "27 июня прошлого года", "el 27 de junio del año pasado"), else None."""
    if index + 1 >= len(kept) or ref.day is None:
        return None
    end, (start, _, kind, m) = kept[index][1], kept[index + 1]
    gap = norm[end:start]
    if kind != "period" or len(gap) > YEAR_GAP or any(c.isdigit() or c in ".;:!?" for c in gap):
        return None
    unit, offset = r.relative_periods[_key(m.group("p"))]
    return ref.day.year + offset if unit == "year" else None


def _range(g: dict[str, Any], month: int, ref: _Reference, last_month: int | None = None
           ) -> tuple[str | None, str | None, str | None]:
    """"23-25 March", "30 April to 2 May": the first day as the value, the last as ``until``
    (a year written at the end is the last day's; a range over New Year starts the year
    before)."""
    first, last = int(g["d"]), int(g["d2"])
    last_month = last_month or month
    over_new_year = last_month < month
    if g.get("y"):
        start = _safe_date(int(g["y"]) - over_new_year, month, first)
    else:
        start = _closest_year(ref, month, first)
    end = _safe_date(start.year + over_new_year, last_month, last) if start else None
    if start is None or end is None or end <= start:
        return None, None, None
    return start.isoformat(), "range", end.isoformat()


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _anaphoric(r: _Rules, phrase: str, anchor: DateMention | None, ref: _Reference,
               names_event: bool = False) -> tuple[str | None, str | None, str | None]:
    """"the next year", "that day": counted from the date being talked about; "the day
    after [Trump spoke]" (``names_event``): what it names is counted back from it."""
    unit, offset = r.anaphoric[_key(phrase)]
    offset = -offset if names_event else offset
    value = anchor.value if anchor is not None and anchor.value else None
    if value is None and unit == "day" and offset < 0 and not names_event and ref.day \
            and not ref.at_least:  # "the day before", told first: before the day of writing
        value = ref.day.isoformat()
    if value is None:
        return None, None, None
    base = _Reference.parse(value)
    if unit == "year" and base.year is not None:
        return f"{base.year + offset:04d}", "year", None
    if unit == "month" and base.year is not None and base.month is not None:
        y, mo = _add_months(base.year, base.month, offset)
        return f"{y:04d}-{mo:02d}", "month", None
    if base.day is None:
        return None, None, None
    if unit == "week":
        return _period(base.day, "week", offset)
    return (*_day(base.day + timedelta(days=offset)), None)


def _interval(r: _Rules, m: re.Match[str], anchor: DateMention | None
              ) -> tuple[str | None, str | None, str | None]:
    """"It came a day after [the call]": the call is that long before the date being talked
    about ("two days before [the vote]": after it)."""
    base = _Reference.parse(anchor.value if anchor is not None else None).day
    unit = r.period_units[_key(m.group("u"))]
    if base is None or unit not in ("day", "week"):
        return None, None, None
    n = m.group("n")
    amount = int(n) if n.isdigit() else int(r.numbers.get(_key(n), 1))
    days = amount * (7 if unit == "week" else 1)
    sign = -1 if _key(m.group("rel")) in r.after else 1
    return (*_day(base + timedelta(days=sign * days)), None)


def _told(r: _Rules, m: re.Match[str], anchor: DateMention | None, ref: _Reference
          ) -> tuple[str | None, str | None, str | None]:
    """"A day earlier", "two days later": counted from the date being talked about; with
    none told before, "earlier" counts back from the day of writing, as "ago" does, and
    "later" dates nothing."""
    direction = r.told[_key(m.group("told"))]
    told = _Reference.parse(anchor.value if anchor is not None else None)
    base = told.day if told.day is not None else (ref.day if direction < 0 else None)
    if base is None:
        return None, None, None
    n = m.group("n")
    amount = int(n) if n.isdigit() else int(r.numbers.get(_key(n), 1))
    unit = r.period_units[_key(m.group("u"))]
    if unit in ("minute", "hour"):
        return (*_day(base), None)
    if unit in ("day", "week"):
        days = amount * (7 if unit == "week" else 1)
        return (*_day(base + timedelta(days=direction * days)), None)
    if unit == "month":
        y, mo = _add_months(base.year, base.month, direction * amount)
        return f"{y:04d}-{mo:02d}", "month", None
    return f"{base.year + direction * amount:04d}", "year", None


INTERVAL_REACH = 60  # characters from "13 months after" to the date of what it names


def _counted_from(r: _Rules, m: re.Match[str], named: str | None
                  ) -> tuple[str | None, str | None, str | None]:
    """"It came 13 months after [an attack in October 2023]": with no date talked about
    before it, the phrase dates the story from the date of what it names (2024-11), at the
    precision both allow."""
    base = _Reference.parse(named)
    unit = r.period_units[_key(m.group("u"))]
    n = m.group("n")
    amount = int(n) if n.isdigit() else int(r.numbers.get(_key(n), 1))
    sign = 1 if _key(m.group("rel")) in r.after else -1
    if unit in ("day", "week") and base.day is not None:
        return (*_day(base.day + timedelta(days=sign * amount * (7 if unit == "week" else 1))),
                None)
    if unit in ("month", "year") and base.year is not None:
        if base.month is None:
            return (f"{base.year + sign * amount:04d}", "year", None) if unit == "year" \
                else (None, None, None)
        y, mo = _add_months(base.year, base.month, sign * amount * (12 if unit == "year" else 1))
        return f"{y:04d}-{mo:02d}", "month", None
    return None, None, None


def _named_date(kept: list[tuple[int, int, str, re.Match[str]]], index: int,
                r: _Rules, ref: _Reference, sentence_end: int) -> str | None:
    """The value of the absolute date right after an interval phrase, in its sentence."""
    end = kept[index][1]
    for start, _, kind, m in kept[index + 1:]:
        if start - end > INTERVAL_REACH or start >= sentence_end:
            return None
        if kind in _ABSOLUTE:
            return _resolve(kind, m, r, ref, lambda: -1)[0]
    return None


def dates_an_event(doc: Document, mention: DateMention) -> bool:
    """True for "a day after [the call]": a date of the event named after it, which does
    not set the time of the story (unless it is :func:`counted_from_what_it_names`)."""
    r = rules(_code(doc))
    kind = _relative_kind(r, mention)
    return kind is not None and _names_an_event(r, kind, fold(mention.text),
                                                fold(doc.text[mention.end:mention.end + 3]),
                                                _preposition_next(doc, mention.end)) \
        and not (kind == "interval" and _first_dated(doc, mention))


def counted_from_what_it_names(doc: Document, mention: DateMention) -> bool:
    """True for "[took effect] 13 months after [an attack in October 2023]" with no date
    before it: its value is counted from the date of what it names, and is the story's
    (what came "two years before [the war of 2008]" is background, not the story)."""
    r = rules(_code(doc))
    return _relative_kind(r, mention) == "interval" and mention.value is not None \
        and _counts_after(r, mention.text) and _first_dated(doc, mention)


def _counts_after(r: _Rules, phrase: str) -> bool:
    return any(_key(fold(phrase)).endswith(word) for word in r.after)


def named_by_interval(doc: Document, mention: DateMention) -> DateMention | None:
    """The interval phrase whose named happening a date belongs to: "13 months after" for
    "October 2023" in "13 months after [the attack of October 2023]", in the same sentence
    with no other date between; None for any other date."""
    return _named_by_intervals(doc).get((mention.start, mention.end))


def _named_by_intervals(doc: Document) -> dict[tuple[int, int], DateMention]:
    """Each date named by the interval before it, found once per document (asked per event)."""
    cached = doc.__dict__.get("_named_by_intervals")
    if cached is not None and cached[0] is doc.dates:
        return cached[1]
    r, starts = rules(_code(doc)), [s.start for s in doc.sentences]
    known: dict[tuple[int, int], DateMention] = {}
    for before, mention in zip(doc.dates, doc.dates[1:], strict=False):
        if mention.start - before.end <= INTERVAL_REACH \
                and bisect_right(starts, before.end) == bisect_right(starts, mention.start) \
                and _relative_kind(r, before) == "interval":
            known[(mention.start, mention.end)] = before
    doc.__dict__["_named_by_intervals"] = (doc.dates, known)
    return known


def _relative_kind(r: _Rules, mention: DateMention) -> str | None:
    return next((k for k, pattern in r.patterns if k in ("interval", "anaphoric")
                 and pattern.fullmatch(fold(mention.text))), None)


def _first_dated(doc: Document, mention: DateMention) -> bool:
    """No date with a value is written before the mention (a caption's or a dateline's
    aside): it is counted from nothing told before it."""
    return not any(d.end <= mention.start and d.value and not d.dateline
                   and not in_caption(doc, d.start, d.end) for d in doc.dates)


def _names_an_event(r: _Rules, kind: str, phrase: str, following: str,
                    preposition_next: bool = False) -> bool:
    """"a day after [the call]", "the day after [Trump spoke]": the phrase dates what it
    names next, not the story ("the day after, they met", "the day before at 15:00" date
    the story: a preposition next opens a phrase of its own)."""
    if kind == "interval":
        return True
    words = _key(phrase.strip()).split(" ")
    return (kind == "anaphoric" and words[-1] in r.links
            and bool(re.match(r"\s+\w", following)) and not preposition_next)


def _preposition_next(doc: Document, end: int) -> bool:
    """The parser reads the word after ``end`` (an offset into the text) as a preposition;
    False with no parse."""
    n = bisect_right([s.start for s in doc.sentences], end) - 1
    if n < 0 or end >= doc.sentences[n].end or doc.sentences[n].parse is None:
        return False
    sentence = doc.sentences[n]
    at = end - sentence.parse_start
    token = next((t for t in sentence.parse if t.idx >= at), None)
    return token is not None and token.pos_ == "ADP"


CAPTION_LENGTH = 400  # characters: a longer line is a paragraph of the story, not a caption


def in_caption(doc: Document, start: int, end: int) -> bool:
    """True for a date in a photo caption ("This combination of pictures created on ...",
    "Фото: ..."): a short line naming a picture, which tells when it was taken, not the
    story's time; it dates no event and does not say when the text was written."""
    line_start = doc.text.rfind("\n", 0, start) + 1
    line_end = doc.text.find("\n", end)
    line = doc.text[line_start: len(doc.text) if line_end < 0 else line_end]
    return len(line) <= CAPTION_LENGTH and bool(rules(_code(doc)).caption.search(fold(line)))


SINCE_REACH = 30  # characters before a date where its "since" may stand


def starts_a_state(doc: Document, mention: DateMention) -> bool:
    """True for a date after "since" ("a ban in place since 1992", "the first talks since
    2022"): when something began to hold, which dates no event told in the past."""
    before = fold(doc.text[max(0, mention.start - SINCE_REACH): mention.start])
    return bool(rules(_code(doc)).since.search(before))


def looks_ahead(doc: Document, mention: DateMention) -> bool:
    """True when the tense marker nearest a date in its sentence is a future one ("will
    exchange prisoners on Wednesday"): the date of a plan, not of the telling."""
    known: dict[int, bool] = doc.__dict__.setdefault("_looks_ahead", {})  # asked per event
    if mention.start not in known:
        known[mention.start] = _looks_ahead(doc, mention)
    return known[mention.start]


def _looks_ahead(doc: Document, mention: DateMention) -> bool:
    view: TextView = doc.view if doc.view is not None else TextView.of(doc.text)
    at = view.view_offset(mention.start)
    n = bisect_right([s.start for s in doc.sentences], mention.start) - 1
    sentence = doc.sentences[n] if n >= 0 and mention.start < doc.sentences[n].end else None
    lo, hi = ((view.view_offset(sentence.start), view.view_offset(sentence.end))
              if sentence is not None else (0, len(view.norm)))
    markers = _Markers.of(rules(_code(doc)), view.norm[lo:hi], doc.text,
                          view.to_original[lo:hi])
    return markers.direction(at - lo, 0, hi - lo, view.view_offset(mention.end) - lo) > 0 \
        or told_as_arranged(doc, mention.start, mention.end)


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", text)


# Relations by which a date hangs on a verb itself ("accueille vendredi", "am Freitag", "в
# пятницу"; a day is never a verb's object or complement, so a parse that says so means its
# time: "acoge el viernes", "ospita venerdì"), and by which it names what a verb's object is
# ("is hosting Friday's talks")
_ON_THE_VERB = frozenset({"obl", "advmod", "nmod", "obj", "xcomp", "iobj"})
_OF_THE_OBJECT = frozenset({"nmod", "obl"})


def told_as_arranged(doc: Document, start: int, end: int) -> bool:
    """True when the tree hangs a date on a verb told in the present (the morphology's
    ``Tense=Pres``, finite), or names with it the object of a progressive (a present
    participle or gerund under a present auxiliary): what is done on a day written with the
    present is arranged for it, today or ahead ("Norway hosts the talks on Friday", "which is
    hosting Friday's talks", "accueille vendredi", "richtet am Freitag aus", "ospita venerdì",
    "в пятницу проводит"). A perfect's present auxiliary ("a accueilli", "hat ... ausgerichtet")
    leaves its participle in the past; with no parse nothing is arranged."""
    n = bisect_right([s.start for s in doc.sentences], start) - 1
    if n < 0 or start >= doc.sentences[n].end or doc.sentences[n].parse is None:
        return False
    sentence = doc.sentences[n]
    lo, hi = start - sentence.parse_start, end - sentence.parse_start
    token = next((t for t in sentence.parse if lo <= t.idx < hi), None)
    if token is None:
        return False
    for _ in range(hi - lo):  # the top of the date phrase
        if token.head.i == token.i or not lo <= token.head.idx < hi:
            break
        token = token.head
    relation, head = token.dep_.split(":")[0], token.head
    if head.i == token.i or relation not in _ON_THE_VERB:
        return False
    if head.pos_ == "AUX" and head.dep_.split(":")[0] == "aux" and head.head.i != head.i:
        head = head.head  # "haben am Mittwoch ... unterzeichnet": the day hung on the auxiliary
    if head.pos_ in ("VERB", "AUX"):
        if _speech_verb(_code(doc), fold(head.text)) or _said_act(_code(doc), head):
            return False  # "says on Monday", "accuse lundi": the day of saying, today or gone
        return (_present(head) and _present_form(_code(doc), head)) or _progressive(head)
    return (relation in _OF_THE_OBJECT and head.dep_.split(":")[0] == "obj"
            and head.head.pos_ in ("VERB", "AUX") and _progressive(head.head))


@lru_cache(maxsize=32)
def _speech_words(code: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The one-word speech verbs of a language's statement cues ("says", "affirme",
    "заявил*"): whole forms, and the beginnings of those ending in "*"."""
    words = [fold(str(w)) for w in lang.section(code, "speech").get("verbs") or ()
             if " " not in str(w).strip()]
    return (frozenset(w for w in words if not w.endswith("*")),
            tuple(w[:-1] for w in words if w.endswith("*") and len(w) > 1))


@lru_cache(maxsize=32)
def _said_acts(code: str) -> frozenset[str]:
    return frozenset(fold(str(w)) for w in lang.section(code, "dates").get("said_acts") or ())


@lru_cache(maxsize=32)
def _verb_lemmas(code: str) -> dict[str, str]:
    """A verb's form whose dictionary lemma is a noun, and the verb's lemma ("accusa":
    "accusare"), from the language's predicates."""
    data = lang.section(code, "predicates").get("verb_lemmas") or {}
    return {fold(str(k)): fold(str(v)) for k, v in data.items()}


def _said_act(code: str, verb: Any) -> bool:
    """A verb that is an act of saying ("accuse", "rejeter"), by its lemma, the parser's or
    the dictionary's (the Spanish parser gives "acusa" as "acuso"; the Italian dictionary,
    the noun "accusa"): its present with a day tells when it was said, not an arrangement."""
    from eventwire.lang.lemmas import lemmatize

    acts, verbs = _said_acts(code), _verb_lemmas(code)
    for lemma in (fold(verb.lemma_), fold(lemmatize(verb.text, code))):
        if lemma in acts or verbs.get(lemma) in acts:
            return True
    return False


def _speech_verb(code: str, form: str) -> bool:
    whole, beginnings = _speech_words(code)
    return form in whole or form.startswith(beginnings)


def _present(verb: Any) -> bool:
    """A finite verb in the present, with no auxiliary of another tense."""
    return (verb.morph.get("Tense") == ["Pres"]
            and not set(verb.morph.get("VerbForm")) & {"Part", "Ger", "Inf"}
            and not any(_aux_tense(c) - {"Pres"} for c in verb.children))


def _present_form(code: str, verb: Any) -> bool:
    """The verb's form is a present by its ending after its dictionary lemma's stem, where the
    data asks for that check (a parser that reads "griff" and "vereinbarten" as presents,
    and gives them as their own lemmas)."""
    r = rules(code)
    if not r.present_endings:
        return True
    from eventwire.lang.lemmas import lemmatize

    lemma, form = fold(lemmatize(verb.text, code)), fold(verb.text)
    ending = next((e for e in r.infinitive_endings if lemma.endswith(e)), "")
    stem = lemma[: len(lemma) - len(ending)]
    return bool(stem) and form.startswith(stem) and form[len(stem):] in r.present_endings


def _progressive(verb: Any) -> bool:
    """A present participle or gerund under a present auxiliary ("is hosting")."""
    forms = set(verb.morph.get("VerbForm"))
    if not (forms & {"Ger"} or (forms & {"Part"} and verb.morph.get("Tense") == ["Pres"])):
        return False
    tenses = [_aux_tense(c) for c in verb.children if c.dep_.split(":")[0] == "aux"]
    return bool(tenses) and all(t == {"Pres"} for t in tenses)


def _aux_tense(token: Any) -> set[str]:
    return set(token.morph.get("Tense")) if token.dep_.split(":")[0] == "aux" else set()


def _period(ref: date, unit: str, offset: int) -> tuple[str | None, str | None, str | None]:
    """"last week": its Monday, with its Sunday as ``until``; "last weekend": the Saturday
    and Sunday of the week before (a range); months and years by precision."""
    if unit == "weekend":
        saturday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=offset, days=5)
        return saturday.isoformat(), "range", (saturday + timedelta(days=1)).isoformat()
    if unit == "week":
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=offset)
        return monday.isoformat(), "day", (monday + timedelta(days=6)).isoformat()
    if unit == "month":
        y, mo = _add_months(ref.year, ref.month, offset)
        return f"{y:04d}-{mo:02d}", "month", None
    return f"{ref.year + offset:04d}", "year", None


def _span(kind: str, m: re.Match[str]) -> tuple[int, int]:
    """The phrase without a leading preposition ("en août dernier" -> "août dernier")."""
    start, end = m.span()
    if kind == "year":
        start = m.start("y")
    elif kind == "month" and m.group("prep") and not m.group("pre"):
        start = m.start("m")
    elif kind == "weekday" and m.group("wprep") and not m.group("pre"):
        start = m.start("wd")
    text = m.group()
    if text.endswith(")") and "(" not in text:
        end -= len(text) - len(text[:-1].rstrip())
    return start, end


WINDOW_BEFORE, WINDOW_AFTER = 40, 60  # characters of context a date phrase can take


def _windows(trigger: re.Pattern[str], norm: str) -> list[tuple[int, int]]:
    """Stretches around digits and date words: the only places worth running patterns on.

    Date patterns start with optional words, which defeats the regex engine's fast scan;
    running them on these stretches only keeps dates well under a millisecond a page.
    """
    windows: list[tuple[int, int]] = []
    for match in trigger.finditer(norm):
        lo = max(0, match.start() - WINDOW_BEFORE)
        hi = min(len(norm), match.end() + WINDOW_AFTER)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    return windows


_NAMED = {"month": "m", "my": "m", "mdy": "m", "weekday": "wd", "night": "wd", "range_mdy": "m",
          "range_mdmd": "m"}
_NOT_DATES = frozenset({"clock"})  # matched to keep their digits from other patterns only
_ABSOLUTE = frozenset({"iso", "iso_month", "numeric", "numeric_dot", "dmy", "mdy", "my", "year",
                       "range_dmy", "range_mdy", "range_dmdm", "range_mdmd"})
DATELINE_REACH = 300  # characters from the start of a text or passage a dateline may sit
LABEL_REACH = 40  # "date 2025-03-18 ...": a labelled date this close to the start


def _capital(doc: Document, view: TextView, m: re.Match[str], kind: str) -> bool:
    """In languages that capitalise month and day names, "may" and "march" are verbs."""
    start = m.start(_NAMED[kind])
    return doc.text[view.to_original[start]].isupper()


def _datelines(doc: Document, view: TextView, r: _Rules,
               kept: list[tuple[int, int, str, re.Match[str]]], captions: set[int],
               document: _Reference) -> tuple[dict[int, tuple[int, _Reference]], set[int]]:
    """The day each dateline gives, by the passage it files (where the dateline ends, and
    the day): the first date of a passage that files it, as "KYIV, May 4 (Wire) -" files
    an article and each entry of a live blog written by wires files that entry. A caption's
    date before it is the picture's ("Photo taken on ...\nMay 4, 2025").

    Dates written one after the other in a header (a scraper's day, then the page's byline:
    "date 2025-03-20 03/19/2025"; "Published 19 March 2025 Updated 20 March 2025") are one
    dateline: the earliest is the day of writing, a later one an update or the day a page was
    read. Also returns where the others start: they date nothing."""
    found: dict[int, tuple[int, _Reference]] = {}
    others: set[int] = set()
    tried: set[int] = set()
    for index, (start, end, kind, m) in enumerate(kept):
        o_start, o_end = view.original_span(start, end)
        passage = doc.passage_at(o_start) if doc.passages else 0
        if passage in tried or (start in captions and not is_dateline(doc, o_start, o_end)):
            continue
        if kind in _ABSOLUTE and is_dateline(doc, o_start, o_end):
            tried.add(passage)
            run = [(o_start, o_end, _dateline_day(r, kind, m, document))]
            for next_start, next_end, next_kind, next_m in kept[index + 1:]:
                n_start, n_end = view.original_span(next_start, next_end)
                gap = doc.text[run[-1][1]:n_start]
                if next_kind not in _ABSOLUTE or not _header_gap(r, gap) or (
                        "\n" in gap and not is_dateline(doc, n_start, n_end)):
                    break  # a date opening the story's first line is no part of the header
                run.append((n_start, n_end, _dateline_day(r, next_kind, next_m, document)))
            days = [entry for entry in run if entry[2].day is not None]
            if days:
                first = min(days, key=lambda entry: (entry[2].day, entry[0]))
                found[passage] = (first[1], first[2])
                others |= {entry[0] for entry in run if entry[0] != first[0]}
            if not doc.passages or len(doc.passages) == 1:
                break
    return found, others


def _dateline_day(r: _Rules, kind: str, m: re.Match[str], document: _Reference) -> _Reference:
    value, _, _ = _resolve(kind, m, r, document, lambda: -1)
    return _filed_before(_Reference.parse(value), document, m)


# A clock time between the dates of a header ("19.03.2025 14:05, updated 20.03.2025")
# ("Publié le 19/03/2025 à 14h05 Mis à jour le ...": a short word or two may lead it in)
_HEADER_CLOCK = re.compile(r"(?:(?<![^\W\d_])[^\W\d_]{1,4}\s+){0,2}\d{1,2}[:.h]\d{2}(?::\d{2})?"
                           r"(?:\s*(?:[aApP]\.?\s?[mM]\b\.?|[^\W\d_a-zß-ÿа-яёіїєґ]{2,4}\b))*")
HEADER_GAP = 40  # characters between two dates of one header


def _header_gap(r: _Rules, between: str) -> bool:
    """What may stand between two dates of one header: nothing, punctuation, a clock time,
    a label ("Updated:", "Mis à jour le")."""
    if len(between) > HEADER_GAP or "\n\n" in between:
        return False
    rest = fold(_HEADER_CLOCK.sub(" ", between))
    # a short word may follow the clock time ("09:12 Uhr | Zuletzt aktualisiert:")
    return bool(r.dateline_label.match(rest) or r.dateline_label.match(_SHORT_WORD.sub("", rest)))


_SHORT_WORD = re.compile(r"^\W*[^\W\d_]{1,3}(?![^\W\d_])")


def _month_header(doc: Document, view: TextView, r: _Rules,
                  kept: list[tuple[int, int, str, re.Match[str]]],
                  captions: set[int]) -> tuple[int, str] | None:
    """Where a header that gives only the month of writing starts, and that month: the
    text's first date, alone or labelled at its start ("date 2024-11", "Published March
    2025"). A month stays a month: the day is never guessed."""
    for start, end, kind, m in kept:
        if start in captions:
            continue
        o_start, o_end = view.original_span(start, end)
        if kind not in _ABSOLUTE or kind == "year" or _told_before(doc, 0, o_start) > \
                DATELINE_REACH or not is_dateline(doc, o_start, o_end):
            return None  # only the text's own head, not a later entry's
        value, _, _ = _resolve(kind, m, r, _Reference(None, None, None), lambda: -1)
        return (o_start, value) if value is not None and len(value) == 7 else None
    return None


def _heads(doc: Document, passage: int, end: int) -> int:
    """The passage a dateline ending at ``end`` in ``passage`` dates from: the next one when
    nothing of its own passage follows it (a day heading the entries below it), else its own."""
    if passage + 1 < len(doc.passages) and not doc.text[end:doc.passages[passage].end].strip():
        return passage + 1
    return passage


def dated_passage(doc: Document, mention: DateMention) -> int:
    """The passage a dateline dates (see :func:`_heads`)."""
    return _heads(doc, doc.passage_at(mention.start) if doc.passages else 0, mention.end)


def _iso(day: _Reference) -> str:
    assert day.day is not None
    return day.day.isoformat()


def _references(doc: Document, document: _Reference) -> list[_Reference]:
    refs = []
    for passage in doc.passages:
        own = _Reference.parse(passage.published)
        refs.append(own if own.day else document)
    return refs or [document]


def is_dateline(doc: Document, start: int, end: int) -> bool:
    """A date that files the text: "KYIV, May 4 (Wire) -", or a line holding only a date
    (after a day's short name, before a clock time: "Tue 18 Mar 2025 10.05 GMT").

    It must sit near the start of the document or of a passage: after a place and a comma
    and before an agency mark from the language's data, after a label ("Published:"), or
    alone on its line.
    """
    r = rules(_code(doc))
    origin = doc.passages[doc.passage_at(start)].start if doc.passages else 0
    if _told_before(doc, origin, start) > DATELINE_REACH \
            and _told_before(doc, 0, start) > DATELINE_REACH:
        return False
    line_start = doc.text.rfind("\n", 0, start) + 1
    line_end = doc.text.find("\n", end)
    before = doc.text[line_start:start]
    after = doc.text[end: len(doc.text) if line_end < 0 else line_end]
    place = before.strip(" \t*•-–—([")
    if before.strip() and r.dateline_label.match(fold(before)) \
            and start - line_start <= LABEL_REACH:  # labels are data, folded ("Publié le")
        return True
    if in_caption(doc, start, end):
        return False
    if (place[:1].isupper() and _PLACE_COMMA.match(before) or not before.strip()) \
            and r.dateline_after.match(after):  # "KYIV, May 4 (Wire) -", "May 4 (Wire) -"
        return True
    return (not before.strip() or bool(_SHORT_DAY.match(before))) \
        and (not after.strip() or bool(_CLOCK_ONLY.match(after)))


def _told_before(doc: Document, origin: int, start: int) -> int:
    """Characters from ``origin`` to ``start`` but for photo captions' lines: a byline's date
    under a headline and a caption ("Photo shows ...\nBy Newsroom\nMar 18, 2025 8:42 PM")
    still heads the text."""
    if start - origin <= DATELINE_REACH:
        return start - origin
    r = rules(_code(doc))
    lines = doc.text[origin:start].split("\n")
    return start - origin - sum(len(line) for line in lines[:-1]
                                if len(line) <= CAPTION_LENGTH and r.caption.search(fold(line)))


# What may stand before a date alone on its line: a day's short name ("Tue 18 Mar 2025 10.05")
_SHORT_DAY = re.compile(r"^\s*[^\W\d_]{2,4}\.?,?\s*$")
# "MOSCOW, ", "КИЇВ, ", "NEW YORK, ", "Москва. " (Interfax), "(ANSA) - ROMA, ": up to four
# words of a place, capitalised, then a comma or a full stop, after the agency's mark
_PLACE_COMMA = re.compile(r"^\s*(?:\([^()\n]{1,30}\)\s*[-–—]+\s*)?\W*"
                          r"(?:[^\W\d_][\w.'’-]*\s*){1,4}(?<!\.\s)[,.]\s*$")
# What may follow a date alone on its line: a clock time, with a separator or a short word
# before it ("- 14:35", "| 2:05 PM", "ore 14:35", "at 2:05 p.m. ET", "14.05 GMT", "14:35 Uhr")
_CLOCK_ONLY = re.compile(r"^[\s,|·•–—-]*(?:[^\W\d_]{1,3}\s+)?(?:\d{1,2}[:.h]\d{2}(?::\d{2})?"
                         r"(?:[\s.]*[^\W\d_]{1,4}){0,3}[\s.)]*)?$")


def _code(doc: Document) -> str:
    return doc.language if lang.section(doc.language, "dates_cldr") else lang.FALLBACK


def find_dates(doc: Document) -> None:
    """Fill ``doc.dates`` with every date phrase, longest first where phrases overlap."""
    view: TextView = doc.view if doc.view is not None else TextView.of(doc.text)
    code = _code(doc)
    r = rules(code)
    norm = view.norm
    candidates: list[tuple[int, int, int, str, re.Match[str]]] = []
    capitalized = bool(lang.section(code, "language").get("capitalized_date_names"))
    windows = _windows(r.trigger, norm)
    for priority, (kind, pattern) in enumerate(r.patterns):
        for m in (m for lo, hi in windows for m in pattern.finditer(norm, lo, hi)):
            if kind in ("month", "weekday") and _alone(m) \
                    and _key(m.group(_NAMED[kind])) in r.not_alone:
                continue  # "May" alone is too often another word; "a July meeting" is a date
            if capitalized and kind in _NAMED and not _capital(doc, view, m, kind):
                continue
            start, end = _span(kind, m)
            candidates.append((start, -(end - start), priority, kind, m))
    candidates.sort(key=lambda c: c[:3])
    kept: list[tuple[int, int, str, re.Match[str]]] = []
    last_end = -1
    for start, negative_length, _, kind, m in candidates:
        if start >= last_end:
            last_end = start - negative_length
            if kind not in _NOT_DATES:
                kept.append((start, last_end, kind, m))
    doc.dates = _resolved(doc, view, r, kept)


def _alone(m: re.Match[str]) -> bool:
    """A month or day name with no word that makes it a date ("in May", "в среду")."""
    return not any(m.groupdict().get(g) for g in ("pre", "prep", "wprep", "post"))


def _inferred(r: _Rules, kept: list[tuple[int, int, str, re.Match[str]]],
              known: _Reference, ahead: Callable[[int], bool]) -> _Reference:
    """The day of writing, when the reference date does not give it: the latest day the
    text writes that fits what is known of it ("2024-11": a day of November 2024), but
    for a day told in the future tense (``ahead`` of its offset: "will meet on June 20").

    News is written on or soon after the latest day it names; "Tuesday" and "2 June" are
    read against that day rather than left without a value. A day written without a year
    takes the known year, else the latest year the text writes with a month ("August 8"
    beside "March 2025"; a year alone, "in 2023", "since 1992", is background far more often
    than the story's), else, with a weekday, the year that weekday fixes ("Friday, August 8").
    """
    none = _Reference(None, None, None)
    years = []
    for _, _, kind, m in kept:
        if kind in _ABSOLUTE and kind != "year" and m.groupdict().get("y"):
            years.append(_Reference.parse(_resolve(kind, m, r, none, lambda: -1)[0]).year)
    year = known.year or max((y for y in years if y is not None), default=None)
    base = _Reference(None, year, None)
    latest: date | None = None
    for start, _, kind, m in kept:
        if kind not in _ABSOLUTE or ahead(start):
            continue
        found = _Reference.parse(_resolve(kind, m, r, base, lambda: -1)[0]).day
        if found is None or (known.year and found.year != known.year) or (
                known.month and found.month != known.month):
            continue
        latest = found if latest is None else max(latest, found)
    if latest is not None:
        return _Reference(latest, latest.year, latest.month, at_least=True)
    return known if known.year is not None else base


def _story_month(r: _Rules, kept: list[tuple[int, int, str, re.Match[str]]],
                 bounds: list[tuple[int, int]], given: _Reference) -> _Reference | None:
    """The month of the story in a text that gives no day of its own: the month an interval
    counts from a date it names when nothing is dated before it ("took effect 13 months
    after [an attack in October 2023]": November 2024), so that "in September" later on is
    September 2024. None for any other text, or for a month outside the year given."""
    starts = [b[0] for b in bounds]
    for index, (start, _, kind, m) in enumerate(kept):
        if kind in _ABSOLUTE:
            return None
        if kind != "interval":
            continue
        if _key(m.group("rel")) not in r.after:
            return None  # "two years before [the war]": what it dates is background
        n = bisect_right(starts, start) - 1
        sentence_end = bounds[n][1] if n >= 0 else start
        value, _, _ = _counted_from(r, m, _named_date(kept, index, r, given, sentence_end))
        story = _Reference.parse(value)
        if story.month is None or (given.year is not None and story.year != given.year):
            return None
        return _Reference(None, story.year, story.month)
    return None


def _resolved(doc: Document, view: TextView, r: _Rules,
              kept: list[tuple[int, int, str, re.Match[str]]]) -> list[DateMention]:
    """Values for the kept phrases: the dateline first, since it anchors what follows it."""
    norm = view.norm
    bounds = sorted((view.view_offset(s.start), view.view_offset(s.end)) for s in doc.sentences)
    starts = [b[0] for b in bounds]
    found_markers: list[_Markers] = []  # the tense markers, found on the first question

    def markers_direction(offset: int, lo: int, hi: int, own_end: int = -1) -> int:
        if not found_markers:
            found_markers.append(_Markers.of(r, norm, doc.text, view.to_original))
        return found_markers[0].direction(offset, lo, hi, own_end)
    captions = {start for start, end, _, _ in kept
                if in_caption(doc, *view.original_span(start, end))}

    def ahead(offset: int) -> bool:
        n = bisect_right(starts, offset) - 1
        lo, hi = bounds[n] if n >= 0 else (0, len(norm))
        return markers_direction(offset, lo, hi) > 0

    given = document = _Reference.parse(doc.reference_date)
    header = _month_header(doc, view, r, kept, captions)
    if header is not None and not doc.published \
            and not (doc.reference_date or "").startswith(header[1]):
        given = document = _Reference.parse(header[1])  # the text's own month wins a guess
    if document.day is None:
        document = _inferred(r, [k for k in kept if k[0] not in captions], document, ahead)
    if document.month is None:
        document = _story_month(r, [k for k in kept if k[0] not in captions], bounds,
                                given) or document
    datelines, later = _datelines(doc, view, r, kept, captions, document)
    dateline = datelines.get(min(datelines)) if datelines else None  # the text's first
    # where each dateline's day starts: its own passage, or the next one for a day written
    # alone at the end of a passage (a live blog's day heading over the entries below it)
    days = {_heads(doc, n, end): day for n, (end, day) in datelines.items()}
    if len(doc.passages) > 1 and not doc.metadata.get("liveblog_entries") and days:
        from eventwire.text.passages import date_passages

        date_passages(doc, doc.reference_date, {n: _iso(day) for n, day in days.items()})
    refs = _references(doc, document)
    for n, day in days.items():
        if n < len(refs) and refs[n] is document:
            refs[n] = day
    found: list[DateMention] = []
    anchor: DateMention | None = None  # the latest date written, for "the next year"
    for index, (start, end, kind, m) in enumerate(kept):

        def direction(offset: int = start, own_end: int = end) -> int:
            n = bisect_right(starts, offset) - 1
            lo, hi = bounds[n] if n >= 0 else (0, len(norm))
            if told_as_arranged(doc, *view.original_span(offset, own_end)):
                return 1
            return markers_direction(offset, lo, hi, own_end)

        o_start, o_end = view.original_span(start, end)
        passage = doc.passage_at(o_start) if doc.passages else 0
        ref = refs[passage] if passage < len(refs) else refs[0]
        if dateline is not None and o_start >= dateline[0] and ref is document:
            ref = dateline[1]
        names_an_event = _names_an_event(r, kind, m.group(), norm[end:end + 3],
                                         kind == "anaphoric" and _preposition_next(doc, o_end))
        if kind == "anaphoric":
            value, precision, until = _anaphoric(r, m.group("a"), anchor, ref, names_an_event)
        elif kind == "interval" and anchor is None:
            n = bisect_right(starts, start) - 1
            sentence_end = bounds[n][1] if n >= 0 else len(norm)
            value, precision, until = _counted_from(
                r, m, _named_date(kept, index, r, ref, sentence_end))
        elif kind == "interval":
            value, precision, until = _interval(r, m, anchor)
        elif kind == "told":
            value, precision, until = _told(r, m, anchor, ref)
        else:
            value, precision, until = _resolve(kind, m, r, ref, direction)
            year = _year_after(r, kept, index, norm, ref) if kind in ("dmy", "mdy") \
                and not m.group("y") else None
            if year is not None:
                day = _safe_date(year, _month_of(r, m.group("m")), int(m.group("d")))
                value, precision = _day(day) if day else (value, precision)
        mention = DateMention(o_start, o_end, doc.text[o_start:o_end], value,
                              precision, until=until)  # type: ignore[arg-type]
        own = datelines.get(passage)
        if own is not None and o_end == own[0]:
            mention.dateline = True
            mention.value = _iso(own[1])
        elif o_start in later:  # a header's later day: an update, not the day of writing
            mention.dateline = True
            mention.value, mention.precision, mention.until = None, None, None
        elif header is not None and o_start == header[0]:  # "date 2024-11": written that month
            mention.dateline = True
            if given.day is not None:  # a day of writing known otherwise says more
                mention.value, mention.precision = None, None
        elif value is not None and not names_an_event and start not in captions:
            anchor = mention
        found.append(mention)
    return found
