"""What the HTTP handlers stand on: the snapshots, the query workers and the search index.

``Backend.start`` takes the first snapshot and starts a task that polls the
store (every ``poll_interval`` seconds) for a newer one; each new snapshot gets
its search index. Handlers run their work with ``query``, ``rows``, ``dump`` and
``write``, which hand jobs to the worker pool in a thread. A write is served
at once; the search index follows at the next poll.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import logging
import shutil
import tempfile
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


class Backend:
    """The server's state, one per application."""

    def __init__(self, store: Path, options: ServerOptions) -> None:
        self.store = store
        self.options = options
        self.workdir = Path()  # a private temporary folder, made by ``start``
        self.snapshots = SnapshotSource(store, self.workdir)
        self.index: SearchIndex | None = None
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
