"""The RDF terms the mapper writes, in N-Triples syntax, and literal constructors.

The mapper writes a report's graph as N-Quads text (what the store's bulk loader
reads), so a term here is its N-Triples form: ``<iri>``, ``"text"`` or
``"text"^^<datatype>``. Ontology terms come from ``uncac_kg.vocab.UNCAC`` (a
misspelt one raises); everything else is a standard vocabulary: rdf, rdfs, skos,
dcterms, prov, owl, xsd.
"""

from __future__ import annotations

from functools import cache, lru_cache
from json.encoder import encode_basestring

from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from uncac_kg.vocab import UNCAC


def iri(value: str) -> str:
    """The N-Triples form of an IRI (which must be valid: it is not checked here)."""
    return f"<{value}>"


@cache
def uncac(name: str) -> str:
    """The ontology term ``uncac:<name>``; raises ``ValueError`` for a term the ontology lacks."""
    try:
        return iri(str(UNCAC[name]))
    except AttributeError:
        raise ValueError(f"uncac:{name} is not a term of the ontology") from None


RDF_TYPE = iri(str(RDF.type))
RDFS_LABEL = iri(str(RDFS.label))
SKOS_PREF_LABEL = iri(str(SKOS.prefLabel))
SKOS_ALT_LABEL = iri(str(SKOS.altLabel))
SKOS_EXACT_MATCH = iri(str(SKOS.exactMatch))
DCTERMS_IDENTIFIER = iri(str(DCTERMS.identifier))
DCTERMS_TITLE = iri(str(DCTERMS.title))
DCTERMS_DATE = iri(str(DCTERMS.date))
DCTERMS_SOURCE = iri(str(DCTERMS.source))
PROV_WAS_DERIVED_FROM = iri(str(PROV.wasDerivedFrom))

#: A triple of terms in N-Triples syntax, before it is placed in a graph.
RdfTriple = tuple[str, str, str]

_XSD_INTEGER = iri(str(XSD.integer))
_XSD_NON_NEGATIVE_INTEGER = iri(str(XSD.nonNegativeInteger))
_XSD_DATE = iri(str(XSD.date))


def string(value: str) -> str:
    """A plain ``xsd:string`` literal.

    Labels and quotes carry no language tag on purpose: CSV results then show
    the bare text and SPARQL comparisons need no ``STR()``. The escapes are
    JSON's (``\\"``, ``\\\\``, ``\\n``, ``\\u0000``...), every one of them valid
    in N-Triples.
    """
    return encode_basestring(value)


@lru_cache(maxsize=4096)
def integer(value: int) -> str:
    return f'"{value}"^^{_XSD_INTEGER}'


@lru_cache(maxsize=65536)
def offset(value: int) -> str:
    """A character offset: ``xsd:nonNegativeInteger``, the range the ontology gives offsets."""
    return f'"{value}"^^{_XSD_NON_NEGATIVE_INTEGER}'


def date(value: str) -> str:
    return f"{string(value)}^^{_XSD_DATE}"
