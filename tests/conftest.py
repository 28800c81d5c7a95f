"""Shared fixtures: the hand-built report of ``fixtures.py`` and a store that holds it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fixtures import BASE_IRI, make_document, make_extraction

from uncac_kg.document.model import Document
from uncac_kg.extract.model import Extraction
from uncac_kg.rdf import IriMinter, to_quads
from uncac_kg.store import EmbeddedStore


@pytest.fixture
def document() -> Document:
    return make_document()


@pytest.fixture
def extraction(document: Document) -> Extraction:
    return make_extraction(document)


@pytest.fixture
def loaded_store(
    tmp_path: Path, document: Document, extraction: Extraction
) -> Iterator[EmbeddedStore]:
    """An embedded store holding the fixture report's graph."""
    with EmbeddedStore(tmp_path / "store") as store:
        graph = IriMinter(BASE_IRI).graph(document.identifier).value
        store.replace_graph(graph, to_quads(document, extraction, BASE_IRI))
        yield store


@pytest.fixture
def stub_stages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Replace the reading and extraction stages inside ``uncac_kg.pipeline`` by the fixture.

    For tests of the pipeline and the CLI only: they check building and storing,
    not reading or extraction. A file whose name contains "broken" fails to read.
    """
    from uncac_kg import pipeline
    from uncac_kg.errors import InputError

    def read_document(path: str | Path, identifier: str | None = None) -> Document:
        path = Path(path)
        if "broken" in path.name:
            raise InputError(f"{path}: no numbered paragraphs")
        return make_document(identifier or path.stem)

    monkeypatch.setattr(pipeline, "read_document", read_document)
    monkeypatch.setattr(pipeline, "extract_document", make_extraction)
