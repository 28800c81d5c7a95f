"""Pages for people and linked-data dereferencing of the IRIs the graph mints."""

from __future__ import annotations

import html
import re

import pyoxigraph
import pytest
from conftest import BASE, DOC
from starlette.testclient import TestClient

BROWSER = {"accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
SIDNA = "/entity/sidna-databank"
PARAGRAPH = f"/doc/{DOC}/paragraph/31"


# every minted kind of IRI resolves, as a page and as data
RESOURCES = [
    SIDNA,
    "/state/ITA",
    "/article/46",
    f"/doc/{DOC}",
    PARAGRAPH,
    f"{PARAGRAPH}/statement/1",
    f"{PARAGRAPH}/statement/1/speaker",
    f"{PARAGRAPH}/statement/1/citation/2",
    f"{PARAGRAPH}/mention/5",
    f"/doc/{DOC}/item/2",
    f"/doc/{DOC}/section/2-d",
    "/role/panellist",
    "/ontology",
]

# (Accept, expected Content-Type, syntax to read it back)
TURTLE = "text/turtle; charset=utf-8"
RDF_ACCEPT = [
    ("text/turtle", TURTLE, pyoxigraph.RdfFormat.TURTLE),
    ("application/ld+json", "application/ld+json", pyoxigraph.RdfFormat.JSON_LD),
    ("application/n-triples", "application/n-triples", pyoxigraph.RdfFormat.N_TRIPLES),
    ("application/rdf+xml", "application/rdf+xml", pyoxigraph.RdfFormat.RDF_XML),
    ("application/rdf+xml;q=0.5, text/turtle;q=0.9", TURTLE, pyoxigraph.RdfFormat.TURTLE),
]


@pytest.mark.parametrize("path", RESOURCES)
def test_every_minted_iri_resolves_to_a_page(client: TestClient, path: str) -> None:
    response = client.get(path, headers=BROWSER)
    assert response.status_code == 200, path
    assert response.headers["content-type"].startswith("text/html")
    assert "<h1>" in response.text


@pytest.mark.parametrize("path", RESOURCES)
@pytest.mark.parametrize(("accept", "content_type", "syntax"), RDF_ACCEPT)
def test_every_minted_iri_resolves_to_data(
    client: TestClient, path: str, accept: str, content_type: str, syntax: pyoxigraph.RdfFormat
) -> None:
    response = client.get(path, headers={"accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"] == content_type
    assert response.headers["vary"] == "Accept"
    iri = pyoxigraph.NamedNode(BASE + path.lstrip("/"))
    triples = list(pyoxigraph.parse(response.content, syntax))
    assert any(iri in (t.subject, t.object) for t in triples)


def test_format_parameter_overrides_accept(client: TestClient) -> None:
    response = client.get(SIDNA, params={"format": "nt"}, headers=BROWSER)
    assert response.headers["content-type"] == "application/n-triples"
    page = client.get(SIDNA, params={"format": "html"}, headers={"accept": "text/turtle"})
    assert page.headers["content-type"].startswith("text/html")


def test_unknown_iris_are_404(client: TestClient) -> None:
    page = client.get("/entity/no-such-thing", headers=BROWSER)
    assert page.status_code == 404 and "Not in the graph" in page.text
    data = client.get("/entity/no-such-thing", headers={"accept": "text/turtle"})
    assert data.status_code == 404
    assert client.get(SIDNA, headers={"accept": "image/png"}).status_code == 406


def test_entity_page_shows_who_cited_it_where(client: TestClient) -> None:
    page = client.get(SIDNA, headers=BROWSER).text
    assert "<h1>SIDNA databank</h1>" in page
    assert "Mechanism" in page
    citation = re.search(r"<h2>Cited by</h2>(.*?)</section>", page, re.S)
    assert citation, page
    row = citation[1]
    assert "A panellist from Italy" in row and "panellist" in row
    assert f'href="{PARAGRAPH}"' in row and '<a href="/state/ITA">Italy</a>' in row
    assert "<q>SIDNA databank</q>" in row


def test_a_states_page_links_to_wikidata_and_lists_what_its_speakers_cited(
    client: TestClient,
) -> None:
    page = client.get("/state/ITA", headers=BROWSER).text
    assert "<h1>Italy</h1>" in page
    assert 'href="https://www.wikidata.org/wiki/Q38"' in page
    assert "Italian Republic" in page
    spoken = re.search(r"What speakers representing Italy cited</h2>(.*?)</section>", page, re.S)
    assert spoken and "SIDNA databank" in spoken[1]
    assert "Mentioned in" in page


def test_document_view_highlights_speakers_and_cited_entities(client: TestClient) -> None:
    page = client.get(f"/doc/{DOC}", headers=BROWSER).text
    paragraph = re.search(r'<section class="paragraph" id="p31">(.*?)</section>', page, re.S)
    assert paragraph, "paragraph 31 is missing"
    text = paragraph[1]
    assert re.search(
        r'<a class="hl speaker" href="/state/ITA"[^>]*>A panellist from Italy</a>', text
    )
    assert re.search(rf'<a class="hl cited" href="{SIDNA}"[^>]*>SIDNA databank</a>', text)
    assert 'class="hl mention"' in text
    plain = html.unescape(re.sub(r"<[^>]+>", "", text))
    assert "shared insights on three systems" in plain
    assert page.count('<section class="paragraph"') == 42
    assert "Item 2." in page  # headings between paragraphs


def test_paragraph_page_links_back_into_the_report(client: TestClient) -> None:
    page = client.get(PARAGRAPH, headers=BROWSER).text
    assert f'href="/doc/{DOC}#p31"' in page
    assert 'class="hl cited"' in page


def test_a_named_graph_resolves_to_its_content(client: TestClient) -> None:
    data = client.get(f"/graph/{DOC}", headers={"accept": "application/n-triples"})
    assert data.status_code == 200 and "SIDNA databank" in data.text
    page = client.get(f"/graph/{DOC}", headers=BROWSER)
    assert page.status_code == 200 and f'href="/doc/{DOC}"' in page.text
    assert client.get("/graph/nothing", headers=BROWSER).status_code == 404


def test_reports_page_lists_the_documents(client: TestClient) -> None:
    page = client.get("/documents", headers=BROWSER).text
    assert f'href="/doc/{DOC}"' in page and "42" in page


def test_pages_escape_what_they_show(client: TestClient) -> None:
    response = client.get("/entity/%3Cscript%3Ealert(1)%3C%2Fscript%3E", headers=BROWSER)
    assert response.status_code == 404
    assert "<script>alert" not in response.text
    assert "&lt;script&gt;" in response.text or "%3Cscript%3E" in response.text


def test_only_web_iris_become_links() -> None:
    from uncac_kg.endpoint.document_view import Span, highlight
    from uncac_kg.endpoint.html import Linker

    linker = Linker(BASE, "", {})
    assert linker.iri("javascript:alert(1)") == "<code>javascript:alert(1)</code>"
    assert linker.iri(f"{BASE}state/ITA", "Italy") == '<a href="/state/ITA">Italy</a>'
    assert 'href="https://www.wikidata.org/wiki/Q38"' in linker.iri(
        "http://www.wikidata.org/entity/Q38"
    )
    text = highlight("a <b> c", [Span(2, 5, "mention", "", "x"), Span(0, 1, "cited", "/e", '"')])
    assert text == (
        '<a class="hl cited" href="/e" title="&quot;">a</a> '
        '<span class="hl mention" title="x">&lt;b&gt;</span> c'
    )
