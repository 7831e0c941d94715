"""A date phrase's day against a reference: weekdays back or ahead, years a text leaves out,
ranges, weeks and months as periods.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

from eventwire.text.dates.phrases import _key, _month_of, _Reference, _Rules
from eventwire.text.view import fold


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


def numeric_day(m: re.Match[str], ref: _Reference, order: str | None
                ) -> tuple[str | None, str | None, str | None]:
    """A day and a month in numbers without a year ("on 5/4") read in ``order`` (None: the
    page does not show it, so no date), in the year that puts it closest to ``ref``."""
    if order is None:
        return None, None, None
    a, b = int(m.group("a")), int(m.group("b"))
    month, day = (a, b) if order == "mdy" else (b, a)
    if not 1 <= month <= 12:
        return None, None, None
    return (*_day(_closest_year(ref, month, day)), None)


def page_order(r: _Rules, kept: list[tuple[int, int, str, re.Match[str]]]) -> str | None:
    """The order of day and month the page's own full numeric dates show ("5/13/2026": month
    first), else the language's, unless its pages write both (``numeric_order_varies``)."""
    for _, _, kind, m in kept:
        if kind == "numeric" and max(int(m.group("a")), int(m.group("b"))) > 12:
            return "dmy" if int(m.group("a")) > 12 else "mdy"
    return None if r.numeric_order_varies else r.numeric_order


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
    if kind in ("dmy", "mdy", "night_dmy"):
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
    if kind == "day_of_month":  # "on the 4th": this month's, or the next or last one's
        day = int(g["d"] or g["d2"])
        y, mo = ref.day.year, ref.day.month
        if day != ref.day.day:
            ahead = direction() > 0
            if ahead and day < ref.day.day:
                y, mo = _add_months(y, mo, 1)
            elif not ahead and day > ref.day.day:
                y, mo = _add_months(y, mo, -1)
        return (*_day(_safe_date(y, mo, day)), None)
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
    if kind == "weekend":  # told ahead: the next Saturday (or today); else the last one
        days = (5 - ref.day.weekday()) % 7 if direction() > 0 else -((ref.day.weekday() - 5) % 7)
        saturday = ref.day + timedelta(days=days)
        return saturday.isoformat(), "range", (saturday + timedelta(days=1)).isoformat()
    if kind in ("ago", "ahead"):  # "three days ago" back, "in two weeks" ahead
        n = g["n"] or "1"  # "ровно год назад": a year, no count
        sign = 1 if kind == "ahead" else -1
        amount = sign * (int(n) if n.isdigit() else int(r.numbers.get(_key(n), 1)))
        unit = r.period_units[_key(g["u"])]
        if g.get("exact"):  # "a year ago today": that very day, so many units back
            if unit in ("day", "week"):
                return (*_day(ref.day + timedelta(days=amount * (7 if unit == "week" else 1))),
                        None)
            months = amount * (12 if unit == "year" else 1) if unit in ("year", "month") else 0
            y, mo = _add_months(ref.day.year, ref.day.month, months)
            return (*_day(_safe_date(y, mo, ref.day.day)), None)
        if unit in ("minute", "hour"):
            return (*_day(ref.day), None)
        if unit in ("day", "week"):
            days = amount * (7 if unit == "week" else 1)
            return (*_day(ref.day + timedelta(days=days)), None)
        if unit == "month":
            y, mo = _add_months(ref.day.year, ref.day.month, amount)
            return f"{y:04d}-{mo:02d}", "month", None
        return f"{ref.day.year + amount:04d}", "year", None
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
