"""The reference graphs: the ontology and the vocabularies, read from their Turtle files.

Queries use them for what reports do not say themselves: the title and
chapter of an article, a State's names and codes, the class hierarchy.
"""

from __future__ import annotations

from pathlib import Path

from pyoxigraph import NamedNode, Quad, RdfFormat, parse

from uncac_kg.errors import UncacKgError
from uncac_kg.rdf.iris import IriMinter


def reference_quads(minter: IriMinter, ontology_dir: Path) -> dict[str, list[Quad]]:
    """Quads by graph IRI: ``uncac.ttl`` in the ontology graph, ``vocab/*.ttl`` in the vocab graph.

    A graph whose files do not exist is left out (the caller then leaves that
    graph as it is). Blank nodes are renamed, so two files never share one.
    """
    graphs: dict[str, list[Quad]] = {}
    ontology = ontology_dir / "uncac.ttl"
    if ontology.is_file():
        graph = minter.ontology_graph()
        graphs[graph.value] = _read_turtle(ontology, graph)
    vocabularies = sorted((ontology_dir / "vocab").glob("*.ttl"))
    if vocabularies:
        graph = minter.vocab_graph()
        graphs[graph.value] = [q for path in vocabularies for q in _read_turtle(path, graph)]
    return graphs


def _read_turtle(path: Path, graph: NamedNode) -> list[Quad]:
    try:
        parsed = parse(path=path, format=RdfFormat.TURTLE, rename_blank_nodes=True)
        return [Quad(q.subject, q.predicate, q.object, graph) for q in parsed]
    except SyntaxError as error:
        raise UncacKgError(f"cannot read {path.parent.name}/{path.name}: {error}") from None
