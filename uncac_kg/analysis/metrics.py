"""Centrality and communities of a projection, node by node, reproducibly.

- ``degree``: neighbours (in and out, for a directed projection);
- ``weighted_degree``: the sum of the weights of a node's edges (citations made or received...);
- ``betweenness``: how often a node lies on shortest paths (hops, edges taken both ways),
  normalized; on large graphs estimated from a seeded sample of sources;
- ``pagerank``: PageRank over the weighted edges, taken both ways (an actor that cites
  what central actors cite ranks high, as does an entity central actors cite);
- ``eigenvector``: eigenvector centrality of the weighted, undirected graph, where it is
  defined: on its largest connected component (blank elsewhere);
- ``community``: Louvain communities of the weighted, undirected graph with a fixed seed,
  numbered from 1 by decreasing size.
"""

from __future__ import annotations

import importlib
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
import numpy as np

from uncac_kg.analysis.catalog import DEFAULT_SEED, METRICS

#: Above this much work (sources × (nodes + edges)), betweenness is estimated from a sample.
BETWEENNESS_BUDGET = 3_000_000

#: The fewest sources a betweenness estimate uses.
BETWEENNESS_SAMPLE = 16

Value = int | float | None


@dataclass(frozen=True, slots=True)
class Summary:
    """The graph as a whole."""

    nodes: int
    edges: int
    density: float
    components: int
    communities: int
    modularity: float | None
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Metrics:
    """Each metric's value for each node (None where it is not defined), and a summary."""

    values: Mapping[str, Mapping[str, Value]]
    summary: Summary
    communities: tuple[tuple[str, ...], ...] = field(default=())  # largest first

    def of(self, node: str) -> dict[str, Value]:
        """Every metric of one node."""
        return {name: self.values[name].get(node) for name in METRICS}


def compute(
    graph: nx.Graph, *, seed: int = DEFAULT_SEED, only: Collection[str] = METRICS
) -> Metrics:
    """The metrics of ``graph`` (those named in ``only``; the others are left empty).

    The same graph and seed always give the same values.
    """
    unknown = set(only) - set(METRICS)
    if unknown:
        raise ValueError(
            f"unknown metric {', '.join(sorted(unknown))}; known: {', '.join(METRICS)}"
        )
    undirected = _undirected(graph)
    notes: list[str] = list(graph.graph.get("notes", ()))  # from the projection
    communities = _communities(undirected, seed) if "community" in only else []
    membership = {node: i for i, members in enumerate(communities, start=1) for node in members}
    values: dict[str, Mapping[str, Value]] = {name: {} for name in METRICS}
    if "degree" in only:
        values["degree"] = dict(graph.degree())
    if "weighted_degree" in only:
        values["weighted_degree"] = dict(graph.degree(weight="weight"))
    if "betweenness" in only:
        values["betweenness"] = _betweenness(undirected, seed, notes)
    if "pagerank" in only and graph.number_of_edges():
        values["pagerank"] = nx.pagerank(undirected, weight="weight")
    if "eigenvector" in only:
        values["eigenvector"] = _eigenvector(undirected, notes)
    values["community"] = membership
    components = nx.number_connected_components(undirected) if len(graph) else 0
    modularity = (
        nx.community.modularity(undirected, communities, weight="weight")
        if communities and undirected.number_of_edges()
        else None
    )
    summary = Summary(
        nodes=graph.number_of_nodes(),
        edges=graph.number_of_edges(),
        density=nx.density(graph) if len(graph) > 1 else 0.0,
        components=components,
        communities=len(communities),
        modularity=modularity,
        notes=tuple(notes),
    )
    return Metrics(values, summary, tuple(tuple(sorted(c)) for c in communities))


def annotate(graph: nx.Graph, metrics: Metrics) -> None:
    """Set each metric as a node attribute of ``graph`` (left out where it is None)."""
    for name in METRICS:
        for node, value in metrics.values[name].items():
            if value is not None and node in graph:
                graph.nodes[node][name] = value


def _communities(graph: nx.Graph, seed: int) -> list[set[str]]:
    """Louvain communities, largest first (then by their first node), seeded."""
    if not len(graph):
        return []
    if not graph.number_of_edges():
        return [{node} for node in sorted(graph)]
    found = nx.community.louvain_communities(graph, weight="weight", seed=seed)
    return sorted(found, key=lambda c: (-len(c), min(c)))


def _betweenness(graph: nx.Graph, seed: int, notes: list[str]) -> dict[str, float]:
    nodes, size = graph.number_of_nodes(), graph.number_of_nodes() + graph.number_of_edges()
    sample = None
    if nodes * size > BETWEENNESS_BUDGET:
        sample = max(BETWEENNESS_SAMPLE, BETWEENNESS_BUDGET // size)
        if sample < nodes:
            notes.append(f"betweenness estimated from {sample} of {nodes} source nodes")
        else:
            sample = None
    result: dict[str, float] = nx.betweenness_centrality(graph, k=sample, seed=seed)
    return result


def _eigenvector(graph: nx.Graph, notes: list[str]) -> dict[str, float]:
    if graph.number_of_edges() == 0:
        return {}
    largest = max(nx.connected_components(graph), key=lambda c: (len(c), min(c)))
    if len(largest) < 3:
        notes.append("eigenvector centrality left out: no component of three or more nodes")
        return {}
    if len(largest) < len(graph):
        notes.append(
            f"eigenvector centrality on the largest component only "
            f"({len(largest)} of {len(graph)} nodes)"
        )
    try:
        return _principal_eigenvector(graph.subgraph(largest))
    except (ArithmeticError, RuntimeError) as error:  # ARPACK did not converge
        notes.append(f"eigenvector centrality left out: {error}")
        return {}


def _principal_eigenvector(graph: nx.Graph) -> dict[str, float]:
    """The eigenvector of the largest eigenvalue of the weighted adjacency matrix, unit
    length and positive, computed by ARPACK from a uniform start (so the same every time)."""
    linalg: Any = importlib.import_module("scipy.sparse.linalg")  # scipy has no type hints
    nodes = sorted(graph)
    matrix = nx.to_scipy_sparse_array(graph, nodelist=nodes, weight="weight", dtype=float)
    _, vectors = linalg.eigsh(matrix, k=1, which="LA", v0=np.ones(len(nodes)))
    vector = np.abs(vectors[:, 0])
    vector /= np.linalg.norm(vector)
    return {node: float(value) for node, value in zip(nodes, vector, strict=True)}


def _undirected(graph: nx.Graph) -> nx.Graph:
    """``graph`` with its edges taken both ways (a copy: faster to walk than a view).

    Two edges between the same nodes in opposite directions become one, with
    their weights added.
    """
    if not graph.is_directed():
        return graph
    undirected = nx.Graph()
    undirected.add_nodes_from(graph)
    for u, v, weight in graph.edges(data="weight", default=1):
        if undirected.has_edge(u, v):
            undirected[u][v]["weight"] += weight
        else:
            undirected.add_edge(u, v, weight=weight)
    return undirected
