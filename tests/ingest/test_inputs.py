"""Inputs: HTML pages, feeds, gzip, URLs (in memory and over real loopback HTTP), bad input.

Every bad input must give one :class:`InputError` naming it, on one line, and the rest of
the batch must still be read.
"""

from __future__ import annotations

import gzip
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from eventwire.ingest.errors import BadInput, InputError
from eventwire.ingest.fetch import HttpFetcher, MemoryFetcher
from eventwire.ingest.readers import read_inputs
from eventwire.model import Document

BODY = ("Russia and Ukraine agreed on Tuesday to exchange 175 prisoners of war, officials said. "
        "The two presidents spoke for more than two hours about a ceasefire on energy sites. ") * 3

ARTICLE = f"""<!doctype html><html lang="en"><head><title>Ignored title | Site</title>
<meta property="og:site_name" content="Example News">
<link rel="canonical" href="https://news.example/2025/03/18/truce">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Putin agrees to energy truce", "datePublished": "2025-03-18T19:02:00+00:00",
 "publisher": {{"@type": "Organization", "name": "Example News"}}}}</script>
</head><body><article><h1>Putin agrees to energy truce</h1><p>{BODY}</p><p>{BODY}</p></article>
</body></html>"""

LIVEBLOG = """<!doctype html><html lang="fr"><head>
<script type="application/ld+json">{"@type": "LiveBlogPosting", "headline": "En direct",
 "datePublished": "2025-03-18T08:00:00Z", "publisher": {"name": "Direct Info"},
 "liveBlogUpdate": [
  {"@type": "BlogPosting", "headline": "L'appel est terminé",
   "datePublished": "2025-03-18T17:40:00Z",
   "articleBody": "La conversation entre les deux présidents a pris fin après plus d'une heure."},
  {"@type": "BlogPosting", "headline": "L'appel a commencé",
   "datePublished": "2025-03-18T16:05:00Z",
   "articleBody": "<p>Les deux présidents se parlent depuis 16 heures, dit la Maison Blanche.</p>"}
 ]}</script></head><body><p>Le direct commence ici avec des informations.</p></body></html>"""

RSS = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>
<title>Wire Feed</title><language>en-us</language>
<item><title>Talks begin in Riyadh</title><link>https://wire.example/a</link><guid>a-1</guid>
<pubDate>Mon, 24 Mar 2025 09:30:00 GMT</pubDate>
<description>&lt;p&gt;Delegations met on Monday in Riyadh for technical talks.&lt;/p&gt;
</description></item>
<item><title>Prisoners exchanged</title><link>https://wire.example/b</link><guid>b-2</guid>
<pubDate>Wed, 19 Mar 2025 15:00:00 GMT</pubDate>
<description>Russia and Ukraine exchanged 175 prisoners of war on Wednesday.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Atom Wire</title><entry><title>Ceasefire call</title><id>urn:x:1</id>
<updated>2025-03-18T20:00:00Z</updated><link href="https://atom.example/1"/>
<content type="html">&lt;p&gt;The leaders agreed a 30-day pause.&lt;/p&gt;</content>
</entry></feed>"""


def _split(items: list[Document | InputError]) -> tuple[list[Document], list[InputError]]:
    docs = [i for i in items if isinstance(i, Document)]
    return docs, [i for i in items if isinstance(i, InputError)]


def test_html_page_metadata_from_json_ld(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(ARTICLE, encoding="utf-8")
    docs, errors = _split(list(read_inputs([str(tmp_path / "page.html")])))
    assert errors == [] and len(docs) == 1
    doc = docs[0]
    assert "175 prisoners of war" in doc.text
    assert doc.title == "Putin agrees to energy truce"
    assert doc.published == "2025-03-18"
    assert doc.outlet == "Example News"
    assert doc.url == "https://news.example/2025/03/18/truce"
    assert doc.language == "en"


def test_liveblog_posting_entries_become_passages(tmp_path: Path) -> None:
    from eventwire.text.passages import split_passages

    (tmp_path / "live.html").write_text(LIVEBLOG, encoding="utf-8")
    docs, errors = _split(list(read_inputs([str(tmp_path / "live.html")])))
    assert errors == [] and len(docs) == 1
    doc = docs[0]
    assert doc.published == "2025-03-18" and doc.outlet == "Direct Info"
    split_passages(doc)
    assert [p.heading for p in doc.passages] == ["L'appel est terminé", "L'appel a commencé"]
    assert [p.published for p in doc.passages] == ["2025-03-18T17:40", "2025-03-18T16:05"]
    assert doc.metadata["passage_order"] == "newest_first"
    assert [p.chronological for p in doc.passages] == [1, 0]
    for passage in doc.passages:
        assert passage.heading_span and doc.text[slice(*passage.heading_span)] == passage.heading


def test_feed_files_rss_and_atom(tmp_path: Path) -> None:
    (tmp_path / "wire.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "atom.xml").write_text(ATOM, encoding="utf-8")
    paths = [str(tmp_path / "wire.rss"), str(tmp_path / "atom.xml")]
    docs, errors = _split(list(read_inputs(paths)))
    assert errors == []
    assert [(d.title, d.published, d.url) for d in docs] == [
        ("Talks begin in Riyadh", "2025-03-24", "https://wire.example/a"),
        ("Prisoners exchanged", "2025-03-19", "https://wire.example/b"),
        ("Ceasefire call", "2025-03-18", "https://atom.example/1"),
    ]
    assert "<p>" not in docs[0].text and docs[0].outlet == "Wire Feed"
    assert docs[0].language == "en"
    assert len({d.id for d in docs}) == 3


def test_gzip_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(BODY.encode("utf-8")))
    (tmp_path / "b.rss.gz").write_bytes(gzip.compress(RSS.encode("utf-8")))
    docs, errors = _split(list(read_inputs([str(tmp_path)])))
    assert errors == []
    assert len(docs) == 3 and docs[0].id == "a.txt.gz" and docs[0].text == BODY


def test_url_through_the_in_memory_fetcher() -> None:
    fetcher = MemoryFetcher({
        "https://news.example/page": (ARTICLE.encode(), "text/html; charset=utf-8"),
        "https://wire.example/feed": (RSS.encode(), "application/rss+xml"),
        "https://news.example/down": BadInput("HTTP 503 Service Unavailable"),
    })
    items = list(read_inputs(["https://news.example/page", "https://news.example/down",
                              "https://wire.example/feed", "https://news.example/missing"],
                             fetcher=fetcher))
    docs, errors = _split(items)
    assert [d.title for d in docs] == ["Putin agrees to energy truce", "Talks begin in Riyadh",
                                       "Prisoners exchanged"]
    assert [str(e) for e in errors] == [
        "https://news.example/down: HTTP 503 Service Unavailable",
        "https://news.example/missing: HTTP 404 Not Found"]


def test_feed_links_followed_when_asked() -> None:
    fetcher = MemoryFetcher({
        "https://wire.example/feed": (RSS.encode(), "application/rss+xml"),
        "https://wire.example/a": (ARTICLE.encode(), "text/html"),
    })
    docs, errors = _split(list(read_inputs(["https://wire.example/feed"], fetcher=fetcher,
                                           follow_links=True)))
    assert docs[0].title == "Putin agrees to energy truce" and "175 prisoners" in docs[0].text
    assert [str(e) for e in errors] == ["https://wire.example/b: HTTP 404 Not Found"]


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, str, bytes]] = {}
    release = threading.Event()  # set when the test ends: slow routes hang until then

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        if self.path == "/slow":
            self.release.wait(60)
        if self.path == "/drip":  # headers at once, then a byte at a time, never done
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            while not self.release.wait(0.2):
                try:
                    self.wfile.write(b"a")
                    self.wfile.flush()
                except OSError:
                    return
            return
        status, kind, body = self.routes.get(self.path, (404, "text/plain", b"not found"))
        self.send_response(status)
        if status in (301, 302):
            self.send_header("Location", body.decode())
            body = b""
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except OSError:
            pass

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def server() -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 for this test only."""
    _Handler.routes = {
        "/page": (200, "text/html; charset=utf-8", ARTICLE.encode()),
        "/feed": (200, "application/rss+xml", RSS.encode()),
        "/big": (200, "text/plain", b"word " * 50_000),
        "/text": (200, "text/plain; charset=utf-8", BODY.encode()),
        "/image": (200, "image/png", b"\x89PNG\r\n" + b"\x00" * 100),
    }
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    port = httpd.server_address[1]
    _Handler.routes["/to-page"] = (302, "text/plain", f"http://127.0.0.1:{port}/page".encode())
    _Handler.routes["/to-other"] = (302, "text/plain", f"http://127.0.0.2:{port}/page".encode())
    _Handler.routes["/to-js"] = (302, "text/plain", b"javascript:alert(1)")
    _Handler.release = threading.Event()
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        _Handler.release.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def test_urls_over_real_http(server: str) -> None:
    # a generous deadline: a loaded machine must not turn a served page into a timeout
    fetcher = HttpFetcher(timeout=60, max_bytes=100_000, allow_private=True)
    urls = [f"{server}/page", f"{server}/feed", f"{server}/missing", f"{server}/big",
            f"{server}/image", f"{server}/text", f"{server}/to-page"]
    docs, errors = _split(list(read_inputs(urls, fetcher=fetcher)))
    assert [d.title for d in docs] == ["Putin agrees to energy truce", "Talks begin in Riyadh",
                                       "Prisoners exchanged", None,
                                       "Putin agrees to energy truce"]
    assert docs[0].url == "https://news.example/2025/03/18/truce"
    assert docs[3].url == f"{server}/text" and docs[3].text == BODY
    messages = {e.source.rsplit("/", 1)[1]: e.message for e in errors}
    assert messages["missing"] == "HTTP 404 Not Found"
    assert messages["big"].startswith("too large")
    assert messages["image"].startswith("binary data") or "content type" in messages["image"]


@pytest.mark.parametrize("route", ["slow", "drip"])
def test_one_deadline_for_the_whole_fetch(server: str, route: str) -> None:
    """A server that never answers, or answers a byte at a time forever, hits the deadline."""
    fetcher = HttpFetcher(timeout=2, allow_private=True)
    [error] = list(read_inputs([f"{server}/{route}"], fetcher=fetcher))
    assert isinstance(error, InputError) and error.message == "timed out after 2 s"


def test_private_addresses_refused_on_every_hop(server: str, monkeypatch: pytest.MonkeyPatch
                                                ) -> None:
    [error] = list(read_inputs([f"{server}/page"], fetcher=HttpFetcher(timeout=60)))
    assert isinstance(error, InputError)
    assert error.message == "refused: 127.0.0.1 is a private, loopback or link-local address " \
                            "(127.0.0.1)"

    def refuse_other(url: str) -> None:  # the server's own address passes, 127.0.0.2 does not
        if "127.0.0.2" in url:
            raise BadInput("refused: 127.0.0.2")

    monkeypatch.setattr("eventwire.ingest.fetch.check_public", refuse_other)
    fetcher = HttpFetcher(timeout=60)
    items = list(read_inputs([f"{server}/to-other", f"{server}/to-js", f"{server}/to-page"],
                             fetcher=fetcher))
    assert [str(i) if isinstance(i, InputError) else i.title for i in items] == [
        f"{server}/to-other: refused: 127.0.0.2",
        f"{server}/to-js: refused: not a valid http(s) URL",
        "Putin agrees to energy truce",
    ]


def test_credentials_are_not_stored(server: str) -> None:
    with_user = server.replace("http://", "http://reader:secret@")
    [doc] = list(read_inputs([f"{with_user}/text"],
                             fetcher=HttpFetcher(timeout=60, allow_private=True)))
    assert isinstance(doc, Document)
    assert (doc.url, doc.source) == (f"{server}/text", f"{server}/text")


def test_unreachable_url_is_one_line_error() -> None:
    fetcher = HttpFetcher(timeout=60, allow_private=True)
    [error] = list(read_inputs(["http://127.0.0.1:9/nothing"], fetcher=fetcher))
    assert isinstance(error, InputError) and error.message.startswith("cannot fetch")
    assert "\n" not in error.message


BAD = {
    "binary.txt": b"\x00\x01\x02 binary \x00",
    "empty.txt": b"   \n",
    "broken.txt": b"\xff\xfe\x00\x00\x81\x8d\x8f\x90\x9d" * 40 + b"\x00",
    "bad.jsonl": b'{"text": "ok line about talks"}\n{not json}\n{"title": "no text"}\n',
    "bad.rss": b"<?xml version='1.0'?><rss><channel><title>x</title>",
    "bad.html": b"<!doctype html><html><body><script>var a=1;</script></body></html>",
    "broken.txt.gz": b"\x1f\x8b\x08\x00 not really gzip",
}


def test_bad_inputs_name_themselves_and_the_batch_goes_on(tmp_path: Path) -> None:
    for name, raw in BAD.items():
        (tmp_path / name).write_bytes(raw)
    (tmp_path / "good.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "mojibake.txt").write_bytes("Négociations à Riyad".encode().decode(
        "latin-1").encode("utf-8"))
    items = list(read_inputs([str(tmp_path), str(tmp_path / "nope.txt")], max_bytes=50_000))
    docs, errors = _split(items)
    assert sorted(d.source or "" for d in docs) == sorted(
        [f"{tmp_path}/bad.jsonl:1", f"{tmp_path}/good.txt", f"{tmp_path}/mojibake.txt"])
    assert next(d for d in docs if d.id == "mojibake.txt").text == "Négociations à Riyad"
    by_source = {Path(e.source.split(":")[0].split("#")[0]).name: e.message for e in errors}
    for name in ["binary.txt", "empty.txt", "broken.txt", "bad.rss", "bad.html",
                 "broken.txt.gz", "nope.txt"]:
        assert name in by_source, name
    assert all("\n" not in e.message and e.source for e in errors)
    jsonl = [e for e in errors if "bad.jsonl" in e.source]
    assert [e.source.rsplit(":", 1)[1] for e in jsonl] == ["2", "3"]


def test_huge_input_is_refused(tmp_path: Path) -> None:
    (tmp_path / "huge.txt").write_bytes(b"a" * 2000)
    [error] = list(read_inputs([str(tmp_path / "huge.txt")], max_bytes=1000))
    assert isinstance(error, InputError) and error.message.startswith("too large")


def test_malformed_json_ld_does_not_lose_the_page(tmp_path: Path) -> None:
    page = ARTICLE.replace('"headline"', '"headline" "broken"', 1)
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    [doc] = list(read_inputs([str(tmp_path / "p.html")]))
    assert isinstance(doc, Document) and "175 prisoners" in doc.text
    assert doc.metadata.get("json_ld_errors") == 1
    assert json.dumps(doc.metadata)
