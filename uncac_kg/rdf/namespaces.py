"""Prefixes the graph's IRIs are shown with: in terminal tables and in Turtle output."""

from __future__ import annotations

from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from uncac_kg.vocab import UNCAC

_STANDARD = {
    "uncac": str(UNCAC),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "prov": str(PROV),
}


def prefixes(base_iri: str | None = None) -> dict[str, str]:
    """Prefix → namespace IRI: the ontology's and the standard ones, and ``kg:`` for the base."""
    table = dict(_STANDARD)
    if base_iri:
        table["kg"] = base_iri
    return table


def shorten(iri: str, table: dict[str, str]) -> str:
    """``iri`` as a prefixed name under the longest matching namespace, else ``<iri>``."""
    best = ""
    for prefix, namespace in table.items():
        if iri.startswith(namespace) and len(namespace) > len(table.get(best, "")):
            best = prefix
    if best and len(iri) > len(table[best]):
        return f"{best}:{iri[len(table[best]) :]}"
    return f"<{iri}>"
