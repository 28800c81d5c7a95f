"""The on-disk store, seen by the server as a series of immutable snapshots.

Oxigraph's RocksDB store admits one read-write process at a time, and a
read-only instance "while another process writes is undefined behaviour". So
the server never holds the store: it copies it, in a moment when no process
writes, into an N-Quads file of its own (a *snapshot*); the first query worker
to need it bulk-loads it into an on-disk store beside it, which every worker
then opens read-only (nobody writes it again, so several readers are safe, and
Oxigraph answers faster from its on-disk indexes than from its in-memory
store). ``uncac-kg build`` can therefore always open the store; while it runs,
the server keeps answering from the previous snapshot, and once it has
finished the next poll takes a new one.

A copy counts only if it is consistent: no writer held the store's lock before
or after it was read, and the store's files (names, sizes, times) did not
change meanwhile. A writer that opens the store, even briefly, always writes
new files (a new ``MANIFEST``), so one that came and went is noticed too.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import struct
import sys
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph

try:
    import fcntl
except ImportError:  # pragma: no cover - not on POSIX: no lock probing
    fcntl = None  # type: ignore[assignment]

#: The store's files: name, size and modification time of each.
Signature = tuple[tuple[str, int, int], ...]

#: The on-disk store made from a snapshot file, and the lock its making is done under.
STORE_SUFFIX = ".store"
LOCK_SUFFIX = ".lock"
#: The file that says an on-disk snapshot store is complete.
READY = "uncac-kg-snapshot-ready"
#: How many snapshot files are kept (workers may still be loading the previous ones).
KEEP = 3
#: The file ``EmbeddedStore.add_graphs`` keeps in the store's folder while a bulk load is
#: unfinished: the graphs it lists are not part of the store yet.
PENDING_GRAPHS = "uncac-kg-pending-graphs.json"


@dataclass(frozen=True, slots=True)
class Snapshot:
    """One consistent copy of the dataset, as an N-Quads file."""

    generation: int
    path: Path
    quads: int
    taken_at: float
    etag: str
    digest: str = ""  # of the file's bytes: equal content, equal digest


def signature(store: Path) -> Signature | None:
    """The store's files, or None when there is no store there."""
    try:
        paths = sorted(store.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return None
    files = []
    for path in paths:
        try:
            info = path.stat()
        except FileNotFoundError:
            continue
        files.append((path.name, info.st_size, info.st_mtime_ns))
    return tuple(files)


def writer_active(store: Path) -> bool:
    """Whether another process holds the store's lock (asked with ``F_GETLK``, which
    takes no lock itself, so it can never make a writer fail)."""
    if fcntl is None:  # pragma: no cover
        return False
    try:
        fd = os.open(store / "LOCK", os.O_RDONLY)
    except OSError:
        return False
    try:
        if sys.platform == "darwin":  # pragma: no cover - l_start, l_len, l_pid, l_type, l_whence
            layout, index, probe = "qqihh", 3, (0, 0, 0, fcntl.F_WRLCK, 0)
        else:  # Linux: l_type, l_whence, l_start, l_len, l_pid
            layout, index, probe = "hhqqi", 0, (fcntl.F_WRLCK, 0, 0, 0, 0)
        answer = fcntl.fcntl(fd, fcntl.F_GETLK, struct.pack(layout, *probe))
        return bool(struct.unpack(layout, answer)[index] != fcntl.F_UNLCK)
    except OSError:  # pragma: no cover - a file system without locks
        return False
    finally:
        os.close(fd)


class SnapshotSource:
    """Takes snapshots of the store at ``store`` into the folder ``workdir``."""

    def __init__(self, store: Path, workdir: Path) -> None:
        self.store = store
        self.workdir = workdir
        self.current: Snapshot | None = None
        self._seen: Signature | bool | None = False  # False: nothing seen yet
        self._generation = 0
        self._instance = uuid.uuid4().hex[:8]
        self._lock = threading.Lock()

    def refresh(self) -> Snapshot | None:
        """A new snapshot if the store changed since the last one and could be copied
        consistently now; None otherwise (nothing changed, or a writer is busy)."""
        with self._lock:
            before = signature(self.store)
            if before == self._seen or (before is not None and writer_active(self.store)):
                return None
            target = self._next_path()
            quads = _copy(self.store, target) if before is not None else _empty(target)
            if quads is None:
                return None
            after = signature(self.store)
            if after != before or (after is not None and writer_active(self.store)):
                target.unlink(missing_ok=True)
                return None
            current = self.current
            if current is not None and current.quads == quads and current.digest == _digest(target):
                # the files changed but not the data (RocksDB tidying up after a write):
                # the snapshot served, its generation and its ETag stay
                target.unlink(missing_ok=True)
                self._seen = before
                return None
            return self._publish(target, quads, before)

    def adopt(self, path: Path, quads: int, seen: Signature | None) -> Snapshot:
        """Make ``path``, written by the server's own write (which held the store), current."""
        with self._lock:
            return self._publish(path, quads, seen)

    def next_path(self) -> Path:
        """Where the next snapshot goes."""
        with self._lock:
            return self._next_path()

    def _next_path(self) -> Path:
        return self.workdir / f"snapshot-{self._generation + 1:06d}-{uuid.uuid4().hex[:6]}.nq"

    def _publish(self, path: Path, quads: int, seen: Signature | None) -> Snapshot:
        self._generation += 1
        self._seen = seen
        etag = f'"{self._instance}-{self._generation}"'
        self.current = Snapshot(self._generation, path, quads, time.time(), etag, _digest(path))
        for old in sorted(self.workdir.glob("snapshot-*.nq"))[:-KEEP]:
            old.unlink(missing_ok=True)
            shutil.rmtree(old.with_suffix(STORE_SUFFIX), ignore_errors=True)
            old.with_suffix(LOCK_SUFFIX).unlink(missing_ok=True)
        return self.current


def open_snapshot(path: Path) -> pyoxigraph.Store:
    """The snapshot ``path`` as a read-only on-disk store, bulk-loaded beside it by the
    first process that asks (the others wait for it, then share it)."""
    directory = path.with_suffix(STORE_SUFFIX)
    with path.with_suffix(LOCK_SUFFIX).open("a+b") as lock:
        if fcntl is not None:
            fcntl.flock(lock, fcntl.LOCK_EX)
        if not (directory / READY).is_file():
            shutil.rmtree(directory, ignore_errors=True)
            writer = pyoxigraph.Store(str(directory))
            try:
                writer.bulk_load(path=str(path), format=pyoxigraph.RdfFormat.N_QUADS)
                writer.flush()
            finally:
                del writer  # the last reference: the store is closed
            (directory / READY).write_bytes(b"")
    return pyoxigraph.Store.read_only(str(directory))


def _digest(path: Path) -> str:
    """A digest of the file's bytes (a dump of the same data is the same bytes)."""
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "blake2b").hexdigest()


def _copy(store: Path, target: Path) -> int | None:
    """Dump the store, opened read-only, to ``target``; its number of quads, or None.

    Graphs of a bulk load that did not finish (listed in ``PENDING_GRAPHS``; the next
    process to open the store for writing removes them) are left out.
    """
    if not (store / "CURRENT").is_file():
        return _empty(target)
    unfinished = _pending(store)
    try:
        reader = pyoxigraph.Store.read_only(str(store))
        if not unfinished:
            quads = len(reader)
            reader.dump(str(target), pyoxigraph.RdfFormat.N_QUADS)
        else:
            kept = [q for q in reader if getattr(q.graph_name, "value", None) not in unfinished]
            quads = len(kept)
            pyoxigraph.serialize(kept, str(target), pyoxigraph.RdfFormat.N_QUADS)
        del reader
    except OSError:
        target.unlink(missing_ok=True)
        return None
    return quads


def _pending(store: Path) -> set[str]:
    """The graphs an unfinished bulk load left in the store."""
    try:
        listed = json.loads((store / PENDING_GRAPHS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    return {str(graph) for graph in listed} if isinstance(listed, list) else set()


def _empty(target: Path) -> int:
    target.write_bytes(b"")
    return 0
