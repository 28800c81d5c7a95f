"""Network analysis of the knowledge graph: projections of the store into networkx graphs,
their metrics, ranked tables and an HTML report.

    from uncac_kg.analysis import Filters, analyze
    analysis = analyze(store, "citations", Filters(types=("Mechanism",)))
    analysis.graph            # a networkx graph, metrics as node attributes
    analysis.metrics.summary  # nodes, edges, components, communities...

Names load on first use, so importing this package (as the command line does)
does not load networkx.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from uncac_kg.analysis.catalog import METRICS, PROJECTIONS, Projection
    from uncac_kg.analysis.command import analyze_command
    from uncac_kg.analysis.metrics import Metrics, Summary, compute
    from uncac_kg.analysis.projections import load
    from uncac_kg.analysis.report import render_report
    from uncac_kg.analysis.result import Analysis, analyze
    from uncac_kg.analysis.rows import FilterError, Filters
    from uncac_kg.analysis.tables import ranked, render

__all__ = [
    "METRICS",
    "PROJECTIONS",
    "Analysis",
    "FilterError",
    "Filters",
    "Metrics",
    "Projection",
    "Summary",
    "analyze",
    "analyze_command",
    "compute",
    "load",
    "ranked",
    "render",
    "render_report",
]

_HOMES = {
    "METRICS": "catalog",
    "PROJECTIONS": "catalog",
    "Projection": "catalog",
    "analyze_command": "command",
    "Metrics": "metrics",
    "Summary": "metrics",
    "compute": "metrics",
    "load": "projections",
    "render_report": "report",
    "Analysis": "result",
    "analyze": "result",
    "FilterError": "rows",
    "Filters": "rows",
    "ranked": "tables",
    "render": "tables",
}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)
