"""An analysis: a projection of the store, filtered, with its metrics and what it took."""

from __future__ import annotations

import time
from dataclasses import dataclass

import networkx as nx

from uncac_kg.analysis import projections
from uncac_kg.analysis.catalog import DEFAULT_SEED
from uncac_kg.analysis.metrics import Metrics, annotate, compute
from uncac_kg.analysis.projections import Projection
from uncac_kg.analysis.rows import Filters
from uncac_kg.store import Store


@dataclass(frozen=True, slots=True)
class Analysis:
    """A projection's graph (metrics set as node attributes), its metrics and timings."""

    projection: Projection
    filters: Filters
    graph: nx.Graph
    metrics: Metrics
    seconds: dict[str, float]  # "query" (store → graph) and "metrics"

    @property
    def total_seconds(self) -> float:
        return sum(self.seconds.values())


def analyze(
    store: Store,
    name: str,
    filters: Filters | None = None,
    *,
    min_weight: int | None = None,
    seed: int = DEFAULT_SEED,
) -> Analysis:
    """Project the store as ``name`` describes, keep what ``filters`` select, measure it."""
    projection = projections.get(name)
    filters = filters or Filters()
    started = time.perf_counter()
    graph = projections.load(store, projection, filters, min_weight)
    loaded = time.perf_counter()
    metrics = compute(graph, seed=seed)
    annotate(graph, metrics)
    done = time.perf_counter()
    seconds = {"query": loaded - started, "metrics": done - loaded}
    return Analysis(projection, filters, graph, metrics, seconds)
