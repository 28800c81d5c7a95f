"""Remote store URLs: derived for known servers, overridden explicitly or by the environment;
logins from the environment only."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from uncac_kg.errors import StoreError
from uncac_kg.store import EmbeddedStore, RemoteStore, open_store
from uncac_kg.store.endpoints import DEFAULT_TIMEOUT, Credentials, derive, is_url, resolve
from uncac_kg.store.remote import query_form, temporary_graph

LAYOUTS = [
    (
        "http://localhost:7878/query",
        "oxigraph",
        "http://localhost:7878/update",
        "http://localhost:7878/store",
    ),
    (
        "https://kg.example.org/ds/sparql",
        "fuseki",
        "https://kg.example.org/ds/update",
        "https://kg.example.org/ds/data",
    ),
    (
        "http://fuseki:3030/uncac/query",
        "fuseki",
        "http://fuseki:3030/uncac/update",
        "http://fuseki:3030/uncac/data",
    ),
    (
        "http://graphdb:7200/repositories/kg",
        "graphdb",
        "http://graphdb:7200/repositories/kg/statements",
        "http://graphdb:7200/repositories/kg/rdf-graphs/service",
    ),
    (
        "http://virtuoso:8890/sparql",
        "virtuoso",
        "http://virtuoso:8890/sparql",
        "http://virtuoso:8890/sparql-graph-crud",
    ),
    ("https://example.org/api/kg", "generic", None, None),
]


@pytest.mark.parametrize(("query", "layout", "update", "gsp"), LAYOUTS)
def test_known_layouts(query: str, layout: str, update: str | None, gsp: str | None) -> None:
    found, derived_update, derived_gsp = derive(query)
    assert (found.name, derived_update, derived_gsp) == (layout, update, gsp)


def test_only_oxigraph_gets_the_union_parameter() -> None:
    assert derive("http://h:7878/query")[0].union_parameters == (("union-default-graph", ""),)
    assert derive("http://h/ds/query")[0].union_parameters == ()


def test_explicit_urls_then_environment_then_derived() -> None:
    env = {"UNCAC_KG_UPDATE_URL": "http://env/update", "UNCAC_KG_GSP_URL": "http://env/gsp"}
    url = "http://h:7878/query"
    assert resolve(url, environ={}).update_url == "http://h:7878/update"
    assert resolve(url, environ=env).update_url == "http://env/update"
    assert resolve(url, environ=env).gsp_url == "http://env/gsp"
    explicit = resolve(url, update_url="http://mine/u", gsp_url="http://mine/g", environ=env)
    assert (explicit.update_url, explicit.gsp_url) == ("http://mine/u", "http://mine/g")


def test_a_generic_endpoint_is_read_only_unless_told() -> None:
    endpoints = resolve("https://example.org/api/kg", environ={})
    assert (endpoints.update_url, endpoints.gsp_url) == (None, None)


def test_basic_login_from_the_environment() -> None:
    env = {"UNCAC_KG_USER": "ana", "UNCAC_KG_PASSWORD": "s3cret:x"}
    credentials = resolve("http://h/query", environ=env).credentials
    assert credentials.authorization() == "Basic " + base64.b64encode(b"ana:s3cret:x").decode()
    assert credentials.kind == "basic"
    assert "s3cret" not in repr(credentials)


def test_a_token_wins_over_a_password() -> None:
    env = {"UNCAC_KG_USER": "ana", "UNCAC_KG_PASSWORD": "pw", "UNCAC_KG_TOKEN": "tok"}
    credentials = resolve("http://h/query", environ=env).credentials
    assert credentials.authorization() == "Bearer tok"
    assert "tok" not in repr(credentials)


def test_no_login() -> None:
    assert Credentials().authorization() is None
    assert Credentials().kind == "none"


def test_a_login_in_the_url_is_refused_without_repeating_it() -> None:
    with pytest.raises(StoreError, match="carries a login; set UNCAC_KG_USER") as raised:
        resolve("https://ana:s3cret@kg.example.org/ds/query", environ={})
    assert "s3cret" not in str(raised.value)
    with pytest.raises(StoreError, match="carries a login"):
        resolve("http://h/query", update_url="http://ana:pw@h/update", environ={})


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://h/query", "not an http"),
        ("http:///query", "no host"),
        ("http://h/query?default-graph-uri=x", "no query string"),
    ],
)
def test_malformed_urls(url: str, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        resolve(url, environ={})


def test_timeout_from_the_environment() -> None:
    assert resolve("http://h/query", environ={}).timeout == DEFAULT_TIMEOUT
    assert resolve("http://h/query", environ={"UNCAC_KG_TIMEOUT": "2.5"}).timeout == 2.5
    for bad in ("soon", "0", "-3"):
        with pytest.raises(StoreError, match="UNCAC_KG_TIMEOUT must be a positive number"):
            resolve("http://h/query", environ={"UNCAC_KG_TIMEOUT": bad})


def test_is_url() -> None:
    assert is_url("HTTPS://example.org/sparql")
    assert not is_url("graph/store")
    assert not is_url("httpdocs/store")


def test_open_store_opens_a_url_or_a_folder(tmp_path: Path) -> None:
    remote = open_store("http://localhost:7878/query", gsp_url="http://other/store", environ={})
    assert isinstance(remote, RemoteStore)
    assert remote.location == "http://localhost:7878/query"
    assert remote.endpoints.gsp_url == "http://other/store"
    with open_store(str(tmp_path / "kg")) as local:
        assert isinstance(local, EmbeddedStore)


@pytest.mark.parametrize(
    ("sparql", "form"),
    [
        ("SELECT * WHERE { ?s ?p ?o }", "SELECT"),
        ("  prefix ex: <http://e/#> BASE <http://b/> PREFIX : <http://x/>\nask {}", "ASK"),
        ("# title: edges that add up\n# description: and\n# more: delete\nCONSTRUCT {} WHERE {}",
         "CONSTRUCT"),
        ("PREFIX a: <http://a/#select>\n# a comment\nDESCRIBE <http://a/>", "DESCRIBE"),
        ("PREFIX ex: <http://e/> INSERT DATA { ex:a ex:b ex:c }", "INSERT"),
        ("WITH <http://g/> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "WITH"),
        ("# nothing but a comment", ""),
    ],
)  # fmt: skip
def test_query_form(sparql: str, form: str) -> None:
    assert query_form(sparql) == form


def test_each_graph_has_its_own_temporary_graph() -> None:
    one = temporary_graph("https://w3id.org/uncac-kg/graph/a")
    assert one == temporary_graph("https://w3id.org/uncac-kg/graph/a")
    assert one != temporary_graph("https://w3id.org/uncac-kg/graph/b")
    assert one.startswith("urn:uncac-kg:upload:")
