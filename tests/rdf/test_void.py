"""The VoID description: counts that agree with the store, deterministic, about the graph's
own graphs only."""

from __future__ import annotations

from fixtures import BASE_IRI, IDENTIFIER
from pyoxigraph import BlankNode, Literal, NamedNode, Quad

from uncac_kg.rdf.void import (
    DEFAULT_LICENSE,
    VOID,
    dataset_iri,
    statistics,
    void_graph,
    void_quads,
)
from uncac_kg.store import EmbeddedStore
from uncac_kg.vocab import UNCAC

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def values(quads: list[Quad], subject: NamedNode, predicate: str) -> list[str]:
    return sorted(
        q.object.value for q in quads if q.subject == subject and q.predicate.value == predicate
    )


def number(quads: list[Quad], subject: NamedNode, name: str) -> int:
    (value,) = values(quads, subject, VOID + name)
    return int(value)


def test_counts_agree_with_the_store(loaded_store: EmbeddedStore) -> None:
    stored = list(loaded_store.store.quads_for_pattern(None, None, None, None))
    triples = {q.triple for q in stored}
    stats = statistics(loaded_store, BASE_IRI)
    assert stats.triples == len(triples)
    assert stats.distinct_subjects == len({t.subject for t in triples})
    assert stats.distinct_objects == len({t.object for t in triples})
    assert stats.properties == len({t.predicate for t in triples})
    assert stats.entities == len(
        {t.subject for t in triples if t.subject.value.startswith(BASE_IRI)}
    )
    assert stats.documents == 1
    assert stats.example == f"{BASE_IRI}doc/{IDENTIFIER}"
    paragraphs = {t.subject for t in triples if t.object == NamedNode(UNCAC.Paragraph)}
    assert stats.class_entities[str(UNCAC.Paragraph)] == len(paragraphs) == 2
    assert sum(stats.property_triples.values()) == stats.triples
    assert stats.graph_triples == {f"{BASE_IRI}graph/{IDENTIFIER}": len(stored)}


def test_the_description(loaded_store: EmbeddedStore) -> None:
    quads = void_quads(
        loaded_store,
        BASE_IRI,
        sparql_endpoint="https://kg.example.org/sparql",
        data_dumps=["https://kg.example.org/dump.nq.gz"],
    )
    dataset = dataset_iri(BASE_IRI)
    assert {q.graph_name for q in quads} == {void_graph(BASE_IRI)}
    assert values(quads, dataset, RDF_TYPE) == [VOID + "Dataset"]
    assert values(quads, dataset, VOID + "sparqlEndpoint") == ["https://kg.example.org/sparql"]
    assert values(quads, dataset, VOID + "dataDump") == ["https://kg.example.org/dump.nq.gz"]
    assert values(quads, dataset, "http://purl.org/dc/terms/license") == [DEFAULT_LICENSE]
    assert values(quads, dataset, VOID + "uriSpace") == [BASE_IRI]
    assert number(quads, dataset, "documents") == 1
    assert str(UNCAC) in values(quads, dataset, VOID + "vocabulary")
    partitions = values(quads, dataset, VOID + "classPartition")
    paragraph = next(
        p
        for p in partitions
        if values(quads, NamedNode(p), VOID + "class") == [str(UNCAC.Paragraph)]
    )
    assert number(quads, NamedNode(paragraph), "entities") == 2
    (subset,) = values(quads, dataset, VOID + "subset")
    assert subset == f"{BASE_IRI}dataset/graph/{IDENTIFIER}"
    assert number(quads, NamedNode(subset), "triples") > 0
    counts = [q.object for q in quads if q.predicate.value in (VOID + "triples", VOID + "entities")]
    assert all(isinstance(c, Literal) and c.datatype.value.endswith("#integer") for c in counts)
    assert not any(isinstance(t, BlankNode) for q in quads for t in (q.subject, q.object))


def test_deterministic_and_blind_to_itself_and_to_foreign_graphs(
    loaded_store: EmbeddedStore,
) -> None:
    first = void_quads(loaded_store, BASE_IRI)
    loaded_store.replace_graph(void_graph(BASE_IRI).value, first)
    foreign = "https://example.org/elsewhere"
    loaded_store.replace_graph(
        foreign,
        [
            Quad(
                NamedNode("https://example.org/a"),
                NamedNode(RDF_TYPE),
                NamedNode("https://example.org/C"),
                NamedNode(foreign),
            )
        ],
    )
    assert void_quads(loaded_store, BASE_IRI) == first
