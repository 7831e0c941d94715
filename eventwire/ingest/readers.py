"""Read files, directories, URLs, feeds, JSON Lines batches and stdin into documents.

Every input yields documents or :class:`InputError`\\ s; a bad input never stops the others.
URLs go through one :class:`~eventwire.ingest.fetch.Fetcher` (real HTTP unless a test
passes a stand-in); a feed, from a file or a URL, gives one document per item. A text or
page file may have its metadata in a JSON object of the same name beside it
(``truce.txt`` and ``truce.json``): corpora keep the publication date there, not in the text.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from eventwire import lang
from eventwire.ingest import jsonl
from eventwire.ingest.decode import MAX_BYTES, decode, repair
from eventwire.ingest.errors import BadInput, InputError, unexpected
from eventwire.ingest.feeds import FEED_SUFFIXES, feed_items, looks_like_feed
from eventwire.ingest.fetch import Fetcher, HttpFetcher, is_url
from eventwire.ingest.html import html_to_fields, iso_date, written_date
from eventwire.ingest.urls import storable_url, without_credentials
from eventwire.model import Document

TEXT_SUFFIXES = {".txt", ".text"}  # not .md: folders of texts often hold a README
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES
DOCUMENT_FIELDS = ("id", "url", "outlet", "title", "language", "published")
SIDECAR_SUFFIXES = (".json", ".gold.json")
SIDECAR_MAX_BYTES = 4 * 1024 * 1024  # metadata, or metadata beside a corpus's annotations


def content_id(text: str) -> str:
    return "doc-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def read_inputs(
    inputs: list[str],
    *,
    max_bytes: int = MAX_BYTES,
    fetcher: Fetcher | None = None,
    follow_links: bool = False,
    allow_private: bool = False,
    sidecars: bool = True,
) -> Iterator[Document | InputError]:
    """Documents from paths (files, directories searched recursively), URLs and ``-`` (stdin).

    A file's id is its path relative to the folder given, extension included
    (``truce.txt`` and ``truce.html`` are two documents; ``./news`` and ``news`` give the same
    ids); a file given by itself is named by its file name. A symbolic link that leads out of
    the folder is not followed. ``follow_links`` fetches the page of a feed item whose own
    text is short; ``allow_private`` lets the default fetcher reach loopback and private
    addresses (refused otherwise). ``sidecars`` reads a text or page file's metadata from a
    ``.json`` of the same name beside it (:func:`sidecar_fields`).
    """
    for item in inputs:
        if item == "-":
            yield from _read_stdin(max_bytes)
            continue
        if is_url(item):
            yield from _read_url(item, fetcher or HttpFetcher(max_bytes=max_bytes,
                                                              allow_private=allow_private),
                                 max_bytes, follow_links)
            continue
        path = Path(item)
        if path.is_dir():
            yield from _read_folder(path, item, max_bytes, sidecars)
        elif path.is_file():
            yield from _read_file(path, path.name, max_bytes, sidecars)
        else:
            yield InputError(item, "no such file or directory")


def _read_folder(path: Path, item: str, max_bytes: int,
                 sidecars: bool = True) -> Iterator[Document | InputError]:
    root = path.resolve()
    files = sorted((p for p in path.rglob("*")
                    if p.is_file() and _suffix(p) in KNOWN_SUFFIXES),
                   key=lambda p: p.relative_to(path).as_posix())
    if not files:
        yield InputError(item, "directory holds no .txt, .html, .jsonl or feed files")
    for file in files:
        if file.is_symlink() and not file.resolve().is_relative_to(root):
            yield InputError(str(file), "symbolic link to a file outside the folder: "
                                        "not followed")
            continue
        yield from _read_file(file, file.relative_to(path).as_posix(), max_bytes, sidecars)


def _suffix(path: Path) -> str:
    """The suffix that says the format, looking through a ``.gz``."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    with path.open("rb") as handle:
        raw = handle.read(max_bytes + 1)
    if path.suffix.lower() == ".gz":
        try:
            with gzip.open(path, "rb") as handle:
                raw = handle.read(max_bytes + 1)
        except (OSError, EOFError, zlib.error) as error:
            raise BadInput(f"broken gzip file ({error})") from None
    return raw


def _read_file(path: Path, doc_id: str, max_bytes: int,
               sidecars: bool = True) -> Iterator[Document | InputError]:
    source = str(path)
    given: dict[str, Any] = {}
    side = _sidecar_path(path) if sidecars else None
    if side is not None:
        try:
            given = sidecar_fields(side, path.name)
        except BadInput as error:  # the text is still read, without the broken metadata
            yield InputError(str(side), str(error))
    try:
        raw = _read_bytes(path, max_bytes)
        suffix = _suffix(path)
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(decode(raw, max_bytes=max_bytes, repaired=False), source)
            return
        text = decode(raw, max_bytes=max_bytes)
        if suffix in FEED_SUFFIXES or (suffix not in TEXT_SUFFIXES | HTML_SUFFIXES
                                       and looks_like_feed(text)):
            yield from _read_feed(text, source, None, max_bytes, False)
            return
        if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_like_html(text)):
            fields = html_to_fields(text)
            fields.setdefault("id", doc_id)
            yield make_document(_given_over(fields, given), source)
        else:
            yield make_document(_given_over({"id": doc_id, "text": text}, given), source)
    except BadInput as error:
        yield InputError(source, str(error))
    except OSError as error:
        yield InputError(source, f"cannot read ({error.strerror or error})")
    except Exception as error:  # a reader's bug must not lose the batch
        yield InputError(source, unexpected(error))


def _sidecar_path(path: Path) -> Path | None:
    """``truce.json`` for ``truce.txt``, ``truce.html`` and ``truce.txt.gz``; else
    ``truce.gold.json``, the gold file ``eventwire evaluate`` pairs with ``truce.txt``; None
    when neither is there, or the file is no text or page."""
    if _suffix(path) not in TEXT_SUFFIXES | HTML_SUFFIXES:
        return None
    name = path.name
    for suffix in reversed(path.suffixes):
        if suffix.lower() in {".gz", *TEXT_SUFFIXES, *HTML_SUFFIXES}:
            name = name[: -len(suffix)]
    candidates = (path.with_name(name + suffix) for suffix in SIDECAR_SUFFIXES)
    return next((c for c in candidates if c.is_file()), None)


def sidecar_fields(side: Path, beside: str) -> dict[str, Any]:
    """The metadata the JSON object ``side`` gives the text or page file named ``beside``:
    title, url, outlet, language and the publication date (``published`` or a field another
    tool names it by). Nothing else is read: a corpus may keep its annotations in the same
    file. :class:`BadInput` when it is no JSON object or names an unknown language.
    """
    try:
        value = json.loads(decode(_read_bytes(side, SIDECAR_MAX_BYTES),
                                  max_bytes=SIDECAR_MAX_BYTES, repaired=False))
    except (ValueError, RecursionError) as error:
        raise BadInput(f"metadata beside {beside} is not JSON ({str(error)[:80]}); "
                       "the text is read without it") from None
    if not isinstance(value, dict):
        raise BadInput(f"metadata beside {beside} is not a JSON object; "
                       "the text is read without it")
    fields = {k: value[k] for k in SIDECAR_FIELDS
              if isinstance(value.get(k), (str, int, float)) and not isinstance(value[k], bool)}
    if fields.get("language"):
        try:
            lang.checked(str(fields["language"]))
        except lang.UnknownLanguage as error:
            raise BadInput(f"metadata beside {beside}: {error}; "
                           "the text is read without it") from None
    return fields


def _given_over(fields: dict[str, Any], given: dict[str, Any]) -> dict[str, Any]:
    """A file's own fields with its sidecar's metadata over them: what the user's corpus
    states is trusted over what a page's markup suggests."""
    dated = bool(DATE_FIELDS & given.keys())
    merged = {k: v for k, v in fields.items()
              if k not in given and not (dated and k in DATE_FIELDS)}
    return {**merged, **given}


def _read_url(url: str, fetcher: Fetcher, max_bytes: int,
              follow_links: bool) -> Iterator[Document | InputError]:
    """A page, a feed or a plain text at a URL, told apart by content type, then by sniffing."""
    url = without_credentials(url)
    try:
        fetched = fetcher.fetch(url)
        text = decode(fetched.content, max_bytes=max_bytes)
        kind = fetched.content_type
        if "rss" in kind or "atom" in kind or (kind.endswith("xml") and looks_like_feed(text)) \
                or (kind in ("", "text/plain", "application/octet-stream")
                    and looks_like_feed(text)):
            yield from _read_feed(text, url, fetcher, max_bytes, follow_links)
            return
        if "html" in kind or _looks_like_html(text):
            fields = html_to_fields(text, fetched.url)
            fields["url"] = storable_url(fields.get("url")) or fetched.url
            yield make_document(fields, url)
            return
        if kind and not kind.startswith("text/"):
            raise BadInput(f"unsupported content type {kind!r}")
        yield make_document({"text": text, "url": fetched.url}, url)
    except BadInput as error:
        yield InputError(url, str(error))
    except Exception as error:  # a reader's bug must not lose the batch
        yield InputError(url, unexpected(error))


def _read_feed(text: str, source: str, fetcher: Fetcher | None, max_bytes: int,
               follow_links: bool) -> Iterator[Document | InputError]:
    try:
        items = list(feed_items(text, source))
    except BadInput as error:
        yield InputError(source, str(error))
        return
    except Exception as error:  # feedparser's bug must not lose the batch
        yield InputError(source, unexpected(error))
        return
    for n, item in enumerate(items, start=1):
        if isinstance(item, InputError):
            yield item
            continue
        link = item.get("url")
        if follow_links and fetcher is not None and link and len(item["text"]) < 400:
            for page in _read_url(str(link), fetcher, max_bytes, False):
                if isinstance(page, Document):
                    page.published = page.published or item.get("published")
                    page.id = str(item["id"])
                    page.metadata["feed"] = source
                yield page
            continue
        yield make_document(item, f"{source}#item{n}")


def _read_stdin(max_bytes: int) -> Iterator[Document | InputError]:
    try:
        raw = sys.stdin.buffer.read(max_bytes + 1)
        text = decode(raw, max_bytes=max_bytes, repaired=False)
    except BadInput as error:
        yield InputError("<stdin>", str(error))
        return
    stripped = text.lstrip()
    if stripped.startswith("{"):
        yield from _read_jsonl(text, "<stdin>")
        return
    text = repair(text)
    if _looks_like_html(text):
        try:
            yield make_document(html_to_fields(text), "<stdin>")
        except BadInput as error:
            yield InputError("<stdin>", str(error))
    else:
        yield make_document({"text": text}, "<stdin>")


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith("<!doctype html") or head.startswith("<html") or "<body" in head


def _read_jsonl(text: str, source: str) -> Iterator[Document | InputError]:
    """One document per valid line; a bad line is one error naming it, the rest go on."""
    for number, line in jsonl.lines(text):
        where = f"{source}:{number}"
        try:
            fields = dict(jsonl.parse(line))
        except (BadInput, lang.UnknownLanguage) as error:
            yield InputError(where, str(error))
            continue
        fields["text"] = repair(fields["text"])
        try:
            jsonl.check_entries(fields.get("liveblog_entries"), len(_lines(fields["text"])))
        except BadInput as error:
            yield InputError(where, str(error))
            continue
        yield make_document(fields, where)


def _lines(text: str) -> str:
    """Line ends as ``\n`` (the stored text's only line end)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _language(value: Any) -> str:
    """A known language code, or "und" (detect) for none; raises for an unknown one."""
    return lang.checked(str(value)) if value else "und"


# Fields other tools give a document's publication date in, after "published" (GDELT's
# "seendate", schema.org's "datePublished", RSS's "pubDate"...), most trusted first.
PUBLISHED_ALIASES = ("datePublished", "date_published", "published_at", "publishedAt",
                     "published_date", "publication_date", "publish_date", "pubDate",
                     "pub_date", "date", "seendate", "timestamp", "dateCreated", "created_at")
DATE_FIELDS = frozenset({"published", *PUBLISHED_ALIASES})
SIDECAR_FIELDS = ("url", "outlet", "title", "language", "published", *PUBLISHED_ALIASES)
_URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?!\d)")
_URL_MONTH = re.compile(r"/((?:19|20)\d{2})/(0[1-9]|1[0-2])/(?!\d)")  # ".../2025/03/slug"
# a whole path segment of eight digits: ".../20250318/slug" (not "?p=20250318", an id)
_URL_COMPACT = re.compile(r"/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/")


def publication_date(fields: dict[str, Any]) -> str | None:
    """The document's publication date as ISO at its own precision ("2025-03" stays a month):
    its ``published`` field, else a field another tool names it by, else a day written in its
    URL (".../2025/03/18/...", or the month of ".../2025/03/slug"); a value that is no date
    is kept as written (it is reported)."""
    written = [fields[k] for k in ("published", *PUBLISHED_ALIASES) if _given(fields.get(k))]
    if written:
        day = next((d for d in map(written_date, written) if d), None)
        value = str(written[0]).strip()
        return day or (value if re.fullmatch(r"\d{4}", value) else value[:40])
    url = str(fields.get("url") or "")
    try:
        path = urlsplit(url).path
    except ValueError:  # "http://[x/2025/03/18": a malformed host still has no date to read
        path = ""
    match = _URL_DATE.search(url) or _URL_COMPACT.search(path) or _URL_MONTH.search(url)
    return iso_date("-".join(match.groups())) if match else None


def _given(value: Any) -> bool:
    """A field that may hold a date: a non-blank string, or a number (a Unix time)."""
    if isinstance(value, str):
        return bool(value.strip())
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def make_document(fields: dict[str, Any], source: str) -> Document:
    """A document from JSONL-shaped fields; unknown fields are kept as metadata.

    The URL is kept only when it is http(s), without credentials; a language must be one
    eventwire has data for (:class:`~eventwire.lang.UnknownLanguage` otherwise).
    """
    text = _lines(fields["text"])
    known = {k: fields.get(k) for k in DOCUMENT_FIELDS}
    metadata = {k: v for k, v in fields.items() if k not in DOCUMENT_FIELDS and k != "text"}
    published = publication_date(fields)
    return Document(
        id=str(known["id"]) if known["id"] not in (None, "") else content_id(text),
        text=text,
        language=_language(known["language"]),
        title=known["title"],
        url=storable_url(known["url"]),
        outlet=known["outlet"],
        published=published,
        source=without_credentials(source),
        metadata=metadata,
    )


def read_text(text: str, **fields: Any) -> Document:
    """A document from a string (for the library API and tests)."""
    return make_document({"text": repair(text), **fields}, fields.get("source") or "<text>")
