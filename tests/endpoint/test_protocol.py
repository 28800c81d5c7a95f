"""The SPARQL 1.1 Protocol at /sparql, in-process, on the bundled report."""

from __future__ import annotations

import csv
import io
import json

import pytest
from conftest import BASE, DOC
from starlette.testclient import TestClient

UNCAC = "https://w3id.org/uncac-kg/ontology#"
SELECT = f"SELECT ?s WHERE {{ ?s a <{UNCAC}State> }} ORDER BY ?s"
ASK = f"ASK {{ <{BASE}state/ITA> a <{UNCAC}State> }}"
CONSTRUCT = f"CONSTRUCT WHERE {{ <{BASE}entity/sidna-databank> ?p ?o }}"
DESCRIBE = f"DESCRIBE <{BASE}entity/sidna-databank>"
FORM = {"content-type": "application/x-www-form-urlencoded"}

# (query, Accept, expected Content-Type): every negotiated format, by each way of asking
NEGOTIATED = [
    (SELECT, None, "application/sparql-results+json"),
    (SELECT, "application/sparql-results+json", "application/sparql-results+json"),
    (SELECT, "application/json", "application/json"),
    (SELECT, "application/sparql-results+xml", "application/sparql-results+xml"),
    (SELECT, "text/csv", "text/csv; charset=utf-8"),
    (SELECT, "text/tab-separated-values", "text/tab-separated-values; charset=utf-8"),
    (SELECT, "text/plain", "text/plain; charset=utf-8"),
    (
        SELECT,
        "text/csv;q=0.4, application/sparql-results+xml;q=0.6",
        "application/sparql-results+xml",
    ),
    (ASK, None, "application/sparql-results+json"),
    (ASK, "application/sparql-results+xml", "application/sparql-results+xml"),
    (ASK, "text/csv", "text/csv; charset=utf-8"),
    (CONSTRUCT, None, "text/turtle; charset=utf-8"),
    (CONSTRUCT, "text/turtle", "text/turtle; charset=utf-8"),
    (CONSTRUCT, "application/n-triples", "application/n-triples"),
    (CONSTRUCT, "application/ld+json", "application/ld+json"),
    (CONSTRUCT, "application/rdf+xml", "application/rdf+xml"),
    (CONSTRUCT, "application/n-quads", "application/n-quads"),
    (CONSTRUCT, "application/trig", "application/trig"),
    (DESCRIBE, "application/n-triples", "application/n-triples"),
    (DESCRIBE, "text/turtle;q=0.2, application/ld+json", "application/ld+json"),
]


@pytest.mark.parametrize(("query", "accept", "content_type"), NEGOTIATED)
def test_content_negotiation(
    client: TestClient, query: str, accept: str | None, content_type: str
) -> None:
    headers = {"accept": accept} if accept else {}
    response = client.get("/sparql", params={"query": query}, headers=headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == content_type
    assert response.headers["vary"] == "Accept"
    assert response.content


@pytest.mark.parametrize(
    ("query", "accept"),
    [(SELECT, "text/turtle"), (ASK, "application/rdf+xml"), (CONSTRUCT, "text/csv")],
)
def test_a_format_that_cannot_show_the_result_is_406(
    client: TestClient, query: str, accept: str
) -> None:
    response = client.get("/sparql", params={"query": query}, headers={"accept": accept})
    assert response.status_code == 406
    assert "Accept" in response.text


def test_the_three_ways_of_sending_a_query_agree(client: TestClient) -> None:
    by_get = client.get("/sparql", params={"query": SELECT})
    by_form = client.post("/sparql", data={"query": SELECT})
    by_body = client.post(
        "/sparql", content=SELECT, headers={"content-type": "application/sparql-query"}
    )
    assert by_get.status_code == by_form.status_code == by_body.status_code == 200
    assert by_get.json() == by_form.json() == by_body.json()
    states = [b["s"]["value"] for b in by_get.json()["results"]["bindings"]]
    assert f"{BASE}state/ITA" in states


def test_the_default_graph_is_the_union_of_every_report(client: TestClient) -> None:
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ ?p a <{UNCAC}Paragraph> }}"
    (row,) = client.get("/sparql", params={"query": query}).json()["results"]["bindings"]
    assert row["n"]["value"] == "42"


def test_protocol_dataset_replaces_the_union(client: TestClient) -> None:
    query = f"ASK {{ ?p a <{UNCAC}Paragraph> }}"
    vocab = client.get(
        "/sparql", params={"query": query, "default-graph-uri": f"{BASE}graph/vocab"}
    )
    report = client.get(
        "/sparql", params={"query": query, "default-graph-uri": f"{BASE}graph/{DOC}"}
    )
    assert vocab.json()["boolean"] is False
    assert report.json()["boolean"] is True
    named = client.get(
        "/sparql",
        params={
            "query": "SELECT DISTINCT ?g WHERE { GRAPH ?g {} }",
            "named-graph-uri": f"{BASE}graph/vocab",
        },
    )
    graphs = {b["g"]["value"] for b in named.json()["results"]["bindings"]}
    assert graphs <= {f"{BASE}graph/vocab"}


def test_from_in_the_query_is_honoured(client: TestClient) -> None:
    query = f"ASK FROM <{BASE}graph/vocab> {{ ?p a <{UNCAC}Paragraph> }}"
    assert client.get("/sparql", params={"query": query}).json()["boolean"] is False


def test_csv_has_bare_variable_names_and_crlf(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": SELECT, "format": "csv"})
    assert response.text.startswith("s\r\n")
    rows = list(csv.reader(io.StringIO(response.text)))
    assert [f"{BASE}state/ITA"] in rows


def test_select_star_columns_follow_the_query(client: TestClient) -> None:
    query = "SELECT * WHERE { ?subject ?predicate ?object } LIMIT 1"
    response = client.get("/sparql", params={"query": query}, headers={"accept": "text/csv"})
    assert response.text.splitlines()[0] == "subject,predicate,object"


def test_a_malformed_query_gets_400_with_the_parsers_message(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": "SELECT ?x WHERE {"})
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("text/plain")
    assert "invalid SPARQL query" in response.text and "1:" in response.text


@pytest.mark.parametrize(
    ("request_args", "status"),
    [
        ({"method": "GET", "url": "/sparql?query=ASK%7B%7D&query=ASK%7B%7D"}, 400),
        ({"method": "GET", "url": "/sparql?update=CLEAR%20ALL"}, 400),
        ({"method": "GET", "url": "/sparql?default-graph-uri=x"}, 400),
        ({"method": "PUT", "url": "/sparql?query=ASK%7B%7D"}, 405),
        ({"method": "POST", "url": "/sparql", "content": "ASK {}",
          "headers": {"content-type": "text/plain"}}, 415),
        ({"method": "POST", "url": "/sparql", "content": "query=ASK%20%7B%7D"}, 415),
        (
            {"method": "POST", "url": "/sparql", "content": "ASK {}".encode("utf-16"),
             "headers": {"content-type": "application/sparql-query; charset=UTF-16"}},
            415,
        ),
        (
            {"method": "POST", "url": "/sparql", "content": b"ASK { \xff }",
             "headers": {"content-type": "application/sparql-query"}},
            400,
        ),
        (
            {"method": "POST", "url": "/sparql", "content": "query=ASK%7B%7D&update=CLEAR%20ALL",
             "headers": FORM},
            400,
        ),
        ({"method": "GET", "url": "/sparql?query=ASK%7B%7D&default-graph-uri=not%20an%20iri"}, 400),
        ({"method": "GET", "url": "/sparql?query=ASK%7B%7D&timeout=-1"}, 400),
    ],
)  # fmt: skip
def test_requests_the_protocol_refuses(
    client: TestClient, request_args: dict[str, object], status: int
) -> None:
    response = client.request(**request_args)  # type: ignore[arg-type]
    assert response.status_code == status, response.text


def test_a_read_only_server_refuses_updates_everywhere(client: TestClient) -> None:
    update = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    sent = [
        client.post(
            "/update", content=update, headers={"content-type": "application/sparql-update"}
        ),
        client.post("/update", data={"update": update}),
        client.post("/sparql", data={"update": update}),
        client.post(
            "/sparql", content=update, headers={"content-type": "application/sparql-update"}
        ),
    ]
    assert [r.status_code for r in sent] == [403] * 4
    assert "read-only" in sent[0].text
    assert (
        client.get("/sparql", params={"query": "ASK { <urn:a> ?p ?o }"}).json()["boolean"] is False
    )


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "select * { service silent <http://169.254.169.254/> { ?s ?p ?o } }",
        "SELECT * WHERE { ?x ?y ?z . SERVICE ?endpoint { ?s ?p ?o } }",
    ],
)
def test_federated_queries_are_refused(client: TestClient, query: str) -> None:
    response = client.get("/sparql", params={"query": query})
    assert response.status_code == 403
    assert "SERVICE" in response.text


def test_a_stored_federated_query_is_held_to_the_same_rule(client: TestClient) -> None:
    response = client.get("/queries/federated/wikidata-states")
    assert response.status_code == 403
    assert "SERVICE" in response.text


def test_the_word_service_in_data_is_not_a_federated_query(client: TestClient) -> None:
    query = 'SELECT * WHERE { ?s ?p "SERVICE <http://example.org/>" } # SERVICE <http://x/>'
    assert client.get("/sparql", params={"query": query}).status_code == 200


def test_relative_iris_resolve_against_the_endpoint(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": "SELECT (<thing> AS ?t) {}"})
    (row,) = response.json()["results"]["bindings"]
    assert row["t"]["value"] == "http://testserver/thing"


def test_a_long_query_by_post(client: TestClient) -> None:
    values = " ".join(f'"{i:06d}"' for i in range(20_000))
    query = f"SELECT (COUNT(?v) AS ?n) WHERE {{ VALUES ?v {{ {values} }} }}"
    assert len(query) > 150_000
    response = client.post("/sparql", data={"query": query})
    assert response.status_code == 200
    assert response.json()["results"]["bindings"][0]["n"]["value"] == "20000"


def test_a_browser_at_the_endpoint_is_sent_to_the_ui(client: TestClient) -> None:
    response = client.get("/sparql", headers={"accept": "text/html"}, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "http://testserver/"


def test_results_report_their_row_count_and_time_limit(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": SELECT, "timeout": "3"})
    bindings = json.loads(response.content)["results"]["bindings"]
    assert response.headers["x-result-rows"] == str(len(bindings))
    assert response.headers["x-query-timeout"] == "3"
    assert "x-result-truncated" not in response.headers
    capped = client.get("/sparql", params={"query": SELECT, "timeout": "999"})
    assert capped.headers["x-query-timeout"] == "10"  # asking for more gets the server's limit
