"""The API docs page, offline: Swagger UI's files come from the ``fastapi-offline`` package
and are served from this server; the page's one script is ours (no inline script, so the
Content-Security-Policy can forbid inline code)."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

ASSETS_URL = "/api/docs-assets"

router = APIRouter(include_in_schema=False)


def assets_dir() -> Path:
    """Swagger UI's JavaScript and CSS as the fastapi-offline package ships them."""
    import fastapi_offline

    return Path(fastapi_offline.__file__).parent / "static"


@router.get("/api/docs", response_class=HTMLResponse)
def swagger_ui(request: Request) -> HTMLResponse:
    static = request.url_for("static", path="api-docs.js").path
    return HTMLResponse(f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>eventwire API</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="{ASSETS_URL}/swagger-ui.css">
</head>
<body>
<p style="margin:.5rem 1rem;font:14px system-ui,sans-serif"><a href="/">&larr; eventwire</a>
&middot; <a href="/api/openapi.json">openapi.json</a></p>
<div id="swagger-ui" data-openapi="/api/openapi.json"></div>
<script src="{ASSETS_URL}/swagger-ui-bundle.js"></script>
<script src="{static}"></script>
</body>
</html>
""")
