"""The remote store against a real Oxigraph server: the Store contract, clear errors, and
uploads that never leave a half-written graph behind.

``oxigraph_server`` (also used by the other ``test_remote_*`` modules) starts
``oxigraph serve`` from the virtualenv on a free port of 127.0.0.1 with a
temporary folder, and stops it afterwards.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from pyoxigraph import BlankNode, Literal, NamedNode, Quad, QuerySolutions

from uncac_kg.errors import QueryError, StoreError
from uncac_kg.store import RemoteStore, open_store
from uncac_kg.store.endpoints import resolve
from uncac_kg.store.remote import TEMPORARY_PREFIX, temporary_graph

G1 = "https://example.org/graph/one"
G2 = "https://example.org/graph/two"
P = NamedNode("https://example.org/p")


def oxigraph_executable() -> str | None:
    """The ``oxigraph`` command installed beside this Python, else on the PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.is_file() else shutil.which("oxigraph")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def oxigraph_server(folder: Path) -> Iterator[str]:
    """A running ``oxigraph serve``; yields its query URL (``http://127.0.0.1:PORT/query``)."""
    executable = oxigraph_executable()
    if executable is None:
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    port = free_port()
    log_path = folder / "server.log"
    with log_path.open("wb") as log:
        server = subprocess.Popen(
            [executable, "serve", "--location", str(folder / "db"), "--bind", f"127.0.0.1:{port}"],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}/query"
    try:
        _wait_until_answering(url, server, log_path)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def _wait_until_answering(url: str, server: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"oxigraph serve stopped: {log.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(f"{url}?query=ASK%7B%7D", timeout=1) as response:
                response.read()
                return
        except OSError:
            time.sleep(0.05)
    pytest.fail("oxigraph serve did not answer within 20 s")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph")) as url:
        yield url


@pytest.fixture
def store(server: str) -> Iterator[RemoteStore]:
    """The server's store, emptied before each test."""
    with open_store(server, environ={}) as opened:
        assert isinstance(opened, RemoteStore)
        opened.update("DROP ALL")
        yield opened


def quads(graph: str, *values: str) -> list[Quad]:
    return [
        Quad(NamedNode(f"https://example.org/s/{i}"), P, Literal(v), NamedNode(graph))
        for i, v in enumerate(values)
    ]


def contents(store: RemoteStore, graph: str) -> set[str]:
    result = store.query(f"SELECT ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    assert isinstance(result, QuerySolutions)
    return {row["o"].value for row in result}


def every_graph(store: RemoteStore) -> set[str]:
    """Every named graph on the server, temporary ones included."""
    result = store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")
    assert isinstance(result, QuerySolutions)
    return {row["g"].value for row in result}


# the Store contract, as the embedded store keeps it


def test_replacing_a_graph_twice_keeps_one_copy(store: RemoteStore) -> None:
    assert store.replace_graph(G1, quads(G1, "a", "b")) == 2
    store.replace_graph(G1, quads(G1, "a", "b"))
    assert store.count(G1) == 2


def test_replacing_a_graph_drops_what_it_held(store: RemoteStore) -> None:
    store.replace_graph(G1, quads(G1, "a", "b"))
    store.replace_graph(G1, quads(G1, "c"))
    assert contents(store, G1) == {"c"}


def test_queries_see_the_union_of_the_named_graphs(store: RemoteStore) -> None:
    store.replace_graphs({G1: quads(G1, "a"), G2: quads(G2, "b", "c")})
    result = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert isinstance(result, QuerySolutions)
    assert [row["n"].value for row in result] == ["3"]
    assert store.graphs() == [G1, G2]
    assert every_graph(store) == {G1, G2}  # no temporary graph is left


def test_ask_and_construct_give_the_embedded_stores_kinds(store: RemoteStore) -> None:
    store.replace_graph(G1, quads(G1, "a"))
    assert bool(store.query("ASK { ?s ?p 'a' }")) is True
    triples = list(store.query("CONSTRUCT WHERE { ?s ?p ?o }"))  # type: ignore[arg-type]
    assert [t.object for t in triples] == [Literal("a")]


def test_text_and_blank_nodes_survive_the_round_trip(store: RemoteStore) -> None:
    tricky = 'quote " backslash \\ newline \n tab \t control \x01 accents é “curly” 😀'
    node = BlankNode()
    store.replace_graph(
        G1, [Quad(node, P, Literal(tricky), NamedNode(G1)), Quad(node, P, node, NamedNode(G1))]
    )
    assert tricky in contents(store, G1)
    result = store.query(
        f"ASK {{ GRAPH <{G1}> {{ ?b <{P.value}> ?b . ?b ?p {Literal(tricky)} }} }}"
    )
    assert bool(result)


def test_an_empty_replacement_and_remove_graph(store: RemoteStore) -> None:
    store.replace_graphs({G1: quads(G1, "a"), G2: quads(G2, "b")})
    store.replace_graph(G1, [])
    assert store.graphs() == [G2]
    assert store.remove_graph(G2) is True
    assert store.remove_graph(G2) is False
    assert store.graphs() == []


def test_a_quad_for_another_graph_is_refused_before_sending(store: RemoteStore) -> None:
    store.replace_graphs({G1: quads(G1, "a"), G2: quads(G2, "b")})
    with pytest.raises(ValueError, match="given for the graph"):
        store.replace_graphs({G1: quads(G1, "x"), G2: quads(G1, "y")})
    assert (contents(store, G1), contents(store, G2)) == ({"a"}, {"b"})


def test_long_queries_are_posted(store: RemoteStore) -> None:
    store.replace_graph(G1, quads(G1, "a"))
    values = " ".join(f'"{i:05}"' for i in range(2000))  # far beyond any URL limit
    result = store.query(f'SELECT ?o WHERE {{ ?s ?p ?o VALUES ?o {{ {values} "a" }} }}')
    assert isinstance(result, QuerySolutions)
    assert [row["o"].value for row in result] == ["a"]


def test_an_update_is_not_a_query(store: RemoteStore) -> None:
    with pytest.raises(QueryError, match="is a SPARQL update"):
        store.query("INSERT DATA { <urn:a> <urn:b> <urn:c> }")


def test_the_server_says_why_a_query_is_invalid(store: RemoteStore) -> None:
    with pytest.raises(QueryError, match="refused the query: error at 1:"):
        store.query("SELEC ?x WHERE {}")


def test_the_update_fallback_without_a_graph_store(server: str, store: RemoteStore) -> None:
    with RemoteStore(replace(resolve(server, environ={}), gsp_url=None)) as plain:
        plain.replace_graph(G1, quads(G1, "old"))
        plain.replace_graph(G1, quads(G1, "a", 'b "quoted"'))
    assert contents(store, G1) == {"a", 'b "quoted"'}
    assert every_graph(store) == {G1}


def test_a_closed_store_says_so(server: str) -> None:
    store = open_store(server)
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.graphs()


# uploads that are cut short


def test_an_upload_cut_mid_body_leaves_the_graph_as_it_was(server: str, store: RemoteStore) -> None:
    store.replace_graph(G1, quads(G1, "old"))
    gsp = server.removesuffix("/query") + "/store"
    with cutting_proxy(gsp, after=4000) as proxy:
        cut = open_store(server, gsp_url=proxy, environ={})
        big = quads(G1, *(f"value number {i}" for i in range(2000)))
        with pytest.raises(StoreError, match=r"connection to the store at .* was cut"):
            cut.replace_graph(G1, big)
    assert contents(store, G1) == {"old"}
    assert every_graph(store) == {G1}  # the temporary graph was dropped


def test_a_process_that_dies_before_moving_leaves_the_graph_as_it_was(
    store: RemoteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.replace_graph(G1, quads(G1, "old"))
    update = RemoteStore.update

    def dying(self: RemoteStore, sparql: str) -> None:
        if sparql.startswith("MOVE"):
            raise KeyboardInterrupt  # the user pressed Ctrl-C between upload and move
        update(self, sparql)

    monkeypatch.setattr(RemoteStore, "update", dying)
    monkeypatch.setattr(RemoteStore, "_discard", lambda self, graphs: None)  # no clean-up
    with pytest.raises(KeyboardInterrupt):
        store.replace_graph(G1, quads(G1, "new", "data"))
    monkeypatch.undo()
    assert contents(store, G1) == {"old"}
    assert every_graph(store) == {G1, temporary_graph(G1)}
    assert store.graphs() == [G1]  # the leftover is not a graph of the store
    store.replace_graph(G1, quads(G1, "new"))  # the next upload takes its place
    assert contents(store, G1) == {"new"}
    assert every_graph(store) == {G1}


def test_an_incomplete_upload_is_not_moved_into_place(
    store: RemoteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.replace_graph(G1, quads(G1, "old"))
    put = RemoteStore._put
    monkeypatch.setattr(
        RemoteStore, "_put", lambda self, graph, triples: put(self, graph, triples[:1])
    )
    with pytest.raises(StoreError, match=r"upload .* was incomplete \(1 of 3 triples\)"):
        store.replace_graph(G1, quads(G1, "a", "b", "c"))
    monkeypatch.undo()
    assert contents(store, G1) == {"old"}
    assert not any(g.startswith(TEMPORARY_PREFIX) for g in every_graph(store))


# errors a user sees as one line


def test_an_unreachable_store() -> None:
    store = open_store(f"http://127.0.0.1:{free_port()}/query", environ={})
    with pytest.raises(StoreError, match=r"cannot reach the store at .*: connection refused"):
        store.graphs()


def test_an_unknown_host() -> None:
    store = open_store("http://no-such-host.invalid/query", environ={})
    with pytest.raises(StoreError, match="cannot reach the store at"):
        store.graphs()


def test_a_store_that_does_not_answer_in_time() -> None:
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/query"
        store = open_store(url, environ={"UNCAC_KG_TIMEOUT": "1"})
        with pytest.raises(StoreError, match=r"did not answer within 1 s"):
            store.graphs()


def test_a_refused_login_names_the_variables_to_check() -> None:
    with fake_endpoint(token="right") as (url, _):
        store = open_store(url, environ={"UNCAC_KG_TOKEN": "wrong-secret"})
        with pytest.raises(StoreError, match=r"login \(HTTP 401\); check UNCAC_KG_TOKEN") as raised:
            store.graphs()
        assert "wrong-secret" not in str(raised.value)
        store = open_store(url, environ={})
        with pytest.raises(StoreError, match="no credentials were given"):
            store.graphs()
        store = open_store(url, environ={"UNCAC_KG_USER": "me", "UNCAC_KG_PASSWORD": "no"})
        with pytest.raises(StoreError, match="check UNCAC_KG_USER and UNCAC_KG_PASSWORD"):
            store.replace_graph(G1, quads(G1, "a"))


def test_what_a_query_request_carries() -> None:
    with fake_endpoint(token="right") as (url, seen):
        store = open_store(url, environ={"UNCAC_KG_TOKEN": "right", "UNCAC_KG_TIMEOUT": "30"})
        assert store.graphs() == ["https://example.org/graph/one"]
        store.query("SELECT ?g WHERE { GRAPH ?g {} VALUES ?x { %s } }" % ("1 " * 3000))
    (short, headers, target), (long, _, body) = seen
    assert short == "GET"
    assert headers["Authorization"] == "Bearer right"
    assert headers["User-Agent"].startswith("uncac-kg/")
    assert "application/sparql-results+json" in headers["Accept"]
    assert "timeout=30" in target  # Fuseki's server-side timeout, in seconds
    assert long == "POST"  # no 414 for long queries
    assert "timeout=30" in body


def test_a_wrong_path_is_reported(server: str) -> None:
    store = open_store(server.removesuffix("/query") + "/nothing", environ={})
    with pytest.raises(StoreError, match="HTTP 404"):
        store.graphs()


def test_a_read_only_store_refuses_writes() -> None:
    store = open_store("http://127.0.0.1:1/somewhere", environ={})
    with pytest.raises(StoreError, match="no known update URL; give --update-url"):
        store.replace_graph(G1, quads(G1, "a"))


# helpers: a proxy that cuts uploads, an endpoint that wants a login


@contextlib.contextmanager
def cutting_proxy(target: str, after: int) -> Iterator[str]:
    """A TCP proxy to ``target``'s host that closes each connection after ``after`` bytes."""
    host, port = target.split("//")[1].split("/")[0].split(":")
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(10)

    def relay() -> None:
        with contextlib.suppress(OSError):
            client, _ = listener.accept()
            with client, socket.create_connection((host, int(port))) as upstream:
                sent = 0
                while sent < after:
                    chunk = client.recv(min(4096, after - sent))
                    if not chunk:
                        break
                    upstream.sendall(chunk)
                    sent += len(chunk)

    thread = threading.Thread(target=relay)
    thread.start()
    try:
        path = target.split("//")[1].split("/", 1)[1]
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/{path}"
    finally:
        thread.join(timeout=10)
        listener.close()


@contextlib.contextmanager
def fake_endpoint(token: str) -> Iterator[tuple[str, list[tuple[str, dict[str, str], str]]]]:
    """An HTTP endpoint that answers 401 unless given ``Bearer token``.

    It records each request: its method, headers, and path (GET) or body (otherwise).
    """
    seen: list[tuple[str, dict[str, str], str]] = []

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode()
            seen.append((self.command, dict(self.headers), body or self.path))
            if self.headers.get("Authorization") != f"Bearer {token}":
                self.send_response(401)
                self.send_header("WWW-Authenticate", 'Bearer realm="kg"')
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            payload = json.dumps(
                {
                    "head": {"vars": ["g"]},
                    "results": {"bindings": [{"g": {"type": "uri", "value": G1}}]},
                }
            ).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = do_PUT = _answer

        def log_message(self, format: str, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/ds/query", seen
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()
