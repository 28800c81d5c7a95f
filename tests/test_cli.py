"""The command line, run in-process with click's CliRunner.

Builds here use the ``stub_stages`` fixture: the reading and extraction stages
are replaced by the hand-built report of ``fixtures.py``.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from fixtures import CITATION_ROWS

from uncac_kg import __version__
from uncac_kg.cli import main

CITATION_VARIABLES = "document,paragraph,speaker,role,affiliation,affiliationType,cited,citedType"


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner(env=env).invoke(main, list(args))


def assert_one_line_error(result: Result, *fragments: str) -> None:
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("uncac-kg: error: ")
    assert "Traceback" not in result.output
    for fragment in fragments:
        assert fragment in lines[0]


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "reports" / "meeting-2020.txt"
    path.parent.mkdir()
    path.write_text("stand-in: the stub stages build the fixture report\n", encoding="utf-8")
    return path


@pytest.fixture
def store(tmp_path: Path, report: Path, stub_stages: None) -> str:
    """A store built from the fixture report."""
    location = str(tmp_path / "store")
    result = run("build", str(report), "--store", location)
    assert result.exit_code == 0, result.output
    return location


# help and version


def test_help_lists_the_commands_with_examples() -> None:
    result = run("--help")
    assert result.exit_code == 0
    for text in ("build", "query", "Examples:", "uncac-kg query state-citations"):
        assert text in result.output


@pytest.mark.parametrize(
    ("command", "texts"),
    [
        ("build", ["PATH...", "--store", "replaces its graph", "uncac-kg build examples/"]),
        ("query", ["QUERY", "--format", "csv", "jsonld", "queries/", "uncac-kg query citations"]),
    ],
)
def test_command_help(command: str, texts: list[str]) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    for text in texts:
        assert text in result.output


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.output.strip() == f"uncac-kg {__version__}"


# build


def test_build_prints_a_summary(tmp_path: Path, report: Path, stub_stages: None) -> None:
    result = run("build", str(report), "--store", str(tmp_path / "kg"))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == [
        "document", "paragraphs", "statements", "citations", "triples", "entities",
    ]  # fmt: skip
    assert lines[1].split()[:4] == ["meeting-2020", "2", "4", "6"]
    assert lines[2].startswith("total (1 report)")
    assert "LegalInstrument 2" in result.stdout
    assert f"stored in {tmp_path / 'kg'}" in result.stdout


def test_rebuilding_replaces_the_graph(store: str, report: Path) -> None:
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    before = run("query", count, "--store", store, "--format", "csv").stdout
    assert run("build", str(report), "--store", store).exit_code == 0
    after = run("query", count, "--store", store, "--format", "csv").stdout
    assert before == after


def test_build_of_many_reports_shows_progress(tmp_path: Path, stub_stages: None) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    for n in range(5):
        (folder / f"meeting-{n}.txt").write_text("x", encoding="utf-8")
    result = run("build", str(folder), "--store", str(tmp_path / "kg"))
    assert result.exit_code == 0, result.output
    assert "Building" in result.stderr
    assert "total (5 reports)" in result.stdout


def test_build_of_a_missing_file(tmp_path: Path, stub_stages: None) -> None:
    result = run("build", str(tmp_path / "nope.txt"), "--store", str(tmp_path / "kg"))
    assert_one_line_error(result, "no such file or folder", "nope.txt")
    assert not (tmp_path / "kg").exists()


def test_a_broken_report_stops_the_build_before_the_store(
    store: str, report: Path, stub_stages: None
) -> None:
    broken = report.parent / "broken.txt"
    broken.write_text("x", encoding="utf-8")
    other = report.parent / "meeting-2021.txt"
    other.write_text("x", encoding="utf-8")
    result = run("build", str(other), str(broken), "--store", store)
    assert_one_line_error(result, "broken.txt", "no numbered paragraphs")
    documents = run("query", "documents", "--store", store, "--format", "csv").stdout
    assert "meeting-2021" not in documents


def test_build_needs_a_path() -> None:
    result = run("build")
    assert result.exit_code == 2
    assert "Missing argument" in result.output


# query


def test_query_by_name_gives_the_contract_csv(store: str) -> None:
    result = run("query", "citations", "--store", store, "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == CITATION_VARIABLES
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["cited"] or None for r in rows] == [row[5] for row in CITATION_ROWS]


@pytest.mark.parametrize("name", ["mentions", "mentions.rq", "queries/mentions.rq"])
def test_query_by_name_or_path(store: str, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(Path(__file__).parents[1])  # where queries/ is
    result = run("query", name, "--store", store, "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "document,paragraph,label,type"


def test_query_by_absolute_path(store: str, tmp_path: Path) -> None:
    path = tmp_path / "count.rq"
    path.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?d a ?c }", encoding="utf-8")
    result = run("query", str(path), "--store", store, "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "n"


def test_query_found_in_the_current_folder_first(
    store: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "queries").mkdir()
    (tmp_path / "queries" / "citations.rq").write_text("ASK { ?s ?p ?o }", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("query", "citations", "--store", store)
    assert result.stdout == "true\n"


def test_query_as_a_string_defaults_to_a_table(store: str) -> None:
    sparql = (
        "PREFIX dcterms: <http://purl.org/dc/terms/> "
        "SELECT ?id WHERE { ?doc dcterms:identifier ?id }"
    )
    result = run("query", sparql, "--store", store)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["id", "------------", "meeting-2020", "(1 row)"]


def test_construct_defaults_to_turtle(store: str) -> None:
    sparql = (
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "CONSTRUCT { ?e skos:prefLabel ?l } WHERE { ?e rdfs:label 'Italy' ; rdfs:label ?l }"
    )
    result = run("query", sparql, "--store", store)
    assert result.exit_code == 0, result.output
    assert "@prefix skos:" in result.stdout
    assert '"Italy"' in result.stdout


def test_construct_as_json_ld(store: str) -> None:
    sparql = "CONSTRUCT WHERE { <https://w3id.org/uncac-kg/state/ITA> ?p ?o }"
    result = run("query", sparql, "--store", store, "--format", "jsonld")
    assert result.exit_code == 0, result.output
    assert result.stdout.lstrip().startswith(("[", "{"))


def test_bad_sparql_is_one_line(store: str) -> None:
    result = run("query", "SELECT ?x WHERE { ?x }", "--store", store)
    assert_one_line_error(result, "invalid SPARQL query")


def test_unknown_query_name(store: str) -> None:
    result = run("query", "no-such-query", "--store", store)
    assert_one_line_error(result, "no-such-query", "citations")


def test_format_of_the_wrong_kind(store: str) -> None:
    result = run("query", "citations", "--store", store, "--format", "ttl")
    assert_one_line_error(result, "ttl cannot show the result of a SELECT or ASK query", "csv")


def test_unknown_format_is_a_usage_error(store: str) -> None:
    result = run("query", "citations", "--store", store, "--format", "yaml")
    assert result.exit_code == 2
    assert "Invalid value for '--format'" in result.output


def test_query_without_a_store(tmp_path: Path) -> None:
    result = run("query", "citations", "--store", str(tmp_path / "none"))
    assert_one_line_error(result, "no store at", "run `uncac-kg build` first")
    assert not (tmp_path / "none").exists()


def test_store_from_the_environment(store: str) -> None:
    result = run("query", "documents", "--format", "csv", env={"UNCAC_KG_STORE": store})
    assert result.exit_code == 0, result.output
    assert "meeting-2020" in result.stdout


def test_unreachable_remote_store_is_one_line() -> None:
    result = run("query", "citations", "--store", "http://127.0.0.1:9/query")
    assert_one_line_error(
        result, "cannot reach the store at http://127.0.0.1:9/query: connection refused"
    )
