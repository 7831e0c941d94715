"""URLs that may be stored or fetched: http(s) only, no credentials, no private addresses.

A link stored in a record is shown to readers later, so only ``http://`` and ``https://``
links are kept (a ``javascript:`` link from a feed or a JSONL line is dropped) and any
``user:password@`` is removed. A fetch goes only to public addresses unless the caller
allows private ones (tests that run a server on 127.0.0.1 do).
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit, urlunsplit

from eventwire.ingest.errors import BadInput

SCHEMES = ("http", "https")


def storable_url(value: object) -> str | None:
    """The URL as it may be stored: http(s), without credentials; otherwise None."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError:
        return None
    if parts.scheme.lower() not in SCHEMES or not parts.hostname:
        return None
    return without_credentials(text)


def without_credentials(url: str) -> str:
    """``https://user:pw@host/x`` -> ``https://host/x`` (other URLs unchanged)."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


def _is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def check_public(url: str) -> None:
    """Raise :class:`BadInput` unless every address the URL's host resolves to is public.

    Loopback, private, link-local, reserved and unspecified addresses are refused; a host
    that does not resolve is left to the HTTP client to report.
    """
    parts = urlsplit(url)
    host = parts.hostname or ""
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise BadInput("malformed URL (bad port)") from None
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError, OSError):
        return
    for info in infos:
        address = str(info[4][0])
        if not _is_public(address):
            raise BadInput(f"refused: {host} is a private, loopback or link-local address "
                           f"({address})")
