"""Web pages and JSON API over a store: ``create_app(db)``, served by ``eventwire serve``."""

from __future__ import annotations

from eventwire.web.app import create_app, error_body

__all__ = ["create_app", "error_body"]
