"""``uncac-kg analyze``, run in-process with click's CliRunner."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from uncac_kg.analysis.command import analyze_command
from uncac_kg.cli import Group, main
from uncac_kg.store import EmbeddedStore


@pytest.fixture(scope="module")
def store(example_store: EmbeddedStore) -> str:
    location = example_store.location
    example_store.close()  # the command opens the store itself
    return location


def run(*args: str) -> Result:
    group = Group("uncac-kg", commands=[analyze_command])
    return CliRunner().invoke(group, ["analyze", *args])


def test_the_command_is_registered() -> None:
    assert main.commands.get("analyze") is analyze_command


def test_help_has_examples() -> None:
    result = run("--help")
    assert result.exit_code == 0
    assert "Examples:" in result.output
    for name in ("citations", "co-citations", "shared-citations", "structure"):
        assert name in result.output


def test_a_ranked_table(store: str) -> None:
    result = run("--store", store, "--top", "3")
    assert result.exit_code == 0, result.output
    assert re.search(r"^Top actors by weighted degree \(3 of \d+\)$", result.stdout, re.M)
    assert re.search(r"^   1  \w", result.stdout, re.M)


def test_csv_and_json(store: str) -> None:
    result = run("--store", store, "-p", "co-citations", "--type", "Mechanism", "-f", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and {r["type"] for r in rows} == {"Mechanism"}
    result = run("--store", store, "--state", "Italy", "--format", "json", "--sort", "pagerank")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["filters"]["states"] == ["Italy"]
    actors = [n["label"] for n in document["nodes"] if n["part"] == "actor"]
    assert actors == ["Italy"]
    assert document["summary"]["nodes"] == len(document["nodes"]) > 1


def test_an_html_report(store: str, tmp_path: Path) -> None:
    report = tmp_path / "report.html"
    result = run("--store", store, "-p", "actor-overlap", "--html", str(report))
    assert result.exit_code == 0, result.output
    assert f"report written to {report}" in result.stderr
    page = report.read_text(encoding="utf-8")
    assert "Actors citing the same entities" in page
    assert 'id="top-mechanisms"' in page


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--state", "Atlantis"], "no State called 'Atlantis' has rows in the citations"),
        (["--document", "nope"], "no report called 'nope'"),
        (["-p", "structure", "--state", "Italy"], "--state does not apply"),
    ],
)
def test_errors_are_one_line(store: str, args: list[str], message: str) -> None:
    result = run("--store", store, *args)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("uncac-kg: error: ")
    assert message in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_a_missing_store(tmp_path: Path) -> None:
    result = run("--store", str(tmp_path / "none"))
    assert result.exit_code == 1
    assert "no store at" in result.stderr


def test_an_unknown_projection_is_a_usage_error(store: str) -> None:
    result = run("--store", store, "-p", "galaxy")
    assert result.exit_code == 2
    assert "'galaxy' is not one of" in result.stderr
