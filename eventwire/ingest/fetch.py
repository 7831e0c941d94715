"""The one door to the network: fetch a URL with a timeout and a size limit.

Readers take any :class:`Fetcher`; :class:`HttpFetcher` is the real one (httpx), and
:class:`MemoryFetcher` is a stand-in for tests of the code around it. Every failure is a
:class:`BadInput` with a one-line reason, so a bad URL never stops a batch.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from eventwire.ingest.decode import MAX_BYTES
from eventwire.ingest.errors import BadInput

TIMEOUT_SECONDS = 10.0
USER_AGENT = "eventwire/0.1 (+https://github.com/eventwire)"


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    content: bytes
    content_type: str  # media type, lower case, without parameters ("text/html")


class Fetcher(Protocol):
    def fetch(self, url: str) -> Fetched:
        """The body at ``url``, or :class:`BadInput` saying why not."""
        ...


def is_url(item: str) -> bool:
    return item.lower().startswith(("http://", "https://"))


def _media_type(header: str | None) -> str:
    return (header or "").split(";")[0].strip().lower()


class HttpFetcher:
    """httpx GET with redirects, a timeout on every step and a streamed size limit."""

    def __init__(self, timeout: float = TIMEOUT_SECONDS, max_bytes: int = MAX_BYTES) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes

    def fetch(self, url: str) -> Fetched:
        import httpx

        if not is_url(url):
            raise BadInput("only http:// and https:// URLs can be fetched")
        try:
            with httpx.Client(timeout=self.timeout, follow_redirects=True, max_redirects=5,
                              headers={"User-Agent": USER_AGENT}) as client:
                with client.stream("GET", url) as response:
                    if response.status_code >= 400:
                        raise BadInput(f"HTTP {response.status_code} {response.reason_phrase}")
                    declared = response.headers.get("content-length")
                    if declared and declared.isdigit() and int(declared) > self.max_bytes:
                        raise BadInput(f"too large ({int(declared):,} bytes; the limit is "
                                       f"{self.max_bytes:,})")
                    chunks: list[bytes] = []
                    size = 0
                    for chunk in response.iter_bytes():
                        size += len(chunk)
                        if size > self.max_bytes:
                            raise BadInput(f"too large (more than {self.max_bytes:,} bytes)")
                        chunks.append(chunk)
                    return Fetched(str(response.url), b"".join(chunks),
                                   _media_type(response.headers.get("content-type")))
        except httpx.TimeoutException:
            raise BadInput(f"timed out after {self.timeout:g} s") from None
        except httpx.TooManyRedirects:
            raise BadInput("too many redirects") from None
        except httpx.HTTPError as error:
            reason = str(error).splitlines()[0] if str(error) else type(error).__name__
            raise BadInput(f"cannot fetch ({reason})") from None


@dataclass
class MemoryFetcher:
    """Pages held in memory: ``{url: (body, content type)}`` or ``{url: BadInput(...)}``."""

    pages: dict[str, tuple[bytes, str] | BadInput] = field(default_factory=dict)
    requested: list[str] = field(default_factory=list)

    def fetch(self, url: str) -> Fetched:
        self.requested.append(url)
        page = self.pages.get(url)
        if page is None:
            raise BadInput("HTTP 404 Not Found")
        if isinstance(page, BadInput):
            raise page
        body, content_type = page
        return Fetched(url, body, _media_type(content_type))
