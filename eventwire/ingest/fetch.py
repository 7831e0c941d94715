"""The one door to the network: fetch a URL with a deadline, a size limit and address checks.

Readers take any :class:`Fetcher`; :class:`HttpFetcher` is the real one (httpx), and
:class:`MemoryFetcher` is a stand-in for tests of the code around it. Every failure is a
:class:`BadInput` with a one-line reason, so a bad URL never stops a batch.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Protocol
from urllib.parse import urljoin

from eventwire.ingest.decode import MAX_BYTES
from eventwire.ingest.errors import BadInput
from eventwire.ingest.urls import check_public, storable_url, without_credentials

TIMEOUT_SECONDS = 10.0  # the whole fetch, redirects included
MAX_REDIRECTS = 5
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
    """httpx GET, following redirects one hop at a time, within one overall deadline.

    Every hop is checked before it is requested: http(s) only and, unless
    ``allow_private``, no loopback, private or link-local address (a redirect to
    ``http://127.0.0.1/`` is refused like the address itself). ``timeout`` is the whole
    fetch's deadline; a single stalled read may overrun it by at most one more ``timeout``.
    The URL reported (and stored) has any ``user:password@`` removed.
    """

    def __init__(self, timeout: float = TIMEOUT_SECONDS, max_bytes: int = MAX_BYTES, *,
                 allow_private: bool = False, max_redirects: int = MAX_REDIRECTS) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.allow_private = allow_private
        self.max_redirects = max_redirects

    def fetch(self, url: str) -> Fetched:
        import httpx

        if not is_url(url):
            raise BadInput("only http:// and https:// URLs can be fetched")
        deadline = time.monotonic() + self.timeout
        try:
            with httpx.Client(follow_redirects=False, headers={"User-Agent": USER_AGENT}) as client:
                for _ in range(self.max_redirects + 1):
                    self._check_hop(url)
                    with client.stream("GET", url, timeout=self._left(deadline)) as response:
                        if response.is_redirect:
                            url = self._next_hop(response)
                            continue
                        return self._body(response, deadline)
                raise BadInput("too many redirects")
        except httpx.TimeoutException:
            raise BadInput(f"timed out after {self.timeout:g} s") from None
        except httpx.InvalidURL:  # raised for a redirect to "javascript:..." too
            raise BadInput("refused: not a valid http(s) URL") from None
        except httpx.HTTPError as error:
            reason = str(error).splitlines()[0] if str(error) else type(error).__name__
            raise BadInput(f"cannot fetch ({reason})") from None

    def _left(self, deadline: float) -> float:
        left = deadline - time.monotonic()
        if left <= 0:
            raise BadInput(f"timed out after {self.timeout:g} s")
        return left

    def _check_hop(self, url: str) -> None:
        if storable_url(url) is None:
            raise BadInput(f"refused: {without_credentials(url)!r} is not an http(s) URL")
        if not self.allow_private:
            check_public(url)

    @staticmethod
    def _next_hop(response: Any) -> str:
        location = response.headers.get("location")
        if not location:
            raise BadInput(f"HTTP {response.status_code} redirect without a location")
        return urljoin(str(response.url), location)

    def _body(self, response: Any, deadline: float) -> Fetched:
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
            self._left(deadline)
        return Fetched(without_credentials(str(response.url)), b"".join(chunks),
                       _media_type(response.headers.get("content-type")))


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
