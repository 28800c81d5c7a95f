"""The VoID statistics counted from the triples a build writes, instead of from the store.

``uncac_kg.rdf.void.statistics`` counts with SPARQL over everything the store
holds, which takes seconds on a large store. A build knows every triple it
writes, so it can count them as it goes, graph by graph, and get the same
``Statistics``, provided the store holds no other graph in scope:
``DatasetCounts.statistics`` says when it cannot answer.

Counts are over distinct triples, subjects and objects across graphs, so a
graph's triples are split in two. Those whose subject lies in the graph's own
namespace (a report's graph: the IRI of its document and everything under it,
``<base>doc/<id>/...``) can be in no other graph and are only counted; the rest
(entities' classes and labels, the reference graphs) are kept, deduplicated
across graphs. Objects likewise. A graph that names a term in another graph's
namespace would break that split: it is flagged, and the counts give way to
SPARQL.

Terms are compared in N-Triples syntax (``uncac_kg.rdf.terms``), which the
mapper writes and ``term`` makes of the terms read back from the store.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from pyoxigraph import BlankNode, Literal, NamedNode, Triple

from uncac_kg.rdf.terms import RDF_TYPE, RdfTriple, iri, string
from uncac_kg.rdf.void import Statistics
from uncac_kg.vocab import UNCAC

_DOCUMENT = iri(str(UNCAC.Document))
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@dataclass(frozen=True, slots=True)
class GraphCounts:
    """What one named graph adds to the dataset's counts; small enough to send between
    processes."""

    graph: str  # the graph's IRI
    quads: int  # its quads
    own_properties: Counter[str] = field(default_factory=Counter)  # own triples by predicate
    own_classes: Counter[str] = field(default_factory=Counter)  # own instances by class
    own_subjects: int = 0
    own_entities: int = 0  # own subjects that are IRIs under the base IRI
    own_objects: int = 0
    own_documents: tuple[str, ...] = ()  # own subjects typed uncac:Document (IRIs)
    shared_triples: tuple[RdfTriple, ...] = ()  # the triples whose subject is not its own
    shared_objects: tuple[str, ...] = ()  # the objects of its triples that are not its own
    foreign: bool = False  # names a term in a report's namespace, not its own


def graph_counts(
    graph: str, triples: Sequence[RdfTriple], base_iri: str, namespace: str | None = None
) -> GraphCounts:
    """Count ``graph``'s ``triples`` (distinct, in N-Triples syntax).

    ``namespace`` is the IRI the graph's own terms are (a report's document) or start
    with (followed by ``/``); the reference graphs have none.
    """
    reserved = f"<{base_iri}doc/"  # where every report's namespace lies
    subjects = {t[0] for t in triples}
    objects = {t[2] for t in triples}
    own: set[str] = set()
    own_objects: set[str] = set()
    if namespace is not None:
        exact, under = f"<{namespace}>", f"<{namespace}/"
        own = {s for s in subjects if s == exact or s.startswith(under)}
        own_objects = {o for o in objects if o == exact or o.startswith(under)}
        objects -= own_objects
    mine = [t for t in triples if t[0] in own]
    shared = tuple(t for t in triples if t[0] not in own)
    typed = [(s, o) for s, p, o in mine if p == RDF_TYPE and _is_iri(o)]
    foreign = any(s.startswith(reserved) for s in subjects - own) or any(
        o.startswith(reserved) for o in objects
    )
    return GraphCounts(
        graph,
        len(triples),
        Counter(p for _, p, _ in mine),
        Counter(o for _, o in typed),
        len(own),
        len(own) if namespace is not None and namespace.startswith(base_iri) else 0,
        len(own_objects),
        tuple(s[1:-1] for s, o in typed if o == _DOCUMENT),
        shared,
        tuple(objects),
        foreign,
    )


class DatasetCounts:
    """The counts of every graph a build wrote, merged: ``uncac_kg.rdf.void.Statistics``."""

    def __init__(self, base_iri: str) -> None:
        self.base_iri = base_iri
        self.graphs: dict[str, int] = {}
        self.properties: Counter[str] = Counter()
        self.classes: Counter[str] = Counter()
        self.subjects = 0
        self.entities = 0
        self.objects = 0
        self.documents: list[str] = []
        self.shared_triples: set[RdfTriple] = set()
        self.shared_objects: set[str] = set()
        self.usable = True  # whether the counts can still tell what the store holds

    def add(self, counts: GraphCounts) -> None:
        """Count a graph. A graph counted twice (written twice) leaves the counts unable
        to tell what the store holds: ``statistics`` then gives ``None``."""
        if counts.graph in self.graphs:
            self.usable = False
        self.graphs[counts.graph] = counts.quads
        self.properties.update(counts.own_properties)
        self.classes.update(counts.own_classes)
        self.subjects += counts.own_subjects
        self.entities += counts.own_entities
        self.objects += counts.own_objects
        self.documents.extend(counts.own_documents)
        self.shared_triples.update(counts.shared_triples)
        self.shared_objects.update(counts.shared_objects)
        self.usable = self.usable and not counts.foreign

    def statistics(self, graphs: Iterable[str]) -> Statistics | None:
        """The statistics of the dataset whose graphs in scope are ``graphs`` (as the store
        lists them), or ``None`` when these counts cannot give them: the store holds a
        graph that was not counted (or not one that was), a graph was counted twice, or
        a graph named a term in a report's namespace."""
        counted = {graph for graph, quads in self.graphs.items() if quads}
        if not self.usable or set(graphs) != counted:
            return None
        properties = Counter(self.properties)
        classes = Counter(self.classes)
        subjects: set[str] = set()
        documents = list(self.documents)
        for s, p, o in self.shared_triples:
            properties[p] += 1
            subjects.add(s)
            if p == RDF_TYPE and _is_iri(o):
                classes[o] += 1
                if o == _DOCUMENT:
                    if not _is_iri(s):  # SPARQL orders it by an error: left to SPARQL
                        return None
                    documents.append(s[1:-1])
        base = f"<{self.base_iri}"
        return Statistics(
            triples=sum(properties.values()),
            entities=self.entities + sum(1 for s in subjects if s.startswith(base)),
            classes=len(classes),
            properties=len(properties),
            distinct_subjects=self.subjects + len(subjects),
            distinct_objects=self.objects + len(self.shared_objects),
            documents=len(documents),
            class_entities={c[1:-1]: n for c, n in classes.items()},
            property_triples={p[1:-1]: n for p, n in properties.items()},
            graph_triples={g: n for g, n in self.graphs.items() if n},
            example=min(documents) if documents else None,
        )


def term(value: NamedNode | BlankNode | Literal | Triple) -> str:
    """A term read from the store in N-Triples syntax, written as the mapper writes it."""
    if isinstance(value, NamedNode):
        return iri(value.value)
    if isinstance(value, BlankNode):
        return f"_:{value.value}"
    if isinstance(value, Literal):
        if value.language is not None:
            return str(value)  # never among the terms the mapper writes
        if value.datatype.value == _XSD_STRING:
            return string(value.value)
        return f"{string(value.value)}^^{iri(value.datatype.value)}"
    return f"<<( {term(value.subject)} {term(value.predicate)} {term(value.object)} )>>"


def _is_iri(value: str) -> bool:
    return value.startswith("<") and not value.startswith("<<")
