"""Content negotiation as a table: Accept headers and the formats they get."""

from __future__ import annotations

import pytest

from uncac_kg.endpoint.negotiation import choose, negotiate, parse_accept, prefers_html
from uncac_kg.formats import Kind

RESULTS = [
    (None, "json"),
    ("", "json"),
    ("*/*", "json"),
    ("application/sparql-results+json", "json"),
    ("application/json", "json"),
    ("application/sparql-results+xml", "xml"),
    ("application/xml", "xml"),
    ("text/xml", "xml"),
    ("text/csv", "csv"),
    ("text/tab-separated-values", "tsv"),
    ("text/plain", "table"),
    ("text/*", "csv"),
    ("text/csv;q=0.5, application/sparql-results+xml", "xml"),
    ("text/csv;q=0.9, text/tab-separated-values", "tsv"),
    ("application/sparql-results+json;q=0.1, text/csv;q=0.2", "csv"),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "xml"),
    ("*/*;q=0.1, text/tab-separated-values;q=0.5", "tsv"),
    ("text/turtle", None),
    ("application/sparql-results+json;q=0", None),
    ("*/*, application/sparql-results+json;q=0", "xml"),
    ("garbage", "json"),  # unreadable: as if there were none
]
GRAPHS = [
    (None, "ttl"),
    ("*/*", "ttl"),
    ("text/turtle", "ttl"),
    ("application/x-turtle", "ttl"),
    ("application/n-triples", "nt"),
    ("text/plain", "nt"),
    ("application/ld+json", "jsonld"),
    ("application/json", "jsonld"),
    ("application/rdf+xml", "rdfxml"),
    ("application/xml", "rdfxml"),
    ("application/n-quads", "nq"),
    ("application/trig", "trig"),
    ("application/rdf+xml;q=0.8, text/turtle;q=0.3", "rdfxml"),
    ("application/ld+json, text/turtle;q=0.9", "jsonld"),
    ("application/sparql-results+json", None),
    ("text/turtle;q=0", None),
]


@pytest.mark.parametrize(("accept", "expected"), RESULTS)
def test_select_and_ask_results(accept: str | None, expected: str | None) -> None:
    fmt = negotiate(accept, Kind.RESULTS)
    assert (fmt.name if fmt else None) == expected


@pytest.mark.parametrize(("accept", "expected"), GRAPHS)
def test_construct_and_describe_graphs(accept: str | None, expected: str | None) -> None:
    fmt = negotiate(accept, Kind.GRAPH)
    assert (fmt.name if fmt else None) == expected


def test_q_values_are_read_and_clamped() -> None:
    ranges = parse_accept("text/csv;q=0.3, text/*;level=1;q=2, bad, */*;q=x")
    assert [(r.type, r.subtype, r.q) for r in ranges] == [
        ("text", "csv", 0.3),
        ("text", "*", 1.0),
        ("*", "*", 0.0),
    ]


def test_the_most_specific_range_decides() -> None:
    # text/csv is refused although text/* accepts it
    assert choose("text/*, text/csv;q=0", ["text/csv", "text/plain"]) == "text/plain"


@pytest.mark.parametrize(
    ("accept", "html"),
    [
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", True),
        ("text/turtle", False),
        ("*/*", False),
        (None, False),
    ],
)
def test_browsers_get_pages(accept: str | None, html: bool) -> None:
    assert prefers_html(accept) is html
