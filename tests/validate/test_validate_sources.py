"""What ``validate`` reads: report graphs from the store or a file, with the reference graphs."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures import BASE_IRI
from rdflib import OWL, RDF, Graph, URIRef
from validate_support import EXAMPLE_ID, fixture_file, fixture_quads

from uncac_kg.errors import UncacKgError
from uncac_kg.rdf import IriMinter
from uncac_kg.store import EmbeddedStore
from uncac_kg.validate import Target, from_file, from_store
from uncac_kg.vocab import ONTOLOGY_IRI, UNCAC

ONTOLOGY = URIRef(ONTOLOGY_IRI)
ITALY = URIRef(f"{BASE_IRI}state/ITA")


def has_reference(graph: Graph) -> bool:
    """The ontology and the vocabularies are both there."""
    ontology = (ONTOLOGY, RDF.type, OWL.Ontology) in graph
    return ontology and graph.value(ITALY, UNCAC.iso3166Alpha3) is not None


def test_the_store_gives_its_reports_and_reference_graphs(example_store: str) -> None:
    target = from_store(example_store, BASE_IRI)
    assert target.description.startswith(f"report {EXAMPLE_ID} in the store at {example_store}")
    assert has_reference(target.graph)
    documents = set(target.graph.subjects(RDF.type, UNCAC.Document))
    assert documents == {URIRef(f"{BASE_IRI}doc/{EXAMPLE_ID}")}


def test_one_report_by_identifier(example: Target) -> None:
    assert example.description.startswith(f"report {EXAMPLE_ID} in the store")


def test_an_unknown_report_is_an_error(example_store: str) -> None:
    with pytest.raises(UncacKgError, match=f"no report 'elsewhere'.*{EXAMPLE_ID}"):
        from_store(example_store, BASE_IRI, "elsewhere")


def test_reference_graphs_missing_from_the_store_come_from_the_package(tmp_path: Path) -> None:
    graph = IriMinter(BASE_IRI).graph("meeting-2020").value
    with EmbeddedStore(tmp_path / "store") as store:
        store.replace_graph(graph, fixture_quads())
    target = from_store(str(tmp_path / "store"), BASE_IRI)
    assert "(packaged ontology and vocabulary)" in target.description
    assert has_reference(target.graph)


def test_a_store_without_reports_is_an_error(tmp_path: Path) -> None:
    EmbeddedStore(tmp_path / "store").close()
    with pytest.raises(UncacKgError, match="holds no reports"):
        from_store(str(tmp_path / "store"), BASE_IRI)


@pytest.mark.parametrize("suffix", ["ttl", "nt", "nq", "trig", "jsonld", "rdf"])
def test_files_in_every_format(tmp_path: Path, suffix: str) -> None:
    target = from_file(fixture_file(tmp_path / f"report.{suffix}"))
    assert target.description == f"report.{suffix}, with the packaged vocabulary and ontology"
    assert has_reference(target.graph)
    assert len(set(target.graph.subjects(RDF.type, UNCAC.Statement))) == 4
