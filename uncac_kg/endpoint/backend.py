"""What the HTTP handlers stand on: a backend that runs queries, dumps and writes.

``Backend`` is what every handler sees: ``query``, ``rows``, ``dump`` and
``write``, the search ``index``, and ``ready`` and ``health`` for ``/health``.
Two backends implement it:

- ``SnapshotBackend``, for an embedded store (a folder): ``start`` takes the
  first snapshot and starts a task that polls the store (every
  ``poll_interval`` seconds) for a newer one; each new snapshot gets its
  search index. Handlers' work is handed to the worker pool in a thread. A
  write is served at once; the search index follows at the next poll.
- ``RemoteBackend`` (``uncac_kg.endpoint.remote_backend``), for a remote
  SPARQL store (a URL): every request is forwarded to the store.
"""

from __future__ import annotations

import abc
import asyncio
import contextlib
import dataclasses
import json
import logging
import shutil
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import anyio.to_thread

from uncac_kg.endpoint.config import ServerOptions
from uncac_kg.endpoint.errors import EndpointError
from uncac_kg.endpoint.jobs import Answer, DumpJob, IndexJob, JsonTerm, QueryJob, WriteJob, Written
from uncac_kg.endpoint.pool import WorkerPool
from uncac_kg.endpoint.search import SearchIndex
from uncac_kg.endpoint.snapshots import Snapshot, SnapshotSource

log = logging.getLogger("uncac_kg.endpoint")

Row = dict[str, JsonTerm]


class Backend(abc.ABC):
    """The server's state, one per application, whatever store it serves.

    ``store`` is the folder of an embedded store, which writes name; a backend
    without one (a remote store) has ``Path()`` there. ``index`` is the search
    index of the data served, None until it is built.
    """

    def __init__(self, store: Path, options: ServerOptions) -> None:
        self.store = store
        self.options = options
        self.index: SearchIndex | None = None

    @property
    def snapshot(self) -> Snapshot | None:
        """The snapshot served, for a backend that serves snapshots (else None)."""
        return None

    @property
    @abc.abstractmethod
    def ready(self) -> bool:
        """Whether requests can be answered (the data is reachable and indexed)."""

    @abc.abstractmethod
    def health(self) -> dict[str, object]:
        """What ``/health`` says: ``status`` and what is known of the data served."""

    @abc.abstractmethod
    async def start(self) -> None:
        """Start serving (called once, when the application starts)."""

    @abc.abstractmethod
    async def close(self) -> None:
        """Stop serving and release everything ``start`` took."""

    @abc.abstractmethod
    async def query(self, job: QueryJob) -> Answer:
        """Run a query job; raises ``EndpointError``."""

    @abc.abstractmethod
    async def dump(self, job: DumpJob) -> bytes:
        """A graph, or the dataset, serialized; 404 for a missing graph."""

    @abc.abstractmethod
    async def write(self, job: WriteJob) -> Written:
        """Apply a write to the store; raises ``EndpointError``."""

    async def rows(
        self, sparql: str, bindings: dict[str, JsonTerm] | None = None, max_rows: int | None = None
    ) -> tuple[list[Row], bool]:
        """The solutions of a SELECT query (with ``bindings`` substituted) as JSON terms,
        and whether they were cut at the row cap."""
        limits = self.options.limits
        job = QueryJob(
            sparql,
            substitutions=tuple((bindings or {}).items()),
            max_rows=max_rows or limits.max_rows,
            timeout=limits.timeout,
        )
        answer = await self.query(job)
        document = json.loads(answer.body)
        return document["results"]["bindings"], answer.truncated


class SnapshotBackend(Backend):
    """The backend of an embedded store: snapshots of it, answered by query workers."""

    def __init__(self, store: Path, options: ServerOptions) -> None:
        super().__init__(store, options)
        self.workdir = Path()  # a private temporary folder, made by ``start``
        self.snapshots = SnapshotSource(store, self.workdir)
        self.pool: WorkerPool | None = None
        self._poller: asyncio.Task[None] | None = None
        self._write_lock = asyncio.Lock()
        self._indexed = -1  # the generation the search index is of

    @property
    def ready(self) -> bool:
        """Whether a snapshot is loaded and indexed."""
        return self.index is not None

    @property
    def snapshot(self) -> Snapshot | None:
        return self.snapshots.current

    def health(self) -> dict[str, object]:
        """Readiness, the snapshot served (with what it holds) and the workers."""
        snapshot = self.snapshot
        body: dict[str, object] = {"status": "ok" if self.ready else "starting"}
        if snapshot is not None:
            taken = datetime.fromtimestamp(snapshot.taken_at, UTC).isoformat(timespec="seconds")
            body |= {"snapshot": snapshot.generation, "quads": snapshot.quads, "taken": taken}
        body |= {
            "workers": self.options.workers,
            "stopped_queries": self.pool.stopped if self.pool is not None else 0,
            "writable": self.options.write_token is not None,
        }
        return body

    async def start(self) -> None:
        """Start the workers and the poller (the first snapshot comes with its first poll)."""
        self.workdir = Path(tempfile.mkdtemp(prefix="uncac-kg-serve-"))
        self.snapshots.workdir = self.workdir
        self.pool = await anyio.to_thread.run_sync(WorkerPool, self.options.workers)
        self._poller = asyncio.create_task(self._poll(), name="uncac-kg-snapshot-poller")

    async def close(self) -> None:
        """Stop polling, stop the workers, remove the snapshots."""
        if self._poller is not None:
            self._poller.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._poller
        if self.pool is not None:
            await anyio.to_thread.run_sync(self.pool.close)
        if self.workdir != Path():
            shutil.rmtree(self.workdir, ignore_errors=True)

    async def _poll(self) -> None:
        while True:
            try:
                await self.refresh()
                await self._reindex()
            except Exception:  # keep polling; the next try may succeed
                log.exception("could not take a snapshot of %s", self.store)
            await asyncio.sleep(self.options.poll_interval)

    async def refresh(self) -> bool:
        """Take a snapshot if the store changed; whether one was taken."""
        snapshot = await anyio.to_thread.run_sync(self.snapshots.refresh)
        if snapshot is None:
            return False
        log.info("serving snapshot %d: %d quads", snapshot.generation, snapshot.quads)
        return True

    async def _reindex(self) -> None:
        """Index the current snapshot for search, unless it is indexed already."""
        snapshot = self.snapshot
        if snapshot is None or snapshot.generation == self._indexed:
            return
        path = self.workdir / f"search-{snapshot.generation:06d}.sqlite"
        await self._run(IndexJob(path), 300.0)
        self.index, self._indexed = SearchIndex(path), snapshot.generation
        for old in sorted(self.workdir.glob("search-*.sqlite"))[:-2]:
            old.unlink(missing_ok=True)

    async def _run(self, job: object, timeout: float) -> object:
        if self.pool is None:
            raise EndpointError(503, "the server is starting; try again shortly")
        wait = max(timeout, 5.0)
        pool, snapshot = self.pool, self.snapshot
        return await anyio.to_thread.run_sync(pool.run, job, timeout, snapshot, wait)

    async def query(self, job: QueryJob) -> Answer:
        """Run a query job; raises ``EndpointError``."""
        answer = await self._run(job, job.timeout)
        assert isinstance(answer, Answer)
        return answer

    async def dump(self, job: DumpJob) -> bytes:
        """A graph, or the dataset, serialized; 404 for a missing graph."""
        data = await self._run(job, self.options.limits.timeout * 6)
        assert isinstance(data, bytes)
        return data

    async def write(self, job: WriteJob) -> Written:
        """Apply a write to the store (one at a time) and serve its result at once."""
        async with self._write_lock:
            snapshot = self.snapshots.next_path()
            job = dataclasses.replace(job, snapshot=snapshot)
            try:
                written = await self._run(job, job.timeout)
            except BaseException:
                snapshot.unlink(missing_ok=True)
                raise
            assert isinstance(written, Written)
            self.snapshots.adopt(written.snapshot, written.quads, written.signature)
        return written  # the poller indexes the new snapshot for search
