"""Queries made ready for a remote store mean what pyoxigraph's options mean: each rewritten
query is run by pyoxigraph and compared with the original run with the option."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest
from pyoxigraph import Literal, NamedNode, Quad, QuerySolutions, QueryTriples, Variable

from uncac_kg.endpoint.page_queries import CITED, DESCRIBE, DOCUMENT, MENTIONED, PROPERTIES
from uncac_kg.endpoint.remote_sparql import with_base, with_bindings, with_row_cap
from uncac_kg.store import EmbeddedStore

EX = "http://example.org/"
P = NamedNode(EX + "p")


@pytest.fixture(scope="module")
def memory() -> pyoxigraph.Store:
    store = pyoxigraph.Store()
    graph = NamedNode(EX + "g")
    for i in range(30):
        store.add(Quad(NamedNode(f"{EX}s{i % 5}"), P, Literal(i), graph))
    return store


def run(store: pyoxigraph.Store, sparql: str, **options: object) -> list[str]:
    result = store.query(sparql, use_default_graph_as_union=True, **options)  # type: ignore[arg-type]
    if isinstance(result, QuerySolutions | QueryTriples):
        return sorted(str(list(item)) for item in result)
    return [str(bool(result))]


QUERIES = [
    "SELECT ?this ?o WHERE { ?this <http://example.org/p> ?o }",
    "SELECT ?this (COUNT(*) AS ?n) WHERE { ?this ?p ?o } GROUP BY ?this",
    "SELECT (EXISTS { ?x ?y ?z } AS ?e) ?this ?o WHERE { ?this ?p ?o FILTER (?o > 3) }",
    "SELECT * { ?this ?p ?o } ORDER BY ?o LIMIT 3",
    "ASK { ?this ?p 6 }",
    "CONSTRUCT { ?this <http://example.org/q> ?o } WHERE { ?this ?p ?o }",
    "# a comment with { braces }\nSELECT ?this ?o WHERE { ?this ?p ?o . FILTER (?o != '{') }",
    "DESCRIBE ?this",
    DESCRIBE,
]


@pytest.mark.parametrize("query", QUERIES)
def test_bindings_mean_what_substitutions_mean(memory: pyoxigraph.Store, query: str) -> None:
    term = NamedNode(EX + "s1")
    substituted = run(memory, query, substitutions={Variable("this"): term})
    assert run(memory, with_bindings(query, [("this", term)])) == substituted
    assert substituted != run(memory, with_bindings(query, [("this", NamedNode(EX + "s9"))]))


def test_the_pages_queries_take_their_binding() -> None:
    for query in (PROPERTIES, CITED, MENTIONED, DOCUMENT):
        bound = with_bindings(query, [("this", NamedNode(EX + "s1"))])
        assert "VALUES (?this)" in bound
        pyoxigraph.Store().query(bound)  # parses


def test_literals_are_bound_exactly(memory: pyoxigraph.Store) -> None:
    query = "SELECT ?s ?o WHERE { ?s ?p ?o }"
    for term in (Literal(7), Literal('say "{x}"\n\t'), Literal("x", language="en")):
        expected = run(memory, query, substitutions={Variable("o"): term})
        assert run(memory, with_bindings(query, [("o", term)])) == expected


def test_a_blank_node_cannot_be_bound() -> None:
    with pytest.raises(ValueError, match="IRI or a literal"):
        with_bindings("SELECT ?s WHERE { ?s ?p ?o }", [("s", pyoxigraph.BlankNode())])


@pytest.mark.parametrize(
    ("query", "capped"),
    [
        ("SELECT ?o WHERE { ?s ?p ?o }", "SELECT ?o WHERE { ?s ?p ?o }\nLIMIT 11"),
        ("SELECT ?o WHERE { ?s ?p ?o } LIMIT 500", "SELECT ?o WHERE { ?s ?p ?o } LIMIT 11"),
        ("SELECT ?o WHERE { ?s ?p ?o } LIMIT 3", "SELECT ?o WHERE { ?s ?p ?o } LIMIT 3"),
        (
            "SELECT ?o WHERE { { SELECT ?o WHERE { ?s ?p ?o } LIMIT 50 } } OFFSET 2",
            "SELECT ?o WHERE { { SELECT ?o WHERE { ?s ?p ?o } LIMIT 50 } } OFFSET 2\nLIMIT 11",
        ),
        (
            "SELECT ?o WHERE { ?s ?p ?o } VALUES ?o { 1 2 }",
            "SELECT ?o WHERE { ?s ?p ?o } LIMIT 11\nVALUES ?o { 1 2 }",
        ),
        (
            "SELECT ?o WHERE { ?s ?p ?o } # LIMIT 3",
            "SELECT ?o WHERE { ?s ?p ?o } # LIMIT 3\nLIMIT 11",
        ),
    ],
)
def test_the_row_cap_becomes_a_limit(memory: pyoxigraph.Store, query: str, capped: str) -> None:
    assert with_row_cap(query, 11) == capped
    rows = run(memory, capped)
    assert len(rows) <= 11
    assert set(rows) <= set(run(memory, query))


def test_a_base_is_declared_only_for_relative_iris(memory: pyoxigraph.Store) -> None:
    absolute = "SELECT ?o WHERE { <http://example.org/s1> ?p ?o }"
    assert with_base(absolute, EX) == absolute
    relative = "SELECT ?o WHERE { <s1> ?p ?o }"
    assert with_base(relative, EX).startswith(f"BASE <{EX}> SELECT")
    assert run(memory, with_base(relative, EX)) == run(memory, relative, base_iri=EX)
    own = "BASE <http://example.org/> SELECT ?o WHERE { <s1> ?p ?o }"
    assert run(memory, with_base(own, "http://elsewhere.example/")) == run(memory, own)


def test_the_embedded_store_agrees_on_a_bound_page_query(tmp_path: Path) -> None:
    """The same store, the same answers: with the option and with the rewritten text."""
    with EmbeddedStore(tmp_path / "store") as store:
        store.replace_graph(
            EX + "g", [Quad(NamedNode(EX + "a"), P, Literal("x"), NamedNode(EX + "g"))]
        )
        query = PROPERTIES
        bound = with_bindings(query, [("this", NamedNode(EX + "a"))])
        expected = store.store.query(
            query,
            use_default_graph_as_union=True,
            substitutions={Variable("this"): NamedNode(EX + "a")},
        )
        got = store.query(bound)
        assert isinstance(expected, QuerySolutions) and isinstance(got, QuerySolutions)
        assert [list(s) for s in got] == [list(s) for s in expected]
