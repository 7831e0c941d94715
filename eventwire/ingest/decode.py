"""Bytes to repaired text: the one door every input goes through before it is stored.

UTF-8 first (with or without a BOM), then UTF-16/32 announced by a BOM, then
charset-normalizer among the legacy encodings of the languages eventwire reads (Windows
and KOI8 Cyrillic, Western European), and only then ftfy's repair of what is left
(mojibake, broken line breaks).
"""

from __future__ import annotations

import codecs

import ftfy

from eventwire.ingest.errors import BadInput

MAX_BYTES = 20 * 1024 * 1024  # larger inputs are refused, not truncated

_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, fix_line_breaks=True, normalization="NFC")

# byte order marks, longest first (UTF-32 LE starts with the UTF-16 LE mark)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
# the candidates charset-normalizer weighs for text that is not UTF-8: limited to the
# encodings news in eventwire's languages comes in, so French in cp1252 is not read as
# Central European cp1250 (both decode every byte)
LEGACY_ENCODINGS = ["cp1252", "iso8859_15", "latin_1", "cp1251", "koi8_r", "koi8_u",
                    "iso8859_5", "mac_cyrillic", "cp866"]


def repair(text: str) -> str:
    """Encoding repair (mojibake, broken line breaks); quotes and dashes are kept as they are."""
    return ftfy.fix_text(text, config=_FTFY)


def decode(raw: bytes, *, max_bytes: int = MAX_BYTES, repaired: bool = True) -> str:
    """Decode bytes as text, refusing binary, empty and oversized input with a clear reason.

    ``repaired=False`` leaves ftfy out (JSON Lines: repair would turn a U+2028 inside a
    JSON string into a raw line break; each text field is repaired after parsing instead).
    """
    if len(raw) > max_bytes:
        raise BadInput(f"too large ({len(raw):,} bytes; the limit is {max_bytes:,})")
    text = _decoded(raw)
    if not text.strip():
        raise BadInput("empty input")
    return repair(text) if repaired else text


def _decoded(raw: bytes) -> str:
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError as error:
                raise BadInput(f"not valid {encoding.upper()} (byte {error.start})") from None
    if not raw.strip():
        raise BadInput("empty input")
    if b"\x00" in raw[:65536]:
        raise BadInput("binary data, not text")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        text = _legacy(raw)
        if text is None:
            raise BadInput(f"not valid UTF-8 (byte {error.start}) and no known encoding fits"
                           ) from None
        return text


def _legacy(raw: bytes) -> str | None:
    """The text in the legacy encoding charset-normalizer finds likeliest, or None."""
    from charset_normalizer import from_bytes

    best = from_bytes(raw, cp_isolation=LEGACY_ENCODINGS).best()
    if best is None:
        return None
    text = str(best)
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f")
    return None if controls > len(text) // 100 else text
