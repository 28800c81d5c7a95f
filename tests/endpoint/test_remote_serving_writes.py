"""``serve --store URL`` writes, changes and failures: Graph Store and Update forwarded to the
remote store with the same answers as the embedded store's server, the search index
following the remote store's content, and clear errors when the store cannot answer.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import socket
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pyoxigraph
import pytest
from conftest import BASE, DOC, TOKEN, serving
from pyoxigraph import QuerySolutions, RdfFormat
from remote_serving import example_on_oxigraph, login_gateway, oxigraph_server, serving_remote
from starlette.testclient import TestClient

from uncac_kg.endpoint import Limits
from uncac_kg.store import RemoteStore, open_store

AUTH = {"authorization": f"Bearer {TOKEN}"}
TURTLE = {"content-type": "text/turtle", **AUTH}
UPDATE = {"content-type": "application/sparql-update", **AUTH}
GRAPH = "http://example.org/graph/people"
DATA = '<alice> <http://xmlns.com/foaf/0.1/name> "Alice" ; <http://xmlns.com/foaf/0.1/knows> [] .'
UNCAC = "https://w3id.org/uncac-kg/ontology#"


@pytest.fixture(scope="module")
def store_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with example_on_oxigraph(tmp_path_factory.mktemp("remote-writes")) as url:
        yield url


@pytest.fixture(scope="module")
def remote(store_url: str) -> Iterator[TestClient]:
    with serving_remote(store_url, write_token=TOKEN) as client:
        yield client


@pytest.fixture(scope="module")
def embedded(built_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    copy = tmp_path_factory.mktemp("embedded-writes") / "store"
    shutil.copytree(built_store, copy)
    with serving(copy, write_token=TOKEN) as client:
        yield client


@pytest.fixture
def direct(store_url: str) -> Iterator[RemoteStore]:
    """The remote store itself, as another client of it sees it."""
    with open_store(store_url, environ={}) as store:
        assert isinstance(store, RemoteStore)
        yield store


def triples(client: TestClient, graph: str) -> list[str] | int:
    """The graph's triples (blank nodes by position), or the status of a failed read."""
    answer = client.get("/store", params={"graph": graph}, headers={"accept": "text/turtle"})
    if answer.status_code != 200:
        return answer.status_code
    parsed = pyoxigraph.parse(answer.content, format=RdfFormat.TURTLE)
    return sorted(re.sub(r"_:\w+", "_:b", str(q)) for q in parsed)


def wait_for(check: Callable[[], bool], seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, "not within the time allowed"
        time.sleep(0.1)


def found(client: TestClient, words: str) -> int:
    return int(client.get("/search", params={"q": words, "format": "json"}).json()["total"])


def test_graph_store_writes_answer_alike_and_reach_the_store(
    remote: TestClient, embedded: TestClient, direct: RemoteStore
) -> None:
    steps: list[tuple[str, dict[str, str], str]] = [
        ("PUT", TURTLE, DATA),  # created
        ("PUT", TURTLE, DATA),  # replaced
        ("POST", TURTLE, '<bob> <http://xmlns.com/foaf/0.1/name> "Bob" .'),  # added to
        ("POST", {"content-type": "application/n-triples", **AUTH}, "<x> <y> <z> ."),  # relative
        ("POST", {"content-type": "application/n-triples", **AUTH}, f"<{GRAPH}> <{GRAPH}> _:x ."),
        ("PUT", {"content-type": "text/plain", **AUTH}, DATA),  # not RDF
        ("PUT", TURTLE, "<alice> <knows"),  # not Turtle
        ("PUT", {"content-type": "text/turtle"}, DATA),  # no token
    ]
    for method, headers, body in steps:
        statuses = []
        for server in (remote, embedded):
            answer = server.request(
                method, "/store", params={"graph": GRAPH}, headers=headers, content=body
            )
            statuses.append(answer.status_code)
        assert statuses[0] == statuses[1], (method, body, statuses)
        assert triples(remote, GRAPH) == triples(embedded, GRAPH)
    assert statuses == [401, 401]
    assert len(triples(remote, GRAPH)) == 4  # type: ignore[arg-type]
    assert direct.count(GRAPH) == 4
    for server in (remote, embedded):
        assert server.delete("/store", params={"graph": GRAPH}, headers=AUTH).status_code == 204
        assert server.delete("/store", params={"graph": GRAPH}, headers=AUTH).status_code == 404
        assert triples(server, GRAPH) == 404
    assert direct.count(GRAPH) == 0


def test_a_graph_posted_to_the_store_gets_a_name_of_its_own(
    remote: TestClient, direct: RemoteStore
) -> None:
    created = remote.post("/store", headers=TURTLE, content=DATA)
    assert created.status_code == 201
    location = created.headers["location"]
    assert location.startswith("http://testserver/store/")
    assert direct.count(location) == 2
    assert remote.delete("/store", params={"graph": location}, headers=AUTH).status_code == 204


def test_updates_answer_alike_and_reach_the_store(
    remote: TestClient, embedded: TestClient, direct: RemoteStore
) -> None:
    insert = f"INSERT DATA {{ GRAPH <{GRAPH}> {{ <relative> <http://example.org/p> 1 }} }}"
    for server in (remote, embedded):
        assert server.post("/update", headers=UPDATE, content=insert).status_code == 204
        ask = "ASK { <http://testserver/relative> <http://example.org/p> 1 }"
        assert server.get("/sparql", params={"query": ask}).json()["boolean"] is True
        refused = server.post("/update", headers=UPDATE, content="INSERT DATA { <a> <b> }")
        assert refused.status_code == 400
    assert direct.count(GRAPH) == 1
    refused = remote.post("/update", headers=UPDATE, content="INSERT DATA { <a> <b> }")
    assert refused.text.startswith("the store refused the update:")
    assert len(refused.text.strip().splitlines()) == 1
    drop = f"DROP GRAPH <{GRAPH}>"
    for server in (remote, embedded):
        assert server.post("/update", headers=UPDATE, content=drop).status_code == 204
    assert direct.count(GRAPH) == 0


def paragraph(word: str) -> str:
    """A paragraph of its own report, in its own graph, with ``word`` in its text."""
    return f"""PREFIX uncac: <{UNCAC}>
PREFIX dcterms: <http://purl.org/dc/terms/>
INSERT DATA {{ GRAPH <{BASE}graph/added> {{
  <{BASE}doc/added> a uncac:Document ; dcterms:identifier "added" .
  <{BASE}doc/added/paragraph/1> a uncac:Paragraph ; uncac:inDocument <{BASE}doc/added> ;
    uncac:number 1 ; uncac:beginIndex 0 ; uncac:text "The {word} was discussed." }} }}"""


def test_search_follows_changes_made_by_other_clients(
    remote: TestClient, direct: RemoteStore
) -> None:
    assert found(remote, "zanzibarite") == 0
    direct.update(paragraph("zanzibarite"))
    try:
        wait_for(lambda: found(remote, "zanzibarite") == 1)
    finally:
        direct.update(f"DROP GRAPH <{BASE}graph/added>")
    wait_for(lambda: found(remote, "zanzibarite") == 0)
    assert found(remote, "databank") == 1  # the report is still there


def test_search_follows_writes_made_through_the_server(remote: TestClient) -> None:
    update = paragraph("quetzalite")
    assert remote.post("/update", headers=UPDATE, content=update).status_code == 204
    wait_for(lambda: found(remote, "quetzalite") == 1, seconds=5)
    drop = f"DROP GRAPH <{BASE}graph/added>"
    assert remote.post("/update", headers=UPDATE, content=drop).status_code == 204
    wait_for(lambda: found(remote, "quetzalite") == 0, seconds=5)


def test_pages_show_what_was_written_at_once(remote: TestClient, direct: RemoteStore) -> None:
    direct.update(paragraph("obsidianite"))
    try:
        page = remote.get("/doc/added", headers={"accept": "text/html"})
        assert page.status_code == 200
        assert "obsidianite" in page.text
    finally:
        direct.update(f"DROP GRAPH <{BASE}graph/added>")
    assert remote.get("/doc/added", headers={"accept": "text/html"}).status_code == 404


# the store cannot answer


def test_a_store_that_went_away_is_503_with_one_line(tmp_path: Path) -> None:
    with contextlib.ExitStack() as running:
        url = running.enter_context(oxigraph_server(tmp_path))
        with serving_remote(url) as client:
            assert client.get("/sparql", params={"query": "ASK {}"}).status_code == 200
            void = client.get("/.well-known/void", headers={"accept": "application/n-triples"})
            assert void.status_code == 200  # an empty store has no description: a minimal one
            assert sorted(void.text.splitlines()) == [
                f"<{BASE}dataset> <http://rdfs.org/ns/void#dataDump> <http://testserver/dump> .",
                f"<{BASE}dataset> <http://rdfs.org/ns/void#sparqlEndpoint> "
                "<http://testserver/sparql> .",
                f"<{BASE}dataset> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                "<http://rdfs.org/ns/void#Dataset> .",
            ]
            running.close()  # the store stops; the server goes on
            answer = client.get("/sparql", params={"query": "ASK {}"})
            assert answer.status_code == 503
            assert answer.text == "cannot reach the remote store: connection refused\n"
            assert answer.headers["retry-after"]
            assert client.get(f"/doc/{DOC}", headers={"accept": "text/html"}).status_code == 503
            wait_for(lambda: client.get("/health").status_code == 503, seconds=5)
            health = client.get("/health").json()
            assert health["status"] == "unavailable"
            assert "connection refused" in health["problem"]


def test_a_store_that_does_not_answer_in_time_is_504(tmp_path: Path) -> None:
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/query"
        with serving_remote(url, ready=False, limits=Limits(timeout=1.0)) as client:
            started = time.monotonic()
            answer = client.get("/sparql", params={"query": "ASK {}"})
            assert answer.status_code == 504
            assert time.monotonic() - started < 5
            assert answer.text.startswith("the store did not answer within 1 s")
            assert len(answer.text.strip().splitlines()) == 1
            assert client.get("/health").status_code == 503
            assert client.get("/search", params={"q": "x"}).status_code == 503


def test_a_refused_login_is_503_and_the_right_one_is_sent_everywhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with oxigraph_server(tmp_path) as url, login_gateway(url, "right") as gateway:
        monkeypatch.setenv("UNCAC_KG_TOKEN", "wrong-secret")
        with serving_remote(gateway, ready=False) as client:
            answer = client.get("/sparql", params={"query": "ASK {}"})
            assert answer.status_code == 503
            assert "refused the login (HTTP 401); check UNCAC_KG_TOKEN" in answer.text
            assert "wrong-secret" not in answer.text
            assert client.get("/dump").status_code == 503
        monkeypatch.setenv("UNCAC_KG_TOKEN", "right")
        with serving_remote(gateway, write_token=TOKEN) as client:
            written = client.put("/store", params={"graph": GRAPH}, headers=TURTLE, content=DATA)
            assert written.status_code == 201
            assert len(triples(client, GRAPH)) == 2  # type: ignore[arg-type]
            dump = client.get("/dump")
            assert dump.status_code == 200
            assert len(list(pyoxigraph.parse(dump.content, format=RdfFormat.N_QUADS))) == 2
            select = "SELECT ?o WHERE { ?s <http://xmlns.com/foaf/0.1/name> ?o }"
            rows = pyoxigraph.parse_query_results(
                client.get("/sparql", params={"query": select}).content,
                format=pyoxigraph.QueryResultsFormat.JSON,
            )
            assert isinstance(rows, QuerySolutions)
            assert [str(s["o"]) for s in rows] == ['"Alice"']


def test_the_time_limit_is_passed_to_a_store_that_takes_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Fuseki-like store (``/ds/query``) takes a ``timeout`` parameter: each query
    carries the request's time limit, or the server's."""
    seen: list[str] = []
    with (
        oxigraph_server(tmp_path) as url,
        login_gateway(url, "right", mount="/ds", seen=seen) as gateway,
    ):
        monkeypatch.setenv("UNCAC_KG_TOKEN", "right")
        with serving_remote(gateway, limits=Limits(timeout=4.0)) as client:
            seen.clear()
            assert client.get("/sparql", params={"query": "ASK {}"}).status_code == 200
            assert client.get("/sparql", params={"query": "ASK {}", "timeout": "2"}).is_success
    asked = [target for target in seen if "query=ASK" in target]  # not the content checks
    assert [re.findall(r"[?&]timeout=([\d.]+)", target) for target in asked] == [["4"], ["2"]]
