"""JSON-LD of the store's graphs, compacted with the project's context, one graph at a time.

The context is ``ontology/context.jsonld`` (generated from the ontology); while
that file does not exist, a context of the prefixes in ``uncac_kg.rdf.namespaces``
takes its place. rdflib compacts each named graph on its own and the graphs are
written one after the other, so memory holds one graph, not the dataset.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

import rdflib
from pyoxigraph import BlankNode, Literal, NamedNode, Quad
from rdflib.plugins.serializers.jsonld import Converter
from rdflib.plugins.shared.jsonld.context import Context

from uncac_kg.errors import UncacKgError
from uncac_kg.rdf import prefixes
from uncac_kg.resources import ontology_dir

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def context_file() -> Path:
    """Where the generated JSON-LD context is."""
    return ontology_dir() / "context.jsonld"


def context(base_iri: str) -> dict[str, Any]:
    """The JSON-LD context: ``ontology/context.jsonld``'s, or one made of the known prefixes."""
    path = context_file()
    if path.is_file():
        try:
            found = json.loads(path.read_text(encoding="utf-8"))
        except ValueError as error:
            raise UncacKgError(f"cannot read ontology/context.jsonld: {error}") from None
        if isinstance(found, dict) and isinstance(found.get("@context"), dict):
            return dict(found["@context"])
    return dict(prefixes(base_iri))


def write_jsonld(
    graphs: Iterable[tuple[str, list[Quad]]], context_data: dict[str, Any], out: IO[bytes]
) -> None:
    """Each named graph (its IRI and quads) as JSON-LD compacted with ``context_data``.

    The document is ``{"@context": ..., "@graph": [{"@id": graph, "@graph": [...]}, ...]}``,
    with the keywords spelt as the context aliases them.
    """
    active = Context(context_data)
    converter = Converter(active, use_native_types=True, use_rdf_type=False)
    head = json.dumps({"@context": context_data}, ensure_ascii=False, indent=1)
    out.write(f'{head[:-2]},\n "{active.graph_key}": [\n'.encode())
    for i, (iri, quads) in enumerate(graphs):
        graph = rdflib.Graph()
        for quad in quads:
            graph.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
        named = {
            active.id_key: active.shrink_iri(iri),
            active.graph_key: converter.from_graph(graph),
        }
        text = json.dumps(named, ensure_ascii=False, indent=1)
        out.write(((",\n" if i else "") + text).encode("utf-8"))
    out.write(b"\n ]\n}\n")


def to_rdflib(term: Any) -> Any:
    """An rdflib term equal to a pyoxigraph one (a plain ``xsd:string`` has no datatype)."""
    if isinstance(term, NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, BlankNode):
        return rdflib.BNode(term.value)
    if isinstance(term, Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype in (_XSD_STRING, _RDF_LANG_STRING):
            return rdflib.Literal(term.value)
        return rdflib.Literal(term.value, datatype=rdflib.URIRef(datatype))
    raise UncacKgError(f"cannot export the term {term}")
