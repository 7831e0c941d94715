"""simplemma's lemmas through eventwire's cached dictionaries: the same lemmas, one file."""

from __future__ import annotations

from pathlib import Path

import pytest
import simplemma

from eventwire.lang import lemmas

CASES = [  # (language, word, lemma)
    ("en", "attacked", "attack"),
    ("en", "negotiations", "negotiation"),
    ("en", "was", "be"),
    ("en", "Zqxw", "Zqxw"),  # unknown: kept as it is
    ("it", "attaccato", "attaccare"),
    ("it", "trattative", "trattativa"),
]


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(lemmas.CACHE_ENV, str(tmp_path))
    lemmas.dictionary.cache_clear()
    yield tmp_path
    lemmas.dictionary.cache_clear()


@pytest.mark.parametrize(("language", "word", "lemma"), CASES)
def test_lemmas_are_simplemmas(cache_dir: Path, language: str, word: str, lemma: str) -> None:
    assert lemmas.lemmatize(word, language) == lemma
    assert simplemma.lemmatize(word, lang=language) == lemma


def test_dictionary_is_written_once_then_read(cache_dir: Path) -> None:
    first = lemmas.dictionary("en")
    files = sorted(p.name for p in cache_dir.iterdir())
    assert len(files) == 1 and files[0].startswith("simplemma-en-")
    lemmas.dictionary.cache_clear()
    assert lemmas.dictionary("en") == first
    assert sorted(p.name for p in cache_dir.iterdir()) == files


def test_a_damaged_cache_file_is_rebuilt(cache_dir: Path) -> None:
    first = lemmas.dictionary("en")
    (path,) = cache_dir.iterdir()
    path.write_bytes(b"not a dictionary")
    lemmas.dictionary.cache_clear()
    assert lemmas.dictionary("en") == first
    assert path.stat().st_size > 1000


def test_an_empty_cache_setting_writes_nothing(cache_dir: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(lemmas.CACHE_ENV, "")
    assert lemmas.cache_folder() is None
    assert lemmas.dictionary("en")[b"attacked"] == b"attack"
    assert list(cache_dir.iterdir()) == []


def test_a_cache_folder_that_cannot_be_made_is_passed_over(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(lemmas.CACHE_ENV, str(blocker / "cache"))
    lemmas.dictionary.cache_clear()
    try:
        assert lemmas.lemmatize("attacked", "en") == "attack"
        assert lemmas.dictionary("en")[b"was"] == b"be"
    finally:
        lemmas.dictionary.cache_clear()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_sorted_words_answer_as_the_dict_they_are_made_of() -> None:
    words = {b"zorvs": b"zorv", b"zorved": b"zorv", b"a": b"a",
             "\u00e9t\u00e9".encode(): "\u00eatre".encode(), b"blik": b"blik"}
    sorted_words = lemmas.SortedWords.of(words)
    assert dict(sorted_words.items()) == words and len(sorted_words) == len(words)
    for probe in (*words, b"", b"zorv", b"zorvedx", b"b", b"\xff", b"A"):
        assert sorted_words.get(probe) == words.get(probe)
    assert b"blik" in sorted_words and b"blic" not in sorted_words
    with pytest.raises(KeyError):
        sorted_words[b"blic"]
    assert lemmas.SortedWords(sorted_words.parts()) == sorted_words
    assert lemmas.SortedWords.of({}).get(b"a") is None


@pytest.mark.parametrize("parts", [None, {b"a": b"b"}, (b"a", b"\x01", b"", b"", b""),
                                   (b"ab", b"\x01\x00\x00\x00", b"", b"", b"")])
def test_sorted_words_refuse_parts_of_another_shape(parts: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        lemmas.SortedWords(parts)  # type: ignore[arg-type]
