"""Metrics: what each one measures, where it is defined, and that a seed makes them
reproducible."""

from __future__ import annotations

import math

import networkx as nx
import pytest

from uncac_kg.analysis import metrics
from uncac_kg.analysis.catalog import METRICS
from uncac_kg.analysis.metrics import annotate, compute
from uncac_kg.analysis.result import analyze
from uncac_kg.store import EmbeddedStore


def test_values_on_a_generated_corpus(synthetic_store: EmbeddedStore) -> None:
    analysis = analyze(synthetic_store, "citations")
    graph, found = analysis.graph, analysis.metrics
    assert found.summary.nodes == graph.number_of_nodes() > 50
    assert found.summary.components == 1
    assert found.values["degree"] == dict(graph.degree())
    assert found.values["weighted_degree"] == dict(graph.degree(weight="weight"))
    assert math.isclose(sum(found.values["pagerank"].values()), 1.0, rel_tol=1e-6)
    assert set(found.values["eigenvector"]) == set(graph)
    assert all(0.0 <= v <= 1.0 for v in found.values["betweenness"].values())
    assert found.summary.communities > 1
    assert found.summary.modularity is not None and found.summary.modularity > 0
    sizes = [len(c) for c in found.communities]
    assert sizes == sorted(sizes, reverse=True)
    assert sum(sizes) == len(graph)
    assert set(found.values["community"].values()) == set(range(1, len(sizes) + 1))


def test_the_same_seed_gives_the_same_results(synthetic_store: EmbeddedStore) -> None:
    first = analyze(synthetic_store, "co-citations", seed=7)
    second = analyze(synthetic_store, "co-citations", seed=7)
    assert first.metrics.values == second.metrics.values
    assert first.metrics.communities == second.metrics.communities


def test_metrics_become_node_attributes(synthetic_store: EmbeddedStore) -> None:
    graph = analyze(synthetic_store, "actor-overlap").graph
    node, data = next(iter(graph.nodes(data=True)))
    assert set(METRICS) <= set(data), node


def test_eigenvector_only_on_the_largest_component() -> None:
    graph = nx.Graph()
    nx.add_path(graph, ["a", "b", "c", "d"], weight=1)
    graph.add_edge("x", "y", weight=1)
    found = compute(graph)
    assert set(found.values["eigenvector"]) == {"a", "b", "c", "d"}
    assert found.of("x")["eigenvector"] is None
    assert any("largest component only (4 of 6 nodes)" in n for n in found.summary.notes)
    assert found.summary.components == 2


def test_betweenness_is_sampled_on_large_graphs(monkeypatch: pytest.MonkeyPatch) -> None:
    graph = nx.barabasi_albert_graph(200, 2, seed=1)
    graph = nx.relabel_nodes(graph, str)
    exact = compute(graph).values["betweenness"]
    monkeypatch.setattr(metrics, "BETWEENNESS_BUDGET", 10_000)
    sampled = compute(graph)
    assert any("estimated from 16 of 200" in n for n in sampled.summary.notes)
    best = max(exact, key=lambda n: exact[n])
    assert (
        max(sampled.values["betweenness"], key=lambda n: sampled.values["betweenness"][n]) == best
    )


def test_directed_edges_count_both_ways_for_centrality() -> None:
    graph = nx.DiGraph()
    graph.add_edge("actor-1", "thing", weight=2)
    graph.add_edge("actor-2", "thing", weight=1)
    graph.add_edge("actor-2", "other", weight=1)
    found = compute(graph)
    assert found.values["weighted_degree"] == {"actor-1": 2, "thing": 3, "actor-2": 2, "other": 1}
    pagerank = found.values["pagerank"]
    assert pagerank["thing"] > pagerank["other"]
    assert found.values["betweenness"]["thing"] > 0  # on the path actor-1 → actor-2


def test_only_some_metrics() -> None:
    graph = nx.path_graph(["a", "b", "c"])
    found = compute(graph, only=("degree",))
    assert found.values["degree"] == {"a": 1, "b": 2, "c": 1}
    assert found.values["pagerank"] == {}
    assert found.summary.communities == 0
    with pytest.raises(ValueError, match="unknown metric closeness"):
        compute(graph, only=("closeness",))


def test_an_empty_graph() -> None:
    found = compute(nx.Graph())
    assert found.summary.nodes == found.summary.edges == found.summary.components == 0
    assert found.communities == ()
    graph = nx.Graph()
    annotate(graph, found)
    assert len(graph) == 0


def test_a_graph_without_edges() -> None:
    graph = nx.Graph()
    graph.add_nodes_from(["b", "a"])
    found = compute(graph)
    assert found.communities == (("a",), ("b",))
    assert found.summary.modularity is None
    assert found.values["pagerank"] == {}


def test_eigenvector_agrees_with_networkx(synthetic_store: EmbeddedStore) -> None:
    analysis = analyze(synthetic_store, "co-citations")
    expected = nx.eigenvector_centrality_numpy(analysis.graph, weight="weight")
    found = analysis.metrics.values["eigenvector"]
    assert all(math.isclose(found[n], expected[n], abs_tol=1e-6) for n in expected)
