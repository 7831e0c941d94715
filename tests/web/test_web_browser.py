"""Browser tests in headless Chromium (Debian's chromium, driven by Playwright, no download):
load each page from a real server on 127.0.0.1, click through a story, save screenshots."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(__file__).parents[1] / "_artifacts" / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
PAGES = {
    "index": "/",
    "documents": "/documents",
    "document": "/documents/fx-a",
    "document-fr": "/documents/fx-b",
    "stories": "/stories",
    "story": "/stories/story:istanbul-exchange",
    "agreements": "/agreements",
    "events": "/events",
    "events-filtered": "/events?country=RUS&type=ASSAULT",
    "map": "/map",
    "search": "/search?q=negociations",
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


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1360, "height": 900}, base_url=server)
    tab = context.new_page()
    tab.errors = []
    tab.on("pageerror", lambda error: tab.errors.append(str(error)))
    tab.on("console", lambda msg: tab.errors.append(msg.text) if msg.type == "error" else None)
    tab.on("dialog", lambda dialog: (tab.errors.append(f"dialog: {dialog.message}"),
                                     dialog.dismiss()))
    yield tab
    context.close()


def shot(page: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


@pytest.mark.parametrize("name", PAGES)
def test_each_page_loads(page: Any, name: str) -> None:
    response = page.goto(PAGES[name])
    assert response.status == 200
    assert page.locator("header.top nav").is_visible()
    shot(page, name)
    assert page.errors == []


def test_click_through_a_story(page: Any) -> None:
    page.goto("/")
    page.get_by_role("link", name="Prisoner exchange agreed in Istanbul").click()
    page.wait_for_url("**/stories/story:istanbul-exchange")
    assert page.locator("section.account").count() == 2
    table = page.locator("table.discrepancies").inner_text()
    assert "175" in table and "150" in table
    shot(page, "click-1-story")
    page.locator("section.account").nth(1).locator("a.doc-link").click()
    page.wait_for_url("**/documents/fx-b")
    mark = page.locator("mark.hl.k-event").first
    mark.click()
    detail = page.locator("#detail")
    assert "event fx-b/e0" in detail.text_content()
    assert "modality" in detail.inner_text()
    shot(page, "click-2-document-record")
    page.locator(".records li[data-id='fx-b/s0']").click()
    assert "Dmitry Peskov" in detail.inner_text()
    assert page.locator("mark.hl.active").count() >= 1
    page.get_by_role("link", name="story: Prisoner exchange agreed in Istanbul").click()
    page.wait_for_url("**/stories/story:istanbul-exchange")
    assert page.errors == []


def test_evidence_link_selects_the_record(page: Any) -> None:
    page.goto("/events?type=ASSAULT")
    page.locator("table.events a", has_text="shelling Kharkiv").click()
    page.wait_for_url("**/documents/fx-a#fx-a/e3")
    assert "fx-a/e3" in page.locator("#detail").text_content()
    shot(page, "click-3-evidence-link")


def test_script_in_article_stays_text(page: Any) -> None:
    page.goto("/documents/fx-a")
    assert "<script>alert('x')</script>" in page.locator("#doctext").inner_text()
    assert page.errors == []  # no alert dialog fired


def test_map_point_shows_its_events(page: Any) -> None:
    page.goto("/map")
    point = page.locator(".map .point", has_text="Istanbul")
    point.locator("circle").click()
    assert page.locator(".place-events.active h3").text_content() == "Istanbul"
    shot(page, "map-selected")
