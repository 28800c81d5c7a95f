"""``uncac-kg serve --store URL`` as a process: it starts only when the remote store answers,
and then answers over HTTP as the embedded store's server (``live``) does."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pyoxigraph
import pytest
from conftest import BASE, DOC, TOKEN
from pyoxigraph import RdfFormat
from remote_serving import (
    example_on_oxigraph,
    free_port,
    login_gateway,
    serve_process,
    uncac_kg,
)

from uncac_kg import queries

STORED = [q.name for q in queries.stored() if not q.name.startswith("federated/")]
BROWSER = {"accept": "text/html"}
GRAPH = "http://example.org/graph/process"


@pytest.fixture(scope="module")
def store_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with example_on_oxigraph(tmp_path_factory.mktemp("remote-process")) as url:
        yield url


@pytest.fixture(scope="module")
def served(store_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    log = tmp_path_factory.mktemp("remote-process-log") / "serve.log"
    with serve_process(store_url, "--write-token", TOKEN, "--timeout", "5", log=log) as url:
        yield url


def get(url: str, **kwargs: object) -> httpx.Response:
    response = httpx.get(url, timeout=30, **kwargs)  # type: ignore[arg-type]
    assert response.status_code == 200, (url, response.text)
    return response


def start(
    store: str, env: dict[str, str] | None = None, *extra: str
) -> subprocess.CompletedProcess[str]:
    """``uncac-kg serve --store STORE`` that is expected not to start."""
    command = [*uncac_kg(), "serve", "--store", store, "--port", str(free_port()), *extra]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, env=env, check=False)


def test_every_stored_query_answers_as_the_embedded_servers(served: str, live: str) -> None:
    for name in STORED:
        mine, theirs = get(f"{served}queries/{name}").json(), get(f"{live}queries/{name}").json()
        assert mine["variables"] == theirs["variables"], name
        key = lambda row: json.dumps(row, sort_keys=True)  # noqa: E731
        assert sorted(mine["rows"], key=key) == sorted(theirs["rows"], key=key), name


@pytest.mark.parametrize("path", ["entity/sidna-databank", f"doc/{DOC}", "state/ITA"])
def test_pages_are_the_embedded_servers(served: str, live: str, path: str) -> None:
    assert get(served + path, headers=BROWSER).text == get(live + path, headers=BROWSER).text


def test_search_is_the_embedded_servers(served: str, live: str) -> None:
    params = {"q": "beneficial ownership", "format": "json"}
    assert (
        get(f"{served}search", params=params).json() == get(f"{live}search", params=params).json()
    )


def test_the_void_description_names_this_servers_endpoint_and_dump(served: str, live: str) -> None:
    descriptions = []
    for server in (served, live):
        text = get(f"{server}.well-known/void", headers={"accept": "application/n-triples"}).text
        assert (
            f"<{BASE}dataset> <http://rdfs.org/ns/void#sparqlEndpoint> <{server}sparql> ." in text
        )
        assert f"<{BASE}dataset> <http://rdfs.org/ns/void#dataDump> <{server}dump> ." in text
        descriptions.append(sorted(text.replace(server, "SERVER/").splitlines()))
    assert descriptions[0] == descriptions[1]
    dumps = [get(f"{server}dump") for server in (served, live)]
    for dump in dumps:
        assert dump.headers["content-type"] == "application/n-quads"
    counts = [len(list(pyoxigraph.parse(d.content, format=RdfFormat.N_QUADS))) for d in dumps]
    assert counts[0] == counts[1] == get(f"{served}health").json()["quads"]


def test_a_graph_store_write_reaches_the_remote_store(served: str, store_url: str) -> None:
    auth = {"authorization": f"Bearer {TOKEN}"}
    data = "<a> <http://example.org/p> 1 ."
    put = httpx.put(
        f"{served}store",
        params={"graph": GRAPH},
        headers={"content-type": "text/turtle", **auth},
        content=data,
    )
    assert put.status_code == 201
    ask = f"ASK {{ GRAPH <{GRAPH}> {{ <http://example.org/graph/a> ?p 1 }} }}"
    direct = httpx.get(store_url, params={"query": ask}, headers={"accept": "application/json"})
    assert direct.json()["boolean"] is True
    read = get(
        f"{served}store", params={"graph": GRAPH}, headers={"accept": "application/n-triples"}
    )
    integer = "<http://www.w3.org/2001/XMLSchema#integer>"
    assert read.text == f'<http://example.org/graph/a> <http://example.org/p> "1"^^{integer} .\n'
    assert httpx.delete(f"{served}store", params={"graph": GRAPH}, headers=auth).status_code == 204
    assert httpx.get(store_url, params={"query": ask}).json()["boolean"] is False


def test_serve_does_not_start_when_the_store_cannot_be_reached() -> None:
    url = f"http://127.0.0.1:{free_port()}/query"
    done = start(url)
    assert done.returncode == 1
    assert done.stderr == f"uncac-kg: error: cannot reach the store at {url}: connection refused\n"


def test_serve_does_not_start_when_the_store_refuses_the_login(
    store_url: str, tmp_path: Path
) -> None:
    with login_gateway(store_url, "right") as gateway:
        done = start(gateway, {**os.environ, "UNCAC_KG_TOKEN": "wrong-secret"})
        assert done.returncode == 1
        assert done.stderr.startswith("uncac-kg: error: the store at ")
        assert "refused the login (HTTP 401); check UNCAC_KG_TOKEN" in done.stderr
        assert "wrong-secret" not in done.stderr
        assert len(done.stderr.splitlines()) == 1
        environment = {**os.environ, "UNCAC_KG_TOKEN": "right"}
        with serve_process(gateway, log=tmp_path / "serve.log", env=environment) as url:
            assert get(f"{url}queries/documents").json()["rows"][0]["document"] == DOC


def test_serve_with_writes_needs_the_stores_update_url() -> None:
    done = start(f"http://127.0.0.1:{free_port()}/somewhere", None, "--write-token", "x")
    assert done.returncode == 1
    assert "no known update URL" in done.stderr
    assert "--update-url" in done.stderr
