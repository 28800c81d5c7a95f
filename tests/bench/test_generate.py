"""The benchmark's report generator and driver: deterministic reports the reader segments as
declared, and a driver that writes its tables (no timing is checked here)."""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from uncac_kg.document import read_document

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "bench"
#: A bare number inside a sentence: a page number the reader left in.
PAGE_NUMBER = re.compile(r"(?<!article)(?<!paragraph)(?<!No\.) \d{1,2} [a-z]")


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generate() -> ModuleType:
    return load("generate")


def test_a_seed_gives_the_same_reports(generate: ModuleType) -> None:
    first = [generate.generate_report(3, i, generate.Pools(3)) for i in range(4)]
    again = [generate.generate_report(3, i, generate.Pools(3)) for i in range(4)]
    assert first == again
    other = generate.generate_report(4, 0, generate.Pools(4))
    assert other[0] != first[0][0]


def test_a_small_corpus_is_the_start_of_a_larger_one(generate: ModuleType, tmp_path: Path) -> None:
    generate.generate_corpus(tmp_path / "small", 2, seed=5)
    generate.generate_corpus(tmp_path / "large", 4, seed=5)
    for name in ("report-0000.txt", "report-0001.txt"):
        assert (tmp_path / "small" / name).read_bytes() == (tmp_path / "large" / name).read_bytes()
    manifest = json.loads((tmp_path / "large" / "manifest.json").read_text(encoding="utf-8"))
    assert (manifest["seed"], manifest["count"], len(manifest["reports"])) == (5, 4, 4)


def test_reports_segment_into_what_they_declare(generate: ModuleType, tmp_path: Path) -> None:
    infos = generate.generate_corpus(tmp_path, 12, seed=8)
    texts = [(tmp_path / info.file).read_text(encoding="utf-8") for info in infos]
    assert sum(info.pages for info in infos) > len(infos)  # page breaks to remove
    # words hyphenated across a page break, to join (how many depends on the vocabularies
    # the generator draws names from; about one a report)
    assert sum(len(re.findall(r"[a-z]- \n\n[a-z]", text)) for text in texts) >= len(infos) // 2
    assert all(re.search(r"\S \n\n\S", text) for text in texts)  # an empty line after each
    for info in infos:
        document = read_document(tmp_path / info.file)
        assert len(document.paragraphs) == info.paragraphs
        assert [p.number for p in document.paragraphs] == list(range(1, info.paragraphs + 1))
        assert len(document.items) == info.items
        assert len(document.sections) == info.sections
        assert document.title.startswith("Report on the meeting of the")
        for paragraph in document.paragraphs:
            # running headers, page numbers and line-break hyphens are gone
            assert "States Parties to the Working" not in paragraph.text
            assert "States Parties to the Implementation" not in paragraph.text
            assert not re.search(r"[a-z]- [a-z]", paragraph.text)
            assert not PAGE_NUMBER.search(paragraph.text)


def test_the_driver_writes_its_tables(tmp_path: Path) -> None:
    output, results = tmp_path / "BENCHMARKS.md", tmp_path / "latest.json"
    command = [sys.executable, str(BENCH / "run.py"), "--sizes", "2", "--repeats", "1"]
    command += ["--jobs", "1", "--no-queries", "--no-service", "--no-analysis", "--no-profile"]
    command += ["--work", str(tmp_path / "work"), "--output", str(output), "--json", str(results)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    table = output.read_text(encoding="utf-8")
    assert "## 1. Build against pyoxigraph's bulk load" in table
    assert re.search(r"^\| 2 \| uncac-kg build, jobs=1 \| [\d.]+ \|", table, re.M)
    assert re.search(r"^\| 2 \| pyoxigraph bulk load \|", table, re.M)
    assert "Machine:" in table
    figures = json.loads(results.read_text(encoding="utf-8"))
    build = figures["build"]["2"]["runs"]["jobs=1"]
    assert build["reports"] == 2
    assert set(build["stages"]) >= {"read", "extract", "map", "store", "void", "total"}
