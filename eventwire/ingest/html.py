"""HTML pages: main text through trafilatura, metadata from the page's own JSON-LD and meta tags.

The page's schema.org data (``NewsArticle``, ``LiveBlogPosting``) is preferred to guesses:
headline, ``datePublished``, ``publisher.name``, canonical URL. A ``LiveBlogPosting`` with
``liveBlogUpdate`` entries becomes a text built from its entries, in page order, with each
entry's offsets and time carried in ``liveblog_entries`` for the passage splitter.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from html import unescape
from html.parser import HTMLParser
from typing import Any

from eventwire import lang
from eventwire.ingest.decode import repair
from eventwire.ingest.errors import BadInput
from eventwire.ingest.jsonl import MAX_DEPTH, bounded_int, nesting

_ISO = re.compile(r"^\s*(\d{4})([-/.])(\d{2})\2(\d{2})(?!\d)")  # "2025-03-18", "2025/03/18"
_ISO_MONTH = re.compile(r"^\s*(\d{4})-(\d{2})\s*$")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:T?\d{4,6}Z?)?\s*$")  # GDELT: 20250318T101500Z
_ISO_TIME = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)")
_ARTICLE_TYPES = {"newsarticle", "article", "reportagenews", "analysisnewsarticle",
                  "blogposting", "liveblogposting", "webpage", "report"}


def iso_date(value: Any) -> str | None:
    """"2025-03-18T10:05Z", "Tue, 18 Mar 2025 10:05:00 GMT", "20250318T100500Z" -> "2025-03-18";
    "2025-03" stays a month (a date known to the month is not read as its 1st); else None."""
    if not value:
        return None
    text = str(value)
    match = _ISO.match(text)
    if match:
        found = match.group(1, 3, 4)
        return "-".join(found) if _real(*map(int, found)) else None
    match = _COMPACT.match(text)
    if match:
        return "-".join(match.groups()) if _real(*map(int, match.groups())) else None
    partial = _ISO_MONTH.match(text)
    if partial:
        year, month = int(partial.group(1)), int(partial.group(2))
        return f"{year:04d}-{month:02d}" if _real(year, month, 1) else None
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


EPOCH_YEARS = (1990, 2100)  # a Unix time outside these years is no publication date
_EPOCH_DIGITS = re.compile(r"^\s*(\d{10}|\d{13})(?:\.\d+)?\s*$")  # seconds or milliseconds
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_WORD = re.compile(r"[^\W\d_]{3}")  # a month's name or its abbreviation


def written_date(value: Any) -> str | None:
    """A publication date however a source writes it: what :func:`iso_date` reads, a Unix
    time (seconds or milliseconds, as JSON feeds give ``timestamp``), or a day written in words
    with its year ("18 mars 2025 à 10h05", read by dateparser as an absolute date only:
    "yesterday" and "March 2025" give None, since a source's relative date has no anchor)."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)) or _EPOCH_DIGITS.match(str(value)):
        return _epoch_day(float(value))
    found = iso_date(value) or _numeric_day(value)
    if found or not isinstance(value, str) or len(value) > 80 \
            or not (_YEAR.search(value) and _WORD.search(value)):
        return found
    return _worded_date(value.strip())


_NUMERIC = re.compile(r"^\s*(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d{2})(?!\d)")


def _numeric_day(value: Any) -> str | None:
    """"18.03.2025" (a dot: day first everywhere), "18/03/2025" or "03/18/2025" when only one
    order makes a date; "03/04/2025" could be either and is no date."""
    match = _NUMERIC.match(str(value))
    if not match:
        return None
    a, b, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
    orders = [(a, b)] if match.group(2) == "." else [(a, b), (b, a)]
    days = {f"{year:04d}-{month:02d}-{day:02d}" for day, month in orders
            if _real(year, month, day)}
    return days.pop() if len(days) == 1 else None


def _epoch_day(seconds: float) -> str | None:
    if seconds > 1e11:
        seconds /= 1000
    try:
        day = datetime.fromtimestamp(seconds, tz=UTC).date()
    except (OverflowError, OSError, ValueError):
        return None
    return day.isoformat() if EPOCH_YEARS[0] <= day.year < EPOCH_YEARS[1] else None


def _worded_date(text: str) -> str | None:
    import dateparser

    settings = {"PARSERS": ["absolute-time"], "REQUIRE_PARTS": ["day", "month", "year"],
                "RETURN_AS_TIMEZONE_AWARE": False}
    try:
        found = dateparser.parse(text, languages=list(lang.available()), settings=settings)
    except (ValueError, OverflowError, TypeError):
        return None
    return found.date().isoformat() if found is not None else None


def _real(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def iso_time(value: Any) -> str | None:
    """An entry's date and time as "YYYY-MM-DDTHH:MM" (the date alone when no time)."""
    match = _ISO_TIME.match(str(value or ""))
    if match:
        return f"{match.group(1)}T{match.group(2)[:5]}"
    return iso_date(value)


class _Head(HTMLParser):
    """Collects meta tags, the canonical link, the page language and JSON-LD blocks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.canonical: str | None = None
        self.language: str | None = None
        self.title: str | None = None
        self.json_ld: list[str] = []
        self._in_ld = False
        self._in_title = False
        self._buffer: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "html" and a.get("lang"):
            self.language = a["lang"]
        elif tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content") and key not in self.meta:
                self.meta[key] = a["content"]
        elif a.get("itemprop", "").lower() == "datepublished" and (a.get("content")
                                                                  or a.get("datetime")):
            self.meta.setdefault("datepublished", a.get("content") or a["datetime"])
        elif tag == "link" and "canonical" in a.get("rel", "").lower() and a.get("href"):
            self.canonical = self.canonical or a["href"]
        elif tag == "script" and "ld+json" in a.get("type", "").lower():
            self._in_ld, self._buffer = True, []
        elif tag == "title" and self.title is None:
            self._in_title, self._buffer = True, []

    def handle_data(self, data: str) -> None:
        if self._in_ld or self._in_title:
            self._buffer.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._in_ld:
            self.json_ld.append("".join(self._buffer))
            self._in_ld = False
        elif tag == "title" and self._in_title:
            self.title = " ".join("".join(self._buffer).split()) or None
            self._in_title = False


def _objects(value: Any) -> list[dict[str, Any]]:
    """Every JSON-LD object, looking inside lists and ``@graph``."""
    found: list[dict[str, Any]] = []
    if isinstance(value, list):
        for item in value:
            found.extend(_objects(item))
    elif isinstance(value, dict):
        found.append(value)
        found.extend(_objects(value.get("@graph")))
    return found


def _types(obj: dict[str, Any]) -> set[str]:
    kinds = obj.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return {str(k).lower() for k in kinds if k}


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return str(value).strip() if value else None


def _strip_tags(text: str) -> str:
    text = re.sub(r"(?i)<\s*br\s*/?>|</\s*p\s*>", "\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    return "\n".join(" ".join(line.split()) for line in unescape(text).split("\n")).strip()


def _liveblog(updates: Any) -> tuple[str, list[dict[str, Any]]] | None:
    """The text of a live blog's entries, in page order, and each entry's offsets."""
    items = updates if isinstance(updates, list) else [updates]
    parts: list[str] = []
    entries: list[dict[str, Any]] = []
    offset = 0
    for item in items:
        if not isinstance(item, dict):
            continue
        heading = repair(_strip_tags(str(item.get("headline") or ""))).strip()
        body = repair(_strip_tags(str(item.get("articleBody") or item.get("text") or ""))).strip()
        if not body:
            continue
        block = f"{heading}\n{body}" if heading else body
        entry: dict[str, Any] = {"start": offset, "end": offset + len(block),
                                 "published": iso_time(item.get("datePublished"))}
        if heading:
            entry["heading_end"] = offset + len(heading)
        entries.append(entry)
        parts.append(block)
        offset += len(block) + 2
    if len(entries) < 2:
        return None
    return "\n\n".join(parts), entries


def _page_language(code: str | None) -> str | None:
    short = (code or "").split("-")[0].split("_")[0].lower()
    return short if short in lang.available() else None


# Meta tags that carry a page's publication date, most trusted first.
PUBLISHED_META = ("article:published_time", "og:article:published_time", "og:published_time",
                  "datepublished", "date", "dc.date", "dc.date.issued", "dc.date.created",
                  "dcterms.date", "dcterms.created", "dcterms.issued", "pubdate", "publish-date",
                  "publish_date", "publication_date", "parsely-pub-date", "sailthru.date",
                  "article.published", "citation_publication_date", "citation_date",
                  "cxenseparse:recs:publishtime", "datecreated")
_TIME_ELEMENT = re.compile(
    r"<time\b[^>]*?\bdatetime\s*=\s*[\"']([^\"']+)[\"'][^>]*>", re.IGNORECASE)


def _published_candidates(article: dict[str, Any], meta: dict[str, str], html: str,
                          data: dict[str, Any]) -> list[Any]:
    """Where a page gives its publication date, most trusted first: JSON-LD, meta tags, the
    ``<time datetime>`` marked as the publication (``pubdate``, ``itemprop=datePublished``).
    Only a page that marks none is dated by trafilatura's guess, then its first
    ``<time datetime>``: the guess of a page whose own date is broken is no better."""
    found: list[Any] = [article.get("datePublished"), article.get("dateCreated")]
    found += [meta.get(key) for key in PUBLISHED_META]
    times = list(_TIME_ELEMENT.finditer(html))
    found += [m.group(1) for m in times
              if "pubdate" in m.group(0).lower() or "datepublished" in m.group(0).lower()]
    found = [value for value in found if value]
    if not found:
        found = [v for v in (data.get("date"), times[0].group(1) if times else None) if v]
    return found


def _published(candidates: list[Any]) -> tuple[str | None, Any]:
    """The first candidate that is a date, and what the first one said (reported when none
    is: a page whose only date is "yesterday" has no publication date)."""
    for value in candidates:
        day = written_date(value)
        if day:
            return day, value
    return None, candidates[0] if candidates else None


def html_to_fields(html: str, url: str | None = None) -> dict[str, Any]:
    """Main text, title, date, outlet, URL and language of a page (keys as in a JSONL document)."""
    import trafilatura

    head = _Head()
    try:
        head.feed(html)
        head.close()
    except AssertionError:  # HTMLParser on badly broken markup
        pass
    article: dict[str, Any] = {}
    bad_ld = 0
    for block in head.json_ld:
        try:
            if nesting(block) > MAX_DEPTH:
                raise ValueError("JSON-LD nested too deep")
            data = json.loads(block, parse_int=bounded_int)
        except (ValueError, BadInput, RecursionError):  # JSONDecodeError is a ValueError
            bad_ld += 1
            continue
        for obj in _objects(data):
            if _types(obj) & _ARTICLE_TYPES and (not article or "liveblogposting" in _types(obj)):
                article = obj
    meta = head.meta
    fields: dict[str, Any] = {}
    blog = _liveblog(article.get("liveBlogUpdate")) if article else None
    extracted = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, favor_precision=True)
    data = {}
    if extracted is not None:
        data = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    if blog:
        fields["text"], fields["liveblog_entries"] = blog
    else:
        fields["text"] = (data.get("text") or "").strip()
        if not fields["text"] and article.get("articleBody"):
            fields["text"] = _strip_tags(str(article["articleBody"]))
    if not fields["text"]:
        raise BadInput("no main text found in the HTML page")
    published, published_raw = _published(_published_candidates(article, meta, html, data))
    fields.update({
        "title": _name(article.get("headline")) or meta.get("og:title") or data.get("title")
        or head.title,
        "published": published,
        "outlet": _name(article.get("publisher")) or meta.get("og:site_name")
        or data.get("sitename") or data.get("hostname"),
        "url": (article.get("url") if isinstance(article.get("url"), str) else None)
        or head.canonical or meta.get("og:url") or data.get("url") or url,
        "language": _page_language(_name(article.get("inLanguage")) or head.language),
    })
    if published_raw and not fields["published"]:
        fields["published_raw"] = str(published_raw)
    if bad_ld:
        fields["json_ld_errors"] = bad_ld
    return fields
