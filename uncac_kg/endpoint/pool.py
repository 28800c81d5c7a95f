"""The server's query workers: a fixed number of processes, each with the snapshot in memory.

``WorkerPool.run`` (blocking: call it from a thread) takes an idle worker,
makes sure it holds the current snapshot, hands it the job and waits for the
answer, at most the job's time limit (plus a moment for the worker to say so
itself). A worker that has not answered by then is ended and replaced: that is
how a runaway query is stopped. Meanwhile the other workers answer other
requests.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import queue
import threading
from multiprocessing.process import BaseProcess

from uncac_kg.endpoint import worker
from uncac_kg.endpoint.errors import EndpointError
from uncac_kg.endpoint.execute import time_limit_message
from uncac_kg.endpoint.jobs import LoadJob
from uncac_kg.endpoint.snapshots import Snapshot

log = logging.getLogger("uncac_kg.endpoint")

#: Seconds a worker gets, beyond a job's time limit, to report the limit itself.
GRACE = 0.5
#: Seconds a worker may take to load a snapshot.
LOAD_TIMEOUT = 600.0
#: What a request is told when its worker went away (it crashed, or the server is stopping).
ENDED = "the query worker ended before answering; try again"


class _Process:
    """One worker process and the parent's end of its pipe."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        self.process: BaseProcess = context.Process(
            target=worker.main, args=(child,), name="uncac-kg-query-worker", daemon=True
        )
        self.process.start()
        child.close()
        self.generation = -1
        self._stopping = threading.Lock()
        self._stopped = False

    def call(self, job: object, timeout: float) -> object:
        """Send ``job``; its result, or an ``EndpointError``. Raises ``TimeoutError`` when
        no answer came in ``timeout`` seconds (the process is then useless)."""
        try:
            self.conn.send(job)
            answered = self.conn.poll(timeout)
        except (OSError, ValueError):  # the process was stopped meanwhile
            raise EndpointError(503, ENDED) from None
        if not answered:
            raise TimeoutError
        try:
            status, value = self.conn.recv()
        except (EOFError, OSError, ValueError):
            raise EndpointError(503, ENDED) from None
        if status == "error":
            assert isinstance(value, EndpointError)
            raise value
        return value

    def stop(self, *, kill: bool) -> None:
        """End the process (at once with ``kill``, else when it has finished its job);
        stopping it again does nothing."""
        with self._stopping:
            if self._stopped:
                return
            self._stopped = True
            if not kill and self.process.is_alive():
                with contextlib.suppress(OSError):
                    self.conn.send(None)
                self.process.join(5)
            if self.process.is_alive():
                self.process.kill()
            self.process.join()
            self.conn.close()
            self.process.close()


class WorkerPool:
    """``size`` worker processes sharing the requests."""

    def __init__(self, size: int) -> None:
        if size < 1:
            raise ValueError("a pool needs at least one worker")
        self.size = size
        self._idle: queue.Queue[_Process] = queue.Queue()
        self._all: set[_Process] = set()
        self._lock = threading.Lock()
        self._closed = False
        self.stopped = 0  # jobs stopped at their time limit
        for _ in range(size):
            self._add()

    def _add(self) -> None:
        with self._lock:
            if self._closed:
                return
            process = _Process()
            self._all.add(process)
        self._idle.put(process)

    def run(self, job: object, timeout: float, snapshot: Snapshot | None, wait: float) -> object:
        """Run ``job`` on an idle worker holding ``snapshot``; wait at most ``wait``
        seconds for a worker to become idle (503 otherwise)."""
        if self._closed:
            raise EndpointError(503, "the server is shutting down")
        try:
            process = self._idle.get(timeout=wait)
        except queue.Empty:
            message = f"all {self.size} query workers are busy; try again shortly"
            raise EndpointError(503, message, {"Retry-After": "2"}) from None
        healthy = False
        try:
            if snapshot is not None and process.generation != snapshot.generation:
                process.call(LoadJob(snapshot.path, snapshot.generation), LOAD_TIMEOUT)
                process.generation = snapshot.generation
            result = process.call(job, timeout + GRACE)
            healthy = True
            return result
        except TimeoutError:
            self.stopped += 1
            log.warning("stopped a query worker after %.1f s", timeout)
            raise EndpointError(503, time_limit_message(timeout)) from None
        except EndpointError as error:
            healthy = error.message != ENDED
            raise
        finally:
            self._release(process, healthy)

    def _release(self, process: _Process, healthy: bool) -> None:
        if healthy and not self._closed:
            self._idle.put(process)
            return
        with self._lock:
            self._all.discard(process)
        process.stop(kill=True)
        self._add()

    def close(self) -> None:
        """Stop every worker (waiting for none: the server is going away)."""
        with self._lock:
            self._closed = True
            processes = list(self._all)
            self._all.clear()
        for process in processes:
            process.stop(kill=not self._is_idle(process))

    def _is_idle(self, process: _Process) -> bool:
        return process in list(self._idle.queue)
