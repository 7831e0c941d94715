"""The FastAPI application: pages, the JSON API, one error shape, request size limits.

``create_app(db)`` opens the store once and serves from it. Settings come from arguments or
the environment: ``EVENTWIRE_API_TOKEN`` (ingest over the API; off when unset),
``EVENTWIRE_MAX_BODY_BYTES`` (default 5 MiB) and ``EVENTWIRE_ALLOWED_HOSTS`` (comma-separated
Host names the server answers to; default the loopback names).

Every response carries a Content-Security-Policy that allows nothing from another host,
``X-Content-Type-Options: nosniff``, ``X-Frame-Options: DENY`` and a Referrer-Policy. The API
docs page is Swagger UI from the ``fastapi-offline`` package's files, served from here.
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
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from eventwire.store import open_store
from eventwire.store.base import SQLStore

MAX_BODY_BYTES = 5 * 1024 * 1024
MAX_URL_BYTES = 8 * 1024
STATIC = Path(__file__).parent / "static"

# names a browser on this machine uses; "testserver" is Starlette's TestClient
LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "testserver")
SECURITY_HEADERS = [
    (b"content-security-policy",
     b"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
     b"img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; "
     b"base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
]

OPENAPI_TAGS = [
    {"name": "documents", "description": "Stored documents, their text and their records"},
    {"name": "statements", "description": "Who said what, through whom"},
    {"name": "events", "description": "PLOVER events, filtered by actor, country, type, "
                                      "modality and date"},
    {"name": "agreements", "description": "Ceasefires, exchanges, talks and their status"},
    {"name": "stories", "description": "The same happening across sources, and where the "
                                       "sources differ (discrepancies)"},
    {"name": "records", "description": "Any record by kind or id"},
    {"name": "search", "description": "Full-text search, case and accents ignored"},
    {"name": "store", "description": "What the store holds"},
    {"name": "ingest", "description": "Add texts or records (needs the server's token)"},
]

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


class SecurityHeaders:
    """Add the security headers to every response, pages, API, static files and errors."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(n, v) for n, v in SECURITY_HEADERS if n not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def allowed_hosts_from_env() -> list[str]:
    """EVENTWIRE_ALLOWED_HOSTS as a list, or the loopback names when it is unset."""
    raw = os.environ.get("EVENTWIRE_ALLOWED_HOSTS", "")
    hosts = [h.strip() for h in raw.split(",") if h.strip()]
    return hosts or list(LOOPBACK_HOSTS)


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
               max_body_bytes: int | None = None,
               allowed_hosts: list[str] | None = None) -> FastAPI:
    """The web app over a store path/URL (opened here, closed on shutdown) or an open store.

    ``allowed_hosts``: Host header values answered (``*`` for any); others get 400, which
    keeps a page on another site from reaching this server through DNS rebinding."""
    from eventwire.web import api, docs, pages

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
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
        openapi_tags=OPENAPI_TAGS,
    )
    app.state.store = store
    app.state.token = token if token is not None else os.environ.get("EVENTWIRE_API_TOKEN") or None
    limit = max_body_bytes or int(os.environ.get("EVENTWIRE_MAX_BODY_BYTES") or MAX_BODY_BYTES)
    app.add_middleware(LimitRequestSize, max_body=limit)
    app.add_middleware(TrustedHostMiddleware,
                       allowed_hosts=allowed_hosts or allowed_hosts_from_env())
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    app.mount(docs.ASSETS_URL, StaticFiles(directory=str(docs.assets_dir())), name="docs-assets")
    app.include_router(docs.router)
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
