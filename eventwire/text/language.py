"""Language identification, limited to the languages eventwire has data for."""

from __future__ import annotations

from functools import lru_cache

from eventwire import lang
from eventwire.model import Document


@lru_cache(maxsize=1)
def _detector():  # type: ignore[no-untyped-def]
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in lang.available()]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_preloaded_language_models().build()


def detect(text: str) -> str | None:
    """ISO 639-1 code of the most likely supported language, or None when unsure."""
    sample = text[:2000]
    if not any(c.isalpha() for c in sample):
        return None
    found = _detector().detect_language_of(sample)
    return found.iso_code_639_1.name.lower() if found else None


def identify_language(doc: Document) -> None:
    """Keep a language given by the caller or the input; otherwise detect it."""
    if doc.language and doc.language != "und":
        return
    doc.language = detect(doc.text) or lang.available()[0]
