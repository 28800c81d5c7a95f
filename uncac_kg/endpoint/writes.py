"""Writes to the on-disk store: SPARQL updates and Graph Store Protocol writes (worker side).

A write opens the store read-write for as long as it takes (as a build does),
applies one transaction, writes a fresh snapshot for the server, and closes the
store. A write that runs past its time limit has its worker process ended:
RocksDB never commits half a transaction, so the store is left as it was.
"""

from __future__ import annotations

import pyoxigraph
from pyoxigraph import DefaultGraph, NamedNode, RdfFormat

from uncac_kg import formats
from uncac_kg.endpoint import snapshots
from uncac_kg.endpoint.errors import EndpointError
from uncac_kg.endpoint.jobs import WriteJob, Written
from uncac_kg.errors import StoreError
from uncac_kg.store.embedded import EmbeddedStore, StoreInUseError

#: Seconds a write waits for another process (a build) to release the store.
LOCK_WAIT = 5.0


def rdf_format_for(media_type: str) -> RdfFormat | None:
    """The RDF syntax a request body in ``media_type`` is read as, or None (415)."""
    bare = media_type.split(";")[0].strip().lower()
    fmt = formats.for_media_type(bare)
    if fmt is None:
        fmt = next((f for m, f in formats.media_types(formats.Kind.GRAPH) if m == bare), None)
    if fmt is not None and fmt.kind is formats.Kind.GRAPH:
        return formats.rdf_format(fmt)
    return RdfFormat.from_media_type(bare) if bare else None


def apply_write(job: WriteJob) -> Written:
    """Apply ``job`` to the store at ``job.store`` (created if missing)."""
    try:
        disk = EmbeddedStore(job.store, create=True, lock_wait=min(LOCK_WAIT, job.timeout / 2))
    except StoreInUseError:
        message = "the store is being written by another process (a build?); try again shortly"
        raise EndpointError(503, message, {"Retry-After": "5"}) from None
    except StoreError as error:
        raise EndpointError(500, str(error)) from None
    with disk:
        if job.operation == "update":
            created, existed = False, True
            _update(disk.store, job.update, job.base_iri)
        else:
            created, existed = _graph_write(disk.store, job)
        quads = len(disk.store)
        disk.store.dump(str(job.snapshot), RdfFormat.N_QUADS)
    return Written(created, existed, job.snapshot, quads, snapshots.signature(job.store))


def _update(store: pyoxigraph.Store, update: str, base_iri: str | None) -> None:
    try:
        store.update(update, base_iri=base_iri)
    except SyntaxError as error:
        raise EndpointError(400, f"invalid SPARQL update: {error}") from None
    except OSError as error:
        raise EndpointError(500, f"the update failed: {error}") from None


def _graph_write(store: pyoxigraph.Store, job: WriteJob) -> tuple[bool, bool]:
    """A PUT, POST or DELETE of one graph: (created, existed)."""
    name = NamedNode(job.graph) if job.graph is not None else DefaultGraph()
    existed = isinstance(name, DefaultGraph) or store.contains_named_graph(name)
    if job.operation == "delete":
        if not existed:
            raise EndpointError(404, f"no graph {job.graph} in this store")
        _update(store, f"DROP {'DEFAULT' if job.graph is None else f'GRAPH {name}'}", None)
        return False, True
    lines = [
        "\n".join(request_triples(media_type, data, job.base_iri or job.graph))
        for media_type, data in job.parts
    ]
    target = "DEFAULT" if job.graph is None else f"GRAPH {name}"
    steps = []
    if job.operation == "put":
        steps.append(f"DROP SILENT {target}")
    if job.graph is not None:
        steps.append(f"CREATE SILENT GRAPH {name}")
    body = "\n".join(lines)
    if body:
        inner = body if job.graph is None else f"GRAPH {name} {{\n{body}\n}}"
        steps.append(f"INSERT DATA {{\n{inner}\n}}")
    _update(store, " ;\n".join(steps), None)
    return not existed, existed


def request_triples(media_type: str, data: bytes, base_iri: str | None) -> list[str]:
    """The triples of a request body (or part) as N-Triples lines, blank nodes renamed."""
    syntax = rdf_format_for(media_type)
    if syntax is None:
        raise EndpointError(415, f"cannot read RDF sent as {media_type or 'no media type'}")
    try:
        quads = pyoxigraph.parse(
            data, syntax, base_iri=base_iri, without_named_graphs=True, rename_blank_nodes=True
        )
        return [f"{q.subject} {q.predicate} {q.object} ." for q in quads]
    except (SyntaxError, ValueError) as error:
        raise EndpointError(400, f"the {media_type} data could not be read: {error}") from None
