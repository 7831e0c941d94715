"""Passages: live-blog entries with headings and times, or the whole body of an article.

Entries come from the page's schema.org ``liveBlogUpdate`` list when the HTML reader found
one (``doc.metadata["liveblog_entries"]``), else from the text's layout: a line holding a
time stamp ("10:05 GMT", "10 h 00", "il y a 2 heures") or a short heading line without a
final full stop, followed by body lines, opens an entry. ``index`` is text order; each
passage's ``chronological`` rank and ``doc.metadata["passage_order"]`` (live blogs only) say
the time order, from the entries' times, else from begin/end cues ("the call has ended"
before "the call has begun" means newest first), else from the genre's convention in
``liveblog.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from eventwire import lang
from eventwire.model import Document, Passage
from eventwire.text.view import fold

_LINE = re.compile(r"[^\n]+")
_NO_HEADING_END = tuple(".!?…:;,»”\"'")
# A text is read as a live blog with this many time-stamped entries, or this many headings
# after its first line (fewer headings are an article's title and sub-headings).
MIN_STAMPED = 2
MIN_HEADED = 3


@dataclass(frozen=True)
class _Layout:
    timestamps: tuple[re.Pattern[str], ...]
    ago_minutes: dict[str, int]
    default_order: str
    begin: re.Pattern[str]
    end: re.Pattern[str]
    max_words: int
    max_chars: int


def _cues(phrases: list[str]) -> re.Pattern[str]:
    if not phrases:
        return re.compile("(?!)")
    alternatives = "|".join(re.escape(fold(p)) for p in phrases)
    return re.compile(rf"(?<![a-z])(?:{alternatives})(?![a-z])")


@lru_cache(maxsize=32)
def _layout(code: str) -> _Layout:
    data = lang.section(code, "liveblog") or lang.section(lang.FALLBACK, "liveblog")
    return _Layout(
        timestamps=tuple(re.compile(p) for p in data.get("timestamps") or ()),
        ago_minutes={fold(k): int(v) for k, v in (data.get("ago_minutes") or {}).items()},
        default_order=str(data.get("default_order", "newest_first")),
        begin=_cues(data.get("begin_cues") or []),
        end=_cues(data.get("end_cues") or []),
        max_words=int(data.get("heading_max_words", 18)),
        max_chars=int(data.get("heading_max_chars", 150)),
    )


# "09:15 GMT - Pakistan's military says ...": a long line is an entry of its own only when a
# dash or bar sets its time stamp apart (a sentence may open with a clock time: "10:30 talks")
_STAMP_DASH = re.compile(r" ?[-–—|] ")


@dataclass
class _Line:
    start: int
    end: int
    text: str
    folded: str
    stamp: re.Match[str] | None = None


def _stamp(layout: _Layout, folded: str) -> re.Match[str] | None:
    for pattern in layout.timestamps:
        match = pattern.match(folded)
        if match:
            return match
    return None


def _is_heading(layout: _Layout, line: _Line, following: _Line | None) -> bool:
    """Short, capitalised, no final full stop, and followed by a longer body line."""
    text = line.text.strip()
    if (following is None or not text or len(text) > layout.max_chars
            or len(text.split()) > layout.max_words or text.endswith(_NO_HEADING_END)):
        return False
    if not (text[0].isupper() or text[0].isdigit()):
        return False
    body = following.text.strip()
    return len(body) > len(text) and body.endswith(_NO_HEADING_END[:3] + ("»", "”", "\"", ":"))


def _minutes(layout: _Layout, stamp: re.Match[str]) -> tuple[int | None, str | None]:
    """Minutes since midnight (or minus minutes ago) and the "HH:MM" clock time."""
    groups = stamp.groupdict()
    if groups.get("ago"):
        unit = layout.ago_minutes.get(groups.get("unit") or "", 1)
        return -int(groups["ago"]) * unit, None
    if groups.get("h") is None:
        return None, None
    hour, minute = int(groups["h"]), int(groups.get("m") or 0)
    ampm = (groups.get("ampm") or "").replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    return hour * 60 + minute, f"{hour:02d}:{minute:02d}"


def _from_layout(doc: Document, layout: _Layout) -> list[tuple[Passage, int | None]]:
    lines = [_Line(m.start(), m.end(), m.group(), fold(m.group().strip()))
             for m in _LINE.finditer(doc.text) if m.group().strip()]
    starts: list[tuple[int, int | None, str | None, int | None]] = []  # line, heading line, time
    bodied: set[int] = set()  # stamp lines that carry their entry's text (no heading to come)
    for n, line in enumerate(lines):
        following = lines[n + 1] if n + 1 < len(lines) else None
        line.stamp = _stamp(layout, line.folded)
        short = line.stamp is not None and len(line.folded) - line.stamp.end() < layout.max_chars
        if line.stamp is not None and (short or _STAMP_DASH.match(line.folded, line.stamp.end())):
            rest = line.folded[line.stamp.end():].strip(" -–—|:")  # a long entry: no heading
            heading = (n if short else None) if rest else (n + 1 if following and _is_heading(
                layout, following, lines[n + 2] if n + 2 < len(lines) else None) else None)
            minutes, clock = _minutes(layout, line.stamp)
            if not short:
                bodied.add(n)
            if not starts or starts[-1][0] != n - 1 or starts[-1][1] is not None \
                    or starts[-1][0] in bodied:
                starts.append((n, heading, clock, minutes))
        elif _is_heading(layout, line, following):
            if starts and starts[-1][0] == n - 1 and starts[-1][1] is None \
                    and starts[-1][0] not in bodied:
                starts[-1] = (starts[-1][0], n, starts[-1][2], starts[-1][3])
            elif not starts or starts[-1][1] not in (n - 1, n):
                starts.append((n, n, None, None))
    stamped = [s for s in starts if s[3] is not None]
    headed = [s for s in starts if s[0] > 0]
    if len(stamped) < MIN_STAMPED and len(headed) < MIN_HEADED:
        heading = 0 if starts and starts[0][0] == 0 and starts[0][1] == 0 else None
        return [(_passage(doc, lines, 0, 0, len(doc.text), heading, None), None)] if lines else []
    passages: list[tuple[Passage, int | None]] = []
    if starts[0][0] > 0:
        passages.append((_passage(doc, lines, 0, 0, lines[starts[0][0]].start, None, None), None))
    for k, (n, heading, clock, minutes) in enumerate(starts):
        end = lines[starts[k + 1][0]].start if k + 1 < len(starts) else len(doc.text)
        passage = _passage(doc, lines, len(passages), lines[n].start, end, heading, clock)
        passages.append((passage, minutes))
    return passages


def _passage(doc: Document, lines: list[_Line], index: int, start: int, end: int,
             heading: int | None, clock: str | None) -> Passage:
    while end > start and doc.text[end - 1].isspace():
        end -= 1
    passage = Passage(index=index, start=start, end=end, time=clock)
    if heading is not None:
        line = lines[heading]
        h_start = line.start + len(line.text) - len(line.text.lstrip())
        h_end = line.start + len(line.text.rstrip())
        if line.stamp is not None:
            h_start = _after_stamp(doc.text, line)
        if h_end > h_start:
            passage.heading = doc.text[h_start:h_end]
            passage.heading_span = (h_start, h_end)
    return passage


def _after_stamp(text: str, line: _Line) -> int:
    """Where the heading starts on a line opening with a time stamp."""
    assert line.stamp is not None
    stamp_chars = line.stamp.end()
    offset = line.start + len(line.text) - len(line.text.lstrip())
    taken = 0
    while taken < stamp_chars and offset < line.end:
        taken += len(fold(text[offset]))
        offset += 1
    while offset < line.end and text[offset] in " -–—|:\u00a0":
        offset += 1
    return offset


def _from_metadata(doc: Document,
                   entries: list[dict[str, Any]]) -> list[tuple[Passage, int | None]]:
    passages: list[tuple[Passage, int | None]] = []
    for n, entry in enumerate(entries):
        passage = Passage(index=n, start=int(entry["start"]), end=int(entry["end"]))
        if entry.get("heading_end"):
            passage.heading_span = (int(entry["start"]), int(entry["heading_end"]))
            passage.heading = doc.text[passage.heading_span[0]:passage.heading_span[1]]
        published = entry.get("published")
        minutes = None
        if published:
            passage.published = str(published)
            match = re.search(r"T(\d{2}):(\d{2})", passage.published)
            if match:
                passage.time = f"{match.group(1)}:{match.group(2)}"
        passages.append((passage, minutes))
    order = sorted(range(len(passages)), key=lambda i: passages[i][0].published or "")
    return [(p, order.index(i) if p.published else None) for i, (p, _) in enumerate(passages)]


def date_passages(doc: Document, day: str | None, own: dict[int, str] | None = None) -> None:
    """Give each time-stamped entry of a live blog read from its layout its day and clock
    (``published``, "YYYY-MM-DDTHH:MM"): the day that dates the text (its dateline, else
    its publication or reference date) for the first entry in text order, the day of an
    entry's own dateline (``own``, by passage index) from that entry on; crossing midnight
    moves the day: a clock rising by more than half a day from one entry to the next in a
    blog written newest first is the day before ("00:15", then "23:50"), one falling so in a
    blog written oldest first the day after. A day known only to the month or year gives
    no entry a day. The passage stage calls this with the reference date; the date stage
    again once the text's own datelines are read."""
    own = own or {}
    step = -1 if doc.metadata.get("passage_order") == "newest_first" else 1
    base = date.fromisoformat(day[:10]) if day and len(day) >= 10 else None
    shift, last = 0, None
    for passage in doc.passages:
        if passage.index in own:
            base, shift, last = date.fromisoformat(own[passage.index]), 0, None
        if passage.time is None:
            continue
        minutes = int(passage.time[:2]) * 60 + int(passage.time[3:5])
        if last is not None and (minutes - last) * step < -HALF_DAY:
            shift += step
        last = minutes
        passage.published = (f"{(base + timedelta(days=shift)).isoformat()}T{passage.time}"
                             if base is not None else None)


HALF_DAY = 12 * 60  # minutes: a smaller step against the blog's order is an entry out of place


def _first_lines(doc: Document, passage: Passage) -> str:
    body = doc.text[passage.start:passage.end].lstrip().split("\n")
    return fold(" ".join(body[:2]))


def _step(minutes: int) -> int:
    """The direction of time from one stamped entry to the next: a jump of more than half a
    day is midnight crossed the other way ("23:45" after "00:20" is the evening before)."""
    if abs(minutes) > HALF_DAY:
        return -1 if minutes > 0 else 1
    return (minutes > 0) - (minutes < 0)


def _unwrapped(times: list[int | None], order: str) -> list[int | None]:
    """Minutes counted from the first stamped entry's midnight, across midnights: each
    crossing (a step of more than half a day against the blog's order) moves a day."""
    step = -1 if order == "newest_first" else 1
    shift, last, found = 0, None, []
    for minutes in times:
        if minutes is not None:
            if last is not None and (minutes - last) * step < -HALF_DAY:
                shift += step
            last = minutes
        found.append(None if minutes is None else minutes + shift * DAY)
    return found


DAY = 24 * 60


def _order(doc: Document, layout: _Layout, items: list[tuple[Passage, int | None]]) -> str:
    """Set ``chronological`` ranks and say how the order was found."""
    passages = [p for p, _ in items]
    timed = [(i, t) for i, (_, t) in enumerate(items) if t is not None]
    order, evidence = None, "default"
    if len(timed) >= 2:
        steps = [_step(b - a) for (_, a), (_, b) in zip(timed, timed[1:], strict=False)]
        rising, falling = steps.count(1), steps.count(-1)
        if rising != falling:
            order, evidence = ("oldest_first" if rising > falling else "newest_first"), "times"
    if order is None:
        begins = [i for i, p in enumerate(passages) if layout.begin.search(_first_lines(doc, p))]
        ends = [i for i, p in enumerate(passages) if layout.end.search(_first_lines(doc, p))]
        newest = sum(1 for e in ends for b in begins if e < b)
        oldest = sum(1 for e in ends for b in begins if b < e)
        if newest != oldest:
            order, evidence = ("newest_first" if newest > oldest else "oldest_first"), "cues"
    if order is None:
        order = layout.default_order
    doc.metadata["passage_order"] = order
    doc.metadata["passage_order_evidence"] = evidence
    n = len(passages)
    if evidence == "times":
        minutes = _unwrapped([t for _, t in items], order)
        ranked = sorted(range(n), key=lambda i: (minutes[i] is None, minutes[i] or 0,
                                                 i if order == "oldest_first" else -i))
        for rank, i in enumerate(ranked):
            passages[i].chronological = rank
    else:
        for passage in passages:
            passage.chronological = (passage.index if order == "oldest_first"
                                     else n - 1 - passage.index)
    return order


def split_passages(doc: Document) -> None:
    """Fill ``doc.passages`` in text order, with headings, times and chronological ranks."""
    if doc.passages:
        return
    layout = _layout(doc.language)
    entries = doc.metadata.get("liveblog_entries")
    items = _from_metadata(doc, entries) if entries else _from_layout(doc, layout)
    # A single passage leaves the metadata alone: "passage_order" is said of live blogs only.
    if not items:
        doc.passages = [Passage(index=0, start=0, end=len(doc.text), chronological=0)]
        return
    doc.passages = [p for p, _ in items]
    if len(items) == 1:
        doc.passages[0].chronological = 0
        return
    _order(doc, layout, items)
    if not entries:
        date_passages(doc, doc.reference_date)
    from eventwire.text.language import passage_languages

    passage_languages(doc)
