"""A query worker: a process that holds one snapshot open and runs jobs on it.

The server runs queries in worker processes rather than threads because
pyoxigraph (0.5) has no way to cancel a running query: a query past its time
limit is stopped by ending its process, which a thread cannot be. Each worker
reads jobs from its pipe and answers each with ``("ok", result)`` or
``("error", EndpointError)``; ``None`` asks it to stop.
"""

from __future__ import annotations

import signal
from multiprocessing.connection import Connection

import pyoxigraph
from pyoxigraph import DefaultGraph, NamedNode

from uncac_kg import formats
from uncac_kg.endpoint import search
from uncac_kg.endpoint.errors import EndpointError
from uncac_kg.endpoint.execute import run_query, serialize_triples
from uncac_kg.endpoint.jobs import DumpJob, IndexJob, LoadJob, QueryJob, WriteJob
from uncac_kg.endpoint.snapshots import open_snapshot
from uncac_kg.endpoint.writes import apply_write


class Worker:
    """The worker's state: the snapshot it holds."""

    def __init__(self) -> None:
        self.store = pyoxigraph.Store()
        self.generation = -1

    def handle(self, job: object) -> object:
        """Do one job; see ``uncac_kg.endpoint.jobs``."""
        if isinstance(job, QueryJob):
            return run_query(self.store, job)
        if isinstance(job, LoadJob):
            return self.load(job)
        if isinstance(job, DumpJob):
            return self.dump(job)
        if isinstance(job, IndexJob):
            return search.build_index(self.store, job.path)
        if isinstance(job, WriteJob):
            return apply_write(job)
        raise EndpointError(500, f"unknown job {type(job).__name__}")

    def load(self, job: LoadJob) -> int:
        """Answer from the snapshot ``job.path`` from now on; its number of quads."""
        store = open_snapshot(job.path)
        self.store, self.generation = store, job.generation
        return len(store)

    def dump(self, job: DumpJob) -> bytes:
        """One graph, or the whole dataset, serialized."""
        fmt = formats.get(job.format)
        if job.whole:
            return self.store.dump(format=formats.rdf_format(fmt)) or b""
        name = NamedNode(job.graph) if job.graph is not None else DefaultGraph()
        if isinstance(name, NamedNode) and not self.store.contains_named_graph(name):
            raise EndpointError(404, f"no graph {job.graph} in this store")
        triples = [q.triple for q in self.store.quads_for_pattern(None, None, None, name)]
        return serialize_triples(triples, fmt)


def main(conn: Connection) -> None:
    """The worker process's loop (the target of ``multiprocessing.Process``).

    Ctrl-C reaches the whole process group; the server stops its workers itself.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    worker = Worker()
    with conn:
        while True:
            try:
                job = conn.recv()
            except (EOFError, OSError, KeyboardInterrupt):
                return
            if job is None:
                return
            # Errors are sent as fresh exceptions: the caught one's traceback would keep its
            # frames alive, and with them a store a write may still hold open (and locked).
            try:
                reply: tuple[str, object] = ("ok", worker.handle(job))
            except EndpointError as error:
                reply = ("error", EndpointError(error.status, error.message, error.headers))
            except Exception as error:  # anything else is a server error, told as such
                reply = ("error", EndpointError(500, f"{type(error).__name__}: {error}"))
            try:
                conn.send(reply)
            except (BrokenPipeError, OSError):
                return
            del job, reply
