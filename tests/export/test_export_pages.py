"""The interactive view and the HTML report in headless Chromium: they load from a file
without a console message or a request to the network, and show the expected nodes."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from uncac_kg.analysis.report import MAX_DRAWN, render_report
from uncac_kg.analysis.result import Analysis, analyze
from uncac_kg.export import viewer
from uncac_kg.export.viewer import render_viewer
from uncac_kg.store import EmbeddedStore

playwright = pytest.importorskip("playwright.sync_api")

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
ITALY = "https://w3id.org/uncac-kg/state/ITA"

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).is_file(),
    reason=f"no Chromium at {CHROMIUM}: install the Debian package 'chromium' for browser tests",
)


class Opened:
    """A page opened from a file, with every console message and outside request it made."""

    def __init__(self, page: playwright.Page) -> None:
        self.page = page
        self.messages: list[str] = []
        self.requests: list[str] = []
        page.on("console", lambda message: self.messages.append(f"{message.type}: {message.text}"))
        page.on("pageerror", lambda error: self.messages.append(f"pageerror: {error}"))
        page.on("request", self._request)

    def _request(self, request: playwright.Request) -> None:
        if not request.url.startswith(("file:", "data:", "about:")):
            self.requests.append(request.url)


OpenPage = Callable[[str], Opened]


@pytest.fixture(scope="module")
def browser() -> Iterator[playwright.Browser]:
    with playwright.sync_playwright() as running:
        launched = running.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def open_page(browser: playwright.Browser, tmp_path: Path) -> Iterator[Callable[[str], Opened]]:
    context = browser.new_context(viewport={"width": 1280, "height": 860})
    opened: list[Opened] = []

    def open_html(html: str) -> Opened:
        path = tmp_path / f"page-{len(opened)}.html"
        path.write_text(html, encoding="utf-8")
        page = Opened(context.new_page())
        page.page.goto(path.as_uri())
        opened.append(page)
        return page

    try:
        yield open_html
    finally:
        context.close()
    for page in opened:
        assert page.messages == []
        assert page.requests == []


@pytest.fixture(scope="module")
def citations(store: EmbeddedStore) -> Analysis:
    return analyze(store, "citations")


def test_the_view_shows_every_node_and_what_one_cited(
    open_page: OpenPage, citations: Analysis
) -> None:
    opened = open_page(render_viewer(citations.graph))
    page = opened.page
    page.wait_for_selector("body[data-ready=true]", timeout=15_000)
    graph = citations.graph
    assert page.evaluate("uncacViewer.cy.nodes().length") == graph.number_of_nodes()
    assert page.evaluate("uncacViewer.cy.edges().length") == graph.number_of_edges()
    assert page.locator("#counts").inner_text() == f"{len(graph)} nodes, {graph.size()} edges"
    # click on Italy where it is drawn
    box = page.locator("#cy").bounding_box()
    assert box is not None
    where = page.evaluate(f"uncacViewer.cy.getElementById('{ITALY}').renderedPosition()")
    page.mouse.click(box["x"] + where["x"], box["y"] + where["y"])
    details = page.locator("#details")
    playwright.expect(details.locator("h2")).to_have_text("Italy")
    playwright.expect(details).to_contain_text(f"Cited ({graph.out_degree(ITALY)})")
    item = details.locator("li", has_text="SIDNA databank")
    playwright.expect(item).to_contain_text("×2")
    playwright.expect(item.locator(".where")).to_have_text(
        "meeting-2020 ¶1 | ungass2021-intersessional-2 ¶31"
    )


def test_the_view_searches_by_label(open_page: OpenPage, citations: Analysis) -> None:
    page = open_page(render_viewer(citations.graph, size_by="pagerank")).page
    page.wait_for_selector("body[data-ready=true]", timeout=15_000)
    page.fill("#search", "sidna")
    playwright.expect(page.locator("#matches")).to_have_text("1 match")
    page.press("#search", "Enter")
    playwright.expect(page.locator("#details h2")).to_have_text("SIDNA databank")
    playwright.expect(page.locator("#details")).to_contain_text("Cited by (1)")
    assert page.locator("#size-by").input_value() == "pagerank"
    page.select_option("#size-by", "degree")
    sizes = page.evaluate("uncacViewer.cy.nodes().map(n => n.data('size'))")
    assert min(sizes) >= 8 and max(sizes) == pytest.approx(48)


def test_a_large_graph_shows_its_largest_nodes(
    open_page: OpenPage, store: EmbeddedStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    graph = analyze(store, "structure").graph
    monkeypatch.setattr(viewer, "VIEWER_LIMIT", 40)
    page = open_page(render_viewer(graph)).page
    page.wait_for_selector("body[data-ready=true]", timeout=15_000)
    assert page.evaluate("uncacViewer.cy.nodes().length") == 40
    playwright.expect(page.locator("#counts")).to_contain_text(f"largest of {len(graph)} nodes")


@pytest.mark.parametrize("name", ["citations", "co-citations", "structure"])
def test_the_report_loads_with_its_charts_and_network(
    open_page: OpenPage, store: EmbeddedStore, citations: Analysis, name: str
) -> None:
    analysis = analyze(store, name)
    page = open_page(render_report(analysis, citations)).page
    drawn = min(analysis.graph.number_of_nodes(), MAX_DRAWN)
    assert page.locator("svg.network .node").count() == drawn
    cited = citations.graph
    actors = sorted(
        (n for n, part in cited.nodes(data="part") if "actor" in part),
        key=lambda n: (-cited.out_degree(n, weight="weight"), cited.nodes[n]["label"]),
    )
    mechanisms = [n for n, kind in cited.nodes(data="type") if kind == "Mechanism"]
    assert page.locator("#top-actors .bar").count() == min(15, len(actors))
    assert page.locator("#top-mechanisms .bar").count() == min(15, len(mechanisms))
    first_bar = page.locator("#top-actors .bar text").first.text_content()
    assert first_bar == cited.nodes[actors[0]]["label"]
    assert page.locator("#ranking tbody tr").count() == min(50, len(analysis.graph))
    assert page.title() == f"uncac-kg analysis: {analysis.projection.title}"
