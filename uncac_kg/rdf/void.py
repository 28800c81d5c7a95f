"""A VoID description of the knowledge graph, counted from the store with SPARQL.

The description lives in its own named graph, ``<base>graph/void``, and says
what the dataset ``<base>dataset`` holds: triples, entities (IRIs under the
base IRI), classes, properties, distinct subjects and objects, documents
(reports), one partition per class and per property, one subset per named
graph, the vocabularies its terms come from, its licence and, when known, its
SPARQL endpoint and data dumps. Counts cover the graphs under ``<base>graph/``
except the VoID graph itself; triples found in several graphs count once.

Every node is an IRI and nothing depends on the clock, so the same store
always gives the same description::

    quads = void_quads(store, settings.base_iri)
    store.replace_graph(void_graph(settings.base_iri).value, quads)

A build gets the same ``Statistics`` without querying, by counting the triples
it writes (``uncac_kg.rdf.void_counts``), and turns them into quads with
``describe``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from pyoxigraph import Literal, NamedNode, Quad, QuerySolutions

from uncac_kg.store.base import Store
from uncac_kg.store.embedded import EmbeddedStore
from uncac_kg.vocab import UNCAC

VOID = "http://rdfs.org/ns/void#"
DCTERMS = "http://purl.org/dc/terms/"
SD = "http://www.w3.org/ns/sparql-service-description#"
RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
XSD_INTEGER = NamedNode("http://www.w3.org/2001/XMLSchema#integer")

DEFAULT_TITLE = "uncac-kg: who spoke at UN anti-corruption meetings and what they cited"
DEFAULT_DESCRIPTION = (
    "Speakers, the States and organizations they represent, and the entities they cited, "
    "from reports of the Conference of the States Parties to the United Nations Convention "
    "against Corruption and its subsidiary bodies, each fact traceable to its paragraph."
)
DEFAULT_LICENSE = "https://spdx.org/licenses/MIT"


@dataclass(frozen=True, slots=True)
class Statistics:
    """What the store holds, counted the way VoID defines it."""

    triples: int
    entities: int
    classes: int
    properties: int
    distinct_subjects: int
    distinct_objects: int
    documents: int
    class_entities: dict[str, int]  # class IRI → instances
    property_triples: dict[str, int]  # property IRI → triples
    graph_triples: dict[str, int]  # named graph IRI → triples
    example: str | None  # a document's IRI


def void_graph(base_iri: str) -> NamedNode:
    """The named graph that holds the description."""
    return NamedNode(f"{base_iri}graph/void")


def dataset_iri(base_iri: str) -> NamedNode:
    """The IRI of the dataset the description is about."""
    return NamedNode(f"{base_iri}dataset")


def void_quads(
    store: Store,
    base_iri: str,
    *,
    sparql_endpoint: str | None = None,
    data_dumps: Sequence[str] = (),
    license: str = DEFAULT_LICENSE,
    title: str = DEFAULT_TITLE,
    description: str = DEFAULT_DESCRIPTION,
) -> list[Quad]:
    """The VoID description of what ``store`` holds, as quads in ``void_graph(base_iri)``."""
    return describe(
        statistics(store, base_iri),
        base_iri,
        sparql_endpoint=sparql_endpoint,
        data_dumps=data_dumps,
        license=license,
        title=title,
        description=description,
    )


def graphs_in_scope(store: Store, base_iri: str) -> list[str]:
    """The graphs the description counts: those under ``<base>graph/`` but its own."""
    own = void_graph(base_iri).value
    return [g for g in store.graphs() if g.startswith(f"{base_iri}graph/") and g != own]


def statistics(store: Store, base_iri: str) -> Statistics:
    """Count, with SPARQL on ``store``, what the graphs under ``<base>graph/`` hold.

    The graphs in scope are listed first and named in a ``VALUES`` block, and
    string tests run on distinct subjects only: filtering each quad by the text
    of its graph's or subject's IRI costs a dictionary lookup per quad, which
    dominated on large stores. On the embedded store the queries run side by
    side in threads (Oxigraph evaluates queries without holding Python's lock).
    """
    graphs = graphs_in_scope(store, base_iri)
    scope = "VALUES ?g { " + " ".join(f"<{g}>" for g in graphs) + " }"
    triples = f"SELECT DISTINCT ?s ?p ?o WHERE {{ {scope} GRAPH ?g {{ ?s ?p ?o }} }}"
    document = NamedNode(UNCAC.Document)
    queries = {
        "properties": f"SELECT ?p (COUNT(*) AS ?n) WHERE {{ {{ {triples} }} }} GROUP BY ?p",
        "subjects": f"SELECT DISTINCT ?s WHERE {{ {scope} GRAPH ?g {{ ?s ?p ?o }} }}",
        "objects": f"SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE {{ {scope} GRAPH ?g {{ ?s ?p ?o }} }}",
        "classes": f"SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE {{ {scope} GRAPH ?g {{ ?s a ?c }} "
        "FILTER isIRI(?c) } GROUP BY ?c",
        "graphs": f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ {scope} GRAPH ?g {{ ?s ?p ?o }} }} "
        "GROUP BY ?g",
        "documents": f"SELECT DISTINCT ?d WHERE {{ {scope} GRAPH ?g {{ ?d a {document} }} }} "
        "ORDER BY STR(?d)",
    }
    answers = _answers(store, queries)
    subjects = [row[0] for row in answers["subjects"][1]]
    rows = {name: _named(answer) for name, answer in answers.items() if name != "subjects"}
    property_triples = {row["p"]: int(row["n"]) for row in rows["properties"]}
    documents = rows["documents"]
    return Statistics(
        triples=sum(property_triples.values()),
        entities=sum(
            1 for s in subjects if isinstance(s, NamedNode) and s.value.startswith(base_iri)
        ),
        classes=len(rows["classes"]),
        properties=len(property_triples),
        distinct_subjects=len(subjects),
        distinct_objects=int(rows["objects"][0]["n"]),
        documents=len(documents),
        class_entities={row["c"]: int(row["n"]) for row in rows["classes"]},
        property_triples=property_triples,
        graph_triples={row["g"]: int(row["n"]) for row in rows["graphs"]},
        example=documents[0]["d"] if documents else None,
    )


#: A query's answer: its variables' names and its solutions' terms.
_Answer = tuple[list[str], list[list[Any]]]


def _answers(store: Store, queries: dict[str, str]) -> dict[str, _Answer]:
    """Each SELECT query's answer; in threads side by side on the embedded store."""
    if not isinstance(store, EmbeddedStore):
        return {name: _answer(store, sparql) for name, sparql in queries.items()}
    with ThreadPoolExecutor(max_workers=min(len(queries), 4)) as pool:
        futures = {name: pool.submit(_answer, store, sparql) for name, sparql in queries.items()}
        return {name: future.result() for name, future in futures.items()}


def _answer(store: Store, sparql: str) -> _Answer:
    result = store.query(sparql)
    if not isinstance(result, QuerySolutions):
        raise TypeError("a SELECT query did not give solutions")
    return [v.value for v in result.variables], [list(row) for row in result]


def _named(answer: _Answer) -> list[dict[str, str]]:
    """The solutions, each variable's value as a string (unbound ones left out)."""
    names, rows = answer
    return [
        {name: term.value for name, term in zip(names, row, strict=True) if term is not None}
        for row in rows
    ]


def describe(
    stats: Statistics,
    base_iri: str,
    *,
    sparql_endpoint: str | None = None,
    data_dumps: Sequence[str] = (),
    license: str = DEFAULT_LICENSE,
    title: str = DEFAULT_TITLE,
    description: str = DEFAULT_DESCRIPTION,
) -> list[Quad]:
    """The VoID quads that say what ``stats`` counted."""
    graph = void_graph(base_iri)
    dataset = dataset_iri(base_iri)
    quads: list[Quad] = []

    def add(subject: NamedNode, predicate: str, obj: NamedNode | Literal | int) -> None:
        if isinstance(obj, int):
            obj = Literal(str(obj), datatype=XSD_INTEGER)
        quads.append(Quad(subject, NamedNode(predicate), obj, graph))

    quads.append(Quad(dataset, RDF_TYPE, NamedNode(VOID + "Dataset"), graph))
    add(dataset, DCTERMS + "title", Literal(title, language="en"))
    add(dataset, DCTERMS + "description", Literal(description, language="en"))
    add(dataset, DCTERMS + "license", NamedNode(license))
    add(dataset, VOID + "uriSpace", Literal(base_iri))
    for name, value in (
        ("triples", stats.triples),
        ("entities", stats.entities),
        ("classes", stats.classes),
        ("properties", stats.properties),
        ("distinctSubjects", stats.distinct_subjects),
        ("distinctObjects", stats.distinct_objects),
        ("documents", stats.documents),
    ):
        add(dataset, VOID + name, value)
    if sparql_endpoint:
        add(dataset, VOID + "sparqlEndpoint", NamedNode(sparql_endpoint))
    for dump in data_dumps:
        add(dataset, VOID + "dataDump", NamedNode(dump))
    if stats.example:
        add(dataset, VOID + "exampleResource", NamedNode(stats.example))
    terms = [*stats.class_entities, *stats.property_triples]
    for vocabulary in sorted({_namespace(term) for term in terms}):
        add(dataset, VOID + "vocabulary", NamedNode(vocabulary))
    for cls, count in sorted(stats.class_entities.items()):
        partition = _part(base_iri, "class", cls)
        add(dataset, VOID + "classPartition", partition)
        add(partition, VOID + "class", NamedNode(cls))
        add(partition, VOID + "entities", count)
    for prop, count in sorted(stats.property_triples.items()):
        partition = _part(base_iri, "property", prop)
        add(dataset, VOID + "propertyPartition", partition)
        add(partition, VOID + "property", NamedNode(prop))
        add(partition, VOID + "triples", count)
    for name, count in sorted(stats.graph_triples.items()):
        subset = _subset(base_iri, name)
        add(dataset, VOID + "subset", subset)
        quads.append(Quad(subset, RDF_TYPE, NamedNode(VOID + "Dataset"), graph))
        add(subset, SD + "name", NamedNode(name))
        add(subset, VOID + "triples", count)
    return quads


def _namespace(iri: str) -> str:
    """A term's vocabulary: its IRI up to the last ``#`` or ``/``."""
    cut = max(iri.rfind("#"), iri.rfind("/"))
    return iri[: cut + 1]


def _part(base_iri: str, kind: str, term: str) -> NamedNode:
    digest = hashlib.sha1(term.encode("utf-8")).hexdigest()[:12]
    local = term[max(term.rfind("#"), term.rfind("/")) + 1 :] or "term"
    return NamedNode(f"{base_iri}dataset/{kind}/{_slug(local)}-{digest}")


def _subset(base_iri: str, graph: str) -> NamedNode:
    path = graph.removeprefix(f"{base_iri}graph/")
    slug = _slug(path)
    if slug != path:  # keep two graphs that slug alike apart
        slug += "-" + hashlib.sha1(graph.encode("utf-8")).hexdigest()[:8]
    return NamedNode(f"{base_iri}dataset/graph/{slug}")


def _slug(text: str) -> str:
    return "".join(c if c.isascii() and (c.isalnum() or c in "-._") else "-" for c in text)
