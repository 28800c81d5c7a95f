"""The query UI in headless Chromium: load it, run a stored query, see the results, open an
entity's page. Screenshots are kept in tests/artifacts/."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).is_file(),
    reason=f"no Chromium at {CHROMIUM}: install the Debian package 'chromium' for browser tests",
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    try:
        yield opened
    finally:
        context.close()
    assert not errors, errors


def test_run_a_stored_query_and_open_an_entity(page: Page, live: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(live)
    tab = page.locator(".tabsList .tab", has_text="Reports in the store")
    expect(tab).to_be_visible(timeout=15_000)
    tab.click()
    page.locator(".tabPanel.active .yasqe_queryButton").click()
    results = page.locator(".tabPanel.active .yasr")
    expect(results).to_contain_text("ungass2021-intersessional-2", timeout=15_000)
    expect(results).to_contain_text("Outcome of the second intersessional meeting")
    page.screenshot(path=str(ARTIFACTS / "query-ui.png"), full_page=True)

    page.goto(f"{live}entity/sidna-databank")
    expect(page.locator("h1")).to_have_text("SIDNA databank")
    expect(page.locator("table.citations")).to_contain_text("A panellist from Italy")
    page.locator("table.citations a", has_text="¶ 31").click()
    expect(page.locator("a.hl.cited", has_text="SIDNA databank")).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "entity-paragraph.png"), full_page=True)


def test_a_truncated_result_shows_a_notice(page: Page, live_capped: str) -> None:
    page.goto(live_capped)
    tab = page.locator(".tabsList .tab", has_text="Mentions")
    expect(tab).to_be_visible(timeout=15_000)
    tab.click()
    page.locator(".tabPanel.active .yasqe_queryButton").click()
    notice = page.locator("#notice")
    expect(notice).to_be_visible(timeout=15_000)
    expect(notice).to_contain_text("Only the first 10 results")
    page.screenshot(path=str(ARTIFACTS / "query-ui-capped.png"), full_page=True)
