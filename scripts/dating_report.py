"""Why events carry no date, and what dating from the story adds (issue #12).

    python scripts/dating_report.py ../shared/dev/corpus            # undated events, by class
    python scripts/dating_report.py ../shared/dev/corpus --batch    # one batch, story dates
    python scripts/dating_report.py ../shared/dev/corpus --without-published  # text alone

Without ``--batch`` each document is extracted alone, as ``eventwire evaluate`` does (with
the publication date its gold file gives), and every undated event is listed with what its
text offers: a publication date, a dateline, passage times, and its date phrases with or
without a value. The classes counted:
- ``no anchor``: no date of writing and no date with a value (weekdays, "2 June", no year);
- ``background only``: dates with a value, but only in captions, after "since", or a
  month or a year ("the war launched in February 2022"), which give no day of writing;
- ``dated text``: the text says when it was written (should not happen: it dates the rest).
It ends with dated and right split by whether the text says when it was written (a
publication date or a dated dateline) or not, then two breakdowns (issue #12, session 21):
- each undated event by the best anchor its text offers for a day of writing, in this order:
  a dateline without a day, a live-blog time stamp, a date with a value only in the
  headline, an explicit day without a year ("2 June"), a weekday, a relative expression
  ("today", "next week"), a month without a year, only background dates (a month, a year,
  a caption, "since"), nothing at all;
- each matched event dated wrong, by the tier that dated it (``dated_by``) and whether its
  text says when it was written.
With ``--batch`` the whole folder is one batch; the dates that stories give undated events
(``story.event_dates``) are applied and scored against the gold, and each is listed for a
check by hand.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from eventwire.api import extract_documents
from eventwire.evaluate.scorer import (
    DateTally,
    _key_text,
    _with_published,
    event_key,
    score_document,
)
from eventwire.ingest.readers import read_inputs
from eventwire.model import DateMention, Document
from eventwire.text.dates import in_caption, starts_a_state
from eventwire.text.dates.phrases import _code, rules
from eventwire.text.view import fold

ANCHORS = ("dateline without a day", "live-blog time stamp", "date only in the headline",
           "day without a year", "weekday", "relative expression", "month without a year",
           "background only",
           "nothing")


def _golds(folder: Path) -> dict[str, dict[str, Any]]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(folder.glob("*.json")) if p.name != "stories.json"}


WITHHELD = {"published": False}  # --without-published: the texts alone date themselves


def _read(folder: Path, stem: str, gold: dict[str, Any]) -> list[Any]:
    items = read_inputs([str(folder / f"{stem}.txt")])
    if WITHHELD["published"]:
        return list(items)
    return list(_with_published(items, gold.get("published"), gold.get("url")))


def _background(doc: Document, mention: DateMention) -> bool:
    return (in_caption(doc, mention.start, mention.end) or starts_a_state(doc, mention)
            or mention.precision in ("year", "month"))


def _unvalued_kind(doc: Document, mention: DateMention) -> str:
    """What a date phrase without a value names: a day and month with no year, a weekday,
    a month with no year, or a relative expression (by the language's month and weekday
    names)."""
    r = rules(_code(doc))
    words = set(fold(mention.text).replace(".", " ").split())
    if any(ch.isdigit() for ch in mention.text) and words & set(r.months):
        return "day without a year"
    if words & set(r.weekdays):
        return "weekday"
    if words & set(r.months):
        return "month without a year"
    return "relative expression"


def anchor_of(doc: Document) -> str:
    """The best anchor a text without a date of writing offers (the order of ``ANCHORS``)."""
    headline_end = doc.text.find("\n") if "\n" in doc.text.strip() else -1
    found = set()
    for mention in doc.dates:
        if mention.dateline and not mention.value:
            found.add("dateline without a day")
        elif mention.value and not _background(doc, mention):
            found.add("date only in the headline" if 0 <= mention.start < headline_end
                      else "other")
        elif mention.value:
            found.add("background only")
        else:
            found.add(_unvalued_kind(doc, mention))
    if any(p.time and not p.published for p in doc.passages):
        found.add("live-blog time stamp")
    return next((a for a in ANCHORS if a in found), "other" if found else "nothing")


def _wrong_by_tier(gold: dict[str, Any], records: list[dict[str, Any]], text: str,
                   written: bool, tiers: Counter[str]) -> None:
    """Counts each matched event the scorer finds dated wrong by the tier that dated it."""
    score = score_document(gold, records, text)
    wrong = {line.rsplit(": ", 1)[0] for line in score.wrong_dates}
    for gold_key, predicted_key in score.matched_events:
        if _key_text(gold_key) not in wrong:
            continue
        tier = next((r.get("dated_by") or "story" for r in records if r["kind"] == "event"
                     and event_key(r) == predicted_key and r.get("date")), "undated")
        tiers[f"{tier}, text {'with' if written else 'without'} a date of writing"] += 1


def undated(folder: Path) -> None:
    classes: Counter[str] = Counter()
    anchors: Counter[str] = Counter()
    by_language: dict[str, Counter[str]] = {}
    tiers: Counter[str] = Counter()
    total = 0
    split = {True: DateTally(), False: DateTally()}  # by whether the text says when written
    for stem, gold in _golds(folder).items():
        result = extract_documents(_read(folder, stem, gold), language=gold.get("language"))
        doc = result.documents[0]
        events = [r for r in result.records if r["kind"] == "event"]
        total += len(events)
        written = bool(doc.published or any(d.dateline and d.value for d in doc.dates))
        records = [r for r in result.records if r["kind"] in ("event", "statement")]
        split[written].add(score_document(gold, records, doc.text).dates)
        _wrong_by_tier(gold, records, doc.text, written, tiers)
        missing = [e for e in events if not e.get("date")]
        if not missing:
            continue
        anchor = "dated text" if written else anchor_of(doc)
        anchors[anchor] += len(missing)
        by_language.setdefault(doc.language or "?", Counter())[anchor] += len(missing)
        valued = [d for d in doc.dates if d.value]
        background = all(in_caption(doc, d.start, d.end) or starts_a_state(doc, d)
                         or d.precision in ("year", "month") for d in valued)
        dateline = next((d for d in doc.dates if d.dateline), None)
        kind = ("dated text" if doc.published or (dateline and dateline.value) else
                "background only" if valued and background else
                "no anchor" if not valued else "other")
        classes[kind] += len(missing)
        print(f"{stem} [{doc.language}] {kind}, anchor {anchor}: "
              f"{len(missing)}/{len(events)} undated; "
              f"published={doc.published} dateline={dateline.text if dateline else None} "
              f"passage times={sum(1 for p in doc.passages if p.published)}")
        print("   dates:", [(d.text, d.value) for d in doc.dates])
        for e in missing:
            print(f"   - {e['type']} {e['evidence']['text'][:90]!r}")
    print(f"undated {sum(classes.values())} of {total}:", dict(classes.most_common()))
    print("undated by the best anchor the text offers:", dict(anchors.most_common()))
    for code in sorted(by_language):
        print(f"   {code}:", dict(by_language[code].most_common()))
    print("matched events dated wrong, by tier:", dict(tiers.most_common()))
    for written, tally in split.items():
        print(f"texts {'with' if written else 'without'} a date of writing: dated "
              f"{tally.dated}/{tally.events} ({tally.dated_share:.2f}), right "
              f"{tally.right}/{tally.judged} ({tally.accuracy:.2f})")


def batch(folder: Path) -> None:
    golds = _golds(folder)
    items = [item for stem, gold in golds.items() for item in _read(folder, stem, gold)]
    result = extract_documents(items)
    events = {r["id"]: r for r in result.records if r["kind"] == "event"}
    texts = {d.id: d.text for d in result.documents}
    for story in (r for r in result.records if r["kind"] == "story"):
        for given in story.get("event_dates", []):
            event = events[given["event"]]
            event["date"] = given["date"]
            source = events[given["dated_from"]["event"]]
            print(f"{event['id']} {event['type']} <- {given['date']} from {source['id']} "
                  f"({source.get('dated_by')})\n   {event['evidence']['text'][:100]!r}\n"
                  f"   {texts[source['document']][slice(*source['evidence']['span'])][:100]!r}")
    total = DateTally()
    by_stem = {Path(d.source or d.id).stem: d for d in result.documents}
    for stem, gold in golds.items():
        doc = by_stem[stem]
        records = [r for r in result.records if r.get("document") == doc.id
                   and r["kind"] in ("event", "statement")]
        total.add(score_document(gold, records, doc.text).dates)
    print(f"one batch, story dates applied: dated {total.dated}/{total.events} "
          f"({total.dated_share:.2f}), right {total.right}/{total.judged} ({total.accuracy:.2f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--batch", action="store_true")
    parser.add_argument("--without-published", action="store_true",
                        help="withhold the gold's publication dates and URLs")
    args = parser.parse_args()
    WITHHELD["published"] = args.without_published
    (batch if args.batch else undated)(args.folder)


if __name__ == "__main__":
    main()
