"""What ``validate`` checks: report graphs together with the vocabularies and the ontology.

Shapes see the union of the graphs, so entities known to the vocabularies take their
types and labels there and class targets reach subclasses through the ontology. From the
store, the union is read with one SPARQL CONSTRUCT over the chosen named graphs; from a
file, its triples (every graph of a dataset) are joined with the packaged reference files.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import Quad, QueryTriples, RdfFormat, Triple, parse
from pyoxigraph import serialize as serialize_rdf
from rdflib import Graph

from uncac_kg.errors import UncacKgError
from uncac_kg.rdf.iris import RESERVED_IDS, IriMinter
from uncac_kg.resources import ontology_dir
from uncac_kg.store import open_store

#: The file suffixes ``--graph`` reads, and the format each stands for.
READABLE = {
    "ttl": RdfFormat.TURTLE,
    "nt": RdfFormat.N_TRIPLES,
    "nq": RdfFormat.N_QUADS,
    "trig": RdfFormat.TRIG,
    "jsonld": RdfFormat.JSON_LD,
    "rdf": RdfFormat.RDF_XML,
    "owl": RdfFormat.RDF_XML,
}


@dataclass(frozen=True, slots=True)
class Target:
    """The graph to validate and, for the report, where it came from."""

    graph: Graph
    description: str


def from_store(location: str, base_iri: str, document: str | None = None) -> Target:
    """The union of the store's report graphs (or one report's) and its reference graphs.

    Report graphs are the ``<base>graph/<id>`` graphs but the reserved ones (ontology,
    vocabulary, VoID). A reference graph the store lacks is read from the packaged files.
    """
    minter = IriMinter(base_iri)
    reference = {
        "ontology": minter.ontology_graph().value,
        "vocabulary": minter.vocab_graph().value,
    }
    prefix = minter.graph("x").value[:-1]  # what every report's graph IRI starts with
    with open_store(location, create=False) as store:
        names = store.graphs()
        reports = _reports(names, prefix, location)
        if document is not None:
            wanted = minter.graph(document).value
            if wanted not in reports:
                held = ", ".join(g.removeprefix(prefix) for g in reports)
                raise UncacKgError(f"no report {document!r} in the store at {location} ({held})")
            reports = [wanted]
        present = [g for g in reference.values() if g in names]
        values = " ".join(f"<{g}>" for g in [*reports, *present])
        result = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ VALUES ?g {{ {values} }} "
                             "GRAPH ?g { ?s ?p ?o } }")  # fmt: skip
        if not isinstance(result, QueryTriples):  # pragma: no cover - CONSTRUCT gives triples
            raise UncacKgError("the store did not answer a CONSTRUCT query with triples")
        data = serialize_rdf(result, format=RdfFormat.N_TRIPLES) or b""
    graph = Graph()
    graph.parse(data=data.decode("utf-8"), format="nt")
    missing = [name for name, iri in reference.items() if iri not in names]
    if missing:
        add_reference(graph, ontology="ontology" in missing, vocabulary="vocabulary" in missing)
    shown = ", ".join(g.removeprefix(prefix) for g in reports)
    what = f"report {shown}" if len(reports) == 1 else f"{len(reports)} reports ({shown})"
    source = f" (packaged {' and '.join(missing)})" if missing else ""
    description = f"{what} in the store at {location}, with the vocabulary and ontology{source}"
    return Target(graph, description)


def _reports(names: list[str], prefix: str, location: str) -> list[str]:
    """The report graphs among the store's graphs; an error when there is none."""
    reports = [
        g for g in names if g.startswith(prefix) and g.removeprefix(prefix) not in RESERVED_IDS
    ]
    if not reports:
        raise UncacKgError(f"the store at {location} holds no reports; run `uncac-kg build`")
    return reports


def from_file(path: Path) -> Target:
    """The triples of an RDF file (all its graphs, for TriG or N-Quads) and the reference files."""
    fmt = READABLE.get(path.suffix.lower().lstrip("."))
    if fmt is None:
        known = ", ".join(f".{suffix}" for suffix in READABLE)
        raise UncacKgError(f"cannot tell the RDF format of {path} from its name ({known})")
    try:
        quads = list(parse(path=path, format=fmt))
    except (SyntaxError, OSError) as error:
        message = " ".join(str(error).split())[:200]
        raise UncacKgError(f"cannot read {path} as {fmt.name}: {message}") from None
    graph = Graph()
    graph.parse(data=ntriples(quads), format="nt")
    add_reference(graph)
    return Target(graph, f"{path.name}, with the packaged vocabulary and ontology")


def ntriples(quads: Iterable[Quad | Triple]) -> str:
    """Quads or triples as N-Triples: the triples of every graph, in one."""
    triples = (Triple(q.subject, q.predicate, q.object) for q in quads)
    return (serialize_rdf(triples, format=RdfFormat.N_TRIPLES) or b"").decode("utf-8")


def add_reference(graph: Graph, *, ontology: bool = True, vocabulary: bool = True) -> None:
    """Add the packaged ontology and/or vocabularies (``ontology/``) to ``graph``."""
    folder = ontology_dir()
    files = ([folder / "uncac.ttl"] if ontology else []) + (
        sorted((folder / "vocab").glob("*.ttl")) if vocabulary else []
    )
    for file in files:
        graph.parse(file, format="turtle")
