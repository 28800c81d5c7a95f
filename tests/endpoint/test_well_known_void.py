"""The dataset's VoID description at /.well-known/void."""

from __future__ import annotations

from rdflib import Graph, Namespace
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
