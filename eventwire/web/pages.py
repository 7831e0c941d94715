"""Server-rendered pages (Jinja2, autoescaped): every piece of article text goes out escaped.

List pages (documents, statements, events) share one shape: facet counts, sorting by a
column, pages of 50, and ``?format=csv|json`` for every row the filters keep.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from eventwire.reconcile.story_dates import event_date, story_dates
from eventwire.records import (
    AgreementRecord,
    DiscrepancyRecord,
    DocumentRecord,
    EventRecord,
    QuantityRef,
    StatementRecord,
    StoryRecord,
)
from eventwire.store.base import MAX_PAGE, EventFilter, SQLStore
from eventwire.web import charts, listing, words
from eventwire.web.reading import Reader
from eventwire.web.views import (
    Marked,
    actor_label,
    agreement_view,
    discrepancy_view,
    event_filter,
    required,
    segments,
    snippet_html,
    story_view,
)

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
TEMPLATES.env.filters["actor"] = actor_label
TEMPLATES.env.filters["actors"] = lambda actors: ", ".join(actor_label(a) for a in actors or [])
TEMPLATES.env.filters["snippet"] = snippet_html
TEMPLATES.env.filters["safe_url"] = words.safe_url
TEMPLATES.env.filters["headline"] = words.headline
TEMPLATES.env.filters["outlet"] = words.outlet
TEMPLATES.env.filters["docdate"] = words.document_date
TEMPLATES.env.filters["country"] = words.country_name
TEMPLATES.env.globals["quantities"] = lambda qs: ", ".join(
    q.text or f"{q.value} {q.unit}" for q in qs or () if isinstance(q, QuantityRef))
TEMPLATES.env.globals["FACET_LABELS"] = listing.FACET_LABELS


def with_params(params: dict[str, str], **changes: Any) -> str:
    """'?query' for this page with some parameters changed (None removes one); a changed
    filter or sort goes back to the first page."""
    merged = {k: v for k, v in params.items() if k not in ("offset", "format")}
    for key, value in changes.items():
        if value is None or value == "":
            merged.pop(key, None)
        else:
            merged[key] = str(value)
    return "?" + urlencode(merged) if merged else "?"


TEMPLATES.env.globals["with_params"] = with_params

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
PAGE_SIZE = 50
MAX_ROWS = 50_000  # rows a list page reads (facets and downloads cover these)
MAX_OFFSET = 1_000_000_000


def _store(request: Request) -> SQLStore:
    return request.app.state.store


def _render(request: Request, name: str, **ctx: Any) -> HTMLResponse:
    return TEMPLATES.TemplateResponse(request, name, {"page": name.removesuffix(".html"), **ctx})


def _int(value: str | None, default: int = 0) -> int:
    try:
        return min(MAX_OFFSET, max(0, int(value or default)))
    except ValueError:
        return default


def _every(fetch: Any) -> Iterator[dict[str, Any]]:
    """Page through a store query (offset -> Page) up to MAX_ROWS records."""
    offset = 0
    while offset < MAX_ROWS:
        page = fetch(offset)
        yield from page.items
        offset += len(page.items)
        if not page.items or offset >= page.total:
            return


def _documents(store: SQLStore, reader: Reader) -> dict[str, DocumentRecord]:
    """Every document the store holds that this version can read, by id."""
    bodies = _every(lambda o: store.page("document", limit=MAX_PAGE, offset=o))
    return {d.id: d for d in reader.read_all(bodies, DocumentRecord)}


def _list_page(request: Request, name: str, built: listing.Listing, title: str,
               **ctx: Any) -> Response:
    """The HTML list, or the rows as a CSV/JSON download when ``format`` asks for one."""
    fmt = request.query_params.get("format")
    if fmt in ("csv", "json"):
        body = listing.to_csv(built) if fmt == "csv" else listing.to_json(built)
        media = "text/csv; charset=utf-8" if fmt == "csv" else "application/json"
        return Response(body, media_type=media, headers={
            "Content-Disposition": f'attachment; filename="{name}.{fmt}"'})
    params = {k: v for k, v in request.query_params.items() if v and k != "offset"}
    return _render(request, f"{name}.html", list=built, title=title, params=params,
                   query=urlencode(params), url=request.url.path, **ctx)


@router.get("/")
def index(request: Request) -> HTMLResponse:
    store, reader = _store(request), Reader()
    return _render(request, "index.html", counts=store.counts(),
                   stories=reader.read_all(store.page("story", limit=20).items, StoryRecord),
                   agreements=reader.read_all(store.page("agreement", limit=20).items,
                                              AgreementRecord),
                   unreadable=reader.unreadable)


@router.get("/documents")
def documents(request: Request) -> Response:
    reader = Reader()
    rows = [listing.document_row(d) for d in _documents(_store(request), reader).values()]
    built = listing.build(rows, listing.DOCUMENT_COLUMNS, listing.DOCUMENT_FACETS,
                          dict(request.query_params), limit=PAGE_SIZE)
    return _list_page(request, "documents", built, "Documents", unreadable=reader.unreadable)


MARKED: dict[str, type[Marked]] = {"statement": StatementRecord, "event": EventRecord}


@router.get("/documents/{doc_id:path}")
def document(request: Request, doc_id: str) -> HTMLResponse:
    store, reader = _store(request), Reader()
    records = store.document_records(doc_id)
    if not records or records[0].get("kind") != "document":
        raise HTTPException(404, f"no document {doc_id!r}")
    doc = reader.read(records[0], DocumentRecord)
    if doc is None:
        raise HTTPException(422, f"document {doc_id!r} is stored in a form this version of "
                                 "eventwire cannot read")
    marked = [m for r in records if (cls := MARKED.get(r.get("kind"))) is not None
              and (m := reader.read(r, cls)) is not None]
    return _render(request, "document.html", doc=doc,
                   segments=segments(doc.text or "", marked),
                   statements=[r for r in marked if isinstance(r, StatementRecord)],
                   events=[r for r in marked if isinstance(r, EventRecord)],
                   records={r.id: r.to_json() for r in marked},
                   stories=reader.read_all(store.linking("document", doc_id, "story"),
                                           StoryRecord),
                   unreadable=reader.unreadable)


@router.get("/statements")
def statements(request: Request) -> Response:
    store, reader = _store(request), Reader()
    docs = _documents(store, reader)
    bodies = _every(lambda o: store.page("statement", limit=MAX_PAGE, offset=o))
    rows = [listing.statement_row(s, docs.get(s.document))
            for s in reader.read_all(bodies, StatementRecord)]
    built = listing.build(rows, listing.STATEMENT_COLUMNS, listing.STATEMENT_FACETS,
                          dict(request.query_params), limit=PAGE_SIZE)
    return _list_page(request, "statements", built, "Statements",
                      unreadable=reader.unreadable)


@router.get("/stories")
def stories(request: Request, offset: str | None = None) -> HTMLResponse:
    page = _store(request).page("story", limit=PAGE_SIZE, offset=_int(offset))
    return _render(request, "stories.html", result=page)


@router.get("/stories/{story_id:path}")
def story(request: Request, story_id: str) -> HTMLResponse:
    store = _store(request)
    view = story_view(store, required(store, story_id, StoryRecord))
    explained = [discrepancy_view(store, d) for d in view["discrepancies"]]
    return _render(request, "story.html", **view, explained=explained)


@router.get("/discrepancies/{discrepancy_id:path}")
def discrepancy(request: Request, discrepancy_id: str) -> HTMLResponse:
    store = _store(request)
    found = required(store, discrepancy_id, DiscrepancyRecord)
    return _render(request, "discrepancy.html", **discrepancy_view(store, found))


@router.get("/agreements")
def agreements(request: Request) -> HTMLResponse:
    store, reader = _store(request), Reader()
    views = [agreement_view(store, a) for a in
             reader.read_all(store.page("agreement", limit=MAX_PAGE).items, AgreementRecord)]
    headlines = {doc_id: words.headline(doc)
                 for doc_id, doc in _documents(store, reader).items()}
    unreadable = [*reader.unreadable, *(i for v in views for i in v["unreadable"])]
    return _render(request, "agreements.html", agreements=views, headlines=headlines,
                   unreadable=list(dict.fromkeys(unreadable)))


def _event_rows(store: SQLStore, filters: EventFilter, reader: Reader) -> list[listing.Row]:
    """The rows of every event the store's filters keep, each with its document. The date
    range is applied after the stories date undated events, so that a story-dated event is
    kept (or left out) by the date it is shown with."""
    docs = _documents(store, reader)
    undated_range = replace(filters, date_from=None, date_to=None)
    bodies = _every(lambda o: store.events(undated_range, limit=MAX_PAGE, offset=o))
    given = story_dates(_every(lambda o: store.page("story", limit=MAX_PAGE, offset=o)))
    dated = (_story_dated(e, given) for e in reader.read_all(bodies, EventRecord))
    return [listing.event_row(e, docs.get(e.document)) for e in dated
            if _in_range(e.date, filters.date_from, filters.date_to)]


def _in_range(value: str | None, date_from: str | None, date_to: str | None) -> bool:
    """The store's date range: ISO prefixes, both ends inclusive ("2025-03" to "2025-03"
    keeps every day of March); an undated event is outside any range."""
    if not date_from and not date_to:
        return True
    return bool(value) and (not date_from or str(value) >= date_from) \
        and (not date_to or str(value) <= date_to + "\uffff")


def _story_dated(event: EventRecord, given: dict[str, Any]) -> EventRecord:
    """An undated event with the date its story gives it (``dated_by`` "story")."""
    if event.date or event.id not in given:
        return event
    value, precision, dated_by = event_date({"id": event.id}, given)
    return replace(event, date=value, date_precision=precision, dated_by=dated_by)


@router.get("/events")
def events(request: Request) -> Response:
    store = _store(request)
    params = dict(request.query_params)
    # the free-text and range filters go to the store; the facets are applied on the rows
    filters = event_filter({k: params.get(k) for k in ("actor", "date_from", "date_to")})
    reader = Reader()
    built = listing.build(_event_rows(store, filters, reader), listing.EVENT_COLUMNS,
                          listing.EVENT_FACETS, params, limit=PAGE_SIZE)
    return _list_page(request, "events", built, "Events", filters=filters,
                      timeline=charts.timeline_plot(_events_of(built)),
                      unreadable=reader.unreadable)


def _events_of(built: listing.Listing) -> list[EventRecord]:
    return [r.record for r in built.every if isinstance(r.record, EventRecord)]


@router.get("/map")
def map_page(request: Request) -> HTMLResponse:
    store = _store(request)
    params = dict(request.query_params)
    filters = event_filter({k: params.get(k) for k in ("actor", "date_from", "date_to")})
    filters.located = True
    reader = Reader()
    built = listing.build(_event_rows(store, filters, reader), listing.EVENT_COLUMNS,
                          listing.EVENT_FACETS, params, limit=PAGE_SIZE)
    plot = charts.map_plot(_events_of(built))
    return _render(request, "map.html", plot=plot, list=built, filters=filters,
                   params={k: v for k, v in params.items() if v}, url=request.url.path,
                   total=sum(len(p["events"]) for p in plot["points"]),
                   unreadable=reader.unreadable)


@router.get("/search")
def search(request: Request, q: str = "", offset: str | None = None) -> HTMLResponse:
    q = q[:500]
    result = _store(request).search(q, limit=PAGE_SIZE, offset=_int(offset)) if q.strip() \
        else None
    return _render(request, "search.html", q=q, result=result)
