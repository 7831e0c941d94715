"""Browser tests in headless Chromium (Debian's chromium, driven by Playwright, no download):
load each page from a real server on 127.0.0.1, use the facets, sort, download a CSV, click
from a story to a discrepancy to its quotes, check a phone's width, and check that no page
asks any host but the server. Screenshots: tests/_artifacts/screenshots/ for every page,
tests/_artifacts/tour/ for the README's tour (docs/screenshots/ itself is rewritten only with
EVENTWIRE_UPDATE_TOUR=1, so a test run never dirties the checkout)."""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).parents[2]
CHROMIUM = Path("/usr/bin/chromium")
SHOTS = ROOT / "tests" / "_artifacts" / "screenshots"
TOUR = (ROOT / "docs" / "screenshots" if os.environ.get("EVENTWIRE_UPDATE_TOUR") == "1"
        else SHOTS.parent / "tour")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
PAGES = {
    "index": "/",
    "documents": "/documents",
    "document": "/documents/fx-a",
    "document-fr": "/documents/fx-b",
    "statements": "/statements",
    "stories": "/stories",
    "story": "/stories/story:istanbul-exchange",
    "discrepancy": "/discrepancies/discrepancy:exchange-count",
    "agreements": "/agreements",
    "events": "/events",
    "events-filtered": "/events?country=RUS&type=ASSAULT",
    "map": "/map",
    "search": "/search?q=negociations",
    "api-docs": "/api/docs",
}
# the README's tour: name -> (page, what it shows)
TOUR_PAGES = {
    "overview": "/",
    "documents": "/documents",
    "document": "/documents/en_wire_truce",
    "events": "/events",
    "map": "/map",
    "story": "/stories/story:istanbul-exchange",
    "discrepancy": "/discrepancies/discrepancy:exchange-count",
    "api-docs": "/api/docs",
}


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="Playwright for Python is not installed "
        "(pip install 'playwright>=1.40,<2'; no browser download needed)")
    if not CHROMIUM.exists() and not shutil.which("chromium"):
        pytest.skip("Debian's chromium is not installed (apt-get install -y chromium)")
    with sync_api.sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield instance
        instance.close()


def _tab(browser: Any, server: str, width: int, height: int) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": width, "height": height},
                                  base_url=server, accept_downloads=True)
    tab = context.new_page()
    tab.errors = []
    tab.requests = []
    tab.on("pageerror", lambda error: tab.errors.append(str(error)))
    tab.on("console", lambda msg: tab.errors.append(msg.text) if msg.type == "error" else None)
    tab.on("dialog", lambda dialog: (tab.errors.append(f"dialog: {dialog.message}"),
                                     dialog.dismiss()))
    tab.on("request", lambda request: tab.requests.append(request.url))
    yield tab
    context.close()


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    yield from _tab(browser, server, 1360, 900)


@pytest.fixture
def phone(browser: Any, server: str) -> Iterator[Any]:
    yield from _tab(browser, server, 390, 844)


def shot(page: Any, name: str, folder: Path = SHOTS, full_page: bool = True) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / f"{name}.png"), full_page=full_page)


def _foreign(urls: list[str], server: str) -> list[str]:
    own = urlsplit(server).netloc
    return [u for u in urls if not u.startswith(("data:", "blob:"))
            and urlsplit(u).netloc != own]


@pytest.mark.parametrize("name", PAGES)
def test_each_page_loads_and_asks_only_the_server(page: Any, server: str, name: str) -> None:
    response = page.goto(PAGES[name])
    assert response.status == 200
    page.wait_for_load_state("networkidle")
    if name == "api-docs":
        page.locator(".swagger-ui .information-container").wait_for()
        assert "eventwire" in page.locator(".swagger-ui .title").inner_text()
    else:
        assert page.locator("header.top nav").is_visible()
    shot(page, name)
    assert page.errors == []  # includes any Content-Security-Policy violation
    assert _foreign(page.requests, server) == []


def test_no_page_references_another_host(page: Any, server: str) -> None:
    """Every script, style, image and form on every page is the server's own; the only
    links to other hosts are the stored documents' own source URLs."""
    sources = {"https://example.org/a", "https://example.org/b"}
    for url in PAGES.values():
        page.goto(url)
        page.wait_for_load_state("networkidle")
        loaded = page.evaluate("""() => [
            ...[...document.querySelectorAll('script[src]')].map(n => n.src),
            ...[...document.querySelectorAll('link[href]')].map(n => n.href),
            ...[...document.querySelectorAll('img[src], iframe[src]')].map(n => n.src),
            ...[...document.querySelectorAll('form')].map(n => n.action),
            ...performance.getEntriesByType('resource').map(e => e.name)]""")
        assert _foreign(loaded, server) == [], url
        links = page.evaluate("() => [...document.querySelectorAll('a[href]')]"
                              ".map(n => n.href)")
        assert set(_foreign(links, server)) <= sources, url


def test_facets_sort_and_csv_download(page: Any) -> None:
    page.goto("/events")
    total = int(page.locator("h1 .muted").inner_text())
    russia = page.locator("[data-facet=country] li", has_text="Russia").first
    expected = int(russia.locator(".count").inner_text())
    assert 0 < expected < total
    russia.locator("a").click()
    page.wait_for_url("**/events?country=RUS")
    assert int(page.locator("h1 .muted").inner_text()) == expected
    assert page.locator("[data-facet=country] li.on").inner_text().startswith("✕ Russia")
    page.get_by_role("link", name="Date", exact=True).click()
    page.wait_for_url("**/events?country=RUS&sort=date")
    page.get_by_role("link", name="Date ▲").click()
    page.wait_for_url("**/events?country=RUS&sort=-date")
    shown = page.locator("table.events td[data-label=Date]").all_inner_texts()
    dates = [d for d in shown if d != "undated"]
    assert dates == sorted(dates, reverse=True) and dates
    shot(page, "events-russia-by-date")
    with page.expect_download() as info:
        page.get_by_role("link", name="CSV").click()
    download = info.value
    assert download.suggested_filename == "events.csv"
    rows = list(csv.DictReader(io.StringIO(Path(download.path()).read_text("utf-8"))))
    assert len(rows) == expected
    # the page shows its first rows (a page of them), the CSV every row, in the same order
    assert [r["date"] or "undated" for r in rows[:len(shown)]] == shown
    page.locator("[data-facet=country] li.on a").click()  # remove the filter
    page.wait_for_url(re.compile(r".*/events\?sort=-date$"))
    assert int(page.locator("h1 .muted").inner_text()) == total


def test_story_to_discrepancy_to_quotes(page: Any) -> None:
    page.goto("/stories")  # the examples' stories fill more than the front page's twenty
    page.get_by_role("link", name="Prisoner exchange agreed in Istanbul").click()
    page.wait_for_url("**/stories/story:istanbul-exchange")
    assert page.locator("section.account").count() == 2
    item = page.locator("li.discrepancy-item").first
    assert "175 prisoners" in item.inner_text() and "150 prisoners" in item.inner_text()
    shot(page, "click-1-story")
    item.locator("a.discrepancy-link").click()
    page.wait_for_url("**/discrepancies/discrepancy:exchange-count")
    assert page.locator("h1.sentence").inner_text() == (
        "Sources disagree on the number of prisoners in the prisoner exchange (prisoners): "
        "175 prisoners or 150 prisoners.")
    quotes = page.locator("blockquote.quote-context mark").all_inner_texts()
    assert quotes == ["175 prisoners", "150 prisonniers"]
    shot(page, "click-2-discrepancy")
    page.locator(".version").nth(1).locator(".source a").click()
    page.wait_for_url("**/documents/fx-b")
    assert "150 prisonniers" in page.locator("#doctext").inner_text()
    mark = page.locator("mark.hl.k-event").first
    mark.click()
    detail = page.locator("#detail")
    assert "event fx-b/e0" in detail.text_content()
    shot(page, "click-3-document-record")
    page.locator(".records li[data-id='fx-b/s0']").click()
    assert "Dmitry Peskov" in detail.inner_text()
    page.get_by_role("link", name="story: Prisoner exchange agreed in Istanbul").click()
    page.wait_for_url("**/stories/story:istanbul-exchange")
    assert page.errors == []


def test_evidence_link_selects_the_record(page: Any) -> None:
    page.goto("/events?type=ASSAULT")
    page.locator("table.events a", has_text="shelling Kharkiv").click()
    page.wait_for_url("**/documents/fx-a#fx-a/e3")
    assert "fx-a/e3" in page.locator("#detail").text_content()


def test_script_in_article_stays_text(page: Any) -> None:
    page.goto("/documents/fx-a")
    assert "<script>alert('x')</script>" in page.locator("#doctext").inner_text()
    assert page.errors == []  # no alert dialog fired


def test_map_has_outlines_and_points_show_their_events(page: Any) -> None:
    page.goto("/map")
    assert page.locator(".map path.land").count() > 10
    point = page.locator(".map .point", has_text="Istanbul")
    point.locator("circle").click()
    assert page.locator(".place-events.active h3").text_content() == "Istanbul"
    shot(page, "map-selected")


def test_timeline_has_a_date_axis_and_a_legend(page: Any) -> None:
    page.goto("/events")
    assert page.locator("svg.timeline text.x-label").count() >= 3
    assert page.locator("svg.timeline rect").count() >= 1
    assert "asserted" in page.locator("figure.timeline-figure .legend").inner_text()


@pytest.mark.parametrize("name", ["index", "documents", "document", "statements", "story",
                                  "discrepancy", "agreements", "events", "map", "search"])
def test_pages_fit_a_phone(phone: Any, name: str) -> None:
    phone.goto(PAGES[name])
    phone.wait_for_load_state("networkidle")
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"{name} is {width}px wide at 390px"
    assert phone.locator("header.top nav").is_visible()
    shot(phone, f"phone-{name}")
    assert phone.errors == []


def test_tour_screenshots(browser: Any, server: str) -> None:
    """The README's tour: one screenshot of each page, and one at a phone's width."""
    for tab in _tab(browser, server, 1280, 800):
        for name, url in TOUR_PAGES.items():
            tab.goto(url)
            tab.wait_for_load_state("networkidle")
            shot(tab, name, TOUR, full_page=False)
    for tab in _tab(browser, server, 390, 844):
        tab.goto("/events?country=RUS")
        tab.wait_for_load_state("networkidle")
        shot(tab, "phone-events", TOUR, full_page=False)
    assert sorted(p.stem for p in TOUR.glob("*.png")) == sorted([*TOUR_PAGES, "phone-events"])
