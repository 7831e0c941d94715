"""Structure-aware fuzzing of the inputs: JSON Lines, feeds, HTML pages and raw bytes.

Cases are built from a fixed seed (the same cases on every run) by mutating valid inputs
where they are fragile: wrong JSON types, deep nesting, long numbers, huge or empty
fields, odd encodings and byte damage, line separators, unpaired surrogates, hostile
links, entity expansion, broken markup. Two properties are checked on every case:

- no crash: each failure is one :class:`InputError` on one line, naming the case, and never
  the readers' catch-all "unexpected error" (that would be a bug);
- no lost batch: the valid inputs placed around every bad one all come out.

A sample of what the readers accept then goes through the whole pipeline, which must not
fail on any of it. The case count is printed (run with ``-s``).
"""

from __future__ import annotations

import gzip
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from eventwire.api import extract_documents
from eventwire.ingest.errors import InputError
from eventwire.ingest.readers import read_inputs
from eventwire.model import Document

SEED = 20261129
JSONL_CASES = 600
FILE_CASES = 120
FEED_CASES = 150
HTML_CASES = 120
PIPELINE_SAMPLE = 40

WORDS = ["Arland", "Borvia", "Calden", "talks", "ceasefire", "agreed", "said", "on", "Monday",
         "the", "prisoners", "150", "«", "»", "“", "”", ",", ".", "Арландия", "заявил",
         "переговоры", "a déclaré", "trêve", "\u2028", "\u00a0", "🙂", "e\u0301", "\t"]


def _sentence(rng: random.Random, words: int = 12) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words))


def _good_text(n: int) -> str:
    return (f"Arland and Borvia agreed on Monday to exchange {n + 2} prisoners, officials "
            "said after the talks in Calden.")


# -- values of the wrong shape --------------------------------------------------------------

def _deep(rng: random.Random) -> str:
    depth = rng.choice([33, 200, 5_000, 100_000])
    return "[" * depth + "]" * depth


def _odd_value(rng: random.Random) -> Any:
    """A JSON value of a random wrong or extreme kind (raw JSON text when marked)."""
    choice = rng.randrange(16)
    return [
        lambda: None, lambda: True, lambda: rng.randint(-10**6, 10**6), lambda: 1e308 * 10,
        lambda: rng.random(), lambda: [], lambda: {}, lambda: [_sentence(rng, 3)],
        lambda: {"name": _sentence(rng, 2)}, lambda: "", lambda: " \n\t ",
        lambda: _sentence(rng, rng.choice([1, 50, 3_000])),
        lambda: RawJSON("7" * rng.choice([33, 400, 5_001])),
        lambda: RawJSON(_deep(rng)), lambda: RawJSON(rng.choice(["NaN", "Infinity", "-0"])),
        lambda: RawJSON('"' + rng.choice(["\\ud800", "\\udfff x", "a\\u0000b", "\\u2029"])
                        + '"'),
    ][choice]()


class RawJSON(str):
    """JSON text put into a line as it is (for what json.dumps cannot write)."""


def _dump(fields: dict[str, Any]) -> str:
    parts = []
    for key, value in fields.items():
        text = str(value) if isinstance(value, RawJSON) else json.dumps(value,
                                                                        ensure_ascii=False)
        parts.append(f"{json.dumps(key)}: {text}")
    return "{" + ", ".join(parts) + "}"


def _jsonl_line(rng: random.Random) -> str:
    fields: dict[str, Any] = {"id": f"case-{rng.randrange(10**9)}", "text": _sentence(rng)}
    for key in rng.sample(["id", "text", "title", "url", "outlet", "language", "published",
                           "extra", "liveblog_entries"], rng.randint(1, 3)):
        fields[key] = _odd_value(rng)
    if rng.random() < 0.15:
        fields["language"] = rng.choice(["/tmp/x", "../en", "EN", "fr-CA", "de", "und", "zz"])
    if rng.random() < 0.15:
        fields["url"] = rng.choice(["javascript:alert(1)", "data:text/html,x", "ftp://x/",
                                    "https://u:p@news.example/a", "http://[::1", "//x"])
    line = _dump(fields)
    damage = rng.randrange(10)
    if damage == 0:
        line = line[:rng.randrange(len(line))]
    elif damage == 1:
        line = "[" + line + "]"
    elif damage == 2:
        line = line.replace(",", "", 1)
    return line.replace("\n", "\\n")


def _write_jsonl(folder: Path, rng: random.Random) -> list[str]:
    """One file: a good line, then each case followed by a good line."""
    lines = [json.dumps({"id": "good-0", "text": _good_text(0)})]
    for n in range(1, JSONL_CASES + 1):
        lines.append(_jsonl_line(rng))
        lines.append(json.dumps({"id": f"good-{n}", "text": _good_text(n)}))
    (folder / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8",
                                        errors="surrogatepass")
    return [f"good-{n}" for n in range(JSONL_CASES + 1)]


# -- whole files: encodings and byte damage --------------------------------------------------

def _damaged_bytes(rng: random.Random, text: str) -> bytes:
    encoding = rng.choice(["utf-8", "utf-16", "utf-16-le", "utf-32", "cp1251", "latin-1",
                           "koi8_r", "utf-8-sig"])
    raw = text.encode(encoding, errors="replace")
    kind = rng.randrange(7)
    if kind == 0:
        raw = bytes(rng.randrange(256) for _ in range(rng.randint(0, 2_000)))
    elif kind == 1 and raw:
        at = rng.randrange(len(raw))
        raw = raw[:at] + bytes([rng.randrange(256)]) + raw[at + 1:]
    elif kind == 2:
        raw = raw[:rng.randrange(len(raw) + 1)]
    elif kind == 3:
        raw = raw + b"\x00" * rng.randint(1, 10)
    elif kind == 4:
        raw = b"\xef\xbb\xbf" * rng.randint(1, 3) + raw
    return raw


def _write_files(folder: Path, rng: random.Random) -> list[str]:
    """Cases c####.<ext> between good files g####.txt (sorted by name: good, case, good)."""
    good = []
    for n in range(FILE_CASES):
        ext = rng.choice([".txt", ".jsonl", ".html", ".rss", ".xml", ".txt.gz", ".jsonl.gz"])
        text = {".jsonl": json.dumps({"id": f"file-{n}", "text": _sentence(rng)}),
                ".html": f"<html><body><p>{_sentence(rng, 40)}</p></body></html>",
                ".rss": _feed(rng), ".xml": _feed(rng)}.get(ext.removesuffix(".gz"),
                                                            _sentence(rng, 30))
        raw = _damaged_bytes(rng, text)
        if ext.endswith(".gz"):
            raw = gzip.compress(raw) if rng.random() < 0.7 else raw[:50]
        (folder / f"c{n:04d}{ext}").write_bytes(raw)
        (folder / f"g{n:04d}.txt").write_text(_good_text(n), encoding="utf-8")
        good.append(f"g{n:04d}.txt")
    return good


# -- feeds ---------------------------------------------------------------------------------

def _xml_text(rng: random.Random) -> str:
    return rng.choice([
        _sentence(rng), "", "<![CDATA[" + _sentence(rng) + "]]>", "&lt;p&gt;x&lt;/p&gt;",
        "&amp;&#0;&#xD800;", "&undefined;", "<b>" * 500, _sentence(rng, 2_000), "\x01\x02",
        "&lol9;", "]]>", "&#x110000;",
    ])


def _feed(rng: random.Random) -> str:
    atom = rng.random() < 0.4
    items = []
    for _ in range(rng.randint(0, 6)):
        link = rng.choice(["https://wire.example/a", "javascript:alert(1)", "", "x" * 3000,
                           "http://127.0.0.1/admin", "https://u:p@wire.example/b"])
        date = rng.choice(["Mon, 24 Mar 2025 09:30:00 GMT", "2025-13-45", "", "yesterday",
                           "9" * 40])
        if atom:
            items.append(f"<entry><title>{_xml_text(rng)}</title><id>{_xml_text(rng)}</id>"
                         f"<updated>{date}</updated><link href=\"{link}\"/>"
                         f"<content type=\"html\">{_xml_text(rng)}</content></entry>")
        else:
            items.append(f"<item><title>{_xml_text(rng)}</title><link>{link}</link>"
                         f"<pubDate>{date}</pubDate><description>{_xml_text(rng)}"
                         "</description></item>")
    prolog = "<?xml version='1.0' encoding='utf-8'?>"
    if rng.random() < 0.2:  # entity expansion ("billion laughs")
        prolog += ('<!DOCTYPE r [<!ENTITY lol "lol">' + "".join(
            f'<!ENTITY lol{n} "{("&lol" + str(n - 1) + ";") * 10 if n > 1 else "&lol;" * 10}">'
            for n in range(1, 10)) + "]>")
    language = rng.choice(["en", "de-DE", "/etc", "", "fr"])
    if atom:
        body = (f"<feed xmlns='http://www.w3.org/2005/Atom'><title>{_xml_text(rng)}</title>"
                + "".join(items) + "</feed>")
    else:
        body = (f"<rss version='2.0'><channel><title>{_xml_text(rng)}</title>"
                f"<language>{language}</language>" + "".join(items) + "</channel></rss>")
    if rng.random() < 0.2:
        body = body[:rng.randrange(len(body) + 1)]
    return prolog + body


def _write_feeds(folder: Path, rng: random.Random) -> list[str]:
    good = []
    for n in range(FEED_CASES):
        (folder / f"f{n:04d}.{rng.choice(['rss', 'xml', 'atom'])}").write_text(
            _feed(rng), encoding="utf-8", errors="surrogatepass")
        (folder / f"g{n:04d}.txt").write_text(_good_text(n), encoding="utf-8")
        good.append(f"g{n:04d}.txt")
    return good


# -- HTML pages ----------------------------------------------------------------------------

def _json_ld(rng: random.Random) -> str:
    value = {"@type": rng.choice(["NewsArticle", "LiveBlogPosting", ["NewsArticle"], 7, None]),
             "headline": _odd_value(rng), "datePublished": _odd_value(rng),
             "publisher": rng.choice([{"name": _odd_value(rng)}, [], [3], "x", None]),
             "url": rng.choice(["javascript:alert(1)", 5, ["https://a.example/"], None]),
             "inLanguage": rng.choice(["/tmp/x", "en", ["fr"], {"name": "ru"}, 3]),
             "liveBlogUpdate": rng.choice([
                 "x", 3, [1, "a", None],
                 [{"headline": _odd_value(rng), "articleBody": _sentence(rng, 20),
                   "datePublished": _odd_value(rng)} for _ in range(rng.randint(0, 4))]])}
    text = _dump({k: v for k, v in value.items()})
    if rng.random() < 0.2:
        text = "[" * 50_000 + text + "]" * 50_000
    return text.replace("</", "<\\/")


def _page(rng: random.Random) -> str:
    lang_attr = rng.choice(["en", "/tmp/x", "", "fr-FR", "x" * 500, "ru\"><script>"])
    canonical = rng.choice(["javascript:alert(1)", "https://news.example/a", "", "data:,x"])
    body = rng.choice([
        f"<article><p>{_sentence(rng, 60)}</p></article>",
        "<div>" * rng.choice([100, 5_000]) + _sentence(rng, 30),
        "<p>" + "<b>" * 2_000 + _sentence(rng, 30),
        "<script>" + _sentence(rng) + "</script>",
        "", "<p>&#0;&#xD800;&bogus; " + _sentence(rng, 30) + "</p>",
    ])
    return (f"<!doctype html><html lang=\"{lang_attr}\"><head>"
            f"<link rel=\"canonical\" href=\"{canonical}\">"
            f"<script type=\"application/ld+json\">{_json_ld(rng)}</script></head>"
            f"<body>{body}</body></html>")


def _write_pages(folder: Path, rng: random.Random) -> list[str]:
    good = []
    for n in range(HTML_CASES):
        (folder / f"h{n:04d}.html").write_text(_page(rng), encoding="utf-8",
                                               errors="surrogatepass")
        (folder / f"g{n:04d}.txt").write_text(_good_text(n), encoding="utf-8")
        good.append(f"g{n:04d}.txt")
    return good


# -- the properties ------------------------------------------------------------------------

WRITERS: dict[str, tuple[Callable[[Path, random.Random], list[str]], int]] = {
    "jsonl": (_write_jsonl, JSONL_CASES),
    "files": (_write_files, FILE_CASES),
    "feeds": (_write_feeds, FEED_CASES),
    "html": (_write_pages, HTML_CASES),
}
ACCEPTED: list[Document] = []  # what the readers let through, for the pipeline pass


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_no_crash_and_no_lost_batch(tmp_path: Path, kind: str) -> None:
    write, cases = WRITERS[kind]
    rng = random.Random(f"{SEED}-{kind}")
    good = write(tmp_path, rng)
    items = list(read_inputs([str(tmp_path)], max_bytes=10_000_000))
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, InputError)]
    ids = {d.id for d in docs}
    assert [g for g in good if g not in ids] == []
    for error in errors:
        assert "\n" not in str(error) and str(tmp_path) in error.source, str(error)
        assert not error.message.startswith("unexpected error"), str(error)
    for doc in docs:
        assert doc.text.strip() and doc.text.encode("utf-8")
        assert doc.url is None or doc.url.startswith(("http://", "https://")), doc.url
        assert "@" not in (doc.url or "").split("/")[2:3][0:1], doc.url
    bad = [d for d in docs if d.id not in set(good)]
    ACCEPTED.extend(random.Random(SEED).sample(bad, min(len(bad), PIPELINE_SAMPLE // 4)))
    print(f"\nfuzz {kind}: {cases} cases, {len(docs)} documents, {len(errors)} errors")


def test_the_pipeline_takes_whatever_the_readers_accept() -> None:
    if not ACCEPTED:
        pytest.skip("run with the reader cases (they collect the documents)")
    unique = list({d.id: d for d in ACCEPTED}.values())  # feeds of different cases share ids
    result = extract_documents(unique, reference_date="2026-03-18", time_budget=60)
    assert [str(e) for e in result.errors] == []
    assert len(result.documents) == len(unique)
    print(f"\nfuzz pipeline: {len(unique)} accepted documents extracted")
