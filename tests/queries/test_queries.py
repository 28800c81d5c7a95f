"""Every stored query parses, runs on a store holding the fixture report, and projects the
variables its header documents; the two contract queries give exactly the expected rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures import CITATION_ROWS
from pyoxigraph import QuerySolutions
from rdflib.plugins.sparql import prepareQuery

from uncac_kg import queries
from uncac_kg.resources import queries_dir
from uncac_kg.store import EmbeddedStore

# federated queries reach other endpoints; they are tested against a local server
QUERIES = sorted(
    p for p in queries_dir().rglob("*.rq") if "federated" not in p.relative_to(queries_dir()).parts
)
CONTRACTS = {
    "citations": (
        "document paragraph speaker role affiliation affiliationType cited citedType".split()
    ),
    "mentions": ["document", "paragraph", "label", "type"],
}


def run(store: EmbeddedStore, name: str) -> QuerySolutions:
    stored = queries.find(name, [queries_dir()])
    assert stored is not None
    result = store.query(stored.sparql)
    assert isinstance(result, QuerySolutions)
    return result


def rows(result: QuerySolutions) -> list[tuple[str | None, ...]]:
    return [tuple(None if term is None else term.value for term in solution) for solution in result]


def test_the_contract_queries_exist() -> None:
    assert {p.stem for p in QUERIES} >= set(CONTRACTS)


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_header_documents_the_query(path: Path) -> None:
    stored = queries.load(path)
    assert stored.title
    assert stored.description
    assert stored.variables


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_query_is_standard_sparql(path: Path) -> None:
    prepareQuery(path.read_text(encoding="utf-8"))  # a second parser: no engine extensions


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_query_projects_the_documented_variables(path: Path, loaded_store: EmbeddedStore) -> None:
    stored = queries.load(path)
    result = loaded_store.query(stored.sparql)
    assert isinstance(result, QuerySolutions)
    assert [v.value for v in result.variables] == list(stored.variables)
    assert rows(result), f"{path.name} gives no rows on the fixture"


@pytest.mark.parametrize("name", sorted(CONTRACTS))
def test_contract_variables(name: str) -> None:
    stored = queries.find(name, [queries_dir()])
    assert stored is not None
    assert list(stored.variables) == CONTRACTS[name]


def test_citations_rows(loaded_store: EmbeddedStore) -> None:
    assert rows(run(loaded_store, "citations")) == [("meeting-2020", *row) for row in CITATION_ROWS]


def test_citations_do_not_repeat_when_an_entity_is_in_several_graphs(
    loaded_store: EmbeddedStore, tmp_path: Path
) -> None:
    from fixtures import BASE_IRI, make_document, make_extraction

    from uncac_kg.rdf import IriMinter, to_quads

    other = make_document("meeting-2021")
    graph = IriMinter(BASE_IRI).graph(other.identifier).value
    loaded_store.replace_graph(graph, to_quads(other, make_extraction(other), BASE_IRI))
    found = rows(run(loaded_store, "citations"))
    assert len(found) == 2 * len(CITATION_ROWS)
    assert found[len(CITATION_ROWS) :] == [("meeting-2021", *row) for row in CITATION_ROWS]


def test_mentions_rows(loaded_store: EmbeddedStore) -> None:
    assert rows(run(loaded_store, "mentions")) == [
        ("meeting-2020", "1", "Italy", "State"),
        ("meeting-2020", "1", "SIDNA databank", "Mechanism"),
        ("meeting-2020", "1", "central register of accounts", "Mechanism"),
        ("meeting-2020", "2", "General Assembly resolution 74/276", "LegalInstrument"),
        ("meeting-2020", "2", "article 46(4)", "UNCACArticle"),
        ("meeting-2020", "2", "United Nations Convention against Corruption", "LegalInstrument"),
        ("meeting-2020", "2", "beneficial ownership registers", "Mechanism"),
        ("meeting-2020", "2", "World Bank", "Organization"),
    ]


def test_state_citations_counts(loaded_store: EmbeddedStore) -> None:
    assert rows(run(loaded_store, "state-citations")) == [
        ("Italy", "SIDNA databank", "Mechanism", "1", "1"),
        ("Italy", "central register of accounts", "Mechanism", "1", "1"),
    ]


def test_documents_counts(loaded_store: EmbeddedStore) -> None:
    (row,) = rows(run(loaded_store, "documents"))
    assert row[0] == "meeting-2020"
    assert row[-3:] == ("2", "4", "6")


def test_readme_describes_every_query() -> None:
    readme = (queries_dir() / "README.md").read_text(encoding="utf-8")
    for path in QUERIES:
        assert f"`{path.relative_to(queries_dir()).as_posix()}`" in readme, path.name
