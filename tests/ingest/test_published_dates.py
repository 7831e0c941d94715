"""Publication dates per document: HTML (JSON-LD, meta tags, time elements), feeds, JSON Lines.

A date known only to the month stays a month; an impossible date is no date.
"""

from __future__ import annotations

import pytest

from eventwire.ingest.feeds import feed_items
from eventwire.ingest.html import html_to_fields, iso_date

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
