"""RDF for the knowledge graph: deterministic IRIs, a named graph per report, reference graphs."""

from uncac_kg.rdf.iris import IriMinter, safe_id
from uncac_kg.rdf.mapper import to_quads
from uncac_kg.rdf.namespaces import prefixes, shorten
from uncac_kg.rdf.reference import reference_quads

__all__ = ["IriMinter", "prefixes", "reference_quads", "safe_id", "shorten", "to_quads"]
