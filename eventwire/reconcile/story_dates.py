"""Dating from the story: an undated event of an undated document takes the date that
another document of its story gives the same happening in its own words.

A text with no publication date, no dateline and no year ("Putin and Trump spoke on
18 March") leaves its events undated (``events/dating.py`` never guesses). In a batch,
reconcile groups the text with the other accounts of its happening; when those give the
same happening (same PLOVER type, same modality, the same countries on its sides, no
other mode, no other place) one date by the words of its own clause, and no other date,
the undated event is dated from them. Dates a text gives only by its dateline, its
publication date or its discourse are the day of writing or of the story, not of the
happening, and date no other text's events. The undated event's own sentence must not say
otherwise: every date phrase in it, read against the date it would take, must name that
very date ("провели 18 марта" takes 2025-03-18; "a meeting at the end of June" or "the
previous round, in May" take no day of June from another text's talks), nor its dateline
(a text filed on 12 May tells nothing that happened on 2 June).

The event records are written before the stories are known (``extract`` streams each
document's records as it is done), so they are left as their text dated them: the story
record lists the dates it gives, ``event_dates``, one entry per event, sorted by event id:
``{"event", "date", "date_precision", "dated_by": null, "dated_from": {"document",
"event"}}``. ``dated_by`` stays null since the contract's tiers are the text's own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from eventwire.model import Document, Sentence
from eventwire.reconcile.common import (
    Batch,
    Record,
    countries,
    mode_family,
    sentence_span,
    sides,
)
from eventwire.text.dates import find_dates

OWN_WORDS = frozenset({"clause", "sentence"})  # an event's date written beside it

HappeningKey = tuple[str, str, tuple[str, ...]]


def _key(event: Record) -> HappeningKey:
    return str(event.get("type")), str(event.get("modality")), sides(event)


def _same_happening(a: Record, b: Record) -> bool:
    """No mode or modes of one family ("a ceasefire" and "a prisoner exchange" differ), and
    no place or the same place (talks in Geneva are not the talks in Istanbul)."""
    x, y = mode_family(a.get("mode")), mode_family(b.get("mode"))
    here, there = (_place(e) for e in (a, b))
    return (x is None or y is None or x == y) and (here is None or there is None or here == there) \
        and _same_direction(a, b)


def _same_direction(a: Record, b: Record) -> bool:
    """Who did it to whom, where both say it: Israel striking Lebanon is not Hezbollah
    striking Israel; "Trump and Putin spoke" is "Trump called Putin"."""
    if not (a.get("recipients") and b.get("recipients")):
        return True
    return countries(a.get("actors")) == countries(b.get("actors")) \
        and countries(a.get("recipients")) == countries(b.get("recipients"))


def _place(event: Record) -> str | None:
    location = event.get("location") or {}
    return location.get("canonical") or location.get("name")


def date_from_stories(batch: Batch, stories: list[dict[str, Any]]) -> None:
    """Set ``event_dates`` on each story that dates undated events of undated documents."""
    for story in stories:
        dates = _story_dates(batch, story["documents"])
        if dates:  # beside the story's events, where the contract declares it
            keys = list(story)
            after = {k: story.pop(k) for k in keys[keys.index("events") + 1:]} \
                if "events" in story else {}
            story["event_dates"] = dates
            story.update(after)


def _story_dates(batch: Batch, documents: list[str]) -> list[dict[str, Any]]:
    told: dict[HappeningKey, list[Record]] = defaultdict(list)
    for doc_id in documents:
        for event in batch.events_by_doc.get(doc_id, ()):
            if event.get("date") and event.get("dated_by") in OWN_WORDS:
                told[_key(event)].append(event)
    dates = []
    for doc_id in documents:
        if batch.doc_date(doc_id):
            continue  # a text that says when it was written dates its own events
        for event in batch.events_by_doc.get(doc_id, ()):
            if event.get("date") or not sides(event):
                continue
            found = [e for e in told.get(_key(event), ())
                     if e["document"] != doc_id and _same_happening(event, e)]
            if len({e["date"] for e in found}) != 1 \
                    or not _sentence_agrees(batch.documents[doc_id], event, found[0]["date"]):
                continue  # nothing told, two dates, or its own words say otherwise
            source = min(found, key=lambda e: (e["document"], e["id"]))
            dates.append({"event": event["id"], "date": source["date"],
                          "date_precision": source.get("date_precision"), "dated_by": None,
                          "dated_from": {"document": source["document"], "event": source["id"]}})
    return sorted(dates, key=lambda d: str(d["event"]))


def _sentence_agrees(document: Record, event: Record, value: str) -> bool:
    """Every date phrase of the event's sentence, read against ``value``, names ``value``."""
    text = str(document.get("text") or "")
    span = (event.get("evidence") or {}).get("span")
    if not text or not span:
        return False
    start, end = sentence_span(text, span)
    sentence = text[start:end]
    probe = Document(id=str(document.get("id")), text=sentence,
                     language=str(document.get("language") or "und"), reference_date=value,
                     sentences=[Sentence(0, len(sentence))])
    find_dates(probe)
    return all(mention.value == value for mention in probe.dates) \
        and _filed_after(document, event, value)


def _filed_after(document: Record, event: Record, value: str) -> bool:
    """What happened was told on or after it happened: a dateline without a year ("MADRID,
    12 May (Wire) -"), read against ``value``, is not before it (for a plan, not after it)."""
    text = str(document.get("text") or "")
    probe = Document(id=str(document.get("id")), text=text,
                     language=str(document.get("language") or "und"), reference_date=value,
                     sentences=[Sentence(0, len(text))])
    find_dates(probe)
    filed = next((m.value for m in probe.dates if m.dateline and m.value), None)
    if filed is None:
        return True
    day = filed[: len(value)]
    return day <= value if event.get("modality") == "future" else day >= value


# -- reading them back: the date a user sees for an event --------------------------------

STORY = "story"  # where the date came from, for a date a story gives (exports, web pages)
EventDate = tuple[str | None, str | None, str | None]  # date, precision, where it came from


def story_dates(records: Iterable[Mapping[str, Any]]) -> dict[str, Mapping[str, Any]]:
    """Event id -> the ``event_dates`` entry a story record gives it (the first story's,
    should two give one)."""
    found: dict[str, Mapping[str, Any]] = {}
    for record in records:
        if record.get("kind") == "story":
            for entry in record.get("event_dates") or ():
                if entry.get("event") and entry.get("date"):
                    found.setdefault(str(entry["event"]), entry)
    return found


def event_date(event: Mapping[str, Any], given: Mapping[str, Mapping[str, Any]]) -> EventDate:
    """An event's own date, precision and tier (``dated_by``), else the date its story gives
    it with ``"story"``, else nothing: what exports and pages show as the event's date."""
    if event.get("date"):
        return str(event["date"]), event.get("date_precision"), event.get("dated_by")
    entry = given.get(str(event.get("id")))
    if entry is None:
        return None, None, None
    return str(entry["date"]), entry.get("date_precision"), STORY
