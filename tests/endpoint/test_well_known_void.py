"""The dataset's VoID description at /.well-known/void."""

from __future__ import annotations

import pyoxigraph
import pytest
from conftest import BASE, DOC
from rdflib import Graph, Namespace, URIRef
from starlette.testclient import TestClient

VOID = Namespace("http://rdfs.org/ns/void#")


def test_void_description_is_served_as_turtle(client: TestClient) -> None:
    response = client.get("/.well-known/void", headers={"Accept": "text/turtle"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/turtle")
    graph = Graph().parse(data=response.text, format="turtle")
    triples = list(graph.objects(None, VOID.triples))
    assert triples and all(int(t) > 0 for t in triples)


def test_void_description_negotiates_ntriples(client: TestClient) -> None:
    response = client.get("/.well-known/void", headers={"Accept": "application/n-triples"})
    assert response.status_code == 200
    assert "http://rdfs.org/ns/void#" in response.text


def test_void_description_names_this_servers_endpoint_and_dump(client: TestClient) -> None:
    response = client.get("/.well-known/void", headers={"Accept": "text/turtle"})
    graph = Graph().parse(data=response.text, format="turtle")
    dataset = URIRef(f"{BASE}dataset")
    assert set(graph.objects(dataset, VOID.sparqlEndpoint)) == {URIRef("http://testserver/sparql")}
    assert set(graph.objects(dataset, VOID.dataDump)) == {URIRef("http://testserver/dump")}
    assert list(graph.objects(dataset, VOID.triples))  # what the build wrote is still there


def test_the_urls_follow_the_requests_base_url(client: TestClient) -> None:
    response = client.get(
        "/.well-known/void",
        headers={"Accept": "application/n-triples", "Host": "kg.example.org:8443"},
    )
    assert "<http://kg.example.org:8443/sparql>" in response.text
    assert "<http://kg.example.org:8443/dump>" in response.text


def test_the_data_dump_is_the_whole_dataset(client: TestClient) -> None:
    dump = client.get("/dump", headers={"Accept": "*/*"})
    assert dump.status_code == 200
    assert dump.headers["content-type"] == "application/n-quads"
    quads = list(pyoxigraph.parse(dump.content, format=pyoxigraph.RdfFormat.N_QUADS))
    assert len(quads) == client.get("/health").json()["quads"]
    graphs = {q.graph_name.value for q in quads if isinstance(q.graph_name, pyoxigraph.NamedNode)}
    assert {f"{BASE}graph/{DOC}", f"{BASE}graph/void"} <= graphs
    assert client.get("/dump", headers={"If-None-Match": dump.headers["etag"]}).status_code == 304


@pytest.mark.parametrize(
    ("request_format", "content_type"),
    [
        ({"headers": {"Accept": "application/trig"}}, "application/trig"),
        ({"params": {"format": "jsonld"}}, "application/ld+json"),
        ({"params": {"format": "application/n-quads"}}, "application/n-quads"),
    ],
)
def test_the_data_dump_negotiates_dataset_formats(
    client: TestClient, request_format: dict[str, dict[str, str]], content_type: str
) -> None:
    dump = client.get("/dump", **request_format)  # type: ignore[arg-type]
    assert dump.status_code == 200
    assert dump.headers["content-type"] == content_type
    assert client.head("/dump", **request_format).status_code == 200  # type: ignore[arg-type]


def test_the_data_dump_refuses_graph_only_formats(client: TestClient) -> None:
    assert client.get("/dump", headers={"Accept": "text/turtle"}).status_code == 406
    assert client.get("/dump", params={"format": "ttl"}).status_code == 400
