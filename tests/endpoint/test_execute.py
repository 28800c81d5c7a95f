"""A query's result, capped and serialized by the worker (``uncac_kg.endpoint.execute``)."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph
import pytest
from pyoxigraph import Literal, NamedNode, Quad

from uncac_kg.endpoint.errors import EndpointError
from uncac_kg.endpoint.execute import run_query
from uncac_kg.endpoint.jobs import QueryJob
from uncac_kg.endpoint.snapshots import open_snapshot

EX = "http://example.org/"


@pytest.fixture(scope="module")
def store() -> pyoxigraph.Store:
    """Twenty-five subjects with a label each, some with tabs, quotes and languages."""
    store = pyoxigraph.Store()
    graph = NamedNode(EX + "g")
    for i in range(25):
        label = Literal(f'name\t"{i}"\n', language="en") if i % 5 == 0 else Literal(f"n{i:02d}")
        store.add(Quad(NamedNode(f"{EX}s{i:02d}"), NamedNode(EX + "label"), label, graph))
    return store


def _rows(
    store: pyoxigraph.Store, sparql: str, **options: object
) -> tuple[list[dict[str, object]], bool]:
    answer = run_query(store, QueryJob(sparql, **options))  # type: ignore[arg-type]
    document = json.loads(answer.body)
    assert answer.rows == len(document["results"]["bindings"])
    return document["results"]["bindings"], answer.truncated


SELECT = f"SELECT ?s ?o WHERE {{ ?s <{EX}label> ?o }} ORDER BY ?s"


@pytest.mark.parametrize(
    ("limit", "cap", "rows", "truncated"),
    [
        (3, 3, 3, False),
        (4, 3, 3, True),
        (25, 25, 25, False),
        (25, 24, 24, True),
        (0, 5, 0, False),
        (25, 1, 1, True),
    ],
)
def test_the_cap_is_exact(
    store: pyoxigraph.Store, limit: int, cap: int, rows: int, truncated: bool
) -> None:
    found, cut = _rows(store, f"{SELECT} LIMIT {limit}", max_rows=cap)
    assert (len(found), cut) == (rows, truncated)


def test_capped_rows_are_the_first_ones_and_keep_every_term_exactly(
    store: pyoxigraph.Store,
) -> None:
    found, cut = _rows(store, SELECT, max_rows=11)
    assert cut
    assert [row["s"]["value"] for row in found] == [f"{EX}s{i:02d}" for i in range(11)]
    assert found[0]["o"] == {"type": "literal", "value": 'name\t"0"\n', "xml:lang": "en"}
    assert found[1]["o"] == {"type": "literal", "value": "n01"}


def test_a_result_longer_than_the_serializers_buffer_is_cut_at_the_cap() -> None:
    store = pyoxigraph.Store()
    for i in range(5000):
        store.add(Quad(NamedNode(f"{EX}s{i:05d}"), NamedNode(EX + "p"), Literal("x" * 40)))
    found, cut = _rows(store, "SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?s", max_rows=4321)
    assert cut and len(found) == 4321
    assert found[-1]["s"]["value"] == f"{EX}s04320"
    found, cut = _rows(store, "SELECT ?s WHERE { ?s ?p ?o }", max_rows=5000)
    assert not cut and len(found) == 5000


def test_select_star_keeps_the_querys_column_order(store: pyoxigraph.Store) -> None:
    answer = run_query(store, QueryJob(f"SELECT * WHERE {{ ?o ^<{EX}label> ?s }} LIMIT 2"))
    assert json.loads(answer.body)["head"]["vars"] == ["o", "s"]
    answer = run_query(
        store, QueryJob(f"SELECT * WHERE {{ ?s <{EX}label> ?o }} LIMIT 2", results_format="tsv")
    )
    assert answer.body.decode().splitlines()[0] == "?s\t?o"


def test_filters_keep_matching_rows_only(store: pyoxigraph.Store) -> None:
    found, cut = _rows(store, SELECT, filters=(("o", "n07"),))
    assert [row["s"]["value"] for row in found] == [f"{EX}s07"] and not cut


def test_a_query_past_its_time_limit_is_stopped(store: pyoxigraph.Store) -> None:
    sparql = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    with pytest.raises(EndpointError) as caught:
        run_query(store, QueryJob(sparql, timeout=0.0, max_rows=10**9))
    assert caught.value.status == 503 and "time limit" in caught.value.message


def test_a_snapshot_is_opened_from_disk_and_shared(tmp_path: Path) -> None:
    snapshot = tmp_path / "snapshot-000001-abc.nq"
    snapshot.write_text(
        f'<{EX}a> <{EX}p> <{EX}b> <{EX}g> .\n<{EX}a> <{EX}p> "x" .\n', encoding="utf-8"
    )
    first = open_snapshot(snapshot)
    second = open_snapshot(snapshot)  # the store made for the first is reused, read-only
    assert len(first) == len(second) == 2
    with pytest.raises(RuntimeError, match="read-write"):
        second.add(Quad(NamedNode(f"{EX}c"), NamedNode(f"{EX}p"), NamedNode(f"{EX}d")))
    empty = tmp_path / "snapshot-000002-def.nq"
    empty.write_bytes(b"")
    assert len(open_snapshot(empty)) == 0
