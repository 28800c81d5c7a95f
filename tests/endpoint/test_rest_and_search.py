"""Stored queries as REST (/queries) and full-text search (/search)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from conftest import BASE as BASE_IRI
from conftest import DOC
from starlette.testclient import TestClient

from uncac_kg.endpoint.search import SearchIndex, fts_query


def test_the_stored_queries_are_listed(client: TestClient) -> None:
    listed = {q["name"]: q for q in client.get("/queries").json()}
    assert {"citations", "mentions", "state-citations"} <= set(listed)
    citations = listed["citations"]
    assert citations["variables"][:3] == ["document", "paragraph", "speaker"]
    assert citations["url"] == "http://testserver/queries/citations"


def test_a_stored_query_as_json(client: TestClient) -> None:
    body = client.get("/queries/citations").json()
    assert body["variables"][0] == "document" and body["truncated"] is False
    italy = [r for r in body["rows"] if r["paragraph"] == 31]  # numbers stay numbers
    assert {r["cited"] for r in italy} >= {"SIDNA databank", "central register of accounts"}


@pytest.mark.parametrize(
    ("how", "content_type"),
    [
        ({"params": {"format": "csv"}}, "text/csv; charset=utf-8"),
        ({"headers": {"accept": "text/csv"}}, "text/csv; charset=utf-8"),
        ({"params": {"format": "tsv"}}, "text/tab-separated-values; charset=utf-8"),
        ({"params": {"format": "srj"}}, "application/sparql-results+json"),
        (
            {"headers": {"accept": "application/sparql-results+xml"}},
            "application/sparql-results+xml",
        ),
        ({}, "application/json"),
    ],
)
def test_a_stored_query_in_other_formats(
    client: TestClient, how: dict[str, dict[str, str]], content_type: str
) -> None:
    response = client.get("/queries/mentions", **how)  # type: ignore[arg-type]
    assert response.status_code == 200
    assert response.headers["content-type"] == content_type


def test_csv_of_a_stored_query_keeps_the_contract(client: TestClient) -> None:
    text = client.get("/queries/mentions", params={"format": "csv"}).text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == ["document", "paragraph", "label", "type"]
    assert {r["document"] for r in rows} == {DOC}


def test_parameters_narrow_the_rows(client: TestClient) -> None:
    every = client.get("/queries/citations").json()["rows"]
    italy = client.get("/queries/citations", params={"affiliation": "Italy"}).json()["rows"]
    assert italy == [r for r in every if r.get("affiliation") == "Italy"]
    one = client.get("/queries/citations", params={"paragraph": "31"}).json()["rows"]
    assert {r["paragraph"] for r in one} == {31}
    sneaky = 'Italy" } UNION { ?x ?y ?z } #'
    assert client.get("/queries/citations", params={"affiliation": sneaky}).json()["rows"] == []


def test_stored_query_errors(client: TestClient) -> None:
    assert client.get("/queries/no-such-query").status_code == 404
    unknown = client.get("/queries/citations", params={"nonsense": "1"})
    assert unknown.status_code == 400 and "affiliation" in unknown.text
    assert client.get("/queries/citations", params={"format": "ttl"}).status_code == 400
    assert client.get("/queries/../../etc/passwd").status_code == 404


def test_fts_queries_never_pass_syntax_through() -> None:
    assert fts_query("beneficial ownership") == '"beneficial" "ownership"'
    assert fts_query('"asset recovery" regist*') == '"asset recovery" "regist"*'
    assert fts_query('NEAR(a b) OR ) " -x') == '"NEAR" "a" "b" "OR" "x"'
    assert fts_query("") == ""


def test_search_finds_paragraphs(client: TestClient) -> None:
    found = client.get(
        "/search", params={"q": "SIDNA databank"}, headers={"accept": "application/json"}
    )
    body = found.json()
    assert body["total"] == 1
    (hit,) = body["hits"]
    assert hit["number"] == 31 and hit["url"] == f"/doc/{DOC}/paragraph/31"
    assert "<mark>SIDNA</mark>" in hit["snippet"]


def test_search_with_filters(client: TestClient) -> None:
    def total(**params: str) -> int:
        return int(client.get("/search", params={**params, "format": "json"}).json()["total"])

    everything = total(q="confiscation")
    assert everything > 1
    assert 0 < total(q="confiscation", state="ITA") < everything
    assert total(q="confiscation", state="Italy") == total(q="confiscation", state="ITA")
    assert total(q="confiscation", type="Mechanism") > 0
    assert total(q="confiscation", document=DOC) == everything
    assert total(q="confiscation", document="other-report") == 0
    assert total(state="ITA") >= total(q="confiscation", state="ITA")  # filters alone


def test_search_page(client: TestClient) -> None:
    page = client.get("/search", params={"q": "databank"}, headers={"accept": "text/html"}).text
    assert '<option value="ITA">Italy</option>' in page
    assert f'href="/doc/{DOC}/paragraph/31"' in page and "<mark>" in page
    assert client.get("/search", params={"page": "x"}).status_code == 400


def test_search_index_built_from_a_store(tmp_path: Path) -> None:
    import pyoxigraph

    from uncac_kg.endpoint.search import build_index

    store = pyoxigraph.Store()
    store.update(
        """PREFIX uncac: <https://w3id.org/uncac-kg/ontology#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        INSERT DATA { GRAPH <urn:g> {
          <urn:d> a uncac:Document ; dcterms:identifier "d1" .
          <urn:p> a uncac:Paragraph ; uncac:inDocument <urn:d> ; uncac:number 1 ;
            uncac:text "Les registres des bénéficiaires effectifs" . } }"""
    )
    assert build_index(store, tmp_path / "i.sqlite") == 1
    results = SearchIndex(tmp_path / "i.sqlite").search("beneficiaires", {})
    assert results.total == 1 and results.hits[0].document == "d1"


def test_declared_parameters_are_bound_before_the_query_runs(
    client: TestClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "queries"
    folder.mkdir()
    (folder / "naming.rq").write_text(
        "# title: Paragraphs that name a State\n"
        "# variables: paragraph state\n"
        "# param: state iri The State, by its IRI\n"
        "PREFIX uncac: <https://w3id.org/uncac-kg/ontology#>\n"
        "SELECT DISTINCT ?paragraph ?state WHERE { GRAPH ?g {\n"
        "  ?p uncac:mentions ?state ; uncac:number ?paragraph } } ORDER BY ?paragraph\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)  # queries/ of the current folder come first
    listed = {q["name"]: q for q in client.get("/queries").json()}
    assert listed["naming"]["parameters"] == [
        {"name": "state", "type": "iri", "description": "The State, by its IRI"}
    ]
    rows = client.get("/queries/naming", params={"state": f"{BASE_IRI}state/ITA"}).json()["rows"]
    assert rows and {r["state"] for r in rows} == {f"{BASE_IRI}state/ITA"}
    assert 31 in {r["paragraph"] for r in rows}
    bad = client.get("/queries/naming", params={"state": "not an iri> } #"})
    assert bad.status_code == 400
