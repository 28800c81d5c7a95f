"""The bundled example report, built for real (reader, extractor, mapper, embedded store)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from uncac_kg.cli import main
from uncac_kg.resources import examples_dir

EXAMPLE = examples_dir() / "ungass2021-intersessional-2.txt"
DOC = "ungass2021-intersessional-2"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = str(tmp_path_factory.mktemp("e2e") / "store")
    result = CliRunner().invoke(main, ["build", str(EXAMPLE), "--store", path])
    assert result.exit_code == 0, result.output
    yield path


def query(store: str, sparql: str) -> list[dict[str, str]]:
    result = CliRunner().invoke(main, ["query", sparql, "--store", store, "--format", "csv"])
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout)))


def test_build_summary_counts_the_report(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(EXAMPLE), "--store", str(tmp_path / "s")])
    assert result.exit_code == 0, result.output
    assert DOC in result.output
    assert "42" in result.output  # paragraphs


def test_italian_panellist_cites_the_sidna_databank(store: str) -> None:
    rows = [r for r in query(store, "citations") if r["paragraph"] == "31"]
    assert {r["speaker"] for r in rows} == {"A panellist from Italy"}
    assert {(r["role"], r["affiliation"], r["affiliationType"]) for r in rows} == {
        ("panellist", "Italy", "State")
    }
    cited = {r["cited"]: r["citedType"] for r in rows}
    assert cited["SIDNA databank"] == "Mechanism"
    assert cited["central register of accounts"] == "Mechanism"
    assert cited["National Antimafia and Counter Terrorism Directorate"] == "Organization"
    assert "Italy" not in cited  # States are mentioned, never cited


def test_offsets_point_at_the_exact_words(store: str) -> None:
    rows = query(
        store,
        """
        PREFIX uncac: <https://w3id.org/uncac-kg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?text ?quote ?begin ?end ?paraText ?paraBegin WHERE {
          ?doc a uncac:Document ; uncac:text ?text .
          ?p uncac:inDocument ?doc ; uncac:number 31 ; uncac:text ?paraText ;
             uncac:beginIndex ?paraBegin ; uncac:hasStatement ?s .
          ?s uncac:hasCitation ?c .
          ?c uncac:citedEntity ?e ; uncac:quote ?quote ;
             uncac:beginIndex ?begin ; uncac:endIndex ?end .
          ?e rdfs:label "SIDNA databank" .
        }
        """,
    )
    assert len(rows) == 1
    row = rows[0]
    begin, end, para_begin = int(row["begin"]), int(row["end"]), int(row["paraBegin"])
    assert row["quote"] == "SIDNA databank"
    assert row["text"][begin:end] == "SIDNA databank"
    assert row["paraText"][begin - para_begin : end - para_begin] == "SIDNA databank"


def test_every_paragraph_and_no_page_furniture(store: str) -> None:
    rows = query(
        store,
        """
        PREFIX uncac: <https://w3id.org/uncac-kg/ontology#>
        SELECT ?n ?text WHERE { ?p a uncac:Paragraph ; uncac:number ?n ; uncac:text ?text }
        ORDER BY ?n
        """,
    )
    assert [int(r["n"]) for r in rows] == list(range(1, 43))
    p13 = rows[12]["text"]
    assert "prior to the transfer of funds across borders" in p13
    assert "eighth session 4" not in p13


def test_rebuilding_replaces_the_graph(store: str) -> None:
    before = query(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    result = CliRunner().invoke(main, ["build", str(EXAMPLE), "--store", store])
    assert result.exit_code == 0, result.output
    after = query(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert before == after


def test_contract_queries_project_their_variables(store: str) -> None:
    citations = query(store, "citations")
    assert list(citations[0]) == [
        "document", "paragraph", "speaker", "role", "affiliation", "affiliationType",
        "cited", "citedType",
    ]  # fmt: skip
    mentions = query(store, "mentions")
    assert list(mentions[0]) == ["document", "paragraph", "label", "type"]
    assert {r["document"] for r in mentions} == {DOC}
    types = {r["type"] for r in mentions}
    assert {"State", "Organization", "Mechanism", "UNCACArticle", "LegalInstrument"} <= types
