"""HTML pages: main text and metadata through trafilatura."""

from __future__ import annotations

from typing import Any

from eventwire.ingest.errors import BadInput


def html_to_fields(html: str, url: str | None = None) -> dict[str, Any]:
    """Main text, title, date, outlet and URL of a page (keys as in a JSONL document)."""
    import trafilatura

    extracted = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, favor_precision=True
    )
    if extracted is None:
        raise BadInput("no main text found in the HTML page")
    data = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    text = (data.get("text") or "").strip()
    if not text:
        raise BadInput("no main text found in the HTML page")
    return {
        "text": text,
        "title": data.get("title"),
        "published": data.get("date"),
        "outlet": data.get("sitename") or data.get("hostname"),
        "url": data.get("url") or url,
    }
