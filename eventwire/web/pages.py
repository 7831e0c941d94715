"""Server-rendered pages (Jinja2, autoescaped): every piece of article text goes out escaped."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from eventwire.store.base import MAX_PAGE, SQLStore
from eventwire.web.views import (
    actor_label,
    agreement_view,
    event_filter,
    map_points,
    segments,
    snippet_html,
    story_view,
    timeline_bars,
)

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
TEMPLATES.env.filters["actor"] = actor_label
TEMPLATES.env.filters["actors"] = lambda actors: ", ".join(actor_label(a) for a in actors or [])
TEMPLATES.env.filters["snippet"] = snippet_html
TEMPLATES.env.globals["quantities"] = lambda qs: ", ".join(
    q.get("text") or f"{q.get('value')} {q.get('unit')}" for q in qs or [])

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
PAGE_SIZE = 50


def _store(request: Request) -> SQLStore:
    return request.app.state.store


def _render(request: Request, name: str, **ctx: Any) -> HTMLResponse:
    return TEMPLATES.TemplateResponse(request, name, {"page": name.removesuffix(".html"), **ctx})


def _int(value: str | None, default: int = 0) -> int:
    try:
        return max(0, int(value or default))
    except ValueError:
        return default


@router.get("/")
def index(request: Request) -> HTMLResponse:
    store = _store(request)
    return _render(request, "index.html", counts=store.counts(),
                   stories=store.page("story", limit=20).items,
                   agreements=store.page("agreement", limit=20).items)


@router.get("/documents")
def documents(request: Request, offset: str | None = None) -> HTMLResponse:
    page = _store(request).page("document", limit=PAGE_SIZE, offset=_int(offset))
    return _render(request, "documents.html", result=page)


@router.get("/documents/{doc_id:path}")
def document(request: Request, doc_id: str) -> HTMLResponse:
    store = _store(request)
    records = store.document_records(doc_id)
    if not records or records[0]["kind"] != "document":
        raise HTTPException(404, f"no document {doc_id!r}")
    doc = records[0]
    marked = [r for r in records if r["kind"] in ("statement", "event")]
    return _render(request, "document.html", doc=doc,
                   segments=segments(doc.get("text") or "", marked),
                   statements=[r for r in marked if r["kind"] == "statement"],
                   events=[r for r in marked if r["kind"] == "event"],
                   records={r["id"]: r for r in marked},
                   stories=store.linking("document", doc_id, "story"))


@router.get("/stories")
def stories(request: Request, offset: str | None = None) -> HTMLResponse:
    page = _store(request).page("story", limit=PAGE_SIZE, offset=_int(offset))
    return _render(request, "stories.html", result=page)


@router.get("/stories/{story_id:path}")
def story(request: Request, story_id: str) -> HTMLResponse:
    store = _store(request)
    found = store.get(story_id)
    if found is None or found["kind"] != "story":
        raise HTTPException(404, f"no story {story_id!r}")
    return _render(request, "story.html", **story_view(store, found))


@router.get("/agreements")
def agreements(request: Request) -> HTMLResponse:
    store = _store(request)
    views = [agreement_view(store, a) for a in store.page("agreement", limit=MAX_PAGE).items]
    return _render(request, "agreements.html", agreements=views)


@router.get("/events")
def events(request: Request) -> HTMLResponse:
    store = _store(request)
    params = dict(request.query_params)
    filters = event_filter(params)
    offset = _int(params.get("offset"))
    page = store.events(filters, limit=PAGE_SIZE, offset=offset)
    every = store.events(filters, limit=MAX_PAGE).items
    kept = {k: v for k, v in params.items() if k != "offset" and v}
    return _render(request, "events.html", result=page, filters=filters,
                   facets=store.event_facets(), bars=timeline_bars(every),
                   query=urlencode(kept), params=kept)


@router.get("/map")
def map_page(request: Request) -> HTMLResponse:
    store = _store(request)
    params = dict(request.query_params)
    filters = event_filter({**params, "located": "1"})
    located = store.events(filters, limit=MAX_PAGE).items
    return _render(request, "map.html", plot=map_points(located), filters=filters,
                   facets=store.event_facets(), total=len(located))


@router.get("/search")
def search(request: Request, q: str = "", offset: str | None = None) -> HTMLResponse:
    q = q[:500]
    result = _store(request).search(q, limit=PAGE_SIZE, offset=_int(offset)) if q.strip() \
        else None
    return _render(request, "search.html", q=q, result=result)
