"""RDF exports parse back with rdflib into graphs isomorphic to the store's, graph by graph."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
import rdflib
from rdflib.compare import isomorphic

from uncac_kg import formats
from uncac_kg.errors import UncacKgError
from uncac_kg.export import jsonld
from uncac_kg.export.jsonld import to_rdflib
from uncac_kg.export.rdf import export_rdf
from uncac_kg.store import EmbeddedStore

BASE_IRI = "https://w3id.org/uncac-kg/"
EXAMPLE_ID = "ungass2021-intersessional-2"
FIXTURE_ID = "meeting-2020"
RDFLIB_NAMES = {
    "ttl": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig", "rdfxml": "xml",
    "jsonld": "json-ld",
}  # fmt: skip
DATASET_FORMATS = ["nq", "trig", "jsonld"]
GRAPH_FORMATS = ["ttl", "nt", "rdfxml"]


@pytest.fixture(scope="module")
def expected(store: EmbeddedStore) -> dict[str, rdflib.Graph]:
    """The store's content read directly (not through SPARQL), one rdflib graph per graph."""
    graphs: dict[str, rdflib.Graph] = {}
    for quad in store.store.quads_for_pattern(None, None, None, None):
        graph = graphs.setdefault(quad.graph_name.value, rdflib.Graph())
        graph.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
    return graphs


def graph_iri(document: str) -> str:
    return f"{BASE_IRI}graph/{document}"


def parse_dataset(data: bytes, name: str) -> dict[str, rdflib.Graph]:
    """The named graphs of a dataset's serialization."""
    dataset = rdflib.Dataset()
    with warnings.catch_warnings():  # rdflib's parsers call its own deprecated methods
        warnings.simplefilter("ignore", DeprecationWarning)
        dataset.parse(data=data, format=RDFLIB_NAMES[name])
    return {str(g.identifier): g for g in dataset.graphs() if len(g)}


def test_the_store_holds_reports_and_reference_graphs(expected: dict[str, rdflib.Graph]) -> None:
    assert set(expected) >= {
        graph_iri(EXAMPLE_ID), graph_iri(FIXTURE_ID),
        f"{BASE_IRI}graph/ontology", f"{BASE_IRI}graph/vocab",
    }  # fmt: skip
    assert any(isinstance(s, rdflib.BNode) for s, _, _ in expected[f"{BASE_IRI}graph/ontology"])


@pytest.mark.parametrize("name", DATASET_FORMATS)
def test_dataset_formats_keep_every_graph(
    store: EmbeddedStore, expected: dict[str, rdflib.Graph], name: str
) -> None:
    exported = export_rdf(store, formats.get_export(name), base_iri=BASE_IRI)
    assert not exported.merged
    found = parse_dataset(exported.data, name)
    assert set(found) == set(expected)
    for iri, graph in expected.items():
        assert isomorphic(found[iri], graph), iri


@pytest.mark.parametrize("name", GRAPH_FORMATS)
def test_graph_formats_merge_the_graphs(
    store: EmbeddedStore, expected: dict[str, rdflib.Graph], name: str
) -> None:
    exported = export_rdf(store, formats.get_export(name), base_iri=BASE_IRI)
    assert exported.merged
    assert f"the {len(expected)} named graphs are merged" in exported.notes[0]
    found = rdflib.Graph().parse(data=exported.data, format=RDFLIB_NAMES[name])
    union = rdflib.Graph()
    for graph in expected.values():
        union += graph
    assert isomorphic(found, union)


@pytest.mark.parametrize("name", DATASET_FORMATS + GRAPH_FORMATS)
def test_one_report(store: EmbeddedStore, expected: dict[str, rdflib.Graph], name: str) -> None:
    exported = export_rdf(
        store, formats.get_export(name), base_iri=BASE_IRI, documents=[FIXTURE_ID]
    )
    assert exported.graphs == (graph_iri(FIXTURE_ID),)
    assert not exported.merged
    want = expected[graph_iri(FIXTURE_ID)]
    if name in DATASET_FORMATS:
        found = parse_dataset(exported.data, name)
        assert list(found) == [graph_iri(FIXTURE_ID)]
        assert isomorphic(found[graph_iri(FIXTURE_ID)], want)
    else:
        found_graph = rdflib.Graph().parse(data=exported.data, format=RDFLIB_NAMES[name])
        assert isomorphic(found_graph, want)


def test_an_unknown_report(store: EmbeddedStore) -> None:
    with pytest.raises(UncacKgError, match=r"no report called 'nope'.*meeting-2020"):
        export_rdf(store, formats.get_export("ttl"), base_iri=BASE_IRI, documents=["nope"])


def test_json_ld_is_compacted_with_the_context(store: EmbeddedStore) -> None:
    exported = export_rdf(
        store, formats.get_export("json-ld"), base_iri=BASE_IRI, documents=[FIXTURE_ID]
    )
    document = json.loads(exported.data)
    assert document["@context"] == jsonld.context(BASE_IRI)
    text = exported.data.decode("utf-8")
    assert "https://w3id.org/uncac-kg/ontology#" not in text.split('"@graph"', 1)[1]


def test_json_ld_without_the_generated_context(
    store: EmbeddedStore,
    expected: dict[str, rdflib.Graph],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(jsonld, "ontology_dir", lambda: tmp_path)  # no context.jsonld there
    exported = export_rdf(
        store, formats.get_export("jsonld"), base_iri=BASE_IRI, documents=[FIXTURE_ID]
    )
    assert "context.jsonld is missing" in exported.notes[0]
    context = json.loads(exported.data)["@context"]
    assert context["uncac"] == "https://w3id.org/uncac-kg/ontology#"
    assert context["kg"] == BASE_IRI
    found = parse_dataset(exported.data, "jsonld")
    assert isomorphic(found[graph_iri(FIXTURE_ID)], expected[graph_iri(FIXTURE_ID)])


def test_network_formats_are_not_rdf(store: EmbeddedStore) -> None:
    with pytest.raises(UncacKgError, match="graphml is not an RDF format"):
        export_rdf(store, formats.get_export("graphml"), base_iri=BASE_IRI)
