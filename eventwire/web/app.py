"""The FastAPI application: pages, the JSON API, one error shape, request size limits.

``create_app(db)`` opens the store once and serves from it. Settings come from arguments or
the environment: ``EVENTWIRE_API_TOKEN`` (ingest over the API; off when unset) and
``EVENTWIRE_MAX_BODY_BYTES`` (default 5 MiB).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from eventwire.store import open_store
from eventwire.store.base import SQLStore

MAX_BODY_BYTES = 5 * 1024 * 1024
MAX_URL_BYTES = 8 * 1024
STATIC = Path(__file__).parent / "static"

CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
         405: "method_not_allowed", 413: "request_too_large", 414: "uri_too_long",
         422: "invalid_parameters", 500: "internal_error"}


def error_body(status: int, message: str) -> dict[str, Any]:
    """The one shape of every JSON error: {"error": {"status", "code", "message"}}."""
    return {"error": {"status": status, "code": CODES.get(status, "error"), "message": message}}


class LimitRequestSize:
    """Refuse bodies over ``max_body`` (by Content-Length, or while reading a chunked body)
    and URLs over ``max_url``, before the application reads them."""

    def __init__(self, app: ASGIApp, max_body: int, max_url: int = MAX_URL_BYTES) -> None:
        self.app, self.max_body, self.max_url = app, max_body, max_url

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if len(scope.get("path", "")) + len(scope.get("query_string", b"")) > self.max_url:
            await _send_error(scope, send, 414, "URL too long")
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            await _send_error(scope, send, 413, f"request body over {self.max_body} bytes")
            return
        if length is not None or scope.get("method") in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        # no Content-Length (chunked): read up to the limit first, then replay to the app
        messages: list[Message] = []
        seen = 0
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                break
            seen += len(message.get("body", b""))
            if seen > self.max_body:
                await _send_error(scope, send, 413, f"request body over {self.max_body} bytes")
                return
            if not message.get("more_body"):
                break

        async def replay() -> Message:
            return messages.pop(0) if messages else await receive()

        await self.app(scope, replay, send)


async def _send_error(scope: Scope, send: Send, status: int, message: str) -> None:
    response = JSONResponse(error_body(status, message), status_code=status)
    await response(scope, _noop_receive, send)


async def _noop_receive() -> Message:  # pragma: no cover - responses never read
    return {"type": "http.disconnect"}


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("eventwire")
    except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "0"


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.url.path.startswith("/openapi")


def create_app(db: str | Path | SQLStore, *, token: str | None = None,
               max_body_bytes: int | None = None) -> FastAPI:
    """The web app over a store path/URL (opened here, closed on shutdown) or an open store."""
    from eventwire.web import api, pages

    owns_store = not isinstance(db, SQLStore)
    store = open_store(db) if owns_store else db

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        if owns_store:
            store.close()

    app = FastAPI(
        title="eventwire",
        version=_version(),
        description="Sourced, structured records of wars and negotiations: documents, "
                    "statements, PLOVER events, agreements, stories and discrepancies, in the "
                    "shape of eventwire's record contract. Read-only, except ingest, which "
                    "needs the server's token. Every error is "
                    '`{"error": {"status", "code", "message"}}`.',
        lifespan=lifespan,
        docs_url="/api/docs",
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.store = store
    app.state.token = token if token is not None else os.environ.get("EVENTWIRE_API_TOKEN") or None
    limit = max_body_bytes or int(os.environ.get("EVENTWIRE_MAX_BODY_BYTES") or MAX_BODY_BYTES)
    app.add_middleware(LimitRequestSize, max_body=limit)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if _wants_json(request):
            return JSONResponse(error_body(exc.status_code, message),
                                status_code=exc.status_code, headers=exc.headers)
        return _error_page(request, exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg')}"
                             for e in exc.errors())
        if _wants_json(request):
            return JSONResponse(error_body(422, problems or "invalid request"), status_code=422)
        return _error_page(request, 422, problems)

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception) -> Response:
        message = f"internal error ({type(exc).__name__})"
        if _wants_json(request):
            return JSONResponse(error_body(500, message), status_code=500)
        return _error_page(request, 500, message)

    return app


def _error_page(request: Request, status: int, message: str) -> HTMLResponse:
    from eventwire.web.pages import TEMPLATES

    return TEMPLATES.TemplateResponse(request, "error.html",
                                      {"page": "error", "status": status, "message": message},
                                      status_code=status)
