"""The ranked tables: aligned text, CSV and JSON."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter

import pytest

from uncac_kg.analysis import tables
from uncac_kg.analysis.catalog import METRICS
from uncac_kg.analysis.result import Analysis, analyze
from uncac_kg.analysis.rows import Filters
from uncac_kg.store import EmbeddedStore


@pytest.fixture(scope="module")
def citations(example_store: EmbeddedStore) -> Analysis:
    return analyze(example_store, "citations")


def test_text_has_a_table_per_part_aligned(citations: Analysis) -> None:
    text = tables.render(citations, "table", top=5)
    lines = text.splitlines()
    assert lines[0] == "citations: Actors and what they cited"
    assert "filters: none" in lines
    parts = Counter(part for _, part in citations.graph.nodes(data="part"))
    actors = lines.index(f"Top actors by weighted degree (5 of {parts['actor']})")
    header, rule, first = lines[actors + 1 : actors + 4]
    assert header.split()[:3] == ["rank", "label", "type"]
    assert set(rule) <= {"-", " "}
    best = next(row for row in tables.ranked(citations) if "actor" in row["part"])
    assert first.split()[:2] == ["1", best["label"].split()[0]]
    assert header.index("type") == first.index(best["type"])
    # numbers are right-aligned under their heading
    assert header.rstrip().endswith("community")
    assert len(first) == len(header.rstrip())
    assert f"Top entities by weighted degree (5 of {parts['entity']})" in lines
    assert any(line.startswith("Communities, largest first") for line in lines)
    assert lines[-1].startswith("time: query ")


def test_ranks_follow_the_chosen_metric(citations: Analysis) -> None:
    rows = tables.ranked(citations, "pagerank")
    values = [r["pagerank"] for r in rows]
    assert values == sorted(values, reverse=True)
    assert [r["rank"] for r in rows] == list(range(1, len(rows) + 1))
    with pytest.raises(ValueError, match="unknown metric 'fame'"):
        tables.ranked(citations, "fame")


def test_csv_lists_every_node_by_default(citations: Analysis) -> None:
    data = tables.render(citations, "csv")
    rows = list(csv.DictReader(io.StringIO(data)))
    assert data.splitlines()[0] == ",".join(["rank", "id", "label", "type", "part", *METRICS])
    assert len(rows) == citations.graph.number_of_nodes()
    italy = next(r for r in rows if r["label"] == "Italy")
    assert italy["eigenvector"] == ""  # Italy's citations form their own component
    assert int(italy["degree"]) == citations.graph.out_degree(italy["id"]) > 1
    assert len(tables.render(citations, "csv", top=3).splitlines()) == 4


def test_json_holds_the_whole_analysis(citations: Analysis) -> None:
    document = json.loads(tables.render(citations, "json"))
    assert document["projection"] == "citations"
    assert document["directed"] is True
    assert document["filters"] == {"documents": [], "sections": [], "types": [], "states": []}
    nodes = citations.graph.number_of_nodes()
    assert document["summary"]["nodes"] == len(document["nodes"]) == nodes
    first = document["nodes"][0]
    assert first["label"] == tables.ranked(citations)[0]["label"]
    assert set(first) == {"rank", "id", "label", "type", "part", *METRICS}
    sizes = [c["size"] for c in document["communities"]]
    assert sum(sizes) == nodes
    (italy,) = [c for c in document["communities"] if "Italy" in c["members"]]
    assert "SIDNA databank" in italy["members"]


def test_filters_are_described(example_store: EmbeddedStore) -> None:
    filters = Filters(documents=("ungass2021-intersessional-2",), types=("mechanism",))
    analysis = analyze(example_store, "citations", filters)
    text = tables.render(analysis)
    assert "filters: report ungass2021-intersessional-2; type Mechanism" in text


def test_unknown_format(citations: Analysis) -> None:
    with pytest.raises(ValueError, match="unknown table format 'yaml'"):
        tables.render(citations, "yaml")
