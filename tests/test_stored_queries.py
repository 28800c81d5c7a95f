"""Stored queries are found by name or path, and a SPARQL string is taken as it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from uncac_kg import queries
from uncac_kg.errors import QueryError

QUERY = """# title: Count
# description: How many triples
# description: there are.
# variables: ?n
# param: none
PREFIX ex: <https://example.org/>
# a comment in the body is not part of the header
# title: not this
SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "analysis").mkdir()
    (tmp_path / "count.rq").write_text(QUERY, encoding="utf-8")
    (tmp_path / "analysis" / "edges.rq").write_text("ASK {}", encoding="utf-8")
    return tmp_path


def test_header(folder: Path) -> None:
    stored = queries.load(folder / "count.rq")
    assert stored.name == "count"
    assert stored.title == "Count"
    assert stored.description == "How many triples there are."
    assert stored.variables == ("n",)
    assert stored.params == ("none",)


def test_stored_lists_every_query_by_name(folder: Path) -> None:
    assert [q.name for q in queries.stored([folder])] == ["analysis/edges", "count"]


@pytest.mark.parametrize("name", ["count", "count.rq", "analysis/edges"])
def test_find_by_name(folder: Path, name: str) -> None:
    found = queries.find(name, [folder])
    assert found is not None
    assert found.name == name.removesuffix(".rq")


@pytest.mark.parametrize("name", ["../count", "no-such", "two words"])
def test_find_refuses_what_is_not_a_stored_name(folder: Path, name: str) -> None:
    assert queries.find(name, [folder / "analysis"]) is None


def test_earlier_folders_win(folder: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    mine = tmp_path_factory.mktemp("mine")
    (mine / "count.rq").write_text("ASK { ?s ?p ?o }", encoding="utf-8")
    assert queries.resolve("count", [mine, folder]) == "ASK { ?s ?p ?o }"


def test_resolve(folder: Path) -> None:
    assert queries.resolve("count", [folder]) == QUERY
    assert queries.resolve(str(folder / "count.rq"), []) == QUERY
    sparql = "SELECT * WHERE { ?s ?p ?o }"
    assert queries.resolve(sparql, [folder]) == sparql


def test_resolve_names_what_it_knows(folder: Path) -> None:
    with pytest.raises(QueryError, match=r"no-such.*analysis/edges, count"):
        queries.resolve("no-such", [folder])


def test_an_empty_query_is_refused() -> None:
    with pytest.raises(QueryError, match="empty"):
        queries.resolve("  ", [])


def test_the_packaged_queries_are_on_the_search_path() -> None:
    assert "citations" in {q.name for q in queries.stored()}
