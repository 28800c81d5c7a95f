"""Extraction quality on the bundled example, scored against its gold annotations.

The floors sit a little under the figures the extractor reaches, so that a
change that loses quality fails here; ``make score`` prints the figures.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from types import ModuleType

import pytest
from click.testing import CliRunner

from uncac_kg.cli import main
from uncac_kg.resources import examples_dir

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "data" / "gold"
FLOORS = {"entity": 0.95, "speaker": 0.98, "attribution": 0.95}
#: Reports of other kinds (tests/data/synthetic/README.md), never the example. The floors
#: sit just under what the hundred and twenty-nine reports measure (entity 0.8834, speaker
#: 0.9447, attribution 0.7944), so that any loss of generality fails here. (Many of the readers
#: labelled UNODC by its acronym where their report spells it out, against the guidelines'
#: fullest form, which the extractor follows: that costs these figures about 0.01.)
SYNTHETIC = ROOT / "tests" / "data" / "synthetic"
SYNTHETIC_FLOORS = {"entity": 0.882, "speaker": 0.935, "attribution": 0.79}


def _rows(store: str, name: str) -> list[dict[str, str]]:
    result = CliRunner().invoke(main, ["query", name, "--store", store, "--format", "csv"])
    assert result.exit_code == 0, result.output
    return [dict(r) for r in csv.DictReader(io.StringIO(result.stdout))]


@pytest.fixture(scope="module")
def figures(tmp_path_factory: pytest.TempPathFactory, scorer: ModuleType) -> dict[str, float]:
    store = str(tmp_path_factory.mktemp("quality") / "store")
    report = examples_dir() / "ungass2021-intersessional-2.txt"
    result = CliRunner().invoke(main, ["build", str(report), "--store", store])
    assert result.exit_code == 0, result.output
    gold = scorer.load_gold(GOLD, {report.stem})
    lines = scorer.score(gold, _rows(store, "citations"), _rows(store, "mentions"), {report.stem})
    return {name: f for name, (_p, _r, f), _n in lines}


@pytest.mark.parametrize("figure", sorted(FLOORS))
def test_extraction_quality_floor(figures: dict[str, float], figure: str) -> None:
    assert figures[figure] >= FLOORS[figure], f"{figure} F1 fell to {figures[figure]:.3f}"


@pytest.fixture(scope="module")
def synthetic_figures(
    tmp_path_factory: pytest.TempPathFactory, scorer: ModuleType
) -> dict[str, float]:
    store = str(tmp_path_factory.mktemp("synthetic") / "store")
    reports = SYNTHETIC / "reports"
    result = CliRunner().invoke(main, ["build", str(reports), "--store", store])
    assert result.exit_code == 0, result.output
    names = {p.stem for p in reports.glob("*.txt")}
    gold = scorer.load_gold(SYNTHETIC / "gold", names)
    assert {p["doc"] for p in gold} == names
    lines = scorer.score(gold, _rows(store, "citations"), _rows(store, "mentions"), names)
    return {name: f for name, (_p, _r, f), _n in lines}


@pytest.mark.parametrize("figure", sorted(SYNTHETIC_FLOORS))
def test_extraction_quality_floor_on_reports_of_other_kinds(
    synthetic_figures: dict[str, float], figure: str
) -> None:
    floor = SYNTHETIC_FLOORS[figure]
    found = synthetic_figures[figure]
    assert found >= floor, f"{figure} F1 fell to {found:.3f}"
