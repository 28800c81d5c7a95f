"""Network exports open where they should: GraphML and GEXF read back with networkx, GEXF
validates against its schema, Cytoscape JSON reads back, DOT renders with Graphviz."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from pathlib import Path

import networkx as nx
import pytest

from uncac_kg.analysis.catalog import METRICS
from uncac_kg.analysis.result import analyze
from uncac_kg.export import networks
from uncac_kg.store import EmbeddedStore

DATA = Path(__file__).resolve().parent / "data"
BASE_IRI = "https://w3id.org/uncac-kg/"
ITALY = BASE_IRI + "state/ITA"
SIDNA = BASE_IRI + "entity/sidna-databank"
PROJECTIONS = ["citations", "co-citations", "shared-citations", "structure", "actor-overlap"]


@pytest.fixture(scope="module")
def graphs(store: EmbeddedStore) -> dict[str, nx.Graph]:
    return {name: analyze(store, name).graph for name in PROJECTIONS}


def same_graph(found: nx.Graph, expected: nx.Graph) -> None:
    """The same nodes, edges and attributes (numbers compared as numbers)."""
    assert found.is_directed() == expected.is_directed()
    assert set(found) == set(expected)
    assert {frozenset(e) for e in found.edges()} == {frozenset(e) for e in expected.edges()}
    for node, data in expected.nodes(data=True):
        assert found.nodes[node] == pytest.approx(data), node
    for u, v, data in expected.edges(data=True):
        assert found.edges[u, v] == pytest.approx(data), (u, v)


@pytest.mark.parametrize("name", PROJECTIONS)
def test_graphml_reads_back(graphs: dict[str, nx.Graph], name: str) -> None:
    data = networks.write_graphml(graphs[name])
    same_graph(nx.read_graphml(io.BytesIO(data)), graphs[name])


@pytest.mark.parametrize("name", PROJECTIONS)
def test_gexf_reads_back(graphs: dict[str, nx.Graph], name: str) -> None:
    data = networks.write_gexf(graphs[name])
    found = nx.read_gexf(io.BytesIO(data))
    for _, attributes in found.nodes(data=True):
        attributes.pop("id", None)  # networkx's reader adds the GEXF id
    for _, _, attributes in found.edges(data=True):
        attributes.pop("id", None)
    same_graph(found, graphs[name])


@pytest.mark.parametrize("name", PROJECTIONS)
def test_gexf_is_valid(graphs: dict[str, nx.Graph], name: str) -> None:
    etree = pytest.importorskip("lxml.etree")
    schema = etree.XMLSchema(etree.parse(str(DATA / "gexf-1.2draft" / "gexf.xsd")))
    document = etree.fromstring(networks.write_gexf(graphs[name]))
    assert schema.validate(document), schema.error_log
    assert document.find("{http://www.gexf.net/1.2draft}graph").get("name") is None


def test_networkx_gexf_alone_is_not_valid(graphs: dict[str, nx.Graph]) -> None:
    """Why ``write_gexf`` fixes networkx's output: the schema refuses ``<graph name>``."""
    etree = pytest.importorskip("lxml.etree")
    schema = etree.XMLSchema(etree.parse(str(DATA / "gexf-1.2draft" / "gexf.xsd")))
    raw = io.BytesIO()
    nx.write_gexf(graphs["citations"], raw)
    assert not schema.validate(etree.fromstring(raw.getvalue()))
    assert "name" in str(schema.error_log)


@pytest.mark.parametrize("name", PROJECTIONS)
def test_cytoscape_json_reads_back(graphs: dict[str, nx.Graph], name: str) -> None:
    document = json.loads(networks.write_cyjs(graphs[name]))
    assert document["data"]["projection"] == name
    found = nx.cytoscape_graph(document)
    assert set(found) == set(graphs[name])
    assert found.number_of_edges() == graphs[name].number_of_edges()
    node = document["elements"]["nodes"][0]
    assert {"x", "y"} == set(node["position"])
    assert node["data"]["name"] == node["data"]["label"]


@pytest.mark.skipif(
    shutil.which("dot") is None,
    reason="no Graphviz 'dot': install the Debian package 'graphviz' to render DOT",
)
@pytest.mark.parametrize("name", ["citations", "co-citations", "structure"])
def test_dot_renders_to_svg(graphs: dict[str, nx.Graph], name: str, tmp_path: Path) -> None:
    source = tmp_path / f"{name}.dot"
    source.write_bytes(networks.write_dot(graphs[name]))
    done = subprocess.run(
        ["dot", "-Tsvg", str(source)], capture_output=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr.decode()
    assert done.stderr == b"", done.stderr.decode()
    svg = done.stdout.decode("utf-8")
    assert svg.count('class="node"') == graphs[name].number_of_nodes()
    assert svg.count('class="edge"') == graphs[name].number_of_edges()


def test_dot_quotes_what_it_must() -> None:
    graph = nx.DiGraph(projection="test")
    graph.add_node('a "quoted"\\ node', label='say "hi"\nthere', type="State")
    graph.add_edge('a "quoted"\\ node', "b", weight=2)
    text = networks.write_dot(graph).decode("utf-8")
    assert '"a \\"quoted\\"\\\\ node" -> "b"' in text
    assert 'label="say \\"hi\\" there"' in text


def test_csv_node_and_edge_lists(graphs: dict[str, nx.Graph]) -> None:
    graph = graphs["citations"]
    nodes_data, edges_data = networks.write_csv(graph)
    nodes = list(csv.DictReader(io.StringIO(nodes_data.decode("utf-8"))))
    edges = list(csv.DictReader(io.StringIO(edges_data.decode("utf-8"))))
    assert list(nodes[0]) == ["id", "label", "type", "iri", "part", *METRICS]
    assert len(nodes) == graph.number_of_nodes()
    assert len(edges) == graph.number_of_edges()
    (italy_sidna,) = [e for e in edges if (e["source"], e["target"]) == (ITALY, SIDNA)]
    assert italy_sidna["source_label"] == "Italy"
    assert italy_sidna["target_label"] == "SIDNA databank"
    assert italy_sidna["weight"] == "2"  # in both reports
    assert italy_sidna["documents"] == "2"
    assert italy_sidna["where"] == "meeting-2020 ¶1 | ungass2021-intersessional-2 ¶31"


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "cyjs", "dot"])
def test_the_same_graph_gives_the_same_bytes(store: EmbeddedStore, fmt: str) -> None:
    first = networks.WRITERS[fmt](analyze(store, "co-citations").graph)
    second = networks.WRITERS[fmt](analyze(store, "co-citations").graph)
    assert first == second
