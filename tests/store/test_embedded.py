"""The embedded store: atomic graph replacement, union default graph, clear errors."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Quad, QuerySolutions

from uncac_kg.errors import QueryError, StoreError
from uncac_kg.store import EmbeddedStore, open_store

G1 = "https://example.org/graph/one"
G2 = "https://example.org/graph/two"
P = NamedNode("https://example.org/p")


def quads(graph: str, *values: str) -> list[Quad]:
    return [
        Quad(NamedNode(f"https://example.org/s/{i}"), P, Literal(v), NamedNode(graph))
        for i, v in enumerate(values)
    ]


def contents(store: EmbeddedStore, graph: str) -> set[str]:
    found = store.store.quads_for_pattern(None, None, None, NamedNode(graph))
    return {q.object.value for q in found if isinstance(q.object, Literal)}


def count(store: EmbeddedStore, sparql: str) -> int:
    result = store.query(sparql)
    assert isinstance(result, QuerySolutions)
    (row,) = list(result)
    return int(row[0].value)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[EmbeddedStore]:
    with EmbeddedStore(tmp_path / "store") as opened:
        yield opened


def test_replacing_a_graph_twice_keeps_one_copy(store: EmbeddedStore) -> None:
    assert store.replace_graph(G1, quads(G1, "a", "b")) == 2
    store.replace_graph(G1, quads(G1, "a", "b"))
    assert count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == 2


def test_replacing_a_graph_drops_what_it_held(store: EmbeddedStore) -> None:
    store.replace_graph(G1, quads(G1, "a", "b"))
    store.replace_graph(G1, quads(G1, "c"))
    assert contents(store, G1) == {"c"}


def test_other_graphs_are_left_alone(store: EmbeddedStore) -> None:
    store.replace_graph(G1, quads(G1, "a"))
    store.replace_graph(G2, quads(G2, "b"))
    store.replace_graph(G1, quads(G1, "c"))
    assert contents(store, G2) == {"b"}


def test_queries_see_the_union_of_the_named_graphs(store: EmbeddedStore) -> None:
    store.replace_graphs({G1: quads(G1, "a"), G2: quads(G2, "b", "c")})
    assert count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == 3
    assert store.graphs() == [G1, G2]


def test_a_failing_input_leaves_the_old_graph_intact(store: EmbeddedStore) -> None:
    store.replace_graph(G1, quads(G1, "old", "data"))

    def failing() -> Iterator[Quad]:
        yield from quads(G1, "new")
        raise RuntimeError("the mapper broke")

    with pytest.raises(RuntimeError, match="mapper broke"):
        store.replace_graph(G1, failing())
    assert contents(store, G1) == {"old", "data"}


def test_a_failure_in_one_graph_leaves_every_graph_intact(store: EmbeddedStore) -> None:
    store.replace_graphs({G1: quads(G1, "a"), G2: quads(G2, "b")})
    with pytest.raises(ValueError, match="given for the graph"):
        store.replace_graphs({G1: quads(G1, "x"), G2: quads(G1, "y")})
    assert contents(store, G1) == {"a"}
    assert contents(store, G2) == {"b"}


def test_text_survives_the_round_trip(store: EmbeddedStore) -> None:
    tricky = 'quote " backslash \\ newline \n tab \t control \x01 accents é “curly” 😀'
    store.replace_graph(G1, quads(G1, tricky))
    assert contents(store, G1) == {tricky}


def test_an_empty_replacement_removes_the_graph(store: EmbeddedStore) -> None:
    store.replace_graph(G1, quads(G1, "a"))
    store.replace_graph(G1, [])
    assert store.graphs() == []


def test_remove_graph(store: EmbeddedStore) -> None:
    store.replace_graph(G1, quads(G1, "a"))
    assert store.remove_graph(G1) is True
    assert store.remove_graph(G1) is False
    assert store.graphs() == []


def test_data_persists_after_closing(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "kg") as store:
        store.replace_graph(G1, quads(G1, "a"))
    with EmbeddedStore(tmp_path / "kg", create=False) as store:
        assert contents(store, G1) == {"a"}


def test_invalid_sparql_is_a_query_error(store: EmbeddedStore) -> None:
    with pytest.raises(QueryError, match="invalid SPARQL"):
        store.query("SELEC ?x WHERE {}")


def test_a_long_parser_message_is_cut_to_fit_a_line(store: EmbeddedStore) -> None:
    with pytest.raises(QueryError, match="error at 1:18") as raised:
        store.query("SELECT ?x WHERE {")
    assert len(str(raised.value)) < 250


def test_a_closed_store_says_so(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "kg")
    store.close()
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.graphs()


def test_missing_store_is_reported_when_not_creating(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"no store at .*run `uncac-kg build` first"):
        EmbeddedStore(tmp_path / "nothing", create=False)
    assert not (tmp_path / "nothing").exists()


def test_a_folder_of_other_files_is_not_taken_over(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(StoreError, match="holds other files"):
        EmbeddedStore(tmp_path)


def test_a_file_is_not_a_store(tmp_path: Path) -> None:
    (tmp_path / "kg").write_text("", encoding="utf-8")
    with pytest.raises(StoreError, match="not a folder"):
        EmbeddedStore(tmp_path / "kg")


def test_a_store_in_use_by_another_process_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "kg"
    EmbeddedStore(path).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, pyoxigraph; s = pyoxigraph.Store(sys.argv[1]); print('open', flush=True);"
            " sys.stdin.read()",
            str(path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreError, match="is in use by another process"):
            EmbeddedStore(path)
    finally:
        holder.communicate("", timeout=30)


def test_open_store_opens_a_folder(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "kg")) as store:
        assert store.graphs() == []
