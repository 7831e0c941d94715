"""Language identification, limited to the languages eventwire has data for.

A count of each language's function words (``lang/<code>/identify.yaml``) decides first:
on news text it leaves no doubt for nearly every document, at a fraction of lingua's cost.
Only when it is not (short or mixed texts, foreign letters, a close language eventwire has
no data for) are lingua's detectors asked.

The detector is built once per process with only those languages' models preloaded (all 75
would cost ~1.25 GB); detection reads at most 1,000 characters, so it stays cheap. The wide
detector (every language, to notice a text eventwire cannot read) costs per character
over some 45 Latin-script languages, so it reads fewer: it was two thirds of this stage.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from eventwire import lang
from eventwire.model import Document

SAMPLE_CHARS = 1000  # lingua's time grows with the text; 1,000 characters settle all seven
# The wide detector's sample: 200 characters already give the 1,000-character answer on
# every development and example text (100 do not); twice that for a margin.
WIDE_SAMPLE_CHARS = 400
MIN_PASSAGE_CHARS = 200  # shorter passages keep the document's language
PASSAGE_SAMPLE_CHARS = 400
MIN_CONFIDENCE = 0.9  # a passage differs only when the detector is this sure
# The function-word count decides alone only when all of these hold (else lingua decides):
GUESS_MIN_HITS = 4  # function words of the winner in the sample
GUESS_MIN_SHARE = 0.10  # ... at least this share of the sample's words
GUESS_MARGIN = 3.0  # ... this many times the runner-up's count
GUESS_MAX_FOREIGN = 0.05  # share of words with letters outside the winner's alphabet
GUESS_MAX_NEIGHBOURS = 1  # words of a close language the winner never writes
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class _Profile:
    code: str
    letters: frozenset[str]
    words: frozenset[str]
    neighbours: frozenset[str]


@lru_cache(maxsize=1)
def _profiles() -> tuple[_Profile, ...]:
    return tuple(
        _Profile(code, frozenset(data["letters"]), frozenset(data["words"]),
                 frozenset(data.get("neighbours", ())))
        for code in lang.having("identify")
        for data in [lang.section(code, "identify")]
    )


def guess(text: str) -> str | None:
    """The language of ``text`` by its function words, or None when the count is not
    decisive (then lingua decides): a cheap first test, tuned never to name a language the
    text is not in, at the price of abstaining on short or unusual texts."""
    words = _WORD.findall(text[:SAMPLE_CHARS].lower())
    if len(words) < GUESS_MIN_HITS:
        return None
    counts = Counter(words)
    seen = counts.keys()
    scored = sorted(
        ((sum(counts[w] for w in profile.words & seen), profile) for profile in _profiles()),
        key=lambda pair: (-pair[0], pair[1].code))
    if len(scored) < 2:
        return None
    (best, profile), (second, _) = scored[0], scored[1]
    if best < max(GUESS_MIN_HITS, GUESS_MIN_SHARE * len(words), GUESS_MARGIN * second):
        return None
    foreign = sum(n for w, n in counts.items() if not profile.letters.issuperset(w))
    if foreign > GUESS_MAX_FOREIGN * len(words):
        return None
    neighbours = sum(counts[w] for w in profile.neighbours & seen)
    return profile.code if neighbours <= GUESS_MAX_NEIGHBOURS else None


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in lang.available()]
    return (LanguageDetectorBuilder.from_iso_codes_639_1(*codes)
            .with_preloaded_language_models().build())


@lru_cache(maxsize=1)
def _wide_detector() -> Any:
    """Every language lingua knows, in its small trigram mode (~90 MB): to tell a text in a
    language eventwire has no data for from one it can read, before choosing among those."""
    from lingua import LanguageDetectorBuilder

    return (LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode()
            .with_preloaded_language_models().build())


def load_detectors() -> None:
    """Build both detectors and the function-word profiles now (~2.5 CPU s), e.g. before
    forking workers that share them.

    :func:`detect` builds the narrow one only when the wide one names a language eventwire
    reads, so a warm-up text alone may leave it to every worker; a warm-up text given its
    language is never identified, which would leave the profiles to every worker too.
    """
    _profiles()
    _wide_detector()
    _detector()


def detect(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when unsure.

    A text in another language than eventwire's keeps its own code ("pl"), so it is never
    coded as a language it is not.
    """
    sample = text[:SAMPLE_CHARS]
    if not any(c.isalpha() for c in sample):
        return None
    cheap = guess(sample)
    if cheap is not None:
        return cheap
    wide = _wide_detector().detect_language_of(sample[:WIDE_SAMPLE_CHARS])
    if wide is not None:
        code = wide.iso_code_639_1.name.lower()
        if code not in lang.available():
            return code
    found = _detector().detect_language_of(sample)
    return found.iso_code_639_1.name.lower() if found else None


def supported(language: str) -> bool:
    """Whether eventwire has data for a language (its folder under eventwire/lang/)."""
    return language in lang.available()


def _confident(text: str) -> str | None:
    cheap = guess(text)
    if cheap is not None:
        return cheap
    values = _detector().compute_language_confidence_values(text[:SAMPLE_CHARS])
    if values and values[0].value >= MIN_CONFIDENCE:
        return values[0].language.iso_code_639_1.name.lower()
    return None


def identify_language(doc: Document) -> None:
    """Keep a language given by the caller or the input; otherwise detect it (a text with
    no letters gets the fallback language, whose layout rules stand in for any)."""
    if doc.language and doc.language != "und":
        return
    doc.language = detect(doc.text) or lang.FALLBACK
    if not supported(doc.language):
        doc.notes.append(f"language {doc.language!r} has no eventwire data: "
                         "the text is stored but not coded")


def passage_languages(doc: Document) -> None:
    """Set ``passage.language`` where a long enough passage is surely in another language."""
    if len(lang.available()) < 2 or len(doc.passages) < 2:
        return
    for passage in doc.passages:
        text = doc.text[passage.start:passage.end]
        if len(text) < MIN_PASSAGE_CHARS:
            continue
        found = _confident(text[:PASSAGE_SAMPLE_CHARS])
        if found and found != doc.language:
            passage.language = found
