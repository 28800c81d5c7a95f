"""``serve --store URL`` reads: the same answers as the embedded store's server, on the same data.

The bundled report is built with ``uncac-kg build --store URL`` into a real
Oxigraph server; the server on it (in-process) is compared, route by route,
with the embedded store's server on the same report (``client``). Rows,
solutions and triples are compared as sets, since two stores may order ties
differently; blank nodes are compared by position only.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pyoxigraph
import pytest
from conftest import BASE, DOC
from pyoxigraph import QueryBoolean, QueryResultsFormat, QuerySolutions, RdfFormat
from remote_serving import example_on_oxigraph, serving_remote
from starlette.testclient import TestClient

from uncac_kg import queries

BROWSER = {"accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
VOID = "http://rdfs.org/ns/void#"
STORED = [q.name for q in queries.stored() if not q.name.startswith("federated/")]
SELECT = f"""PREFIX uncac: <https://w3id.org/uncac-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?speaker ?cited ?n WHERE {{ GRAPH ?g {{
  ?p uncac:number ?n ; uncac:hasStatement ?s . ?s uncac:speaker ?sp ; uncac:cites ?e .
  ?sp rdfs:label ?speaker . ?e rdfs:label ?cited }}
  FILTER (STRSTARTS(STR(?g), "{BASE}graph/{DOC}")) }}"""
CONSTRUCT = """PREFIX uncac: <https://w3id.org/uncac-kg/ontology#>
CONSTRUCT { ?s ?p ?o } WHERE { ?s a uncac:Mechanism ; ?p ?o }"""
RESULTS = {
    "application/sparql-results+json": QueryResultsFormat.JSON,
    "application/sparql-results+xml": QueryResultsFormat.XML,
    "text/csv": QueryResultsFormat.CSV,
    "text/tab-separated-values": QueryResultsFormat.TSV,
}
GRAPHS = {
    "text/turtle": RdfFormat.TURTLE,
    "application/n-triples": RdfFormat.N_TRIPLES,
    "application/ld+json": RdfFormat.JSON_LD,
    "application/rdf+xml": RdfFormat.RDF_XML,
    "application/trig": RdfFormat.TRIG,
    "application/n-quads": RdfFormat.N_QUADS,
}


@pytest.fixture(scope="module")
def store_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with example_on_oxigraph(tmp_path_factory.mktemp("remote-reads")) as url:
        yield url


@pytest.fixture(scope="module")
def remote(store_url: str) -> Iterator[TestClient]:
    with serving_remote(store_url) as client:
        yield client


def _blank(text: str) -> str:
    return re.sub(r"_:[\w.-]+", "_:b", text)


def solutions(body: bytes, syntax: QueryResultsFormat) -> list[tuple[str, ...]] | bool:
    if syntax == QueryResultsFormat.CSV:  # lossy: pyoxigraph does not read it back
        header, *lines = body.decode().splitlines()
        return [(header,), *sorted((line,) for line in lines)]
    parsed = pyoxigraph.parse_query_results(body, format=syntax)
    if isinstance(parsed, QueryBoolean):
        return bool(parsed)
    assert isinstance(parsed, QuerySolutions)
    return sorted(tuple(_blank(str(t)) for t in s) for s in parsed)


def quads(body: bytes, syntax: RdfFormat) -> list[str]:
    return sorted(_blank(str(q)) for q in pyoxigraph.parse(body, format=syntax))


def both(remote: TestClient, embedded: TestClient, path: str, **kwargs: object) -> list[object]:
    answers = [remote.get(path, **kwargs), embedded.get(path, **kwargs)]  # type: ignore[arg-type]
    for answer in answers:
        assert answer.status_code == 200, (path, answer.text)
    return answers


def test_the_remote_store_holds_what_the_embedded_build_stored(
    remote: TestClient, client: TestClient
) -> None:
    here, there = both(remote, client, "/dump", headers={"accept": "application/n-quads"})
    assert quads(here.content, RdfFormat.N_QUADS) == quads(there.content, RdfFormat.N_QUADS)


@pytest.mark.parametrize("accept", ["application/trig", "application/ld+json", "*/*"])
def test_the_dump_is_the_same_in_every_dataset_format(
    remote: TestClient, client: TestClient, accept: str
) -> None:
    here, there = both(remote, client, "/dump", headers={"accept": accept})
    assert here.headers["content-type"] == there.headers["content-type"]
    syntax = RdfFormat.from_media_type(here.headers["content-type"])
    assert syntax is not None
    assert quads(here.content, syntax) == quads(there.content, syntax)


def test_health_says_what_the_remote_store_holds(remote: TestClient) -> None:
    health = remote.get("/health").json()
    assert health["status"] == "ok"
    assert health["store"] == "remote"
    assert health["quads"] > 10_000
    assert health["writable"] is False


@pytest.mark.parametrize("name", STORED)
def test_every_stored_query_answers_alike(
    remote: TestClient, client: TestClient, name: str
) -> None:
    here, there = both(remote, client, f"/queries/{name}")
    mine, theirs = here.json(), there.json()
    assert mine["variables"] == theirs["variables"]
    assert mine["truncated"] == theirs["truncated"]
    key = lambda row: json.dumps(row, sort_keys=True)  # noqa: E731
    assert sorted(mine["rows"], key=key) == sorted(theirs["rows"], key=key)
    assert mine["rows"], name
    here, there = both(remote, client, f"/queries/{name}", params={"format": "csv"})
    assert here.text.splitlines()[0] == there.text.splitlines()[0]
    assert sorted(here.text.splitlines()) == sorted(there.text.splitlines())


def test_a_stored_query_narrowed_by_values_answers_alike(
    remote: TestClient, client: TestClient
) -> None:
    params = {"affiliation": "Italy", "paragraph": "31"}
    here, there = both(remote, client, "/queries/citations", params=params)
    assert here.json() == there.json()
    assert len(here.json()["rows"]) == 5


@pytest.mark.parametrize("accept", RESULTS)
def test_select_and_ask_answer_alike_in_every_format(
    remote: TestClient, client: TestClient, accept: str
) -> None:
    for query in (SELECT, "ASK { ?s a <https://w3id.org/uncac-kg/ontology#State> }"):
        here, there = both(
            remote, client, "/sparql", params={"query": query}, headers={"accept": accept}
        )
        assert here.headers["content-type"] == there.headers["content-type"]
        assert here.headers.get("x-result-rows") == there.headers.get("x-result-rows")
        assert solutions(here.content, RESULTS[accept]) == solutions(there.content, RESULTS[accept])


@pytest.mark.parametrize("accept", GRAPHS)
def test_construct_answers_alike_in_every_format(
    remote: TestClient, client: TestClient, accept: str
) -> None:
    params = {"query": CONSTRUCT}
    here, there = both(remote, client, "/sparql", params=params, headers={"accept": accept})
    assert here.headers["content-type"] == there.headers["content-type"]
    assert here.headers["x-result-rows"] == there.headers["x-result-rows"]
    assert quads(here.content, GRAPHS[accept]) == quads(there.content, GRAPHS[accept])


def test_the_protocols_dataset_and_a_querys_own_are_kept(
    remote: TestClient, client: TestClient
) -> None:
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    for params in (
        {"query": count, "default-graph-uri": f"{BASE}graph/void"},
        {"query": count.replace("WHERE", f"FROM <{BASE}graph/void> WHERE")},
        {"query": "SELECT ?g WHERE { GRAPH ?g { } }", "named-graph-uri": f"{BASE}graph/{DOC}"},
    ):
        here, there = both(remote, client, "/sparql", params=params)
        assert here.json() == there.json()
    assert here.json()["results"]["bindings"] == [
        {"g": {"type": "uri", "value": f"{BASE}graph/{DOC}"}}
    ]


def test_a_result_over_the_cap_is_cut_and_says_so(remote: TestClient, client: TestClient) -> None:
    everything = (
        "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER (isIRI(?s) && !isBlank(?o)) } "
        "ORDER BY ?s ?p ?o"
    )
    for query in (everything, everything + " LIMIT 20000"):
        params = {"query": query}
        here, there = both(remote, client, "/sparql", params=params, headers={"accept": "text/csv"})
        for answer in (here, there):
            assert answer.headers["x-result-truncated"] == "true"
            assert answer.headers["x-result-rows"] == answer.headers["x-result-limit"] == "10000"
        assert here.text == there.text
    params = {"query": everything + " LIMIT 7"}
    here, there = both(remote, client, "/sparql", params=params, headers={"accept": "text/csv"})
    assert "x-result-truncated" not in here.headers
    assert here.text == there.text


@pytest.mark.parametrize(
    "path",
    [
        "/entity/sidna-databank",
        "/state/ITA",
        f"/doc/{DOC}",
        f"/doc/{DOC}/paragraph/31",
        "/documents",
        "/",
        "/queries",
    ],
)
def test_pages_for_people_are_the_same(remote: TestClient, client: TestClient, path: str) -> None:
    here, there = both(remote, client, path, headers=BROWSER)
    assert here.headers["content-type"].startswith("text/html")
    assert here.text == there.text


@pytest.mark.parametrize("accept", ["text/turtle", "application/ld+json", "application/rdf+xml"])
def test_an_entity_as_data_is_the_same(remote: TestClient, client: TestClient, accept: str) -> None:
    here, there = both(remote, client, "/entity/sidna-databank", headers={"accept": accept})
    assert here.headers["content-type"] == there.headers["content-type"]
    assert quads(here.content, GRAPHS[accept]) == quads(there.content, GRAPHS[accept])


def test_a_graph_of_the_store_reads_the_same(remote: TestClient, client: TestClient) -> None:
    params = {"graph": f"{BASE}graph/{DOC}"}
    accept = {"accept": "application/n-triples"}
    here, there = both(remote, client, "/store", params=params, headers=accept)
    assert quads(here.content, RdfFormat.N_TRIPLES) == quads(there.content, RdfFormat.N_TRIPLES)
    here, there = both(remote, client, "/store", headers={"accept": "application/n-quads"})
    assert quads(here.content, RdfFormat.N_QUADS) == quads(there.content, RdfFormat.N_QUADS)
    for answer in (remote, client):
        missing = answer.get("/store", params={"graph": f"{BASE}graph/none"}, headers=accept)
        assert missing.status_code == 404


@pytest.mark.parametrize(
    "params",
    [
        {"q": "register", "format": "json"},
        {"q": "databank", "format": "json"},
        {"q": "register", "state": "ITA", "format": "json"},
        {"type": "Mechanism", "format": "json"},
        {"q": "beneficial ownership"},
    ],
)
def test_search_finds_the_same_paragraphs(
    remote: TestClient, client: TestClient, params: dict[str, str]
) -> None:
    here, there = both(remote, client, "/search", params=params)
    if params.get("format") == "json":
        assert here.json() == there.json()
        assert here.json()["total"] > 0
    else:
        assert here.text == there.text


def test_the_void_description_is_the_same_and_says_where_to_query(
    remote: TestClient, client: TestClient
) -> None:
    here, there = both(remote, client, "/.well-known/void", headers={"accept": "text/turtle"})
    assert quads(here.content, RdfFormat.TURTLE) == quads(there.content, RdfFormat.TURTLE)
    graph = pyoxigraph.parse(here.content, format=RdfFormat.TURTLE)
    said = {(str(q.predicate), str(q.object)) for q in graph if q.subject.value == f"{BASE}dataset"}
    assert (f"<{VOID}sparqlEndpoint>", "<http://testserver/sparql>") in said
    assert (f"<{VOID}dataDump>", "<http://testserver/dump>") in said
    assert any(p == f"<{VOID}triples>" for p, _ in said)


def test_errors_are_the_same_kind(remote: TestClient, client: TestClient) -> None:
    for server in (remote, client):
        broken = server.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o"})
        assert broken.status_code == 400
        turtle_only = server.get(
            "/sparql", params={"query": SELECT}, headers={"accept": "text/turtle"}
        )
        assert turtle_only.status_code == 406
        assert server.get("/entity/no-such-thing", headers=BROWSER).status_code == 404
        assert server.get("/entity/no-such-thing?format=ttl").status_code == 404
        assert server.get("/queries/no-such-query").status_code == 404
    message = remote.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o"}).text
    assert len(message.strip().splitlines()) == 1
    assert "error at 1:" in message  # where the query is wrong, as the client wrote it


def test_the_store_url_is_not_shown_to_clients(remote: TestClient, store_url: str) -> None:
    broken = remote.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o"})
    assert store_url.rsplit("/", 1)[0] not in broken.text
    assert store_url not in remote.get("/health").text


def test_a_service_call_is_refused_unless_allowed(remote: TestClient) -> None:
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    assert remote.get("/sparql", params={"query": query}).status_code == 403
    assert remote.get("/queries/federated/wikidata-states").status_code == 403
