"""The rest of the service: health, OpenAPI, the UI, CORS, access logs and the caps."""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import pytest
from conftest import BASE, serving
from starlette.testclient import TestClient

from uncac_kg.endpoint import Limits, ServerOptions

UNCAC = "https://w3id.org/uncac-kg/ontology#"


def test_health_says_what_is_served(client: TestClient) -> None:
    body = client.get("/health").json()
    assert body["status"] == "ok"
    assert body["quads"] > 10_000 and body["snapshot"] >= 1
    assert body["writable"] is False and body["workers"] == 2


def test_openapi_describes_every_route(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    assert document["openapi"].startswith("3.1")
    assert {
        "/sparql",
        "/update",
        "/store",
        "/dump",
        "/queries/{name}",
        "/search",
        "/health",
    } <= set(document["paths"])
    assert document["paths"]["/store"]["put"]["security"] == [{"writeToken": []}]


def test_the_ui_is_served_offline_with_the_stored_queries(client: TestClient) -> None:
    page = client.get("/", headers={"accept": "text/html"}).text
    assert not re.search(r'<(script|link)[^>]*(src|href)="(https?:)?//', page)  # nothing from a CDN
    assert '<script src="/static/yasgui/yasgui.min.js">' in page
    canned = re.search(
        r'<script type="application/json" id="canned-queries">(.*?)</script>', page, re.S
    )
    assert canned
    names = {q["name"] for q in json.loads(canned[1])}
    assert {"citations", "mentions"} <= names
    for asset in ("/static/yasgui/yasgui.min.js", "/static/yasgui/yasgui.min.css", "/static/ui.js"):
        assert client.get(asset).status_code == 200


def test_cors_is_off_by_default(client: TestClient) -> None:
    response = client.get(
        "/sparql", params={"query": "ASK {}"}, headers={"origin": "https://elsewhere.example"}
    )
    assert "access-control-allow-origin" not in response.headers


def test_cors_when_configured(built_store: Path) -> None:
    with serving(built_store, cors_origins=("https://app.example",), workers=1) as client:
        allowed = client.get(
            "/sparql", params={"query": "ASK {}"}, headers={"origin": "https://app.example"}
        )
        assert allowed.headers["access-control-allow-origin"] == "https://app.example"
        assert "X-Result-Truncated" in allowed.headers["access-control-expose-headers"]
        other = client.get(
            "/sparql", params={"query": "ASK {}"}, headers={"origin": "https://evil.example"}
        )
        assert "access-control-allow-origin" not in other.headers
        preflight = client.options(
            "/sparql",
            headers={"origin": "https://app.example", "access-control-request-method": "POST"},
        )
        assert preflight.status_code == 200


def test_the_row_cap_cuts_and_says_so(built_store: Path, caplog: pytest.LogCaptureFixture) -> None:
    options = {
        "limits": Limits(max_rows=5, max_request_bytes=2000),
        "workers": 1,
        "access_log": True,
    }
    caplog.set_level(logging.INFO, logger="uncac_kg.endpoint.access")
    with serving(built_store, **options) as client:
        query = f"SELECT ?p WHERE {{ ?p a <{UNCAC}Paragraph> }}"
        response = client.get("/sparql", params={"query": query})
        assert len(response.json()["results"]["bindings"]) == 5
        assert response.headers["x-result-truncated"] == "true"
        assert response.headers["x-result-limit"] == "5"
        graph = client.get(
            "/sparql", params={"query": f"CONSTRUCT WHERE {{ ?p a <{UNCAC}Paragraph> }}"}
        )
        assert (
            graph.headers["x-result-truncated"] == "true" and graph.headers["x-result-rows"] == "5"
        )
        page = client.get("/state/ITA", headers={"accept": "text/html"}).text
        assert "Only the first 5" in page
        big = client.post("/sparql", data={"query": "ASK {}" + " " * 3000})
        assert big.status_code == 413
        assert "larger than this server accepts" in big.text
    lines = [r.getMessage() for r in caplog.records if r.name == "uncac_kg.endpoint.access"]
    assert any('"GET /sparql?query=' in line and " 200 " in line for line in lines)
    assert any('"POST /sparql HTTP/1.1" 413' in line for line in lines)


def test_options_come_from_the_environment() -> None:
    options = ServerOptions.from_env(
        {
            "UNCAC_KG_WRITE_TOKEN": "t",
            "UNCAC_KG_QUERY_TIMEOUT": "2.5",
            "UNCAC_KG_CORS_ORIGINS": "a, b",
            "UNCAC_KG_ALLOWED_SERVICES": "https://query.wikidata.org/sparql http://b/",
        },
        max_rows=7,
    )
    assert options.write_token == "t"
    assert options.limits == Limits(timeout=2.5, max_rows=7)
    assert options.cors_origins == ("a", "b")
    assert options.allow_service == ("https://query.wikidata.org/sparql", "http://b/")
    with pytest.raises(ValueError, match="UNCAC_KG_MAX_ROWS must be a number"):
        ServerOptions.from_env({"UNCAC_KG_MAX_ROWS": "many"})
    with pytest.raises(ValueError, match="positive"):
        Limits(timeout=0)


def test_an_iri_under_another_base(tmp_path: Path) -> None:
    # a folder without a store is served as an empty dataset
    with serving(tmp_path / "nothing-yet", workers=1) as client:
        assert client.get("/health").json()["quads"] == 0
        assert (
            client.get(f"/sparql?query=ASK%7B%3C{BASE}x%3E%3Fp%3Fo%7D").json()["boolean"] is False
        )
        assert client.get("/entity/x", headers={"accept": "text/html"}).status_code == 404
