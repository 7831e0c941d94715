"""List pages: rows with facet values, facet counts, filters, sorting, CSV/JSON downloads.

A listing is built from records in store order; the query string picks facet values
(``?country=RUS&language=fr``), a sort (``?sort=-date``) and a page (``?offset=50``).
Downloads (``?format=csv|json``) hold every row the filters keep, in the sort shown.
No HTML and no HTTP here, so tests can check a listing without a server.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from eventwire.model import Actor, Place
from eventwire.records import (
    DocumentRecord,
    EventRecord,
    Evidence,
    StatementRecord,
)
from eventwire.web import words

FACET_LABELS = {"type": "Type", "country": "Country", "modality": "Modality",
                "outlet": "Outlet", "language": "Language", "date": "Date"}
FACET_LIMIT = 12  # values shown per facet, the most frequent first


@dataclass
class Row:
    """One record as a table row: cells (column -> text), facet values, a link."""

    record: DocumentRecord | EventRecord | StatementRecord
    cells: dict[str, str]
    facets: dict[str, list[str]]
    link: str


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    sortable: bool = True


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Listing:
    """What a list page shows: the rows of this page and everything to build its controls."""

    columns: list[Column]
    rows: list[Row]
    total: int
    offset: int
    limit: int
    sort: str
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
    selected: dict[str, str] = field(default_factory=dict)
    every: list[Row] = field(default_factory=list)


def facet_label(name: str, value: str) -> str:
    return words.country_name(value) if name == "country" else value


def build(rows: Iterable[Row], columns: list[Column], facet_names: tuple[str, ...],
          params: dict[str, str], *, limit: int = 50) -> Listing:
    """Filter rows by the selected facet values, count facets, sort, and cut one page."""
    selected = {name: params[name] for name in facet_names if params.get(name)}
    kept = [r for r in rows
            if all(value in r.facets.get(name, []) for name, value in selected.items())]
    facets: dict[str, list[FacetValue]] = {}
    for name in facet_names:
        counts = Counter(v for r in kept for v in set(r.facets.get(name, [])))
        top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:FACET_LIMIT]
        if name in selected and selected[name] not in dict(top):
            top.append((selected[name], counts.get(selected[name], 0)))
        if name == "date":
            top.sort(key=lambda kv: kv[0])
        facets[name] = [FacetValue(v, facet_label(name, v), n, selected.get(name) == v)
                        for v, n in top]
    sort = params.get("sort") or ""
    keys = {c.key for c in columns if c.sortable}
    if sort.removeprefix("-") in keys:
        key = sort.removeprefix("-")
        filled = [r for r in kept if r.cells.get(key)]
        empty = [r for r in kept if not r.cells.get(key)]
        filled.sort(key=lambda r: sort_key(r.cells[key]), reverse=sort.startswith("-"))
        kept = filled + empty  # blanks last either way
    else:
        sort = ""
    offset = max(0, min(_int(params.get("offset")), max(len(kept) - 1, 0)))
    return Listing(columns, kept[offset:offset + limit], len(kept), offset, limit, sort,
                   facets, selected, kept)


def sort_key(text: str) -> tuple[int, float, str]:
    """Numbers by value, then text without case."""
    try:
        return (0, float(text), "")
    except ValueError:
        return (1, 0.0, text.casefold())


def _int(value: str | None) -> int:
    try:
        return max(0, int(value or 0))
    except ValueError:
        return 0


def spreadsheet_safe(cell: str) -> str:
    """A cell a spreadsheet will not run as a formula: text starting with = + - @ gets a
    leading apostrophe (numbers stay numbers)."""
    if cell[:1] in ("=", "+", "-", "@", "\t", "\r") and sort_key(cell)[0] == 1:
        return "'" + cell
    return cell


def to_csv(listing: Listing) -> str:
    """Every kept row, the columns shown plus the record id and its link."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", *(c.key for c in listing.columns), "link"])
    for row in listing.every:
        cells = [str(row.record.id), *(row.cells.get(c.key, "")
                                                  for c in listing.columns), row.link]
        writer.writerow([spreadsheet_safe(c) for c in cells])
    return out.getvalue()


def to_json(listing: Listing) -> str:
    """Every kept record as the contract has it (documents without their text)."""
    items = [{k: v for k, v in r.record.to_json().items() if k != "text"}
             for r in listing.every]
    return json.dumps(items, ensure_ascii=False, indent=1) + "\n"


# -- rows for each kind ------------------------------------------------------------------

DOCUMENT_COLUMNS = [Column("title", "Headline"), Column("outlet", "Outlet"),
                    Column("language", "Language"), Column("date", "Date"),
                    Column("passages", "Passages")]
DOCUMENT_FACETS = ("language", "outlet", "date")

EVENT_COLUMNS = [Column("date", "Date"), Column("type", "Type"), Column("actors", "Actors"),
                 Column("recipients", "Recipients"), Column("modality", "Modality"),
                 Column("location", "Location"), Column("evidence", "Evidence", False),
                 Column("source", "Source")]
EVENT_FACETS = ("type", "country", "modality", "outlet", "language", "date")

STATEMENT_COLUMNS = [Column("date", "Date"), Column("speaker", "Speaker"),
                     Column("text", "Statement", False), Column("source", "Source")]
STATEMENT_FACETS = ("country", "outlet", "language", "date")


def document_row(doc: DocumentRecord) -> Row:
    date = words.document_date(doc)
    outlet = words.outlet(doc)
    return Row(doc, {"title": words.headline(doc), "outlet": outlet,
                     "language": str(doc.language or ""), "date": date,
                     "passages": str(doc.passages or "")},
               {"language": [str(doc.language)] if doc.language else [],
                "outlet": [outlet] if outlet else [], "date": [date] if date else []},
               f"/documents/{doc.id}")


def _country_codes(actors: Iterable[Any]) -> list[str]:
    """Country codes of the actors (a stored actor that is not an object has none)."""
    return [str(a.country) for a in actors or () if isinstance(a, Actor) and a.country]


def _doc_facets(doc: DocumentRecord | None) -> dict[str, list[str]]:
    outlet = words.outlet(doc)
    return {"outlet": [outlet] if outlet else [],
            "language": [str(doc.language)] if doc is not None and doc.language else []}


def _place_words(place: Any) -> str:
    return str(place.canonical or place.name or "") if isinstance(place, Place) else ""


def event_row(event: EventRecord, doc: DocumentRecord | None) -> Row:
    """An event as a row; ``doc`` is its document (None when the store lacks it)."""
    date = str(event.date or "")[:10]
    evidence = event.evidence.text if isinstance(event.evidence, Evidence) else ""
    type_ = str(event.type or "")
    return Row(event, {
        "date": date, "type": type_ + (f" / {event.mode}" if event.mode else ""),
        "actors": ", ".join(words.actor_words(a) for a in event.actors or ()),
        "recipients": ", ".join(words.actor_words(a) for a in event.recipients or ()),
        "modality": str(event.modality or ""), "location": _place_words(event.location),
        "evidence": str(evidence or ""), "source": words.headline(doc)},
        {"type": [type_] if type_ else [],
         "country": sorted(set(_country_codes(event.actors)
                               + _country_codes(event.recipients))),
         "modality": [str(event.modality)] if event.modality else [],
         "date": [date] if len(date) == 10 else [], **_doc_facets(doc)},
        f"/documents/{event.document}#{event.id}")


def statement_row(statement: StatementRecord, doc: DocumentRecord | None) -> Row:
    """A statement as a row; ``doc`` is its document (None when the store lacks it)."""
    date = str(statement.date or "")[:10] or words.document_date(doc)
    return Row(statement, {"date": date, "speaker": words.actor_words(statement.speaker),
                           "text": str(statement.text or ""),
                           "source": words.headline(doc)},
               {"country": _country_codes([statement.speaker]),
                "date": [date] if len(date) == 10 else [], **_doc_facets(doc)},
               f"/documents/{statement.document}#{statement.id}")
