"""A real server process on 127.0.0.1: SPARQL clients, and queries stopped at the time limit."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
from conftest import EXAMPLE, live_server
from SPARQLWrapper import JSON, POST, TURTLE, XML, SPARQLWrapper

UNCAC = "https://w3id.org/uncac-kg/ontology#"
STATES = f"SELECT ?state WHERE {{ ?state a <{UNCAC}State> }} ORDER BY ?state"
#: A cross product of the whole dataset with itself, twice: it never ends in time.
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def wrapper(live: str, query: str, fmt: str) -> SPARQLWrapper:
    sparql = SPARQLWrapper(f"{live}sparql")
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    return sparql


def test_sparqlwrapper_select_in_json_and_xml(live: str) -> None:
    result = wrapper(live, STATES, JSON).queryAndConvert()
    states = [b["state"]["value"] for b in result["results"]["bindings"]]  # type: ignore[index]
    assert "https://w3id.org/uncac-kg/state/ITA" in states
    document = wrapper(live, STATES, XML).queryAndConvert()
    uris = [node.firstChild.data for node in document.getElementsByTagName("uri")]  # type: ignore[union-attr]
    assert uris == states


def test_sparqlwrapper_construct_in_turtle(live: str) -> None:
    query = "CONSTRUCT WHERE { <https://w3id.org/uncac-kg/entity/sidna-databank> ?p ?o }"
    sparql = wrapper(live, query, TURTLE)
    response = sparql.query()
    assert response.response.headers["content-type"].startswith("text/turtle")
    text = response.convert()
    assert b"SIDNA databank" in text  # type: ignore[operator]


def test_sparqlwrapper_long_query_by_post(live: str) -> None:
    values = " ".join(f"<urn:value:{i}>" for i in range(4000))
    query = f"SELECT (COUNT(?v) AS ?n) WHERE {{ VALUES ?v {{ {values} }} }}"
    assert len(query) > 60_000
    sparql = wrapper(live, query, JSON)
    sparql.setMethod(POST)
    result = sparql.queryAndConvert()
    assert result["results"]["bindings"][0]["n"]["value"] == "4000"  # type: ignore[index]


def test_a_runaway_query_is_stopped_while_others_are_answered(live: str) -> None:
    outcome: dict[str, object] = {}

    def runaway() -> None:
        started = time.monotonic()
        response = httpx.post(f"{live}sparql", data={"query": RUNAWAY, "timeout": "1"}, timeout=30)
        outcome["response"] = response
        outcome["seconds"] = time.monotonic() - started

    before = httpx.get(f"{live}health").json()["stopped_queries"]
    thread = threading.Thread(target=runaway)
    thread.start()
    time.sleep(0.3)
    meanwhile = []  # (status, answered while the runaway query was still running)
    while thread.is_alive() and len(meanwhile) < 5:
        response = httpx.get(f"{live}sparql", params={"query": STATES}, timeout=10)
        meanwhile.append((response.status_code, thread.is_alive()))
    thread.join(30)
    assert meanwhile and all(status == 200 for status, _ in meanwhile)
    assert any(running for _, running in meanwhile)
    response = outcome["response"]
    assert isinstance(response, httpx.Response)
    assert response.status_code == 503
    assert "the query was stopped after 1 s" in response.text
    assert 0.9 < float(outcome["seconds"]) < 6  # type: ignore[arg-type]
    health = httpx.get(f"{live}health").json()
    assert health["stopped_queries"] == before + 1
    assert httpx.get(f"{live}sparql", params={"query": STATES}).status_code == 200


def test_federation_only_to_the_endpoints_the_operator_lists(live: str, built_store: Path) -> None:
    inner = f"SELECT (COUNT(?s) AS ?n) WHERE {{ ?s a <{UNCAC}State> }}"
    with live_server(built_store, "--allow-service", f"{live}sparql", "--no-access-log") as other:
        allowed = f"SELECT ?n WHERE {{ SERVICE <{live}sparql> {{ {inner} }} }}"
        response = httpx.get(f"{other}sparql", params={"query": allowed}, timeout=30)
        assert response.status_code == 200, response.text
        assert int(response.json()["results"]["bindings"][0]["n"]["value"]) > 5
        elsewhere = allowed.replace(live, "http://127.0.0.1:1/")
        refused = httpx.get(f"{other}sparql", params={"query": elsewhere}, timeout=30)
        assert refused.status_code == 403


def test_the_server_is_a_remote_store_for_the_cli(tmp_path: Path) -> None:
    """Its /query, /update and /store follow Oxigraph's layout, so `--store URL/query` works."""
    env = {**os.environ, "UNCAC_KG_TOKEN": "secret"}
    with live_server(tmp_path / "store", "--write-token", "secret", "--no-access-log") as url:
        built = subprocess.run(
            [sys.executable, "-m", "uncac_kg", "build", str(EXAMPLE), "--store", f"{url}query"],
            env=env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert built.returncode == 0, built.stderr
        assert documents(url) == 1


def documents(url: str) -> int:
    query = f"SELECT (COUNT(?d) AS ?n) WHERE {{ ?d a <{UNCAC}Document> }}"
    response = httpx.get(f"{url}sparql", params={"query": query}, timeout=10)
    return int(response.json()["results"]["bindings"][0]["n"]["value"])
