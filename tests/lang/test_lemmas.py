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
