"""Exports of the knowledge graph: RDF in every format of ``uncac_kg.formats`` (the whole
dataset or some reports' graphs), and networks (GraphML, GEXF, Cytoscape.js JSON, DOT,
CSV, an interactive HTML view) of the projections of ``uncac_kg.analysis``.

Names load on first use, so importing this package does not load networkx or rdflib.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from uncac_kg.export.command import export_command
    from uncac_kg.export.networks import (
        WRITERS,
        write_csv,
        write_cyjs,
        write_dot,
        write_gexf,
        write_graphml,
    )
    from uncac_kg.export.rdf import RdfExport, export_rdf
    from uncac_kg.export.viewer import render_viewer

__all__ = [
    "WRITERS",
    "RdfExport",
    "export_command",
    "export_rdf",
    "render_viewer",
    "write_csv",
    "write_cyjs",
    "write_dot",
    "write_gexf",
    "write_graphml",
]

_HOMES = {
    "export_command": "command",
    "WRITERS": "networks",
    "write_csv": "networks",
    "write_cyjs": "networks",
    "write_dot": "networks",
    "write_gexf": "networks",
    "write_graphml": "networks",
    "RdfExport": "rdf",
    "export_rdf": "rdf",
    "render_viewer": "viewer",
}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)
