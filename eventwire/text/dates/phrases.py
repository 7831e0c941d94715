"""A language's date phrases as data, compiled into the patterns that find them (month and
weekday names, relative words, ranges, nights, clock times), and what is known of a
reference date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from eventwire import lang
from eventwire.model import Document
from eventwire.text.view import fold

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
    numeric_order_varies: bool  # "5/4" is May 4 on one page, 5 April on another
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
    # what joins a bare number to another ("2000 bis 3000"): it is a count, not a year
    bare_year_links: re.Pattern[str] = re.compile("(?!)")


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
    # a word before a range, or its elided form that holds the first day ("dall'8 al 10")
    range_before = rf"(?:{_B}{_alternation(data.get('range_before'))}(?:\s+|(?<=')))?"
    range_link = rf"\s*{_alternation(data.get('range_links'))}\s*"
    clock = _alternation_of_patterns(data.get("clock_times"))
    # an article before a night's day ("nella notte tra il 10 e l'11 maggio")
    night_article = rf"(?:{_alternation(data.get('night_day_articles'))}(?:\s+|(?<=')))?"
    number_words = {fold(str(k)): float(v) for k, v in (numbers.get("words") or {}).items()
                    if " " not in str(k)}
    number_words.update({fold(a): 1.0 for a in numbers.get("articles") or ()})
    count = rf"(?P<n>\d{{1,3}}|{_alternation(number_words)})"
    unit = rf"(?P<u>{_alternation(data.get('period_units'))})"
    patterns = (
        ("clock", rf"{_B}{clock}"),
        # "the night of 10 to 11 May", "dans la nuit du 10 au 11 mai", "в ночь с 10 на 11
        # мая": a night named by two days is the second's, one day, not a range
        ("night_dmy", rf"{_B}(?:{_alternation(data.get('night_before'))})\s+{night_article}"
                      rf"\d{{1,2}}(?:{suffix})?\s+(?:{_alternation(data.get('night_links'))})\s+"
                      rf"{night_article}(?P<d>\d{{1,2}})(?:{suffix})?\s+{dm_link}(?P<m>{month_any})"
                      rf"(?![a-z])(?:[\s,]+{my_link}{year})?"),
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
        # "on the 4th", "el día 4", "il giorno 4", "am 4. dieses Monats", "4-го числа": a
        # day of the month being written in, no month named (not "on the 4th of May")
        ("day_of_month", rf"(?:{_B}(?:{_alternation(data.get('day_of_month_before'))})\s+"
                         rf"(?P<d>\d{{1,2}}){suffix if data.get('day_suffixes') else ''}"
                         rf"|{_B}(?P<d2>\d{{1,2}})(?:{suffix})?\s+"
                         rf"(?:{_alternation(data.get('day_of_month_after'))})){_E}"
                         rf"(?!\s+(?:[^\W\d_]{{1,3}}\s+)?{month_any}(?![a-z]))(?![.,/:]?\d)"),
        # "on 5/4", "am 5.4.", "el 5/4": a day and a month in numbers without a year, in the
        # page's order (`numeric_order`; `numeric_order_varies`: only as the page's own
        # full numeric dates show it)
        ("numeric_dm", rf"{_B}(?:{_alternation(data.get('numeric_day_prepositions'))})\s+"
                       rf"(?P<a>\d{{1,2}})(?:{_alternation(data.get('numeric_day_separators'))})"
                       rf"(?P<b>\d{{1,2}})(?![\d/]|[.,]\d)(?!\s*%)"),
        ("anaphoric", rf"{_B}(?P<a>{_alternation(data.get('anaphoric_periods'))}){_E}"),
        ("month", rf"{pre}(?:{_B}(?P<prep>{_alternation(data.get('month_prepositions'))})\s+)?"
                  rf"{_B}(?P<m>{month_wide}){_E}{post}"),
        ("weekday", rf"{pre}(?:{_B}(?P<wprep>{_alternation(data.get('weekday_prepositions'))})"
                    rf"\s+)?{_B}(?P<wd>{weekday}){time_of_day}{_E}{post}"),
        # "the night of Sunday to Monday", "dans la nuit de dimanche à lundi": the second day
        ("night", rf"{_B}(?:{_alternation(data.get('night_before'))})\s+{weekday}\s+"
                  rf"(?:{_alternation(data.get('night_links'))})\s+(?P<wd>{weekday}){_E}"),
        # "overnight", "dans la nuit", "ночью": the night ending on the day the sentence tells;
        # not where a weekday or a day's number follows: "dans la nuit de dimanche à lundi",
        # "nella notte tra sabato e domenica", "nella notte tra il 10 e l'11 maggio", "in der
        # Nacht zum Donnerstag" are their own
        ("overnight", rf"{_B}(?:{_alternation(data.get('overnight'))}){_E}"
                      rf"(?!\s+(?:[^\W\d_]{{1,4}}\s+){{0,2}}(?:{weekday}|\d))"),
        ("period", rf"{_B}(?P<p>{_alternation(data.get('relative_periods'))}){_E}"),
        # "at the weekend", "am Wochenende", "в выходные": the last one told in the past,
        # the next one ahead
        ("weekend", rf"{_B}(?:{_alternation(data.get('weekend_told'))}){_E}"),
        ("day", rf"{_B}(?P<r>{_alternation(data.get('relative_days'))}){_E}"),
        ("told", rf"{_B}{count}\s+{unit}\s+(?P<told>{_alternation(data.get('told_after'))}){_E}"),
        # "a year ago today", "heute vor einem Jahr", "ровно год назад": that very day
        ("ago", rf"{_B}(?P<exact>{_alternation(data.get('ago_exact_before'))})\s+"
                rf"(?:(?P<ab>{_alternation(data.get('ago_before'))})\s+)?(?:{count}\s+)?{unit}"
                rf"(?(ab)|\s+(?:{_alternation(data.get('ago_after'))})){_E}"),
        ("ago", rf"{_B}(?:(?P<ab>{_alternation(data.get('ago_before'))})\s+)?{count}\s+{unit}"
                rf"(?(ab)|\s+(?:{_alternation(data.get('ago_after'))}))\s+"
                rf"(?P<exact>{_alternation(data.get('ago_exact_after'))}){_E}"),
        ("ago", rf"{_B}(?:{_alternation(data.get('ago_before'))})\s+{count}\s+{unit}{_E}"),
        ("ago", rf"{_B}{count}\s+{unit}\s+(?:{_alternation(data.get('ago_after'))}){_E}"),
        # "in two weeks", "dans deux jours", "через две недели": that long after the day of
        # writing; not "in two days of fighting", "через две недели после [the vote]"
        ("ahead", rf"{_B}(?:{_alternation(data.get('ahead_before'))})\s+{count}\s+{unit}{_E}"
                  rf"(?!\s+{_alternation(data.get('ahead_not_followed_by'))}{_E})"),
        ("year", rf"{_B}(?:{_alternation(data.get('year_prepositions'))})\s+{year}"),
        # a year with no preposition ("unterzeichneten 2023 ein Abkommen"), where the language
        # writes years so (`bare_years`); not inside a number, a range or a season ("2023/24")
        ("bare_year", r"(?<![\d.,/:–-])(?P<y>(?:19|20)\d{2})(?![\d.,:/–-]?\d)"
                      if data.get("bare_years") else "(?!)"),
        # "a truce for 60 days after the talks", "на 60 дней после": a length, not an interval
        ("duration", rf"{_B}{_not_after(data.get('duration_not_after'))}"
                     rf"(?:{_alternation(data.get('duration_before'))})\s+{count}\s+{unit}{_E}"),
        ("interval", rf"{_B}{count}\s+{unit}\s+(?P<rel>{_alternation(data.get('interval_after'))}|"
                     rf"{_alternation(data.get('interval_before'))}){_E}"),
    )
    return _Rules(
        months=months,
        not_alone=_folded_set(data, "months_not_alone", "weekdays_not_alone"),
        weekdays=weekdays,
        numeric_order=str(data.get("numeric_order", "dmy")),
        numeric_order_varies=bool(data.get("numeric_order_varies")),
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
             *(data.get("ahead_before") or []), *(data.get("weekend_told") or []),
             *(data.get("told_after") or {}), *(data.get("overnight") or [])])
            + time_of_day + _E),
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
        bare_year_links=re.compile(rf"\s*(?:{_alternation(data.get('bare_year_links'))})\s*\d"),
    )


def _not_after(words: Any) -> str:
    """Lookbehinds that keep a match from starting right after one of the folded words (a
    preposition that is part of "près de", "más de", "più di": a bound, not a length)."""
    return "".join(rf"(?<!{re.escape(fold(str(w)))}\s)" for w in words or () if str(w).strip())


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


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", text)


_NAMED = {"month": "m", "my": "m", "mdy": "m", "weekday": "wd", "night": "wd", "range_mdy": "m",
          "range_mdmd": "m"}


# matched to keep their words from other patterns only: clock times, lengths of time
_NOT_DATES = frozenset({"clock", "duration"})


_ABSOLUTE = frozenset({"iso", "iso_month", "numeric", "numeric_dot", "dmy", "mdy", "night_dmy",
                       "my", "year",
                       "range_dmy", "range_mdy", "range_dmdm", "range_mdmd"})


def _code(doc: Document) -> str:
    return doc.language if lang.section(doc.language, "dates_cldr") else lang.FALLBACK
