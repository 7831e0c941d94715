"""Publication dates per document: HTML (JSON-LD, meta tags, time elements), feeds, JSON Lines.

A date known only to the month stays a month; an impossible date is no date.
"""

from __future__ import annotations

import pytest

from eventwire.api import prepare
from eventwire.ingest.feeds import feed_items
from eventwire.ingest.html import html_to_fields, iso_date
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
        ({"url": "https://wire.example/2025/03/envoys-meet/"}, "2025-03"),
        ({"url": "https://wire.example/2025/03/2041-envoys"}, None),
        ({}, None),
    ],
    ids=["iso", "rfc 2822", "month", "year", "datePublished", "pubDate", "gdelt seendate",
         "date", "published first", "url path", "url slug", "url impossible", "url number",
         "url month", "url month then a number", "none"],
)
def test_jsonl_publication_date_fields(fields: dict[str, str], expected: str | None) -> None:
    doc = read_text("The envoys met by the river.", **fields)
    assert doc.published == expected


def test_a_publication_date_that_is_no_date_is_reported_not_used() -> None:
    doc = prepare(read_text("The envoys met by the river.", published="last Tuesday"),
                  reference_date=None, language="en")
    assert (doc.published, doc.metadata["published_raw"]) == (None, "last Tuesday")
