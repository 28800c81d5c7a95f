"""``uncac-kg validate`` run in-process with click's CliRunner, inside the ``uncac-kg`` group."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from validate_support import EXAMPLE_ID, fixture_file, requires_java

from uncac_kg.cli import Group
from uncac_kg.validate import validate_command

CLI = Group(name="uncac-kg", commands={"validate": validate_command})


def run(*args: str) -> Result:
    return CliRunner(env={"UNCAC_KG_STORE": None}).invoke(CLI, ["validate", *args])


def assert_one_line_error(result: Result, *fragments: str) -> None:
    assert result.exit_code == 1, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("uncac-kg: error: "), result.stderr
    assert all(fragment in lines[0] for fragment in fragments), lines[0]


@requires_java
def test_the_example_store_is_valid(example_store: str) -> None:
    result = run("--store", example_store, "--document", EXAMPLE_ID)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert f"report {EXAMPLE_ID} in the store" in out
    assert "Reasoner (HermiT): the ontology is consistent" in out
    assert "individuals reached from 8 paragraphs" in out
    assert "Shapes (SHACL): the graph conforms: 0 violations, 1 warning" in out
    assert "warning: kg:doc/ungass2021-intersessional-2/paragraph/30/statement/1/speaker" in out
    assert out.endswith("Result: valid\n")


def test_json_report(tmp_path: Path) -> None:
    path = fixture_file(tmp_path / "report.trig")
    result = run("--graph", str(path), "--no-reasoner", "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["valid"] is True
    assert report["target"] == "report.trig, with the packaged vocabulary and ontology"
    assert report["reasoning"] is None
    assert report["shapes"]["conforms"] is True
    assert report["shapes"]["results"] == []


def test_a_file_that_conforms(tmp_path: Path) -> None:
    result = run("--graph", str(fixture_file(tmp_path / "report.nq")), "--no-reasoner")
    assert result.exit_code == 0, result.output
    assert "Validated: report.nq, with the packaged vocabulary and ontology" in result.stdout
    assert "Reasoner: not run (--no-reasoner)" in result.stdout
    assert "0 violations, 0 warnings" in result.stdout


def test_a_broken_file_fails_with_a_readable_report(tmp_path: Path) -> None:
    path = fixture_file(tmp_path / "report.ttl")
    text = path.read_text(encoding="utf-8")
    speaker = "<https://w3id.org/uncac-kg/ontology#speaker>"
    broken = "\n".join(line for line in text.splitlines() if speaker not in line)
    path.write_text(broken, encoding="utf-8")
    result = run("--graph", str(path), "--no-reasoner")
    assert result.exit_code == 1, result.output
    out = result.stdout
    assert "does NOT conform: 8 violations" in out  # 4 statements, 4 speakers
    assert "violation: kg:doc/meeting-2020/paragraph/1/statement/1\n" in out
    assert "    a statement has exactly one uncac:speaker, a uncac:Speaker\n" in out
    assert "    shape ush:StatementShape (MinCount)\n" in out
    assert "    ^uncac:speaker -\n" in out  # the speakers' path, inverse
    assert out.endswith("Result: NOT valid\n")
    as_json = json.loads(run("--graph", str(path), "--no-reasoner", "-f", "json").stdout)
    assert as_json["valid"] is False and as_json["shapes"]["violations"] == 8
    first = as_json["shapes"]["results"][0]
    assert set(first) == {"severity", "focus", "path", "value", "message", "shape", "component"}


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (["--document", "nothing-here"], ["no report 'nothing-here'", EXAMPLE_ID]),
        (["--graph", "{tmp}/notes.txt"], ["cannot tell the RDF format", "notes.txt"]),
        (["--graph", "{tmp}/bad.ttl"], ["cannot read", "bad.ttl", "Turtle"]),
    ],
)
def test_errors_are_one_line(
    example_store: str, tmp_path: Path, args: list[str], fragments: list[str]
) -> None:
    (tmp_path / "notes.txt").write_text("not RDF", encoding="utf-8")
    (tmp_path / "bad.ttl").write_text("<a> <b> .", encoding="utf-8")
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    store = [] if "--graph" in args else ["--store", example_store]
    assert_one_line_error(run(*store, *args, "--no-reasoner"), *fragments)


def test_an_empty_store_is_an_error(tmp_path: Path) -> None:
    assert_one_line_error(run("--store", str(tmp_path / "none")), "no store at")


def test_graph_and_store_together_is_a_usage_error(tmp_path: Path) -> None:
    path = fixture_file(tmp_path / "report.nt")
    result = run("--graph", str(path), "--store", str(tmp_path))
    assert result.exit_code == 2
    assert "--graph validates a file" in result.stderr


def test_help_lists_the_options() -> None:
    result = run("--help")
    assert result.exit_code == 0
    for option in ("--store", "--graph", "--document", "--no-reasoner", "--sample", "--format"):
        assert option in result.stdout
