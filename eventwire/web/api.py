"""The JSON API: records in the contract's shape, pages of them, filters, search, ingest.

Read-only, except ``POST /api/ingest``, which needs ``Authorization: Bearer <token>`` where
the token is the server's ``EVENTWIRE_API_TOKEN``; with no token set, ingest is off.
"""

from __future__ import annotations

import hmac
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request
from pydantic import BaseModel, Field

from eventwire.store.base import MAX_PAGE, Page, SQLStore
from eventwire.web.views import event_filter, snippet_parts, story_view

router = APIRouter(prefix="/api")

Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description="Records per page.")]
Offset = Annotated[int, Query(ge=0, description="Records to skip.")]


class RecordPage(BaseModel):
    """A page of contract records (see the record contract for each kind's fields)."""

    items: list[dict[str, Any]]
    total: int = Field(description="Records matching, over all pages.")
    limit: int
    offset: int
    next_offset: int | None = Field(description="Offset of the next page; null on the last.")


class ErrorDetail(BaseModel):
    status: int
    code: str
    message: str


class ErrorBody(BaseModel):
    """The one shape of every JSON error."""

    error: ErrorDetail


class SearchHit(BaseModel):
    kind: str
    id: str
    document: str | None
    snippet: str = Field(description="Text around the hits, plain.")
    highlights: list[list[int]] = Field(description="[start, end] of each hit in the snippet.")
    record: dict[str, Any]


class SearchPage(BaseModel):
    items: list[SearchHit]
    total: int
    limit: int
    offset: int
    next_offset: int | None


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


def _page(page: Page) -> dict[str, Any]:
    end = page.offset + len(page.items)
    return {"items": page.items, "total": page.total, "limit": page.limit,
            "offset": page.offset, "next_offset": end if end < page.total else None}


@router.get("/counts", summary="Records per kind and the migrations applied",
            responses=ERRORS)
def counts(store: StoreDep) -> dict[str, Any]:
    return {"counts": store.counts(), "migrations": store.migrations()}


@router.get("/records", response_model=RecordPage, summary="Records of one kind",
            responses=ERRORS)
def records(store: StoreDep,
            kind: Annotated[str, Query(pattern="^(document|passage|statement|event|agreement|"
                                               "story|discrepancy)$")] = "document",
            document: str | None = None, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    return _page(store.page(kind, document=document, limit=limit, offset=offset))


@router.get("/records/{record_id:path}", summary="One record by id", responses=ERRORS)
def record(record_id: str, store: StoreDep) -> dict[str, Any]:
    found = store.get(record_id)
    if found is None:
        raise HTTPException(404, f"no record {record_id!r}")
    return found


@router.get("/documents", response_model=RecordPage, summary="Documents", responses=ERRORS)
def documents(store: StoreDep, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    return _page(store.page("document", limit=limit, offset=offset))


@router.get("/documents/{doc_id:path}/records", summary="A document and all its records",
            responses=ERRORS)
def document_records(doc_id: str, store: StoreDep) -> dict[str, Any]:
    found = store.document_records(doc_id)
    if not found:
        raise HTTPException(404, f"no document {doc_id!r}")
    return {"items": found, "total": len(found)}


@router.get("/statements", response_model=RecordPage, summary="Statements", responses=ERRORS)
def statements(store: StoreDep, document: str | None = None, limit: Limit = 50,
               offset: Offset = 0) -> dict[str, Any]:
    return _page(store.page("statement", document=document, limit=limit, offset=offset))


@router.get("/events", response_model=RecordPage, summary="Events, filtered",
            responses=ERRORS)
def events(
    store: StoreDep,
    actor: Annotated[str | None, Query(description="Actor or recipient name, any case/accents")]
    = None,
    country: Annotated[str | None, Query(description="Actor or recipient country code")] = None,
    type: Annotated[str | None, Query(description="PLOVER event type")] = None,
    modality: str | None = None,
    date_from: Annotated[str | None, Query(description="Inclusive, YYYY[-MM[-DD]]")] = None,
    date_to: Annotated[str | None, Query(description="Inclusive, YYYY[-MM[-DD]]")] = None,
    document: str | None = None,
    located: bool = False,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    filters = event_filter({"actor": actor, "country": country, "type": type,
                            "modality": modality, "date_from": date_from, "date_to": date_to,
                            "document": document, "located": "1" if located else ""})
    return _page(store.events(filters, limit=limit, offset=offset))


@router.get("/stories", response_model=RecordPage, summary="Stories", responses=ERRORS)
def stories(store: StoreDep, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    return _page(store.page("story", limit=limit, offset=offset))


@router.get("/stories/{story_id:path}", summary="A story: each source's account side by side "
            "and the discrepancies", responses=ERRORS)
def story(story_id: str, store: StoreDep) -> dict[str, Any]:
    found = store.get(story_id)
    if found is None or found["kind"] != "story":
        raise HTTPException(404, f"no story {story_id!r}")
    return story_view(store, found)


@router.get("/agreements", response_model=RecordPage, summary="Agreements", responses=ERRORS)
def agreements(store: StoreDep, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    return _page(store.page("agreement", limit=limit, offset=offset))


@router.get("/discrepancies", response_model=RecordPage, summary="Discrepancies",
            responses=ERRORS)
def discrepancies(store: StoreDep, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    return _page(store.page("discrepancy", limit=limit, offset=offset))


@router.get("/search", response_model=SearchPage, summary="Full-text search of documents "
            "and statements (case and accents ignored)", responses=ERRORS)
def search(store: StoreDep, q: Annotated[str, Query(min_length=1, max_length=500)],
           kind: Annotated[str | None, Query(pattern="^(document|statement)$")] = None,
           limit: Annotated[int, Query(ge=1, le=200)] = 20, offset: Offset = 0) -> dict[str, Any]:
    page = store.search(q, kinds=(kind,) if kind else ("document", "statement"), limit=limit,
                        offset=offset)
    items = []
    for hit in page.items:
        text, highlights = snippet_parts(hit["snippet"])
        items.append({"kind": hit["kind"], "id": hit["id"], "document": hit["document"],
                      "snippet": text, "highlights": highlights, "record": hit["record"]})
    return _page(Page(items, page.total, page.limit, page.offset))


def require_token(request: Request,
                  authorization: Annotated[str | None, Header()] = None) -> None:
    """Ingest is open only to holders of the server's token; without one it is off."""
    expected = request.app.state.token
    if not expected:
        raise HTTPException(403, "ingest is disabled: start the server with "
                                 "EVENTWIRE_API_TOKEN set")
    given = (authorization or "").removeprefix("Bearer ").strip()
    if not given or not hmac.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(401, "a valid 'Authorization: Bearer <token>' header is required")


@router.post("/ingest", response_model=IngestResult, dependencies=[Depends(require_token)],
             summary="Extract texts and/or store records (token required)",
             responses={**ERRORS, 401: {"model": ErrorBody, "description": "No valid token"},
                        403: {"model": ErrorBody, "description": "Ingest disabled"}})
def ingest(body: IngestRequest, store: StoreDep) -> dict[str, Any]:
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
