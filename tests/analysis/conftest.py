"""Stores for the analysis tests: the bundled example built for real, and a generated corpus
of several reports (see ``synthetic.py``) where every metric has something to measure."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from synthetic import corpus

from uncac_kg.pipeline import build
from uncac_kg.rdf import IriMinter, to_quads
from uncac_kg.resources import examples_dir
from uncac_kg.settings import Settings
from uncac_kg.store import EmbeddedStore

BASE_IRI = "https://w3id.org/uncac-kg/"
EXAMPLE_ID = "ungass2021-intersessional-2"
SYNTHETIC_REPORTS = 6


@pytest.fixture(scope="module")
def example_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    """The bundled example report, read, extracted and stored once per test module."""
    path = tmp_path_factory.mktemp("example") / "store"
    build([examples_dir() / f"{EXAMPLE_ID}.txt"], Settings(store=str(path), base_iri=BASE_IRI))
    with EmbeddedStore(path, create=False) as store:
        yield store


@pytest.fixture(scope="module")
def synthetic_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    """Six generated reports: 12 actors citing 60 entities, 40 statements per report."""
    path: Path = tmp_path_factory.mktemp("synthetic") / "store"
    minter = IriMinter(BASE_IRI)
    with EmbeddedStore(path) as store:
        for document, extraction in corpus(
            SYNTHETIC_REPORTS, statements=40, citations=120, actor_count=12, entity_count=60
        ):
            quads = to_quads(document, extraction, BASE_IRI)
            store.replace_graph(minter.graph(document.identifier).value, quads)
        yield store
