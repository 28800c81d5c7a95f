"""The bundled example built into a real Oxigraph server gives, query for query and row for
row, the answers the embedded store gives; ``push`` and ``pull`` copy graphs both ways."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from pyoxigraph import BlankNode, Literal, QuerySolutions
from test_remote import free_port, oxigraph_server

from uncac_kg import pipeline, queries
from uncac_kg.cli import Group, main
from uncac_kg.rdf.void import statistics
from uncac_kg.resources import examples_dir, queries_dir
from uncac_kg.settings import Settings
from uncac_kg.store import Store, open_store
from uncac_kg.store.commands import graph_quads, pull_command, push_command

EXAMPLE = examples_dir() / "ungass2021-intersessional-2.txt"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

#: Every stored query but the federated ones (they call other servers).
CANNED = sorted(
    p for p in queries_dir().rglob("*.rq") if "federated" not in p.relative_to(queries_dir()).parts
)


@pytest.fixture(scope="module")
def embedded_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("embedded") / "store")
    pipeline.build([EXAMPLE], Settings(store=path))
    return path


@pytest.fixture
def embedded(embedded_path: str) -> Iterator[Store]:
    """The embedded store, open for one test (the CLI's tests open it themselves)."""
    with open_store(embedded_path, create=False) as store:
        yield store


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph")) as url:
        yield url


@pytest.fixture(scope="module")
def remote(server: str) -> Iterator[Store]:
    result = CliRunner().invoke(main, ["build", str(EXAMPLE), "--store", server])
    assert result.exit_code == 0, result.output
    assert f"stored in {server}" in result.output
    with open_store(server) as store:
        yield store


Row = tuple[str, ...]


def answer(store: Store, sparql: str) -> tuple[list[str], list[Row]]:
    """The variables and rows of a SELECT, each term in a comparable form.

    Literals are compared by value, datatype and language, with a plain literal
    and an xsd:string taken as the same (SPARQL JSON results leave xsd:string
    implicit); blank nodes, whose labels each store chooses, compare equal.
    """
    result = store.query(sparql)
    assert isinstance(result, QuerySolutions)
    variables = [v.value for v in result.variables]
    return variables, [tuple(_term(term) for term in row) for row in result]


def _term(term: object) -> str:
    if term is None:
        return "UNBOUND"
    if isinstance(term, BlankNode):
        return "_:b"
    if isinstance(term, Literal):
        datatype = term.datatype.value if term.language is None else "lang:" + term.language
        return f"{term.value!r}^^{'' if datatype == XSD_STRING else datatype}"
    return str(term)


@pytest.mark.parametrize("path", CANNED, ids=lambda p: p.relative_to(queries_dir()).as_posix())
def test_every_canned_query_gives_the_same_rows(path: Path, embedded: Store, remote: Store) -> None:
    sparql = queries.load(path).sparql
    expected_variables, expected = answer(embedded, sparql)
    variables, rows = answer(remote, sparql)
    assert variables == expected_variables
    assert expected, f"{path.name} gives no rows on the example"
    if re.search(r"\bORDER\s+BY\b", sparql, flags=re.IGNORECASE):
        assert rows == expected
    else:
        assert sorted(rows) == sorted(expected)


def test_the_same_graphs_and_statistics(embedded: Store, remote: Store) -> None:
    assert remote.graphs() == embedded.graphs()
    base = Settings().base_iri
    assert statistics(remote, base) == statistics(embedded, base)


def test_query_command_with_a_url(embedded_path: str, remote: Store) -> None:
    outputs = []
    for location in (embedded_path, remote.location):
        result = CliRunner().invoke(
            main, ["query", "citations", "--store", location, "--format", "csv"]
        )
        assert result.exit_code == 0, result.output
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1]
    assert outputs[0].startswith("document,paragraph,speaker,")


def test_push_then_pull(embedded_path: str, tmp_path: Path) -> None:
    cli = Group(commands=[push_command, pull_command])
    with oxigraph_server(tmp_path) as url:
        pushed = CliRunner().invoke(cli, ["push", url, "--store", embedded_path])
        assert pushed.exit_code == 0, pushed.output
        with open_store(embedded_path) as embedded:
            count = len(embedded.graphs())
        assert f"copied {count} graphs" in pushed.output
        pulled_to = str(tmp_path / "pulled")
        pulled = CliRunner().invoke(cli, ["pull", url, "--store", pulled_to])
        assert pulled.exit_code == 0, pulled.output
    with open_store(pulled_to, create=False) as copy, open_store(embedded_path) as embedded:
        assert copy.graphs() == embedded.graphs()
        for graph in embedded.graphs():
            mine, theirs = graph_quads(embedded, graph), graph_quads(copy, graph)
            assert len(mine) == len(theirs)
            named = {str(q) for q in mine if not _has_blank_node(q)}
            assert named == {str(q) for q in theirs if not _has_blank_node(q)}


def test_push_to_an_unreachable_store_is_one_line(embedded_path: str) -> None:
    cli = Group(commands=[push_command])
    url = f"http://127.0.0.1:{free_port()}/query"
    result = CliRunner().invoke(cli, ["push", url, "--store", embedded_path])
    assert result.exit_code == 1
    (line,) = result.output.strip().splitlines()
    assert re.fullmatch(
        rf"uncac-kg: error: cannot reach the store at {url[:-6]}/\w+: connection refused", line
    )


def _has_blank_node(quad: object) -> bool:
    return "_:" in str(quad)


@pytest.mark.parametrize(
    "arguments",
    [
        ["analyze", "--format", "csv", "--top", "10"],
        ["export", "graphml"],
        ["export", "csv"],
    ],
)
def test_analyze_and_export_with_a_url(
    embedded_path: str, remote: Store, arguments: list[str]
) -> None:
    outputs = []
    for location in (embedded_path, remote.location):
        result = CliRunner().invoke(main, [*arguments, "--store", location])
        assert result.exit_code == 0, result.output
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1]
    assert outputs[0]
