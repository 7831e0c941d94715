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
publication date or a dated dateline) or not.
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
from eventwire.evaluate.scorer import DateTally, _with_published, score_document
from eventwire.ingest.readers import read_inputs
from eventwire.text.dates import in_caption, starts_a_state


def _golds(folder: Path) -> dict[str, dict[str, Any]]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(folder.glob("*.json")) if p.name != "stories.json"}


WITHHELD = {"published": False}  # --without-published: the texts alone date themselves


def _read(folder: Path, stem: str, gold: dict[str, Any]) -> list[Any]:
    items = read_inputs([str(folder / f"{stem}.txt")])
    if WITHHELD["published"]:
        return list(items)
    return list(_with_published(items, gold.get("published"), gold.get("url")))


def undated(folder: Path) -> None:
    classes: Counter[str] = Counter()
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
        missing = [e for e in events if not e.get("date")]
        if not missing:
            continue
        valued = [d for d in doc.dates if d.value]
        background = all(in_caption(doc, d.start, d.end) or starts_a_state(doc, d)
                         or d.precision in ("year", "month") for d in valued)
        dateline = next((d for d in doc.dates if d.dateline), None)
        kind = ("dated text" if doc.published or (dateline and dateline.value) else
                "background only" if valued and background else
                "no anchor" if not valued else "other")
        classes[kind] += len(missing)
        print(f"{stem} [{doc.language}] {kind}: {len(missing)}/{len(events)} undated; "
              f"published={doc.published} dateline={dateline.text if dateline else None} "
              f"passage times={sum(1 for p in doc.passages if p.published)}")
        print("   dates:", [(d.text, d.value) for d in doc.dates])
        for e in missing:
            print(f"   - {e['type']} {e['evidence']['text'][:90]!r}")
    print(f"undated {sum(classes.values())} of {total}:", dict(classes.most_common()))
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
