"""VoID statistics counted from the triples written give what SPARQL counts over the store,
or say they cannot."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fixtures import BASE_IRI, make_document, make_extraction
from pyoxigraph import BlankNode, Literal, NamedNode, Quad, RdfFormat, Store, Triple, parse

from uncac_kg.rdf.iris import IriLayout
from uncac_kg.rdf.mapper import map_document, to_nquads
from uncac_kg.rdf.terms import RdfTriple, string
from uncac_kg.rdf.void import graphs_in_scope, statistics, void_graph
from uncac_kg.rdf.void_counts import DatasetCounts, GraphCounts, graph_counts, term
from uncac_kg.store import EmbeddedStore

REFERENCE = BASE_IRI + "graph/vocab"
REFERENCE_TTL = f"""
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix uncac: <https://w3id.org/uncac-kg/ontology#> .
<{BASE_IRI}state/ITA> a uncac:State ; skos:prefLabel "Italy"@en, "Italy" ;
    skos:note [ skos:prefLabel "a blank node" ] , "Said \\"so\\"\\n" .
<{BASE_IRI}role/chair> a uncac:Role ; skos:prefLabel "chair" .
"""


@pytest.fixture
def store(tmp_path: Path) -> Iterator[EmbeddedStore]:
    with EmbeddedStore(tmp_path / "store") as opened:
        yield opened


def report(identifier: str) -> tuple[str, list[RdfTriple]]:
    document = make_document(identifier)
    return map_document(document, make_extraction(document), BASE_IRI)


def write_report(store: EmbeddedStore, identifier: str) -> GraphCounts:
    graph, triples = report(identifier)
    store.add_nquads({graph: to_nquads(graph, triples)})
    namespace = IriLayout(BASE_IRI).document(identifier)
    return graph_counts(graph, triples, BASE_IRI, namespace)


def write_reference(store: EmbeddedStore) -> GraphCounts:
    parsed = parse(REFERENCE_TTL.encode(), format=RdfFormat.TURTLE)
    graph = NamedNode(REFERENCE)
    store.replace_graph(REFERENCE, [Quad(q.subject, q.predicate, q.object, graph) for q in parsed])
    stored = store.store.quads_for_pattern(None, None, None, graph)
    triples = [(term(q.subject), term(q.predicate), term(q.object)) for q in stored]
    return graph_counts(REFERENCE, triples, BASE_IRI)


def test_the_counts_are_sparql_s(store: EmbeddedStore) -> None:
    counts = DatasetCounts(BASE_IRI)
    counts.add(write_reference(store))
    # two reports that share entities, labels and offsets: counted once across graphs
    counts.add(write_report(store, "meeting-2020"))
    counts.add(write_report(store, "meeting-2021"))
    counted = counts.statistics(graphs_in_scope(store, BASE_IRI))
    assert counted == statistics(store, BASE_IRI)
    assert counted is not None
    assert counted.documents == 2
    assert counted.example == BASE_IRI + "doc/meeting-2020"


def test_the_description_s_own_graph_and_foreign_graphs_are_out_of_scope(
    store: EmbeddedStore,
) -> None:
    counts = DatasetCounts(BASE_IRI)
    counts.add(write_report(store, "meeting-2020"))
    store.replace_graph(void_graph(BASE_IRI).value, [])
    elsewhere = NamedNode("https://example.org/elsewhere")
    store.replace_graph(elsewhere.value, [Quad(elsewhere, elsewhere, elsewhere, elsewhere)])
    assert counts.statistics(graphs_in_scope(store, BASE_IRI)) == statistics(store, BASE_IRI)


def test_a_graph_that_was_not_counted_leaves_it_to_sparql(store: EmbeddedStore) -> None:
    counts = DatasetCounts(BASE_IRI)
    counts.add(write_report(store, "meeting-2020"))
    write_report(store, "meeting-2021")
    assert counts.statistics(graphs_in_scope(store, BASE_IRI)) is None
    assert counts.statistics([]) is None  # nor a graph counted that the store lacks


def test_a_graph_counted_twice_leaves_it_to_sparql(store: EmbeddedStore) -> None:
    counts = DatasetCounts(BASE_IRI)
    counted = write_report(store, "meeting-2020")
    counts.add(counted)
    counts.add(counted)
    assert counts.statistics(graphs_in_scope(store, BASE_IRI)) is None


def test_a_term_in_another_report_s_namespace_leaves_it_to_sparql() -> None:
    graph, triples = report("meeting-2021")
    other = f"<{IriLayout(BASE_IRI).document('meeting-2020')}/paragraph/1>"
    for extra in [(other, triples[0][1], '"x"'), (triples[0][0], triples[0][1], other)]:
        namespace = IriLayout(BASE_IRI).document("meeting-2021")
        counted = graph_counts(graph, [*triples, extra], BASE_IRI, namespace)
        assert counted.foreign
        counts = DatasetCounts(BASE_IRI)
        counts.add(counted)
        assert counts.statistics([graph]) is None
    assert not graph_counts(graph, triples, BASE_IRI, namespace).foreign


@pytest.mark.parametrize(
    "value",
    [
        NamedNode("https://example.org/a"),
        BlankNode("b1"),
        Literal('say "hi"\n\\ \x00 é'),
        Literal("42", datatype=NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
        Literal("bonjour", language="fr"),
        Triple(
            NamedNode("https://example.org/a"), NamedNode("https://example.org/p"), Literal("o")
        ),
    ],
)
def test_terms_read_back_are_written_as_the_mapper_writes_them(
    value: NamedNode | BlankNode | Literal | Triple,
) -> None:
    graph = NamedNode("https://example.org/g")
    subject, predicate = NamedNode("https://example.org/s"), NamedNode("https://example.org/p")
    memory = Store()
    memory.add(Quad(subject, predicate, value, graph))
    (stored,) = list(memory)
    line = (
        f"{term(stored.subject)} {term(stored.predicate)} {term(stored.object)} <{graph.value}> ."
    )
    assert list(parse(line.encode(), format=RdfFormat.N_QUADS)) == [stored]
    if isinstance(value, Literal) and value.datatype.value.endswith("#string"):
        assert term(value) == string(value.value)
