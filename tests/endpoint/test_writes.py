"""Writes: the write token, SPARQL Update at /update, the Graph Store Protocol at /store."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph
import pytest
from conftest import BASE, DOC, TOKEN, serving
from starlette.testclient import TestClient

AUTH = {"authorization": f"Bearer {TOKEN}"}
TURTLE = {"content-type": "text/turtle", **AUTH}
UPDATE = {"content-type": "application/sparql-update", **AUTH}
PERSON = '<http://example.org/alice> <http://xmlns.com/foaf/0.1/name> "Alice" .'


@pytest.fixture(scope="module")
def store(built_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy = tmp_path_factory.mktemp("writable") / "store"
    shutil.copytree(built_store, copy)
    return copy


@pytest.fixture(scope="module")
def writable(store: Path) -> Iterator[TestClient]:
    with serving(store, write_token=TOKEN) as client:
        yield client


def ask(client: TestClient, query: str) -> bool:
    return bool(client.get("/sparql", params={"query": query}).json()["boolean"])


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 401),
        ({"authorization": "Bearer wrong"}, 401),
        ({"authorization": f"Basic {TOKEN}"}, 401),
        ({"authorization": "Bearer"}, 401),
    ],
)
def test_writes_without_the_token_are_refused(
    writable: TestClient, headers: dict[str, str], status: int
) -> None:
    update = "INSERT DATA { <urn:x> <urn:y> <urn:z> }"
    sent = [
        writable.post(
            "/update",
            content=update,
            headers={"content-type": "application/sparql-update", **headers},
        ),
        writable.put(
            "/store?graph=urn:g", content=PERSON, headers={"content-type": "text/turtle", **headers}
        ),
        writable.post(
            "/store?graph=urn:g", content=PERSON, headers={"content-type": "text/turtle", **headers}
        ),
        writable.delete(f"/store?graph={BASE}graph/{DOC}", headers=headers),
    ]
    assert [r.status_code for r in sent] == [status] * 4
    assert sent[0].headers["www-authenticate"].startswith("Bearer")
    assert not ask(writable, "ASK { <urn:x> ?p ?o }")
    assert ask(writable, f"ASK {{ GRAPH <{BASE}graph/{DOC}> {{ ?s ?p ?o }} }}")


def test_update_with_the_token(writable: TestClient) -> None:
    response = writable.post(
        "/update", content="INSERT DATA { GRAPH <urn:u1> { <urn:a> <urn:b> 1 } }", headers=UPDATE
    )
    assert response.status_code == 204
    assert ask(writable, "ASK { GRAPH <urn:u1> { <urn:a> <urn:b> 1 } }")
    form = writable.post(
        "/update",
        data={"update": "DELETE DATA { GRAPH <urn:u1> { <urn:a> <urn:b> 1 } }"},
        headers=AUTH,
    )
    assert form.status_code == 204
    assert not ask(writable, "ASK { GRAPH <urn:u1> { ?s ?p ?o } }")


def test_using_graph_uri_sets_the_updates_dataset(writable: TestClient) -> None:
    setup = (
        "INSERT DATA { GRAPH <urn:d1> { <urn:s1> a <urn:T> } "
        "GRAPH <urn:d2> { <urn:s2> a <urn:T> } }"
    )
    assert writable.post("/update", content=setup, headers=UPDATE).status_code == 204
    copy = "INSERT { GRAPH <urn:out> { ?s a <urn:Copied> } } WHERE { ?s a <urn:T> }"
    response = writable.post("/update?using-graph-uri=urn:d1", content=copy, headers=UPDATE)
    assert response.status_code == 204
    assert ask(writable, "ASK { GRAPH <urn:out> { <urn:s1> a <urn:Copied> } }")
    assert not ask(writable, "ASK { GRAPH <urn:out> { <urn:s2> a <urn:Copied> } }")
    conflict = "WITH <urn:d1> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }"
    refused = writable.post(
        "/update?using-named-graph-uri=urn:d2", content=conflict, headers=UPDATE
    )
    assert refused.status_code == 400


def test_updates_cannot_load_from_the_network(writable: TestClient) -> None:
    response = writable.post(
        "/update", content="LOAD <http://127.0.0.1:9/data.ttl>", headers=UPDATE
    )
    assert response.status_code == 403
    assert "LOAD" in response.text


def test_a_malformed_update_gets_400(writable: TestClient) -> None:
    response = writable.post("/update", content="CLEAR XYZ", headers=UPDATE)
    assert response.status_code == 400
    assert "invalid SPARQL update" in response.text


def test_graph_store_life_cycle(writable: TestClient) -> None:
    graph = "/store?graph=http%3A%2F%2Fexample.org%2Fpeople"
    assert writable.get(graph).status_code == 404
    assert writable.head(graph).status_code == 404
    assert writable.put(graph, content=PERSON, headers=TURTLE).status_code == 201
    assert writable.put(graph, content=PERSON, headers=TURTLE).status_code == 204
    more = '<http://example.org/bob> <http://xmlns.com/foaf/0.1/name> "Bob" .'
    assert writable.post(graph, content=more, headers=TURTLE).status_code == 204
    got = writable.get(graph, headers={"accept": "application/n-triples"})
    assert got.status_code == 200 and got.headers["content-type"] == "application/n-triples"
    assert "Alice" in got.text and "Bob" in got.text
    head = writable.head(graph, headers={"accept": "text/turtle"})
    assert head.status_code == 200 and head.headers["content-type"] == "text/turtle; charset=utf-8"
    assert head.content == b"" and int(head.headers["content-length"]) > 0
    assert writable.delete(graph, headers=AUTH).status_code == 204
    assert writable.get(graph).status_code == 404
    assert writable.delete(graph, headers=AUTH).status_code == 404


def test_graph_store_default_graph_and_new_graphs(writable: TestClient) -> None:
    assert writable.put("/store?default", content=PERSON, headers=TURTLE).status_code in (201, 204)
    assert "Alice" in writable.get("/store?default", headers={"accept": "text/turtle"}).text
    created = writable.post("/store", content=PERSON, headers=TURTLE)
    assert created.status_code == 201
    location = created.headers["location"]
    assert location.startswith("http://testserver/store/")
    assert "Alice" in writable.get(location).text  # direct identification: the IRI is the URL
    assert writable.get("/store", params={"graph": location}).status_code == 200


@pytest.mark.parametrize(
    ("content_type", "body", "status"),
    [
        ("text/turtle", "<http://example.org/a> <http://example.org/b> .", 400),
        ("application/x-unknown", "whatever", 415),
        ("", PERSON, 415),
    ],
)
def test_graph_store_refuses_what_it_cannot_read(
    writable: TestClient, content_type: str, body: str, status: int
) -> None:
    headers = {**AUTH, **({"content-type": content_type} if content_type else {})}
    response = writable.put("/store?graph=urn:bad", content=body, headers=headers)
    assert response.status_code == status
    assert writable.get("/store?graph=urn:bad").status_code == 404


def test_graph_store_names_one_graph(writable: TestClient) -> None:
    assert writable.get("/store?graph=urn:a&default").status_code == 400
    assert writable.get("/store?graph=not%20an%20iri").status_code == 400
    assert writable.put("/store", content=PERSON, headers=TURTLE).status_code == 400


def test_a_document_graph_and_the_whole_dataset(writable: TestClient) -> None:
    graph = writable.get(
        "/store", params={"graph": f"{BASE}graph/{DOC}"}, headers={"accept": "text/turtle"}
    )
    assert graph.status_code == 200 and "SIDNA databank" in graph.text
    nquads = writable.get("/store", headers={"accept": "application/n-quads"})
    assert nquads.headers["content-type"] == "application/n-quads"
    assert f"<{BASE}graph/vocab>" in nquads.text
    trig = writable.get("/store", headers={"accept": "application/trig"})
    assert trig.status_code == 200
    assert f"<{BASE}graph/vocab> {{" in trig.text
    etag = nquads.headers["etag"]
    assert (
        writable.get(
            "/store", headers={"accept": "application/n-quads", "if-none-match": etag}
        ).status_code
        == 304
    )
    assert writable.get("/store", headers={"accept": "text/csv"}).status_code == 406


def test_writes_reach_the_store_on_disk(writable: TestClient, store: Path) -> None:
    writable.put("/store?graph=urn:disk", content=PERSON, headers=TURTLE)
    reader = pyoxigraph.Store.read_only(str(store))
    try:
        assert reader.contains_named_graph(pyoxigraph.NamedNode("urn:disk"))
    finally:
        del reader
