"""simplemma's dictionary lemmas, with its decoded dictionaries cached on disk.

simplemma 2 ships each dictionary front-coded and lzma-compressed and decodes it entry by
entry on first use: 5.4 CPU seconds for eventwire's seven languages (1.6 s for German and
Russian each), a third of loading everything before a batch. The decoded dictionary (bytes
to bytes, as simplemma keeps it) is written once to the user's cache folder with
:mod:`marshal` (plain data: nothing runs when it is read) and read back in 1.4 s for all
seven. The cache file is keyed by the Python version and a hash of simplemma's data file,
so an upgrade builds a new one; a cache that cannot be read or written is passed over.

Lemmas are the ones :func:`simplemma.lemmatize` gives: the same strategy and dictionaries,
only the loading and the layout in memory differ. A dictionary is held as :class:`SortedWords`
(its forms sorted in one bytes object, looked up by bisection), not as a ``dict`` of bytes:
the seven dictionaries' 4.7 million forms cost ~480 MB as dicts (a third of eventwire's peak
memory), ~120 MB so. A look-up is a few microseconds instead of a tenth of one, and
eventwire asks them rarely (lemmas are cached per word: a dozen a pass of the dev texts).
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from array import array
from collections.abc import Iterator, Mapping
from functools import cache, lru_cache
from itertools import accumulate
from pathlib import Path
from typing import Any

__all__ = ["cache_folder", "dictionary", "lemmatize"]

CACHE_ENV = "EVENTWIRE_CACHE_DIR"  # where derived data goes; "" turns the cache off
CACHE_FORMAT = "sorted"  # the layout of SortedWords; files of another layout are passed over


def cache_folder() -> Path | None:
    """``$EVENTWIRE_CACHE_DIR``, else ``$XDG_CACHE_HOME/eventwire`` or ``~/.cache/eventwire``;
    None when ``EVENTWIRE_CACHE_DIR`` is set empty (no cache)."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "eventwire"


def _data_file(language: str) -> Path:
    from simplemma.strategies.dictionaries import dictionary_factory

    return Path(dictionary_factory.__file__).parent / "data" / f"{language}.plzma"


def _cache_file(language: str) -> Path | None:
    folder = cache_folder()
    source = _data_file(language)
    if folder is None or not source.is_file():
        return None
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    python = f"py{sys.version_info.major}{sys.version_info.minor}"
    return folder / f"simplemma-{language}-{python}-{digest}-{CACHE_FORMAT}.marshal"


def _decode(language: str) -> dict[bytes, bytes]:
    """The dictionary as simplemma decodes it (its own loader when it has one)."""
    try:
        from simplemma.strategies.dictionaries.dictionary_factory import (
            _load_dictionary_from_disk,
        )
    except ImportError:  # another simplemma layout: its public mapping, encoded back
        from simplemma.strategies.dictionaries import DefaultDictionaryFactory

        words = DefaultDictionaryFactory().get_dictionary(language)
        return {key.encode(): value.encode() for key, value in words.items()}
    return _load_dictionary_from_disk(language)


def read_marshal(path: Path) -> Any:
    """A value cached by :func:`write_marshal`, or None when the file is missing or broken
    (the caller checks its shape)."""
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None


def write_marshal(path: Path, value: Any) -> None:
    """Cache a value atomically (a temporary file renamed), so a reader never sees half a
    file; no cache folder or a full disk leaves nothing behind, and the next run computes
    the value again."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".part")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as out:
            marshal.dump(value, out)
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)


class SortedWords(Mapping[bytes, bytes]):
    """A read-only ``dict`` of word forms to lemmas (UTF-8 bytes) in a few flat objects: the
    forms sorted and joined in one bytes object with the offset where each ends, the index
    of each form's lemma, the distinct lemmas joined with their ends."""

    __slots__ = ("_form_ends", "_forms", "_lemma_ends", "_lemma_of", "_lemmas")

    def __init__(self, parts: tuple[bytes, bytes, bytes, bytes, bytes]) -> None:
        forms, form_ends, lemma_of, lemmas, lemma_ends = parts
        self._forms, self._lemmas = forms, lemmas
        self._form_ends = memoryview(form_ends).cast("I")
        self._lemma_of = memoryview(lemma_of).cast("I")
        self._lemma_ends = memoryview(lemma_ends).cast("I")
        if len(self._lemma_of) != len(self._form_ends) or (
                len(self._form_ends) and self._form_ends[-1] != len(forms)) or (
                len(self._lemma_ends) and self._lemma_ends[-1] != len(lemmas)):
            raise ValueError("inconsistent parts")

    @classmethod
    def of(cls, words: Mapping[bytes, bytes]) -> SortedWords:
        lemmas = sorted(set(words.values()))
        number = {lemma: n for n, lemma in enumerate(lemmas)}
        forms = sorted(words)
        return cls((b"".join(forms), _ends(forms),
                    array("I", [number[words[form]] for form in forms]).tobytes(),
                    b"".join(lemmas), _ends(lemmas)))

    def parts(self) -> tuple[bytes, bytes, bytes, bytes, bytes]:
        """What :meth:`__init__` takes (plain bytes: what the cache file holds)."""
        return (self._forms, self._form_ends.tobytes(), self._lemma_of.tobytes(),
                self._lemmas, self._lemma_ends.tobytes())

    def _form(self, n: int) -> bytes:
        ends = self._form_ends
        return self._forms[ends[n - 1] if n else 0:ends[n]]

    def get(self, key: bytes, default: Any = None) -> Any:
        low, high = 0, len(self._form_ends)
        while low < high:  # the first form not below key
            middle = (low + high) // 2
            if self._form(middle) < key:
                low = middle + 1
            else:
                high = middle
        if low == len(self._form_ends) or self._form(low) != key:
            return default
        n, ends = self._lemma_of[low], self._lemma_ends
        return self._lemmas[ends[n - 1] if n else 0:ends[n]]

    def __getitem__(self, key: bytes) -> bytes:
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return bytes(value)

    def __iter__(self) -> Iterator[bytes]:
        return (self._form(n) for n in range(len(self._form_ends)))

    def __len__(self) -> int:
        return len(self._form_ends)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, SortedWords):
            return self.parts() == other.parts()
        return super().__eq__(other)

    __hash__ = None  # type: ignore[assignment]  # like a dict


def _ends(items: list[bytes]) -> bytes:
    """Where each item ends in their concatenation, as an array of unsigned ints."""
    return array("I", accumulate(map(len, items))).tobytes()


@cache
def dictionary(language: str) -> SortedWords:
    """simplemma's decoded dictionary for ``language`` (UTF-8 word form -> lemma), cached."""
    path = _cache_file(language)
    parts = read_marshal(path) if path is not None and path.exists() else None
    try:
        return SortedWords(parts)  # type: ignore[arg-type]
    except (TypeError, ValueError):  # no cache, or one of another shape
        words = SortedWords.of(_decode(language))
        if path is not None:
            write_marshal(path, words.parts())
        return words


class _Words(Mapping[str, str]):
    """A str view of a bytes dictionary, as simplemma's own wrapper gives it."""

    __slots__ = ("_words",)

    def __init__(self, words: Mapping[bytes, bytes]) -> None:
        self._words = words

    def get(self, key: str, default: Any = None) -> Any:  # the lookup simplemma makes
        value = self._words.get(key.encode())
        return value.decode() if value is not None else default

    def __getitem__(self, key: str) -> str:
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return str(value)

    def __iter__(self) -> Any:
        return (key.decode() for key in self._words)

    def __len__(self) -> int:
        return len(self._words)


class _CachedDictionaries:
    """A simplemma ``DictionaryFactory`` that reads :func:`dictionary`."""

    @lru_cache(maxsize=16)  # noqa: B019 - one instance per process, kept for its lifetime
    def get_dictionary(self, lang: str) -> Mapping[str, str]:
        return _Words(dictionary(lang))


@cache
def _lemmatizer() -> Any:
    from simplemma import Lemmatizer
    from simplemma.strategies import DefaultStrategy

    return Lemmatizer(lemmatization_strategy=DefaultStrategy(
        dictionary_factory=_CachedDictionaries()))  # type: ignore[arg-type]


def lemmatize(word: str, language: str) -> str:
    """simplemma's lemma of ``word`` (what ``simplemma.lemmatize(word, lang=language)`` gives)."""
    return str(_lemmatizer().lemmatize(word, lang=language))
