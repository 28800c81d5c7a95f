"""Reading ``ontology/uncac.ttl`` for the generators: its header, prefixes and terms by kind.

Shared by ``generate.py`` (namespace module, JSON-LD context) and ``ontology_html.py``
(HTML documentation). Everything is returned sorted, so generated files are stable.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "ontology" / "uncac.ttl"
SOURCE_NAME = "ontology/uncac.ttl"
HEADER = f"generated from {SOURCE_NAME} by tools/generate.py; do not edit"

#: The kinds of term an OWL 2 DL ontology declares, in the order they are documented.
KINDS: tuple[tuple[URIRef, str], ...] = (
    (OWL.Class, "classes"),
    (OWL.ObjectProperty, "object properties"),
    (OWL.DatatypeProperty, "datatype properties"),
    (OWL.AnnotationProperty, "annotation properties"),
)


@dataclass(frozen=True)
class Ontology:
    """The parsed ontology with the facts every generator needs."""

    graph: Graph
    iri: URIRef
    namespace: str

    @property
    def version(self) -> str:
        return text(self.graph, self.iri, OWL.versionInfo)

    @property
    def version_iri(self) -> str:
        return str(self.graph.value(self.iri, OWL.versionIRI) or "")

    def prefixes(self) -> dict[str, str]:
        """The prefixes the Turtle file declares, by prefix."""
        return {prefix: str(ns) for prefix, ns in sorted(self.graph.namespaces()) if prefix}

    def terms(self, kind: URIRef, *, own: bool = True) -> list[URIRef]:
        """The terms declared with ``kind``: the ontology's own, or only the external ones."""
        found = {
            t
            for t in self.graph.subjects(RDF.type, kind)
            if isinstance(t, URIRef) and str(t).startswith(self.namespace) == own
        }
        return sorted(found, key=lambda t: (local_name(t).lower(), str(t)))

    def kind_of(self, term: Node) -> URIRef | None:
        return next((k for k, _ in KINDS if (term, RDF.type, k) in self.graph), None)

    def definition(self, term: URIRef) -> str:
        """The term's skos:definition, else its rdfs:comment."""
        return text(self.graph, term, SKOS.definition) or text(self.graph, term, RDFS.comment)

    def members(self, node: Node) -> list[Node]:
        """The classes a class expression names: itself, or the members of its union."""
        union = self.graph.value(node, OWL.unionOf)
        if union is None:
            return [node]
        return sorted(Collection(self.graph, union), key=str)


def load(path: Path = SOURCE) -> Ontology:
    """Parse the ontology; its namespace is ``vann:preferredNamespaceUri``, else IRI + ``#``."""
    graph = Graph(bind_namespaces="none")
    graph.parse(path, format="turtle")
    iris = [s for s in graph.subjects(RDF.type, OWL.Ontology) if isinstance(s, URIRef)]
    if len(iris) != 1:
        raise SystemExit(f"{SOURCE_NAME}: expected one owl:Ontology, found {len(iris)}")
    vann = URIRef("http://purl.org/vocab/vann/preferredNamespaceUri")
    namespace = text(graph, iris[0], vann) or f"{iris[0]}#"
    return Ontology(graph, iris[0], namespace)


def local_name(iri: Node) -> str:
    """The part of an IRI after its last ``#`` or ``/``."""
    value = str(iri)
    return value[max(value.rfind("#"), value.rfind("/")) + 1 :]


def text(graph: Graph, subject: Node, predicate: URIRef) -> str:
    """One literal value, preferring English, as plain text ('' when there is none)."""
    values = [v for v in graph.objects(subject, predicate) if isinstance(v, Literal)]
    values.sort(key=lambda v: (v.language not in (None, "en"), str(v)))
    return " ".join(str(values[0]).split()) if values else ""
