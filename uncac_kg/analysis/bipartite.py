"""Bipartite projections of the ``citations`` graph: actors linked through what they cited,
entities through who cited them.

The citations graph is bipartite in its edges (actor → entity), though one
organization can be both an actor and cited. Its biadjacency matrix ``B``
(actors × entities, 1 where the actor cited the entity) gives both projections
as sparse products (scipy): ``B Bᵀ`` counts the entities two actors both cited and
``Bᵀ B`` the actors that cited two entities. This is what networkx's
``bipartite.weighted_projected_graph`` computes, at the speed of scipy.
"""

from __future__ import annotations

import networkx as nx


def project(citations: nx.DiGraph, onto: str, *, min_weight: int | None = None) -> nx.Graph:
    """The weighted projection of ``citations`` onto its actors or its entities.

    The weight of an edge is the number of shared neighbours: entities both actors
    cited, or actors that cited both entities. Nodes keep their attributes. Edges
    lighter than ``min_weight`` are left out (without it, as ``projections.load``
    does for a projection of more than ``EDGE_LIMIT`` edges).
    """
    from uncac_kg.analysis.projections import EDGE_LIMIT, cut_note, lightest_kept

    if onto not in ("actor", "entity"):
        raise ValueError(f"a bipartite projection is onto 'actor' or 'entity', not {onto!r}")
    actors = sorted(n for n in citations if citations.out_degree(n))
    entities = sorted(n for n in citations if citations.in_degree(n))
    biadjacency = nx.bipartite.biadjacency_matrix(
        citations, row_order=actors, column_order=entities, weight=None, format="csr"
    )
    nodes = actors if onto == "actor" else entities
    shared = (
        biadjacency @ biadjacency.T if onto == "actor" else biadjacency.T @ biadjacency
    ).tocoo()
    graph = nx.Graph()
    graph.graph.update(citations.graph)
    for node in nodes:
        attributes = dict(citations.nodes[node])
        attributes["part"] = onto
        graph.add_node(node, **attributes)
    upper = shared.row < shared.col
    weights = [int(w) for w in shared.data[upper]]
    least = lightest_kept(weights, EDGE_LIMIT) if min_weight is None else min_weight
    if min_weight is None and least > 1:
        graph.graph["notes"] = [cut_note(weights, least)]
    pairs = zip(shared.row[upper], shared.col[upper], weights, strict=True)
    for i, j, weight in sorted(p for p in pairs if p[2] >= least):
        graph.add_edge(nodes[i], nodes[j], weight=weight)
    if least > 1:  # the nodes the light edges leave alone go too
        graph.remove_nodes_from([n for n in list(graph) if graph.degree(n) == 0])
    return graph
