"""The tokenizers' long expressions, compiled from code kept on disk, are re's own."""

from __future__ import annotations

import re

import pytest
import srsly

from eventwire.syntax import patterns

EXPRESSIONS = [
    r"(?iu)^[a-zà-ÿ]+[-‐](?:l['’])?[a-zà-ÿ]+$|^abc\d*$",
    r"(?P<word>\w+)\s+(?P=word)",
    r"^(?:[^\W\d_]+[-'])+[^\W\d_]+$",
    "(?x) a b  # a comment\n c",
]


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(tmp_path))
    return tmp_path


@pytest.mark.parametrize("text", EXPRESSIONS)
def test_compiled_equals_re_compile_made_and_read_back(cache_dir, text):
    made = patterns.compiled_pattern(text)
    assert list(cache_dir.glob("regex-*.marshal"))
    read_back = patterns.compiled_pattern(text)
    reference = re.compile(text)
    assert made == reference and read_back == reference  # same flags, text and code
    assert (made.groups, made.groupindex) == (reference.groups, reference.groupindex)
    for sample in ("entre-deux", "l'homme l'homme", "abc12", "abc", "x-y-z", "a b c"):
        assert bool(read_back.match(sample)) == bool(reference.match(sample))


def test_a_broken_cache_file_is_passed_over(cache_dir):
    text = EXPRESSIONS[0]
    patterns.compiled_pattern(text)
    (path,) = cache_dir.glob("regex-*.marshal")
    path.write_bytes(b"\x00broken")
    assert patterns.compiled_pattern(text) == re.compile(text)


def test_seed_puts_long_expressions_where_re_compile_finds_them(cache_dir, tmp_path,
                                                                monkeypatch):
    model = tmp_path / "model"
    model.mkdir()
    long_text = "|".join(f"^w{n}[a-z]+$" for n in range(40))
    model.joinpath("tokenizer").write_bytes(srsly.msgpack_dumps(
        {"token_match": long_text, "prefix_search": "^x", "faster_heuristics": True}))
    monkeypatch.setattr(patterns, "LONG", 100)
    re.purge()
    assert patterns.seed(model) == 1
    seeded = re.compile(long_text)
    assert seeded == re.compile(long_text) and seeded.match("w7abc")
    assert patterns.seed(model) == 0  # already there
    re.purge()


def test_no_cache_folder_still_compiles(monkeypatch):
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", "")
    assert patterns.compiled_pattern(EXPRESSIONS[1]) == re.compile(EXPRESSIONS[1])
