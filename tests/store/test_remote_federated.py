"""The federated query, with a local Oxigraph server standing in for Wikidata, and the
allow-list that decides which endpoints a SERVICE clause may call."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pyoxigraph import QuerySolutions
from rdflib.plugins.sparql import prepareQuery
from test_remote import free_port, oxigraph_server

from uncac_kg import pipeline, queries
from uncac_kg.errors import QueryError
from uncac_kg.resources import examples_dir, queries_dir
from uncac_kg.settings import Settings
from uncac_kg.store import RemoteStore, Store, open_store
from uncac_kg.store.commands import copy_graphs
from uncac_kg.store.service_policy import allowed_services, check_services, service_endpoints

QUERY = queries_dir() / "federated" / "wikidata-states.rq"
WIKIDATA = "https://query.wikidata.org/sparql"

#: What the stand-in knows: Italy and Brazil (sovereign States, with continent and population).
FACTS = """
PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
INSERT DATA {
  wd:Q38 wdt:P31 wd:Q3624078 ; wdt:P30 wd:Q46 ; wdt:P1082 58850717 .
  wd:Q155 wdt:P31 wd:Q3624078 ; wdt:P30 wd:Q18 ; wdt:P1082 203080756 .
  wd:Q46 rdfs:label "Europe"@en, "Europa"@it .
  wd:Q18 rdfs:label "South America"@en .
}
"""


@pytest.fixture(scope="module")
def wikidata(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A local Oxigraph server holding a few Wikidata statements in its default graph."""
    with oxigraph_server(tmp_path_factory.mktemp("wikidata")) as url:
        with open_store(url, environ={}) as store:
            assert isinstance(store, RemoteStore)
            store.update(FACTS)
        yield url


@pytest.fixture(scope="module")
def embedded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = str(tmp_path_factory.mktemp("kg") / "store")
    pipeline.build([examples_dir() / "ungass2021-intersessional-2.txt"], Settings(store=path))
    with open_store(path, create=False) as store:
        yield store


def rows(store: Store, sparql: str) -> dict[str, tuple[str | None, ...]]:
    result = store.query(sparql)
    assert isinstance(result, QuerySolutions)
    assert [v.value for v in result.variables] == list(queries.load(QUERY).variables)
    return {
        row["state"].value: tuple(None if t is None else t.value for t in row)[1:] for row in result
    }


def federated(endpoint: str) -> str:
    sparql = QUERY.read_text(encoding="utf-8").replace(f"<{WIKIDATA}>", f"<{endpoint}>")
    check_services(sparql, {endpoint})
    return sparql


def test_the_query_is_documented_and_standard() -> None:
    stored = queries.find("federated/wikidata-states")
    assert stored is not None
    assert stored.title and stored.description
    assert stored.variables == ("state", "wikidata", "statements", "continent", "population")
    prepareQuery(stored.sparql)
    assert service_endpoints(stored.sparql) == [WIKIDATA]


def test_states_with_their_wikidata_facts(embedded: Store, wikidata: str) -> None:
    found = rows(embedded, federated(wikidata))
    assert found["Italy"] == ("http://www.wikidata.org/entity/Q38", "1", "Europe", "58850717")
    brazil = found["Brazil"]
    assert brazil[0] == "http://www.wikidata.org/entity/Q155"
    assert brazil[2:] == ("South America", "203080756")
    nigeria = found["Nigeria"]  # the stand-in knows nothing of it: the row stays
    assert nigeria[0] == "http://www.wikidata.org/entity/Q1033"
    assert nigeria[2] in ("", None)  # GROUP_CONCAT of nothing: engines differ
    assert nigeria[3] is None


def test_a_remote_store_runs_the_same_federated_query(
    embedded: Store, wikidata: str, tmp_path: Path
) -> None:
    sparql = federated(wikidata)
    with oxigraph_server(tmp_path) as url, open_store(url, environ={}) as remote:
        copy_graphs(embedded, remote)
        assert rows(remote, sparql) == rows(embedded, sparql)


def test_an_unreachable_wikidata_leaves_the_local_rows(embedded: Store) -> None:
    found = rows(embedded, federated(f"http://127.0.0.1:{free_port()}/query"))
    assert found["Italy"][:2] == ("http://www.wikidata.org/entity/Q38", "1")
    assert {row[3] for row in found.values()} == {None}


# the allow-list


def test_a_service_not_listed_is_refused() -> None:
    sparql = QUERY.read_text(encoding="utf-8")
    with pytest.raises(QueryError, match=r"SERVICE <https://query\.wikidata\.org/sparql> is not"):
        check_services(sparql, set())
    check_services(sparql, {WIKIDATA})


def test_prefixed_nested_and_variable_endpoints() -> None:
    sparql = """PREFIX ep: <http://ep.example/>
        SELECT * WHERE { SERVICE ep:one { ?s ?p ?o } GRAPH ?g { SERVICE <http://two/> { ?s ?x ?y } }
                         OPTIONAL { SERVICE SILENT ep:one { ?a ?b ?c } } }"""
    assert service_endpoints(sparql) == ["http://ep.example/one", "http://two/"]
    with pytest.raises(QueryError, match="http://two/"):
        check_services(sparql, {"http://ep.example/one"})
    with pytest.raises(QueryError, match=r"SERVICE \?where is refused"):
        check_services("SELECT * WHERE { SERVICE ?where { ?s ?p ?o } }", {"http://x/"})


def test_updates_are_checked_too() -> None:
    update = "INSERT { ?s ?p ?o } WHERE { SERVICE <http://elsewhere/> { ?s ?p ?o } }"
    with pytest.raises(QueryError, match="http://elsewhere/"):
        check_services(update, set())


def test_queries_without_service_are_not_parsed() -> None:
    check_services("SELECT broken syntax that names no remote endpoint", set())
    with pytest.raises(QueryError, match="cannot check the SERVICE clauses"):
        check_services("SELECT * WHERE { SERVICE <http://x/> { ?s ", {"http://x/"})


def test_the_allow_list_comes_from_the_environment() -> None:
    env = {"UNCAC_KG_ALLOWED_SERVICES": " https://query.wikidata.org/sparql,\nhttp://b/ "}
    assert allowed_services(env) == {WIKIDATA, "http://b/"}
    assert allowed_services({}) == frozenset()
