"""Building with worker processes (``jobs``) and the bulk loading of new graphs.

Worker processes give the same graph as a build in one process; a report that
cannot be read still leaves the store untouched; and the embedded store's bulk
load of new graphs is all or nothing, even when the process dies midway.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pyoxigraph import BlankNode, Literal, NamedNode, Quad, RdfFormat, Store, serialize

from uncac_kg import pipeline
from uncac_kg.errors import InputError
from uncac_kg.rdf.void import Statistics, void_graph, void_quads
from uncac_kg.settings import Settings
from uncac_kg.store import EmbeddedStore
from uncac_kg.store import Store as KgStore

ROOT = Path(__file__).resolve().parents[1]
G1 = "https://example.org/graph/one"
G2 = "https://example.org/graph/two"
P = NamedNode("https://example.org/p")


def quads(graph: str, count: int) -> list[Quad]:
    return [
        Quad(NamedNode(f"https://example.org/s/{i}"), P, Literal(str(i)), NamedNode(graph))
        for i in range(count)
    ]


def stored(path: Path) -> set[Quad]:
    """Every quad of the store, those with blank nodes (the ontology's axioms, whose
    identifiers differ from one parse to the next) left out."""
    reader = Store.read_only(str(path))
    return {
        quad
        for quad in reader
        if not isinstance(quad.subject, BlankNode) and not isinstance(quad.object, BlankNode)
    }


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four synthetic reports from the benchmark's generator."""
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
    assert spec is not None and spec.loader is not None
    generate = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = generate
    spec.loader.exec_module(generate)
    folder = tmp_path_factory.mktemp("corpus")
    generate.generate_corpus(folder, 4, seed=11)
    (folder / "manifest.json").unlink()
    return folder


def test_two_jobs_build_the_same_graph_as_one(corpus: Path, tmp_path: Path) -> None:
    one = pipeline.build([corpus], Settings(store=str(tmp_path / "one")))
    seen: list[tuple[str, str]] = []
    two = pipeline.build(
        [corpus],
        Settings(store=str(tmp_path / "two")),
        lambda stage, path: seen.append((stage, path.name)),
        jobs=2,
    )
    assert two.documents == one.documents
    assert two.reference_triples == one.reference_triples
    assert stored(tmp_path / "two") == stored(tmp_path / "one")
    names = sorted(p.name for p in corpus.glob("*.txt"))
    assert seen == [("read", n) for n in names] + [("stored", n) for n in names]
    assert set(two.timings) == {*pipeline.STAGES, "total"}
    assert all(seconds >= 0 for seconds in two.timings.values())


def test_a_rebuild_with_jobs_replaces_the_graphs(corpus: Path, tmp_path: Path) -> None:
    settings = Settings(store=str(tmp_path / "kg"))
    pipeline.build([corpus], settings, jobs=2)
    first = stored(tmp_path / "kg")
    pipeline.build([corpus], settings, jobs=2)  # every graph exists: replaced, not doubled
    assert stored(tmp_path / "kg") == first


def test_a_bad_report_with_jobs_leaves_the_store_untouched(corpus: Path, tmp_path: Path) -> None:
    broken = tmp_path / "in" / "zz-broken.txt"
    broken.parent.mkdir()
    broken.write_bytes(b"\x00\x01\x02 binary" * 50)
    with pytest.raises(InputError, match="zz-broken"):
        pipeline.build([corpus, broken], Settings(store=str(tmp_path / "kg")), jobs=2)
    assert not (tmp_path / "kg").exists()


def test_batches_are_stored_in_order_while_the_next_are_made(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "BATCH_QUADS", 1)  # a batch per report
    seen: list[tuple[str, str]] = []
    settings = Settings(store=str(tmp_path / "kg"))
    pipeline.build([corpus], settings, lambda stage, path: seen.append((stage, path.name)))
    names = sorted(p.name for p in corpus.glob("*.txt"))
    assert seen == [("read", n) for n in names] + [("stored", n) for n in names]
    with EmbeddedStore(settings.store) as store:
        assert sum(g.endswith(tuple(n[:-4] for n in names)) for g in store.graphs()) == 4


def test_a_failing_load_keeps_the_batches_before_it(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "BATCH_QUADS", 1)
    real = EmbeddedStore.add_nquads
    calls: list[int] = []

    def failing(self: EmbeddedStore, graphs: dict[str, bytes]) -> None:
        if any("/graph/report-" in graph for graph in graphs):  # a batch of reports
            calls.append(len(graphs))
            if len(calls) == 3:
                raise OSError("disk full")
        real(self, graphs)

    monkeypatch.setattr(EmbeddedStore, "add_nquads", failing)
    stored_paths: list[str] = []
    with pytest.raises(OSError, match="disk full"):
        pipeline.build(
            [corpus],
            Settings(store=str(tmp_path / "kg")),
            lambda stage, path: stored_paths.append(path.stem) if stage == "stored" else None,
        )
    monkeypatch.setattr(EmbeddedStore, "add_nquads", real)
    with EmbeddedStore(tmp_path / "kg") as store:
        reports = [g.rsplit("/", 1)[-1] for g in store.graphs() if "/graph/report-" in g]
    assert reports == stored_paths == ["report-0000", "report-0001"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_void_description_is_counted_while_building(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    """A build into a store of its own counts as it writes, and gets what SPARQL counts."""

    def refused(store: object, base_iri: str) -> object:
        raise AssertionError("counted with SPARQL")

    monkeypatch.setattr(pipeline, "statistics", refused)
    settings = Settings(store=str(tmp_path / "kg"))
    pipeline.build([corpus], settings, jobs=jobs)
    pipeline.build([corpus], settings, jobs=jobs)  # a rebuild replaces every graph it counts
    with EmbeddedStore(settings.store) as store:
        assert void_description(store) == set(void_quads(store, settings.base_iri))


def test_a_store_holding_other_reports_is_described_with_sparql(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(store=str(tmp_path / "kg"))
    reports = sorted(corpus.glob("*.txt"))
    pipeline.build(reports[:2], settings)
    called: list[str] = []
    real = pipeline.statistics

    def spied(store: KgStore, base_iri: str) -> Statistics:
        called.append(base_iri)
        return real(store, base_iri)

    monkeypatch.setattr(pipeline, "statistics", spied)
    pipeline.build(reports[2:], settings, jobs=2)
    assert called == [settings.base_iri]
    with EmbeddedStore(settings.store) as store:
        description = void_description(store)
        assert description == set(void_quads(store, settings.base_iri))
    documents = NamedNode("http://rdfs.org/ns/void#documents")
    (count,) = [q.object for q in description if q.predicate == documents]
    assert count == Literal("4", datatype=NamedNode("http://www.w3.org/2001/XMLSchema#integer"))


def void_description(store: EmbeddedStore) -> set[Quad]:
    graph = NamedNode(void_graph(Settings().base_iri).value)
    return set(store.store.quads_for_pattern(None, None, None, graph))


def test_all_cores_is_at_least_one() -> None:
    assert pipeline.cpu_count() >= 1


# --- EmbeddedStore.add_graphs: the bulk load of new graphs ------------------------------


@pytest.fixture
def store(tmp_path: Path) -> Iterator[EmbeddedStore]:
    with EmbeddedStore(tmp_path / "store") as opened:
        yield opened


def test_new_graphs_are_bulk_loaded(store: EmbeddedStore) -> None:
    assert store.add_graphs({G1: quads(G1, 3), G2: iter(quads(G2, 2))}) == 5
    assert store.graphs() == [G1, G2]
    assert not (store.path / "uncac-kg-pending-graphs.json").exists()


def test_new_graphs_are_bulk_loaded_from_n_quads(store: EmbeddedStore) -> None:
    text = {g: serialize(quads(g, 2), format=RdfFormat.N_QUADS) or b"" for g in (G1, G2)}
    store.add_nquads(text)
    assert store.graphs() == [G1, G2]
    with pytest.raises(ValueError, match="already holds"):
        store.add_nquads({G2: text[G2]})


def test_a_graph_already_stored_is_refused(store: EmbeddedStore) -> None:
    store.replace_graph(G1, quads(G1, 1))
    with pytest.raises(ValueError, match="already holds"):
        store.add_graphs({G1: quads(G1, 2), G2: quads(G2, 1)})
    assert store.graphs() == [G1]


def test_a_failing_input_adds_no_graph(store: EmbeddedStore) -> None:
    def failing() -> Iterator[Quad]:
        yield from quads(G2, 50_000)
        raise RuntimeError("the mapper broke")

    with pytest.raises(RuntimeError, match="mapper broke"):
        store.add_graphs({G1: quads(G1, 10), G2: failing()})
    assert store.graphs() == []
    assert not (store.path / "uncac-kg-pending-graphs.json").exists()


def test_a_quad_of_another_graph_adds_no_graph(store: EmbeddedStore) -> None:
    with pytest.raises(ValueError, match="given for the graph"):
        store.add_graphs({G1: quads(G1, 3), G2: quads(G1, 1)})
    assert store.graphs() == []


def test_a_load_cut_short_by_a_dying_process_is_undone_on_open(tmp_path: Path) -> None:
    path = tmp_path / "kg"
    with EmbeddedStore(path) as kept:
        kept.replace_graph(G1, quads(G1, 2))
    # a process writes the list of graphs it is loading, loads part of them and dies
    script = (
        "import json, os, sys, pyoxigraph as ox\n"
        "path = sys.argv[1]\n"
        "s = ox.Store(path)\n"
        "pending = os.path.join(path, 'uncac-kg-pending-graphs.json')\n"
        f"open(pending, 'w').write(json.dumps([{G2!r}]))\n"
        f"g = ox.NamedNode({G2!r})\n"
        "s.bulk_extend(ox.Quad(ox.NamedNode(f'https://example.org/s/{i}'), g, ox.Literal('x'), g)"
        " for i in range(1000))\n"
        "s.flush()\n"
        "os._exit(9)\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(path)], timeout=120, check=False)
    assert done.returncode == 9
    assert G2 in {g.value for g in Store.read_only(str(path)).named_graphs()}
    with EmbeddedStore(path) as reopened:
        assert reopened.graphs() == [G1]
    assert not (path / "uncac-kg-pending-graphs.json").exists()
