"""Snapshots of the store, taken without ever locking it, and only when they are consistent."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph
import pytest

from uncac_kg.endpoint.snapshots import SnapshotSource, signature, writer_active
from uncac_kg.store import EmbeddedStore
from uncac_kg.store.embedded import StoreInUseError

INSERT = "INSERT DATA { GRAPH <urn:g> { <urn:s> <urn:p> %d } }"


def make_store(path: Path, value: int = 1) -> None:
    with EmbeddedStore(path) as store:
        store.store.update(INSERT % value)


@contextmanager
def held(path: Path) -> Iterator[None]:
    """Another process holds the store open for writing (as a build does)."""
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, pyoxigraph; s = pyoxigraph.Store(sys.argv[1]); print('open', flush=True);"
         " sys.stdin.read()", str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "open"
        yield
    finally:
        holder.communicate("", timeout=30)


def quads(path: Path) -> list[pyoxigraph.Quad]:
    return list(pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.N_QUADS))


def test_a_writer_is_seen_without_taking_its_lock(tmp_path: Path) -> None:
    store = tmp_path / "store"
    make_store(store)
    assert not writer_active(store)
    with held(store):
        assert writer_active(store)
        assert writer_active(store)  # asking twice takes nothing
    assert not writer_active(store)
    assert not writer_active(tmp_path / "missing")


def test_snapshots_follow_the_store(tmp_path: Path) -> None:
    store = tmp_path / "store"
    work = tmp_path / "work"
    work.mkdir()
    source = SnapshotSource(store, work)
    first = source.refresh()
    assert first is not None and first.quads == 0  # no store yet: an empty dataset
    assert source.refresh() is None  # nothing changed
    make_store(store, 1)
    second = source.refresh()
    assert second is not None and second.generation == 2 and second.quads == 1
    assert "1" in second.path.read_text()
    with held(store):
        assert source.refresh() is None  # a writer is busy: keep serving what we have
    make_store(store, 2)
    third = source.refresh()
    assert third is not None and len(quads(third.path)) == 2
    assert source.current is third
    assert len(list(work.glob("snapshot-*.nq"))) <= 3


def test_a_signature_changes_when_a_writer_came_and_went(tmp_path: Path) -> None:
    store = tmp_path / "store"
    make_store(store)
    before = signature(store)
    EmbeddedStore(store).close()  # opened for writing, nothing written
    assert signature(store) != before
    assert signature(tmp_path / "missing") is None


def test_a_writer_can_wait_for_the_store(tmp_path: Path) -> None:
    store = tmp_path / "store"
    make_store(store)
    script = (
        "import sys, time, pyoxigraph; s = pyoxigraph.Store(sys.argv[1]); "
        "print('open', flush=True); time.sleep(0.5)"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", script, str(store)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreInUseError):
            EmbeddedStore(store)
        started = time.monotonic()
        with EmbeddedStore(store, lock_wait=20) as waited:
            assert len(waited.store) == 1
        assert time.monotonic() - started < 15
    finally:
        holder.communicate(timeout=30)


def test_graphs_of_an_unfinished_bulk_load_are_left_out(tmp_path: Path) -> None:
    from uncac_kg.endpoint.snapshots import PENDING_GRAPHS
    from uncac_kg.store import embedded

    assert getattr(embedded, "_PENDING", PENDING_GRAPHS) == PENDING_GRAPHS
    store = tmp_path / "store"
    with EmbeddedStore(store) as opened:
        opened.store.update(
            INSERT % 1 + " ; INSERT DATA { GRAPH <urn:half> { <urn:a> <urn:b> 2 } }"
        )
    (store / PENDING_GRAPHS).write_text('["urn:half"]', encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    snapshot = SnapshotSource(store, work).refresh()
    assert snapshot is not None and snapshot.quads == 1
    assert "urn:half" not in snapshot.path.read_text()


def test_files_that_change_without_the_data_keep_the_snapshot_and_its_etag(
    tmp_path: Path,
) -> None:
    store = tmp_path / "store"
    work = tmp_path / "work"
    work.mkdir()
    make_store(store, 1)
    source = SnapshotSource(store, work)
    first = source.refresh()
    assert first is not None
    before = signature(store)
    with held(store):  # a writer opens the store and writes nothing
        pass
    assert signature(store) != before  # its files changed
    assert source.refresh() is None  # but the data did not: same snapshot, same ETag
    assert source.current is first
    assert len(list(work.glob("snapshot-*.nq"))) == 1
    make_store(store, 2)
    second = source.refresh()
    assert second is not None and second.etag != first.etag
