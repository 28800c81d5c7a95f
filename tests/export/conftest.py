"""A store for the export tests: the bundled example built for real, beside the hand-built
report of ``tests/fixtures.py``, so exports have two reports and the reference graphs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fixtures import make_document, make_extraction

from uncac_kg.pipeline import build
from uncac_kg.rdf import IriMinter, to_quads
from uncac_kg.resources import examples_dir
from uncac_kg.settings import Settings
from uncac_kg.store import EmbeddedStore

BASE_IRI = "https://w3id.org/uncac-kg/"
EXAMPLE_ID = "ungass2021-intersessional-2"
FIXTURE_ID = "meeting-2020"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The folder of a closed store holding the example and the fixture report."""
    path = tmp_path_factory.mktemp("export") / "store"
    build([examples_dir() / f"{EXAMPLE_ID}.txt"], Settings(store=str(path), base_iri=BASE_IRI))
    document = make_document(FIXTURE_ID)
    with EmbeddedStore(path, create=False) as store:
        quads = to_quads(document, make_extraction(document), BASE_IRI)
        store.replace_graph(IriMinter(BASE_IRI).graph(FIXTURE_ID).value, quads)
    return str(path)


@pytest.fixture(scope="module")
def store(store_path: str) -> Iterator[EmbeddedStore]:
    """The store, open for the module's tests (commands open it themselves: use store_path)."""
    with EmbeddedStore(store_path, create=False) as opened:
        yield opened
