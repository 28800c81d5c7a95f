"""Projections of the knowledge graph into networkx graphs, by name.

Four projections read their edges from a query in ``queries/analysis/``; two
more are bipartite projections of ``citations`` (see ``bipartite``):

- ``citations``: actors (States and organizations, through their speakers) → the entities
  they cited, weighted by citations (statements citing the entity);
- ``co-citations``: entities cited by the same statement, weighted by statements;
- ``co-cited-by-actor``: entities cited by the same actor, weighted by actors;
- ``shared-citations``: actors that cited the same entities in the same report, weighted by
  those entities (counted once per report);
- ``actor-overlap``: actors that cited the same entities anywhere, weighted by entities;
- ``structure``: reports → agenda items → sections → paragraphs → the entities they name.

Nodes are IRIs with ``label``, ``type``, ``iri`` and ``part`` attributes; edges
carry ``weight``, ``documents`` (in how many reports) and ``where`` (the reports
and paragraphs, in words).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

import networkx as nx

from uncac_kg.analysis.catalog import PROJECTIONS, Projection, get
from uncac_kg.analysis.rows import ENTITY_TYPES, Filters, Row, select
from uncac_kg.store import Store

__all__ = [
    "EDGE_LIMIT", "PROJECTIONS", "WHERE_LIMIT", "Projection", "build", "cut_note", "get",
    "lightest_kept", "load", "prune", "where",
]  # fmt: skip

#: Most reports an edge's ``where`` lists before it says how many more there are.
WHERE_LIMIT = 12

#: Most edges a projection keeps when no ``min_weight`` is given: beyond, only the heaviest
#: (those at or above the lightest weight that brings it under the limit), with a note.
EDGE_LIMIT = 250_000


def load(
    store: Store,
    projection: Projection,
    filters: Filters | None = None,
    min_weight: int | None = None,
) -> nx.Graph:
    """The graph of ``projection`` over the rows of its query that pass ``filters``.

    Edges lighter than ``min_weight`` are left out, and so are the nodes they leave
    alone. Without ``min_weight``, a projection of more than ``EDGE_LIMIT`` edges keeps
    its heaviest ones and says so in ``graph.graph["notes"]``.
    """
    rows = (filters or Filters()).apply(
        select(store, projection.query),
        projection=projection.name,
        type_columns=projection.type_columns,
        state_columns=projection.state_columns,
        has_sections=projection.has_sections,
    )
    if projection.bipartite is not None:
        from uncac_kg.analysis.bipartite import project

        citations = build(rows, PROJECTIONS["citations"])
        graph = project(citations, projection.bipartite, min_weight=min_weight)
        graph.graph.update(projection=projection.name, title=projection.title)
        return graph
    graph = build(rows, projection)
    if min_weight is None:
        weights = [w for _, _, w in graph.edges(data="weight")]
        min_weight = lightest_kept(weights, EDGE_LIMIT)
        if min_weight > 1:
            graph.graph["notes"] = [cut_note(weights, min_weight)]
    return prune(graph, min_weight)


def lightest_kept(weights: Sequence[int], limit: int) -> int:
    """The least weight an edge needs so that at most ``limit`` of ``weights`` are kept."""
    if len(weights) <= limit:
        return 1
    return sorted(weights, reverse=True)[limit] + 1


def cut_note(weights: Sequence[int], min_weight: int) -> str:
    """What keeping only edges of ``min_weight`` or more did, for the user."""
    kept = sum(1 for w in weights if w >= min_weight)
    return (
        f"the projection has {len(weights):,} edges: only the {kept:,} of weight "
        f"{min_weight} or more are kept (--min-weight 1 keeps them all)"
    )


def build(rows: Sequence[Row], projection: Projection) -> nx.Graph:
    """The graph whose edges are ``rows``: one edge per source and target, weights added."""
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    types: dict[str, str] = {}
    parts: dict[str, set[str]] = defaultdict(set)
    weights: Counter[tuple[str, str]] = Counter()
    places: dict[tuple[str, str], dict[str, list[str]]] = defaultdict(dict)
    relations: dict[tuple[str, str], str] = {}

    def note(row: Row, prefix: str, part: str) -> str:
        """Record the node in the ``prefix`` columns of ``row``; its IRI."""
        node = row[prefix]
        labels[node][row.get(f"{prefix}Label", node)] += 1
        types.setdefault(node, row.get(f"{prefix}Type", ""))
        if part == "structure" and types[node] in ENTITY_TYPES:
            part = "entity"
        parts[node].add(part)
        return node

    source_part, target_part = projection.parts
    for row in rows:
        source = note(row, projection.source, source_part)
        if projection.target not in row:  # a node that has no edge in this row
            continue
        edge = (source, note(row, projection.target, target_part))
        weights[edge] += int(row[projection.weight]) if projection.weight else 1
        details = places[edge].setdefault(row.get("document", ""), [])
        if projection.detail and row.get(projection.detail):
            details.append(row[projection.detail])
        if "relation" in row:
            relations[edge] = row["relation"]
    graph: nx.Graph = nx.DiGraph() if projection.directed else nx.Graph()
    graph.graph.update(projection=projection.name, title=projection.title)
    for node in sorted(labels):
        graph.add_node(
            node,
            label=_best(labels[node]),
            type=types[node],
            iri=node,
            part="+".join(sorted(parts[node])),
        )
    for edge in sorted(weights):
        attributes: dict[str, str | int] = {
            "weight": weights[edge],
            "documents": len(places[edge].keys() - {""}),
            "where": where(places[edge], projection.detail),
        }
        if edge in relations:
            attributes["relation"] = relations[edge]
        graph.add_edge(*edge, **attributes)
    return graph


def where(places: dict[str, list[str]], detail: str | None) -> str:
    """Reports and what the rows say about them: "report-a ¶3, ¶12; report-b ¶7"."""
    parts = []
    for document in sorted(places)[:WHERE_LIMIT]:
        if detail == "paragraphs":
            numbers = sorted({int(n) for d in places[document] for n in d.split()})
            parts.append(" ".join([document, ", ".join(f"¶{n}" for n in numbers)]).strip())
        elif places[document]:
            parts.append(f"{document}: {'; '.join(sorted(set(places[document])))}")
        else:
            parts.append(document)
    more = len(places) - WHERE_LIMIT
    if more > 0:
        parts.append(f"and {more} more report{'s' * (more != 1)}")
    return " | ".join(p for p in parts if p)


def prune(graph: nx.Graph, min_weight: int) -> nx.Graph:
    """``graph`` without edges lighter than ``min_weight`` and the nodes they leave alone."""
    if min_weight <= 1:
        return graph
    light = [(u, v) for u, v, w in graph.edges(data="weight") if w < min_weight]
    graph.remove_edges_from(light)
    graph.remove_nodes_from([n for n in list(graph) if graph.degree(n) == 0])
    return graph


def _best(labels: Counter[str]) -> str:
    """The label most rows give, the alphabetically first among equals."""
    return min(labels.items(), key=lambda item: (-item[1], item[0]))[0]
