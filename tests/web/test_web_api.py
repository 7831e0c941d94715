"""The JSON API and the pages over TestClient: shapes, filters, errors, limits, escaping."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).parents[2]
PAGES = ["/", "/documents", "/documents/fx-a", "/stories", "/stories/story:istanbul-exchange",
         "/agreements", "/events", "/events?type=ASSAULT&country=RUS&modality=asserted",
         "/map", "/search?q=negociations"]


def assert_error(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "code", "message"}
    assert body["error"]["status"] == status
    return body["error"]


@pytest.mark.parametrize("url", PAGES)
def test_every_page_renders(client: Any, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")


def test_article_text_is_escaped_everywhere(client: Any) -> None:
    for url in ["/documents/fx-a", "/stories/story:istanbul-exchange", "/events",
                "/search?q=reader+comment", "/search?q=%3Cscript%3E"]:
        html = client.get(url).text
        assert "<script>alert" not in html, url
    page = client.get("/documents/fx-a").text
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; nothing" in page
    # the records embedded for the page's script cannot close their <script> element
    embedded = page.split('id="records-data" type="application/json">')[1].split("</script>")[0]
    assert "<" not in embedded
    assert client.get("/search?q=%3Cb%3Ehello").text.count("<b>hello") == 0


def test_document_page_highlights_every_statement_and_event(client: Any) -> None:
    html = client.get("/documents/fx-a").text
    records = client.get("/api/documents/fx-a/records").json()["items"]
    for record in records:
        if record["kind"] in ("statement", "event"):
            assert record["id"] in html


def test_records_pagination(client: Any) -> None:
    first = client.get("/api/records", params={"kind": "event", "limit": 3}).json()
    assert first["limit"] == 3 and len(first["items"]) == 3 and first["next_offset"] == 3
    seen = []
    offset: int | None = 0
    while offset is not None:
        page = client.get("/api/records", params={"kind": "event", "limit": 3,
                                                  "offset": offset}).json()
        seen += [r["id"] for r in page["items"]]
        offset = page["next_offset"]
    assert len(seen) == len(set(seen)) == first["total"]


def test_event_filters(client: Any) -> None:
    def ids(**params: Any) -> list[str]:
        return [e["id"] for e in client.get("/api/events", params=params).json()["items"]]

    assert ids(type="ASSAULT", document="fx-a") == ["fx-a/e3"]
    assert ids(actor="ministere", document="fx-b") == ["fx-b/e1"]
    assert ids(modality="future", document="fx-a") == ["fx-a/e1"]
    assert set(ids(country="RUS", date_from="2025-03-18", date_to="2025-03-18")) >= {"fx-b/e2"}
    assert all(e["location"]["lat"] is not None
               for e in client.get("/api/events?located=true").json()["items"])


def test_record_story_and_search_endpoints(client: Any) -> None:
    assert client.get("/api/records/fx-a/e0").json()["type"] == "AGREE"
    story = client.get("/api/stories/story:istanbul-exchange").json()
    assert [c["document"]["id"] for c in story["columns"]] == ["fx-a", "fx-b"]
    assert [d["id"] for d in story["discrepancies"]] == ["discrepancy:exchange-count"]
    hits = client.get("/api/search", params={"q": "négociations", "kind": "statement"}).json()
    hit = hits["items"][0]
    start, end = hit["highlights"][0]
    assert hit["id"] == "fx-b/s0" and hit["snippet"][start:end] == "négociations"
    counts = client.get("/api/counts").json()
    assert counts["counts"]["event"] >= 7 and "0004_search_fts5" in counts["migrations"]


def test_errors_have_one_shape(client: Any) -> None:
    assert_error(client.get("/api/records/nope"), 404)
    assert_error(client.get("/api/nowhere"), 404)
    assert_error(client.get("/api/events", params={"limit": 0}), 422)
    assert_error(client.get("/api/records", params={"kind": "bogus"}), 422)
    assert_error(client.delete("/api/records/fx-a"), 405)
    assert_error(client.post("/api/records"), 405)
    assert_error(client.get("/api/events?" + "a=1&" * 3000), 414)
    assert client.get("/documents/nope").status_code == 404  # pages answer in HTML


def test_ingest_needs_the_token(client: Any) -> None:
    body = {"documents": [{"text": "Talks resumed in Geneva on Monday.", "id": "api-1"}]}
    assert_error(client.post("/api/ingest", json=body), 401)
    assert_error(client.post("/api/ingest", json=body,
                             headers={"Authorization": "Bearer wrong"}), 401)


def test_ingest_is_off_without_a_token(store_path: Path) -> None:
    from fastapi.testclient import TestClient

    from eventwire.web import create_app

    with TestClient(create_app(store_path, token="")) as open_client:
        assert_error(open_client.post("/api/ingest", json={"documents": []}), 403)


def test_request_size_is_limited(client: Any) -> None:
    big = {"documents": [{"text": "x" * 70_000}]}
    error = assert_error(client.post("/api/ingest", json=big,
                                     headers={"Authorization": "Bearer s3cret"}), 413)
    assert "bytes" in error["message"]

    def chunks() -> Any:  # no Content-Length: the limit holds while reading
        for _ in range(20):
            yield b"x" * 8192

    assert_error(client.post("/api/ingest", content=chunks(),
                             headers={"Authorization": "Bearer s3cret",
                                      "Content-Type": "application/json"}), 413)


def test_ingest_over_the_api(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from eventwire.web import create_app

    fixture = [json.loads(line) for line in
               (ROOT / "tests/store/data/fixture.jsonl").read_text("utf-8").splitlines()]
    per_document = [r for r in fixture if r["kind"] not in ("agreement", "story", "discrepancy")]
    with TestClient(create_app(tmp_path / "api.db", token="t0ken")) as api:
        auth = {"Authorization": "Bearer t0ken"}
        response = api.post("/api/ingest", headers=auth, json={
            "records": per_document,
            "documents": [{"text": "Russia and Ukraine agreed to a prisoner exchange.",
                           "id": "api-doc", "title": "<b>Swap</b>"}],
            "reference_date": "2025-03-18"})
        assert response.status_code == 200, response.text
        result = response.json()
        assert result["documents"] == 3 and result["counts"]["document"] == 3
        again = api.post("/api/ingest", headers=auth, json={"records": per_document}).json()
        assert again["counts"] == result["counts"]  # idempotent
        assert api.get("/api/records/api-doc").json()["title"] == "<b>Swap</b>"
        assert "&lt;b&gt;Swap&lt;/b&gt;" in api.get("/documents").text
        assert_error(api.post("/api/ingest", headers=auth, json={"records": [{"kind": 1}]}), 400)


def test_openapi_document_is_current() -> None:
    from eventwire.web.openapi import dumps, openapi_document

    committed = ROOT / "docs" / "openapi.json"
    assert committed.exists(), "run: python -m eventwire.web.openapi docs/openapi.json"
    assert committed.read_text("utf-8") == dumps(openapi_document()), (
        "docs/openapi.json is stale: run python -m eventwire.web.openapi docs/openapi.json")
    document = json.loads(committed.read_text("utf-8"))
    assert "/api/events" in document["paths"] and "/api/ingest" in document["paths"]


def test_sequential_request_rate(client: Any) -> None:
    """Not a benchmark: a floor that catches a pathological slowdown (prints the rate)."""
    n = 200
    start = time.perf_counter()
    for _ in range(n):
        assert client.get("/api/events", params={"limit": 20}).status_code == 200
    rate = n / (time.perf_counter() - start)
    print(f"\nAPI /api/events?limit=20: {rate:.0f} requests/s sequential (TestClient)")
    assert rate > 20
