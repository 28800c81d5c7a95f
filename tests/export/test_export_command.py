"""``uncac-kg export``, run in-process with click's CliRunner, and its formats' table."""

from __future__ import annotations

import csv
import hashlib
import io
import re
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner, Result

from uncac_kg import formats
from uncac_kg.cli import Group, main
from uncac_kg.export.command import export_command
from uncac_kg.export.networks import WRITERS
from uncac_kg.export.viewer import STATIC
from uncac_kg.formats import Kind

REQUIRED = "ttl nt nq trig rdfxml jsonld graphml gexf cyjs dot csv html".split()


def run(*args: str) -> Result:
    group = Group("uncac-kg", commands=[export_command])
    return CliRunner().invoke(group, ["export", *args])


def test_the_command_is_registered() -> None:
    assert main.commands.get("export") is export_command


def test_the_table_names_every_export_format() -> None:
    assert set(REQUIRED) <= set(formats.export_names())
    assert len(formats.export_names()) == len(set(formats.export_names()))
    for name in REQUIRED:
        fmt = formats.get_export(name)
        assert fmt.kind in (Kind.GRAPH, Kind.NETWORK)
        assert formats.get_export(name.upper()) is fmt
    network = [f.name for f in formats.NETWORK_FORMATS]
    assert set(network) - {"csv", "html"} == set(WRITERS)
    assert formats.get_export("gephi").name == "gexf"
    assert formats.get_export("turtle").name == "ttl"
    assert formats.get_export("csv").kind is Kind.NETWORK
    assert formats.get("csv").kind is Kind.RESULTS  # ``query --format csv`` is unchanged
    assert formats.for_media_type("text/csv") is formats.get("csv")
    with pytest.raises(Exception, match="unknown export format 'png'"):
        formats.get_export("png")


def test_help_lists_the_formats() -> None:
    result = run("--help")
    assert result.exit_code == 0
    assert "graphml gexf cyjs dot csv html" in result.output
    assert "Examples:" in result.output


def test_turtle_of_one_report_to_a_file(store_path: str, tmp_path: Path) -> None:
    target = tmp_path / "out" / "report.ttl"
    result = run("ttl", "--store", store_path, "--document", "meeting-2020", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert re.search(r"wrote .*report\.ttl \([\d,]+ bytes\)", result.stderr)
    graph = rdflib.Graph().parse(target, format="turtle")
    assert (None, None, rdflib.Literal("SIDNA databank")) in graph


def test_merging_graphs_says_so(store_path: str) -> None:
    result = run("nt", "--store", store_path)
    assert result.exit_code == 0, result.output
    assert "named graphs are merged" in result.stderr
    assert result.stdout.count("\n") > 10_000


def test_a_network_to_standard_output(store_path: str) -> None:
    result = run("gexf", "--store", store_path, "-p", "co-citations", "--type", "Mechanism")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("<?xml version='1.0' encoding='utf-8'?>\n<gexf")
    assert re.search(r"co-citations: \d+ nodes, \d+ edges", result.stderr)


def test_csv_writes_two_files(store_path: str, tmp_path: Path) -> None:
    result = run("csv", "--store", store_path, "--state", "ITA", "-o", str(tmp_path / "it.csv"))
    assert result.exit_code == 0, result.output
    nodes = list(csv.DictReader(io.StringIO((tmp_path / "it-nodes.csv").read_text("utf-8"))))
    edges = list(csv.DictReader(io.StringIO((tmp_path / "it-edges.csv").read_text("utf-8"))))
    assert {e["source_label"] for e in edges} == {"Italy"}
    assert len(nodes) == 1 + len(edges)  # Italy and what it cited


def test_csv_to_standard_output_is_the_edge_list(store_path: str) -> None:
    result = run("CSV", "--store", store_path)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("source,target,source_label,target_label,weight")
    assert "the edge list only" in result.stderr
    assert len(list(csv.DictReader(io.StringIO(result.stdout)))) > 50


def test_the_viewer_is_one_offline_page(store_path: str, tmp_path: Path) -> None:
    target = tmp_path / "view.html"
    result = run("html", "--store", store_path, "-p", "structure", "-o", str(target))
    assert result.exit_code == 0, result.output
    page = target.read_text(encoding="utf-8")
    assert "<script src" not in page and "<link" not in page
    assert len(re.findall(r"^<script", page, flags=re.MULTILINE)) == 3
    assert 'cf.version="3.35.0"' in page


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ttl", "--type", "Mechanism"], "--type apply to network formats, not to ttl"),
        (["trig", "-p", "citations"], "--projection apply to network formats"),
        (["nq", "--document", "nope"], "no report called 'nope' in the store"),
        (["dot", "--state", "Atlantis"], "no State called 'Atlantis'"),
    ],
)
def test_errors_are_one_line(store_path: str, args: list[str], message: str) -> None:
    result = run(*args, "--store", store_path)
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    assert result.stderr.startswith("uncac-kg: error: ")
    assert message in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_an_unknown_format_is_a_usage_error() -> None:
    result = run("png")
    assert result.exit_code == 2
    assert "'png' is not one of" in result.stderr


def test_the_vendored_library_is_the_one_its_readme_names() -> None:
    readme = (STATIC / "README.md").read_text(encoding="utf-8")
    library = (STATIC / "cytoscape.min.js").read_bytes()
    assert hashlib.sha256(library).hexdigest() in readme
    assert b'cf.version="3.35.0"' in library
    assert "| 3.35.0 | MIT" in readme
    assert "Permission is hereby granted" in (STATIC / "cytoscape.LICENSE").read_text("utf-8")


def test_a_failed_export_leaves_no_file(store_path: str, tmp_path: Path) -> None:
    target = tmp_path / "none.nq"
    result = run("nq", "--store", store_path, "--document", "nope", "-o", str(target))
    assert result.exit_code == 1
    assert list(tmp_path.iterdir()) == []
