"""Bytes to repaired text: the one door every input goes through before it is stored."""

from __future__ import annotations

import ftfy

from eventwire.ingest.errors import BadInput

MAX_BYTES = 20 * 1024 * 1024  # larger inputs are refused, not truncated

_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, fix_line_breaks=True, normalization="NFC")


def repair(text: str) -> str:
    """Encoding repair (mojibake, broken line breaks); quotes and dashes are kept as they are."""
    return ftfy.fix_text(text, config=_FTFY)


def decode(raw: bytes, *, max_bytes: int = MAX_BYTES) -> str:
    """Decode bytes as text, refusing binary, empty and oversized input with a clear reason."""
    if len(raw) > max_bytes:
        raise BadInput(f"too large ({len(raw):,} bytes; the limit is {max_bytes:,})")
    if not raw.strip():
        raise BadInput("empty input")
    if b"\x00" in raw[:65536]:
        raise BadInput("binary data, not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError:
            raise BadInput(f"not valid UTF-8 (byte {error.start})") from None
        controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f")
        if controls > len(text) // 100:
            raise BadInput(f"not valid UTF-8 (byte {error.start})") from None
    return repair(text)
