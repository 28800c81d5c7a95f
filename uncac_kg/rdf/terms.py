"""The RDF terms the mapper writes, as pyoxigraph nodes, and literal constructors.

Ontology terms come from ``uncac_kg.vocab.UNCAC`` (a misspelt one raises);
everything else is a standard vocabulary: rdf, rdfs, skos, dcterms, prov, owl, xsd.
"""

from __future__ import annotations

from functools import cache, lru_cache

from pyoxigraph import Literal, NamedNode
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from uncac_kg.vocab import UNCAC


@cache
def uncac(name: str) -> NamedNode:
    """The ontology term ``uncac:<name>``; raises ``ValueError`` for a term the ontology lacks."""
    try:
        return NamedNode(str(UNCAC[name]))
    except AttributeError:
        raise ValueError(f"uncac:{name} is not a term of the ontology") from None


RDF_TYPE = NamedNode(str(RDF.type))
RDFS_LABEL = NamedNode(str(RDFS.label))
SKOS_PREF_LABEL = NamedNode(str(SKOS.prefLabel))
SKOS_ALT_LABEL = NamedNode(str(SKOS.altLabel))
SKOS_EXACT_MATCH = NamedNode(str(SKOS.exactMatch))
DCTERMS_IDENTIFIER = NamedNode(str(DCTERMS.identifier))
DCTERMS_TITLE = NamedNode(str(DCTERMS.title))
DCTERMS_DATE = NamedNode(str(DCTERMS.date))
DCTERMS_SOURCE = NamedNode(str(DCTERMS.source))
PROV_WAS_DERIVED_FROM = NamedNode(str(PROV.wasDerivedFrom))

#: A triple of pyoxigraph terms, before it is placed in a graph.
RdfTriple = tuple[NamedNode, NamedNode, NamedNode | Literal]

_XSD_INTEGER = NamedNode(str(XSD.integer))
_XSD_NON_NEGATIVE_INTEGER = NamedNode(str(XSD.nonNegativeInteger))
_XSD_DATE = NamedNode(str(XSD.date))


def string(value: str) -> Literal:
    """A plain ``xsd:string`` literal.

    Labels and quotes carry no language tag on purpose: CSV results then show
    the bare text and SPARQL comparisons need no ``STR()``.
    """
    return Literal(value)


@lru_cache(maxsize=4096)
def integer(value: int) -> Literal:
    return Literal(str(value), datatype=_XSD_INTEGER)


@lru_cache(maxsize=65536)
def offset(value: int) -> Literal:
    """A character offset: ``xsd:nonNegativeInteger``, the range the ontology gives offsets."""
    return Literal(str(value), datatype=_XSD_NON_NEGATIVE_INTEGER)


def date(value: str) -> Literal:
    return Literal(value, datatype=_XSD_DATE)
