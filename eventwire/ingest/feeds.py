"""RSS and Atom feeds: each item is a document with its own date.

An item's text is its full content when the feed carries it, else its summary; with a
fetcher and ``follow_links``, an item whose text is short is replaced by its linked page.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterator
from typing import Any

from eventwire import lang
from eventwire.ingest.decode import repair
from eventwire.ingest.errors import BadInput, InputError
from eventwire.ingest.html import _strip_tags, written_date

FEED_SUFFIXES = {".xml", ".rss", ".atom"}
SHORT_ITEM_CHARS = 400  # items shorter than this are followed to their page when allowed


def looks_like_feed(text: str) -> bool:
    head = text.lstrip()[:1000].lower()
    return "<rss" in head or "<feed" in head or "<rdf:rdf" in head


def _published(entry: Any) -> str | None:
    """The item's date as the feed writes it (its own day, at its own precision: "2025-03"
    stays a month), else feedparser's parse of it (in UTC)."""
    for key in ("published", "created", "updated"):  # "updated" is also RSS 1.0's dc:date
        written = written_date(entry.get(key))
        if written:
            return written
    for key in ("published_parsed", "created_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return time.strftime("%Y-%m-%d", parsed)
    return None


def _item_text(entry: Any) -> str:
    contents = entry.get("content") or []
    best = max((str(c.get("value") or "") for c in contents), key=len, default="")
    summary = str(entry.get("summary") or "")
    return _strip_tags(best if len(best) >= len(summary) else summary)


def _item_id(entry: Any, text: str) -> str:
    key = str(entry.get("id") or entry.get("link") or text)
    return "item-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def _language(code: object) -> str | None:
    """The channel's language when eventwire has data for it, else None (detected later)."""
    try:
        return lang.checked(str(code)) if code else None
    except lang.UnknownLanguage:
        return None


def feed_items(text: str, source: str) -> Iterator[dict[str, Any] | InputError]:
    """JSONL-shaped fields for each item of a feed, or an error per bad item."""
    import feedparser

    try:
        parsed = feedparser.parse(text)
    except (ValueError, OverflowError, RecursionError) as error:  # e.g. "&#x110000;"
        raise BadInput(f"malformed feed ({type(error).__name__}: {error})") from None
    if not parsed.entries:
        reason = getattr(parsed, "bozo_exception", None)
        detail = str(reason).splitlines()[0] if reason else "no items"
        raise BadInput(f"malformed or empty feed ({detail})")
    channel = parsed.feed
    outlet = channel.get("title")
    language = _language(channel.get("language"))
    for n, entry in enumerate(parsed.entries, start=1):
        where = f"{source}#item{n}"
        body = repair(_item_text(entry))
        title = repair(_strip_tags(str(entry.get("title") or ""))) or None
        if not body and not title:
            yield InputError(where, "feed item has no text")
            continue
        fields: dict[str, Any] = {
            "id": _item_id(entry, body),
            "text": f"{title}\n\n{body}" if title and body else (body or title),
            "title": title,
            "url": entry.get("link"),
            "outlet": outlet,
            "published": _published(entry),
            "language": language,
            "feed": source,
        }
        yield fields
