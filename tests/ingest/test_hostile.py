"""Hostile input at the ingest boundary: one bad line, field, encoding or link is one error
naming it (or one dropped value), and everything around it still comes through."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from eventwire import lang
from eventwire.api import extract, extract_text
from eventwire.ingest.errors import BadInput, InputError
from eventwire.ingest.readers import read_inputs
from eventwire.ingest.urls import check_public, storable_url
from eventwire.model import Document

GOOD = "Delegations of Arland and Borvia met in Calden on Monday for a second round of talks."


def _line(**fields: object) -> str:
    return json.dumps({"text": GOOD, **fields}, ensure_ascii=False)


BAD_LINES = [
    ('{"text": "x", "n": ' + "7" * 5001 + "}",
     "integer too long (5,001 digits; the limit is 32)"),
    ('{"text": "x", "deep": ' + "[" * 100_000 + "]" * 100_000 + "}",
     "JSON nested too deep (100001 levels; the limit is 32)"),
    (_line(outlet=["Wire", "Post"]), "field 'outlet' must be a string or null, not an array"),
    (_line(title={"en": "x"}), "field 'title' must be a string or null, not an object"),
    (_line(id=7), "field 'id' must be a string or null, not a number"),
    (_line(published=True), "field 'published' must be a string or null, not a boolean"),
    (_line(language="/tmp/x"),
     "unsupported language '/tmp/x' (eventwire has data for: de, en, es, fr, it, ru, uk)"),
    (_line(language=["en"]), "field 'language' must be a string or null, not an array"),
    ('{"text": "x", "score": NaN}', "NaN is not a JSON number"),
    ('{"text": 5}', "missing or empty 'text' field"),
    (_line(liveblog_entries="x"), "field 'liveblog_entries' must be an array, not a string"),
    (_line(liveblog_entries=[{"start": 0, "end": 10_000}]),
     "field 'liveblog_entries' entry 0: 'start' and 'end' must be offsets into the text "
     "(0 <= start < end <= 85), in order"),
    ('{"text": "x", "title": "\\ud800"}', "field 'title' holds an unpaired surrogate (not text)"),
    ("[1, 2]", "a JSON Lines document must be an object"),
    ("{broken", "malformed JSON (Expecting property name enclosed in double quotes at column 2)"),
]


def test_bad_jsonl_lines_are_one_error_each_and_the_rest_goes_on(tmp_path: Path) -> None:
    lines = [_line(id="first")]
    for n, (bad, _) in enumerate(BAD_LINES):
        lines += [bad, _line(id=f"after-{n}")]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_inputs([str(path)]))
    docs = [i.id for i in items if isinstance(i, Document)]
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert docs == ["first", *(f"after-{n}" for n in range(len(BAD_LINES)))]
    assert errors == [f"{path}:{2 * n + 2}: {message}"
                      for n, (_, message) in enumerate(BAD_LINES)]


def test_line_separators_inside_jsonl_strings_are_text_not_line_ends(tmp_path: Path) -> None:
    path = tmp_path / "seps.jsonl"
    lines = [_line(id="a", title="one\u2028two"), _line(id="b", text=GOOD + "\u2029" + GOOD)]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = list(read_inputs([str(path)]))
    assert [(i.id, i.title) for i in items if isinstance(i, Document)] == [
        ("a", "one\u2028two"), ("b", None)]
    assert [i for i in items if isinstance(i, InputError)] == []


@pytest.mark.parametrize("given, expected", [
    ("en", "en"), ("FR", "fr"), ("ru-RU", "ru"), ("uk_UA", "uk"), (" en ", "en"),
])
def test_language_codes_are_normalised(given: str, expected: str) -> None:
    assert lang.checked(given) == expected


@pytest.mark.parametrize("given", ["/tmp/x", "../fr", "_shared", "pl", "", "en/../fr", "und"])
def test_unknown_language_codes_are_refused_and_never_read_as_paths(given: str) -> None:
    with pytest.raises(lang.UnknownLanguage):
        lang.checked(given)
    assert lang.section(given, "speech") == {}
    assert lang.table(given, "actors") == ()


def test_a_language_option_that_is_a_path_is_refused(tmp_path: Path) -> None:
    (tmp_path / "speech.yaml").write_text("verbs: [said]\n", encoding="utf-8")
    with pytest.raises(lang.UnknownLanguage):
        extract_text(GOOD, language=str(tmp_path))
    with pytest.raises(lang.UnknownLanguage):
        extract_text(GOOD, **{"language": "xx"})


ENCODED = [
    ("cp1251", "ru", "Президент Арландии заявил во вторник, что переговоры о перемирии "
                     "продолжатся в Калдене на следующей неделе."),
    ("koi8_u", "uk", "Президент Арландії заявив у вівторок, що переговори про перемир'я "
                     "триватимуть у Калдені наступного тижня."),
    ("cp1252", "fr", "Les négociations à Calden ont repris mardi, a déclaré le ministre "
                     "arlandais, qui espère une trêve d'ici l'été."),
    ("utf-16", "ru", "Президент Арландии заявил во вторник, что переговоры продолжатся."),
    ("utf-8-sig", "fr", "Les délégations se sont réunies à Calden lundi."),
]


@pytest.mark.parametrize("encoding, language, text", ENCODED)
def test_legacy_and_bom_encodings_decode_to_the_text(tmp_path: Path, encoding: str,
                                                     language: str, text: str) -> None:
    path = tmp_path / "news.txt"
    path.write_bytes(text.encode(encoding))
    result = extract([str(path)], reference_date="2026-03-18")
    assert result.errors == []
    [doc] = result.documents
    assert (doc.text, doc.language) == (text, language)


def test_ids_keep_the_extension_and_do_not_depend_on_the_root(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch
                                                               ) -> None:
    news = tmp_path / "news"
    (news / "sub").mkdir(parents=True)
    (news / "truce.txt").write_text(GOOD, encoding="utf-8")
    (news / "truce.html").write_text(f"<html><body><p>{GOOD}</p></body></html>",
                                     encoding="utf-8")
    (news / "sub" / "truce.txt").write_text(GOOD, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    spellings = [str(news), "news", "./news", "news/", f"{tmp_path}/./news/../news"]
    ids = [[i.id for i in read_inputs([s]) if isinstance(i, Document)] for s in spellings]
    assert ids == [["sub/truce.txt", "truce.html", "truce.txt"]] * len(spellings)
    assert [i.id for i in read_inputs(["news/truce.html"])] == ["truce.html"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links on this system")
def test_symlinks_out_of_the_folder_are_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("A text outside the folder that must not be read.", encoding="utf-8")
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(GOOD, encoding="utf-8")
    (news / "leak.txt").symlink_to(outside)
    (news / "alias.txt").symlink_to(news / "a.txt")  # inside the folder: followed
    items = list(read_inputs([str(news)]))
    assert [i.id if isinstance(i, Document) else str(i) for i in items] == [
        "a.txt", "alias.txt",
        f"{news}/leak.txt: symbolic link to a file outside the folder: not followed"]


@pytest.mark.parametrize("given, stored", [
    ("https://news.example/a", "https://news.example/a"),
    ("http://user:secret@news.example/a?b=1", "http://news.example/a?b=1"),
    ("javascript:alert(1)", None),
    ("JaVaScRiPt:alert(1)", None),
    ("data:text/html,<script>x</script>", None),
    ("file:///etc/passwd", None),
    ("//news.example/a", None),
    ("https://news.example:99999/", None),
    ("", None),
    (["https://news.example/a"], None),
])
def test_only_http_links_are_stored(given: object, stored: str | None) -> None:
    assert storable_url(given) == stored


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/", "http://10.1.2.3/", "http://192.168.0.1:8080/", "http://172.16.0.1/",
    "http://169.254.169.254/latest/meta-data", "http://[::1]/", "http://[::ffff:127.0.0.1]/",
    "http://0.0.0.0/", "http://localhost/", "http://[fe80::1]/", "http://100.64.0.1/",
])
def test_private_loopback_and_link_local_addresses_are_refused(url: str) -> None:
    with pytest.raises(BadInput, match="^refused: .* is a private, loopback or link-local"):
        check_public(url)


@pytest.mark.parametrize("url", ["http://93.184.216.34/", "https://[2606:4700::1111]/"])
def test_public_addresses_pass(url: str) -> None:
    check_public(url)


def test_javascript_links_are_not_stored_from_feeds_pages_or_jsonl(tmp_path: Path) -> None:
    (tmp_path / "feed.rss").write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>W</title>"
        "<language>de-DE</language><item><title>Talks</title><link>javascript:alert(1)</link>"
        f"<description>{GOOD}</description></item></channel></rss>", encoding="utf-8")
    (tmp_path / "page.html").write_text(
        "<!doctype html><html lang='xx'><head><link rel='canonical' href='javascript:alert(1)'>"
        f"</head><body><article><p>{GOOD} {GOOD} {GOOD}</p></article></body></html>",
        encoding="utf-8")
    (tmp_path / "batch.jsonl").write_text(_line(url="javascript:alert(1)"), encoding="utf-8")
    items = list(read_inputs([str(tmp_path)]))
    assert [(type(i).__name__, getattr(i, "url", None), getattr(i, "language", None))
            for i in items] == [("Document", None, "und"), ("Document", None, "de"),
                                ("Document", None, "und")]  # batch.jsonl, feed.rss, page.html
