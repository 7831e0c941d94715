"""Metadata beside a text: ``truce.json`` gives ``truce.txt`` its publication date, URL,
outlet, title and language, as corpora ship them. Nothing else of that file is read (it may
hold a corpus's annotations); a broken one is one error naming it, and the text still goes
through without it."""

from __future__ import annotations

import json
from pathlib import Path

from eventwire.ingest.errors import InputError
from eventwire.ingest.readers import read_inputs

TEXT = ("The foreign ministers of Chile and Peru met in Arica on Tuesday and agreed to "
        "reopen the border crossing, officials of both countries said.\n")


def _read(*paths: Path, sidecars: bool = True) -> tuple[list, list[str]]:
    items = list(read_inputs([str(p) for p in paths], sidecars=sidecars))
    errors = [f"{e.source}: {e.message}" for e in items if isinstance(e, InputError)]
    return [d for d in items if not isinstance(d, InputError)], errors


def test_a_sidecar_gives_the_metadata_and_nothing_else(tmp_path: Path) -> None:
    (tmp_path / "arica.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "arica.json").write_text(json.dumps({
        "id": "not-the-id", "published": "2026-03-10", "url": "https://example.org/arica",
        "outlet": "example.org", "title": "Ministers meet", "language": "en",
        "events": [{"type": "AGREE"}], "note": "annotations are not metadata"}),
        encoding="utf-8")
    docs, errors = _read(tmp_path)
    assert errors == []
    (doc,) = docs
    assert (doc.id, doc.published, doc.url, doc.outlet, doc.title, doc.language) == (
        "arica.txt", "2026-03-10", "https://example.org/arica", "example.org",
        "Ministers meet", "en")
    assert doc.metadata == {}


def test_a_date_under_another_name_and_a_month(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.json").write_text('{"datePublished": "2026-03"}', encoding="utf-8")
    (doc,), _ = _read(tmp_path / "a.txt")
    assert doc.published == "2026-03"


def test_no_sidecar_and_sidecars_off(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (doc,), errors = _read(tmp_path / "a.txt")
    assert (doc.published, errors) == (None, [])
    (tmp_path / "a.json").write_text('{"published": "2026-03-10"}', encoding="utf-8")
    (doc,), errors = _read(tmp_path / "a.txt", sidecars=False)
    assert (doc.published, errors) == (None, [])


def test_a_broken_sidecar_is_named_and_the_text_goes_through(tmp_path: Path) -> None:
    for name, body in [("a", "{not json"), ("b", "[1, 2]"), ("c", '{"language": "pt"}')]:
        (tmp_path / f"{name}.txt").write_text(TEXT, encoding="utf-8")
        (tmp_path / f"{name}.json").write_text(body, encoding="utf-8")
    docs, errors = _read(tmp_path)
    assert [d.id for d in docs] == ["a.txt", "b.txt", "c.txt"]
    assert [d.published for d in docs] == [None, None, None]
    assert [e.split(": ", 1)[0] for e in errors] == [
        str(tmp_path / n) + ".json" for n in ("a", "b", "c")]
    assert "metadata beside a.txt is not JSON" in errors[0]
    assert errors[1].endswith("metadata beside b.txt is not a JSON object; "
                              "the text is read without it")
    assert "unsupported language 'pt'" in errors[2]


def test_the_sidecar_is_trusted_over_the_page(tmp_path: Path) -> None:
    page = ('<html><head><title>Page title</title><meta name="dc.date" content="2026-01-01">'
            f'</head><body><article><p>{TEXT}</p></article></body></html>')
    (tmp_path / "arica.html").write_text(page, encoding="utf-8")
    (tmp_path / "arica.json").write_text('{"published": "2026-03-10"}', encoding="utf-8")
    (doc,), _ = _read(tmp_path / "arica.html")
    assert (doc.published, doc.title) == ("2026-03-10", "Page title")


def test_a_gold_file_beside_the_text_is_its_sidecar(tmp_path: Path) -> None:
    """``X.gold.json`` is the gold format ``eventwire evaluate`` pairs with ``X.txt``."""
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.gold.json").write_text('{"published": "2026-03-10", "events": []}',
                                          encoding="utf-8")
    (doc,), errors = _read(tmp_path / "a.txt")
    assert (doc.published, errors) == ("2026-03-10", [])
