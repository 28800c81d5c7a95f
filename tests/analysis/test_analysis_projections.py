"""Projections: the edges their queries give, node and edge attributes, filters, and the
bipartite projections checked against networkx's own."""

from __future__ import annotations

import networkx as nx
import pytest

from uncac_kg.analysis import projections
from uncac_kg.analysis.result import analyze
from uncac_kg.analysis.rows import FilterError, Filters, select
from uncac_kg.store import EmbeddedStore

BASE_IRI = "https://w3id.org/uncac-kg/"
EXAMPLE_ID = "ungass2021-intersessional-2"
ITALY = BASE_IRI + "state/ITA"
SIDNA = BASE_IRI + "entity/sidna-databank"
MLA = BASE_IRI + "entity/mutual-legal-assistance"


def load(store: EmbeddedStore, name: str, **filters: tuple[str, ...]) -> nx.Graph:
    return projections.load(store, projections.get(name), Filters(**filters))


def test_every_projection_has_a_query_with_its_columns(example_store: EmbeddedStore) -> None:
    for projection in projections.PROJECTIONS.values():
        rows = select(example_store, projection.query)
        assert rows, projection.name
        columns = set().union(*rows)
        for prefix in (projection.source, projection.target):
            assert {prefix, f"{prefix}Label", f"{prefix}Type"} <= columns, projection.name
        assert set(projection.type_columns) <= columns
        assert ("section" in columns) is projection.has_sections


def test_citations_link_actors_to_what_their_speakers_cited(
    example_store: EmbeddedStore,
) -> None:
    graph = load(example_store, "citations")
    assert graph.is_directed()
    assert graph.has_edge(ITALY, SIDNA)
    edge = graph.edges[ITALY, SIDNA]
    assert edge["weight"] == 1
    assert edge["documents"] == 1
    assert edge["where"] == f"{EXAMPLE_ID} ¶31"
    assert graph.nodes[ITALY] == {"label": "Italy", "type": "State", "iri": ITALY, "part": "actor"}
    assert graph.nodes[SIDNA]["type"] == "Mechanism"
    assert graph.nodes[SIDNA]["part"] == "entity"
    actors = {n for n, part in graph.nodes(data="part") if "actor" in part}
    assert all(graph.nodes[a]["type"] in ("State", "Organization") for a in actors)
    assert all(graph.in_degree(a) == 0 or "entity" in graph.nodes[a]["part"] for a in actors)


def test_weights_add_up_across_reports(synthetic_store: EmbeddedStore) -> None:
    graph = load(synthetic_store, "citations")
    rows = select(synthetic_store, "citations")
    assert sum(w for _, _, w in graph.edges(data="weight")) == sum(
        int(r["citations"]) for r in rows
    )
    assert max(d for _, _, d in graph.edges(data="documents")) > 1


def test_co_citations_pair_entities_of_one_statement(example_store: EmbeddedStore) -> None:
    graph = load(example_store, "co-citations")
    assert not graph.is_directed()
    central = BASE_IRI + "entity/central-register-of-accounts"
    assert graph.has_edge(SIDNA, central)
    assert "¶31" in graph.edges[SIDNA, central]["where"]
    assert all(data["part"] == "entity" for _, data in graph.nodes(data=True))


def test_shared_citations_link_actors_in_the_same_report(example_store: EmbeddedStore) -> None:
    graph = load(example_store, "shared-citations")
    chile, brazil = BASE_IRI + "state/CHL", BASE_IRI + "state/BRA"
    assert graph.has_edge(chile, brazil)
    assert "mutual legal assistance" in graph.edges[chile, brazil]["where"]
    assert graph.edges[chile, brazil]["weight"] >= 2  # informal cooperation too
    assert graph.degree(ITALY) == 0  # Italy shares nothing, yet is an actor of the report


def test_structure_is_a_tree_down_to_paragraphs(example_store: EmbeddedStore) -> None:
    graph = load(example_store, "structure")
    doc = f"{BASE_IRI}doc/{EXAMPLE_ID}"
    tree = graph.edge_subgraph(
        [(u, v) for u, v, r in graph.edges(data="relation") if r == "contains"]
    )
    assert nx.is_arborescence(tree)
    assert graph.in_degree(doc) == 0
    paragraphs = [n for n, t in graph.nodes(data="type") if t == "Paragraph"]
    assert len(paragraphs) == 42
    assert graph.nodes[f"{doc}/paragraph/31"]["label"] == f"{EXAMPLE_ID} ¶31"
    assert graph.has_edge(f"{doc}/paragraph/31", SIDNA)
    assert graph.edges[f"{doc}/paragraph/31", SIDNA]["relation"] == "mentions"


@pytest.mark.parametrize(
    ("onto", "name"), [("actor", "actor-overlap"), ("entity", "co-cited-by-actor")]
)
def test_bipartite_projections_match_networkx(
    synthetic_store: EmbeddedStore, onto: str, name: str
) -> None:
    citations = load(synthetic_store, "citations")
    side = {
        n
        for n in citations
        if (citations.out_degree(n) if onto == "actor" else citations.in_degree(n))
    }
    expected = nx.bipartite.weighted_projected_graph(citations.to_undirected(), side)
    graph = load(synthetic_store, name)
    assert set(graph) == side
    assert {frozenset(e) for e in graph.edges()} == {frozenset(e) for e in expected.edges()}
    for u, v, weight in expected.edges(data="weight"):
        assert graph.edges[u, v]["weight"] == weight


def test_filter_by_document(synthetic_store: EmbeddedStore) -> None:
    whole = load(synthetic_store, "citations")
    one = load(synthetic_store, "citations", documents=("synthetic-0002",))
    assert 0 < one.number_of_edges() < whole.number_of_edges()
    assert {d for _, _, d in one.edges(data="documents")} == {1}
    assert all(w.startswith("synthetic-0002 ¶") for _, _, w in one.edges(data="where"))


def test_filter_by_section_words(example_store: EmbeddedStore) -> None:
    graph = load(example_store, "citations", sections=("TRACING and freezing",))
    assert graph.has_edge(ITALY, SIDNA)
    assert BASE_IRI + "state/ARE" not in graph  # spoke under "(a) Status of preparations"


def test_filter_by_type_keeps_structure(example_store: EmbeddedStore) -> None:
    graph = load(example_store, "citations", types=("mechanism",))
    cited = {v for _, v in graph.edges()}
    assert cited and all(graph.nodes[v]["type"] == "Mechanism" for v in cited)
    tree = load(example_store, "structure", types=("Mechanism",))
    kinds = {t for _, t in tree.nodes(data="type")}
    assert kinds == {"Document", "AgendaItem", "Section", "Paragraph", "Mechanism"}


@pytest.mark.parametrize("state", ["Italy", "ITA", "italy", ITALY])
def test_filter_by_state(example_store: EmbeddedStore, state: str) -> None:
    graph = load(example_store, "citations", states=(state,))
    whole = load(example_store, "citations")
    assert set(graph.edges()) == {(u, v) for u, v in whole.edges() if u == ITALY}
    assert graph.has_edge(ITALY, SIDNA)


def test_a_state_filter_on_pairs_of_actors_keeps_its_ego_network(
    example_store: EmbeddedStore,
) -> None:
    graph = load(example_store, "shared-citations", states=("Chile",))
    assert all(BASE_IRI + "state/CHL" in edge for edge in graph.edges())


@pytest.mark.parametrize(
    ("name", "filters", "message"),
    [
        ("citations", {"documents": ("no-such-report",)}, "no report called 'no-such-report'"),
        ("citations", {"states": ("Atlantis",)}, "no State called 'Atlantis'"),
        ("shared-citations", {"sections": ("general",)}, "--section does not apply"),
        ("structure", {"states": ("Italy",)}, "--state does not apply"),
        ("citations", {"types": ("Planet",)}, "unknown entity type 'Planet'"),
    ],
)
def test_filters_that_cannot_apply_say_why(
    example_store: EmbeddedStore, name: str, filters: dict[str, tuple[str, ...]], message: str
) -> None:
    with pytest.raises(FilterError, match=message):
        load(example_store, name, **filters)


def test_unknown_projection() -> None:
    with pytest.raises(FilterError, match="unknown projection 'nope'; choose one of citations"):
        projections.get("nope")


def test_min_weight_drops_light_edges_and_the_nodes_they_leave(
    synthetic_store: EmbeddedStore,
) -> None:
    projection = projections.get("citations")
    graph = projections.load(synthetic_store, projection, min_weight=3)
    assert graph.number_of_edges() > 0
    assert min(w for _, _, w in graph.edges(data="weight")) >= 3
    assert all(graph.degree(n) > 0 for n in graph)


def test_labels_are_the_ones_most_rows_give() -> None:
    rows = [
        {"actor": "a", "actorLabel": "A", "actorType": "State", "entity": "e",
         "entityLabel": label, "entityType": "Mechanism", "citations": "1", "document": doc}
        for label, doc in [("UNODC", "r1"), ("United Nations Office", "r2"), ("UNODC", "r3")]
    ]  # fmt: skip
    graph = projections.build(rows, projections.get("citations"))
    assert graph.nodes["e"]["label"] == "UNODC"
    assert graph.edges["a", "e"]["weight"] == 3
    assert graph.edges["a", "e"]["where"] == "r1 | r2 | r3"


def test_where_says_how_many_more_reports() -> None:
    places = {f"r{i:02d}": ["3"] for i in range(projections.WHERE_LIMIT + 3)}
    text = projections.where(places, "paragraphs")
    assert text.startswith("r00 ¶3 | r01 ¶3")
    assert text.endswith("and 3 more reports")


def test_lightest_kept() -> None:
    assert projections.lightest_kept([1, 1, 2], limit=3) == 1
    assert projections.lightest_kept([1, 1, 2, 3], limit=2) == 2
    assert projections.lightest_kept([5, 5, 5, 1], limit=2) == 6  # a tie at the limit goes


@pytest.mark.parametrize("name", ["co-citations", "co-cited-by-actor"])
def test_a_large_projection_keeps_its_heaviest_edges(
    synthetic_store: EmbeddedStore, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    whole = projections.load(synthetic_store, projections.get(name), min_weight=1)
    monkeypatch.setattr(projections, "EDGE_LIMIT", whole.number_of_edges() // 4)
    graph = projections.load(synthetic_store, projections.get(name))
    assert 0 < graph.number_of_edges() <= whole.number_of_edges() // 4
    least = min(w for _, _, w in graph.edges(data="weight"))
    assert least > 1
    assert graph.number_of_edges() == sum(1 for _, _, w in whole.edges(data="weight") if w >= least)
    (note,) = graph.graph["notes"]
    assert f"the projection has {whole.number_of_edges():,} edges" in note
    assert f"of weight {least} or more are kept (--min-weight 1 keeps them all)" in note
    summary = analyze(synthetic_store, name).metrics.summary
    assert note in summary.notes
