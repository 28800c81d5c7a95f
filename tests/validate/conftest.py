"""Graphs to validate: the bundled example built into a store, and the fixture report.

Session-scoped: building the example and parsing the vocabularies are the slow parts,
and no test changes them (tests that break a graph break a copy).
"""

from __future__ import annotations

import pytest
from fixtures import BASE_IRI
from rdflib import Graph
from validate_support import EXAMPLE, EXAMPLE_ID, fixture_quads

from uncac_kg.pipeline import build
from uncac_kg.settings import Settings
from uncac_kg.validate.sources import Target, add_reference, from_store, ntriples


@pytest.fixture(scope="session")
def example_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store holding the bundled example report and the reference graphs."""
    store = str(tmp_path_factory.mktemp("validate") / "store")
    build([EXAMPLE], Settings(store=store, base_iri=BASE_IRI))
    return store


@pytest.fixture(scope="session")
def example(example_store: str) -> Target:
    """The example report's graph with the vocabulary and the ontology, read from the store."""
    return from_store(example_store, BASE_IRI, EXAMPLE_ID)


@pytest.fixture(scope="session")
def fixture_union() -> Graph:
    """The fixture report's graph with the packaged vocabularies and ontology."""
    graph = Graph().parse(data=ntriples(fixture_quads()), format="nt")
    add_reference(graph)
    return graph
