"""Publication dates per document: HTML (JSON-LD, meta tags, time elements), feeds, JSON Lines.

A date known only to the month stays a month; an impossible date is no date.
"""

from __future__ import annotations

import pytest

from eventwire.api import prepare
from eventwire.ingest.feeds import feed_items
from eventwire.ingest.html import html_to_fields, iso_date, written_date
from eventwire.ingest.readers import read_text

BODY = (
    "<p>The envoys of two invented republics met in a lakeside town to discuss a truce "
    "along their shared river border, officials from both sides said afterwards.</p>"
)


def _page(head: str, body: str = BODY) -> str:
    return f"<html><head><title>Envoys meet</title>{head}</head><body><article>{body}" \
           "</article></body></html>"


@pytest.mark.parametrize(
    ("head", "body", "published"),
    [
        ('<script type="application/ld+json">{"@type": "NewsArticle", '
         '"datePublished": "2025-03-18T10:05:00Z"}</script>', BODY, "2025-03-18"),
        ('<meta property="article:published_time" content="2025-03-18T10:05:00+01:00">',
         BODY, "2025-03-18"),
        ('<meta name="dc.date" content="2025-03-17">', BODY, "2025-03-17"),
        ('<meta name="pubdate" content="2025-03">', BODY, "2025-03"),
        ("", '<time datetime="2025-03-16T08:00" pubdate>16 March</time>' + BODY, "2025-03-16"),
        ("", '<span><time itemprop="datePublished" datetime="2025-03-15">15 March</time></span>'
         + BODY, "2025-03-15"),
        ('<meta name="date" content="2025-13-45">', BODY, None),
    ],
    ids=["json-ld", "article meta", "dc.date", "month only", "time pubdate",
         "time itemprop", "impossible date"],
)
def test_html_publication_date(head: str, body: str, published: str | None) -> None:
    assert html_to_fields(_page(head, body))["published"] == published


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2025-03-18T23:30:00-05:00", "2025-03-18"),
        ("Tue, 18 Mar 2025 23:30:00 -0500", "2025-03-18"),
        ("2025-03", "2025-03"),
        ("2025-02-30", None),
        ("yesterday", None),
    ],
)
def test_iso_date_keeps_the_written_day_and_precision(written: str, expected: str | None) -> None:
    assert iso_date(written) == expected


def test_feed_items_keep_their_own_day_and_precision() -> None:
    feed = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
    <item><title>Envoys meet</title><description>The envoys met by the river.</description>
    <pubDate>Tue, 18 Mar 2025 23:30:00 -0500</pubDate></item>
    <item><title>Truce holds</title><description>The truce held all week.</description>
    <pubDate>2025-03</pubDate></item>
    </channel></rss>"""
    items = list(feed_items(feed, "wire.xml"))
    assert [item["published"] for item in items] == ["2025-03-18", "2025-03"]  # type: ignore[index]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"published": "2025-03-18T10:05:00Z"}, "2025-03-18"),
        ({"published": "Tue, 18 Mar 2025 23:30:00 -0500"}, "2025-03-18"),
        ({"published": "2025-03"}, "2025-03"),
        ({"published": "2025"}, "2025"),
        ({"datePublished": "2025-03-17T08:00:00+02:00"}, "2025-03-17"),
        ({"pubDate": "Mon, 17 Mar 2025 08:00:00 GMT"}, "2025-03-17"),
        ({"seendate": "20250316T101500Z"}, "2025-03-16"),
        ({"date": "2025-03-15"}, "2025-03-15"),
        ({"published": "2025-03-18", "date": "2025-03-01"}, "2025-03-18"),
        ({"url": "https://wire.example/world/2025/03/14/envoys-meet"}, "2025-03-14"),
        ({"url": "https://wire.example/envoys-meet-2025-03-13-123"}, "2025-03-13"),
        ({"url": "https://wire.example/2025/13/45/envoys-meet"}, None),
        ({"url": "https://wire.example/?p=20250312"}, None),
        ({"url": "https://wire.example/20250311/envoys-meet-2041.html"}, "2025-03-11"),
        ({"url": "https://wire.example/news/20250311-envoys"}, None),
        ({"url": "https://wire.example/2025/03/envoys-meet/"}, "2025-03"),
        ({"url": "https://wire.example/2025/03/2041-envoys"}, None),
        ({}, None),
    ],
    ids=["iso", "rfc 2822", "month", "year", "datePublished", "pubDate", "gdelt seendate",
         "date", "published first", "url path", "url slug", "url impossible", "url number",
         "url eight digits", "url digits in a slug",
         "url month", "url month then a number", "none"],
)
def test_jsonl_publication_date_fields(fields: dict[str, str], expected: str | None) -> None:
    doc = read_text("The envoys met by the river.", **fields)
    assert doc.published == expected


def test_a_publication_date_that_is_no_date_is_reported_not_used() -> None:
    doc = prepare(read_text("The envoys met by the river.", published="last Tuesday"),
                  reference_date=None, language="en")
    assert (doc.published, doc.metadata["published_raw"]) == (None, "last Tuesday")


@pytest.mark.parametrize(
    ("head", "published"),
    [
        ('<meta property="og:article:published_time" content="2025-03-18T10:05:00Z">',
         "2025-03-18"),
        ('<meta name="DCTERMS.date" content="2025-03-17">', "2025-03-17"),
        ('<meta name="citation_publication_date" content="2025/03/16">', "2025-03-16"),
        ('<script type="application/ld+json">{"@type": "NewsArticle", '
         '"dateCreated": "2025-03-15T09:00:00Z"}</script>', "2025-03-15"),
        ('<script type="application/ld+json">{"@type": "NewsArticle", '
         '"datePublished": "soon"}</script>'
         '<meta property="article:published_time" content="2025-03-14T09:00:00Z">',
         "2025-03-14"),
        ('<meta name="date" content="18 mars 2025 à 10h05">', "2025-03-18"),
        ('<span itemprop="datePublished" content="2025-03-13T08:00:00Z"></span>', "2025-03-13"),
    ],
    ids=["og article", "dcterms.date", "citation", "json-ld dateCreated",
         "first that is a date", "worded meta", "microdata"],
)
def test_html_publication_date_from_every_source(head: str, published: str) -> None:
    assert html_to_fields(_page(head))["published"] == published


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"publishedAt": "2025-03-18T10:05:00Z"}, "2025-03-18"),
        ({"published_date": "2025-03-17"}, "2025-03-17"),
        ({"timestamp": 1742292000}, "2025-03-18"),
        ({"timestamp": 1742292000000}, "2025-03-18"),
        ({"timestamp": "1742292000"}, "2025-03-18"),
        ({"timestamp": 12}, None),
        ({"timestamp": True}, None),
        ({"published": "yesterday", "date": "2025-03-16"}, "2025-03-16"),
        ({"created_at": "2025-03-15T22:00:00+00:00"}, "2025-03-15"),
    ],
    ids=["publishedAt", "published_date", "unix seconds", "unix milliseconds",
         "unix seconds as text", "not a unix time", "a boolean", "first that is a date",
         "created_at"],
)
def test_jsonl_publication_date_keys(fields: dict[str, object], expected: str | None) -> None:
    doc = prepare(read_text("The envoys met by the river.", **fields), reference_date=None,
                  language="en")
    assert doc.published == expected


@pytest.mark.parametrize(
    ("language", "written", "expected"),
    [
        ("en", "March 18, 2025 10:05 AM", "2025-03-18"),
        ("fr", "18 mars 2025 à 10h05", "2025-03-18"),
        ("de", "18. März 2025, 10:05 Uhr", "2025-03-18"),
        ("es", "18 de marzo de 2025", "2025-03-18"),
        ("it", "18 marzo 2025 ore 10:05", "2025-03-18"),
        ("ru", "18 марта 2025, 10:05", "2025-03-18"),
        ("uk", "18 березня 2025 р.", "2025-03-18"),
        ("de", "18.03.2025 10:05", "2025-03-18"),
        ("fr", "18/03/2025 10:05", "2025-03-18"),
        ("en", "03/18/2025 10:05 AM", "2025-03-18"),
        ("en", "03/04/2025", None),
        ("en", "last Tuesday", None),
        ("en", "March 2025", None),
        ("fr", "il y a 2 heures", None),
    ],
)
def test_a_publication_date_written_in_words(language: str, written: str,
                                             expected: str | None) -> None:
    """A source's date in words, in each language (never a relative one: it has no anchor)."""
    assert written_date(written) == expected


def test_feed_items_dated_by_dublin_core_and_atom() -> None:
    rss1 = """<?xml version="1.0"?><rdf:RDF
    xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="w"><title>Wire</title>
    </channel><item rdf:about="i"><title>Envoys meet</title><description>The envoys met by the
    river.</description><dc:date>2025-03-18T10:00:00+01:00</dc:date></item></rdf:RDF>"""
    created = """<rss version="2.0" xmlns:dcterms="http://purl.org/dc/terms/"><channel>
    <title>Wire</title><item><title>Truce holds</title><description>The truce held.</description>
    <dcterms:created>2025-03-17</dcterms:created></item></channel></rss>"""
    atom = """<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><entry>
    <title>Envoys meet</title><summary>The envoys met.</summary>
    <updated>2025-03-19T10:00:00Z</updated><published>2025-03-18T23:30:00-05:00</published>
    </entry></feed>"""
    found = [item["published"] for feed in (rss1, created, atom)  # type: ignore[index]
             for item in feed_items(feed, "wire.xml")]
    assert found == ["2025-03-18", "2025-03-17", "2025-03-18"]


def test_a_malformed_url_stops_nothing(tmp_path) -> None:
    """A URL urllib cannot split ('[' opens an IPv6 host) still gives the day it writes, and
    the rest of the batch goes through."""
    from eventwire.ingest.readers import publication_date, read_inputs

    assert publication_date({"url": "http://[x/2025/03/18/story"}) == "2025-03-18"
    assert publication_date({"url": "http://[x/story"}) is None
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        '{"id": "a", "text": "The envoys met.", "url": "http://[x/2025/03/18/a"}\n'
        '{"id": "b", "text": "The envoys met again.", "url": "https://example.org/2025/03/19/b"}\n',
        encoding="utf-8",
    )
    ids = [getattr(item, "id", None) for item in read_inputs([str(batch)])]
    assert "b" in ids
