"""Score extraction against gold files (the format of the founding example's ``*.gold.json``).

Matching rule, per document:
- events are compared as sets of (type, actor countries, recipient countries), duplicates
  counted once; a predicted event matches a gold one with the same PLOVER type and at least
  one shared country on each side the gold names (actors and recipients pooled for AGREE,
  CONSULT and COOPERATE). Matching is one-to-one (maximum bipartite matching).
- dates: the share of predicted events that carry a date, and, over matched events whose
  gold gives a date, the share whose predicted date agrees (the predicted key's most common
  date starts with the gold date: "2025-03-18" agrees with gold "2025-03", not the reverse).
- a statement matches a gold one with the same speaker country and overlapping words (the
  predicted content span overlaps the gold evidence in the text, or half the words of the
  shorter one are shared).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Self

from eventwire.model import POOLED_TYPES
from eventwire.text.view import fold

EventKey = tuple[str, frozenset[str], frozenset[str]]


class _Counts:
    """Counts that add up field by field (a document's into the corpus's)."""

    def add(self, other: Self) -> None:
        for name in (f.name for f in fields(self)):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class Tally(_Counts):
    true_positive: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.true_positive / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positive / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class DocumentScore:
    document: str
    language: str
    events: Tally
    statements: Tally
    event_types: dict[str, Tally]
    matched_events: list[tuple[EventKey, EventKey]] = field(default_factory=list)
    missed_events: list[EventKey] = field(default_factory=list)
    false_events: list[EventKey] = field(default_factory=list)
    missed_statements: list[str] = field(default_factory=list)
    false_statements: list[str] = field(default_factory=list)
    dates: DateTally = field(default_factory=lambda: DateTally())
    wrong_dates: list[str] = field(default_factory=list)


@dataclass
class DateTally(_Counts):
    """Dated predicted events, and matched events whose gold date the prediction agrees with."""

    dated: int = 0
    events: int = 0
    right: int = 0
    judged: int = 0

    @property
    def dated_share(self) -> float:
        return self.dated / self.events if self.events else 0.0

    @property
    def accuracy(self) -> float:
        return self.right / self.judged if self.judged else 0.0


@dataclass
class Report:
    documents: list[DocumentScore]
    # dates with the dates stories give undated events, when the gold texts were read as
    # one batch (``evaluate_files(..., stories=True)``): None otherwise
    story_dates: DateTally | None = None

    def total(self, what: str) -> Tally:
        tally = Tally()
        for doc in self.documents:
            tally.add(getattr(doc, what))
        return tally

    def total_dates(self) -> DateTally:
        tally = DateTally()
        for doc in self.documents:
            tally.add(doc.dates)
        return tally

    def by_type(self) -> dict[str, Tally]:
        totals: dict[str, Tally] = {}
        for doc in self.documents:
            for kind, tally in doc.event_types.items():
                totals.setdefault(kind, Tally()).add(tally)
        return dict(sorted(totals.items()))


def event_key(event: dict[str, Any]) -> EventKey:
    """(type, actor countries, recipient countries) of a gold or predicted event."""
    return (
        event["type"],
        frozenset(_countries(event["actors"])),
        frozenset(_countries(event["recipients"])),
    )


ORGANISATION_CODES = frozenset({"UN", "EU", "NATO", "OSCE", "IAEA", "ICRC", "AU", "IGO"})


def _countries(sides: Sequence[Any]) -> list[str]:
    """Side codes; an organisation code also counts as the generic "IGO" some gold uses."""
    out = []
    for side in sides:
        country = side.get("country") if isinstance(side, dict) else side
        if country:
            out.append(country)
            if country in ORGANISATION_CODES or (len(country) != 3 and country.isupper()):
                out.append("IGO")
    return out


def _key_order(key: EventKey) -> tuple[str, list[str], list[str]]:
    """A sort key that does not depend on set order (``repr`` of a frozenset varies per run)."""
    return key[0], sorted(key[1]), sorted(key[2])


def events_match(gold: EventKey, predicted: EventKey) -> bool:
    kind, gold_actors, gold_recipients = gold
    if predicted[0] != kind:
        return False
    if kind in POOLED_TYPES:
        pooled = gold_actors | gold_recipients
        return not pooled or bool(pooled & (predicted[1] | predicted[2]))
    if gold_actors and not gold_actors & predicted[1]:
        return False
    return not gold_recipients or bool(gold_recipients & predicted[2])


def _max_matching(
    gold: list[Any], predicted: list[Any], match: Any, prefer: Any = None
) -> list[tuple[int, int]]:
    """Maximum bipartite matching (augmenting paths); small inputs, so simple is fine.

    ``prefer(g, p)`` orders each gold item's candidates (preferred first): the size of the
    matching does not change, only which of two equally good pairings is kept."""
    edges = [[j for j, p in enumerate(predicted) if match(g, p)] for g in gold]
    if prefer is not None:
        edges = [
            sorted(js, key=lambda j, g=g: not prefer(g, predicted[j]))
            for g, js in zip(gold, edges, strict=True)
        ]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


_WORD = re.compile(r"\w+")
_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(fold(text)) if len(w) > 2}


def _statement_match(text: str, gold: dict[str, Any], predicted: dict[str, Any]) -> bool:
    if gold.get("speaker_country") != (predicted["speaker"] or {}).get("country"):
        return False
    start, end = predicted["span"]
    evidence = gold["evidence"]
    position = text.find(evidence)
    while position >= 0:
        if position < end and start < position + len(evidence):
            return True
        position = text.find(evidence, position + 1)
    gold_words, predicted_words = _words(evidence), _words(predicted["text"])
    if not gold_words or not predicted_words:
        return False
    shared = len(gold_words & predicted_words)
    return shared / min(len(gold_words), len(predicted_words)) >= 0.5


def _dates_by_key(events: Sequence[dict[str, Any]]) -> dict[EventKey, list[str | None]]:
    found: dict[EventKey, list[str | None]] = {}
    for event in events:
        found.setdefault(event_key(event), []).append(event.get("date"))
    return found


def _usual_date(dates: list[str | None]) -> str | None:
    """The most common date of a predicted key (the earliest written wins a tie)."""
    counts = Counter(d for d in dates if d)
    if not counts:
        return None
    best = max(counts.values())
    return next(d for d in dates if d and counts[d] == best)


def date_agrees(gold: str, predicted: str | None) -> bool:
    """The predicted date says at least what the gold date says, and the same."""
    return bool(predicted) and str(predicted).startswith(str(gold))


def _score_dates(
    gold_dates: dict[EventKey, list[str | None]],
    predicted_events: Sequence[dict[str, Any]],
    predicted_dates: dict[EventKey, list[str | None]],
    matched: Sequence[tuple[EventKey, EventKey]],
) -> tuple[DateTally, list[str]]:
    tally = DateTally(
        dated=sum(1 for e in predicted_events if e.get("date")), events=len(predicted_events)
    )
    wrong = []
    for gold_key, predicted_key in matched:
        expected = sorted({str(d) for d in gold_dates.get(gold_key, []) if d})
        if not expected:
            continue
        tally.judged += 1
        got = _usual_date(predicted_dates.get(predicted_key, []))
        if any(date_agrees(d, got) for d in expected):
            tally.right += 1
        else:
            wrong.append(f"{_key_text(gold_key)}: {got or '-'} (gold {'/'.join(expected)})")
    return tally, wrong


def score_document(gold: dict[str, Any], records: list[dict[str, Any]], text: str) -> DocumentScore:
    predicted_records = [r for r in records if r["kind"] == "event"]
    gold_dates = _dates_by_key(gold.get("events", []))  # one entry per distinct event key
    predicted_dates = _dates_by_key(predicted_records)
    gold_events = sorted(gold_dates, key=_key_order)
    predicted_events = sorted(predicted_dates, key=_key_order)

    def same_date(gold_key: EventKey, predicted_key: EventKey) -> bool:
        """Two events of one type between the same sides (two calls) pair by their dates."""
        got = _usual_date(predicted_dates.get(predicted_key, []))
        return any(date_agrees(str(d), got) for d in gold_dates.get(gold_key, []) if d)

    pairs = _max_matching(gold_events, predicted_events, events_match, same_date)
    matched_gold = {i for i, _ in pairs}
    matched_predicted = {j for _, j in pairs}
    types: dict[str, Tally] = {}
    for key in gold_events:
        types.setdefault(key[0], Tally()).gold += 1
    for key in predicted_events:
        types.setdefault(key[0], Tally()).predicted += 1
    for i, _ in pairs:
        types[gold_events[i][0]].true_positive += 1

    gold_statements = gold.get("statements", [])
    predicted_statements = [r for r in records if r["kind"] == "statement"]
    statement_pairs = _max_matching(
        gold_statements, predicted_statements, lambda g, p: _statement_match(text, g, p)
    )
    matched_gs = {i for i, _ in statement_pairs}
    matched_ps = {j for _, j in statement_pairs}
    matched = [(gold_events[i], predicted_events[j]) for i, j in pairs]
    dates, wrong_dates = _score_dates(gold_dates, predicted_records, predicted_dates, matched)
    return DocumentScore(
        document=str(gold.get("id")),
        language=str(gold.get("language")),
        events=Tally(len(pairs), len(predicted_events), len(gold_events)),
        statements=Tally(len(statement_pairs), len(predicted_statements), len(gold_statements)),
        event_types=types,
        matched_events=matched,
        missed_events=[k for i, k in enumerate(gold_events) if i not in matched_gold],
        false_events=[k for j, k in enumerate(predicted_events) if j not in matched_predicted],
        missed_statements=[
            f"{g.get('speaker_country')}: {g['evidence'][:70]}"
            for i, g in enumerate(gold_statements)
            if i not in matched_gs
        ],
        false_statements=[
            f"{(p['speaker'] or {}).get('country')}: {p['text'][:70]}"
            for j, p in enumerate(predicted_statements)
            if j not in matched_ps
        ],
        dates=dates,
        wrong_dates=wrong_dates,
    )


def text_for(gold_path: Path) -> Path:
    """The text beside a gold file: ``X.gold.json`` or ``X.json`` -> ``X.txt``."""
    name = gold_path.name
    for suffix in (".gold.json", ".json"):
        if name.endswith(suffix):
            return gold_path.with_name(name[: -len(suffix)] + ".txt")
    raise ValueError(f"{gold_path}: not a gold file (expected *.json or *.gold.json)")


def evaluate_files(paths: Sequence[Path], *, reference_date: str | None = None,
                   published: bool = True, stories: bool = False) -> Report:
    """Run the pipeline on the text beside each gold file and score it.

    The gold's publication date is the document's own (kept at its precision: "2025-03");
    ``reference_date`` only fills in for documents without one, as ``--date`` does. With
    ``published=False`` the gold's publication date and its URL are withheld: the dates are
    what the text alone gives (a header, a byline, a dateline). With ``stories`` the texts
    are read as one batch (each document's records are the same as read alone) and the
    report also scores the dates with those that stories give the events their own text
    leaves undated (``story.event_dates``, as the exports show them).
    """
    from eventwire.api import extract_documents

    gold_files = []
    for path in paths:
        path = Path(path)
        gold_files += (
            sorted(p for p in path.glob("*.json") if p.name != "stories.json")
            if path.is_dir()
            else [path]
        )
    if stories:
        return _evaluate_batch(gold_files, reference_date, published)
    scores = []
    for gold_path in gold_files:
        if gold_path.suffix == ".jsonl":
            scores += _evaluate_sentences(gold_path, reference_date)
            continue
        read = _gold_inputs(gold_path, published)
        if read is None:
            continue
        gold, _, items = read
        result = extract_documents(items, reference_date=reference_date,
                                   language=gold.get("language"))
        if result.errors:
            raise ValueError(str(result.errors[0]))
        scores.append(score_document(gold, result.records, result.documents[0].text))
    return Report(scores)


def _gold_inputs(gold_path: Path, published: bool) -> tuple[dict[str, Any], Path, list[Any]] | None:
    """A gold file (None when it holds no events) with its text's path and the inputs read from
    that text, dated by the gold's publication date when ``published``."""
    from eventwire.ingest.readers import read_inputs

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    if "events" not in gold:
        return None
    text_path = text_for(gold_path)
    items = read_inputs([str(text_path)], sidecars=False)  # the gold beside it is not read
    if published:
        items = _with_published(items, gold.get("published"), gold.get("url"))
    gold.setdefault("id", text_path.stem)
    return gold, text_path, list(items)


def _evaluate_batch(gold_files: Sequence[Path], reference_date: str | None,
                    published: bool) -> Report:
    """The gold texts read as one batch, each in its gold's language: each document scored
    on its own records, and its dates scored again with the dates its stories give."""
    from eventwire.api import extract_documents
    from eventwire.reconcile.story_dates import event_date, story_dates

    scores: list[DocumentScore] = []
    golds: list[tuple[dict[str, Any], Path]] = []
    items: list[Any] = []
    for gold_path in gold_files:
        if gold_path.suffix == ".jsonl":
            scores += _evaluate_sentences(gold_path, reference_date)
            continue
        found = _gold_inputs(gold_path, published)
        if found is None:
            continue
        gold, text_path, read = found
        for item in read:
            if gold.get("language") and hasattr(item, "language"):
                item.language = gold["language"]
        golds.append((gold, text_path))
        items += read
    result = extract_documents(items, reference_date=reference_date)
    if result.errors:
        raise ValueError(str(result.errors[0]))
    given = story_dates(result.records)
    by_source = {str(d.source): d for d in result.documents}
    with_stories = DateTally()
    for gold, text_path in golds:
        doc = by_source[str(text_path)]
        records = [r for r in result.records if r.get("document") == doc.id]
        scores.append(score_document(gold, records, doc.text))
        dated = [dict(r, date=event_date(r, given)[0]) if r["kind"] == "event" else r
                 for r in records]
        with_stories.add(score_document(gold, dated, doc.text).dates)
    return Report(scores, story_dates=with_stories)


def _with_published(items: Iterable[Any], published: Any, url: Any = None) -> Iterator[Any]:
    """The documents read from a gold file's text, dated by the gold's publication date, else
    by a day (or month) its URL gives, as the readers date a document with that URL."""
    from eventwire.ingest.readers import publication_date

    value = str(published) if published and _PARTIAL_DATE.match(str(published)) else None
    value = value or publication_date({"url": url})
    for item in items:
        if value and hasattr(item, "published"):
            item.published = value
        yield item


def _evaluate_sentences(path: Path, reference_date: str | None) -> list[DocumentScore]:
    """Sentence-level gold (PLOVER gold standard records): one event per line, no statements."""
    from eventwire.api import extract_text

    scores = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        row = json.loads(line)
        gold = {
            "id": row.get("id", f"{path.name}:{number}"),
            "language": row.get("language", "en"),
            "events": [
                {
                    "type": row["type"],
                    "actors": [a["code"] for a in row.get("actors", []) if a.get("code")],
                    "recipients": [a["code"] for a in row.get("recipients", []) if a.get("code")],
                }
            ],
        }
        result = extract_text(
            row["text"], reference_date=reference_date, language=gold["language"], id=gold["id"]
        )
        records = [r for r in result.records if r["kind"] != "statement"]
        scores.append(score_document(gold, records, row["text"]))
    return scores


def _row(label: str, tally: Tally) -> str:
    return (
        f"{label:<22} P {tally.precision:5.2f}  R {tally.recall:5.2f}  F1 {tally.f1:5.2f}"
        f"   ({tally.true_positive} matched / {tally.predicted} predicted / {tally.gold} gold)"
    )


def _date_row(label: str, tally: DateTally) -> str:
    return (
        f"{label:<22} dated {tally.dated_share:5.2f} ({tally.dated}/{tally.events} events)"
        f"  right {tally.accuracy:5.2f} ({tally.right}/{tally.judged} matched with a gold date)"
    )


def _key_text(key: EventKey) -> str:
    return f"{key[0]} {'+'.join(sorted(key[1])) or '-'} -> {'+'.join(sorted(key[2])) or '-'}"


def format_report(report: Report, *, details: bool = False) -> str:
    lines = []
    for doc in report.documents:
        lines.append(_row(f"{doc.document} [{doc.language}] events", doc.events))
        lines.append(_row(f"{doc.document} statements", doc.statements))
        if details:
            lines += [f"    missed  {_key_text(k)}" for k in doc.missed_events]
            lines += [f"    false   {_key_text(k)}" for k in doc.false_events]
            lines += [f"    missed statement {s}" for s in doc.missed_statements]
            lines += [f"    false statement  {s}" for s in doc.false_statements]
            lines += [f"    wrong date {s}" for s in doc.wrong_dates]
    lines.append("")
    lines.append(_row("ALL events", report.total("events")))
    lines.append(_row("ALL statements", report.total("statements")))
    lines.append(_date_row("ALL dates", report.total_dates()))
    if report.story_dates is not None:
        lines.append(_date_row("ALL dates with stories", report.story_dates))
    languages = Counter(doc.language for doc in report.documents)
    for language in sorted(languages):
        subset = Report([d for d in report.documents if d.language == language])
        lines.append(
            _row(f"{language} events ({languages[language]} docs)", subset.total("events"))
        )
        lines.append(_row(f"{language} statements", subset.total("statements")))
    lines.append("")
    for kind, tally in report.by_type().items():
        lines.append(_row(f"  {kind}", tally))
    return "\n".join(lines)
