"""The JSON API: records in the contract's shape, pages of them, filters, search, ingest.

Read-only, except ``POST /api/ingest``, which needs ``Authorization: Bearer <token>`` where
the token is the server's ``EVENTWIRE_API_TOKEN``; with no token set, ingest is off.
Filter values are checked (an unknown event type or a malformed date answers 422 in the one
error shape); offsets are bounded, so no page request can overflow the database.
"""

from __future__ import annotations

import hmac
from dataclasses import replace
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field

from eventwire.reconcile.story_dates import event_date, story_dates
from eventwire.records import StoryRecord
from eventwire.store.base import MAX_PAGE, Page, SQLStore
from eventwire.web import schemas
from eventwire.web.views import event_filter, required, snippet_parts, story_json, story_view

MAX_OFFSET = 1_000_000_000  # far beyond any store, far below the database's 2^63


def _operation_id(route: APIRoute) -> str:
    return route.name


router = APIRouter(prefix="/api", generate_unique_id_function=_operation_id)

Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description="Records per page.")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Records to skip.")]
DatePrefix = Annotated[str | None, Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$",
                                         description="Inclusive, YYYY[-MM[-DD]]")]
DocumentId = Annotated[str | None, Query(min_length=1, max_length=500,
                                         description="Only records of this document")]


class ErrorDetail(BaseModel):
    status: int
    code: str
    message: str


class ErrorBody(BaseModel):
    """The one shape of every JSON error."""

    error: ErrorDetail


class Counts(BaseModel):
    counts: dict[str, int] = Field(description="Records per kind")
    migrations: list[str] = Field(description="Migrations applied to the store, in order")


class DocumentWithRecords(BaseModel):
    items: list[schemas.AnyRecord] = Field(description="The document, then its passages, "
                                                       "statements and events")
    total: int


class StoryAccount(BaseModel):
    document: schemas.DocumentRecord
    statements: list[schemas.StatementRecord]
    events: list[schemas.EventRecord]


class StoryView(BaseModel):
    story: schemas.StoryRecord
    columns: list[StoryAccount] = Field(description="Each source's account, side by side")
    discrepancies: list[schemas.DiscrepancyRecord]


class SearchHit(BaseModel):
    kind: str
    id: str
    document: str | None
    snippet: str = Field(description="Text around the hits, plain.")
    highlights: list[list[int]] = Field(description="[start, end] of each hit in the snippet.")
    record: schemas.AnyRecord


SearchPage = schemas.page_of(SearchHit, "SearchPage")


class IngestDocument(BaseModel):
    text: str = Field(min_length=1)
    id: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    language: str | None = None


class IngestRequest(BaseModel):
    """Texts to extract and store, or records already extracted (or both)."""

    documents: list[IngestDocument] = Field(default_factory=list, max_length=1000)
    records: list[dict[str, Any]] = Field(default_factory=list, max_length=100_000)
    reference_date: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")


class IngestResult(BaseModel):
    documents: int
    errors: list[str]
    counts: dict[str, int]


ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody, "description": text}
    for code, text in ((400, "Bad request"), (404, "Not found"), (413, "Request too large"),
                       (422, "Invalid parameters"))
}


def get_store(request: Request) -> SQLStore:
    return request.app.state.store


StoreDep = Annotated[SQLStore, Depends(get_store)]


def _page(page: Page) -> JSONResponse:
    """A page as sent: the stored records as they are (the schemas document, not filter)."""
    end = page.offset + len(page.items)
    return JSONResponse({"items": page.items, "total": page.total, "limit": page.limit,
                         "offset": page.offset,
                         "next_offset": end if end < page.total else None})


@router.get("/counts", response_model=Counts, tags=["store"],
            summary="Records per kind and the migrations applied", responses=ERRORS)
def counts(store: StoreDep) -> Any:
    return JSONResponse({"counts": store.counts(), "migrations": store.migrations()})


@router.get("/records", response_model=schemas.RecordPage, tags=["records"],
            summary="Records of one kind", responses=ERRORS)
def list_records(store: StoreDep, kind: schemas.Kind = "document", document: DocumentId = None,
                 limit: Limit = 50, offset: Offset = 0) -> Any:
    return _page(store.page(kind, document=document, limit=limit, offset=offset))


@router.get("/records/{record_id:path}", response_model=schemas.AnyRecord, tags=["records"],
            summary="One record by id", responses=ERRORS)
def get_record(record_id: str, store: StoreDep) -> Any:
    found = store.get(record_id)
    if found is None:
        raise HTTPException(404, f"no record {record_id!r}")
    return JSONResponse(found)


@router.get("/documents", response_model=schemas.DocumentPage, tags=["documents"],
            summary="Documents", responses=ERRORS)
def list_documents(store: StoreDep, limit: Limit = 50, offset: Offset = 0) -> Any:
    return _page(store.page("document", limit=limit, offset=offset))


@router.get("/documents/{doc_id:path}/records", response_model=DocumentWithRecords,
            tags=["documents"], summary="A document and all its records", responses=ERRORS)
def get_document_records(doc_id: str, store: StoreDep) -> Any:
    found = store.document_records(doc_id)
    if not found:
        raise HTTPException(404, f"no document {doc_id!r}")
    return JSONResponse({"items": found, "total": len(found)})


@router.get("/statements", response_model=schemas.StatementPage, tags=["statements"],
            summary="Statements", responses=ERRORS)
def list_statements(store: StoreDep, document: DocumentId = None, limit: Limit = 50,
                    offset: Offset = 0) -> Any:
    return _page(store.page("statement", document=document, limit=limit, offset=offset))


@router.get("/events", response_model=schemas.EventPage, tags=["events"],
            summary="Events, filtered", responses=ERRORS)
def list_events(
    store: StoreDep,
    actor: Annotated[str | None, Query(max_length=200, description="Actor or recipient "
                                       "name, any case/accents, substring")] = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{2,6}$", description="Actor or "
                                         "recipient country code (ISO alpha-3)")] = None,
    type: Annotated[schemas.EventType | None, Query(description="PLOVER event type")] = None,
    modality: schemas.Modality | None = None,
    date_from: DatePrefix = None,
    date_to: DatePrefix = None,
    document: DocumentId = None,
    located: Annotated[bool, Query(description="Only events with coordinates")] = False,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Any:
    filters = event_filter({"actor": actor, "country": country, "type": type,
                            "modality": modality, "date_from": date_from, "date_to": date_to,
                            "document": document, "located": "1" if located else ""})
    given = story_dates(_all(lambda o: store.page("story", limit=MAX_PAGE, offset=o)))
    if not given:
        return _page(store.events(filters, limit=limit, offset=offset))
    if not date_from and not date_to:
        page = store.events(filters, limit=limit, offset=offset)
        return _page(Page([_story_dated(e, given) for e in page.items], page.total, page.limit,
                          page.offset))
    # the range keeps an event by the date it is shown with, its story's for an undated one
    undated_range = replace(filters, date_from=None, date_to=None)
    kept = [e for e in (_story_dated(e, given) for e in _all(
        lambda o: store.events(undated_range, limit=MAX_PAGE, offset=o)))
        if _in_range(e.get("date"), filters.date_from, filters.date_to)]
    return _page(Page(kept[offset:offset + limit], len(kept), limit, offset))


def _story_dated(event: dict[str, Any], given: dict[str, Any]) -> dict[str, Any]:
    """An undated event with the date its story gives it, ``dated_by`` "story", as the
    exports and the events page show it."""
    if event.get("date") or str(event.get("id")) not in given:
        return event
    value, precision, dated_by = event_date(event, given)
    return {**event, "date": value, "date_precision": precision, "dated_by": dated_by}


def _in_range(value: str | None, date_from: str | None, date_to: str | None) -> bool:
    """The store's date range: ISO prefixes, both ends inclusive; undated is outside it."""
    return bool(value) and (not date_from or str(value) >= date_from) \
        and (not date_to or str(value) <= date_to + "\uffff")


def _all(fetch: Any) -> list[dict[str, Any]]:
    """Every record of a store query, page by page (offset -> Page)."""
    found: list[dict[str, Any]] = []
    while True:
        page = fetch(len(found))
        found += page.items
        if not page.items or len(found) >= page.total:
            return found


@router.get("/stories", response_model=schemas.StoryPage, tags=["stories"],
            summary="Stories", responses=ERRORS)
def list_stories(store: StoreDep, limit: Limit = 50, offset: Offset = 0) -> Any:
    return _page(store.page("story", limit=limit, offset=offset))


@router.get("/stories/{story_id:path}", response_model=StoryView, tags=["stories"],
            summary="A story: each source's account side by side and the discrepancies",
            responses=ERRORS)
def get_story(story_id: str, store: StoreDep) -> Any:
    return JSONResponse(story_json(story_view(store, required(store, story_id, StoryRecord))))


@router.get("/agreements", response_model=schemas.AgreementPage, tags=["agreements"],
            summary="Agreements", responses=ERRORS)
def list_agreements(store: StoreDep, limit: Limit = 50, offset: Offset = 0) -> Any:
    return _page(store.page("agreement", limit=limit, offset=offset))


@router.get("/discrepancies", response_model=schemas.DiscrepancyPage, tags=["stories"],
            summary="Discrepancies", responses=ERRORS)
def list_discrepancies(store: StoreDep, limit: Limit = 50, offset: Offset = 0) -> Any:
    return _page(store.page("discrepancy", limit=limit, offset=offset))


@router.get("/search", response_model=SearchPage, tags=["search"],
            summary="Full-text search of documents and statements (case and accents ignored)",
            responses=ERRORS)
def search(store: StoreDep, q: Annotated[str, Query(min_length=1, max_length=500)],
           kind: Annotated[str | None, Query(pattern="^(document|statement)$")] = None,
           limit: Annotated[int, Query(ge=1, le=200)] = 20, offset: Offset = 0) -> Any:
    page = store.search(q, kinds=(kind,) if kind else ("document", "statement"), limit=limit,
                        offset=offset)
    items = []
    for hit in page.items:
        text, highlights = snippet_parts(hit["snippet"])
        items.append({"kind": hit["kind"], "id": hit["id"], "document": hit["document"],
                      "snippet": text, "highlights": highlights, "record": hit["record"]})
    return _page(Page(items, page.total, page.limit, page.offset))


bearer = HTTPBearer(auto_error=False, scheme_name="bearerToken",
                    description="The server's EVENTWIRE_API_TOKEN, sent as "
                                "'Authorization: Bearer <token>'")


def require_token(request: Request, credentials: Annotated[
        HTTPAuthorizationCredentials | None, Depends(bearer)] = None) -> None:
    """Ingest is open only to holders of the server's token; without one it is off.

    Only the ``Authorization: Bearer`` header is read: never a query parameter or a cookie,
    which would leak into logs and histories."""
    expected = request.app.state.token
    if not expected:
        raise HTTPException(403, "ingest is disabled: start the server with "
                                 "EVENTWIRE_API_TOKEN set")
    given = credentials.credentials.strip() if credentials else ""
    if not given or not hmac.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(401, "a valid 'Authorization: Bearer <token>' header is required",
                            headers={"WWW-Authenticate": "Bearer"})


@router.post("/ingest", response_model=IngestResult, dependencies=[Depends(require_token)],
             tags=["ingest"], summary="Extract texts and/or store records (token required)",
             responses={**ERRORS, 401: {"model": ErrorBody, "description": "No valid token"},
                        403: {"model": ErrorBody, "description": "Ingest disabled"}})
def ingest(body: IngestRequest, store: StoreDep) -> Any:
    from eventwire.api import Result, extract_documents, ingest_into
    from eventwire.ingest.readers import read_text

    for record in body.records:
        if not isinstance(record.get("kind"), str) or not isinstance(record.get("id"), str):
            raise HTTPException(400, "every record needs a string 'kind' and 'id'")
    docs = [read_text(d.text, **{k: v for k, v in d.model_dump().items()
                                 if k != "text" and v is not None})
            for d in body.documents]
    result = extract_documents(docs, reference_date=body.reference_date) if docs else Result()
    result.records = [*body.records, *result.records]
    counts = ingest_into(store, result)
    return {"documents": len(result.documents) + sum(r["kind"] == "document"
                                                     for r in body.records),
            "errors": [str(e) for e in result.errors], "counts": counts}
